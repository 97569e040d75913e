"""Entries, their timelines and annotations; sources; diffs; screening audit records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import select

from listwatch.api.annotations import AnnotationIn, add_annotation
from listwatch.api.auth import require_read_access, require_write_key
from listwatch.api.datasets import entry_topics
from listwatch.api.party import merge_party, party_keys
from listwatch.api.state import get_state
from listwatch.api.yente import ErrorResponse, as_datetime
from listwatch.errors import NotFound
from listwatch.history.diff import diff as run_diff
from listwatch.history.timeline import entry_history
from listwatch.store.schema import screenings
from listwatch.store.snapshots import check_date, list_snapshots
from listwatch.summary import sources_summary

router = APIRouter(tags=["entries and lists"])
KNOWN_AT = Query(description="Only what the store held at this time (YYYY-MM-DD or ISO "
                 "time, UTC): snapshots ingested and events recorded by then")
read = [Depends(require_read_access)]
ERR: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse},
    404: {"model": ErrorResponse, "description": "no such entry, source or snapshot"},
}


def entity_view(store: Any, key: str, as_of: str | None,
                known_at: str | None = None) -> dict[str, Any]:
    """The entry's record and full timeline, plus its state on ``as_of`` if given; with
    ``known_at``, only what the store held then (``history.known``)."""
    if as_of:
        check_date(as_of, "as_of")
    # (the same view as ``listwatch history --as-of --known-at``: ``history.state.known_on``
    # over ``history.known``)
    out = entry_history(store, key, as_of=as_of, known_at=known_at)
    out["as_of"] = as_of
    if not out.get("reported_only"):
        from listwatch.legal.status import entry_status

        legal = entry_status(store, key, as_of=as_of, history={**out, "events": list(out["events"])},
                             known_at=known_at)
        out["legal"] = {k: legal[k] for k in ("as_of", "state", "state_since", "state_cause", "effects",
                                              "purchase_prohibited", "divest_by", "deadlines", "listed_on",
                                              "listing_date_from", "first_seen", "rules")}
    return out


def _yente_entity(history: dict[str, Any]) -> dict[str, Any]:
    """The yente ``EntityResponse`` keys of an entry (added to listwatch's own)."""
    record = history.get("record") or {}
    props = {k: list(v) if isinstance(v, (list, tuple)) else [v]
             for k, v in (record.get("properties") or {}).items() if v not in (None, "", [])}
    caption = history.get("caption") or record.get("name") or history["key"]
    if caption not in props.get("name", []):
        props["name"] = [caption, *props.get("name", [])]
    source = history.get("source") or ""
    props.setdefault("topics", entry_topics(source, props))
    changes = [e["date"] for e in history.get("events", [])
               if e.get("origin") == "official" and e.get("date")]
    return {
        "id": history["key"], "caption": caption, "schema": history.get("schema") or "Thing",
        "properties": props, "datasets": [source] if source else [], "referents": [],
        "target": bool(history.get("listed")),
        "last_change": as_datetime(max(changes)) if changes else None,
    }


def sanction_entities(history: dict[str, Any]) -> list[dict[str, Any]]:
    """One FtM ``Sanction`` entity per listed interval of the entry (yente's adjacent
    ``sanctions``), newest first."""
    from listwatch.errors import UnknownSource
    from listwatch.sources import get_source

    source = history.get("source") or ""
    authority: str | None = None
    url: str | None = None
    title: str | None = None
    try:
        src = get_source(source)
        authority, url, title = src.publisher, src.homepage, src.title
    except UnknownSource:
        pass
    programs = (history.get("record") or {}).get("properties", {}).get("program") or []
    out = []
    for i, iv in enumerate(history.get("listed_intervals") or []):
        props: dict[str, list[str]] = {"entity": [history["key"]]}
        for name, value in (("authority", authority), ("sourceUrl", url),
                            ("startDate", iv.get("from")), ("endDate", iv.get("to")),
                            ("reason", title)):
            if value:
                props[name] = [str(value)]
        if programs:
            props["program"] = [str(p) for p in programs]
        if history.get("legal_effect"):
            props["provisions"] = [str(history["legal_effect"])]
        out.append({"id": f"{history['key']}#sanction-{i + 1}",
                    "caption": f"{title or source}: {iv.get('from')} – {iv.get('to') or 'now'}",
                    "schema": "Sanction", "properties": props, "datasets": [source],
                    "referents": [], "target": False,
                    "first_seen": as_datetime(iv.get("from")),
                    "last_seen": as_datetime(iv.get("last_seen") or iv.get("to")),
                    "last_change": as_datetime(iv.get("to") or iv.get("from"))})
    return list(reversed(out))


@router.get("/entities/{key}", dependencies=read, responses=ERR,
            summary="An entry's record and full timeline")
def get_entity(
    request: Request,
    key: str,
    as_of: Annotated[str | None, Query(description="State and events known on YYYY-MM-DD")] = None,
    nested: Annotated[bool, Query(description="Include the adjacent Sanction entities "
                                  "(one per listed interval) in properties.sanctions")] = True,
    known_at: Annotated[str | None, KNOWN_AT] = None,
) -> dict[str, Any]:
    """`key` is `<source>:<publisher id>`, e.g. `us_ofac_sdn:36`. With `as_of`, `state`
    gives whether the entry was listed that day and its status after legal events, and
    `events` stops at that date. The response carries yente's `EntityResponse` keys
    (`id, caption, schema, properties, datasets, referents, target, first_seen,
    last_seen, last_change`) besides listwatch's timeline. An entry that is one party with
    entries of other lists has them in `referents` and `datasets`, each in `listings`, and
    `timeline` merges every listing's events (each with its `key`); `events` stays the
    entry's own."""
    state = get_state(request)
    view = entity_view(state.store, key, as_of, known_at)
    out = {**view, **_yente_entity(view)}
    # one party on several lists: every listing, and one timeline of all their events
    party = merge_party(state.store, view, party_keys(state, key), as_of=as_of,
                        known_at=known_at)
    out["listings"], out["timeline"] = party["listings"], party["timeline"]
    if party.get("referents"):
        out["referents"], out["datasets"] = party["referents"], party["datasets"]
    if nested:
        out["properties"]["sanctions"] = sanction_entities(view)
    return out


@dataclass(frozen=True)
class Adjacent:
    """What yente's adjacent routes take: a page of an entry's Sanction entities."""
    limit: int
    offset: int
    known_at: str | None

    def page(self, sanctions: list[dict[str, Any]]) -> dict[str, Any]:
        return {"results": sanctions[self.offset: self.offset + self.limit],
                "total": {"value": len(sanctions), "relation": "eq"}, "limit": self.limit,
                "offset": self.offset}


def adjacent_params(
    limit: Annotated[int, Query(ge=1, le=500)] = 10,
    offset: Annotated[int, Query(ge=0, le=9_500)] = 0,
    sort: Annotated[list[str] | None, Query(description="Accepted; newest first")] = None,
    known_at: Annotated[str | None, KNOWN_AT] = None,
) -> Adjacent:
    return Adjacent(limit, offset, known_at)


@router.get("/entities/{key}/adjacent", dependencies=read, responses=ERR,
            summary="Entities adjacent to an entry (yente's shape)")
def get_adjacent(request: Request, key: str,
                 page: Annotated[Adjacent, Depends(adjacent_params)]) -> dict[str, Any]:
    """yente's `EntityAdjacentResponse`: the entry and, under `adjacent.sanctions`, its
    Sanction entities (one per listed interval), paged by `limit` and `offset`."""
    view = entity_view(get_state(request).store, key, None, page.known_at)
    entity = {**_yente_entity(view), "first_seen": as_datetime(view.get("first_seen")),
              "last_seen": as_datetime(view.get("last_seen"))}
    return {"entity": entity, "adjacent": {"sanctions": page.page(sanction_entities(view))}}


@router.get("/entities/{key}/adjacent/{property_name}", dependencies=read, responses=ERR,
            summary="One property's adjacent entities (yente's shape)")
def get_adjacent_property(request: Request, key: str, property_name: str,
                          page: Annotated[Adjacent, Depends(adjacent_params)]) -> dict[str, Any]:
    """yente's `AdjacentResultsResponse` for `sanctions` (the only adjacent property an
    entry has here); any other property is a 404."""
    view = entity_view(get_state(request).store, key, None, page.known_at)
    if property_name != "sanctions":
        raise NotFound(f"no adjacent property {property_name!r}",
                       hint="entries here have one: sanctions")
    return page.page(sanction_entities(view))


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


@router.get("/screenings/{screening_id}/verify", dependencies=read, responses=ERR,
            summary="Check a screening record: content, signature, chain, snapshots")
def verify_screening_record(request: Request, screening_id: int) -> JSONResponse:
    """Each check (`content`, `signature`, `stored`, `chain`, `snapshots`) with `ok` and a
    detail; `ok` overall. 200 when every check passes, 409 when one fails."""
    from listwatch.store.verify import verify_screening

    report = verify_screening(get_state(request).store, screening_id)
    return JSONResponse(report, status_code=200 if report["ok"] else 409)


@router.get("/screenings/{screening_id}/certificate", dependencies=read, responses=ERR,
            summary="A screening as a signed JSON certificate")
def screening_certificate(request: Request, screening_id: int) -> dict[str, Any]:
    """The record, its chain entry (`seq`, `prev_hash`, `record_hash`, `signature`,
    `key_id`) and the public key: what `listwatch verify CERTIFICATE` checks."""
    from listwatch.store.verify import certificate_of

    return certificate_of(get_state(request).store, screening_id)
