"""Deadline alerts: 30 and 7 days before a dated effect (a purchase ban starting, a
divestment deadline, a licence expiring, a contracting ban) of an entry a watchlist item
matches, through the usual alert table and webhook. Each (item, entry, deadline, window)
alerts once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from listwatch.legal.calendar import calendar_for
from listwatch.store.db import Store
from listwatch.store.schema import watch_items, watchlists

#: Days ahead at which a deadline alerts.
WINDOWS = (30, 7)


def deadline_alerts(store: Store, *, today: str | None = None) -> list[int]:
    """Store the deadline alerts due on ``today``; returns the new alerts' ids."""
    from listwatch.watch.alerts import insert_alert

    day = today or dt.date.today().isoformat()
    items = calendar_for(store, start=day, horizon_days=max(WINDOWS))
    if not items:
        return []
    new: list[int] = []
    with store.begin() as conn:
        refs = {(r.name, r.ref): r for r in conn.execute(
            select(watch_items.c.id, watch_items.c.ref, watchlists.c.name).select_from(
                watch_items.join(watchlists, watchlists.c.id == watch_items.c.watchlist_id)))}
        for it in items:
            days = (dt.date.fromisoformat(it["date"]) - dt.date.fromisoformat(day)).days
            window = next((w for w in sorted(WINDOWS) if days <= w), None)
            item = refs.get((it["watchlist"], it["ref"]))
            if window is None or item is None:
                continue
            detail: dict[str, Any] = {k: v for k, v in it.items() if k != "kind"}
            detail |= {"effect": it["kind"], "days_ahead": days, "window": window,
                       "reason": f"{it['what']} on {it['date']}, in {days} days"}
            alert = insert_alert(conn, store.dialect, item, "deadline", it["key"],
                                  f"{it['date']}|{it['what']}|{window}", detail)
            if alert is not None:
                new.append(alert)
    return new
