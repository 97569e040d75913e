"""Legal status and effect of a listing on a date, from its history, its legal record and
the rule tables (``legal/rules``).

State: ``listed``, ``enjoined`` (a court suspended the listing), ``vacated``, ``removed``
(by the list, a removal notice or the end of its legal basis), ``not_listed``. The events
that move the state are those that rest on documents or lists (origin ``record`` or
``official``, or confirmed by a person); reports nobody confirmed are shown as
``unconfirmed`` and change nothing. An event known to the month only counts from the end
of its month, and not at all when a day-dated event of the other direction falls in that
month (Hesai: delisted "in October 2024", relisted 23 October).

Effects come from the rule tables of the entry's legal bases: each in force from its
start to its end, and only while the state is ``listed`` (``enjoined``: shown suspended).
A general licence (a ``license`` record event with ``exempts`` and ``until``) exempts the
effects it names until it expires. The listing date is the publisher's own where the list
states it (``listingDate``), else the first snapshot that shows the entry ("first seen in
our records").
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, text

from listwatch.errors import ConfigError, NotFound
from listwatch.history.events import check_event_date
from listwatch.history.known import check_known_at
from listwatch.history.lookup import find_entries
from listwatch.history.timeline import entry_history
from listwatch.legal.effects import deadlines, effects_on
from listwatch.legal.rules import tables_for
from listwatch.legal.transitions import listed_intervals, listing_date, state_at, transitions
from listwatch.store.db import Store


def _today() -> str:
    return dt.date.today().isoformat()


def _event_brief(ev: dict[str, Any]) -> dict[str, Any]:
    return {k: ev.get(k) for k in ("id", "date", "date_precision", "type", "origin", "status", "outcome",
                                   "authority", "document")} | {"url": (ev.get("evidence") or {}).get("url")}


def _attach_terms(store: Store, history: dict[str, Any]) -> None:
    from listwatch.store.schema import event_terms

    ids = [e["id"] for e in history["events"] if e.get("type") == "license" and e.get("id")]
    if not ids:
        return
    with store.connect() as conn:
        rows = {r.event_id: r for r in conn.execute(select(event_terms).where(event_terms.c.event_id.in_(ids)))}
    for e in history["events"]:
        r = rows.get(e.get("id"))
        if r is not None:
            e["terms"] = {"exempts": json.loads(r.exempts or "[]"), "until": r.until}


_VERSIONS_SQL = text(
    "SELECT source, name, data, valid_from, valid_to, first_seq, until_seq FROM versions "
    "WHERE key = :k ORDER BY first_seq")
_EVENTS_SQL = text(
    "SELECT e.id, e.date, e.date_precision, e.type, e.origin, e.status, e.effect, e.authority, "
    "e.evidence_url, e.list, r.outcome, r.document, t.exempts, t.until, "
    "(SELECT COUNT(*) FROM event_links l WHERE l.event_id = e.id AND l.relation = 'conflicts') AS conflicts, "
    "(SELECT COUNT(*) FROM event_links l WHERE l.event_id = e.id AND l.relation = 'confirms') AS confirms "
    "FROM events e LEFT JOIN record_events r ON r.event_id = e.id "
    "LEFT JOIN event_terms t ON t.event_id = e.id "
    "WHERE e.key = :k AND e.status <> 'rejected' ORDER BY e.date, e.id")
#: Record events of a party that was on no loaded list when they were imported.
_FIRST_SNAPSHOT_SQL = text("SELECT MIN(date) FROM snapshots WHERE source = :s")
_PARTY_SQL = text(
    "SELECT e.id, e.entity, e.list, e.date, e.date_precision, e.type, e.origin, e.status, e.effect, "
    "e.authority, e.evidence_url, r.outcome, r.document, t.exempts, t.until, 0 AS conflicts, 0 AS confirms "
    "FROM events e JOIN record_events r ON r.event_id = e.id "
    "LEFT JOIN event_terms t ON t.event_id = e.id "
    "WHERE e.key IS NULL AND e.origin = 'record' AND r.scope = 'party'")


def load_entry(store: Store, key: str) -> dict[str, Any]:
    """What ``entry_status`` needs of an entry, in two queries on one connection (the
    fast path; ``entry_history`` gives the full timeline): its listed intervals, latest
    record and the legal events attached to its key."""
    from listwatch.store.codec import decode

    with store.connect() as conn:
        rows = conn.execute(_VERSIONS_SQL, {"k": key}).all()
        if not rows:
            raise NotFound(f"no entry {key!r}", hint="search by name: listwatch status NAME")
        evs = list(conn.execute(_EVENTS_SQL, {"k": key}).all())
        party = conn.execute(_PARTY_SQL).all()
        first_snapshot = conn.execute(_FIRST_SNAPSHOT_SQL, {"s": rows[-1].source}).scalar()
    latest_record = json.loads(decode(rows[-1].data))
    if party:  # imported before the entry's list: linked by name, on its list or none named
        from listwatch.history.events import entity_ref

        props = latest_record.get("properties", {})
        names = {r.name for r in rows} | {n for p in ("alias", "previousName") for n in props.get(p, [])}
        refs = {entity_ref(n) for n in names}
        refs.discard("")
        source = rows[-1].source
        evs += [e for e in party if entity_ref(e.entity or "") in refs and e.list in (None, source)
                and (e.list is not None or len(entity_ref(e.entity or "")) >= 4)]
        evs.sort(key=lambda e: (e.date or "9999", e.id))
    intervals: list[dict[str, Any]] = []
    prev = None
    for row in rows:
        if prev is not None and prev.until_seq == row.first_seq:
            intervals[-1]["to"] = row.valid_to
        else:
            intervals.append({"from": row.valid_from, "to": row.valid_to})
        prev = row
    latest = rows[-1]
    events = []
    for e in evs:
        item: dict[str, Any] = {
            "id": e.id, "date": e.date, "date_precision": e.date_precision, "type": e.type,
            "origin": e.origin, "status": e.status, "effect": e.effect, "authority": e.authority,
            "list": e.list, "evidence": {"url": e.evidence_url}, "outcome": e.outcome,
            "document": e.document,
        }
        if e.exempts is not None:
            item["terms"] = {"exempts": json.loads(e.exempts or "[]"), "until": e.until}
        if e.origin != "record" and e.conflicts and not e.confirms:
            item["record_conflict"] = True
        events.append(item)
    return {"key": key, "source": latest.source, "caption": latest.name, "reported_only": False,
            "first_seen": rows[0].valid_from, "listed_intervals": intervals,
            "record": latest_record, "events": events, "terms_attached": True,
            "source_first_snapshot": first_snapshot}


def entry_status(store: Store, key: str, *, as_of: str | None = None,
                 history: dict[str, Any] | None = None,
                 known_at: str | None = None) -> dict[str, Any]:
    """The legal status of one entry on ``as_of`` (default today; with ``known_at``, that
    day) as the store knows it now, or knew it at ``known_at`` (``history.known``); see
    the module docstring."""
    limit = check_known_at(known_at) if known_at else None
    date = as_of or (limit[:10] if limit else _today())
    if as_of is not None:
        check_event_date(as_of)
        if len(as_of) != 10:
            raise ConfigError(f"--as-of {as_of}: give a day (YYYY-MM-DD)")
    if history is None:
        history = (entry_history(store, key, known_at=known_at)
                   if known_at or key.startswith("news:") else load_entry(store, key))
    if history.get("reported_only"):
        return _reported_status(history, date)
    if not history.get("terms_attached"):
        _attach_terms(store, history)
    record = history.get("record") or {}
    source = history["source"]
    rules = tables_for(source, record.get("properties", {}))
    listing, listing_from = listing_date(history, record)
    ivs = listed_intervals(history, listing if listing_from == "publisher" else None)
    moves = transitions(history)
    state, since, cause = state_at(history, ivs, moves, rules, date)
    effects = effects_on(history, record, rules, listing, ivs, moves, date, state, since)
    in_force = [e for e in effects if e["in_force"]]
    divest = [e["until"] for e in effects if e["kind"] == "divestment_window" and e["until"]
              and state in ("listed", "enjoined")]
    used = [m["event"] for m in moves if m["on"] <= date]
    record_events = [e for e in history["events"] if e.get("id") and e.get("date") and e["date"] <= date
                     and e.get("origin") in ("record", "official")]
    unconfirmed = [e for e in history["events"] if e.get("id") and e.get("status") == "reported"
                   and e.get("date") and e["date"] <= date]
    return {
        "key": key,
        "source": source,
        "name": history.get("caption"),
        "as_of": date,
        **({"known_at": known_at} if known_at else {}),
        "state": state,
        "state_since": since,
        # (the day the store first saw the listing, its source's first snapshot: listed
        # then or before, the store cannot tell)
        "state_since_on_or_before": bool(since) and listing_from != "publisher" and (
            since == history.get("source_first_snapshot") or any(
                e.get("observed_since_first_snapshot") and e.get("date") == since
                for e in history["events"])),
        "state_cause": _cause(cause),
        "listed_on": listing,
        "listing_date_from": listing_from,
        "first_seen": history.get("first_seen"),
        "effects": [e for e in effects if e["in_force"] or e["suspended"]],
        "all_effects": effects,
        "purchase_prohibited": any(e["kind"] in ("purchase_ban", "holding_ban") for e in in_force),
        "divest_by": min(divest) if divest else None,
        "deadlines": deadlines(effects, date, state),
        "events": [_event_brief(e) for e in record_events],
        "state_events": [_event_brief(e) for e in used],
        "unconfirmed_reports": [_event_brief(e) for e in unconfirmed],
        "rules": [t.describe() for t in rules],
    }


def _cause(cause: dict[str, Any] | None) -> dict[str, Any] | None:
    if cause is None:
        return None
    if cause.get("event"):
        return {"kind": "event", "event": _event_brief(cause["event"])}
    return cause


def _reported_status(history: dict[str, Any], date: str) -> dict[str, Any]:
    """A party on no loaded list: the record (or news) only; no rule applies."""
    moves = transitions(history)
    state = "not_listed"
    for m in moves:
        if m["on"] <= date:
            state = m["to"]
    return {"key": history.get("ref"), "source": None, "name": history.get("caption"), "as_of": date,
            "state": state, "state_since": None, "state_cause": None, "listed_on": None,
            "listing_date_from": None, "first_seen": None, "effects": [], "all_effects": [],
            "purchase_prohibited": False, "divest_by": None, "deadlines": [],
            "events": [_event_brief(e) for e in history["events"] if e.get("date") and e["date"] <= date],
            "state_events": [], "unconfirmed_reports": [], "rules": [], "reported_only": True}


SEVERITY = {"listed": 4, "enjoined": 3, "vacated": 2, "removed": 1, "not_listed": 0}


def status(store: Store, query: str | None = None, *, key: str | None = None, isin: str | None = None,
           as_of: str | None = None, limit: int = 10, known_at: str | None = None) -> dict[str, Any]:
    """``listwatch status``: every entry the query, key or ISIN finds, each with its status,
    and a summary (the most restrictive state; whether purchase is prohibited on any).
    With ``known_at``, as the store knew them then (an entry it did not hold yet is left
    out; asked by key, ``NotFound``)."""
    if known_at:
        check_known_at(known_at)
    partial: set[str] = set()
    if key:
        keys = [key]
    elif isin:
        keys = keys_by_isin(store, isin)
        if not keys:
            raise NotFound(f"no entry carries ISIN {isin}", hint="check the ISIN, or search by name")
    elif query:
        keys, partial = _find(store, query, limit)
        if not keys:
            return _nothing(store, query, as_of, known_at)
    else:
        raise ConfigError("give a name, --entry KEY or --isin ISIN")
    entries = []
    for k in keys:
        try:
            entries.append(entry_status(store, k, as_of=as_of, known_at=known_at))
        except NotFound:
            if not known_at or key:
                raise
    if not entries:
        if isin:
            raise NotFound(f"no entry carrying ISIN {isin} was in the store at {known_at}",
                           hint="try a later known_at")
        return _nothing(store, query or "", as_of, known_at)
    # a name holding the query only inside a word ("ZHANG, Xiaoming" for "Xiaomi") is
    # shown but sets the summary only when no name holds it as a word
    for e in entries:
        if e["key"] in partial:
            e["name_match"] = "partial"
    judged = [e for e in entries if e["key"] not in partial] or entries
    top = max(judged, key=lambda e: SEVERITY.get(e["state"], 0))
    divest = [e["divest_by"] for e in judged if e["divest_by"]]
    return {
        "query": query, "key": key, "isin": isin, "as_of": entries[0]["as_of"],
        **({"known_at": known_at} if known_at else {}),
        "state": top["state"],
        "purchase_prohibited": any(e["purchase_prohibited"] for e in judged),
        "divest_by": min(divest) if divest else None,
        "entries": entries,
    }


def _find(store: Store, query: str, limit: int) -> tuple[list[str], set[str]]:
    """Entries named like the query; then, if none, like its core (no legal forms, no
    punctuation: "Xiaomi Corporation Ltd" finds "Xiaomi Corporation"). Also the keys of
    those whose names hold the query only inside a word."""
    from listwatch.history.events import entity_ref

    found = find_entries(store, query, limit=limit, ranks=True)
    core = entity_ref(query)
    if not found and core and core != query.strip().lower():
        found = find_entries(store, core, limit=limit, ranks=True)
    return [e["key"] for e in found], {e["key"] for e in found if e.get("rank", 0) >= 2}


def _nothing(store: Store, query: str, as_of: str | None,
             known_at: str | None = None) -> dict[str, Any]:
    """No entry of that name: ``not_listed`` on the lists loaded (by ``known_at``), which
    are named; with no list loaded at all, an error (an empty database must not answer
    "not listed")."""
    from listwatch.history.known import known_dates
    from listwatch.store.schema import snapshots

    if as_of is not None:
        check_event_date(as_of)
    limit = check_known_at(known_at) if known_at else None
    with store.connect() as conn:
        if limit is not None:
            loaded = sorted(known_dates(conn, limit))
        else:
            loaded = sorted(set(conn.execute(select(snapshots.c.source).distinct()).scalars()))
    if not loaded:
        when = f"was loaded at {known_at}" if known_at else "is loaded"
        raise NotFound(f"nothing found for {query!r}: no list {when}",
                       hint="ingest lists first: listwatch update, or listwatch ingest FILE --source ID")
    return {"query": query, "key": None, "isin": None,
            "as_of": as_of or (limit[:10] if limit else _today()), "state": "not_listed",
            **({"known_at": known_at} if known_at else {}),
            "purchase_prohibited": False, "divest_by": None, "entries": [],
            "note": f"no entry named like {query!r} on the lists loaded: {', '.join(loaded)} "
                    "(names are looked up by their words; `listwatch screen` matches spelling variants)"}


def keys_by_isin(store: Store, isin: str) -> list[str]:
    """Entries whose record carries the ISIN (any version), current ones first."""
    from listwatch.store.codec import decode
    from listwatch.store.schema import versions

    wanted = isin.strip().upper()
    if len(wanted) != 12 or not wanted[:2].isalpha():
        raise ConfigError(f"{isin!r} is not an ISIN", hint="12 characters, e.g. US0378331005")
    found: dict[str, bool] = {}
    with store.connect() as conn:
        rows = conn.execute(select(versions.c.key, versions.c.data, versions.c.until_seq)
                            .where(versions.c.source.in_(("us_ofac_cons", "us_ofac_sdn", "us_trade_csl",
                                                          "ftm", "custom")))).all()
    marker = wanted.encode()
    for row in rows:
        raw = decode(row.data)
        if wanted not in raw and marker not in raw.encode():
            continue
        props = json.loads(raw).get("properties", {})
        if any(wanted in v.upper() for v in props.get("isin", [])):
            found[row.key] = found.get(row.key, False) or row.until_seq is None
    return sorted(found, key=lambda k: (not found[k], k))


def state_segments(store: Store, key: str, *, end: str | None = None,
                   history: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The entry's state and effects over time: segments from one change to the next
    (for the band on the entity page's timeline and for the calendar)."""
    history = history or entry_history(store, key)
    if history.get("reported_only"):
        return []
    _attach_terms(store, history)
    record = history.get("record") or {}
    rules = tables_for(history["source"], record.get("properties", {}))
    listing, listing_from = listing_date(history, record)
    ivs = listed_intervals(history, listing if listing_from == "publisher" else None)
    moves = transitions(history)
    probe = entry_status(store, key, as_of=end or _today(), history=history)
    dates = {a for a, _ in ivs} | {b for _, b in ivs if b} | {m["on"] for m in moves}
    for eff in probe["all_effects"]:
        dates.add(eff["from"])
        if eff["until"]:
            dates.add(eff["until"])
    for t in rules:
        if t.ends.get("date"):
            dates.add(t.ends["date"])
    stop = end or _today()
    points = sorted(d for d in dates if d <= stop)
    segments: list[dict[str, Any]] = []
    for d in points:
        state, _, _ = state_at(history, ivs, moves, rules, d)
        effects = effects_on(history, record, rules, listing, ivs, moves, d, state, None)
        kinds = sorted(e["kind"] for e in effects if e["in_force"])
        if segments and segments[-1]["state"] == state and segments[-1]["effects"] == kinds:
            continue
        if segments:
            segments[-1]["to"] = d
        segments.append({"from": d, "to": None, "state": state, "effects": kinds})
    return segments


