"""What changed in a source between two snapshots."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from listwatch.store.db import Store
from listwatch.store.schema import versions
from listwatch.store.snapshots import Snapshot, resolve_snapshot, valid_at


def state_at(conn: Any, source: str, seq: int) -> dict[str, tuple[str, str]]:
    """key -> (version hash, name) of every entry in the source's snapshot ``seq``."""
    rows = conn.execute(
        select(versions.c.key, versions.c.hash, versions.c.name).where(
            versions.c.source == source, valid_at(seq)
        )
    )
    return {row.key: (row.hash, row.name) for row in rows}


def diff(store: Store, source: str, from_ref: str, to_ref: str) -> dict[str, Any]:
    """Keys added, removed and changed between two snapshots (dates or snapshot ids).

    The result has the stable docs/contract.md shape ``{"source", "from", "to", "added",
    "removed", "changed"}`` (keys sorted) plus the snapshots used.
    """
    from listwatch.sources import get_source

    get_source(source)  # a clear error for an unknown source id
    with store.connect() as conn:
        a = resolve_snapshot(conn, source, from_ref)
        b = resolve_snapshot(conn, source, to_ref)
        before = state_at(conn, source, a.seq)
        after = state_at(conn, source, b.seq) if b.seq != a.seq else before
    added = sorted(k for k in after if k not in before)
    removed = sorted(k for k in before if k not in after)
    changed = sorted(k for k in after if k in before and after[k][0] != before[k][0])
    names = {k: after[k][1] for k in added + changed}
    names.update({k: before[k][1] for k in removed})
    return {
        "source": source,
        "from": a.date,
        "to": b.date,
        "added": added,
        "removed": removed,
        "changed": changed,
        "from_snapshot": _brief(a),
        "to_snapshot": _brief(b),
        "names": names,
    }


def _brief(snap: Snapshot) -> dict[str, Any]:
    return {"id": snap.id, "date": snap.date, "records": snap.record_count}
