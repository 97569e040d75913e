"""Ingest, diff and history on the real OFAC SDN files, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import gzip
import io
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from listwatch.errors import ConfigError, ParseError, SnapshotRefused
from listwatch.history.diff import diff
from listwatch.history.timeline import entry_history
from listwatch.store.ingest import ingest_paths
from listwatch.store.schema import blobs, snapshots, versions


def ent_nums(path: Path) -> dict[str, str]:
    """Independent reading of a raw sdn.csv: ent_num -> the whole row."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8", "replace").rstrip("\x1a\r\n")
    return {row[0]: "|".join(row) for row in csv.reader(io.StringIO(text)) if len(row) >= 12}


def counts(store) -> tuple[int, int, int]:
    with store.connect() as conn:
        return (
            conn.execute(select(func.count()).select_from(snapshots)).scalar(),
            conn.execute(select(func.count()).select_from(versions)).scalar(),
            conn.execute(select(func.count()).select_from(blobs)).scalar(),
        )


@pytest.mark.realdata
def test_two_snapshots_diff_matches_raw_files(store, shared_data):
    d1 = shared_data / "ofac_sdn" / "2021-08-18"
    d2 = shared_data / "ofac_sdn" / "2021-08-20"
    r1 = ingest_paths(store, "us_ofac_sdn", [d1])[0]
    r2 = ingest_paths(store, "us_ofac_sdn", [d2])[0]
    assert (r1.date, r1.records) == ("2021-08-18", 9083)
    assert (r2.date, r2.records) == ("2021-08-20", 9086)
    a, b = ent_nums(d1 / "sdn.csv"), ent_nums(d2 / "sdn.csv")
    result = diff(store, "us_ofac_sdn", "2021-08-18", "2021-08-20")
    assert result["added"] == sorted(f"us_ofac_sdn:{k}" for k in b.keys() - a.keys())
    assert result["removed"] == sorted(f"us_ofac_sdn:{k}" for k in a.keys() - b.keys())
    raw_changed = {f"us_ofac_sdn:{k}" for k in a.keys() & b.keys() if a[k] != b[k]}
    assert set(result["changed"]) == raw_changed
    assert r2.added == len(result["added"]) and r2.removed == len(result["removed"])
    # dates in between resolve to the snapshot in force
    assert diff(store, "us_ofac_sdn", "2021-08-19", "2021-08-30")["added"] == result["added"]


@pytest.mark.realdata
def test_history_of_added_entry(store, shared_data):
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2021-08-18"])
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2021-08-20"])
    key = diff(store, "us_ofac_sdn", "2021-08-18", "2021-08-20")["added"][0]
    hist = entry_history(store, key)
    assert hist["key"] == key and hist["listed"] is True
    assert [(e["type"], e["date"]) for e in hist["events"]] == [("designation", "2021-08-20")]
    assert hist["first_seen"] == "2021-08-20"
    assert "observed_since_first_snapshot" not in hist["events"][0]
    # an entry present from the start is marked as observed since the first snapshot
    old = entry_history(store, "us_ofac_sdn:36")
    assert old["events"][0].get("observed_since_first_snapshot") is True


@pytest.mark.realdata
def test_same_bytes_twice_is_a_noop(store, shared_data):
    folder = shared_data / "ofac_sdn" / "2021-08-18"
    ingest_paths(store, "us_ofac_sdn", [folder])
    before = counts(store)
    again = ingest_paths(store, "us_ofac_sdn", [folder / "sdn.csv"], date="2021-09-01")[0]
    assert again.status == "unchanged" and "already stored" in again.message
    assert counts(store) == before


