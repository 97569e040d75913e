"""What ``POST /match`` and ``GET /search`` share (and reconciliation, the lean path and
yente's routes): the request's filters, screening a request's queries with the
reviewers' decisions, the scope of a screening and its audit record."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from listwatch.api.datasets import entry_topics
from listwatch.api.state import AppState
from listwatch.api.yente import ErrorResponse, matcher_docs, scored_dict
from listwatch.errors import ConfigError, ListwatchError
from listwatch.screening.pinned import check_known_at, known_pins, screen_pinned
from listwatch.screening.screen import retrieval
from listwatch.store.decisions import DecisionBook
from listwatch.store.snapshots import check_date

MAX_LIMIT = 500
#: Above this many queries in one request, scoring runs in a worker thread.
INLINE_QUERIES = 4

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "invalid query, schema or date"},
    404: {"model": ErrorResponse, "description": "unknown dataset"},
    413: {"model": ErrorResponse, "description": "request body too large"},
    422: {"model": ErrorResponse, "description": "too many queries or a malformed body"},
}


class BatchTooLarge(ListwatchError):
    """More queries in one /match request than the server allows."""

    http_status = 422


try:  # orjson is optional: faster JSON when installed
    from orjson import dumps as _dumps
except ImportError:  # pragma: no cover - depends on the environment
    import json

    def _dumps(content: Any) -> bytes:  # type: ignore[misc]
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


class JSON(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return _dumps(content)


#: the reviewers' decisions of queries none of which has any
NO_DECISIONS = DecisionBook()


@lru_cache(maxsize=1)
def matcher() -> dict[str, dict[str, Any]]:
    return matcher_docs()


#: listwatch's own algorithm name and yente's alias for "the best one"; both run
#: listwatch's weighted-feature scorer (``default`` kept for older listwatch clients).
ALGORITHMS = ("best", "listwatch", "default")
TS_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$"


def check_algorithm(algorithm: str) -> None:
    if algorithm.lower().strip() not in ALGORITHMS:
        raise ConfigError(
            f"unknown algorithm {algorithm!r}",
            hint="listwatch runs one scorer, its weighted features (GET /algorithms): use "
            "one of: " + ", ".join(ALGORITHMS),
        )


def check_common(as_of: str | None, algorithm: str) -> None:
    if as_of:
        check_date(as_of, "as_of")
    check_algorithm(algorithm)


@dataclass
class Filters:
    """What a yente request leaves out of the Screener's answers."""

    exclude_schema: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    changed_since: str | None = None
    exclude_ids: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.exclude_schema or self.topics or self.changed_since or self.exclude_ids)

    def keep(self, res: dict[str, Any], screener: Any) -> bool:
        # yente's exclude_entity_ids: a result any of whose listings is named
        if self.exclude_ids and self.exclude_ids & {res["key"], *(res.get("referents") or ())}:
            return False
        if self.exclude_schema and res.get("schema") in self.exclude_schema:
            return False
        if self.topics and not self.topics & set(
                entry_topics(res["source"], res.get("properties") or {})):
            return False
        if self.changed_since and (last_change(screener, res) or "") < self.changed_since:
            return False
        return True

    def report(self) -> dict[str, Any] | None:
        if not self:
            return None
        return {"exclude_schema": sorted(self.exclude_schema), "topics": sorted(self.topics),
                "changed_since": self.changed_since,
                "exclude_entity_ids": sorted(self.exclude_ids)}


def last_change(screener: Any, res: dict[str, Any]) -> str | None:
    """The date of the entry's last official change (its latest version's start; with
    ``known_at``, as known then: ``screening.pinned.known_listing``)."""
    if res.get("last_change"):
        return str(res["last_change"])
    spans = screener.index.intervals.get(res["key"]) or []
    starts = [lo for lo, _hi in spans if lo]
    return max(starts) if starts else res.get("listed_from")


