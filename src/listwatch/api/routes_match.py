"""``POST /match/{dataset}`` and ``GET /search/{dataset}``: yente's shapes over the Screener."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from listwatch.api.auth import require_read_access
from listwatch.api.datasets import asked_sources, entry_topics, scope
from listwatch.api.state import AppState, get_state
from listwatch.api.weights import split_weights, weighted_scorer
from listwatch.api.yente import (
    EntityMatchQuery,
    EntityMatchResponse,
    ErrorResponse,
    SearchResponse,
    entity_dict,
    matcher_docs,
    scored_dict,
)
from listwatch.countries import normalise_country
from listwatch.errors import ConfigError, ListwatchError
from listwatch.screening.ftm_query import COUNTRY_PROPS, SCHEMAS, screener_query
from listwatch.screening.pinned import check_known_at, known_listing, known_pins, screen_pinned
from listwatch.screening.screen import CANDIDATES, retrieval
from listwatch.store.decisions import DecisionBook
from listwatch.store.snapshots import check_date

router = APIRouter(tags=["matching"], dependencies=[Depends(require_read_access)])

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
def _matcher() -> dict[str, dict[str, Any]]:
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


def _check_common(as_of: str | None, algorithm: str) -> None:
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


def _screen(
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
    if scorer is not None:
        screener = type(screener)(screener.index, screener.snapshots, screener.max_snapshot_id,
                                  scorer)
    if book is None:  # (with known_at: the decisions active then)
        book = DecisionBook.load(state.store, [q for _, q in queries.values()],
                                 check_known_at(known_at) if known_at else None)
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
            from listwatch.legal.status import brief

            for out, r in zip(scored, results[:limit], strict=False):
                out["legal"] = brief(state.store, r["key"], as_of, legal_cache)
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


def _brief(r: dict[str, Any]) -> dict[str, Any]:
    """A result as the audit record keeps it."""
    out = {"key": r["id"], "caption": r.get("caption"), "score": r.get("score"),
           "match": r.get("match"), "datasets": r.get("datasets")}
    if r.get("referents"):
        out["referents"] = r["referents"]
    if r.get("decision"):
        out["decision"] = r["decision"]
    return out


@router.post(
    "/match/{dataset}",
    response_model=EntityMatchResponse,
    responses=ERRORS,
    summary="Match entities (yente-compatible)",
)
async def match(
    request: Request,
    body: EntityMatchQuery,
    dataset: Annotated[str, Path(description="A source id or a collection (GET /catalog)")],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 5,
    threshold: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    cutoff: Annotated[
        float | None,
        Query(ge=0.0, le=1.0, deprecated=True,
              description="Leave out results below this score (default and at most: the "
              "threshold, as yente)"),
    ] = None,
    algorithm: str = "best",
    as_of: Annotated[str | None, Query(description="Lists as in force on YYYY-MM-DD")] = None,
    include_dataset: Annotated[list[str] | None, Query()] = None,
    exclude_dataset: Annotated[list[str] | None, Query()] = None,
    exclude_schema: Annotated[list[str] | None, Query()] = None,
    topics: Annotated[list[str] | None, Query(description="FtM topics, any of")] = None,
    changed_since: Annotated[str | None, Query(pattern=TS_PATTERN)] = None,
    exclude_entity_ids: Annotated[
        list[str] | None,
        Query(max_length=50, description="Leave out these entities (yente): entry keys, or "
              "any listing of a merged entity"),
    ] = None,
    show_decided: Annotated[
        bool,
        Query(description="Show hits a reviewer decided on for the same query (marked with "
              "`decision`) instead of leaving them out (they come back under `decided`)"),
    ] = False,
    known_at: Annotated[str | None, Query(description="Answer with what the store held at "
                                          "this time (YYYY-MM-DD or ISO time, UTC): each "
                                          "list's snapshot ingested by then")] = None,
    audit: Annotated[
        bool | None,
        Query(description="Store this screening as an audit record (default: "
              "LISTWATCH_AUDIT_API, on unless turned off); its id comes back in "
              "X-Listwatch-Screening"),
    ] = None,
) -> Response:
    """Score each query (a FollowTheMoney-style `{"schema", "properties"}` example) against
    the lists; the best `limit` results per query, best first, each with `score`, `match`
    (at `threshold`), `features` and `explanations`. Results scoring below `cutoff`
    (default: the threshold, as the CLI's `screen`) are left out."""
    return await run_match(
        get_state(request), body, dataset, limit=limit, threshold=threshold, cutoff=cutoff,
        algorithm=algorithm, as_of=as_of, include_dataset=include_dataset,
        exclude_dataset=exclude_dataset, exclude_schema=exclude_schema, topics=topics,
        changed_since=changed_since, exclude_entity_ids=exclude_entity_ids,
        show_decided=show_decided, known_at=known_at, audit=audit)


async def run_match(
    state: AppState, body: EntityMatchQuery, dataset: str, *, limit: int = 5,
    threshold: float | None = None, cutoff: float | None = None, algorithm: str = "best",
    as_of: str | None = None, include_dataset: list[str] | None = None,
    exclude_dataset: list[str] | None = None, exclude_schema: list[str] | None = None,
    topics: list[str] | None = None, changed_since: str | None = None,
    exclude_entity_ids: list[str] | None = None, show_decided: bool = False,
    known_at: str | None = None, audit: bool | None = None,
) -> Response:
    """``POST /match/{dataset}`` once its parameters are parsed and valid (by FastAPI, or
    by the lean path of ``api.lean``): the one implementation both take."""
    sources = scope(dataset, include_dataset, exclude_dataset, topics)
    _check_common(as_of, algorithm)
    if len(body.queries) > state.max_batch:
        raise BatchTooLarge(
            f"too many queries: {len(body.queries)} in one request, the limit is "
            f"{state.max_batch}",
            hint="split the batch into several requests",
        ) from None
    if not body.queries:
        raise ConfigError("no queries given", hint='send {"queries": {"q1": {"schema": '
                          '"Company", "properties": {"name": ["..."]}}}}')
    if threshold is None:
        threshold = state.settings.match_threshold
    if cutoff is not None:
        cutoff = min(cutoff, threshold)
    # a screening that would see no list is refused, never answered "no match"
    pins, coverage, warnings = await scope_of_screening(
        state, as_of, sources, asked_sources(dataset, include_dataset), known_at)
    filters = Filters(
        exclude_schema=frozenset(exclude_schema or ()), topics=frozenset(topics or ()),
        changed_since=changed_since[:10] if changed_since else None,
        exclude_ids=frozenset(exclude_entity_ids or ()))
    scoring = split_weights(body.weights, body.config)
    scorer = (weighted_scorer(tuple(sorted(scoring["weights"].items())))
              if scoring["weights"] else None)
    queries: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for name, ex in body.queries.items():
        example = ex.model_dump(by_alias=True)
        try:
            queries[name] = (example, screener_query(example))
        except ConfigError as exc:
            raise ConfigError(f"query {name!r}: {exc.message}", hint=exc.hint) from None
    # the database is asked only when a query may have a reviewer's decision (or for the
    # legal state on as_of): otherwise a few queries are scored on the event loop
    decided = state.decisions.any_decided(await state.decisions.keys(),
                                          [q for _e, q in queries.values()])
    run = partial(_screen, state, queries, as_of=as_of, threshold=threshold, cutoff=cutoff,
                  limit=limit, sources=sources, filters=filters, scorer=scorer,
                  show_decided=show_decided, pins=pins, known_at=known_at,
                  book=None if decided or known_at else NO_DECISIONS)
    if len(queries) <= INLINE_QUERIES and not decided and not as_of and not known_at:
        found = None
        if pins is None and scorer is None and not filters and (sources is None or sources):
            # screened with the other requests of this turn of the event loop
            found = await state.batcher.screen(
                state.screeners.get(), [q for _e, q in queries.values()], as_of=None,
                threshold=threshold, limit=limit, sources=sources, min_score=cutoff)
        responses = run(found=found)
    else:
        responses = await run_in_threadpool(run)
    out: dict[str, Any] = {"responses": responses, "matcher": _matcher(), "limit": limit,
                           "coverage": coverage, "warnings": warnings}
    if body.weights or body.config:
        out["scoring"] = scoring
    response = JSON(out)
    response.headers["x-batch-size"] = str(len(responses))
    if audit or (audit is None and state.settings.audit_api):
        params = {"endpoint": "match", "dataset": dataset, "limit": limit, "cutoff": cutoff,
                  "sources": sources, "algorithm": algorithm, "show_decided": show_decided,
                  "weights": scoring["weights"] or None, "filters": filters.report()}
        items: list[dict[str, Any]] = []
        for name, (example, _q) in queries.items():
            answer = responses.get(name, {})
            item = {"query": {"ref": name, **example},
                    "results": [_brief(r) for r in answer.get("results", [])]}
            if answer.get("decided"):
                item["decided"] = [_brief(r) for r in answer["decided"]]
            items.append(item)
        screening_id = await record_api_screening(state, items, as_of=as_of,
                                                  threshold=threshold, coverage=coverage,
                                                  params=params, known_at=known_at)
        response.headers["X-Listwatch-Screening"] = str(screening_id)
    return response


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


FACETS = ("datasets", "schema", "countries", "identifiers", "topics", "genders")
DEFAULT_FACETS = ["countries", "topics", "datasets", "schema"]
_FACET_LABELS = {"datasets": "Lists", "schema": "Types", "countries": "Countries",
                 "identifiers": "Identifiers", "topics": "Topics", "genders": "Genders"}
_IDENTIFIER_PROPS = ("isin", "imoNumber", "registrationNumber", "taxNumber", "innCode",
                     "leiCode", "passportNumber", "idNumber", "ogrnCode", "swiftBic")
#: fields ``sort`` understands (yente's names), with ``score`` for the match score
SORT_FIELDS = ("score", "caption", "id", "schema", "first_seen", "last_seen", "last_change")


def _field_values(r: dict[str, Any], field: str) -> list[str]:
    """The values of ``field`` of an EntityResponse: yente's facet and filter names
    (``countries``, ``topics``, ``datasets``, ``schema``, ``target``...) or a property
    (``properties.birthDate`` or just ``birthDate``)."""
    props = r["properties"]
    if field == "countries":  # (as codes, as yente gives them: Russia, RUS -> ru)
        return [normalise_country(c) for p in COUNTRY_PROPS for c in props.get(p, [])]
    if field == "topics":
        return list(props.get("topics", []))
    if field == "datasets":
        return list(r["datasets"])
    if field == "schema":
        return [r["schema"]]
    if field == "target":
        return [str(r["target"]).lower()]
    if field == "identifiers":
        return [v for p in _IDENTIFIER_PROPS for v in props.get(p, [])]
    if field == "genders":
        return list(props.get("gender", []))
    if field in ("id", "caption"):
        return [r[field]]
    name = field.split(".", 1)[1] if field.startswith("properties.") else field
    return [str(v) for v in props.get(name, [])]


def _facets(results: list[dict[str, Any]], wanted: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in wanted:
        counts: Counter[str] = Counter()
        for r in results:
            counts.update(set(_field_values(r, name)))
        out[name] = {"label": _FACET_LABELS[name],
                     "values": [{"name": k, "label": k, "count": n}
                                for k, n in counts.most_common()]}
    return out


def _parse_filters(countries: list[str], topics: list[str], datasets: list[str],
                   filter_: list[str], target: bool | None) -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {}
    for field, values in (("countries", [normalise_country(c) for c in countries]),
                          ("topics", topics),
                          ("datasets", datasets)):
        if values:
            wanted.setdefault(field, set()).update(values)
    for flt in filter_:
        field, sep, value = flt.partition(":")
        if not sep or not field or not value:
            raise ConfigError(f"invalid filter {flt!r}",
                              hint="use field:value, e.g. filter=properties.birthDate:1970")
        wanted.setdefault(field, set()).add(normalise_country(value) if field == "countries"
                                            else value)
    if target is not None:
        wanted["target"] = {str(target).lower()}
    return wanted


def _passes(r: dict[str, Any], wanted: dict[str, set[str]], op: str) -> bool:
    for field, values in wanted.items():
        have = set(_field_values(r, field))
        if field not in ("countries", "topics", "datasets", "schema", "target", "id"):
            # a property filter matches a value or its prefix (birthDate:1970 -> 1970-05-01)
            hits = {v for v in values if any(h == v or h.startswith(v) for h in have)}
        else:
            hits = values & have
        if (op == "AND" and hits != values) or not hits:
            return False
    return True


def _sort(results: list[dict[str, Any]], sort: list[str]) -> list[dict[str, Any]]:
    for spec in reversed(sort):
        field, _, direction = spec.partition(":")
        if field not in SORT_FIELDS:
            raise ConfigError(f"cannot sort by {field!r}",
                              hint="sort by one of: " + ", ".join(SORT_FIELDS)
                              + " (field:asc or field:desc)")
        if direction not in ("", "asc", "desc"):
            raise ConfigError(f"invalid sort direction {direction!r}", hint="use asc or desc")
        desc = direction == "desc" or (direction == "" and field == "score")
        present = [r for r in results if r.get(field) is not None]
        missing = [r for r in results if r.get(field) is None]
        results = sorted(present, key=lambda r: r[field], reverse=desc) + missing
    return results


def _browse(screener: Any, as_of: str | None, sources: list[str] | None,
            schema: str | None, pins: dict[str, dict[str, Any]] | None = None
            ) -> list[dict[str, Any]]:
    """Every entry in force (for a search without ``q``), as Screener-like results."""
    wanted = set(sources) if sources is not None else None
    if pins is not None:
        wanted = set(pins) & wanted if wanted is not None else set(pins)
    seen: set[str] = set()
    out = []
    for ver in screener.index.versions:
        if wanted is not None and ver.source not in wanted:
            continue
        day = pins[ver.source]["date"] if pins is not None else as_of
        if ver.key in seen or not ver.valid_on(day):
            continue
        if schema and ver.schema != schema:
            continue
        seen.add(ver.key)
        lo, hi = screener.index.listed_interval(ver.key, as_of)
        res = {"key": ver.key, "source": ver.source, "name": ver.name,
               "caption": ver.name, "schema": ver.schema, "properties": ver.properties,
               "listed_from": lo, "listed_to": hi, "score": 1.0}
        if pins is not None and "dates" in pins[ver.source]:  # known_at: as known then
            known_listing(screener.index, res, {s: p["dates"] for s, p in pins.items()}, day)
        out.append(res)
    out.sort(key=lambda r: r["caption"])
    return out


@router.get(
    "/search/{dataset}",
    response_model=SearchResponse,
    responses=ERRORS,
    summary="Search entities by name (yente-compatible)",
)
async def search(
    request: Request,
    dataset: Annotated[str, Path(description="A source id or a collection (GET /catalog)")],
    q: Annotated[str, Query(description="A name, or part of one; empty: every entry")] = "",
    schema: str = "Thing",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 10,
    offset: Annotated[int, Query(ge=0, le=9_500)] = 0,
    threshold: Annotated[
        float, Query(ge=0.0, le=1.0, description="Leave out results scoring below this")
    ] = 0.5,
    algorithm: str = "best",
    as_of: Annotated[str | None, Query(description="Lists as in force on YYYY-MM-DD")] = None,
    countries: Annotated[list[str] | None, Query()] = None,
    topics: Annotated[list[str] | None, Query()] = None,
    datasets: Annotated[list[str] | None, Query(description="Keep entries on these lists")]
    = None,
    include_dataset: Annotated[list[str] | None, Query()] = None,
    exclude_dataset: Annotated[list[str] | None, Query()] = None,
    exclude_schema: Annotated[list[str] | None, Query()] = None,
    changed_since: Annotated[str | None, Query(pattern=TS_PATTERN)] = None,
    filter: Annotated[list[str] | None, Query(description="field:value, e.g. "
                                              "properties.birthDate:1970")] = None,
    filter_op: Annotated[str, Query(pattern="^(OR|AND)$")] = "OR",
    sort: Annotated[list[str] | None, Query(description="field:asc|desc")] = None,
    target: Annotated[bool | None, Query(deprecated=True)] = None,
    fuzzy: Annotated[bool, Query(description="Accepted: listwatch's name matching always "
                                 "tolerates spelling variants")] = False,
    simple: Annotated[bool, Query(description="Accepted: q is always read as plain "
                                  "text")] = False,
    facets: Annotated[list[str] | None, Query()] = None,
    known_at: Annotated[str | None, Query(description="What the store held at this time")]
    = None,
) -> Response:
    """Entries whose names resemble `q` (score at least `threshold`), best first; without
    `q`, every entry in force, by caption. Filters, facets and sorting as yente's."""
    state = get_state(request)
    sources = scope(dataset, include_dataset, exclude_dataset)
    _check_common(as_of, algorithm)
    wanted_facets = list(dict.fromkeys(facets)) if facets else DEFAULT_FACETS
    for f in wanted_facets:
        if f not in FACETS:
            raise ConfigError(f"unknown facet {f!r}", hint="use any of: " + ", ".join(FACETS))
    if schema not in SCHEMAS:
        raise ConfigError(f"unknown schema {schema!r}",
                          hint="use a FollowTheMoney schema such as Person, Company, Thing")
    wanted = _parse_filters(countries or [], topics or [], datasets or [], filter or [], target)
    screener = state.screeners.get()
    pins, coverage, warnings = await scope_of_screening(
        state, as_of, sources, asked_sources(dataset, include_dataset), known_at)
    if sources is not None and not sources:
        hits: list[dict[str, Any]] = []
    elif q.strip():
        query = screener_query({"schema": schema, "properties": {"name": [q]}})
        pool = offset + limit + (50 if wanted or exclude_schema or changed_since else 0)
        if pins is not None:
            hits = screen_pinned(screener, query, pins, threshold=0.7, limit=pool,
                                 min_score=threshold, candidates=max(CANDIDATES, pool))
        else:
            hits = screener.screen(query, as_of=as_of, limit=pool, sources=sources,
                                   min_score=threshold, candidates=max(CANDIDATES, pool))
    else:
        hits = _browse(screener, as_of, sources, None if schema == "Thing" else schema, pins)
    results = []
    skip_schema = set(exclude_schema or ())
    since = changed_since[:10] if changed_since else None
    for h in hits:
        if h.get("schema") in skip_schema:
            continue
        if since and (last_change(screener, h) or "") < since:
            continue
        r = entity_dict(h, last_change(screener, h))
        r["properties"].setdefault("topics", entry_topics(h["source"], h.get("properties") or {}))
        r["score"] = h.get("score")
        if wanted and not _passes(r, wanted, filter_op):
            continue
        results.append(r)
    if sort:
        results = _sort(results, sort)
    page = results[offset: offset + limit]
    exhausted = not q.strip() or len(hits) < offset + limit
    return JSON(
        {
            "results": page,
            "total": {"value": len(results), "relation": "eq" if exhausted else "gte"},
            "limit": limit,
            "offset": offset,
            "facets": _facets(results, wanted_facets),
            "coverage": coverage,
            "warnings": warnings,
        }
    )
