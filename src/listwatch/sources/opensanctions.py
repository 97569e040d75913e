"""OpenSanctions datasets as sources of their own: ``os_<dataset>``.

Any dataset OpenSanctions (or a zavod crawler run) exports in FollowTheMoney JSON is a
source: ``listwatch ingest FOLDER --source os_eu_fsf``. A snapshot is one export:
``entities.ftm.json`` (flat) and/or ``targets.nested.json`` (targets with their related
entities inside), with the export's ``index.json`` optional (when present its ``name``
must be the dataset's). Records are read as the ``ftm`` source reads them, plus
OpenSanctions' bookkeeping: ``firstSeen``, ``lastSeen``, ``lastChange``, ``datasets``
and ``referents`` (the ids of the source records the entity merges, for linking).

A **delta** (``entities.delta.json``: one ``{"op": "ADD"|"MOD"|"DEL", "entity": {...}}``
per line, as yente's delta updates read them) is not a snapshot by itself: the store
applies it to the snapshot in force (``apply_delta`` here, pure) and keeps the result as
the next snapshot, with the delta file beside it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from listwatch.errors import ParseError, SnapshotRefused, UnknownSource
from listwatch.model import ParseResult
from listwatch.sources._decode import decode
from listwatch.sources.base import SnapshotFiles
from listwatch.sources.ftm import DELTA_FILES, FtmJson, _ref, json_lines

PREFIX = "os_"
DATASET_RE = re.compile(r"^[a-z0-9][a-z0-9_]{0,36}$")
OPS = ("ADD", "MOD", "DEL")


def dataset_of(source_id: str) -> str:
    """``os_eu_fsf`` -> ``eu_fsf``; raises ``UnknownSource`` for a malformed id."""
    dataset = source_id[len(PREFIX):] if source_id.startswith(PREFIX) else ""
    if not DATASET_RE.match(dataset):
        raise UnknownSource(
            f"unknown source {source_id!r}: an OpenSanctions source is os_<dataset>, the "
            "dataset's name in lower case letters, digits and _ (at most 37)",
            hint="e.g. --source os_eu_fsf or --source os_sanctions",
        )
    return dataset


class OpenSanctionsDataset(FtmJson):
    """One OpenSanctions dataset's FtM export (``os_<dataset>``), full or delta."""

    id: ClassVar[str] = "os_"  # replaced per instance
    title: ClassVar[str] = "OpenSanctions dataset"
    publisher: ClassVar[str] = "OpenSanctions (a copy of the lists it collects)"
    homepage: ClassVar[str] = "https://www.opensanctions.org/datasets/"
    legal_effect: ClassVar[str] = (
        "Depends on the official lists the dataset collects (see each entry's datasets and "
        "program); OpenSanctions' data is a third party's copy, not the official list."
    )
    files: ClassVar[tuple[str, ...]] = ("entities.ftm.json", "targets.nested.json",
                                        "entities.delta.json")
    mirror_names: ClassVar[tuple[str, ...]] = ()

    def __init__(self, source_id: str) -> None:
        self.dataset = dataset_of(source_id)
        # instance attributes shadow the class-level ones the interface declares
        self.id = source_id  # type: ignore[misc]
        self.title = f"OpenSanctions dataset {self.dataset}"  # type: ignore[misc]
        self.homepage = f"https://www.opensanctions.org/datasets/{self.dataset}/"  # type: ignore[misc]
        self.mirror_names = (f"opensanctions-{self.dataset}", self.dataset)  # type: ignore[misc]

    def accepts(self, name: str) -> bool:
        return FtmJson.accepts(self, name) or name.lower() == "index.json"

    def _text(self, name: str, data: bytes, warnings: list[str]) -> str:
        """JSON is UTF-8 (RFC 8259) and so are OpenSanctions' exports: any other byte means
        damage, and decoding it as Windows-1252 would change every accented name."""
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ParseError(
                f"{name}: not valid JSON text: not UTF-8 at byte {exc.start:,}; the file is "
                "damaged",
                hint="download the export again",
            ) from None

    def delta_file(self, files: SnapshotFiles) -> str | None:
        """The delta file of a snapshot that is only a delta (no full export beside it)."""
        deltas = [n for n in files if n in DELTA_FILES]
        if not deltas:
            return None
        if len(deltas) > 1:
            raise ParseError(f"{self.id}: {len(deltas)} delta files in one snapshot",
                             hint="apply one delta per snapshot, in date order")
        full = [n for n in files if FtmJson.accepts(self, n) and n not in DELTA_FILES]
        return None if full else deltas[0]

    def parse(self, files: SnapshotFiles) -> ParseResult:
        if self.delta_file(files):
            raise ParseError(
                f"{self.id}: a delta file alone is not a snapshot; it is applied to the "
                "snapshot in force",
                hint=f"ingest it with `listwatch ingest FOLDER --source {self.id}` after a "
                "full export",
            )
        self._check_index(files)
        return super().parse(files)

    def parse_entities(self, entities: list[dict[str, Any]]) -> ParseResult:
        """Records from entities already decoded (the result of a delta)."""
        result = ParseResult(records=[])
        self._build(entities, result)
        if not result.records:
            raise ParseError(f"{self.id}: no Person, Organization, Company... entity left "
                             "after the delta", hint="check the delta and its base")
        return result

    def _check_index(self, files: SnapshotFiles) -> None:
        data = files.get("index.json")
        if data is None:
            return
        try:
            index = json.loads(decode(data, "index.json", [], strict=False))
        except json.JSONDecodeError as exc:
            raise ParseError(f"{self.id}: index.json is not valid JSON ({exc.msg})",
                             hint="download the export again, or leave index.json out") from None
        name = index.get("name") if isinstance(index, dict) else None
        if isinstance(name, str) and name != self.dataset:
            raise ParseError(
                f"{self.id}: this export is of dataset {name!r} (its index.json says so), not "
                f"{self.dataset!r}",
                hint=f"ingest it as --source {PREFIX}{name}",
            )


