"""The DoD Section 1237 and 1260H lists: each dated folder becomes the list in force on
that date; diffs between editions equal the sets computed here from the shared files."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.history.diff import diff as diff_snapshots
from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths, rebuild
from listwatch.store.snapshots import list_snapshots

pytestmark = pytest.mark.realdata


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _norm(name: str) -> str:
    """An independent name form: letters and digits, legal forms dropped at the end."""
    words = re.sub(r"[^a-z0-9]+", " ", name.casefold().replace("’", "'")).split()
    forms = {"co", "ltd", "limited", "company", "corp", "corporation", "inc", "plc", "llc"}
    while len(words) > 1 and words[-1] in forms:
        words.pop()
    return " ".join(words)


@pytest.fixture(scope="module")
def dod(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('dod') / 'dod.db'}")
    for sid in ("us_dod_1237", "us_dod_1260h"):
        ingest_paths(store, sid, [shared_data / "us_dod_cmc"])
    return store


def test_every_dated_folder_is_a_snapshot_and_the_withdrawn_notice_is_not(dod, shared_data):
    with dod.connect() as conn:
        s1237 = [s.date for s in list_snapshots(conn, "us_dod_1237")]
        s1260h = [(s.date, s.record_count) for s in list_snapshots(conn, "us_dod_1260h")]
    assert s1237 == sorted(p.name for p in (shared_data / "us_dod_cmc/sec1237").iterdir())
    assert "2026-02-13" not in [d for d, _ in s1260h]
    counts = dict(s1260h)
    # editions are whole lists; notices change single entries of the list in force
    assert counts["2021-06-03"] == 47 and counts["2022-10-05"] == 60
    assert counts["2024-01-31"] == 73 and counts["2024-10-23"] == 73 and counts["2024-12-17"] == 71
    assert counts["2025-01-07"] == 134 and counts["2026-06-08"] == 188


def test_1237_tranches_accumulate_and_the_correction_swaps_one_name(dod, shared_data):
    base = shared_data / "us_dod_cmc/sec1237"
    expected: set[str] = set()
    with dod.connect() as conn:
        snaps = list_snapshots(conn, "us_dod_1237")
    for prev, snap in zip([None, *snaps], snaps, strict=False):
        rows = _rows(base / snap.date / "list.csv")
        added = {_norm(r["name_clean"]) for r in rows if r["action"] == "added"}
        removed = {_norm(r["name_clean"]) for r in rows if r["action"] == "removed"}
        expected = (expected - removed) | added
        assert snap.record_count == len(expected), snap.date
        if prev is not None:
            d = diff_snapshots(dod, "us_dod_1237", prev.date, snap.date)
            assert len(d["added"]) == len(added) and len(d["removed"]) == len(removed), snap.date
    d = diff_snapshots(dod, "us_dod_1237", "2021-01-14", "2021-03-09")
    assert d["removed"] == ["us_dod_1237:luokong-technology"]
    assert d["added"] == ["us_dod_1237:luokung-technology"]


def _renamed_pairs(rows: list[dict[str, str]], old: set[str]) -> set[str]:
    """Old names an edition says a new entry was printed under ("formerly", "also known as")."""
    out = set()
    for r in rows:
        if _norm(r["name_clean"]) in old:
            continue  # the entry was there under this name: its old name is another entry
        for alias in filter(None, (a.strip() for a in r["aliases"].split(";"))):
            if re.search(rf"(formerly|also known as)\s+{re.escape(alias)}", r["name"], re.I):
                out.add(_norm(alias))
    return out


def test_diffs_between_consecutive_1260h_snapshots_equal_the_files(dod, shared_data):
    """Added and removed *names* of every consecutive pair, from the files alone."""
    base = shared_data / "us_dod_cmc/sec1260h"
    with dod.connect() as conn:
        snaps = list_snapshots(conn, "us_dod_1260h")
    in_force: set[str] = set()
    for prev, snap in zip([None, *snaps], snaps, strict=False):
        rows = _rows(base / snap.date / "list.csv")
        actions = {r["action"] for r in rows}
        old = set(in_force)
        if actions <= {"listed", "added"} and "listed" in actions or prev is None:
            in_force = {_norm(r["name_clean"]) for r in rows}
        else:
            in_force = (in_force - {_norm(r["name_clean"]) for r in rows if r["action"] == "removed"}) | {
                _norm(r["name_clean"]) for r in rows if r["action"].startswith("added")}
        if prev is None:
            continue
        renamed = _renamed_pairs(rows, old)
        want_added = in_force - old
        want_removed = old - in_force
        d = diff_snapshots(dod, "us_dod_1260h", prev.date, snap.date)
        got_added = {_norm(d["names"][k]) for k in d["added"]}
        got_removed = {_norm(d["names"][k]) for k in d["removed"]}
        assert got_added <= want_added, (snap.date, got_added - want_added)
        assert got_removed <= want_removed, (snap.date, got_removed - want_removed)
        # the rest are entries re-printed under a new name: one changed entry, not two
        merged_new, merged_old = want_added - got_added, want_removed - got_removed
        assert len(merged_new) == len(merged_old) <= 8, snap.date
        # an edition that names an entry's former name never reports that name removed
        assert not (renamed & got_removed), snap.date
    assert snap.date == "2026-06-08"


def test_printed_removals_and_notices(dod):
    d = diff_snapshots(dod, "us_dod_1260h", "2024-10-23", "2024-12-17")
    assert sorted(d["removed"]) == ["us_dod_1260h:advanced-micro-fabrication-equipment-inc-china",
                                    "us_dod_1260h:idg-capital-partners"]
    assert d["added"] == []
    d = diff_snapshots(dod, "us_dod_1260h", "2022-10-05", "2024-01-31")
    removed = {d["names"][k] for k in d["removed"]}
    assert len(removed) == 3 and any("Torch" in n for n in removed)
    assert len(d["added"]) == 16
    # Hesai's re-designation changes the entry, it does not add a second one
    d = diff_snapshots(dod, "us_dod_1260h", "2024-01-31", "2024-10-23")
    assert d["added"] == [] and d["removed"] == [] and d["changed"] == ["us_dod_1260h:hesai-technology"]


def test_renamed_entries_keep_their_key(dod):
    # DJI re-printed under a new name in 2026 (same short name), Hesai "also known as"
    for old_date, new_date, key in (
        ("2025-01-07", "2026-06-08", "us_dod_1260h:shenzhen-dji-innovation-technology"),
        ("2025-01-07", "2026-06-08", "us_dod_1260h:hesai-technology"),
    ):
        d = diff_snapshots(dod, "us_dod_1260h", old_date, new_date)
        assert key in d["changed"], key


def test_rebuild_gives_the_same_history(dod):
    with dod.connect() as conn:
        before = [(s.date, s.record_count, s.added, s.removed) for s in list_snapshots(conn, "us_dod_1260h")]
    rebuild(dod, "us_dod_1260h")
    with dod.connect() as conn:
        after = [(s.date, s.record_count, s.added, s.removed) for s in list_snapshots(conn, "us_dod_1260h")]
    assert after == before


def test_a_notice_slotted_in_late_applies_to_the_list_in_force(shared_data, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'late.db'}")
    base = shared_data / "us_dod_cmc/sec1260h"
    for day in ("2024-01-31", "2025-01-07", "2024-12-17"):  # the notice last
        ingest_paths(store, "us_dod_1260h", [base / day])
    with store.connect() as conn:
        counts = {s.date: s.record_count for s in list_snapshots(conn, "us_dod_1260h")}
    assert counts == {"2024-01-31": 73, "2024-12-17": 71, "2025-01-07": 134}


def test_a_removal_of_an_unknown_name_fails_loudly(shared_data, tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'bad.db'}")
    ingest_paths(store, "us_dod_1260h", [shared_data / "us_dod_cmc/sec1260h/2021-06-03"])
    with pytest.raises(ParseError, match="not on the list in force"):
        ingest_paths(store, "us_dod_1260h", [shared_data / "us_dod_cmc/sec1260h/2024-12-17"])


def test_records_carry_the_list_and_its_legal_basis(dod):
    src = get_source("us_dod_1237")
    assert "EO 13959" in src.legal_effect and src.legal_basis == "us_dod_1237"
    from listwatch.history.timeline import entry_history

    h = entry_history(dod, "us_dod_1260h:aviation-industry-corp-of-china")
    assert h["listed_intervals"][0]["from"] == "2021-06-03"
