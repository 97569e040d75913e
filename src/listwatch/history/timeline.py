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
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from listwatch.errors import NotFound
from listwatch.history.events import entity_ref
from listwatch.history.known import check_known_at, known_by, known_snapshots, runs, status_at
from listwatch.history.lookup import REPORTED_PREFIX, reported_names
from listwatch.history.record import LIST_KEYS, fits_list
from listwatch.history.state import known_on, status_detail
from listwatch.store.codec import decode
from listwatch.store.db import Store
from listwatch.store.schema import articles, snapshots, versions
from listwatch.store.schema import events as events_table


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


def entry_history(store: Store, key: str, *, as_of: str | None = None,
                  known_at: str | None = None) -> dict[str, Any]:
    """The timeline of one entry (docs/contract.md ``history`` shape, more keys added).

    ``news:<name>`` (as ``find_entries`` gives it) is a reported-only entity. With
    ``known_at``, the timeline the store held then (``history.known``): the entry's
    versions over the snapshots ingested by then, the legal events recorded by then
    (``NotFound`` when it held nothing of the entry yet).
    """
    limit = check_known_at(known_at) if known_at else None
    if key.startswith(REPORTED_PREFIX):
        return reported_history(store, key[len(REPORTED_PREFIX):], as_of=as_of, known_at=known_at)
    with store.connect() as conn:
        rows = conn.execute(
            select(versions).where(versions.c.key == key).order_by(versions.c.first_seq)
        ).all()
        if not rows:
            raise NotFound(f"no entry {key!r}", hint="search by name: listwatch history NAME")
        source = rows[0].source
        known_snap = None
        last_seen: dict[int, Any] = {}
        if limit is not None:
            rows, last_seen, first_date, current = _known_rows(conn, source, rows, limit)
            known_snap = ({"date": current.date, "ingested_at": current.ingested_at}
                          if current is not None else None)
        else:
            first_date = conn.execute(
                select(func.min(snapshots.c.date)).where(snapshots.c.source == source)
            ).scalar()
            current = conn.execute(
                select(snapshots.c.date, snapshots.c.seq)
                .where(snapshots.c.source == source)
                .order_by(snapshots.c.seq.desc())
                .limit(1)
            ).first()
            for row in rows:
                if row.until_seq is not None:
                    last_seen[row.id] = conn.execute(
                        select(snapshots.c.date).where(
                            snapshots.c.source == source, snapshots.c.seq == row.until_seq - 1
                        )
                    ).scalar()
        legal = _legal_rows(conn, events_table.c.key == key, limit)
        by_name = _name_linked_rows(conn, key, rows, limit) if rows else []
    if not rows:
        raise NotFound(f"{key} was not in the store at {known_at}",
                       hint="its first snapshot was ingested later; try a later known_at")
    evs: list[dict[str, Any]] = []
    prev = None
    for row in rows:
        data = json.loads(decode(row.data))
        if prev is None or prev.until_seq != row.first_seq:
            if prev is not None:
                evs.append(_removal(prev, source))
            ev = {"date": row.valid_from, "type": "designation", "source": source, "origin": "official",
                  "status": "official", **_OFFICIAL, "name": row.name}
            if row.valid_from == first_date:
                ev["observed_since_first_snapshot"] = True
            evs.append(ev)
        else:
            changes = field_changes(json.loads(decode(prev.data)), data)
            evs.append({"date": row.valid_from, "type": "amendment", "source": source,
                        "origin": "official", "status": "official", **_OFFICIAL,
                        "fields": sorted(changes), "changes": changes})
        prev = row
    if prev is not None and prev.until_seq is not None:
        evs.append(_removal(prev, source))
    for ev in legal:
        evs.append(_legal(ev))
    for ev in by_name:
        evs.append({**_legal(ev), "linked_by": "name"})
    _annotate_record(store, evs, limit)
    evs.sort(key=_event_order)
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
    ended = None
    try:
        from listwatch.sources import get_source

        src = get_source(source)
        legal_effect = src.effect_of(record.get("properties", {}).get("program", []))
        ended = _list_end(src, limit[:10] if limit else None) if listed_now else None
    except Exception:
        legal_effect = None
    if ended is not None:
        # The publisher retired the whole list: the entry was in its last edition. It is
        # not removed; the list it is on stopped (status "list ended").
        evs.append({"date": ended["date"], "type": "list_ended", "source": source,
                    "origin": "official", "status": "official", **_OFFICIAL,
                    "successor": ended["successor"], "note": ended["note"]})
        evs.sort(key=_event_order)
    status = status_detail(evs, listed_now)
    if ended is not None and status["status"] == "listed":
        status = {**status, "status": "list ended", "status_since": ended["date"]}
    full = {
        "key": key,
        "reported_only": False,
        "caption": latest.name,
        "source": source,
        "schema": latest.schema,
        "listed": listed_now and ended is None,
        "first_seen": rows[0].valid_from,
        "last_seen": current.date if listed_now and current else last_seen.get(latest.id),
        "removed_on": None if listed_now else latest.valid_to,
        "list_ended": ended,
        "listed_intervals": merged,
        **status,
        "legal_effect": legal_effect,
        "record": record,
        "events": evs,
    }
    if limit is not None:
        full["known_at"] = known_at
        full["known_snapshot"] = known_snap
    if not as_of:
        return full
    in_force = [r for r in rows if r.valid_from <= as_of]
    if in_force:  # the record as it was then
        full["record"] = json.loads(decode(in_force[-1].data))
        full["caption"] = in_force[-1].name
    return known_on(full, as_of)