@dataclass
class DeltaResult:
    """The entities after a delta, what it did, and what did not fit its base."""

    entities: list[dict[str, Any]]
    counts: dict[str, int] = field(default_factory=dict)
    #: ids of MOD/DEL ops absent from the base, ADD ops already in it
    mismatches: dict[str, list[str]] = field(default_factory=dict)


def read_delta(data: bytes, name: str) -> list[tuple[str, dict[str, Any]]]:
    """The ops of a delta file, checked: a bad line is an error naming it."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(f"{name}: not valid JSON text: not UTF-8 at byte {exc.start:,}; the "
                         "delta is damaged", hint="download it again") from None
    ops: list[tuple[str, dict[str, Any]]] = []
    for number, item in json_lines(text, name, "delta", "download it again"):
        op = item.get("op") if isinstance(item, dict) else None
        entity = item.get("entity") if isinstance(item, dict) else None
        if op not in OPS or not isinstance(entity, dict) or not _ref(entity.get("id")):
            raise ParseError(
                f"{name}: line {number} is not a delta operation ({{\"op\": ADD|MOD|DEL, "
                "\"entity\": {\"id\": ...}}})",
                hint="a delta file is OpenSanctions' entities.delta.json",
            )
        if op != "DEL" and not isinstance(entity.get("schema"), str):
            raise ParseError(f"{name}: line {number}: {op} of an entity without a schema",
                             hint="the delta is damaged; download it again")
        ops.append((op, entity))
    if not ops:
        raise ParseError(f"{name}: the delta holds no operation (the file is empty)",
                         hint="download it again")
    return ops


def apply_delta(base: list[dict[str, Any]], ops: list[tuple[str, dict[str, Any]]], *,
                strict: bool = True) -> DeltaResult:
    """Apply ``ops`` to ``base`` (flat entities): ADD inserts, MOD replaces, DEL removes,
    as yente does. ``strict``: a delta whose ops do not fit the base (MOD/DEL of an id it
    lacks, ADD of one it has) is refused with the counts; else those ops are applied as
    an upsert/no-op and only counted."""
    state: dict[str, dict[str, Any]] = {str(e["id"]): e for e in base}
    counts = dict.fromkeys(OPS, 0)
    mismatches: dict[str, list[str]] = {op: [] for op in OPS}
    for op, entity in ops:
        ident = str(entity["id"])
        counts[op] += 1
        present = ident in state
        if (op == "ADD") == present:
            mismatches[op].append(ident)
        if op == "DEL":
            state.pop(ident, None)
        else:
            state[ident] = entity
    bad = {op: ids for op, ids in mismatches.items() if ids}
    if strict and bad:
        said = "; ".join(
            f"{len(ids):,} of {counts[op]:,} {op} ops {'already in it' if op == 'ADD' else 'not in it'}"
            f" (e.g. {ids[0]})"
            for op, ids in bad.items()
        )
        raise SnapshotRefused(
            f"the delta does not fit the snapshot in force: {said}; it was made against "
            "another version of the dataset",
            hint="ingest the full export the delta follows (or the deltas in between) first; "
            "--force applies it anyway",
        )
    return DeltaResult(list(state.values()), counts, bad)


def encode_entities(entities: list[dict[str, Any]]) -> bytes:
    """Entities as FtM JSON lines (the shape of ``entities.ftm.json``)."""
    return "".join(
        json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n" for e in entities
    ).encode("utf-8")


__all__ = ["PREFIX", "DeltaResult", "OpenSanctionsDataset", "apply_delta", "dataset_of",
           "encode_entities", "read_delta"]
