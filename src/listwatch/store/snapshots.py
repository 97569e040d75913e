"""Finding snapshots: by id, by date ("the snapshot in force on D"), the current one."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from listwatch.errors import ConfigError, NotFound
from listwatch.store.schema import snapshots, versions

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Snapshot:
    id: int
    source: str
    seq: int
    date: str
    published: str | None
    ingested_at: str
    record_count: int
    added: int
    removed: int
    changed: int
    files: list[dict[str, Any]]
    warnings: list[str]
    forced: bool

    @classmethod
    def from_row(cls, row: Any) -> Snapshot:
        return cls(
            id=row.id,
            source=row.source,
            seq=row.seq,
            date=row.date,
            published=row.published,
            ingested_at=row.ingested_at,
            record_count=row.record_count,
            added=row.added,
            removed=row.removed,
            changed=row.changed,
            files=json.loads(row.files),
            warnings=json.loads(row.warnings),
            forced=bool(row.forced),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "date": self.date,
            "published": self.published,
            "ingested_at": self.ingested_at,
            "records": self.record_count,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
            "files": self.files,
            "warnings": self.warnings,
            "forced": self.forced,
        }


def check_date(value: str, what: str = "date") -> str:
    """Validate an ISO date given by a person; returns it."""
    if not DATE_RE.match(value):
        raise ConfigError(f"{what} {value!r} is not a date", hint="use YYYY-MM-DD, e.g. 2021-05-25")
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{what} {value!r} is not a real calendar date", hint="use YYYY-MM-DD") from None
    return value


def list_snapshots(conn: Connection, source: str) -> list[Snapshot]:
    rows = conn.execute(
        select(snapshots).where(snapshots.c.source == source).order_by(snapshots.c.seq)
    )
    return [Snapshot.from_row(r) for r in rows]


def current_snapshot(conn: Connection, source: str) -> Snapshot | None:
    row = conn.execute(
        select(snapshots)
        .where(snapshots.c.source == source)
        .order_by(snapshots.c.seq.desc())
        .limit(1)
    ).first()
    return Snapshot.from_row(row) if row else None


def snapshot_as_of(conn: Connection, source: str, date: str) -> Snapshot | None:
    """The snapshot in force on ``date``: the last one dated on or before it."""
    row = conn.execute(
        select(snapshots)
        .where(snapshots.c.source == source, snapshots.c.date <= date)
        .order_by(snapshots.c.seq.desc())
        .limit(1)
    ).first()
    return Snapshot.from_row(row) if row else None


def snapshot_by_id(conn: Connection, snapshot_id: int) -> Snapshot:
    row = conn.execute(select(snapshots).where(snapshots.c.id == snapshot_id)).first()
    if row is None:
        raise NotFound(f"no snapshot with id {snapshot_id}", hint="`listwatch sources` lists them")
    return Snapshot.from_row(row)


def resolve_snapshot(conn: Connection, source: str, ref: str) -> Snapshot:
    """A snapshot named by a date (the one in force then) or by its id."""
    ref = ref.strip()
    if ref.isdigit():
        by_id = snapshot_by_id(conn, int(ref))
        if by_id.source != source:
            raise NotFound(f"snapshot {ref} belongs to {by_id.source}, not {source}")
        return by_id
    check_date(ref)
    snap = snapshot_as_of(conn, source, ref)
    if snap is None:
        first = conn.execute(
            select(func.min(snapshots.c.date)).where(snapshots.c.source == source)
        ).scalar()
        if first is None:
            raise NotFound(
                f"no snapshots of {source} yet",
                hint=f"run `listwatch update --source {source}` or `listwatch ingest`",
            )
        raise NotFound(
            f"no snapshot of {source} in force on {ref}: the first one is dated {first}",
        )
    return snap


def valid_at(seq: int) -> Any:
    """SQL condition: a version valid in the snapshot numbered ``seq`` of its source."""
    return (versions.c.first_seq <= seq) & (
        versions.c.until_seq.is_(None) | (versions.c.until_seq > seq)
    )


def valid_on(date: str) -> Any:
    """SQL condition: a version valid in the snapshot in force on ``date``."""
    return (versions.c.valid_from <= date) & (
        versions.c.valid_to.is_(None) | (versions.c.valid_to > date)
    )
