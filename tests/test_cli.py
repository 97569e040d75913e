"""The command line as a person uses it: real processes, real files, exit codes, messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent / "listwatch"


def run(*args: str, db: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "LISTWATCH_DB": db, "COLUMNS": "200", **(env or {})}
    return subprocess.run([str(BIN), *args], capture_output=True, text=True, env=full_env, timeout=300)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.mark.realdata
def test_ingest_diff_history_json(db, shared_data):
    r = run("ingest", str(shared_data / "ofac_sdn" / "2021-08-18"), "--source", "us_ofac_sdn", db=db)
    assert r.returncode == 0, r.stderr
    assert "9,083 records" in r.stderr
    r = run("ingest", str(shared_data / "ofac_sdn" / "2021-08-20" / "sdn.csv"), "--source", "us_ofac_sdn",
            "--format", "json", db=db)
    assert r.returncode == 0, r.stderr
    result = json.loads(r.stdout)["results"][0]
    assert result["date"] == "2021-08-20" and result["status"] == "ingested"
    r = run("diff", "--source", "us_ofac_sdn", "2021-08-18", "2021-08-20", "--format", "json", db=db)
    d = json.loads(r.stdout)
    assert set(d) >= {"source", "from", "to", "added", "removed", "changed"}
    assert len(d["added"]) == result["added"] and d["from"] == "2021-08-18"
    r = run("history", "--entry", d["added"][0], "--format", "json", db=db)
    h = json.loads(r.stdout)
    assert h["key"] == d["added"][0] and h["events"][0]["type"] == "designation"
    assert h["events"][0]["date"] == "2021-08-20"
    r = run("history", "ROSNEFT TRADING", db=db)
    assert r.returncode == 0 and "ROSNEFT TRADING S.A." in r.stdout
    r = run("sources", "--format", "json", db=db)
    sdn = next(s for s in json.loads(r.stdout) if s["id"] == "us_ofac_sdn")
    assert sdn["snapshots"] == 2 and sdn["latest_date"] == "2021-08-20" and sdn["records"] == 9086
    # the same bytes again: a notice, exit 0, nothing new
    r = run("ingest", str(shared_data / "ofac_sdn" / "2021-08-20"), "--source", "us_ofac_sdn", db=db)
    assert r.returncode == 0 and "already stored" in r.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["ingest", "/nonexistent/sdn.csv", "--source", "us_ofac_sdn"], "no such file"),
        (["ingest", "x", "--source", "nope"], "unknown source 'nope'"),
        (["diff", "--source", "us_ofac_sdn", "2021-01-01", "2021-02-01"], "no snapshots of us_ofac_sdn"),
        (["history", "--entry", "us_ofac_sdn:1"], "no entry"),
        (["history", "--entry", "us_ofac_sdn:1", "--as-of", "2021-13-01"], "not a real calendar date"),
        (["sources", "--format", "xml"], "unknown format"),
    ],
)
def test_errors_are_one_line_messages(db, args, message):
    r = run(*args, db=db)
    assert r.returncode != 0
    assert message in r.stderr
    assert "Traceback" not in r.stderr and "Traceback" not in r.stdout


def test_bad_database_url(tmp_path):
    r = run("sources", db="postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert r.returncode != 0 and "cannot open the database" in r.stderr
    assert "Traceback" not in r.stderr


def test_truncated_gzip_is_refused(db, tmp_path, shared_data):
    data = (shared_data / "ofac_sdn_history" / "2021-08-18" / "sdn.csv.gz").read_bytes()
    bad = tmp_path / "2021-08-18" / "sdn.csv.gz"
    bad.parent.mkdir()
    bad.write_bytes(data[: len(data) // 2])
    r = run("ingest", str(bad), "--source", "us_ofac_sdn", db=db)
    assert r.returncode != 0 and "truncated" in r.stderr
    r = run("sources", "--format", "json", db=db)
    assert next(s for s in json.loads(r.stdout) if s["id"] == "us_ofac_sdn")["snapshots"] == 0


@pytest.mark.realdata
def test_update_from_folder_mirror(db, shared_data):
    r = run("update", "--source", "us_ofac_sdn", "--source", "us_bis_dpl", "--source", "eu_fsf",
            "--mirror", str(shared_data), "--format", "json", db=db)
    report = {s["source"]: s for s in json.loads(r.stdout)["sources"]}
    assert report["us_ofac_sdn"]["status"] == "ok"
    assert report["us_bis_dpl"]["status"] == "ok"
    assert report["eu_fsf"]["status"] == "missing"  # no EU folder in the shared data
    assert r.returncode == 0, r.stderr
    r = run("sources", "--format", "json", db=db)
    rows = {s["id"]: s for s in json.loads(r.stdout)}
    assert rows["us_ofac_sdn"]["latest_date"] == "2024-05-03"
    # the DPL carries its own date (its latest Last_Update), which wins over the folder name
    assert rows["us_bis_dpl"]["latest_date"] == "2022-09-02"
    # a second update finds the same bytes: unchanged, exit 0
    r = run("update", "--source", "us_ofac_sdn", "--mirror", str(shared_data), "--format", "json", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["sources"][0]["status"] == "unchanged"


def test_plain_update_says_which_lists_it_left_out_and_how_to_fetch_them(db, tmp_path):
    mirror = tmp_path / "empty-mirror"
    mirror.mkdir()
    r = run("update", "--mirror", str(mirror), "--format", "json", db=db)
    report = json.loads(r.stdout)
    assert "us_ofac_sdn" in {s["source"] for s in report["sources"]}
    (dod,) = report["left_out"]
    assert dod["sources"] == ["us_dod_1237", "us_dod_1260h"]
    assert dod["command"] == "listwatch update --source us_dod_cmc --mirror M"
    assert "LISTWATCH_DOD_1260H_FTM" in dod["message"]
    r = run("update", "--mirror", str(mirror), db=db)
    assert "left out us_dod_1237, us_dod_1260h" in " ".join(r.stderr.split())
    assert "--source us_dod_cmc --mirror M" in r.stderr
    # asked for by --source, nothing is left out
    r = run("update", "--source", "un_sc", "--mirror", str(mirror), "--format", "json", db=db)
    assert "left_out" not in json.loads(r.stdout)


@pytest.mark.realdata
def test_update_reports_a_broken_source_and_ingests_the_others(db, shared_data, tmp_path):
    mirror = tmp_path / "mirror"
    (mirror / "ofac_sdn" / "2024-05-03").mkdir(parents=True)
    (mirror / "ofac_sdn" / "2024-05-03" / "sdn.csv").write_bytes(
        b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
    )
    (mirror / "bis_dpl" / "2022-09-07").mkdir(parents=True)
    (mirror / "bis_dpl" / "2022-09-07" / "dpl.txt").write_bytes(
        (shared_data / "bis_dpl" / "2022-09-07" / "dpl.txt").read_bytes()
    )
    r = run("update", "--source", "us_ofac_sdn", "--source", "us_bis_dpl", "--mirror", str(mirror),
            "--format", "json", db=db)
    report = {s["source"]: s for s in json.loads(r.stdout)["sources"]}
    assert report["us_ofac_sdn"]["status"] == "failed" and "HTML page" in report["us_ofac_sdn"]["message"]
    assert report["us_bis_dpl"]["status"] == "ok"
    assert r.returncode == 1
