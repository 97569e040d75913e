"""``known_at=T``: answers with what the store held at time ``T``.

A screening uses, for each source, the latest snapshot ingested by ``T`` (in force on
``as_of`` when given; ``screening.pinned``), never one ingested later, even for an earlier
date. An entry's timeline keeps the official changes of the snapshots known then and the
legal events recorded by then (``events.created_at``), so a later correction never
rewrites what an earlier screening could see.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from listwatch.errors import NotFound
from listwatch.history.state import state_on, status_detail
from listwatch.screening.pinned import _utc, check_known_at, known_pins
from listwatch.store.schema import events


def entity_known_at(store: Any, history: dict[str, Any], known_at: str,
                    as_of: str | None = None) -> dict[str, Any]:
    """``history`` (``entry_history``) cut to what the store held at ``known_at``."""
    limit = check_known_at(known_at)
    source = history.get("source")
    pins = known_pins(store, known_at, None, [source]) if source else {}
    pin = (pins.get(source) or {}).get("date") if source else None
    ids = [e["id"] for e in history.get("events", []) if e.get("id") is not None]
    recorded: dict[int, str] = {}
    if ids:
        with store.connect() as conn:
            recorded = {r.id: r.created_at for r in conn.execute(
                select(events.c.id, events.c.created_at).where(events.c.id.in_(ids)))}
    kept = []
    for ev in history.get("events", []):
        if ev.get("id") is not None:
            if _utc(recorded.get(ev["id"], "9999")) <= limit:
                kept.append(ev)
        elif pin and ev.get("date") and ev["date"] <= pin:
            kept.append(ev)
    intervals = []
    for iv in history.get("listed_intervals") or []:
        if not pin or iv["from"] > pin:
            continue
        if iv.get("to") and iv["to"] > pin:
            iv = {**iv, "to": None, "last_seen": None}
        intervals.append(iv)
    if not intervals and not any(e.get("id") is not None for e in kept):
        raise NotFound(f"{history['key']} was not in the store at {known_at}",
                       hint="its first snapshot was ingested later; try a later known_at")
    listed = any(iv.get("to") is None for iv in intervals)
    out = {**history, "events": kept, "listed_intervals": intervals, "listed": listed,
           "known_at": known_at, "known_snapshot": pins.get(source) if source else None,
           "removed_on": None if listed or not intervals else intervals[-1]["to"]}
    out.update(status_detail(kept, listed))
    if as_of:
        out["state"] = state_on(out, as_of)
        out["events"] = [e for e in kept if e.get("date") and e["date"] <= as_of]
    return out
