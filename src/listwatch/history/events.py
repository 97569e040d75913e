"""Legal events: the one place that writes them.

An event (docs/contract.md vocabulary) is about an entry (``key``) or, when the news names a party
that is on no loaded list, about a *reported-only* entity (``key`` NULL, ``entity`` its name).
It is stored once: its fingerprint is the SHA-256 of ``key-or-entity|type|date|authority|quote``.

Statuses: ``official`` (from an official list), ``reported`` (news or annotation, not yet
checked), ``confirmed`` / ``rejected`` (a person checked it). Rejected events are kept
but hidden from timelines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from listwatch.errors import ConfigError, NotFound
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import events, versions
from listwatch.text import bare_key

EVENT_TYPES = ("designation", "removal", "amendment", "legal_challenge", "injunction",
               "vacatur", "license", "deadline", "ruling", "other")
#: ``record``: from a document of the legal record (court order, docket, Federal Register
#: notice, executive order), imported with ``listwatch record import``.
ORIGINS = ("official", "annotation", "news", "record", "release")
STATUSES = ("reported", "official", "confirmed", "rejected")
EFFECTS = ("announced", "effective")
PRECISIONS = {4: "year", 7: "month", 10: "day"}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def check_event_date(value: str | None, precision: str | None = None) -> tuple[str | None, str | None]:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a real calendar date) and its precision."""
    if value is None or value == "":
        return None, None
    value = value.strip()
    if not _DATE.match(value):
        raise ConfigError(f"event date {value!r} is not an ISO date", hint="use YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        raise ConfigError(f"event date {value} is not a real calendar date") from None
    implied = PRECISIONS[len(value)]
    if precision is not None and precision != implied:
        raise ConfigError(f"date {value} has precision {implied!r}, not {precision!r}")
    return value, implied


def _check(name: str, value: str | None, allowed: tuple[str, ...], *, required: bool = True) -> None:
    if value is None and not required:
        return
    if value not in allowed:
        raise ConfigError(f"unknown event {name} {value!r}", hint="use one of: " + ", ".join(allowed))


def fingerprint(key: str | None, entity: str, type_: str, date: str | None, authority: str | None,
                quote: str | None) -> str:
    ident = key or f"entity:{entity.strip().casefold()}"
    raw = "|".join([ident, type_, date or "", authority or "", (quote or "").strip()])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def add_event(
    conn: Connection,
    *,
    key: str | None,
    entity: str,
    type: str,
    authority: str | None = None,
    list: str | None = None,
    date: str | None = None,
    date_precision: str | None = None,
    origin: str,
    status: str,
    effect: str | None = None,
    evidence_url: str | None = None,
    evidence_quote: str | None = None,
    article_id: int | None = None,
    confidence: float | None = None,
) -> tuple[int, bool]:
    """Store one event in the caller's transaction; returns (id, created).

    The same event again (same fingerprint) returns the stored one's id and ``False``.
    """
    _check("type", type, EVENT_TYPES)
    _check("origin", origin, ORIGINS)
    _check("status", status, STATUSES)
    _check("effect", effect, EFFECTS, required=False)
    if not (entity and entity.strip()) and not key:
        raise ConfigError("an event needs an entry key or an entity name")
    if confidence is not None and not 0.0 <= confidence <= 1.0:
        raise ConfigError(f"confidence {confidence} is not between 0 and 1")
    date, date_precision = check_event_date(date, date_precision)
    entity = (entity or key or "").strip()
    fp = fingerprint(key, entity, type, date, authority, evidence_quote)
    existing = conn.execute(select(events.c.id).where(events.c.fingerprint == fp)).scalar()
    if existing is not None:
        return int(existing), False
    values = {
        "key": key, "entity": entity, "type": type, "authority": authority, "list": list,
        "date": date, "date_precision": date_precision, "origin": origin, "status": status,
        "effect": effect, "evidence_url": evidence_url, "evidence_quote": evidence_quote,
        "article_id": article_id, "confidence": confidence, "created_at": utcnow(),
        "fingerprint": fp,
    }
    try:
        with conn.begin_nested():
            pk = conn.execute(insert(events).values(**values)).inserted_primary_key
            assert pk is not None
            new_id = pk[0]
    except IntegrityError:  # stored concurrently by another process
        found = conn.execute(select(events.c.id).where(events.c.fingerprint == fp)).scalar()
        if found is None:
            raise
        return int(found), False
    return int(new_id), True


def add_annotation(
    store: Store,
    key: str,
    *,
    type: str,
    date: str,
    authority: str | None = None,
    list: str | None = None,
    effect: str | None = None,
    evidence_url: str | None = None,
    evidence_quote: str | None = None,
    entity: str | None = None,
    confidence: float | None = None,
) -> tuple[dict[str, Any], bool]:
    """A legal event a person adds to entry ``key`` (origin ``annotation``, status
    ``reported``), through the one event writer (``add_event``); the entity and the list
    default to the entry's latest name and source. Returns (the event, created): the same
    event twice is kept once."""
    if not (evidence_url or (evidence_quote and evidence_quote.strip())):
        raise ConfigError("an annotation needs evidence",
                          hint="give evidence_url and/or evidence_quote")
    with store.begin() as conn:
        row = conn.execute(
            select(versions.c.source, versions.c.name)
            .where(versions.c.key == key)
            .order_by(versions.c.first_seq.desc())
            .limit(1)
        ).first()
        if row is None:
            raise NotFound(f"no entry {key!r}", hint="search for it first: GET /search/default?q=")
        event_id, created = add_event(
            conn,
            key=key,
            entity=entity or row.name,
            type=type,
            authority=authority,
            list=list or row.source,
            date=date,
            origin="annotation",
            status="reported",
            effect=effect,
            evidence_url=evidence_url,
            evidence_quote=evidence_quote,
            confidence=confidence,
        )
        stored = conn.execute(select(events).where(events.c.id == event_id)).first()
    return dict(stored._mapping), created


def event_dict(row: Any) -> dict[str, Any]:
    d = dict(row._mapping)
    d.pop("fingerprint", None)
    return d


def list_events(
    store: Store,
    key: str | None = None,
    status: str | None = None,
    origin: str | None = None,
    *,
    entity: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Stored events, oldest first (undated last); filters combine."""
    if status is not None:
        _check("status", status, STATUSES)
    if origin is not None:
        _check("origin", origin, ORIGINS)
    q = select(events)
    if key is not None:
        q = q.where(events.c.key == key)
    if status is not None:
        q = q.where(events.c.status == status)
    if origin is not None:
        q = q.where(events.c.origin == origin)
    if entity is not None:
        q = q.where(events.c.entity == entity)
    q = q.order_by(events.c.date.is_(None), events.c.date, events.c.id)
    if limit is not None:
        q = q.limit(limit)
    with store.connect() as conn:
        return [event_dict(r) for r in conn.execute(q)]


def get_event(store: Store, event_id: int) -> dict[str, Any]:
    with store.connect() as conn:
        row = conn.execute(select(events).where(events.c.id == event_id)).first()
    if row is None:
        raise NotFound(f"no event {event_id}", hint="see `listwatch events list`")
    return event_dict(row)


def set_status(store: Store, event_id: int, status: str) -> dict[str, Any]:
    """A person confirms or rejects a reported event; returns the event as stored."""
    if status not in ("confirmed", "rejected"):
        raise ConfigError(f"cannot set status {status!r}", hint="use confirmed or rejected")
    with store.begin() as conn:
        row = conn.execute(select(events).where(events.c.id == event_id)).first()
        if row is None:
            raise NotFound(f"no event {event_id}", hint="see `listwatch events list`")
        if row.status == "official":
            raise ConfigError(f"event {event_id} comes from an official list and cannot be {status}")
        conn.execute(update(events).where(events.c.id == event_id).values(status=status))
        if row.status != status:
            log_status(conn, event_id, row.status, status)
        row = conn.execute(select(events).where(events.c.id == event_id)).first()
    return event_dict(row)


def log_status(conn: Any, event_id: int, old: str, new: str) -> None:
    """Date a change of an event's status (``event_status_log``: ``known_at`` reads it)."""
    from listwatch.store.schema import event_status_log

    conn.execute(event_status_log.insert().values(event_id=event_id, old_status=old,
                                                  new_status=new, changed_at=utcnow()))


def entity_ref(name: str) -> str:
    """The form reported-only entities are grouped by: normalised, without trailing legal
    forms ("Xiaomi Corp" and "Xiaomi" → "xiaomi")."""
    return bare_key(name)
