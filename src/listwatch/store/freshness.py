"""Whether the snapshots a screening used were current on its date.

A screening against a list's snapshot of two years ago that reads "no match" is a calm
wrong answer if the list changed since. ``stale_notes`` says, for each list covered, when
its snapshot is older than ``LISTWATCH_STALE_DAYS`` before the screening's date (for an
official list that ``listwatch update`` can fetch: a list transcribed by hand or a user's
own has no cadence to hold it to), and when the publisher retired the list before that
date (its last snapshot is what was screened; the successor, when it is not loaded, is
named).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from listwatch.errors import UnknownSource
from listwatch.settings import get_settings
from listwatch.sources import get_source


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def stale_notes(coverage: dict[str, dict[str, Any]], as_of: str | None,
                today: str | None = None, days: int | None = None) -> dict[str, str]:
    """``{source: note}`` for the covered lists whose snapshot was not current on the
    screening's date (``as_of``, else ``today``, else the UTC date)."""
    when = _day(as_of) or _day(today) or dt.datetime.now(dt.UTC).date()
    limit = get_settings().stale_days if days is None else days
    notes: dict[str, str] = {}
    for source, snap in sorted(coverage.items()):
        snap_day = _day(snap.get("date"))
        if snap.get("id") is None or snap_day is None:
            continue
        try:
            src = get_source(source)
        except UnknownSource:
            continue
        ended = _day(src.ended)
        if ended is not None and ended <= when:
            note = (f"{source}: the publisher ended this list on {src.ended}; screened "
                    f"against its last snapshot in the store, of {snap['date']}")
            successor = src.successor
            if successor and (coverage.get(successor) or {}).get("id") is None:
                note += (f"; its successor {successor} was not screened (`listwatch update "
                         f"--source {successor}`)")
            notes[source] = note
            continue
        age = (when - snap_day).days
        if src.downloads and age > limit:
            notes[source] = (f"{source}: the snapshot screened is of {snap['date']}, {age:,} "
                             f"days before {when.isoformat()}: changes the publisher made "
                             "since are not covered (`listwatch update` fetches the "
                             "current list)")
    return notes
