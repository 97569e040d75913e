"""``POST /match/{dataset}``: yente's shape over the Screener (what it shares with
``/search`` and reconciliation is in ``api.matching``)."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from listwatch.api.auth import require_read_access
from listwatch.api.datasets import asked_sources, scope
from listwatch.api.matching import (
    ALGORITHMS,
    ERRORS,
    INLINE_QUERIES,
    JSON,
    MAX_LIMIT,
    NO_DECISIONS,
    TS_PATTERN,
    BatchTooLarge,
    Filters,
    audit_brief,
    check_common,
    matcher,
    record_api_screening,
    scope_of_screening,
    screen_one,
    screen_queries,
)
from listwatch.api.state import AppState, get_state
from listwatch.api.weights import split_weights, weighted_scorer
from listwatch.api.yente import EntityMatchQuery, EntityMatchResponse
from listwatch.errors import ConfigError
from listwatch.screening.ftm_query import screener_query

router = APIRouter(tags=["matching"], dependencies=[Depends(require_read_access)])


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
    check_common(as_of, algorithm)
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
    run = partial(screen_queries, state, queries, as_of=as_of, threshold=threshold, cutoff=cutoff,
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
    out: dict[str, Any] = {"responses": responses, "matcher": matcher(), "limit": limit,
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
                    "results": [audit_brief(r) for r in answer.get("results", [])]}
            if answer.get("decided"):
                item["decided"] = [audit_brief(r) for r in answer["decided"]]
            items.append(item)
        screening_id = await record_api_screening(state, items, as_of=as_of,
                                                  threshold=threshold, coverage=coverage,
                                                  params=params, known_at=known_at)
        response.headers["X-Listwatch-Screening"] = str(screening_id)
    return response


# (names other modules and tests import from here)
__all__ = ["ALGORITHMS", "JSON", "MAX_LIMIT", "TS_PATTERN", "router", "run_match",
           "screen_one"]
