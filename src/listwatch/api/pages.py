"""Server-rendered web pages (Jinja2, no JavaScript needed): search, entity timeline,
per-source changes, diff, screening audit record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from listwatch.api.auth import require_read_access
from listwatch.api.datasets import scope
from listwatch.api.matching import NO_DECISIONS
from listwatch.api.party import merge_party, party_keys
from listwatch.api.routes_entities import entity_view, screening_record
from listwatch.api.state import get_state
from listwatch.api.timeline_svg import render_timeline
from listwatch.api.yente import explanation_lines
from listwatch.errors import ListwatchError
from listwatch.history.diff import diff as run_diff
from listwatch.match.checks import coverage_text
from listwatch.screening.ftm_query import SCHEMAS, screener_query
from listwatch.screening.pinned import check_known_at
from listwatch.sources import REGISTRY, get_source
from listwatch.store.decisions import DecisionBook
from listwatch.store.snapshots import check_date, list_snapshots
from listwatch.summary import sources_summary

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_read_access)])
templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
templates.env.filters["pct"] = lambda v: f"{float(v) * 100:.0f}%"
templates.env.filters["tojson_pretty"] = lambda v: json.dumps(v, indent=2, ensure_ascii=False)

#: the page's types, "Any" first (``Thing``: vessels and aircraft too, as ``/search``)
PAGE_SCHEMAS = ("Thing", "LegalEntity", "Company", "Organization", "Person", "Vessel",
                "Airplane")


def _render(request: Request, name: str, status: int = 200, **ctx: Any) -> Response:
    return templates.TemplateResponse(request, name, ctx, status_code=status)


def is_page(request: Request) -> bool:
    """The request is for a web page (an HTML route of this module): its errors are
    pages too, never raw JSON."""
    route = request.scope.get("route")
    return getattr(route, "response_class", None) is HTMLResponse


def error_page(request: Request, status: int, message: str, hint: str | None = None
               ) -> Response:
    return _render(request, "error.html", status=status, title="Error", message=message,
                   hint=hint)


def _error(request: Request, exc: ListwatchError) -> Response:
    return _render(request, "error.html", status=exc.http_status, title="Error",
                   message=exc.message, hint=exc.hint)


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    schema: str = "Thing",
    source: str = "default",
    as_of: str = "",
    threshold: Annotated[float, Query(ge=0.0, le=1.0)] = 0.5,
    known_at: str = "",
    show_decided: bool = False,
) -> Response:
    state = get_state(request)
    results: list[dict[str, Any]] = []
    decided: list[dict[str, Any]] = []
    reported: list[dict[str, Any]] = []
    covered = ""
    warnings: list[str] = []
    try:
        if schema not in SCHEMAS:
            schema = "Thing"
        if as_of:
            check_date(as_of, "as of")
        if q.strip():
            sources = scope(source)
            query = screener_query({"schema": schema, "properties": {"name": [q]}})
            book = _decisions(state, q, known_at)
            limit = 20 + len(book.decided(q))
            if known_at:  # what the store held then: each list's snapshot ingested by then
                from listwatch.screening.pinned import known_pins, screen_pinned

                pins = {s: p for s, p in known_pins(state.store, known_at, as_of or None,
                                                    sources).items() if p["id"] is not None}
                if not pins:
                    from listwatch.errors import NothingScreened

                    raise NothingScreened(f"no list had been ingested by {known_at}: "
                                          "nothing would be searched",
                                          hint="pick a later date, or leave it out")
                covered = coverage_text(pins)
                hits = screen_pinned(state.screeners.get(), query, pins, threshold=0.7,
                                     limit=limit, min_score=threshold)
            else:
                # a search that would see no list says so (never an empty "no result")
                coverage, warnings = state.screeners.get().coverage(as_of or None, sources)
                covered = coverage_text(coverage)
                hits = state.screeners.get().screen(
                    query, as_of=as_of or None, limit=limit, sources=sources,
                    min_score=threshold
                )
            if book:  # (as the API: whichever of the party's listings answers)
                hits, decided = book.apply(q, hits, show_decided=show_decided)
            for h in hits[:20]:
                results.append({**h, "lines": explanation_lines(h.get("explanation"))})
            if not known_at:
                # a party only the news names (on no loaded list) is no result of the
                # lists, but a search for it says it is reported and links its page
                from listwatch.history.lookup import reported_parties

                reported = reported_parties(state.store, q)
    except ListwatchError as exc:
        return _error(request, exc)
    return _render(
        request, "search.html", title=f"{q} — search" if q else "Search the lists",
        q=q, schema=schema, schemas=PAGE_SCHEMAS, source=source, sources=list(REGISTRY),
        as_of=as_of, threshold=threshold, results=results, searched=bool(q.strip()),
        known_at=known_at, covered=covered, warnings=warnings, decided=decided,
        reported=reported,
        show_decided=show_decided,
        show_url=str(request.url.include_query_params(show_decided="true")),
        summary=sources_summary(state.store) if not q.strip() else [],
    )


def _decisions(state: Any, q: str, known_at: str) -> DecisionBook:
    """The reviewers' decisions on this name (those active at ``known_at`` when given),
    as ``GET /search`` applies them."""
    if not known_at and not state.decisions.any_decided(state.decisions.keys_sync(), [q]):
        return NO_DECISIONS
    return DecisionBook.load(state.store, [q], check_known_at(known_at) if known_at else None,
                             state.screeners.get().links.referents)


@router.get("/entity/{key}", response_class=HTMLResponse)
def entity_page(request: Request, key: str, as_of: str = "", known_at: str = "") -> Response:
    try:
        view = entity_view(get_state(request).store, key, None, known_at or None)
        if as_of:
            check_date(as_of, "as of")
        # one party on several lists: every listing, one timeline of all their events
        view = merge_party(get_state(request).store, view,
                           party_keys(get_state(request), key), known_at=known_at or None)
    except ListwatchError as exc:
        return _error(request, exc)
    from listwatch.history.state import known_by, state_on

    state = state_on(view, as_of) if as_of else None
    events = view["timeline"]
    shown = [e for e in events if not as_of or known_by(e, as_of)]
    record = view["record"]
    legal, band = _legal(get_state(request).store, view, as_of or None)
    return _render(
        request, "entity.html", title=view["caption"], view=view, as_of=as_of, state=state,
        known_at=known_at, legal=legal, band=band,
        events=shown, hidden=len(events) - len(shown), record=record,
        effect=_effect(view["source"], record), svg=Markup(render_timeline(view, as_of or None)),
    )


def _legal(store: Any, view: dict[str, Any], as_of: str | None) -> tuple[Any, list[dict[str, Any]]]:
    """The legal status on ``as_of`` (today) and the band of states over time."""
    import datetime as dt

    from listwatch.legal.status import entry_status, state_segments

    if view.get("reported_only"):
        return None, []
    history = {**view, "events": list(view["events"])}
    legal = entry_status(store, view["key"], as_of=as_of, history=history)
    end = max(as_of or "", dt.date.today().isoformat())
    band = state_segments(store, view["key"], end=end, history={**view, "events": list(view["events"])})
    for i, seg in enumerate(band):
        stop = seg["to"] or end
        seg["days"] = max(1, (dt.date.fromisoformat(stop) - dt.date.fromisoformat(seg["from"])).days)
        if i == 0 and seg["state"] == "not_listed":
            seg["days"] = 1
    return legal, band


def _effect(source_id: str | None, record: dict[str, Any] | None) -> str:
    if not source_id or not record:  # (a party reported by the news, on no loaded list)
        return ""
    try:
        src = get_source(source_id)
    except ListwatchError:
        return ""
    programs = (record.get("properties") or {}).get("program", [])
    return src.effect_of(programs)


@router.get("/source/{source_id}", response_class=HTMLResponse)
def source_page(request: Request, source_id: str) -> Response:
    try:
        src = get_source(source_id)
        with get_state(request).store.connect() as conn:
            snaps = list_snapshots(conn, source_id)
    except ListwatchError as exc:
        return _error(request, exc)
    rows = []
    prev = None
    for s in snaps:
        rows.append({"snap": s, "prev": prev})
        prev = s
    return _render(request, "source.html", title=src.title, source=src.describe(),
                   rows=list(reversed(rows)))


@router.get("/source/{source_id}/diff", response_class=HTMLResponse)
def diff_page(
    request: Request,
    source_id: str,
    from_: Annotated[str, Query(alias="from")],
    to: str,
) -> Response:
    try:
        result = run_diff(get_state(request).store, source_id, from_, to)
    except ListwatchError as exc:
        return _error(request, exc)
    return _render(request, "diff.html", title=f"{source_id}: {result['from']} → {result['to']}",
                   diff=result, source_id=source_id)


@router.get("/screening/{screening_id}", response_class=HTMLResponse)
def screening_page(request: Request, screening_id: int) -> Response:
    try:
        record = screening_record(get_state(request).store, screening_id)
    except ListwatchError as exc:
        return _error(request, exc)
    queries = record.get("queries")
    results = record.get("results")
    rows = []
    if isinstance(queries, list) and isinstance(results, list) and len(results) == len(queries):
        rows = list(zip(queries, results, strict=True))
    return _render(request, "screening.html", title=f"Screening {screening_id}", rec=record,
                   rows=rows)


@router.get("/watch", response_class=HTMLResponse)
def watch_page(request: Request, list: str = "") -> Response:
    """Watchlists with their counts, and their latest alerts (newest first)."""
    from listwatch.watch.alerts import list_alerts
    from listwatch.watch.portfolio import list_watchlists

    store = get_state(request).store
    try:
        lists = list_watchlists(store)
        alerts = list_alerts(store, list or None, limit=200)
    except ListwatchError as exc:
        return _error(request, exc)
    return _render(request, "alerts.html", title="Watchlists", lists=lists, alerts=alerts,
                   current=list or None)
