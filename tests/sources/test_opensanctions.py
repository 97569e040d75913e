"""OpenSanctions datasets as sources (``os_<dataset>``), full exports and deltas, on the
real files of ../shared/data/ftm."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from listwatch.errors import ConfigError, ParseError, SnapshotRefused, UnknownSource
from listwatch.history.diff import diff
from listwatch.history.timeline import entry_history
from listwatch.sources import get_source
from listwatch.sources.files import snapshot_files
from listwatch.sources.opensanctions import OpenSanctionsDataset, apply_delta, read_delta
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths
from listwatch.summary import sources_summary

THINGS = {"Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane", "Security",
          "PublicBody"}


def delta_ops(shared: Path) -> list[dict[str, Any]]:
    path = shared / "ftm" / "opensanctions-delta" / "2024-05-30" / "entities.delta.json"
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def base_for(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A snapshot the real delta fits: each MOD entity as it was before (one name fewer,
    an older last_change), each DEL id as a person, no ADD id."""
    base = []
    for item in ops:
        entity = item["entity"]
        if item["op"] == "MOD":
            old = json.loads(json.dumps(entity))
            names = old["properties"].get("name") or []
            if len(names) > 1:
                old["properties"]["name"] = names[:-1]
            old["last_change"] = "2024-01-01T00:00:00"
            old["last_seen"] = "2024-05-29T00:00:00"
            base.append(old)
        elif item["op"] == "DEL":
            base.append({"id": entity["id"], "schema": "Person",
                         "properties": {"name": [f"Deleted person {entity['id']}"]},
                         "datasets": ["sanctions"], "first_seen": "2023-01-01T00:00:00",
                         "last_seen": "2024-05-29T00:00:00", "last_change": "2023-01-01T00:00:00"})
    return base


def write_lines(path: Path, items: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items))
    return path


def test_source_ids() -> None:
    source = get_source("os_eu_fsf")
    assert isinstance(source, OpenSanctionsDataset)
    assert source.id == "os_eu_fsf" and source.dataset == "eu_fsf"
    assert get_source("os_sanctions").id == "os_sanctions"
    assert "opensanctions-eu_fsf" in source.mirror_names
    for bad in ("os_", "os_EU", "os_a-b", "os_" + "x" * 40):
        with pytest.raises(UnknownSource, match="os_<dataset>"):
            get_source(bad)


@pytest.mark.realdata
def test_real_export_keeps_opensanctions_bookkeeping(shared_data: Path) -> None:
    source = get_source("os_eu_fsf")
    folder = shared_data / "ftm" / "opensanctions-eu_fsf" / "2024-06-01"
    result = source.parse(snapshot_files(source, [folder]))
    records = {r.id: r for r in result.records}
    raw = {e["id"]: e for e in map(json.loads, (folder / "entities.ftm.json").read_text().splitlines())}
    things = {i for i, e in raw.items() if e["schema"] in THINGS}
    assert set(records) == things
    r = records["NK-2GdmHtZTeNXjNVrBGEXZNj"]
    assert r.schema == "Organization"
    assert r.get("datasets") == ["eu_fsf"]
    assert r.get("firstSeen") == ["2023-04-20T18:00:25"]
    assert r.get("lastSeen") == ["2024-06-01T10:57:03"]
    assert r.get("lastChange") == ["2023-07-26T20:01:14"]
    assert r.get("referents") == sorted(raw[r.id]["referents"])
    assert "eu-fsf-eu-8282-49" in r.get("referents")  # the EU's own record, for linking
    assert r.get("registrationNumber") == ["808000714"]
    for ident, rec in records.items():
        assert rec.get("referents") == sorted(set(raw[ident].get("referents", [])))


