"""Ingest: one snapshot's files in, parsed (``store.prepare``), diffed against the current
state (``store.versions``), in one transaction. A snapshot is fully in, or not in at all.

A snapshot older than the newest one already stored is slotted into place: the versions
after it are replayed from the raw bytes kept in ``blobs``, so the order of ingestion never
matters.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from listwatch.errors import ConfigError, ParseError, SnapshotRefused
from listwatch.settings import get_settings
from listwatch.sources import get_source
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.sources.files import dated_subfolders, folder_date, folder_members, snapshot_files
from listwatch.store.db import Store, put_blob, utcnow
from listwatch.store.delta import delta_name, materialise
from listwatch.store.prepare import Prepared, content_hash, has_files, prepare, prepared_in_order
from listwatch.store.schema import snapshots
from listwatch.store.snapshots import Snapshot, check_date, list_snapshots
from listwatch.store.versions import apply_rows, incremental_rows, replay, rewind


@dataclass
class IngestResult:
    source: str
    status: str  # "ingested" | "unchanged"
    date: str | None
    snapshot_id: int | None = None
    records: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0
    warnings: list[str] = field(default_factory=list)
    message: str = ""
    replayed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    head = value.strip()[:10]
    try:
        dt.date.fromisoformat(head)
    except ValueError:
        return None
    return head


def ingest_files(
    store: Store,
    source: Source,
    files: SnapshotFiles,
    *,
    date: str | None = None,
    folder: str | None = None,
    origin: dict[str, str] | None = None,
    force: bool = False,
) -> IngestResult:
    """Ingest one snapshot. ``date`` wins over the file's publication date, which wins
    over ``folder`` (the date its folder is named by)."""
    if date:
        _check_not_future(source.id, check_date(date, "snapshot date"))
    dup = _duplicate(store, source.id, content_hash(files))
    if dup is not None:
        return dup
    if delta_name(source, files):
        return _ingest_delta(store, source, files, date=date, folder=folder, origin=origin,
                             force=force)
    return commit(store, source, prepare(source, files, folder=folder, origin=origin),
                  date=date, force=force)


def _ingest_delta(store: Store, source: Source, files: SnapshotFiles, *, date: str | None,
                  folder: str | None, origin: dict[str, str] | None, force: bool) -> IngestResult:
    """A delta: applied to the snapshot in force, the result committed as the next one."""
    done = materialise(store, source, files, force=force)
    if done.already:
        return IngestResult(source=source.id, status="unchanged", date=done.base.date,
                            snapshot_id=done.base.id,
                            message=f"{source.id}: this delta is already applied (snapshot "
                            f"{done.base.id} of {done.base.date}); nothing to do")
    prep = prepare(source, done.files, folder=folder, origin=origin, entities=done.entities)
    ops = ", ".join(f"{op} {n:,}" for op, n in done.counts.items())
    prep.warnings.insert(0, f"delta applied to the snapshot of {done.base.date}: {ops}")
    for op, ids in done.mismatches.items():
        prep.warnings.append(f"{len(ids):,} {op} ops did not fit the base (forced): e.g. {ids[0]}")
    return commit(store, source, prep, date=date, force=force, delta_base=done.base)


def _duplicate(store: Store, source_id: str, digest: str) -> IngestResult | None:
    with store.connect() as conn:
        dup = conn.execute(
            select(snapshots.c.id, snapshots.c.date).where(
                snapshots.c.source == source_id, snapshots.c.content_hash == digest
            )
        ).first()
    if dup is None:
        return None
    return IngestResult(
        source=source_id,
        status="unchanged",
        date=dup.date,
        snapshot_id=dup.id,
        message=f"{source_id}: these files are already stored as snapshot {dup.id} "
        f"of {dup.date}; nothing to do",
    )


def _stored_folder(store: Store, source: Source, folder: Path) -> IngestResult | None:
    """The answer for a snapshot folder whose files are already stored, or None (not
    stored, or unreadable here: the parse says why)."""
    try:
        files = snapshot_files(source, [folder])
    except (ParseError, SnapshotRefused, ConfigError, OSError):
        return None
    return _duplicate(store, source.id, content_hash(files)) if files else None


def _check_not_future(source_id: str, snap_date: str) -> None:
    """A snapshot is of a list as published: never of a day to come (one day of grace for
    time zones). ``--force`` does not override this."""
    import datetime as dt

    latest = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)).isoformat()
    if snap_date > latest:
        raise ConfigError(
            f"{source_id}: the snapshot date {snap_date} is in the future",
            hint="give the date the list was published or downloaded (--date YYYY-MM-DD)",
        )


def commit(store: Store, source: Source, prep: Prepared, *, date: str | None = None,
           force: bool = False, delta_base: Snapshot | None = None) -> IngestResult:
    """Write a prepared snapshot in one transaction (or refuse it). ``delta_base``: the
    snapshot a delta was applied to, which must still be the newest, and older."""
    if date:
        _check_not_future(source.id, check_date(date, "snapshot date"))
    dup = _duplicate(store, source.id, prep.digest)
    if dup is not None:
        return dup
    files, rows, published, warnings = prep.files, prep.rows, prep.published, prep.warnings
    digest = prep.digest
    snap_date = date or _iso_date(published) or prep.folder
    if snap_date is None:
        raise ConfigError(
            f"{source.id}: cannot tell the date of this snapshot (the file carries none and "
            "its folder is not named YYYY-MM-DD)",
            hint="pass --date YYYY-MM-DD",
        )
    check_date(snap_date, "snapshot date")
    _check_not_future(source.id, snap_date)
    if source.ended and snap_date > source.ended and not force:
        raise SnapshotRefused(
            f"{source.id}: refused a snapshot dated {snap_date}: the publisher retired this list "
            f"on {source.ended}" + (f" (its successor is {source.successor})" if source.successor else ""),
            hint="check the snapshot's date (--date); pass --force if the file is genuine",
        )
    min_ratio = get_settings().min_ratio
    file_rows = [
        {
            "name": name,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "origin": prep.origin.get(name),
        }
        for name, data in sorted(files.items())
    ]
    with store.begin() as conn:
        existing = list_snapshots(conn, source.id)
        if delta_base is not None:
            newest = existing[-1] if existing else None
            if newest is None or newest.id != delta_base.id:
                raise SnapshotRefused(f"{source.id}: another snapshot went in while the delta "
                                      "was applied", hint="ingest the delta again")
            if snap_date <= delta_base.date:
                raise SnapshotRefused(
                    f"{source.id}: the delta is dated {snap_date}, not after the snapshot it "
                    f"applies to ({delta_base.date})",
                    hint="a delta follows the newest snapshot; pass its date with --date",
                )
        later = [s for s in existing if s.date > snap_date]
        before = [s for s in existing if s.date <= snap_date]
        previous = before[-1] if before else None
        if (previous is not None and not force and not getattr(source, "incremental", False)
                and len(rows) < min_ratio * previous.record_count):
            raise SnapshotRefused(
                f"{source.id}: refused a snapshot of {len(rows):,} records dated {snap_date}: "
                f"the one in force ({previous.date}) has {previous.record_count:,}; the file may "
                "be truncated",
                hint="pass --force if the list really shrank",
            )
        seq = previous.seq + 1 if previous else 1
        if getattr(source, "incremental", False):
            rows, warnings = incremental_rows(conn, source, files, seq, snap_date)
            if previous is not None and not force and len(rows) < min_ratio * previous.record_count:
                raise SnapshotRefused(
                    f"{source.id}: refused the snapshot of {snap_date}: it leaves {len(rows):,} "
                    f"entries of the {previous.record_count:,} in force ({previous.date})",
                    hint="pass --force if the list really shrank",
                )
        if later:
            rewind(conn, source.id, seq)
            conn.execute(
                update(snapshots)
                .where(snapshots.c.source == source.id, snapshots.c.seq >= seq)
                .values(seq=snapshots.c.seq + 1)
            )
        for data in files.values():
            put_blob(conn, data)
        snap_id = conn.execute(
            insert(snapshots).values(
                source=source.id,
                date=snap_date,
                published=published,
                ingested_at=utcnow(),
                content_hash=digest,
                record_count=len(rows),
                files=json.dumps(file_rows),
                warnings=json.dumps(warnings),
                forced=force,
                seq=seq,
            )
        ).inserted_primary_key[0]
        added, removed, changed = apply_rows(conn, source.id, seq, snap_date, rows)
        conn.execute(
            update(snapshots)
            .where(snapshots.c.id == snap_id)
            .values(added=added, removed=removed, changed=changed)
        )
        for snap in later:
            replay(conn, source, Snapshot(**{**snap.__dict__, "seq": snap.seq + 1}))
    note = f" (slotted before {len(later)} later snapshot(s), replayed)" if later else ""
    return IngestResult(
        source=source.id,
        status="ingested",
        date=snap_date,
        snapshot_id=snap_id,
        records=len(rows),
        added=added,
        removed=removed,
        changed=changed,
        warnings=warnings,
        replayed=len(later),
        message=f"{source.id} {snap_date}: {len(rows):,} records, +{added:,} added, "
        f"-{removed:,} removed, {changed:,} changed{note}",
    )


def rebuild(store: Store, source_id: str) -> int:
    """Re-parse every stored snapshot of a source from its raw bytes (after a parser fix)."""
    source = get_source(source_id)
    with store.begin() as conn:
        snaps = list_snapshots(conn, source_id)
        rewind(conn, source_id, 1)
        for snap in snaps:
            replay(conn, source, snap)
    return len(snaps)


def _dated_folders(paths: list[Path], date: str | None) -> list[tuple[str, Path]] | None:
    """Several paths of several snapshot dates (their folders' names): each folder its own
    snapshot, in date order; None when they are one snapshot's files (one date or none).
    Files of several dates, or folders of several dates given a ``--date``, are refused:
    read as one snapshot, a later file would replace an earlier one of its name and the
    whole be dated by the first path."""
    days = [(folder_date(p), p) for p in paths]
    seen = sorted({d for d, _p in days if d})
    if len(seen) <= 1:
        return None
    shown = ", ".join(seen)
    if date is not None:
        raise ConfigError(f"the paths are of {len(seen)} snapshot dates ({shown}), each its "
                          "own snapshot: --date would give them one",
                          hint="drop --date, or ingest one snapshot's files with --date")
    if not all(d and p.is_dir() for d, p in days) or len(seen) < len(days):
        raise ConfigError(
            f"the files given are of {len(seen)} snapshot dates ({shown}): one snapshot is "
            "one date's files",
            hint="ingest each date's folder or files on its own, or the folders (each "
                 "named by its date, ingested in date order)")
    return sorted((d, p) for d, p in days if d)


def ingest_paths(
    store: Store,
    source_id: str,
    paths: list[Path],
    *,
    date: str | None = None,
    force: bool = False,
    on_result: Callable[[IngestResult], None] | None = None,
    on_error: Callable[[str, Exception], None] | None = None,
    plan: Callable[[int], None] | None = None,
) -> list[IngestResult]:
    """Ingest files, one snapshot's folder, a folder of dated sub-folders or several
    dated folders (each its own snapshot, in date order).

    For a folder of dated sub-folders, a snapshot that fails is reported through
    ``on_error`` and the others still go in; without ``on_error`` the error is raised.
    """
    source = get_source(source_id)
    if date is not None:
        _check_not_future(source_id, check_date(date, "--date"))
    for path in paths:
        if not path.exists():
            raise ConfigError(f"{path}: no such file or folder", hint="check the path")
    results: list[IngestResult] = []
    if len(paths) == 1 and paths[0].is_dir() and not dated_subfolders(paths[0]):
        # a shared folder holding several sources (``us_dod_cmc/sec1260h/<date>/``)
        for name in source.mirror_names:
            if dated_subfolders(paths[0] / name):
                paths = [paths[0] / name]
                break
    dated = None
    if len(paths) == 1 and paths[0].is_dir() and dated_subfolders(paths[0]):
        dated, where = dated_subfolders(paths[0]), f"the dated sub-folders of {paths[0]}"
        if date is not None:
            raise ConfigError(
                f"{paths[0]} holds dated sub-folders, each its own snapshot date",
                hint="drop --date, or ingest one sub-folder with --date",
            )
    elif len(paths) > 1:
        dated, where = _dated_folders(paths, date), ", ".join(map(str, paths))
    if dated is not None:
        subs = [(d, p) for d, p in dated if has_files(source, p)]
        if not subs:
            raise ParseError(f"no {source.id} files in {where}")
        if plan:
            plan(len(subs))
        # sub-folders already stored (a back-fill run again, or resumed after a crash) are
        # known by their bytes' hash: not parsed again
        stored = {day: dup for day, sub in subs
                  if (dup := _stored_folder(store, source, sub)) is not None}
        fresh = prepared_in_order(source_id, [(d, p) for d, p in subs if d not in stored])
        for day, _sub in subs:
            if day in stored:
                results.append(stored[day])
                if on_result:
                    on_result(stored[day])
                continue
            _, prepared = next(fresh)
            try:
                if isinstance(prepared, Exception):
                    raise prepared
                if prepared.delta:
                    result = ingest_files(store, source, prepared.files, folder=day,
                                          origin=prepared.origin, force=force)
                else:
                    result = commit(store, source, prepared, force=force)
            except (ParseError, SnapshotRefused, ConfigError) as exc:
                if on_error is None:
                    raise
                on_error(day, exc)
                continue
            results.append(result)
            if on_result:
                on_result(result)
        return results
    if plan:
        plan(1)
    files = snapshot_files(source, paths)
    origin = {}
    for p in paths:
        if p.is_file():
            origin.update({n: str(p) for n in files})
        else:
            origin.update({n: str(p / n) for n in files})
            origin.update({n: str(m) for m, n in folder_members(source, p) if n})
    try:
        result = ingest_files(store, source, files, date=date, folder=folder_date(paths[0]),
                              origin=origin, force=force)
    except ParseError as exc:
        # a file read under the source's name (``ingest 20261201-FULL.xml --source eu_fsf``):
        # the message names the file as given, not only the name it was read as
        given = {Path(o).name.lower().removesuffix(".gz"): Path(o).name for o in origin.values()}
        renamed = [(n, Path(origin[n]).name) for n in files if n not in given]
        if not renamed:
            raise
        n, real = renamed[0]
        raise ParseError(f"{real} (read as {source.id}'s {n}): {exc.message}",
                        hint=exc.hint) from None
    results.append(result)
    if on_result:
        on_result(result)
    return results