_OFFICIAL = {"official": True, "reported": False}


def _list_end(src: Any, as_of: str | None) -> dict[str, Any] | None:
    """The source's retirement (date, successor, note) if it happened by ``as_of`` (today)."""
    import datetime as dt

    day = as_of or dt.date.today().isoformat()
    if not src.ended or src.ended > day:
        return None
    return {"date": src.ended, "successor": src.successor, "note": src.end_note or None}
_ORDER = {"removal": 0, "designation": 1, "amendment": 2}


def _removal(row: Any, source: str) -> dict[str, Any]:
    return {"date": row.valid_to, "type": "removal", "source": source, "origin": "official",
            "status": "official", **_OFFICIAL, "name": row.name}


def _legal_rows(conn: Any, where: Any, limit: str | None = None) -> list[Any]:
    """Legal events (not rejected) with the date and URL of the article that reported them;
    with ``limit`` (``known_at``), those recorded by then, with the status they had then."""
    rows = list(conn.execute(
        select(events_table, articles.c.published.label("article_published"),
               articles.c.title.label("article_title"))
        .select_from(events_table.outerjoin(articles, articles.c.id == events_table.c.article_id))
        .where(where)
        .order_by(events_table.c.date, events_table.c.id)
    ).all())
    if limit is None:
        return [r for r in rows if r.status != "rejected"]
    rows = [r for r in rows if known_by(r.created_at, limit)]
    then = status_at(conn, [r.id for r in rows], limit)
    out = []
    for r in rows:
        status = then.get(r.id, r.status)
        if status != "rejected":
            out.append(_with_status(r, status) if status != r.status else r)
    return out


def _with_status(row: Any, status: str) -> Any:
    """A copy of an event row with another status (the one it had at ``known_at``)."""
    from types import SimpleNamespace

    return SimpleNamespace(**{**row._asdict(), "status": status})


def _known_rows(conn: Any, source: str, rows: Sequence[Any], limit: str
                ) -> tuple[list[Any], dict[int, str], str | None, Any]:
    """The entry's versions as the snapshots ingested by ``limit`` show them: one row per
    run (``history.known.runs``), its ``first_seq``/``until_seq`` positions among the
    known snapshots and its ``valid_from``/``valid_to`` their dates; ``(rows, last_seen,
    first known date, last known snapshot)``."""
    from types import SimpleNamespace

    known = known_snapshots(conn, source, limit)
    position = {s.seq: i for i, s in enumerate(known)}

    def holds(row: Any, snap: Any) -> bool:
        return bool(row.first_seq <= snap.seq and (row.until_seq is None or snap.seq < row.until_seq))

    out: list[Any] = []
    last_seen: dict[int, str] = {}
    for run in runs(list(rows), known, holds, same=lambda a, b: a.hash == b.hash):
        row = SimpleNamespace(**{
            **run.item._asdict(), "first_seq": position[run.first.seq] + 1,
            "until_seq": position[run.end.seq] + 1 if run.end is not None else None,
            "valid_from": run.first.date, "valid_to": run.end.date if run.end is not None else None})
        if run.end is not None:
            last_seen[row.id] = run.last.date
        out.append(row)
    return out, last_seen, known[0].date if known else None, known[-1] if known else None


