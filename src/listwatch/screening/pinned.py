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

from listwatch.history.known import check_known_at, interval_on, known_by, known_spans, merged
from listwatch.screening.screen import CANDIDATES
from listwatch.store.schema import snapshots

__all__ = ["check_known_at", "known_dates", "known_listing", "known_pins", "screen_pinned"]


def known_pins(store: Any, known_at: str, as_of: str | None = None,
               sources: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """``{source: {id, date, ingested_at, dates}}``: each source's snapshot the store held
    at ``known_at`` (in force on ``as_of`` if given) and the dates of all it held then
    (``screen_pinned`` reads listed intervals through them); ``{id: None}`` for a source
    whose snapshots were all ingested later."""
    limit = check_known_at(known_at)
    out: dict[str, dict[str, Any]] = {}
    every = known_dates(store, known_at, sources)
    with store.connect() as conn:
        rows = conn.execute(select(snapshots.c.id, snapshots.c.source, snapshots.c.date,
                                   snapshots.c.ingested_at)
                            .order_by(snapshots.c.date, snapshots.c.seq))
        for row in rows:
            if sources is not None and row.source not in sources:
                continue
            out.setdefault(row.source, {"id": None, "date": None, "ingested_at": None})
            if not known_by(row.ingested_at, limit) or (as_of and row.date > as_of):
                continue
            out[row.source] = {"id": row.id, "date": row.date, "ingested_at": row.ingested_at,
                               "dates": every.get(row.source, [])}
    return out


def known_dates(store: Any, known_at: str, sources: list[str] | None = None
                ) -> dict[str, list[str]]:
    """``{source: [dates]}``: the snapshots each source had ingested by ``known_at``
    (what ``screen_pinned`` reads listed intervals through)."""
    from listwatch.history.known import known_dates as dates_of

    with store.connect() as conn:
        return dates_of(conn, check_known_at(known_at), sources)


def known_listing(index: Any, result: dict[str, Any], dates: dict[str, list[str]],
                  day: str | None) -> None:
    """A result's listed interval (and ``first_seen``, ``listed_on``, ``last_change``,
    its ``listings``) as the snapshots known then (``dates``) show them, not as later
    snapshots rewrote them (``history.known``)."""
    def interval(key: str) -> tuple[list[tuple[str, str | None]], str | None, str | None]:
        spans = known_spans(index.intervals.get(key, ()), dates.get(key.split(":", 1)[0], ()))
        lo, hi = interval_on(merged(spans), day)
        return spans, lo, hi

    spans, lo, hi = interval(result["key"])
    if result.get("first_seen") == result.get("listed_from") and "first_seen" in result:
        result["first_seen"] = lo
    if result.get("listed_on_from") == "first_seen":
        result["listed_on"] = lo
    result["listed_from"], result["listed_to"] = lo, hi
    starts = [s for s, _e in spans if s and (day is None or s <= day)]
    result["last_change"] = max(starts) if starts else lo
    if result.get("listings"):
        for item in result["listings"]:
            _s, item["listed_from"], item["listed_to"] = interval(item["key"])
        froms = [x["listed_from"] for x in result["listings"] if x["listed_from"]]
        tos = [x["listed_to"] for x in result["listings"]]
        result["listed_from"] = min(froms) if froms else lo
        result["listed_to"] = None if any(t is None for t in tos) else max(
            t for t in tos if t is not None)


def screen_pinned(screener: Any, query: dict[str, Any], pins: dict[str, dict[str, Any]], *,
                  threshold: float, limit: int, min_score: float | None,
                  candidates: int = CANDIDATES) -> list[dict[str, Any]]:
    """The Screener's answer over the pinned snapshots, best first; for a ``known_at``
    screening (pins from ``known_pins``, carrying ``dates``), the listed intervals as they
    were known then."""
    groups: dict[str, list[str]] = defaultdict(list)
    for source, pin in pins.items():
        if pin.get("date"):
            groups[pin["date"]].append(source)
    found: list[dict[str, Any]] = []
    for date, members in sorted(groups.items()):
        found.extend(screener.screen(query, as_of=date, threshold=threshold, limit=limit,
                                      sources=sorted(members), min_score=min_score,
                                      candidates=candidates))
    found.sort(key=lambda r: (-float(r["score"]), r["key"]))
    dates = {s: p["dates"] for s, p in pins.items() if "dates" in p}
    if dates:
        for res in found[:limit]:
            known_listing(screener.index, res, dates, pins.get(res["source"], {}).get("date"))
    return found[:limit]
