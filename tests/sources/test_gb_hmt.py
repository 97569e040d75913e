"""OFSI Consolidated List (gb_hmt): the three real files (2014, 2016, 2020) and a 2022-layout
fixture. Diff and history over the real files are checked against counts computed here
straight from the raw CSV rows, without the adapter."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from listwatch.errors import ParseError, SnapshotRefused
from listwatch.history.diff import diff
from listwatch.history.timeline import entry_history
from listwatch.sources import get_source
from listwatch.sources.files import snapshot_files
from listwatch.sources.gb_hmt import GbHmt, numbered_items, ofsi_date
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths

DATES = ("2014-04-02", "2016-03-23", "2020-04-27")


def raw_groups(folder: Path) -> dict[str, set[tuple[str, ...]]]:
    """Group ID -> the set of its rows (cells with whitespace collapsed), from the raw file."""
    (path,) = [p for p in folder.iterdir() if p.suffix.lower() == ".csv"]
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252"), newline="")))
    assert rows[0][0] == "Last Updated" and rows[1][-1] == "Group ID"
    groups: dict[str, set[tuple[str, ...]]] = {}
    for row in rows[2:]:
        groups.setdefault(row[-1], set()).add(tuple(" ".join(c.split()) for c in row))
    return groups


def raw_diff(a: dict[str, set[tuple[str, ...]]], b: dict[str, set[tuple[str, ...]]]) -> dict[str, set[str]]:
    return {
        "added": set(b) - set(a),
        "removed": set(a) - set(b),
        "changed": {k for k in set(a) & set(b) if a[k] != b[k]},
    }


@pytest.fixture(scope="module")
def conlist(shared_data: Path) -> Path:
    return shared_data / "gb_ofsi_conlist"


@pytest.fixture(scope="module")
def backfilled(conlist: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('hmt') / 'hmt.db'}")
    results = ingest_paths(store, "gb_hmt", [conlist])
    assert [r.date for r in results] == list(DATES)
    return store


def test_metadata_and_end() -> None:
    source = get_source("gb_hmt")
    assert isinstance(source, GbHmt)
    assert source.ended == "2026-01-28" and source.successor == "gb_fcdo"
    assert "gb_ofsi_conlist" in source.mirror_names
    assert source.describe()["ended"] == "2026-01-28"


@pytest.mark.parametrize(("raw", "iso"), [("25/01/2001", "2001-01-25"), ("00/03/1958", "1958-03"),
                                          ("00/00/1945", "1945"), ("31/13/1990", None), ("1990", None)])
def test_ofsi_dates(raw: str, iso: str | None) -> None:
    assert ofsi_date(raw) == iso


def test_numbered_items() -> None:
    assert numbered_items("(1) German (2) Moroccan") == ["German", "Moroccan"]
    assert numbered_items("1) Saudi Arabia 2) Qatar") == ["Saudi Arabia", "Qatar"]
    assert numbered_items("Iraqi") == ["Iraqi"]


@pytest.mark.realdata
@pytest.mark.parametrize("date", DATES)
def test_real_file_one_record_per_group(conlist: Path, date: str) -> None:
    source = get_source("gb_hmt")
    result = source.parse(snapshot_files(source, [conlist / date]))
    assert result.published == date  # the file's own "Last Updated" row
    assert all("Windows-1252" in w for w in result.warnings), result.warnings
    assert {r.id for r in result.records} == set(raw_groups(conlist / date))
    assert {r.schema for r in result.records} == {"Person", "Organization"}


@pytest.mark.realdata
def test_real_record_field_by_field(conlist: Path) -> None:
    source = get_source("gb_hmt")
    records = {r.id: r for r in source.parse(snapshot_files(source, [conlist / "2020-04-27"])).records}
    r = records["13349"]  # rows: 2 DOBs x several name variants, Prime Alias on two rows
    assert r.schema == "Person"
    assert r.name == "Nayef Salam Muhammad Ujaym AL-HABABI"
    assert "Sheikh Farooq AL-QAHTANI" in r.get("alias")
    assert r.get("birthDate") == ["1980", "1981"]  # 00/00/1980 and 00/00/1981
    assert r.get("nationality") == ["Qatar", "Saudi Arabia"]  # "1) Saudi Arabia 2) Qatar"
    assert r.get("passportNumber") == ["592667"]
    assert r.get("idNumber") == ["UN reference number: QDe.004"]
    assert r.get("program") == ["The ISIL (Da'esh) and Al-Qaida organisations"]
    assert r.get("listingDate") == ["2016-04-01"] and r.get("modifiedAt") == ["2016-04-01"]
    e = records["13188"]
    assert e.schema == "Organization"
    assert e.get("idNumber") == ["UN reference number: QE.A.146.14"]  # "UN REF:QE.A.146.14."
    assert e.get("listingDate") == ["2014-11-29"] and e.get("modifiedAt") == ["2014-12-02"]
    # Windows-1252: the 2014 file's curly apostrophe (0x92) reads as U+2019
    old = {r.id: r for r in source.parse(snapshot_files(source, [conlist / "2014-04-02"])).records}
    assert "DPRK\u2019s advanced weapons" in " ".join(old["12871"].get("notes"))


@pytest.mark.realdata
def test_backfill_diff_matches_raw_files(backfilled: Store, conlist: Path) -> None:
    raws = {d: raw_groups(conlist / d) for d in DATES}
    for a, b in zip(DATES, DATES[1:], strict=False):
        expected = raw_diff(raws[a], raws[b])
        got = diff(backfilled, "gb_hmt", a, b)
        for kind in ("added", "removed", "changed"):
            assert {k.split(":", 1)[1] for k in got[kind]} == expected[kind], (a, b, kind)
    # across the gap too (2014 -> 2020)
    got = diff(backfilled, "gb_hmt", DATES[0], DATES[2])
    expected = raw_diff(raws[DATES[0]], raws[DATES[2]])
    assert {k.split(":", 1)[1] for k in got["changed"]} == expected["changed"]
    assert len(got["added"]) == len(expected["added"])


@pytest.mark.realdata
def test_history_matches_raw_presence(backfilled: Store, conlist: Path) -> None:
    raws = {d: raw_groups(conlist / d) for d in DATES}
    # a Group ID in 2014 and 2016 but not 2020, one only in 2016, one changed in each file
    gone = sorted((set(raws[DATES[0]]) & set(raws[DATES[1]])) - set(raws[DATES[2]]))[0]
    h = entry_history(backfilled, f"gb_hmt:{gone}")
    assert [e["type"] for e in h["events"]] == (
        ["designation"]
        + (["amendment"] if raws[DATES[0]][gone] != raws[DATES[1]][gone] else [])
        + ["removal"])
    assert h["removed_on"] == DATES[2] and h["listed"] is False and h["list_ended"] is None
    only16 = sorted(set(raws[DATES[1]]) - set(raws[DATES[0]]) - set(raws[DATES[2]]))[0]
    h = entry_history(backfilled, f"gb_hmt:{only16}")
    assert [(e["type"], e["date"]) for e in h["events"]] == [
        ("designation", DATES[1]), ("removal", DATES[2])]
    always = sorted(k for k in set(raws[DATES[0]]) & set(raws[DATES[1]]) & set(raws[DATES[2]])
                    if raws[DATES[0]][k] != raws[DATES[1]][k] != raws[DATES[2]][k])[0]
    h = entry_history(backfilled, f"gb_hmt:{always}")
    assert [e["type"] for e in h["events"]] == ["designation", "amendment", "amendment", "list_ended"]
    # in the last edition: the list ended on its retirement date, the entry was not removed
    assert h["list_ended"]["date"] == "2026-01-28" and h["list_ended"]["successor"] == "gb_fcdo"
    assert h["status"] == "list ended" and h["removed_on"] is None and h["listed"] is False
    before = entry_history(backfilled, f"gb_hmt:{always}", as_of="2021-01-01")
    assert before["listed"] is True and before["status"] == "listed" and before["list_ended"] is None


@pytest.mark.realdata
def test_out_of_order_backfill_gives_the_same_history(backfilled: Store, conlist: Path,
                                                      tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'ooo.db'}")
    for date in ("2020-04-27", "2014-04-02", "2016-03-23"):  # the middle one slotted last
        ingest_paths(store, "gb_hmt", [conlist / date])
    for a, b in zip(DATES, DATES[1:], strict=False):
        x, y = diff(store, "gb_hmt", a, b), diff(backfilled, "gb_hmt", a, b)
        assert {k: x[k] for k in ("added", "removed", "changed")} == {
            k: y[k] for k in ("added", "removed", "changed")}
    store.dispose()


def test_snapshot_after_the_end_is_refused(fixtures: Path, tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'end.db'}")
    with pytest.raises(SnapshotRefused, match="retired this list on 2026-01-28"):
        ingest_paths(store, "gb_hmt", [fixtures / "gb_hmt" / "ConList.csv"], date="2026-02-01")
    (result,) = ingest_paths(store, "gb_hmt", [fixtures / "gb_hmt" / "ConList.csv"])
    assert result.date == "2024-05-10" and result.records == 4
    store.dispose()


def test_2022_layout_fixture(fixtures: Path) -> None:
    result = GbHmt().parse({"conlist.csv": (fixtures / "gb_hmt" / "ConList.csv").read_bytes()})
    assert result.published == "2024-05-10" and result.warnings == []
    recs = {r.id: r for r in result.records}
    p = recs["99001"]
    assert p.name == "Ivan Sergeyevich PETROV"  # "Primary name" on two rows (two DOBs)
    assert p.get("alias") == ["Ivan PETROFF"]  # Primary name variation
    assert p.get("weakAlias") == ["VANYA"]  # Alias Quality: Low quality
    assert p.get("nameOriginal") == ["Иван Сергеевич ПЕТРОВ"]
    assert p.get("birthDate") == ["1961-03-14", "1962"]
    assert p.get("passportNumber") == ["720456123"]
    assert "National identification number: 770312345678" in p.get("idNumber")
    assert "UK Sanctions List Ref: RUS9901" in p.get("idNumber")
    assert p.get("gender") == ["male"]
    assert "UK Sanctions List date designated: 2022-03-15" in p.get("notes")
    org = recs["99002"]
    assert org.schema == "Organization" and org.get("previousName") == ["EXAMPLE IMPORT LLC"]
    ship = recs["99003"]
    assert ship.schema == "Vessel" and ship.get("imoNumber") == ["9312345"]
    assert ship.get("flag") == ["Cameroon"] and ship.get("vesselType") == ["Crude oil tanker"]
    un = recs["99004"]
    assert un.get("idNumber") == ["UK Sanctions List Ref: AQD9904", "UN reference number: QDi.999"]
    assert un.get("program") == ["Counter-Terrorism (International)", "ISIL (Da'esh) and Al-Qaida"]
    assert un.get("listingDate") == ["2015-02-01", "2016-03-03"]
    assert un.get("nationality") == ["Iraq", "Syria"]


def test_refuses_other_csv_with_a_clear_message() -> None:
    with pytest.raises(ParseError, match="missing column.*Group ID"):
        GbHmt().parse({"conlist.csv": b"id,name\r\n1,ACME\r\n"})
    with pytest.raises(ParseError, match="2 CSV files"):
        GbHmt().parse({"a.csv": b"x", "b.csv": b"y"})


BIN = Path(sys.executable).parent / "listwatch"


@pytest.mark.realdata
def test_update_from_a_mirror_maps_the_folder_name(conlist: Path, tmp_path: Path) -> None:
    """The shared data keeps the list under gb_ofsi_conlist/, not gb_hmt/: update finds it."""
    env = {**os.environ, "LISTWATCH_DB": f"sqlite:///{tmp_path / 'u.db'}"}
    run = subprocess.run([str(BIN), "update", "--source", "gb_hmt", "--mirror", str(conlist.parent),
                          "--format", "json"], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    assert run.returncode == 0, run.stderr
    (item,) = json.loads(run.stdout)["sources"]
    assert item["status"] == "ok" and item["snapshot"]["date"] == "2020-04-27"
    # without a mirror: the list is retired, said so, and not an error
    run = subprocess.run([str(BIN), "update", "--source", "gb_hmt", "--format", "json"],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    (item,) = json.loads(run.stdout)["sources"]
    assert item["status"] == "ended" and "2026-01-28" in item["message"]


def test_unknown_columns_are_kept_so_their_changes_count() -> None:
    head = "Last Updated,01/01/2019\r\nName 6,Name 1,Group Type,Alias Type,Regime,Listed On,Group ID,Remark\r\n"
    a = GbHmt().parse({"c.csv": (head + "ACME,,Entity,Prime Alias,Iran,01/01/2010,1,old\r\n").encode()})
    b = GbHmt().parse({"c.csv": (head + "ACME,,Entity,Prime Alias,Iran,01/01/2010,1,new\r\n").encode()})
    assert a.records[0].get("notes") == ["Remark: old"]
    assert a.records[0].content_hash() != b.records[0].content_hash()
