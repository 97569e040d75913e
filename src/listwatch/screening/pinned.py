"""Screening against given snapshots, one per source: what replaying a stored screening
and answering ``known_at=T`` both need.

A source's snapshot is named by its date: the versions valid on that date are exactly the
snapshot's records (a later snapshot, or one ingested late for an earlier date, does not
change what one snapshot held). So a screening pinned to ``{source: date}`` screens each
group of sources sharing a date with ``as_of`` = that date and merges the answers.

``known_at=T``: for each source, the latest snapshot ingested by ``T`` (and dated on or
before ``as_of``, when given). Sources with nothing ingested by then are not covered.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from listwatch.errors import ConfigError
from listwatch.store.schema import snapshots


def check_known_at(value: str) -> str:
    """``YYYY-MM-DD`` (the end of that day, UTC) or an ISO datetime; the comparable text."""
    import datetime as dt

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


def _utc(stamp: str) -> str:
    """A stored ``ingested_at`` as comparable UTC text."""
    import datetime as dt

    try:
        parsed = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC).isoformat()


def known_pins(store: Any, known_at: str, as_of: str | None = None,
               sources: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """``{source: {id, date, ingested_at}}``: each source's snapshot the store held at
    ``known_at`` (in force on ``as_of`` if given); ``{id: None}`` for a source whose
    snapshots were all ingested later."""
    limit = check_known_at(known_at)
    out: dict[str, dict[str, Any]] = {}
    with store.connect() as conn:
        rows = conn.execute(select(snapshots.c.id, snapshots.c.source, snapshots.c.date,
                                   snapshots.c.ingested_at).order_by(snapshots.c.date))
        for row in rows:
            if sources is not None and row.source not in sources:
                continue
            out.setdefault(row.source, {"id": None, "date": None, "ingested_at": None})
            if _utc(row.ingested_at) > limit or (as_of and row.date > as_of):
                continue
            out[row.source] = {"id": row.id, "date": row.date, "ingested_at": row.ingested_at}
    return out


def screen_pinned(screener: Any, query: dict[str, Any], pins: dict[str, dict[str, Any]], *,
                  threshold: float, limit: int, min_score: float | None,
                  candidates: int = 8) -> list[dict[str, Any]]:
    """The Screener's answer over the pinned snapshots, best first."""
    groups: dict[str, list[str]] = defaultdict(list)
    for source, pin in pins.items():
        if pin.get("date"):
            groups[pin["date"]].append(source)
    merged: list[dict[str, Any]] = []
    for date, members in sorted(groups.items()):
        merged.extend(screener.screen(query, as_of=date, threshold=threshold, limit=limit,
                                      sources=sorted(members), min_score=min_score,
                                      candidates=candidates))
    merged.sort(key=lambda r: (-float(r["score"]), r["key"]))
    return merged[:limit]
