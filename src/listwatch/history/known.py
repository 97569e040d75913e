"""``known_at=T``: what the store held at time ``T``, the one view every surface uses.

The store's versions are rewritten when a snapshot is ingested late for an earlier date
(``store.ingest`` slots it in and replays the later ones), so what the store held at
``T`` is not a filter on dates: it is the sequence of the snapshots ingested by ``T``,
each holding the versions valid on its own position. An entry's timeline at ``T`` is the
runs of its versions over those snapshots only (``runs``); an interval's end, or a start,
learned from a snapshot ingested after ``T`` is not in it. Legal events count when they
were recorded by ``T`` (``events.created_at``), their record links when made by ``T``,
and their status is the one they had then (``event_status_log``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select

from listwatch.errors import ConfigError
from listwatch.store.schema import snapshots

T = TypeVar("T")
P = TypeVar("P")


def check_known_at(value: str) -> str:
    """``YYYY-MM-DD`` (the end of that day, UTC) or an ISO datetime; the comparable text."""
    text = value.strip()
    try:
        if len(text) == 10:
            dt.date.fromisoformat(text)
            return text + "T23:59:59.999999+00:00"
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"known_at {value!r} is not a date or time",
                          hint="use YYYY-MM-DD or an ISO time like 2024-05-03T12:00:00Z") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).isoformat()


def utc(stamp: str | None) -> str:
    """A stored time (``ingested_at``, ``created_at``) as comparable UTC text."""
    if not stamp:
        return "9999"
    try:
        parsed = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).isoformat()


def known_by(stamp: str | None, limit: str) -> bool:
    """Whether something stamped ``stamp`` was in the store at ``limit`` (``check_known_at``)."""
    return utc(stamp) <= limit


@dataclass(frozen=True)
class Run:
    """One item (a version, a span) present over consecutive known snapshots: from the
    first that holds it to the first known one after it that does not (``end`` None
    while the last known snapshot holds it)."""
    item: Any
    first: Any
    end: Any | None
    last: Any


def runs(items: Sequence[T], points: Sequence[P], holds: Callable[[T, P], bool],
         same: Callable[[T, T], bool] | None = None) -> list[Run]:
    """The runs of ``items`` over ``points`` (the known snapshots, in order): at each
    point the item that ``holds`` there, if any; consecutive points with the same item
    (or items ``same`` says are equal: a record that changed and changed back between
    two known snapshots) make one run."""
    out: list[Run] = []
    open_run: Run | None = None
    for point in points:
        item = next((i for i in items if holds(i, point)), None)
        if open_run is not None and item is not None and (
                item is open_run.item or (same is not None and same(open_run.item, item))):
            open_run = Run(open_run.item if same is None else item, open_run.first, None, point)
            out[-1] = open_run
            continue
        if open_run is not None:
            out[-1] = Run(open_run.item, open_run.first, point, open_run.last)
            open_run = None
        if item is not None:
            open_run = Run(item, point, None, point)
            out.append(open_run)
    return out


def known_snapshots(conn: Any, source: str, limit: str) -> list[Any]:
    """``(seq, date)`` of the source's snapshots ingested by ``limit``, in date order."""
    rows = conn.execute(select(snapshots.c.seq, snapshots.c.date, snapshots.c.ingested_at)
                        .where(snapshots.c.source == source).order_by(snapshots.c.seq)).all()
    return [r for r in rows if known_by(r.ingested_at, limit)]


def known_dates(conn: Any, limit: str, sources: Sequence[str] | None = None) -> dict[str, list[str]]:
    """``{source: [dates]}`` of the snapshots ingested by ``limit``, oldest first."""
    out: dict[str, list[str]] = {}
    rows = conn.execute(select(snapshots.c.source, snapshots.c.date, snapshots.c.ingested_at)
                        .order_by(snapshots.c.source, snapshots.c.seq)).all()
    for r in rows:
        if (sources is None or r.source in sources) and known_by(r.ingested_at, limit):
            out.setdefault(r.source, []).append(r.date)
    return out


def known_spans(spans: Sequence[tuple[str, str | None]], dates: Sequence[str]
                ) -> list[tuple[str, str | None]]:
    """An entry's version spans (``(valid_from, valid_to)`` as the store holds them now)
    seen through the snapshots known then (``dates``): one ``(from, to)`` per run of a
    version, ``to`` None while the last known snapshot holds it."""
    def holds(span: tuple[str, str | None], day: str) -> bool:
        return span[0] <= day and (span[1] is None or day < span[1])

    return [(r.first, r.end) for r in runs(list(spans), list(dates), holds)]


def merged(spans: Sequence[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Contiguous spans joined: the listed intervals."""
    out: list[list[Any]] = []
    for lo, hi in spans:
        if out and out[-1][1] == lo:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def interval_on(intervals: Sequence[tuple[str, str | None]], day: str | None
                ) -> tuple[str | None, str | None]:
    """The interval holding ``day`` (else the latest), as ``listed_interval`` gives it."""
    if not intervals:
        return None, None
    if day is not None:
        for lo, hi in intervals:
            if lo <= day and (hi is None or hi > day):
                return lo, hi
    return intervals[-1]


def status_at(conn: Any, ids: Sequence[int], limit: str) -> dict[int, str]:
    """``{event id: status}`` for events whose status changed after ``limit``: the status
    they had then (the ``old`` of their first change after it)."""
    from listwatch.store.schema import event_status_log

    if not ids:
        return {}
    rows = conn.execute(select(event_status_log).where(event_status_log.c.event_id.in_(list(ids)))
                        .order_by(event_status_log.c.id)).all()
    out: dict[int, str] = {}
    for r in rows:
        if r.event_id not in out and not known_by(r.changed_at, limit):
            out[r.event_id] = r.old_status
    return out
