"""Broken upstream files: every source, a corpus of damaged copies of its real files.

Each damaged snapshot is either **refused** with a listwatch error whose message is one line
and says what is wrong, or **partly accepted** where the format lets the parser tell which
rows are good (with warnings saying what was dropped). After a refusal the snapshot that
was current stays current, with the same counts.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from listwatch.errors import ListwatchError, SnapshotRefused
from listwatch.sources import REGISTRY
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths
from listwatch.summary import sources_summary

from .corpus import EXTRA_SOURCES, WRONG_FILE_FROM, Good, damaged, good_snapshots, shared_data_dir

GOOD_DATE = "2024-01-01"
BAD_DATE = "2024-02-01"
#: Sources whose list ended before GOOD_DATE take dates within their life instead.
DATES = {"us_dod_1237": ("2021-01-14", "2021-02-01")}


def _dates(sid: str) -> tuple[str, str]:
    return DATES.get(sid, (GOOD_DATE, BAD_DATE))

#: (source, case prefix) -> "partial" where the format lets a damaged file be partly read.
#: Every other case must be refused.
PARTIAL: dict[tuple[str, str], str] = {
    # One Latin-1 byte in a UTF-8 CSV: decoded as Windows-1252, said in a warning.
    ("us_ofac_sdn", "latin1_in_utf8"): "UTF-8",
    ("us_ofac_cons", "latin1_in_utf8"): "UTF-8",
    ("us_trade_csl", "latin1_in_utf8"): "UTF-8",
    ("us_bis_dpl", "latin1_in_utf8"): "UTF-8",
    ("custom", "latin1_in_utf8"): "UTF-8",
    ("us_dod_1237", "latin1_in_utf8"): "UTF-8",
    # UTF-16 text with its byte order mark is read whole, and said in a warning.
    ("us_trade_csl", "utf16"): "UTF-16",
    ("us_bis_dpl", "utf16"): "UTF-16",
    ("us_dod_1237", "utf16"): "UTF-16",
    ("us_dod_1260h", "utf16"): "UTF-16",
    ("us_dod_1237", "repeated_header"): "repeated header",
    ("us_dod_1260h", "repeated_header"): "repeated header",
    # OFSI's list is Windows-1252 text by design: read, and said in a warning.
    ("gb_hmt", "latin1_in_utf8"): "Windows-1252",
    # Re-saved as UTF-16 (with its byte order mark): read, and said in a warning.
    ("gb_hmt", "utf16"): "UTF-16",
    # A repeated first line ("Last Updated,dd/mm/yyyy") mid-file: skipped, warned.
    ("gb_hmt", "repeated_header"): "repeated 'Last Updated'",
    # A repeated line: a repeated header row is skipped, a repeated entry kept once.
    ("us_ofac_sdn", "repeated_header"): "twice",
    ("us_ofac_cons", "repeated_header"): "twice",
    ("us_trade_csl", "repeated_header"): "repeated header",
    ("us_bis_dpl", "repeated_header"): "header",
    ("custom", "repeated_header"): "repeated header",
    ("ftm", "repeated_header"): "twice",
    ("os_eu_fsf", "repeated_header"): "twice",
    # trade.gov's CSL ends inside a quoted field in the real sample: documented choice
    # (docs/sources.md) to keep the good rows and warn that the file was cut.
    ("us_trade_csl", "truncated"): "cut short",
    # Two of the fixture's four designations lose their name element: skipped, warned
    # (a real-size list losing more than 1 in 20 is refused).
    ("gb_fcdo", "column_renamed"): "no name",
}
#: Cases whose outcome depends on where the cut falls: a custom CSV cut inside a row is
#: refused (too few columns, no final line break); cut inside the last value of a row it
#: cannot be told from a file saved without a final line break, so it is read with a warning.
EITHER: dict[tuple[str, str], str] = {
    ("custom", "truncated"): "no line break",
    # A transcribed DoD list cut inside its last field still has every field: warned.
    ("us_dod_1237", "truncated"): "no line break",
    ("us_dod_1260h", "truncated"): "no line break",
}

#: What the one-line message must mention, per damage.
SAYS = {
    "empty": r"empty",
    "whitespace": r"empty",
    "truncated": r"truncat|cut|ends inside|not well-formed|incomplete",
    "html_error_page": r"HTML",
    "html_no_doctype": r"HTML",
    "utf16": r"binary|NUL|not well-formed|encoding|not valid JSON",
    "latin1_in_utf8": r"not well-formed|not valid JSON|neither UTF-8",
    "repeated_header": r"not well-formed|declaration",
    "column_renamed": r"missing|column|malformed|fields|skipped|no name|not an FtM|no <",
    "wrong_file": r"not (the|an|a)\b|missing|fields instead|root|not valid JSON|tab-separated",
    "binary_zip": r"ZIP|binary|NUL|not well-formed|not valid JSON",
}


def _cases() -> list[tuple[str, str, bytes]]:
    shared = shared_data_dir()
    if not (shared / "SOURCES.md").exists():
        return []  # (test_corpus_covers_every_source says why: realdata)
    goods = good_snapshots(shared)
    out = []
    for sid, good in goods.items():
        main = good.read()[good.main]
        other = goods[WRONG_FILE_FROM[sid]]
        for case, data in damaged(good, main, other.read()[other.main]):
            out.append((sid, case, data))
    return out


CASES = _cases()


def _write_snapshot(folder: Path, good: Good, main_bytes: bytes | None = None) -> Path:
    """Write a snapshot folder with the good files, the main one replaced if given."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in good.read().items():
        (folder / name).write_bytes(main_bytes if name == good.main and main_bytes is not None
                                    else data)
    return folder