#: record properties holding other names of an entry (as the news gazetteer reads them)
_NAME_PROPERTIES = ("alias", "previousName", "nameOriginal")


def _entry_refs(rows: Sequence[Any]) -> set[str]:
    """``entity_ref`` of every name and alias an entry has had."""
    names: set[str] = set()
    for row in rows:
        names.add(row.name)
        try:
            props = json.loads(decode(row.data)).get("properties", {})
        except (ValueError, UnicodeDecodeError):  # pragma: no cover - a damaged version
            continue
        for prop in _NAME_PROPERTIES:
            names.update(a for a in props.get(prop, []) if isinstance(a, str))
    return {r for r in (entity_ref(n) for n in names) if len(r) >= 3}


def _name_linked_rows(conn: Any, key: str, rows: Sequence[Any],
                     limit: str | None = None) -> list[Any]:
    """Reported-only events (key NULL) whose entity name, normalised as the news
    gazetteer does (``entity_ref``: ASCII, lower case, no legal forms), is one of this
    entry's names: a party the news reported before a loaded list included it. A name
    that is also another entry's name is ambiguous and not linked."""
    refs = _entry_refs(rows)
    candidates = conn.execute(
        select(events_table.c.entity).distinct()
        .where(events_table.c.key.is_(None), events_table.c.status != "rejected")
    ).scalars()
    matched = [n for n in candidates if n and entity_ref(n) in refs]
    if not matched:
        return []
    keep = []
    for name in matched:
        ref = entity_ref(name)
        first = ref.split()[0]
        others = conn.execute(
            select(versions.c.name).distinct()
            .where(versions.c.key != key, func.lower(versions.c.name).like(f"%{first}%"))
        ).scalars()
        if not any(entity_ref(o) == ref for o in others):
            keep.append(name)
    if not keep:
        return []
    rows_found = _legal_rows(conn, events_table.c.key.is_(None) & events_table.c.entity.in_(keep), limit)
    # the rule the news store links by: an event naming a list belongs with that list's
    # entry or with the party by name, never beside another list's entry (a custom
    # list's entries are never judged: its lists are the user's)
    if not _judged_source(key):
        return rows_found
    return [r for r in rows_found
            if fits_list(r.list, key) is not False or not _quote_names(r.evidence_quote, r.list)]


# how a sentence names each judged list (the news reader's wording, EN and FR): an event
# whose list is only the article's is a weaker word about it and stays beside the entry
_LIST_WORDING = {
    "ccmc": r"\bCCMC\b|\b1260H\b|\bChinese\s+military\s+compan|\bmilitary\s+blacklist\b|"
            r"\bPentagon(?:['’]s)?\s+(?:black)?list\b|\bliste\s+noire\s+du\s+Pentagone\b|"
            r"\b(?:entreprises|sociétés)\s+militaires\s+chinoises\b",
    "entity list": r"(?<!Unreliable\s)\bEntity\s+List\b|\bliste\s+des\s+entités\b|\b(?:trade|export)\s+blacklist\b",
    "unverified list": r"\bUnverified\s+List\b|\bliste\s+non\s+vérifiée\b",
    "military end-user list": r"\bMilitary\s+End[- ]User\b",
    "sdn": r"\bSDN\b|\bSpecially\s+Designated\s+Nationals\b|\bsanctions\s+list\b",
    "ns-cmic": r"\bNS-CMIC\b|\bMilitary-Industrial\s+Complex\b|\binvestment\s+(?:ban\s+)?(?:black)?list\b",
}


def _quote_names(quote: str | None, list_name: str | None) -> bool:
    """Whether the event's own sentence names its list (unknown wording counts as named)."""
    if not quote or not list_name:
        return False
    rx = _LIST_WORDING.get(list_name.strip().lower())
    return rx is None or re.search(rx, quote, re.IGNORECASE) is not None