def brief(store: Store, key: str, as_of: str | None = None,
          cache: dict[tuple[str, str], dict[str, Any]] | None = None) -> dict[str, Any]:
    """The part of an entry's status that screening results and API answers carry:
    state, effects in force, purchase_prohibited, divest_by, the listing date and where it
    comes from, ``as_of``. ``cache`` (per call site) saves recomputing a key."""
    date = as_of or _today()
    if cache is not None and (key, date) in cache:
        return cache[(key, date)]
    try:
        st = entry_status(store, key, as_of=date)
    except NotFound:
        return {"as_of": date, "state": None}
    out = {
        "as_of": st["as_of"], "state": st["state"], "state_since": st["state_since"],
        "effects": [{k: e[k] for k in ("kind", "basis", "prohibits", "for", "from", "until", "in_force",
                                       "suspended")} for e in st["effects"]],
        "purchase_prohibited": st["purchase_prohibited"], "divest_by": st["divest_by"],
        "listed_on": st["listed_on"], "listing_date_from": st["listing_date_from"],
        "first_seen": st["first_seen"],
    }
    if cache is not None:
        cache[(key, date)] = out
    return out


def party_brief(store: Store, key: str, referents: Iterable[str] | None, as_of: str | None = None,
                cache: dict[tuple[str, str], dict[str, Any]] | None = None) -> dict[str, Any]:
    """``brief`` of a party on several lists (``referents``: every listing's key): the
    most restrictive state among its listings (``SEVERITY``), the result's own ``key``
    first among equals, with ``listing`` naming the listing it is when another one (a
    listing since removed or on a list that ended says nothing of the others in force)."""
    keys = [key, *(k for k in referents or () if k != key)]
    best: dict[str, Any] | None = None
    best_key = key
    for k in keys:
        got = brief(store, k, as_of, cache)
        if best is None or SEVERITY.get(got.get("state") or "", -1) > SEVERITY.get(
                best.get("state") or "", -1):
            best, best_key = got, k
    assert best is not None
    return best if best_key == key else {**best, "listing": best_key}
