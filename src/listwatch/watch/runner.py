"""Re-screening watchlists and turning what changed into alerts.

Each item keeps its last-seen matches in ``watch_items.matches``:
``{key: {"score", "hash", "state": "listed"|"delisted", "since", "until", "caption"}}``.
A run screens the item again and compares:

``new``      a listed entry matches that did not before
``changed``  a matched entry's record changed (``reason: record_changed``, with the fields)
             or a delisted entry was listed again (``reason: relisted``)
``removed``  a matched entry was delisted (``reason: delisted``) or no longer matches
             (``reason: no_longer_matching``)
``event``    a legal or news event names an entry the item matches (``on_events``)

Every alert has a fingerprint, ``sha256(item id|kind|key|identity of the change)``, unique
in the database: running twice, or two processes at once, stores each change once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from listwatch.history.timeline import field_changes
from listwatch.store.codec import decode
from listwatch.store.db import Store
from listwatch.store.decisions import DecisionBook
from listwatch.store.schema import events, versions, watch_items, watchlists
from listwatch.watch.alerts import insert_alert
from listwatch.watch.portfolio import get_watchlist

if TYPE_CHECKING:
    from listwatch.screening.screen import Screener

log = logging.getLogger("listwatch.watch")

#: Results kept per item and screening.
LIMIT = 10
#: Items screened and saved per transaction.
CHUNK = 200


def load_screener(store: Store) -> Screener:
    # (imported here: a process that never screens does not load the index code)
    from listwatch.screening.screen import Screener

    return Screener.load(store)


def entry_states(conn: Connection, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
    """For each key, its latest version: hash, listed or delisted, since and until."""
    out: dict[str, dict[str, Any]] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), 500):
        rows = conn.execute(
            select(
                versions.c.key,
                versions.c.hash,
                versions.c.name,
                versions.c.schema,
                versions.c.source,
                versions.c.valid_from,
                versions.c.valid_to,
                versions.c.first_seq,
                versions.c.until_seq,
            )
            .where(versions.c.key.in_(wanted[start : start + 500]))
            .order_by(versions.c.key, versions.c.first_seq)
        )
        last_until: dict[str, int | None] = {}
        for r in rows:
            contiguous = r.key in out and last_until.get(r.key) == r.first_seq
            out[r.key] = {
                "hash": r.hash,
                "caption": r.name,
                "schema": r.schema,
                "source": r.source,
                "state": "listed" if r.until_seq is None else "delisted",
                "since": out[r.key]["since"] if contiguous else r.valid_from,
                "until": r.valid_to,
            }
            last_until[r.key] = r.until_seq
    return out


def _record(conn: Connection, key: str, digest: str) -> dict[str, Any] | None:
    row = conn.execute(
        select(versions.c.data).where(versions.c.key == key, versions.c.hash == digest).limit(1)
    ).first()
    return json.loads(decode(row.data)) if row else None


def _entry(key: str, st: dict[str, Any] | None, result: dict[str, Any] | None) -> dict[str, Any]:
    st = st or {}
    res = result or {}
    return {
        "key": key,
        "caption": res.get("caption") or st.get("caption"),
        "schema": res.get("schema") or st.get("schema"),
        "source": res.get("source") or st.get("source") or key.split(":", 1)[0],
        "listed": st.get("state") == "listed",
        "listed_from": res.get("listed_from") or st.get("since"),
        "listed_to": None if st.get("state") == "listed" else st.get("until"),
    }


def compare_item(
    conn: Connection, item: Any, results: list[dict[str, Any]],
    decided: Iterable[str] = (),
) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str, str, dict[str, Any]]]]:
    """The item's new last-seen matches and its changes as (kind, key, identity, detail).
    Entries in ``decided`` (a reviewer decided on the hit for this item's query) are
    neither new nor removed: they are dropped from the last-seen matches silently."""
    last: dict[str, dict[str, Any]] = json.loads(item.matches or "{}")
    for key in decided:
        last.pop(key, None)
    current = {r["key"]: r for r in results}
    states = entry_states(conn, set(current) | set(last))
    seen: dict[str, dict[str, Any]] = {}
    changes: list[tuple[str, str, str, dict[str, Any]]] = []
    for key, res in current.items():
        st = states.get(key) or {
            "hash": "",
            "state": "listed" if not res.get("listed_to") else "delisted",
            "since": res.get("listed_from"),
            "until": res.get("listed_to"),
        }
        now = {
            "score": round(float(res.get("score") or 0.0), 4),
            "hash": st["hash"],
            "state": st["state"],
            "since": st.get("since"),
            "until": st.get("until"),
            "caption": res.get("caption") or st.get("caption"),
        }
        seen[key] = now
        prev = last.get(key)
        base = {
            "entry": _entry(key, st, res),
            "score": now["score"],
            "match": res.get("match"),
            "explanation": res.get("explanation"),
        }
        if prev is None:
            if now["state"] == "listed":
                changes.append(("new", key, now["hash"], {**base, "reason": "new_match"}))
        elif prev.get("state") == "delisted" and now["state"] == "listed":
            changes.append(
                ("changed", key, f"relisted:{now['since']}", {**base, "reason": "relisted"})
            )
        elif prev.get("state") == "listed" and now["state"] == "delisted":
            changes.append(
                ("removed", key, f"delisted:{now['until']}", {**base, "reason": "delisted"})
            )
        elif prev.get("hash") != now["hash"] and now["state"] == "listed":
            old, new = _record(conn, key, prev.get("hash", "")), _record(conn, key, now["hash"])
            fields = field_changes(old, new) if old and new else {}
            changes.append(
                (
                    "changed",
                    key,
                    now["hash"],
                    {**base, "reason": "record_changed", "fields": fields},
                )
            )
    for key, prev in last.items():
        if key in current:
            continue
        old_st = states.get(key)
        base = {"entry": _entry(key, old_st, None), "score": prev.get("score"), "match": False}
        if old_st is not None and old_st["state"] == "delisted":
            until = old_st["until"]
            if prev.get("state") == "listed":
                changes.append(
                    ("removed", key, f"delisted:{until}", {**base, "reason": "delisted"})
                )
            # keep it, so that a re-listing is seen as a change
            seen[key] = {**prev, "state": "delisted", "hash": old_st["hash"], "until": until}
        elif prev.get("state") == "listed":
            changes.append(
                (
                    "removed",
                    key,
                    f"unmatched:{prev.get('hash')}",
                    {**base, "reason": "no_longer_matching"},
                )
            )
    return seen, changes


def _item_brief(item: Any, list_name: str) -> dict[str, Any]:
    return {
        "watchlist": list_name,
        "item_id": item.id,
        "ref": item.ref,
        "query": json.loads(item.query),
    }


def _screen(screener: Screener, item: Any) -> list[dict[str, Any]]:
    query = json.loads(item.query)
    return list(screener.screen(query, limit=LIMIT))


def run_watchlist(
    store: Store,
    watchlist: str | dict[str, Any],
    screener: Screener | None = None,
    *,
    deliver: bool = True,
) -> dict[str, Any]:
    """Re-screen every item of a watchlist; store and return the new alerts. Undelivered
    alerts are then sent to the webhook, when one is configured."""
    wl = get_watchlist(store, watchlist) if isinstance(watchlist, str) else watchlist
    screener = screener or load_screener(store)
    with store.connect() as conn:
        items = conn.execute(
            select(watch_items)
            .where(watch_items.c.watchlist_id == wl["id"])
            .order_by(watch_items.c.id)
        ).all()
    new_ids: list[int] = []
    # a decision covers its party: the links say which listings it has now
    links = getattr(screener, "links", None)
    entity = links.referents if links is not None else None
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        screened = [(item, _screen(screener, item)) for item in chunk]
        book = DecisionBook.load(store, [json.loads(item.query) for item in chunk],
                                 entity=entity)
        with store.begin() as conn:
            for item, results in screened:
                query = json.loads(item.query)
                results, left = book.apply(query, results)
                decided = {k for r in left for k in (r["key"], *(r.get("referents") or ()))}
                seen, changes = compare_item(conn, item, results, decided)
                for kind, key, identity, detail in changes:
                    detail = {**_item_brief(item, wl["name"]), **detail}
                    alert_id = insert_alert(conn, store.dialect, item, kind, key, identity, detail)
                    if alert_id is not None:
                        new_ids.append(alert_id)
                conn.execute(
                    update(watch_items)
                    .where(watch_items.c.id == item.id)
                    .values(matches=json.dumps(seen, sort_keys=True, ensure_ascii=False))
                )
    report: dict[str, Any] = {
        "watchlist": wl["name"],
        "items": len(items),
        "alerts": _alerts_by_id(store, new_ids),
    }
    if deliver:
        report["delivery"] = _deliver(store)
    return report


def run_all(
    store: Store, screener: Screener | None = None, *, deliver: bool = True
) -> dict[str, Any]:
    """Re-screen every watchlist (called after each update); then deliver pending alerts."""
    with store.connect() as conn:
        lists = [
            {"id": r.id, "name": r.name}
            for r in conn.execute(select(watchlists).order_by(watchlists.c.name))
        ]
        has_items = conn.execute(select(watch_items.c.id).limit(1)).first() is not None
    reports: list[dict[str, Any]] = []
    if lists and has_items:
        screener = screener or load_screener(store)
        reports = [run_watchlist(store, wl, screener, deliver=False) for wl in lists]
    out: dict[str, Any] = {
        "watchlists": reports,
        "alerts": [a for r in reports for a in r["alerts"]],
    }
    if lists and has_items:  # deadlines 30 and 7 days ahead of the entries matched
        from listwatch.watch.deadlines import deadline_alerts

        out["alerts"] += _alerts_by_id(store, deadline_alerts(store))
    if deliver:
        out["delivery"] = _deliver(store)
    return out


def on_events(
    store: Store, event_ids: Iterable[int], *, deliver: bool = True
) -> list[dict[str, Any]]:
    """Alerts of kind ``event`` for each watch item that matches an entry these events name."""
    ids = list(event_ids)
    if not ids:
        return []
    new_ids: list[int] = []
    with store.begin() as conn:
        evs = conn.execute(
            select(events).where(events.c.id.in_(ids), events.c.key.is_not(None))
        ).all()
        for ev in evs:
            needle = json.dumps(ev.key)
            items = conn.execute(
                select(watch_items, watchlists.c.name.label("list_name"))
                .join(watchlists, watchlists.c.id == watch_items.c.watchlist_id)
                .where(watch_items.c.matches.contains(needle, autoescape=True))
            ).all()
            for item in items:
                matched = json.loads(item.matches or "{}").get(ev.key)
                if matched is None:
                    continue
                detail = {
                    **_item_brief(item, item.list_name),
                    "reason": f"event_{ev.type}",
                    "entry": {
                        "key": ev.key,
                        "caption": matched.get("caption"),
                        "listed": matched.get("state") == "listed",
                    },
                    "score": matched.get("score"),
                    "event": {
                        "id": ev.id,
                        "type": ev.type,
                        "entity": ev.entity,
                        "date": ev.date,
                        "date_precision": ev.date_precision,
                        "authority": ev.authority,
                        "list": ev.list,
                        "origin": ev.origin,
                        "status": ev.status,
                        "evidence": {"url": ev.evidence_url, "quote": ev.evidence_quote},
                        "confidence": ev.confidence,
                    },
                }
                alert_id = insert_alert(
                    conn, store.dialect, item, "event", ev.key, f"event:{ev.fingerprint}", detail
                )
                if alert_id is not None:
                    new_ids.append(alert_id)
    if deliver and new_ids:
        _deliver(store)
    return _alerts_by_id(store, new_ids)


def on_event(store: Store, event: int | dict[str, Any] | Any) -> list[dict[str, Any]]:
    """One event (its id, a row or a dict with ``id``): see ``on_events``."""
    if isinstance(event, int):
        return on_events(store, [event])
    event_id = event["id"] if isinstance(event, dict) else event.id
    return on_events(store, [int(event_id)])


def _alerts_by_id(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    from listwatch.watch.alerts import alerts_by_id

    return alerts_by_id(store, ids)


def _deliver(store: Store) -> dict[str, Any]:
    from listwatch.watch.webhook import deliver_pending

    return deliver_pending(store)


def after_new_data(
    store: Store,
    *,
    snapshots: bool = False,
    event_ids: Iterable[int] = (),
    screener: Screener | None = None,
) -> dict[str, Any]:
    """What follows new data in the store, wherever it came from (``listwatch ingest``,
    ``listwatch update``, ``POST /ingest``, news articles): with new ``snapshots`` every
    watchlist is re-screened (with ``screener``, else one loaded from the store); new
    legal events (``event_ids``) become alerts for the items naming their entries; pending
    alerts are delivered. Returns ``{"alerts": [...]}`` (the new ones). A problem with the
    event alerts is logged, not raised: the events are stored already."""
    from listwatch.errors import ListwatchError

    alerts: list[dict[str, Any]] = []
    if snapshots:
        alerts += run_all(store, screener)["alerts"]
    ids = list(event_ids)
    if ids:
        try:
            alerts += on_events(store, ids)
        except ListwatchError as exc:
            log.warning("watch alerts for news events failed: %s", exc)
    return {"alerts": alerts}