@pytest.mark.realdata
def test_zavod_run_nested_and_flat_agree(shared_data: Path) -> None:
    """A crawler run's targets.nested.json read alone gives the same target records as its
    entities.ftm.json; index.json names the dataset and must match the source."""
    folder = shared_data / "ftm" / "zavod-run" / "2024-03-10"
    source = get_source("os_wd_persons")
    flat = {r.id: r for r in source.parse(snapshot_files(source, [folder])).records}
    nested = {r.id: r for r in source.parse({
        "targets.nested.json": (folder / "targets.nested.json").read_bytes()}).records}
    targets = [json.loads(x)["id"] for x in (folder / "targets.nested.json").read_text().splitlines()]
    assert set(targets) <= set(nested) and set(nested) <= set(flat)
    for ident in targets:
        assert nested[ident].to_dict() == flat[ident].to_dict(), ident
    assert flat["Q296771"].get("birthDate") == ["1970-04-18"]
    with pytest.raises(ParseError, match="dataset 'wd_persons'.*not 'eu_fsf'"):
        get_source("os_eu_fsf").parse(snapshot_files(source, [folder]))


def test_apply_delta_semantics() -> None:
    base = [{"id": "a", "schema": "Person", "properties": {"name": ["A"]}},
            {"id": "b", "schema": "Person", "properties": {"name": ["B"]}}]
    ops = [("ADD", {"id": "c", "schema": "Person", "properties": {"name": ["C"]}}),
           ("MOD", {"id": "a", "schema": "Person", "properties": {"name": ["A2"]}}),
           ("DEL", {"id": "b"})]
    out = apply_delta(base, ops)
    assert [(e["id"], e["properties"]["name"]) for e in out.entities] == [("a", ["A2"]), ("c", ["C"])]
    assert out.counts == {"ADD": 1, "MOD": 1, "DEL": 1}
    with pytest.raises(SnapshotRefused, match="1 of 1 MOD ops not in it .*1 of 1 DEL ops"):
        apply_delta([], ops[1:])
    forced = apply_delta([], ops, strict=False)
    assert forced.mismatches == {"MOD": ["a"], "DEL": ["b"]}


@pytest.mark.parametrize(("line", "says"), [
    (b'{"op": "PUT", "entity": {"id": "x"}}\n', "not a delta operation"),
    (b'{"op": "ADD", "entity": {"id": "x"}}\n', "without a schema"),
    (b'{"op": "DEL", "entity": {"id": "x"}}\n{"op": "DEL", "ent', "truncated"),
    (b"\n\n", "no operation"),
])
def test_bad_delta_lines(line: bytes, says: str) -> None:
    with pytest.raises(ParseError, match=says):
        read_delta(line, "entities.delta.json")


@pytest.fixture(scope="module")
def delta_store(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Path]:
    """os_sanctions: a base the real delta fits (2024-05-29), then the real delta (2024-05-30)."""
    root = tmp_path_factory.mktemp("osdelta")
    ops = delta_ops(shared_data)
    write_lines(root / "sanctions" / "2024-05-29" / "entities.ftm.json", base_for(ops))
    delta_dir = root / "sanctions" / "2024-05-30"
    delta_dir.mkdir(parents=True)
    (delta_dir / "entities.delta.json").write_bytes(
        (shared_data / "ftm" / "opensanctions-delta" / "2024-05-30" / "entities.delta.json").read_bytes())
    store = Store(f"sqlite:///{root / 'os.db'}")
    results = ingest_paths(store, "os_sanctions", [root / "sanctions"])
    assert [r.date for r in results] == ["2024-05-29", "2024-05-30"]
    return store, root


