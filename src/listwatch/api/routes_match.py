"""``POST /match/{dataset}`` and ``GET /search/{dataset}``: yente's shapes over the Screener."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache, partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from listwatch.api.auth import require_read_access
from listwatch.api.state import AppState, get_state
from listwatch.api.yente import (
    EntityMatchQuery,
    EntityMatchResponse,
    ErrorResponse,
    SearchResponse,
    entity_dict,
    matcher_docs,
    scored_dict,
    screener_query,
)
from listwatch.errors import ConfigError, ListwatchError, NotFound
from listwatch.sources import REGISTRY
from listwatch.store.snapshots import check_date

router = APIRouter(tags=["matching"], dependencies=[Depends(require_read_access)])

#: yente's algorithm names; all of them run listwatch's weighted-feature scorer.
ALGORITHMS = ("default", "best", "listwatch", "logic-v1", "logic-v2", "name-based",
              "name-qualified", "regression-v1", "regression-v2")
MAX_LIMIT = 500
#: Above this many queries in one request, scoring runs in a worker thread.
INLINE_QUERIES = 4

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "invalid query, schema or date"},
    404: {"model": ErrorResponse, "description": "unknown dataset"},
    409: {"model": ErrorResponse, "description": "no list in force on that date, or the "
          "dataset asked for has no data: nothing would be screened"},
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


@lru_cache(maxsize=1)
def _matcher() -> dict[str, dict[str, Any]]:
    return matcher_docs()


def dataset_sources(dataset: str) -> list[str] | None:
    """``default`` (every source) or one source id; 404 otherwise."""
    if dataset == "default":
        return None
    if dataset not in REGISTRY:
        raise NotFound(
            f"unknown dataset {dataset!r}",
            hint="use 'default' for all lists, or one of: " + ", ".join(REGISTRY),
        )
    return [dataset]


def _filter_sources(
    sources: list[str] | None, include: list[str] | None, exclude: list[str] | None
) -> list[str] | None:
    if not include and not exclude:
        return sources
    for ds in [*(include or []), *(exclude or [])]:
        dataset_sources(ds)
    chosen = list(sources or REGISTRY)
    if include:
        chosen = [s for s in chosen if s in include]
    if exclude:
        chosen = [s for s in chosen if s not in exclude]
    return chosen


def _check_common(as_of: str | None, algorithm: str) -> None:
    if as_of:
        check_date(as_of, "as_of")
    if algorithm not in ALGORITHMS:
        raise ConfigError(
            f"unknown algorithm {algorithm!r}", hint="use one of: " + ", ".join(ALGORITHMS)
        )


def _screen(
    state: AppState,
    queries: dict[str, tuple[dict[str, Any], dict[str, Any]]],
    *,
    as_of: str | None,
    threshold: float,
    cutoff: float | None,
    limit: int,
    sources: list[str] | None,
    exclude: frozenset[str] = frozenset(),
    show_decided: bool = False,
) -> dict[str, Any]:
    from listwatch.store.decisions import DecisionBook

    screener = state.screeners.get()
    book = DecisionBook.load(state.store, [q for _, q in queries.values()])
    responses: dict[str, Any] = {}
    for name, (example, query) in queries.items():
        # (excluded or decided hits must not take the place of others within the limit)
        extra = len(exclude) + len(book.decided(query))
        results = screener.screen(
            query, as_of=as_of, threshold=threshold, limit=limit + extra, sources=sources,
            min_score=cutoff,
        )
        if exclude:  # yente's exclude_entity_ids: a result any of whose listings is named
            results = [r for r in results
                       if not exclude & {r["key"], *(r.get("referents") or ())}]
        results, decided = book.apply(query, results, show_decided=show_decided)
        scored = [_with_decision(scored_dict(r), r) for r in results[:limit]]
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


@router.post(
    "/match/{dataset}",
    response_model=EntityMatchResponse,
    responses=ERRORS,
    summary="Match entities (yente-compatible)",
)
async def match(
    request: Request,
    body: EntityMatchQuery,
    dataset: Annotated[str, Path(description="A source id, or 'default' for all")],
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 5,
    threshold: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
    cutoff: Annotated[
        float | None,
        Query(ge=0.0, le=1.0, description="Leave out results below this score (default: "
              "the threshold)"),
    ] = None,
    algorithm: str = "default",
    as_of: Annotated[str | None, Query(description="Lists as in force on YYYY-MM-DD")] = None,
    include_dataset: Annotated[list[str] | None, Query()] = None,
    exclude_dataset: Annotated[list[str] | None, Query()] = None,
    exclude_entity_ids: Annotated[
        list[str] | None,
        Query(description="Leave out these entities (yente): entry keys, or any listing "
              "of a merged entity"),
    ] = None,
    show_decided: Annotated[
        bool,
        Query(description="Show hits a reviewer decided on for the same query (marked with "
              "`decision`) instead of leaving them out (they come back under `decided`)"),
    ] = False,
    audit: Annotated[
        bool,
        Query(description="Store this screening as an audit record (always on when "
              "LISTWATCH_AUDIT_API=true); its id comes back in X-Listwatch-Screening"),
    ] = False,
) -> Response:
    """Score each query (a FollowTheMoney-style `{"schema", "properties"}` example) against
    the lists; the best `limit` results per query, best first, each with `score`, `match`
    (at `threshold`), `features` and `explanations`. Results scoring below `cutoff`
    (default: the threshold, as the CLI's `screen`) are left out."""
    state = get_state(request)
    sources = _filter_sources(dataset_sources(dataset), include_dataset, exclude_dataset)
    _check_common(as_of, algorithm)
    if len(body.queries) > state.max_batch:
        raise BatchTooLarge(
            f"too many queries: {len(body.queries)} in one request, the limit is "
            f"{state.max_batch}",
            hint="split the batch into several requests",
        ) from None
    if threshold is None:
        threshold = state.settings.match_threshold
    # a screening that would see no list is refused, never answered "no match"
    asked = [*(dataset_sources(dataset) or []), *(include_dataset or [])]
    coverage, warnings = state.screeners.get().coverage(as_of, sources, asked)
    queries: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for name, ex in body.queries.items():
        example = ex.model_dump(by_alias=True)
        try:
            queries[name] = (example, screener_query(example))
        except ConfigError as exc:
            raise ConfigError(f"query {name!r}: {exc.message}", hint=exc.hint) from None
    exclude = frozenset(exclude_entity_ids or ())
    run = partial(_screen, state, queries, as_of=as_of, threshold=threshold, cutoff=cutoff,
                  limit=limit, sources=sources, exclude=exclude, show_decided=show_decided)
    responses = run() if len(queries) <= INLINE_QUERIES else await run_in_threadpool(run)
    response = JSON({"responses": responses, "matcher": _matcher(), "limit": limit,
                     "coverage": coverage, "warnings": warnings})
    if audit or state.settings.audit_api:
        screening_id = await run_in_threadpool(
            partial(_record, state, queries, responses, as_of=as_of, threshold=threshold,
                    coverage=coverage)
        )
        response.headers["X-Listwatch-Screening"] = str(screening_id)
    return response


def _record(state: Any, queries: dict[str, Any], responses: dict[str, Any], *, as_of: str | None,
            threshold: float, coverage: dict[str, Any]) -> int:
    """The audit record of one /match request (who: the server's LISTWATCH_USER, via API)."""
    from listwatch.store.audit import record_screening

    items: list[dict[str, Any]] = []
    for name, (example, _) in queries.items():
        def brief(r: dict[str, Any]) -> dict[str, Any]:
            out = {"key": r["id"], "caption": r.get("caption"), "score": r.get("score"),
                   "match": r.get("match"), "datasets": r.get("datasets")}
            if r.get("referents"):
                out["referents"] = r["referents"]
            if r.get("decision"):
                out["decision"] = r["decision"]
            return out

        response = responses.get(name, {})
        item = {"query": {"ref": name, **example},
                "results": [brief(r) for r in response.get("results", [])]}
        if response.get("decided"):
            item["decided"] = [brief(r) for r in response["decided"]]
        items.append(item)
    return record_screening(
        state.store, queries=[i["query"] for i in items], results=items, as_of=as_of,
        threshold=threshold, snapshots=coverage,
        user=f"{state.settings.user} (api)",
    )


def _facets(results: list[dict[str, Any]]) -> dict[str, Any]:
    def facet(label: str, values: Counter[str]) -> dict[str, Any]:
        return {
            "label": label,
            "values": [{"name": k, "label": k, "count": n} for k, n in values.most_common()],
        }

    datasets: Counter[str] = Counter()
    schemata: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for r in results:
        datasets.update(r["datasets"])
        schemata[r["schema"]] += 1
        countries.update(set(r["properties"].get("country", [])))
    return {
        "datasets": facet("Lists", datasets),
        "schema": facet("Types", schemata),
        "countries": facet("Countries", countries),
    }


@router.get(
    "/search/{dataset}",
    response_model=SearchResponse,
    responses=ERRORS,
    summary="Search entities by name (yente-compatible)",
)
async def search(
    request: Request,
    dataset: Annotated[str, Path(description="A source id, or 'default' for all")],
    q: Annotated[str, Query(description="A name, or part of one", min_length=1)],
    schema: str = "LegalEntity",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 10,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    threshold: Annotated[
        float, Query(ge=0.0, le=1.0, description="Leave out results scoring below this")
    ] = 0.5,
    algorithm: str = "default",
    as_of: Annotated[str | None, Query(description="Lists as in force on YYYY-MM-DD")] = None,
    countries: Annotated[list[str] | None, Query()] = None,
) -> Response:
    """Entries whose names resemble `q` (score at least `threshold`), best first."""
    state = get_state(request)
    sources = dataset_sources(dataset)
    _check_common(as_of, algorithm)
    query = screener_query({"schema": schema, "properties": {"name": [q]}})
    screener = state.screeners.get()
    coverage, warnings = screener.coverage(as_of, sources)
    hits = screener.screen(
        query, as_of=as_of, limit=offset + limit, sources=sources, min_score=threshold
    )
    results = [entity_dict(h) for h in hits]
    if countries:
        wanted = {c.lower() for c in countries}
        results = [
            r for r in results
            if wanted & {c.lower() for c in r["properties"].get("country", [])}
        ]
    page = results[offset: offset + limit]
    return JSON(
        {
            "results": page,
            "total": {"value": len(results), "relation": "eq" if len(hits) < offset + limit
                      else "gte"},
            "limit": limit,
            "offset": offset,
            "facets": _facets(results),
            "coverage": coverage,
            "warnings": warnings,
        }
    )
