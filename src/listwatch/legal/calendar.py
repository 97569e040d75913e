"""A restriction calendar: every dated effect ahead for some entries, a watchlist (the
entries its items match) or all watchlists; as JSON items, CSV and iCalendar (RFC 5545)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from typing import Any

from sqlalchemy import select

from listwatch.errors import NotFound
from listwatch.legal.status import entry_status
from listwatch.store.db import Store
from listwatch.store.schema import watch_items, watchlists

CSV_COLUMNS = ("date", "what", "kind", "basis", "for", "key", "name", "watchlist", "ref")


def watched_keys(store: Store, watchlist: str | None = None) -> list[tuple[str, str, str | None]]:
    """(key, watchlist name, item ref) of every entry the items of a watchlist (or of all)
    matched at their last screening."""
    with store.connect() as conn:
        q = select(watchlists.c.name, watch_items.c.ref, watch_items.c.matches).select_from(
            watch_items.join(watchlists, watchlists.c.id == watch_items.c.watchlist_id))
        if watchlist is not None:
            if conn.execute(select(watchlists.c.id).where(watchlists.c.name == watchlist)).first() is None:
                raise NotFound(f"no watchlist {watchlist!r}", hint="see `listwatch watch list`")
            q = q.where(watchlists.c.name == watchlist)
        rows = conn.execute(q).all()
    out = []
    for row in rows:
        for key in json.loads(row.matches or "{}"):
            out.append((key, row.name, row.ref))
    return out


def calendar_for(store: Store, *, keys: list[str] | None = None, watchlist: str | None = None,
                 start: str | None = None, horizon_days: int | None = None) -> list[dict[str, Any]]:
    """Dated effects after ``start`` (default today), oldest first: purchase bans starting,
    divestment deadlines, licences expiring, contracting bans."""
    day = start or dt.date.today().isoformat()
    targets: list[tuple[str, str | None, str | None]] = [(k, None, None) for k in keys or []]
    if watchlist is not None or not keys:
        targets += watched_keys(store, watchlist)
    last = (dt.date.fromisoformat(day) + dt.timedelta(days=horizon_days)).isoformat() if horizon_days else None
    cache: dict[str, dict[str, Any]] = {}
    items = []
    for key, wl, ref in targets:
        if key not in cache:
            try:
                cache[key] = entry_status(store, key, as_of=day)
            except NotFound:
                continue
        st = cache[key]
        for d in st["deadlines"]:
            if last and d["date"] > last:
                continue
            items.append({"date": d["date"], "what": d["what"], "kind": d["kind"], "basis": d["basis"],
                          "for": d["for"], "key": key, "name": st["name"], "watchlist": wl, "ref": ref})
    items.sort(key=lambda i: (i["date"], i["key"], i["what"]))
    return items


def to_csv(items: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(items)
    return buf.getvalue()


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets are folded."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    cur = b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not parts else 74):
            parts.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


def _describe(it: dict[str, Any]) -> str:
    return f"{it['basis']} ({it['kind']}), for {it['for']}; entry {it['key']}"


def to_ics(items: list[dict[str, Any]], *, stamp: str | None = None) -> str:
    """An iCalendar file: one all-day VEVENT per dated effect."""
    now = stamp or dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//listwatch//restriction calendar//EN",
             "CALSCALE:GREGORIAN"]
    for it in items:
        uid = hashlib.sha1(f"{it['key']}|{it['date']}|{it['what']}".encode()).hexdigest()
        start = it["date"].replace("-", "")
        end = (dt.date.fromisoformat(it["date"]) + dt.timedelta(days=1)).strftime("%Y%m%d")
        lines += ["BEGIN:VEVENT", f"UID:{uid}@listwatch", f"DTSTAMP:{now}",
                  f"DTSTART;VALUE=DATE:{start}", f"DTEND;VALUE=DATE:{end}",
                  _fold(f"SUMMARY:{_ics_text(str(it['name']) + ': ' + it['what'])}"),
                  _fold("DESCRIPTION:" + _ics_text(_describe(it))),
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"
