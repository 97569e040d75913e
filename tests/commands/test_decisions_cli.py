"""``listwatch decisions add|list|reopen`` and ``screen --show-decided``; the certificate
lists the decided hits."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from listwatch.cli import app

runner = CliRunner()


@pytest.fixture
def db(fixtures, tmp_path, monkeypatch) -> str:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("LISTWATCH_DB", url)
    monkeypatch.setenv("LISTWATCH_USER", "carol")
    store = Store(url)
    ingest_paths(store, "custom", [fixtures / "custom" / "dod_1260h.csv"], date="2024-01-01")
    store.dispose()
    return url


def _screen(*args: str) -> tuple[list[dict], str]:
    res = runner.invoke(app, ["screen", "Huawei Technologies", "--format", "json", *args])
    assert res.exit_code == 0, res.output
    item = json.loads(res.stdout[: res.stdout.rindex("]") + 1])[0]
    sid = res.stderr.split("screening #")[1].split()[0]
    return [item], sid


def test_decide_screen_show_certificate_reopen(db, tmp_path):
    items, _ = _screen()
    assert "custom:huawei" in [r["key"] for r in items[0]["results"]]
    res = runner.invoke(app, ["decisions", "add", "--query", "Huawei Technologies", "--key",
                              "custom:huawei", "--verdict", "false_positive", "--reason",
                              "a reseller, checked the registry", "--format", "json"])
    assert res.exit_code == 0, res.output
    did = json.loads(res.stdout)["id"]
    items, sid = _screen()
    assert "custom:huawei" not in [r["key"] for r in items[0]["results"]]
    assert items[0]["decided"][0]["decision"]["by"] == "carol"
    shown, _ = _screen("--show-decided")
    marked = [r for r in shown[0]["results"] if r["key"] == "custom:huawei"]
    assert marked and marked[0]["decision"]["id"] == did
    text = runner.invoke(app, ["screen", "Huawei Technologies"])
    assert "left out by reviewer decisions" in text.stderr
    page = tmp_path / "cert.html"
    assert runner.invoke(app, ["certificate", sid, "-o", str(page)]).exit_code == 0
    html = page.read_text()
    assert "Reviewer decisions" in html and "a reseller, checked the registry" in html
    assert "decided by a reviewer" in html  # the list's line does not say a bare "No match"
    res = runner.invoke(app, ["decisions", "list", "--format", "json"])
    assert [d["id"] for d in json.loads(res.stdout)] == [did]
    res = runner.invoke(app, ["decisions", "reopen", str(did), "--reason", "new facts"])
    assert res.exit_code == 0, res.output
    items, _ = _screen()
    assert "custom:huawei" in [r["key"] for r in items[0]["results"]]
    res = runner.invoke(app, ["decisions", "list"])
    assert "reopened" in res.stdout and "new facts" in res.stdout


def test_decision_errors_are_one_line(db):
    res = runner.invoke(app, ["decisions", "add", "--query", "x", "--key", "custom:none",
                              "--verdict", "true_match", "--reason", "r"])
    assert res.exit_code != 0 and "no entry" in str(res.exception)
    res = runner.invoke(app, ["decisions", "reopen", "77"])
    assert res.exit_code != 0 and "no decision" in str(res.exception)


def test_true_match_stays_a_match_single_and_batch(db, tmp_path):
    """A party a reviewer confirmed as listed never reads as "no match": kept (marked) in a
    single screening, and the row's match in a batch file; a false positive is left out."""
    res = runner.invoke(app, ["decisions", "add", "--query", "Huawei Technologies", "--key",
                              "custom:huawei", "--verdict", "true_match", "--reason",
                              "same USCC on the invoice", "--format", "json"])
    assert res.exit_code == 0, res.output
    did = json.loads(res.stdout)["id"]
    items, _ = _screen()
    hit = [r for r in items[0]["results"] if r["key"] == "custom:huawei"]
    assert hit and hit[0]["match"] and hit[0]["decision"]["id"] == did
    assert not items[0].get("decided")
    text = runner.invoke(app, ["screen", "Huawei Technologies"])
    assert "no match" not in text.stdout and "true_match" in text.stdout
    rows = tmp_path / "in.csv"
    rows.write_text("id,name\n1,Huawei Technologies\n2,China Mobile\n")
    out = tmp_path / "out.csv"
    res = runner.invoke(app, ["screen", "--input", str(rows), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    got = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert got["1"]["key"] == "custom:huawei" and got["1"]["match"] == "true"
    res = runner.invoke(app, ["decisions", "add", "--query", "China Mobile", "--key",
                              "custom:china-mobile", "--verdict", "false_positive", "--reason", "r"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["screen", "--input", str(rows), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    got = {r["id"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert got["1"]["match"] == "true" and got["2"]["key"] != "custom:china-mobile"
    assert "decided false positives are left out" in res.stderr