@pytest.fixture(scope="module")
def good_dbs(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> dict[str, Path]:
    """Per source, a SQLite file holding its good snapshot (copied for each test)."""
    base = tmp_path_factory.mktemp("good")
    out = {}
    for sid, good in good_snapshots(shared_data).items():
        path = base / f"{sid}.db"
        store = Store(f"sqlite:///{path}")
        good_date = _dates(sid)[0]
        ingest_paths(store, sid, [_write_snapshot(base / sid / good_date, good)], date=good_date)
        store.dispose()
        out[sid] = path
    return out


def _state(store: Store, sid: str) -> dict[str, object]:
    row = next(s for s in sources_summary(store) if s["id"] == sid)
    return {k: v for k, v in row.items() if k != "last_ingest"}


@pytest.mark.realdata
def test_corpus_covers_every_source() -> None:
    assert {sid for sid, _, _ in CASES} == set(REGISTRY) | EXTRA_SOURCES
    kinds = {re.sub(r"@\d+$", "", case) for _, case, _ in CASES}
    assert kinds == set(SAYS)


@pytest.mark.parametrize(("sid", "case", "data"), CASES,
                         ids=[f"{s}-{c}" for s, c, _ in CASES])
def test_damaged_snapshot(sid: str, case: str, data: bytes, good_dbs: dict[str, Path],
                          tmp_path: Path, shared_data: Path) -> None:
    good = good_snapshots(shared_data)[sid]
    db = tmp_path / "db.sqlite"
    shutil.copy(good_dbs[sid], db)
    store = Store(f"sqlite:///{db}")
    before = _state(store, sid)
    kind = re.sub(r"@\d+$", "", case)
    expected = PARTIAL.get((sid, kind)) or EITHER.get((sid, kind)) or "refused"
    either = (sid, kind) in EITHER
    bad_date = _dates(sid)[1]
    folder = _write_snapshot(tmp_path / "bad" / bad_date, good, data)
    try:
        results = ingest_paths(store, sid, [folder], date=bad_date)
    except SnapshotRefused as exc:
        # Parsed, but far fewer records than the current snapshot: refused by the size check.
        # Only a partly readable file may get this far.
        assert expected != "refused" or kind == "wrong_file", (case, str(exc))
        message = str(exc)
        assert "\n" not in message and "--force" in message
        assert _state(store, sid) == before
        return
    except ListwatchError as exc:
        message = str(exc)
        assert expected == "refused" or either, f"{sid}/{case} should be partly read: {message}"
        assert "\n" not in message, message
        assert re.search(SAYS[kind], message, re.IGNORECASE), f"{sid}/{case}: unclear message: {message}"
        assert _state(store, sid) == before, "a refused snapshot changed the store"
        return
    finally:
        store.dispose()
    assert expected != "refused", f"{sid}/{case} was accepted: {results[0].to_dict()}"
    (result,) = results
    assert result.status == "ingested"
    assert any(expected.lower() in w.lower() for w in result.warnings), result.warnings


def test_same_format_other_list_is_refused_by_the_size_check(good_dbs: dict[str, Path],
                                                             tmp_path: Path,
                                                             shared_data: Path) -> None:
    """OFAC's non-SDN list served as sdn.csv parses (same format) but holds 442 entries
    against 8,976: refused, the SDN snapshot stays current."""
    db = tmp_path / "db.sqlite"
    shutil.copy(good_dbs["us_ofac_sdn"], db)
    store = Store(f"sqlite:///{db}")
    before = _state(store, "us_ofac_sdn")
    folder = tmp_path / BAD_DATE
    folder.mkdir()
    cons = shared_data / "ofac_consolidated" / "2025-12-19"
    for ours, theirs in (("sdn.csv", "cons_prim.csv"), ("add.csv", "cons_add.csv"),
                         ("alt.csv", "cons_alt.csv")):
        (folder / ours).write_bytes((cons / theirs).read_bytes())
    with pytest.raises(SnapshotRefused, match=r"442 records .* 8,976"):
        ingest_paths(store, "us_ofac_sdn", [folder], date=BAD_DATE)
    assert _state(store, "us_ofac_sdn") == before
    store.dispose()


# --- `listwatch update` with a mirror where some sources are damaged -------------------

BIN = Path(sys.executable).parent / "listwatch"


def _cli(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LISTWATCH_DB": db, "COLUMNS": "200"}
    return subprocess.run([str(BIN), *args], check=False, capture_output=True, text=True, env=env, timeout=300)


def test_update_reports_each_damaged_source_and_keeps_its_current_snapshot(
        tmp_path: Path, shared_data: Path) -> None:
    """First update: every downloadable source good. Second update, a day later: three
    sources damaged three ways (truncated XML, renamed column, error page), two good ones
    changed. The damaged ones are reported failed and keep their snapshot; the others go in."""
    goods = good_snapshots(shared_data)
    sids = ["us_ofac_sdn", "us_ofac_cons", "us_trade_csl", "us_bis_dpl", "un_sc"]
    db = f"sqlite:///{tmp_path / 'update.db'}"
    mirror1, mirror2 = tmp_path / "m1", tmp_path / "m2"
    for sid in sids:
        g = goods[sid]
        _write_snapshot(mirror1 / sid / "2024-01-01", g)
    r = _cli("update", *[a for s in sids for a in ("--source", s)], "--mirror", str(mirror1),
             "--format", "json", db=db)
    assert r.returncode == 0, r.stderr
    first = {s["id"]: s for s in json.loads(_cli("sources", "--format", "json", db=db).stdout)}

    un = goods["un_sc"].read()[goods["un_sc"].main]
    csl = goods["us_trade_csl"].read()[goods["us_trade_csl"].main]
    damaged_main = {
        "un_sc": un[: len(un) // 2],
        "us_trade_csl": csl.replace(b",name,", b",entity_name,", 1),
        "us_bis_dpl": b"<!DOCTYPE html><html><body><h1>504 Gateway Time-out</h1></body></html>",
    }
    for sid in sids:
        g = goods[sid]
        main = damaged_main.get(sid)
        if main is None:  # a real change: the good list with one entry fewer
            data = g.read()[g.main]
            cut = data.index(b"\n", len(data) // 2) + 1
            main = data[:cut] + data[data.index(b"\n", cut) + 1:]
        _write_snapshot(mirror2 / sid / "2024-02-01", g, main)
    r = _cli("update", *[a for s in sids for a in ("--source", s)], "--mirror", str(mirror2),
             "--format", "json", db=db)
    assert r.returncode == 1, (r.stdout, r.stderr)
    report = {s["source"]: s for s in json.loads(r.stdout)["sources"]}
    for sid in damaged_main:
        assert report[sid]["status"] == "failed", report[sid]
        assert "\n" not in report[sid]["message"]
    assert "not well-formed" in report["un_sc"]["message"]
    assert "missing column(s) name" in report["us_trade_csl"]["message"]
    assert "HTML page" in report["us_bis_dpl"]["message"]
    for sid in ("us_ofac_sdn", "us_ofac_cons"):
        assert report[sid]["status"] == "ok", report[sid]
        assert report[sid]["snapshot"]["removed"] == 1
    after = {s["id"]: s for s in json.loads(_cli("sources", "--format", "json", db=db).stdout)}
    for sid in damaged_main:
        assert after[sid]["snapshots"] == first[sid]["snapshots"] == 1
        assert after[sid]["latest_date"] == first[sid]["latest_date"]
    for sid in ("us_ofac_sdn", "us_ofac_cons"):
        assert after[sid]["snapshots"] == 2 and after[sid]["latest_date"] == "2024-02-01"
    # the failures are said on stderr too, one line each, and no traceback
    assert "Traceback" not in r.stderr
