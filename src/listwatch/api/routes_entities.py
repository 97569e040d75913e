"""Entries, their timelines and annotations; sources; diffs; screening audit records."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import select

from listwatch.api.annotations import AnnotationIn, add_annotation
from listwatch.api.auth import require_read_access, require_write_key
from listwatch.api.state import get_state
from listwatch.api.yente import ErrorResponse
from listwatch.errors import NotFound
from listwatch.history.diff import diff as run_diff
from listwatch.history.timeline import entry_history, state_on
from listwatch.store.schema import screenings
from listwatch.store.snapshots import check_date, list_snapshots
from listwatch.summary import sources_summary

router = APIRouter(tags=["entries and lists"])
read = [Depends(require_read_access)]
ERR: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse},
    404: {"model": ErrorResponse, "description": "no such entry, source or snapshot"},
}


def entity_view(store: Any, key: str, as_of: str | None) -> dict[str, Any]:
    """The entry's record and full timeline, plus its state on ``as_of`` if given."""
    if as_of:
        check_date(as_of, "as_of")
    history = entry_history(store, key)
    out = dict(history)
    out["as_of"] = as_of
    if as_of:
        out["state"] = state_on(history, as_of)
        out["events"] = [e for e in history["events"] if e.get("date") and e["date"] <= as_of]
    return out


@router.get("/entities/{key}", dependencies=read, responses=ERR,
            summary="An entry's record and full timeline")
def get_entity(
    request: Request,
    key: str,
    as_of: Annotated[str | None, Query(description="State and events known on YYYY-MM-DD")] = None,
) -> dict[str, Any]:
    """`key` is `<source>:<publisher id>`, e.g. `us_ofac_sdn:36`. With `as_of`, `state`
    gives whether the entry was listed that day and its status after legal events, and
    `events` stops at that date."""
    return entity_view(get_state(request).store, key, as_of)


@router.post(
    "/entities/{key}/events",
    dependencies=[Depends(require_write_key)],
    status_code=201,
    responses={**ERR, 401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}},
    summary="Annotate an entry with a legal event (needs an API key)",
)
async def post_event(request: Request, key: str, note: AnnotationIn) -> JSONResponse:
    """Stores a legal event (origin `annotation`, status `reported`) once: the same entry,
    type, date and quote again returns the stored event with 200."""
    event, created = await run_in_threadpool(add_annotation, get_state(request).store, key, note)
    return JSONResponse({"created": created, "event": event}, status_code=201 if created else 200)


@router.get("/sources", dependencies=read, summary="Sources, snapshot counts, last update")
def get_sources(request: Request) -> list[dict[str, Any]]:
    return sources_summary(get_state(request).store)


@router.get("/sources/{source}/snapshots", dependencies=read, responses=ERR,
            summary="A source's snapshots with added/removed/changed counts")
def get_snapshots(request: Request, source: str) -> list[dict[str, Any]]:
    from listwatch.sources import get_source

    get_source(source)
    with get_state(request).store.connect() as conn:
        return [s.to_dict() for s in list_snapshots(conn, source)]


@router.get("/diff/{source}", dependencies=read, responses=ERR,
            summary="Entries added, removed and changed between two snapshots")
def get_diff(
    request: Request,
    source: str,
    from_: Annotated[str, Query(alias="from", description="A date or a snapshot id")],
    to: Annotated[str, Query(description="A date or a snapshot id")],
) -> dict[str, Any]:
    """The `listwatch diff --format json` shape: `source, from, to, added, removed, changed`."""
    return run_diff(get_state(request).store, source, from_, to)


def screening_record(store: Any, screening_id: int) -> dict[str, Any]:
    with store.connect() as conn:
        row = conn.execute(select(screenings).where(screenings.c.id == screening_id)).first()
    if row is None:
        raise NotFound(f"no screening with id {screening_id}")
    out = dict(row._mapping)
    for field in ("snapshots", "queries", "results"):
        try:
            out[field] = json.loads(out[field])
        except (TypeError, ValueError):
            pass
    return out


@router.get("/screenings/{screening_id}", dependencies=read, responses=ERR,
            summary="The audit record of one screening")
def get_screening(request: Request, screening_id: int) -> dict[str, Any]:
    return screening_record(get_state(request).store, screening_id)
