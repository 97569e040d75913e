"""Record versions: a source's state moved to a snapshot's rows (versions opened and
closed by snapshot number), wound back, read as of a snapshot, replayed from raw bytes.

A version carries the interval of snapshots in which it held (``first_seq`` ..
``until_seq``), so an unchanged entry costs nothing per snapshot."""

from __future__ import annotations

import json
import logging
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from listwatch.errors import ConfigError, ParseError
from listwatch.model import Record
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.store.codec import decode, encode
from listwatch.store.db import get_blob
from listwatch.store.prepare import Row, parse_files, to_rows
from listwatch.store.schema import snapshots, versions
from listwatch.store.snapshots import Snapshot

log = logging.getLogger("listwatch.ingest")


#: New versions are written this many at a time (same transaction).
INSERT_CHUNK = 20_000


def apply_rows(conn: Connection, source_id: str, seq: int, date: str, rows: list[Row]) -> tuple[int, int, int]:
    """Move the source's current state to ``rows`` as of snapshot ``seq``."""
    current = {
        row.key: (row.id, row.hash)
        for row in conn.execute(
            select(versions.c.id, versions.c.key, versions.c.hash).where(
                versions.c.source == source_id, versions.c.until_seq.is_(None)
            )
        )
    }
    to_insert: list[dict[str, Any]] = []
    to_close: list[dict[str, Any]] = []
    refresh: list[dict[str, Any]] = []
    added = changed = 0
    seen: set[str] = set()
    for key, schema, name, data, digest in rows:
        seen.add(key)
        old = current.get(key)
        if old is not None and old[1] == digest:
            if '"lastSeen":' in data:  # only volatile properties moved: keep them current
                refresh.append({"vid": old[0], "fresh": encode(data)})
            continue
        if old is None:
            added += 1
        else:
            changed += 1
            to_close.append({"vid": old[0]})
        to_insert.append(
            {
                "source": source_id,
                "key": key,
                "hash": digest,
                "schema": schema,
                "name": name,
                "data": encode(data),
                "first_seq": seq,
                "until_seq": None,
                "valid_from": date,
                "valid_to": None,
            }
        )
        if len(to_insert) >= INSERT_CHUNK:  # (a million new versions: never all at once)
            conn.execute(insert(versions), to_insert)
            to_insert.clear()
    removed_ids = [{"vid": vid} for key, (vid, _) in current.items() if key not in seen]
    to_close.extend(removed_ids)
    if to_close:
        conn.execute(
            update(versions)
            .where(versions.c.id == bindparam("vid"))
            .values(until_seq=seq, valid_to=date),
            to_close,
        )
    if to_insert:
        conn.execute(insert(versions), to_insert)
    if refresh:
        conn.execute(
            update(versions).where(versions.c.id == bindparam("vid")).values(data=bindparam("fresh")),
            refresh,
        )
    return added, len(removed_ids), changed


def rewind(conn: Connection, source_id: str, seq: int) -> None:
    """Undo every snapshot numbered ``seq`` and later (their versions), keeping rows."""
    conn.execute(delete(versions).where(versions.c.source == source_id, versions.c.first_seq >= seq))
    conn.execute(
        update(versions)
        .where(versions.c.source == source_id, versions.c.until_seq >= seq)
        .values(until_seq=None, valid_to=None)
    )


def records_at(conn: Connection, source_id: str, seq: int) -> list[Record]:
    """The source's records in force at snapshot ``seq`` (none before the first)."""
    if seq < 1:
        return []
    q = select(versions.c.data).where(
        versions.c.source == source_id, versions.c.first_seq <= seq,
        (versions.c.until_seq.is_(None)) | (versions.c.until_seq > seq),
    )
    return [Record.from_dict(source_id, json.loads(decode(row.data))) for row in conn.execute(q)]


def incremental_rows(conn: Connection, source: Source, files: SnapshotFiles, seq: int,
                     date: str) -> tuple[list[Row], list[str]]:
    """For a source whose snapshots may change the previous one (a change notice): the
    rows of the list in force on ``date``, from the records in force at ``seq - 1``."""
    previous = records_at(conn, source.id, seq - 1)
    try:
        result = source.apply(previous, files, date)  # type: ignore[attr-defined]
    except (ParseError, ConfigError):
        raise
    except Exception as exc:
        log.exception("parser failure")
        raise ParseError(f"{source.id}: the files could not be applied ({type(exc).__name__}: {exc})",
                         hint="report the file if it is genuine") from None
    unique: dict[str, Record] = {}
    for record in result.records:
        unique.setdefault(record.key, record)
    return to_rows(list(unique.values())), list(result.warnings)


def replay(conn: Connection, source: Source, snap: Snapshot) -> None:
    files = {f["name"]: get_blob(conn, f["sha256"]) for f in snap.files}
    if getattr(source, "incremental", False):
        rows, _ = incremental_rows(conn, source, files, snap.seq, snap.date)
    else:
        rows = to_rows(parse_files(source, files)[0])
    records = rows
    added, removed, changed = apply_rows(conn, source.id, snap.seq, snap.date, rows)
    conn.execute(
        update(snapshots)
        .where(snapshots.c.id == snap.id)
        .values(added=added, removed=removed, changed=changed, record_count=len(records))
    )
