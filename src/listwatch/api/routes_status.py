"""`GET /status`: the legal state and effects of a listing on a date (``legal.status``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool

from listwatch.api.auth import require_read_access
from listwatch.api.state import get_state
from listwatch.api.yente import ErrorResponse

router = APIRouter(tags=["legal status"])
ERR: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse},
    404: {"model": ErrorResponse, "description": "nothing found for the query, key or ISIN"},
}


@router.get("/status", dependencies=[Depends(require_read_access)], responses=ERR,
            summary="What a listing forbids on a date, and why")
async def get_status(
    request: Request,
    q: Annotated[str | None, Query(description="A name")] = None,
    entry: Annotated[str | None, Query(description="An entry key, e.g. us_dod_1237:xiaomi")] = None,
    isin: Annotated[str | None, Query(description="A security's ISIN")] = None,
    as_of: Annotated[str | None, Query(description="YYYY-MM-DD (default today)")] = None,
) -> dict[str, Any]:
    """Per entry found: `state` (listed, enjoined, vacated, removed, not_listed), the
    `effects` in force (what they prohibit, for whom, from, until), upcoming `deadlines`,
    the `events` and `rules` it rests on; and a summary (`state`, `purchase_prohibited`,
    `divest_by`). Same answer as `listwatch status --format json`."""
    from listwatch.legal.status import status

    store = get_state(request).store
    return await run_in_threadpool(lambda: status(store, q, key=entry, isin=isin, as_of=as_of))


@router.get("/calendar", dependencies=[Depends(require_read_access)], responses=ERR,
            summary="Dated effects ahead for entries or a watchlist")
async def get_calendar(
    request: Request,
    entry: Annotated[list[str] | None, Query(description="Entry keys")] = None,
    watchlist: Annotated[str | None, Query(description="A watchlist's name")] = None,
    start: Annotated[str | None, Query(description="From YYYY-MM-DD (default today)")] = None,
    format: Annotated[str, Query(description="json, csv or ics")] = "json",
) -> Any:
    from fastapi.responses import Response

    from listwatch.legal.calendar import calendar_for, to_csv, to_ics

    store = get_state(request).store
    items = await run_in_threadpool(lambda: calendar_for(store, keys=entry, watchlist=watchlist, start=start))
    if format == "csv":
        return Response(to_csv(items), media_type="text/csv")
    if format == "ics":
        return Response(to_ics(items), media_type="text/calendar")
    return {"start": start, "items": items}
