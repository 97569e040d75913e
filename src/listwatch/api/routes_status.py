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
    known_at: Annotated[str | None, Query(description="As the store knew it at this time "
                                          "(YYYY-MM-DD or ISO time, UTC): snapshots ingested "
                                          "and events recorded by then")] = None,
) -> dict[str, Any]:
    """Per entry found: `state` (listed, enjoined, vacated, removed, not_listed), the
    `effects` in force (what they prohibit, for whom, from, until), upcoming `deadlines`,
    the `events` and `rules` it rests on; and a summary (`state`, `purchase_prohibited`,
    `divest_by`). Same answer as `listwatch status --format json`."""
    from listwatch.legal.status import status

    store = get_state(request).store
    return await run_in_threadpool(lambda: status(store, q, key=entry, isin=isin, as_of=as_of,
                                                     known_at=known_at))


@router.get("/calendar", dependencies=[Depends(require_read_access)], responses=ERR,
            summary="Dated effects ahead for entries or a watchlist")
async def get_calendar(
    request: Request,
    entry: Annotated[list[str] | None, Query(description="Entry keys")] = None,
    watchlist: Annotated[str | None, Query(description="A watchlist's name")] = None,
    start: Annotated[str | None, Query(description="From YYYY-MM-DD (default today)")] = None,
    format: Annotated[str, Query(description="json, csv, ics or html")] = "json",
) -> Any:
    from fastapi.responses import HTMLResponse, Response

    from listwatch.legal.calendar import calendar_for, to_csv, to_ics

    store = get_state(request).store
    items = await run_in_threadpool(lambda: calendar_for(store, keys=entry, watchlist=watchlist, start=start))
    if format == "csv":
        return Response(to_csv(items), media_type="text/csv")
    if format == "ics":
        return Response(to_ics(items), media_type="text/calendar")
    if format == "html":
        return HTMLResponse(_page(items, watchlist, entry, start))
    if format != "json":
        from listwatch.errors import ConfigError

        raise ConfigError(f"unknown format {format!r}", hint="use json, csv, ics or html")
    return {"start": start, "items": items}


def _page(items: list[dict[str, Any]], watchlist: str | None, entry: list[str] | None,
          start: str | None) -> str:
    """The calendar as a page (no JavaScript), with links to its CSV and iCalendar forms."""
    from html import escape
    from urllib.parse import urlencode

    params: list[tuple[str, str]] = [("entry", e) for e in entry or []]
    if watchlist:
        params.append(("watchlist", watchlist))
    if start:
        params.append(("start", start))
    link = lambda fmt: "/calendar?" + urlencode([*params, ("format", fmt)])  # noqa: E731
    title = f"Restriction calendar{' — ' + watchlist if watchlist else ''}"
    rows = "".join(
        f"<tr><td>{escape(i['date'])}</td><td><a href=\"/entity/{escape(i['key'])}\">{escape(str(i['name']))}</a></td>"
        f"<td>{escape(i['what'])}</td><td>{escape(i['basis'])}</td><td>{escape(i['for'])}</td>"
        f"<td>{escape(i.get('ref') or '')}</td></tr>" for i in items)
    body = (f"<table><caption>Dated effects ahead, oldest first</caption><thead><tr><th scope=col>Date</th>"
            f"<th scope=col>Entry</th><th scope=col>What</th><th scope=col>Basis</th><th scope=col>For</th>"
            f"<th scope=col>Your ref</th></tr></thead><tbody>{rows}</tbody></table>"
            if items else "<p>No dated effect ahead.</p>")
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
            f"<link rel=stylesheet href=/static/style.css></head><body><main><h1>{escape(title)}</h1>"
            f"<p><a href=\"{escape(link('csv'))}\">CSV</a> · <a href=\"{escape(link('ics'))}\">iCalendar</a></p>"
            f"{body}</main></body></html>")
