"""A snapshot's files read, parsed, de-duplicated and hashed before the ingest transaction
(``Prepared``), here or in a worker process one snapshot ahead of the writer."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from listwatch.errors import ConfigError, ParseError, SnapshotRefused
from listwatch.model import Record
from listwatch.sources import get_source
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.sources.files import folder_members, snapshot_files
from listwatch.store.delta import delta_name

log = logging.getLogger("listwatch.ingest")


def content_hash(files: SnapshotFiles) -> str:
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(name.encode())
        h.update(b"\0")
        h.update(hashlib.sha256(files[name]).digest())
    return h.hexdigest()


def parse_files(source: Source, files: SnapshotFiles, entities: list[Any] | None = None,
                ) -> tuple[list[Record], str | None, list[str]]:
    """Parse and check a snapshot; returns unique records, publication date, warnings.
    ``entities``: the snapshot's FtM entities already decoded (a delta just applied)."""
    try:
        result = source.parse(files) if entities is None else source.parse_entities(entities)  # type: ignore[attr-defined]
    except (ParseError, ConfigError):
        raise
    except Exception as exc:  # a parser bug must not look like a crash of the tool
        log.exception("parser failure")
        raise ParseError(
            f"{source.id}: the files could not be parsed ({type(exc).__name__}: {exc})",
            hint="check that --source matches the files; report the file if it is genuine",
        ) from None
    warnings = list(result.warnings)
    if not result.records:
        raise ParseError(
            f"{source.id}: no records found in {', '.join(sorted(files))}",
            hint="the file is empty or not a list of this source",
        )
    unique: dict[str, Record] = {}
    for record in result.records:
        if record.key in unique:
            warnings.append(f"duplicate id {record.id!r}: kept the first occurrence")
            continue
        unique[record.key] = record
    return list(unique.values()), result.published, warnings


#: What ingest needs of a record: (key, schema, name, canonical JSON, SHA-1 of the JSON).
Row = tuple[str, str, str, str, str]


def to_rows(records: Iterable[Record]) -> list[Row]:
    rows = []
    for record in records:
        data, hashed = record.json_pair()  # volatile properties (lastSeen) are no change
        rows.append((record.key, record.schema, record.name, data,
                     hashlib.sha1(hashed.encode("utf-8")).hexdigest()))
    return rows


@dataclass
class Prepared:
    """A snapshot read, parsed and hashed, ready to commit (picklable, so it can be made in
    a worker process while the previous snapshot is being written)."""

    source_id: str
    files: SnapshotFiles
    digest: str
    rows: list[Row]
    published: str | None
    warnings: list[str]
    folder: str | None = None
    origin: dict[str, str] = field(default_factory=dict)
    #: A delta file alone: applied to the snapshot in force when its turn comes.
    delta: bool = False


def prepare(source: Source, files: SnapshotFiles, *, folder: str | None = None,
            origin: dict[str, str] | None = None, entities: list[Any] | None = None) -> Prepared:
    records, published, warnings = parse_files(source, files, entities)
    rows = to_rows(_drain(records))
    return Prepared(source.id, files, content_hash(files), rows, published, warnings,
                    folder, origin or {})


def _drain(records: list[Record]) -> Iterator[Record]:
    """The records in order, each let go once made a row (a million records and their
    rows never both in memory)."""
    records.reverse()
    while records:
        yield records.pop()


def prepare_folder(source_id: str, day: str, sub: str) -> Prepared | Exception:
    """Worker entry point: read and parse one dated sub-folder (errors are returned)."""
    try:
        source = get_source(source_id)
        folder = Path(sub)
        files = snapshot_files(source, [folder])
        origin = {n: str(folder / n) for n in files}
        origin.update({n: str(m) for m, n in folder_members(source, folder) if n})
        if delta_name(source, files):
            return Prepared(source_id, files, content_hash(files), [], None, [], day,
                            origin, delta=True)
        return prepare(source, files, folder=day, origin=origin)
    except (ParseError, SnapshotRefused, ConfigError) as exc:
        return exc


def prepared_in_order(source_id: str, subs: list[tuple[str, Path]]) -> Iterator[tuple[str, Prepared | Exception]]:
    """Prepare dated sub-folders in a worker process, one ahead of the caller, so reading
    and parsing snapshot N+1 overlaps with writing snapshot N (on two cores, at once)."""
    if len(subs) < 3:
        for day, sub in subs:
            yield day, prepare_folder(source_id, day, str(sub))
        return
    ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        pending = [(day, pool.submit(prepare_folder, source_id, day, str(sub))) for day, sub in subs[:2]]
        nxt = 2
        while pending:
            day, fut = pending.pop(0)
            if nxt < len(subs):
                d, sub = subs[nxt]
                pending.append((d, pool.submit(prepare_folder, source_id, d, str(sub))))
                nxt += 1
            yield day, fut.result()


def has_files(source: Source, folder: Path) -> bool:
    """Whether ``folder`` holds ``source``'s files (several unnamed candidates: yes, so
    that reading them says which)."""
    try:
        return bool(folder_members(source, folder))
    except ParseError:
        return True
