"""Deltas: a file of ADD/MOD/DEL operations applied to the snapshot in force to make the
next snapshot (OpenSanctions' ``entities.delta.json``, as yente's delta updates apply it).

The result is stored as a whole snapshot: the entities after the delta (as
``entities.ftm.json``) with the delta file beside it, so every snapshot can be re-read
from its own raw bytes (replay, rebuild) without the chain of deltas before it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from listwatch.errors import ConfigError, SnapshotRefused
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.store.db import Store, get_blob
from listwatch.store.snapshots import Snapshot, current_snapshot


def delta_name(source: Source, files: SnapshotFiles) -> str | None:
    """The delta file of a snapshot made of a delta only (sources that read deltas)."""
    finder = getattr(source, "delta_file", None)
    return finder(files) if finder is not None else None


@dataclass
class Materialised:
    files: SnapshotFiles
    base: Snapshot
    counts: dict[str, int]
    mismatches: dict[str, list[str]]
    already: bool = False
    #: the entities after the delta (decoded, so they need not be read back)
    entities: list[dict[str, Any]] | None = None


def materialise(store: Store, source: Source, files: SnapshotFiles, *, force: bool = False) -> Materialised:
    """The next snapshot's files: the delta applied to the newest stored snapshot.

    Refused (``SnapshotRefused``, ``--force`` overrides) when the delta's operations do
    not fit that snapshot: it was made against another version of the dataset.
    """
    from listwatch.sources.opensanctions import apply_delta, encode_entities, read_delta

    name = delta_name(source, files)
    assert name is not None
    with store.connect() as conn:
        base = current_snapshot(conn, source.id)
        if base is None:
            raise ConfigError(
                f"{source.id}: no snapshot to apply the delta {name} to",
                hint="ingest the dataset's full export (entities.ftm.json) first",
            )
        digest = hashlib.sha256(files[name]).hexdigest()
        if any(f["name"] == name and f["sha256"] == digest for f in base.files):
            return Materialised({}, base, {}, {}, already=True)
        base_files = {f["name"]: get_blob(conn, f["sha256"]) for f in base.files}
    warnings: list[str] = []
    entities: list[dict[str, Any]] = source.entities(base_files, warnings)  # type: ignore[attr-defined]
    ops = read_delta(files[name], name)
    try:
        result = apply_delta(entities, ops, strict=not force)
    except SnapshotRefused as exc:
        raise SnapshotRefused(
            f"{source.id}: {exc.message} (snapshot in force: {base.date}, {base.record_count:,} "
            "records)",
            hint=exc.hint,
        ) from None
    out = {"entities.ftm.json": encode_entities(result.entities), name: files[name]}
    return Materialised(out, base, result.counts, result.mismatches, entities=result.entities)


__all__ = ["Materialised", "delta_name", "materialise"]
