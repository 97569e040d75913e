"""Reading alerts back: one flat JSON shape for the CLI, the API and the webhook."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from listwatch.errors import ConfigError
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import alerts, watch_items, watchlists

KINDS = ("new", "changed", "removed", "event", "deadline")


def _select() -> Select[Any]:
    return (
        select(
            alerts,
            watch_items.c.ref,
            watch_items.c.watchlist_id,
            watchlists.c.name.label("list_name"),
        )
        .join(watch_items, watch_items.c.id == alerts.c.watch_item_id)
        .join(watchlists, watchlists.c.id == watch_items.c.watchlist_id)
    )


def alert_dict(row: Any) -> dict[str, Any]:
    """``{id, watchlist, item_id, ref, kind, reason, key, entry, score, ..., created_at,
    delivered_at, attempts, fingerprint}``."""
    detail = json.loads(row.detail)
    out: dict[str, Any] = {
        "id": row.id,
        "watchlist": row.list_name,
        "item_id": row.watch_item_id,
        "ref": row.ref,
        "kind": row.kind,
        "reason": detail.pop("reason", None),
        "key": row.key,
    }
    for drop in ("watchlist", "item_id", "ref"):
        detail.pop(drop, None)
    out.update(detail)
    out.update(
        created_at=row.created_at,
        delivered_at=row.delivered_at,
        attempts=row.attempts,
        fingerprint=row.fingerprint,
    )
    return out


def alerts_by_id(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    out: list[dict[str, Any]] = []
    with store.connect() as conn:
        for start in range(0, len(ids), 500):
            rows = conn.execute(_select().where(alerts.c.id.in_(ids[start : start + 500])))
            out.extend(alert_dict(r) for r in rows)
    return sorted(out, key=lambda a: a["id"])


def list_alerts(
    store: Store,
    list_name: str | None = None,
    *,
    kind: str | None = None,
    undelivered: bool = False,
    since_id: int | None = None,
    limit: int | None = 1000,
) -> list[dict[str, Any]]:
    """Alerts, newest first; filtered by watchlist, kind, delivery state, id."""
    stmt = _select()
    if list_name is not None:
        from listwatch.watch.portfolio import get_watchlist

        stmt = stmt.where(watch_items.c.watchlist_id == get_watchlist(store, list_name)["id"])
    if kind is not None:
        if kind not in KINDS:
            raise ConfigError(
                f"unknown alert kind {kind!r}", hint="use one of: " + ", ".join(KINDS)
            )
        stmt = stmt.where(alerts.c.kind == kind)
    if undelivered:
        stmt = stmt.where(alerts.c.delivered_at.is_(None))
    if since_id is not None:
        stmt = stmt.where(alerts.c.id > since_id)
    stmt = stmt.order_by(alerts.c.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    with store.connect() as conn:
        return [alert_dict(r) for r in conn.execute(stmt)]


def fingerprint(item_id: int, kind: str, key: str, identity: str) -> str:
    return hashlib.sha256(f"{item_id}|{kind}|{key}|{identity}".encode()).hexdigest()


def insert_alert(
    conn: Connection,
    dialect: str,
    item: Any,
    kind: str,
    key: str,
    identity: str,
    detail: dict[str, Any],
) -> int | None:
    """Store an alert once; returns its id, or None when it was already stored."""
    ins = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        ins(alerts)
        .values(
            watch_item_id=item.id,
            kind=kind,
            key=key,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
            fingerprint=fingerprint(item.id, kind, key, identity),
            created_at=utcnow(),
            attempts=0,
        )
        .on_conflict_do_nothing(index_elements=["fingerprint"])
        .returning(alerts.c.id)
    )
    return conn.execute(stmt).scalar()
