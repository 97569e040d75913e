"""The sources summary: every known source with its snapshots."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from listwatch.sources import REGISTRY, SITE, get_source
from listwatch.store.db import Store
from listwatch.store.schema import snapshots


def sources_summary(store: Store, as_of: str | None = None) -> list[dict[str, Any]]:
    """Every source with its snapshot count, dates and current record count; with
    ``as_of``, the snapshot in force on that date (``as_of_snapshot``)."""
    from listwatch.store.snapshots import snapshot_as_of

    in_force: dict[str, Any] = {}
    if as_of:
        with store.connect() as conn:
            stored = [r[0] for r in conn.execute(select(snapshots.c.source).distinct())]
            for sid in [*REGISTRY, *SITE, *sorted(set(stored) - set(REGISTRY) - set(SITE))]:
                snap = snapshot_as_of(conn, sid, as_of)
                in_force[sid] = (
                    {"id": snap.id, "date": snap.date, "records": snap.record_count} if snap else None
                )
    with store.connect() as conn:
        stats = {
            row.source: row
            for row in conn.execute(
                select(
                    snapshots.c.source,
                    func.count().label("n"),
                    func.min(snapshots.c.date).label("first"),
                    func.max(snapshots.c.date).label("latest"),
                    func.max(snapshots.c.ingested_at).label("last_ingest"),
                    func.max(snapshots.c.seq).label("max_seq"),
                ).group_by(snapshots.c.source)
            )
        }
        current = {
            row.source: row.record_count
            for row in conn.execute(
                select(snapshots.c.source, snapshots.c.record_count, snapshots.c.seq)
            )
            if row.source in stats and row.seq == stats[row.source].max_seq
        }
    rows = []
    # the registry's sources, then those known only by their snapshots (os_<dataset>)
    known = [*REGISTRY, *SITE]
    for sid in [*known, *sorted(set(stats) - set(known))]:
        source = get_source(sid)
        st = stats.get(sid)
        rows.append(
            {
                "id": sid,
                "title": source.title,
                "publisher": source.publisher,
                "legal_effect": source.legal_effect,
                "ended": source.ended,
                "successor": source.successor,
                **({"defined_by_site": True, "schedule": getattr(source, "schedule", None)}
                   if sid in SITE else {}),
                "snapshots": st.n if st else 0,
                "first_date": st.first if st else None,
                "latest_date": st.latest if st else None,
                "records": current.get(sid, 0),
                "last_ingested_at": st.last_ingest if st else None,
                **({"as_of": as_of, "as_of_snapshot": in_force.get(sid)} if as_of else {}),
            }
        )
    return rows