@pytest.mark.realdata
def test_real_delta_makes_the_next_snapshot(delta_store: tuple[Store, Path], shared_data: Path,
                                            tmp_path: Path) -> None:
    store, _ = delta_store
    ops = delta_ops(shared_data)
    after = {o["entity"]["id"]: o["entity"] for o in ops if o["op"] in ("ADD", "MOD")}
    things_after = {i for i, e in after.items() if e["schema"] in THINGS and e["properties"].get("name")}
    dels = {o["entity"]["id"] for o in ops if o["op"] == "DEL"}
    added = {o["entity"]["id"] for o in ops if o["op"] == "ADD"} & things_after
    d = diff(store, "os_sanctions", "2024-05-29", "2024-05-30")
    strip = len("os_sanctions:")
    assert {k[strip:] for k in d["removed"]} == dels
    assert {k[strip:] for k in d["added"]} == added
    # the delta's result equals the same entities ingested as a full export
    write_lines(tmp_path / "full" / "2024-05-30" / "entities.ftm.json", list(after.values()))
    full = Store(f"sqlite:///{tmp_path / 'full.db'}")
    ingest_paths(full, "os_sanctions", [tmp_path / "full" / "2024-05-30"])
    ours = {s["id"]: s for s in sources_summary(store)}["os_sanctions"]
    theirs = {s["id"]: s for s in sources_summary(full)}["os_sanctions"]
    assert ours["records"] == theirs["records"] == len(things_after)
    key = "os_sanctions:NK-2T3S8Hu29ktYnKSTgQp2wL"  # AL-QAIDA IN IRAQ, a MOD
    h = entry_history(store, key)
    assert [e["type"] for e in h["events"]] == ["designation", "amendment"]
    assert h["record"] == entry_history(full, key)["record"]
    full.dispose()


@pytest.mark.realdata
def test_delta_refused_when_its_base_does_not_match(delta_store: tuple[Store, Path],
                                                    shared_data: Path, tmp_path: Path) -> None:
    store, root = delta_store
    # the same delta again: it is already applied
    (again,) = ingest_paths(store, "os_sanctions", [root / "sanctions" / "2024-05-30"])
    assert again.status == "unchanged" and "already applied" in again.message
    # the delta on another dataset's snapshot: refused, naming the counts; nothing changes
    other = Store(f"sqlite:///{tmp_path / 'other.db'}")
    ingest_paths(other, "os_eu_fsf", [shared_data / "ftm" / "opensanctions-eu_fsf" / "2024-06-01"])
    before = sources_summary(other)
    folder = tmp_path / "2024-06-02"
    folder.mkdir()
    (folder / "entities.delta.json").write_bytes(
        (root / "sanctions" / "2024-05-30" / "entities.delta.json").read_bytes())
    with pytest.raises(SnapshotRefused, match=r"does not fit the snapshot in force: 1,039 of "
                       r"1,039 MOD ops not in it.*snapshot in force: 2024-06-01"):
        ingest_paths(other, "os_eu_fsf", [folder])
    assert sources_summary(other) == before
    # no snapshot at all: said so
    empty = Store(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(ConfigError, match="no snapshot to apply the delta"):
        ingest_paths(empty, "os_eu_fsf", [folder])
    other.dispose()
    empty.dispose()


@pytest.mark.realdata
def test_last_seen_alone_is_no_change(shared_data: Path, tmp_path: Path) -> None:
    folder = shared_data / "ftm" / "opensanctions-eu_fsf" / "2024-06-01"
    items = [json.loads(x) for x in (folder / "entities.ftm.json").read_text().splitlines()]
    for item in items:
        item["last_seen"] = "2024-06-02T09:00:00"
    write_lines(tmp_path / "2024-06-02" / "entities.ftm.json", items)
    store = Store(f"sqlite:///{tmp_path / 'ls.db'}")
    ingest_paths(store, "os_eu_fsf", [folder])
    (second,) = ingest_paths(store, "os_eu_fsf", [tmp_path / "2024-06-02"])
    assert (second.added, second.removed, second.changed) == (0, 0, 0)
    h = entry_history(store, "os_eu_fsf:NK-2GdmHtZTeNXjNVrBGEXZNj")
    assert [e["type"] for e in h["events"]] == ["designation"]
    assert h["record"]["properties"]["lastSeen"] == ["2024-06-02T09:00:00"]  # kept current
    store.dispose()
