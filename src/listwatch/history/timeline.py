"""An entry's timeline: official events derived from its versions, plus legal events.

Official events:
- ``designation``: the entry appears (dated with the first snapshot that shows it; when
  that is the source's first snapshot, ``observed_since_first_snapshot`` is true: it was
  listed on or before that date),
- ``amendment``: a field changed between two consecutive snapshots (``fields`` names them,
  ``changes`` gives before/after),
- ``removal``: the entry is gone (dated with the first snapshot without it).
A re-listing is a removal followed by a new designation.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from listwatch.errors import NotFound
from listwatch.store.codec import decode
from listwatch.store.db import Store
from listwatch.store.schema import events as events_table
from listwatch.store.schema import snapshots, versions


def _flatten(data: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"name": [data.get("name", "")], "schema": [data.get("schema", "")]}
    out.update(data.get("properties", {}))
    return out


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[str, list[str]]]:
    a, b = _flatten(old), _flatten(new)
    changes = {}
    for name in sorted(set(a) | set(b)):
        if a.get(name, []) != b.get(name, []):
            before, after = set(a.get(name, [])), set(b.get(name, []))
            changes[name] = {
                "from": a.get(name, []),
                "to": b.get(name, []),
                "added": sorted(after - before),
                "removed": sorted(before - after),
            }
    return changes


def entry_history(store: Store, key: str, *, as_of: str | None = None) -> dict[str, Any]:
    """The timeline of one entry (DESIGN.md ``history`` shape, more keys added)."""
    with store.connect() as conn:
        rows = conn.execute(
            select(versions).where(versions.c.key == key).order_by(versions.c.first_seq)
        ).all()
        if not rows:
            raise NotFound(f"no entry {key!r}", hint="search by name: listwatch history NAME")
        source = rows[0].source
        first_date = conn.execute(
            select(func.min(snapshots.c.date)).where(snapshots.c.source == source)
        ).scalar()
        current = conn.execute(
            select(snapshots.c.date, snapshots.c.seq)
            .where(snapshots.c.source == source)
            .order_by(snapshots.c.seq.desc())
            .limit(1)
        ).first()
        last_seen = {}
        for row in rows:
            if row.until_seq is not None:
                last_seen[row.id] = conn.execute(
                    select(snapshots.c.date).where(
                        snapshots.c.source == source, snapshots.c.seq == row.until_seq - 1
                    )
                ).scalar()
        legal = conn.execute(
            select(events_table)
            .where(events_table.c.key == key, events_table.c.status != "rejected")
            .order_by(events_table.c.date)
        ).all()
    evs: list[dict[str, Any]] = []
    prev = None
    for row in rows:
        data = json.loads(decode(row.data))
        if prev is None or prev.until_seq != row.first_seq:
            if prev is not None:
                evs.append(_removal(prev, source))
            ev = {"date": row.valid_from, "type": "designation", "source": source, "origin": "official",
                  "status": "official", "name": row.name}
            if row.valid_from == first_date:
                ev["observed_since_first_snapshot"] = True
            evs.append(ev)
        else:
            changes = field_changes(json.loads(decode(prev.data)), data)
            evs.append({"date": row.valid_from, "type": "amendment", "source": source,
                        "origin": "official", "status": "official",
                        "fields": sorted(changes), "changes": changes})
        prev = row
    if prev is not None and prev.until_seq is not None:
        evs.append(_removal(prev, source))
    for ev in legal:
        evs.append(_legal(ev))
    evs.sort(key=lambda e: (e.get("date") or "9999", _ORDER.get(e["type"], 5)))
    if as_of:
        evs = [e for e in evs if e.get("date") and e["date"] <= as_of]
    intervals = [
        {"from": r.valid_from, "to": r.valid_to, "last_seen": last_seen.get(r.id)} for r in rows
    ]
    merged: list[dict[str, Any]] = []
    for iv in intervals:
        if merged and merged[-1]["to"] == iv["from"]:
            merged[-1]["to"], merged[-1]["last_seen"] = iv["to"], iv["last_seen"]
        else:
            merged.append(dict(iv))
    latest = rows[-1]
    listed_now = latest.until_seq is None
    record = json.loads(decode(latest.data))
    try:
        from listwatch.sources import get_source

        legal_effect = get_source(source).effect_of(record.get("properties", {}).get("program", []))
    except Exception:  # an unknown source id stored by an older version: no effect text
        legal_effect = None
    return {
        "key": key,
        "caption": latest.name,
        "source": source,
        "schema": latest.schema,
        "listed": listed_now,
        "first_seen": rows[0].valid_from,
        "last_seen": current.date if listed_now else last_seen.get(latest.id),
        "removed_on": None if listed_now else latest.valid_to,
        "listed_intervals": merged,
        "status": effective_status(evs, listed_now),
        "legal_effect": legal_effect,
        "record": record,
        "events": evs,
    }


_ORDER = {"removal": 0, "designation": 1, "amendment": 2}


def _removal(row: Any, source: str) -> dict[str, Any]:
    return {"date": row.valid_to, "type": "removal", "source": source, "origin": "official",
            "status": "official", "name": row.name}


def _legal(ev: Any) -> dict[str, Any]:
    return {
        "id": ev.id, "date": ev.date, "date_precision": ev.date_precision, "type": ev.type,
        "source": ev.list, "origin": ev.origin, "status": ev.status, "effect": ev.effect,
        "authority": ev.authority, "entity": ev.entity,
        "evidence": {"url": ev.evidence_url, "quote": ev.evidence_quote},
        "confidence": ev.confidence,
    }


def effective_status(evs: list[dict[str, Any]], listed: bool) -> str:
    """The listing's status following its events: listed, enjoined, vacated, removed."""
    status = "listed" if listed else "removed"
    for ev in evs:
        if ev.get("effect") == "announced":
            continue
        t = ev["type"]
        if t == "designation":
            status = "listed"
        elif t == "injunction":
            status = "enjoined"
        elif t == "vacatur":
            status = "vacated"
        elif t == "removal":
            status = "removed"
    if listed and status in ("removed", "vacated") and evs and evs[-1]["origin"] == "official":
        status = "listed"
    return status


def find_entries(store: Store, query: str, *, limit: int = 10) -> list[dict[str, str]]:
    """Entries whose name contains ``query`` (case-insensitive), current ones first."""
    q = query.strip()
    if not q:
        raise NotFound("empty query", hint="give a name or --entry KEY")
    with store.connect() as conn:
        if ":" in q:
            hit = conn.execute(select(versions.c.key).where(versions.c.key == q).limit(1)).first()
            if hit:
                return [{"key": q}]
        pattern = f"%{q.lower()}%"
        rows = conn.execute(
            select(versions.c.key, versions.c.name, versions.c.until_seq)
            .where(func.lower(versions.c.name).like(pattern))
            .order_by(versions.c.until_seq.is_not(None), func.length(versions.c.name))
            .limit(limit * 5)
        ).all()
    seen: dict[str, dict[str, str]] = {}
    for row in rows:
        if row.key not in seen:
            seen[row.key] = {"key": row.key, "name": row.name}
    return list(seen.values())[:limit]