def _judged_source(key: str) -> bool:
    source = key.split(":")[0]
    return any(p.split(":")[0] == source or (p.endswith("_") and source.startswith(p))
               for prefixes in LIST_KEYS.values() for p in prefixes)


def _legal(ev: Any) -> dict[str, Any]:
    """A legal event in the timeline; ``reported`` marks what no official list or person
    has confirmed (news and annotations until confirmed)."""
    out = {
        "id": ev.id, "date": ev.date, "date_precision": ev.date_precision, "type": ev.type,
        "source": ev.list, "origin": ev.origin, "status": ev.status, "effect": ev.effect,
        "official": ev.origin == "official" or ev.status == "official",
        "reported": ev.status == "reported",
        "authority": ev.authority, "entity": ev.entity, "list": ev.list,
        "evidence": {"url": ev.evidence_url, "quote": ev.evidence_quote},
        "confidence": ev.confidence,
    }
    if ev.article_id is not None:
        out["article"] = {"id": ev.article_id, "title": ev.article_title,
                          "published": ev.article_published}
        # an undated event happened on or before the day it was reported
        out["reported_on"] = (ev.article_published or "")[:10] or None
    return out


def _annotate_record(store: Store, evs: list[dict[str, Any]], limit: str | None = None) -> None:
    """Record events get their outcome and document; news events their links to the record
    (``record_links``; with ``limit``, the links made by then), and ``record_conflict``
    when the record contradicts them."""
    ids = [e["id"] for e in evs if e.get("id") is not None]
    if not ids:
        return
    from listwatch.history.record import links_of, record_details

    with store.connect() as conn:
        details = record_details(conn, ids)
        links = links_of(conn, ids, limit)
    for ev in evs:
        eid = ev.get("id")
        if eid in details:
            ev.update(details[eid])
        if eid in links:
            ev["record_links"] = links[eid]
            if ev.get("origin") != "record" and any(
                    lk["relation"] == "conflicts" and lk["event"] == eid for lk in links[eid]) and not any(
                    lk["relation"] == "confirms" and lk["event"] == eid for lk in links[eid]):
                ev["record_conflict"] = True


def _event_order(ev: dict[str, Any]) -> tuple[str, int]:
    return (ev.get("date") or ev.get("reported_on") or "9999", _ORDER.get(ev["type"], 5))


def reported_history(store: Store, ref: str, *, as_of: str | None = None,
                     known_at: str | None = None) -> dict[str, Any]:
    """The timeline of a reported-only entity: a party the news names in legal events but
    that is on no loaded list (``key`` null, ``reported_only`` true). Its status follows
    the events: designated, enjoined, vacated or removed."""
    limit = check_known_at(known_at) if known_at else None
    ref = entity_ref(ref)
    with store.connect() as conn:
        names = reported_names(conn, ref)
        if not names:
            raise NotFound(f"no entry or reported entity {ref!r}",
                           hint="search by name: listwatch history NAME")
        rows = _legal_rows(conn, events_table.c.key.is_(None) & events_table.c.entity.in_(names),
                           limit)
    if not rows:
        raise NotFound(f"no event of {ref!r} was in the store at {known_at}",
                       hint="its events were recorded later; try a later known_at")
    evs = sorted((_legal(r) for r in rows), key=_event_order)
    _annotate_record(store, evs, limit)
    counts = Counter(r.entity for r in rows)
    caption = max(counts, key=lambda n: (counts[n], len(n)))
    full = {
        "key": None,
        "reported_only": True,
        "ref": REPORTED_PREFIX + ref,
        "caption": caption,
        "aliases": sorted(set(names) - {caption}),
        "source": None,
        "schema": None,
        "listed": False,
        "first_seen": None,
        "last_seen": None,
        "removed_on": None,
        "listed_intervals": [],
        **status_detail(evs, False, reported_only=True),
        "legal_effect": None,
        "record": None,
        "events": evs,
    }
    if limit is not None:
        full["known_at"] = known_at
        full["known_snapshot"] = None
    return known_on(full, as_of) if as_of else full