@pytest.mark.realdata
def test_out_of_order_equals_in_order(tmp_path, shared_data, db_url):
    from listwatch.store.db import Store

    hist = shared_data / "ofac_sdn_history"
    days = ["2022-02-23", "2022-02-24", "2022-02-25"]
    for d in days:
        assert (hist / d).is_dir(), d
    in_order = Store(db_url)
    for d in days:
        ingest_paths(in_order, "us_ofac_sdn", [hist / d / "sdn.csv.gz"])
    expected = {
        (a, b): diff(in_order, "us_ofac_sdn", a, b) for a, b in [(days[0], days[1]), (days[1], days[2])]
    }
    with in_order.connect() as conn:
        state = sorted(conn.execute(select(versions.c.key, versions.c.hash, versions.c.valid_from, versions.c.valid_to)).all())
    in_order.dispose()
    other = Store(f"sqlite:///{tmp_path / 'other.db'}")
    for d in [days[2], days[0], days[1]]:
        result = ingest_paths(other, "us_ofac_sdn", [hist / d / "sdn.csv.gz"])[0]
    assert result.replayed == 1
    for (a, b), want in expected.items():
        got = diff(other, "us_ofac_sdn", a, b)
        assert (got["added"], got["removed"], got["changed"]) == (want["added"], want["removed"], want["changed"])
    with other.connect() as conn:
        assert sorted(conn.execute(select(versions.c.key, versions.c.hash, versions.c.valid_from, versions.c.valid_to)).all()) == state


@pytest.mark.realdata
def test_far_smaller_snapshot_refused_unless_forced(store, shared_data, tmp_path):
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2021-08-18"])
    lines = (shared_data / "ofac_sdn" / "2021-08-20" / "sdn.csv").read_bytes().split(b"\r\n")
    small = tmp_path / "2021-08-20" / "sdn.csv"
    small.parent.mkdir()
    small.write_bytes(b"\r\n".join(lines[:1000]) + b"\r\n\x1a")
    before = counts(store)
    with pytest.raises(SnapshotRefused, match="refused a snapshot of 1,000 records"):
        ingest_paths(store, "us_ofac_sdn", [small])
    assert counts(store) == before
    forced = ingest_paths(store, "us_ofac_sdn", [small], force=True)[0]
    assert forced.status == "ingested" and forced.removed > 8000


@pytest.mark.realdata
@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"<!DOCTYPE html><html><body>503 Service Unavailable</body></html>", "HTML page"),
    ],
)
def test_bad_files_change_nothing(store, shared_data, tmp_path, content, message):
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2021-08-18"])
    before = counts(store)
    bad = tmp_path / "sdn.csv"
    bad.write_bytes(content)
    with pytest.raises(ParseError, match=message):
        ingest_paths(store, "us_ofac_sdn", [bad], date="2021-09-01")
    assert counts(store) == before


@pytest.mark.realdata
def test_wrong_format_for_source(store, shared_data):
    with pytest.raises(ParseError):
        ingest_paths(store, "us_ofac_sdn", [shared_data / "un_sc_consolidated" / "2026-02-27" / "UN_consolidated.xml"], date="2026-02-27")
    assert counts(store) == (0, 0, 0)


@pytest.mark.realdata
def test_date_is_required_without_any_hint(store, shared_data, tmp_path):
    f = tmp_path / "sdn.csv"
    shutil.copy(shared_data / "ofac_sdn" / "2021-08-18" / "sdn.csv", f)
    with pytest.raises(ConfigError, match="--date"):
        ingest_paths(store, "us_ofac_sdn", [f])
    assert ingest_paths(store, "us_ofac_sdn", [f], date="2021-08-18")[0].date == "2021-08-18"


@pytest.mark.realdata
def test_folder_of_dated_subfolders_and_removal_history(store, shared_data, tmp_path):
    hist = shared_data / "ofac_sdn_history"
    picked = ["2022-03-01", "2022-03-04", "2022-03-07"]
    root = tmp_path / "scrape"
    for d in picked:
        (root / d).mkdir(parents=True)
        shutil.copy(hist / d / "sdn.csv.gz", root / d / "sdn.csv.gz")
    results = ingest_paths(store, "us_ofac_sdn", [root])
    assert [r.date for r in results] == picked
    a = ent_nums(hist / picked[0] / "sdn.csv.gz")
    c = ent_nums(hist / picked[2] / "sdn.csv.gz")
    result = diff(store, "us_ofac_sdn", picked[0], picked[2])
    assert result["added"] == sorted(f"us_ofac_sdn:{k}" for k in c.keys() - a.keys())
    assert result["removed"] == sorted(f"us_ofac_sdn:{k}" for k in a.keys() - c.keys())
    # raw bytes kept once each and recoverable
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(blobs)).scalar() == 3


