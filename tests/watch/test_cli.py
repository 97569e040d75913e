"""`listwatch watch ...` through typer's CliRunner on listwatch.cli.app."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from listwatch.cli import app
from listwatch.errors import ConfigError, NotFound
from listwatch.store.ingest import ingest_paths

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.realdata
def test_watch_commands(store, db_url, shared_data, tmp_path, monkeypatch):
    monkeypatch.delenv("LISTWATCH_WEBHOOK_URL", raising=False)
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn_history" / "2022-02-23"])
    res = invoke(
        "--db",
        db_url,
        "watch",
        "add",
        "Nord Stream 2 AG",
        "--list",
        "energy",
        "--schema",
        "Company",
        "--country",
        "ch",
        "--id",
        "NS2",
    )
    assert res.exit_code == 0, res.output
    csv = tmp_path / "book.csv"
    csv.write_text(
        "name,id,schema,birth_date\nMatthias Warnig,MW,Person,1955-07-26\nIgor Sechin,IS,Person,\n"
    )
    res = invoke(
        "--db", db_url, "watch", "add", "--list", "energy", "--input", str(csv), "--format", "json"
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["added"] == 2

    res = invoke("--db", db_url, "watch", "list", "--format", "json")
    assert [(w["name"], w["items"]) for w in json.loads(res.stdout)] == [("energy", 3)]
    res = invoke("--db", db_url, "watch", "list", "--list", "energy", "--format", "json")
    assert [i["ref"] for i in json.loads(res.stdout)] == ["NS2", "MW", "IS"]

    res = invoke("--db", db_url, "watch", "run", "--format", "json")
    assert res.exit_code == 0, res.output
    assert [a["key"] for a in json.loads(res.stdout)] == ["us_ofac_sdn:16692"]

    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn_history" / "2022-02-24"])
    res = invoke("--db", db_url, "watch", "run", "--list", "energy")
    assert res.exit_code == 0, res.output
    assert "NORD STREAM 2 AG" in res.stdout and "WARNIG" in res.stdout and "new" in res.stdout
    res = invoke("--db", db_url, "watch", "run", "--list", "energy", "--format", "json")
    assert json.loads(res.stdout) == []

    res = invoke("--db", db_url, "watch", "alerts", "--list", "energy", "--format", "json")
    assert sorted(a["ref"] for a in json.loads(res.stdout)) == ["IS", "MW", "NS2"]
    res = invoke("--db", db_url, "watch", "alerts", "--kind", "new")
    assert res.exit_code == 0 and "us_ofac_sdn:31926" in res.stdout

    res = invoke("--db", db_url, "watch", "remove", "--list", "energy", "--id", "MW")
    assert res.exit_code == 0 and "1 item(s) removed" in res.output
    res = invoke("--db", db_url, "watch", "remove", "--list", "energy", "nord stream 2 ag")
    assert res.exit_code == 0
    res = invoke("--db", db_url, "watch", "list", "--list", "energy")
    assert "Igor Sechin" in res.stdout and "Nord Stream" not in res.stdout
    res = invoke("--db", db_url, "watch", "remove", "--list", "energy", "--all")
    assert res.exit_code == 0 and "deleted" in res.output
    res = invoke("--db", db_url, "watch", "list")
    assert "no watchlists" in res.stdout


def test_watch_errors(db_url, tmp_path):
    res = invoke("--db", db_url, "watch", "add")
    assert isinstance(res.exception, ConfigError) and "give a NAME" in str(res.exception)
    res = invoke("--db", db_url, "watch", "add", "X", "--birth-date", "yesterday")
    assert isinstance(res.exception, ConfigError) and "not a date" in str(res.exception)
    bad = tmp_path / "bad.csv"
    bad.write_text("address\nX\n")
    res = invoke("--db", db_url, "watch", "add", "--input", str(bad))
    assert isinstance(res.exception, ConfigError) and "no 'name' column" in str(res.exception)
    res = invoke("--db", db_url, "watch", "add", "X", "--input", str(bad))
    assert isinstance(res.exception, ConfigError) and "not both" in str(res.exception)
    res = invoke("--db", db_url, "watch", "alerts", "--list", "missing")
    assert isinstance(res.exception, NotFound)
    res = invoke("--db", db_url, "watch", "alerts", "--kind", "odd")
    assert isinstance(res.exception, ConfigError) and "unknown alert kind" in str(res.exception)
    res = invoke("--db", db_url, "watch", "list", "--format", "xml")
    assert isinstance(res.exception, ConfigError)


def test_watch_add_csv_date_order(db_url, tmp_path):
    path = tmp_path / "us.csv"
    path.write_text("name,birth_date\nAnn Roe,12/25/1980\nBob Doe,10/05/1976\n")
    res = invoke("--db", db_url, "watch", "add", "--list", "us", "--input", str(path))
    assert isinstance(res.exception, ConfigError) and "month first" in str(res.exception)
    res = invoke("--db", db_url, "watch", "add", "--list", "us", "--input", str(path),
                 "--date-order", "mdy", "--format", "json")
    assert res.exit_code == 0, res.output
    res = invoke("--db", db_url, "watch", "list", "--list", "us", "--format", "json")
    assert "1976-10-05" in res.output and "1980-12-25" in res.output
    res = invoke("--db", db_url, "watch", "add", "--input", str(path), "--date-order", "ymd")
    assert isinstance(res.exception, ConfigError) and "not a date order" in str(res.exception)
