"""Finding entries: by key, by a part of their name, and the reported-only entities (a
party the news names in legal events that no loaded list holds, ``news:<name>``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from listwatch.errors import NotFound
from listwatch.history.events import entity_ref
from listwatch.store.db import Store
from listwatch.store.schema import events as events_table
from listwatch.store.schema import versions

#: how many name rows holding the query are ranked: enough that a name holding it as a
#: word ("United Company RUSAL") is not cut off by many shorter ones holding it inside a
#: word ("... JERUSALEM ...")
SCAN = 5000

#: prefix of a reported-only entity's reference (``news:xiaomi``)
REPORTED_PREFIX = "news:"


def find_entries(store: Store, query: str, *, limit: int = 10,
                 ranks: bool = False) -> list[dict[str, Any]]:
    """Entries whose name contains ``query`` (case-insensitive), current ones first; then
    reported-only entities (news events naming a party on no loaded list), keyed
    ``news:<name>``. With ``ranks``, each carries ``rank``: 0 when a name is the query,
    1 when a name holds it as words, 2 when only inside a word."""
    q = query.strip()
    if not q:
        raise NotFound("empty query", hint="give a name or --entry KEY")
    with store.connect() as conn:
        if q.startswith(REPORTED_PREFIX) and reported_names(conn, q[len(REPORTED_PREFIX):]):
            return [{"key": q, "reported_only": True}]
        if ":" in q:
            hit = conn.execute(select(versions.c.key).where(versions.c.key == q).limit(1)).first()
            if hit:
                return [{"key": q}]
        pattern = f"%{q.lower()}%"
        rows = conn.execute(
            select(versions.c.key, versions.c.name, versions.c.until_seq)
            .where(func.lower(versions.c.name).like(pattern))
            .order_by(versions.c.until_seq.is_not(None), func.length(versions.c.name))
            .limit(max(limit * 5, SCAN))
        ).all()
        reported = conn.execute(
            select(events_table.c.entity, func.count().label("n"))
            .where(events_table.c.key.is_(None), events_table.c.status != "rejected",
                   func.lower(events_table.c.entity).like(pattern))
            .group_by(events_table.c.entity)
            .order_by(func.count().desc())
            .limit(limit * 5)
        ).all()
        # the names the news gave a listed entry are names of it too ("RUSAL" for the
        # entry the list calls "UNITED COMPANY OJSC")
        told = conn.execute(
            select(events_table.c.key, events_table.c.entity).distinct()
            .where(events_table.c.key.is_not(None), events_table.c.status != "rejected",
                   func.lower(events_table.c.entity).like(pattern))
            .limit(limit * 5)
        ).all()
    seen: dict[str, dict[str, Any]] = {}
    names: dict[str, set[str]] = {}
    for row in rows:
        if row.key not in seen:
            seen[row.key] = {"key": row.key, "name": row.name}
        names.setdefault(row.key, set()).add(row.name)
    for hit in told:
        if hit.key not in seen:
            seen[hit.key] = {"key": hit.key, "name": latest_name(store, hit.key) or hit.entity}
        names.setdefault(hit.key, set()).add(hit.entity)
    for rep in reported:
        ref = REPORTED_PREFIX + entity_ref(rep.entity)
        if ref not in seen:
            seen[ref] = {"key": ref, "name": rep.entity, "reported_only": True}
    # an exact name beats a fuzzy one whatever its origin ("Xiaomi" is the reported
    # Xiaomi, not "ZHANG, Xiaoming"), then a name holding the query as whole words;
    # the order above (current entries first, then reported) breaks ties
    want = entity_ref(q)
    want_words = want.split()

    def closeness(item: dict[str, Any]) -> int:
        return min(word_rank(n) for n in names.get(item["key"], set()) | {item.get("name") or ""})

    def word_rank(raw: str) -> int:
        name = entity_ref(raw)
        if name == want:
            return 0
        words = name.split()
        n = len(want_words)
        if n and any(words[i:i + n] == want_words for i in range(len(words) - n + 1)):
            return 1
        return 2

    rank = {key: closeness(item) for key, item in seen.items()}
    ranked = sorted(seen.values(), key=lambda item: rank[item["key"]])  # stable: the order above
    if ranks:
        return [{**item, "rank": rank[item["key"]]} for item in ranked[:limit]]
    return ranked[:limit]


def reported_parties(store: Store, query: str, *, limit: int = 5) -> list[dict[str, Any]]:
    """Reported-only entities whose name holds ``query`` (case-insensitive): parties the
    news names in legal events (not rejected) that no loaded list holds, most reported
    first, as ``{"key": "news:<name>", "name"}``: what ``find_entries`` adds after the
    entries, for a search that screens the lists and would not show them."""
    q = query.strip().lower()
    if len(q) < 2:
        return []
    with store.connect() as conn:
        rows = conn.execute(
            select(events_table.c.entity, func.count().label("n"))
            .where(events_table.c.key.is_(None), events_table.c.status != "rejected",
                   func.lower(events_table.c.entity).like(f"%{q}%"))
            .group_by(events_table.c.entity)
            .order_by(func.count().desc(), events_table.c.entity)
            .limit(limit * 5)
        ).all()
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        ref = REPORTED_PREFIX + entity_ref(row.entity)
        out.setdefault(ref, {"key": ref, "name": row.entity})
    return list(out.values())[:limit]


def latest_name(store: Store, key: str) -> str | None:
    """The latest name of an entry."""
    with store.connect() as conn:
        return conn.execute(select(versions.c.name).where(versions.c.key == key)
                            .order_by(versions.c.id.desc()).limit(1)).scalar()


def reported_names(conn: Any, ref: str) -> list[str]:
    """Entity names of reported-only events (not rejected) that group under ``ref``."""
    names = conn.execute(
        select(events_table.c.entity).distinct()
        .where(events_table.c.key.is_(None), events_table.c.status != "rejected")
    ).scalars()
    return [n for n in names if entity_ref(n) == ref]
