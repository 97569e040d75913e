"""``listwatch screen``, ``compare`` and ``certificate`` through the CLI."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from listwatch.cli import app
from listwatch.errors import ConfigError

pytestmark = pytest.mark.realdata
runner = CliRunner()


@pytest.fixture
def db(shared_data, tmp_path, monkeypatch) -> str:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("LISTWATCH_DB", url)
    monkeypatch.setenv("LISTWATCH_USER", "tester")
    store = Store(url)
    ingest_paths(store, "us_bis_dpl", [shared_data / "bis_dpl" / "2022-09-07"])
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated" / "2025-12-19"])
    store.dispose()
    return url


def test_screen_text_and_json(db):
    res = runner.invoke(app, ["screen", "Huawei Technologies"])
    assert res.exit_code == 0, res.output
    assert "us_ofac_cons:30947" in res.output and "name_similarity" in res.output
    res = runner.invoke(app, ["screen", "Huawei Technologies", "--format", "json"])
    data = json.loads(res.stdout[: res.stdout.rindex("]") + 1])
    assert data[0]["query"]["name"] == "Huawei Technologies"
    assert data[0]["results"][0]["key"] == "us_ofac_cons:30947"


def test_screen_identifier_and_certificate(db, tmp_path):
    res = runner.invoke(app, ["screen", "--identifier", "CND10003ND87", "--format", "json"])
    assert res.exit_code == 0, res.output
    first = json.loads(res.stdout[: res.stdout.rindex("]") + 1])[0]["results"][0]
    assert first["divestment_date"] and "CMIC-EO13959" in first["programs"]
    res = runner.invoke(app, ["screen", "Zebulon Quartz Plumbing"])
    assert "no match" in res.output
    sid = res.output.split("screening #")[1].split()[0]
    page = tmp_path / "cert.html"
    res = runner.invoke(app, ["certificate", sid, "--output", str(page)])
    assert res.exit_code == 0, res.output
    text = page.read_text()
    assert "No match on Denied Persons List" in text and "tester" in text
    pdf = tmp_path / "cert.pdf"
    assert runner.invoke(app, ["certificate", sid, "--format", "pdf", "-o", str(pdf)]).exit_code == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_screen_as_of_before_any_list(db):
    """No list in force: refused (exit 3), never "no match" (issue 21)."""
    from listwatch.errors import NothingScreened

    res = runner.invoke(app, ["screen", "Huawei Technologies", "--as-of", "2001-01-01",
                              "--format", "json"])
    assert isinstance(res.exception, NothingScreened)
    assert "no list in force on 2001-01-01" in str(res.exception)


def test_batch_csv_and_parquet(db, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,name\n1,Huawei Technologies\n2,=cmd|' /C calc'!A0\n3,nobody here\n")
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["screen", "--input", str(src), "--output", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open()))
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert rows[0]["match"] == "true" and rows[1]["name"].startswith("'=")
    pq_out = tmp_path / "out.parquet"
    res = runner.invoke(app, ["screen", "-i", str(src), "--format", "parquet", "-o", str(pq_out),
                              "--workers", "1"])
    assert res.exit_code == 0, res.output
    import pyarrow.parquet as pq

    assert pq.read_table(pq_out).num_rows == 3


def test_batch_missing_column_names_the_columns(db, tmp_path):
    src = tmp_path / "bad.csv"
    src.write_text("address,ref\nx,1\n")
    res = runner.invoke(app, ["screen", "--input", str(src)])
    assert isinstance(res.exception, ConfigError)
    assert "address" in res.exception.message
    env = dict(os.environ)
    proc = subprocess.run([str(Path(sys.executable).parent / "listwatch"), "screen", "--input",
                           str(src)], capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 2 and "address, ref" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_compare_two_names_and_pairs(tmp_path):
    res = runner.invoke(app, ["compare", "Rosneft Trading SA", "ROSNEFT TRADING S.A.",
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["match"] is True
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("name1,name2,schema,note\nHuawei,Huawei Technologies,Company,a\n"
                     "John Smith,Maria Lopez,Person,b\n")
    out = tmp_path / "scored.csv"
    res = runner.invoke(app, ["compare", "--input", str(pairs), "--output", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open()))
    assert [r["note"] for r in rows] == ["a", "b"] and rows[1]["match"] == "false"