def screen_one(screener: Any, query: dict[str, Any], *, as_of: str | None, threshold: float,
               cutoff: float | None, limit: int, sources: list[str] | None,
               filters: Filters | None = None, extra: int = 0,
               pins: dict[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The Screener's results for one query, with a request's filters applied (``extra``
    more than ``limit`` when some will be left out afterwards: decided hits); ``pins``:
    one snapshot per source (``known_at``)."""
    if sources is not None and not sources:
        return []  # the request's datasets and topics leave no list to screen
    fetch, candidates = retrieval(
        limit, extra=extra, excluded=len(filters.exclude_ids) if filters else 0,
        dropping=bool(filters and (filters.exclude_schema or filters.topics
                                   or filters.changed_since)))
    if pins is not None:
        found = screen_pinned(screener, query, pins, threshold=threshold, limit=fetch,
                              min_score=cutoff, candidates=candidates)
    else:
        found = screener.screen(query, as_of=as_of, threshold=threshold, limit=fetch,
                                sources=sources, min_score=cutoff, candidates=candidates)
    return [r for r in found if not filters or filters.keep(r, screener)][:limit + extra]


def screen_queries(
    state: AppState,
    queries: dict[str, tuple[dict[str, Any], dict[str, Any]]],
    *,
    as_of: str | None,
    threshold: float,
    cutoff: float | None,
    limit: int,
    sources: list[str] | None,
    filters: Filters | None = None,
    scorer: Any = None,
    show_decided: bool = False,
    pins: dict[str, dict[str, Any]] | None = None,
    book: Any = None,
    found: list[list[dict[str, Any]]] | None = None,
    known_at: str | None = None,
) -> dict[str, Any]:
    """The responses of a request's queries; ``book``: the reviewers' decisions on them
    (None: loaded here, from the database); ``found``: each query's results already
    screened (by the batcher: no filters, pins, scorer or decisions)."""
    screener = state.screeners.get()
    if scorer is not None:  # (the same index, links and view: only the weights differ)
        base = screener
        screener = type(screener)(base.index, base.snapshots, base.max_snapshot_id, scorer)
        screener._links, screener._vector = base._links, base._vector
    if book is None:  # (with known_at: the decisions active then)
        book = DecisionBook.load(state.store, [q for _, q in queries.values()],
                                 check_known_at(known_at) if known_at else None,
                                 entity=screener.links.referents)
    responses: dict[str, Any] = {}
    legal_cache: dict[tuple[str, str], dict[str, Any]] = {}
    for i, (name, (example, query)) in enumerate(queries.items()):
        # (decided hits must not take the place of others within the limit)
        results = found[i] if found is not None else screen_one(
            screener, query, as_of=as_of, threshold=threshold, cutoff=cutoff, limit=limit,
            sources=sources, filters=filters, extra=len(book.decided(query)), pins=pins)
        results, decided = book.apply(query, results, show_decided=show_decided)
        scored = [_with_decision(scored_dict(r), r) for r in results[:limit]]
        if as_of:  # the legal state and effects of each result on that date
            from listwatch.legal.status import party_brief

            for out, r in zip(scored, results[:limit], strict=False):
                # (a party on several lists: the state its listings in force give)
                out["legal"] = party_brief(state.store, r["key"], r.get("referents"), as_of,
                                           legal_cache)
        responses[name] = {
            "status": 200,
            "results": scored,
            "total": {"value": len(scored), "relation": "eq"},
            "query": example,
        }
        if decided:
            responses[name]["decided"] = [_with_decision(scored_dict(r), r) for r in decided]
    return responses


def _with_decision(out: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    if result.get("decision"):
        out["decision"] = result["decision"]
    return out


def audit_brief(r: dict[str, Any]) -> dict[str, Any]:
    """A result as the audit record keeps it."""
    out = {"key": r["id"], "caption": r.get("caption"), "score": r.get("score"),
           "match": r.get("match"), "datasets": r.get("datasets")}
    if r.get("referents"):
        out["referents"] = r["referents"]
    if r.get("decision"):
        out["decision"] = r["decision"]
    return out


async def scope_of_screening(state: Any, as_of: str | None, sources: list[str] | None,
                             asked: list[str], known_at: str | None
                             ) -> tuple[dict[str, dict[str, Any]] | None, dict[str, Any],
                                        list[str]]:
    """``screening_scope`` without blocking the event loop (``known_at`` reads the
    database, in a worker thread)."""
    if known_at:
        return await run_in_threadpool(screening_scope, state, as_of, sources, asked,
                                       known_at)
    return screening_scope(state, as_of, sources, asked, known_at)


def screening_scope(state: Any, as_of: str | None, sources: list[str] | None,
                    asked: list[str], known_at: str | None
                    ) -> tuple[dict[str, dict[str, Any]] | None, dict[str, Any], list[str]]:
    """``(pins, coverage, warnings)``: with ``known_at``, each source's snapshot the store
    held then; a screening that would see no list is refused, never answered "no match"."""
    if not known_at:
        coverage, warnings = state.screeners.get().coverage(as_of, sources, asked)
        return None, coverage, warnings
    from listwatch.match.checks import check_coverage

    known = known_pins(state.store, known_at, as_of, sources)
    for source in asked:
        known.setdefault(source, {"id": None, "date": None})
    coverage = {s: {"id": p["id"], "date": p["date"]} for s, p in sorted(known.items())}
    warnings = check_coverage(coverage, as_of, asked, {})
    pins = {s: known[s] for s, p in coverage.items() if p["id"] is not None}
    return pins, coverage, warnings


async def record_api_screening(state: Any, items: list[dict[str, Any]], *, as_of: str | None,
                               threshold: float, coverage: dict[str, Any],
                               params: dict[str, Any], known_at: str | None = None) -> int:
    """The audit record of one API screening (who: the server's LISTWATCH_USER, via API):
    ``items`` is one ``{"query", "results"}`` per query, ``coverage`` the snapshots seen."""
    return int(await state.audit.record(
        queries=[i["query"] for i in items], results=items, as_of=as_of,
        threshold=threshold, snapshots=coverage,
        user=f"{state.settings.user} (api)", params=params, known_at=known_at,
    ))