def test_a_backfill_run_again_parses_only_the_new_folders(store, tmp_path, monkeypatch):
    """A folder of dated sub-folders ingested again (one more day scraped, or a run resumed
    after a crash): the stored ones are known by their bytes, answered 'unchanged' without
    being parsed; the state is the one a single run gives."""
    import listwatch.store.ingest as ingest

    root = tmp_path / "scrape"
    rows = ["a,Alpha Trading Co,Company", "b,Bravo Shipping Co,Company",
            "c,Charlie Mining Co,Company", "d,Delta Oil Co,Company"]
    days = ["2021-01-04", "2021-01-11", "2021-01-18", "2021-01-25"]
    for n, day in enumerate(days):
        (root / day).mkdir(parents=True)
        (root / day / "custom.csv").write_text("id,name,schema\n" + "\n".join(rows[: n + 1])
                                               + "\n")
    last = root / days[-1]
    shutil.move(last, tmp_path / "later")  # (scraped after the first run)
    assert [r.status for r in ingest_paths(store, "custom", [root])] == ["ingested"] * 3

    prepared: list[str] = []
    real = ingest.prepared_in_order

    def spy(source_id, subs):
        prepared.extend(day for day, _ in subs)
        return real(source_id, subs)

    monkeypatch.setattr(ingest, "prepared_in_order", spy)
    shutil.move(tmp_path / "later", last)
    results = ingest_paths(store, "custom", [root])
    assert prepared == [days[-1]]
    assert [(r.date, r.status) for r in results] == [
        *((d, "unchanged") for d in days[:-1]), (days[-1], "ingested")]
    assert diff(store, "custom", days[0], days[-1])["added"] == [
        "custom:b", "custom:c", "custom:d"]
    # run a third time: nothing is parsed at all
    prepared.clear()
    assert [r.status for r in ingest_paths(store, "custom", [root])] == ["unchanged"] * 4
    assert prepared == []


@pytest.mark.realdata
def test_several_dated_folders_are_each_their_own_snapshot(store, shared_data, tmp_path):
    """Two snapshot folders given at once (``ingest DIR_2021 DIR_2024``) were read as one
    snapshot: the second sdn.csv replaced the first, the whole dated by the first folder
    (the 2024 list stored as the list of 2021-07-07, with 2021's alias and address
    files). Each folder is now its own snapshot, in date order; files of several dates,
    several dates under one ``--date``, and two files read under one name are refused,
    storing nothing."""
    old, new = shared_data / "ofac_sdn" / "2021-07-07", shared_data / "ofac_sdn" / "2024-05-03"
    with pytest.raises(ConfigError, match="2 snapshot dates"):
        ingest_paths(store, "us_ofac_sdn", [old / "sdn.csv", new / "sdn.csv"])
    with pytest.raises(ConfigError, match="--date would give them one"):
        ingest_paths(store, "us_ofac_sdn", [new, old], date="2024-05-03")
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(new / "sdn.csv", copy / "sdn.csv")
    with pytest.raises(ConfigError, match="two files read as us_ofac_sdn's sdn.csv"):
        ingest_paths(store, "us_ofac_sdn", [old / "sdn.csv", copy / "sdn.csv"])
    assert counts(store)[0] == 0
    results = ingest_paths(store, "us_ofac_sdn", [new, old])
    assert [(r.date, r.records) for r in results] == [
        ("2021-07-07", len(ent_nums(old / "sdn.csv"))), ("2024-05-03", len(ent_nums(new / "sdn.csv")))]
