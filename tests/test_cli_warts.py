"""Small things a new user hit (issue 21, item 7): one line and a non-zero exit for each."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from listwatch.cli import app
from listwatch.errors import ConfigError, StoreError

runner = CliRunner()
FIXTURE = Path(__file__).parent / "fixtures" / "custom" / "dod_1260h.csv"


def test_a_missing_mirror_is_one_error(tmp_path, monkeypatch):
    monkeypatch.setenv("LISTWATCH_DB", f"sqlite:///{tmp_path / 'x.db'}")
    res = runner.invoke(app, ["update", "--mirror", str(tmp_path / "nonexistent")])
    assert isinstance(res.exception, ConfigError)
    assert "does not exist" in str(res.exception) and "us_ofac_sdn" not in res.output


def test_a_snapshot_from_the_future_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("LISTWATCH_DB", f"sqlite:///{tmp_path / 'x.db'}")
    res = runner.invoke(app, ["ingest", "-s", "custom", "--date", "2099-01-01", str(FIXTURE)])
    assert isinstance(res.exception, ConfigError) and "future" in str(res.exception)
    res = runner.invoke(app, ["ingest", "-s", "custom", "--date", "2024-01-01", str(FIXTURE)])
    assert res.exit_code == 0, res.output
    # the same files again with a future date: still refused, not "already stored"
    res = runner.invoke(app, ["ingest", "-s", "custom", "--date", "2099-01-01", str(FIXTURE)])
    assert isinstance(res.exception, ConfigError)


def test_a_database_in_a_missing_folder_is_not_created(tmp_path):
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'x.db'}"
    res = runner.invoke(app, ["--db", url, "sources"])
    assert isinstance(res.exception, StoreError) and "does not exist" in str(res.exception)
    assert not (tmp_path / "no").exists()


def test_rebuild_speaks_json(tmp_path, monkeypatch):
    monkeypatch.setenv("LISTWATCH_DB", f"sqlite:///{tmp_path / 'x.db'}")
    runner.invoke(app, ["ingest", "-s", "custom", "--date", "2024-01-01", str(FIXTURE)])
    res = runner.invoke(app, ["rebuild", "-s", "custom", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == {"source": "custom", "snapshots": 1}


def test_serve_on_a_busy_port_fails_before_serving(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-c", "from listwatch.cli import main; main()", "--db",
             f"sqlite:///{tmp_path / 'x.db'}", "serve", "--port", str(port)],
            capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode != 0
    assert "serving" not in proc.stderr and "cannot listen" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_watch_run_without_any_list_is_not_no_alerts(tmp_path, monkeypatch):
    from listwatch.errors import NothingScreened

    monkeypatch.setenv("LISTWATCH_DB", f"sqlite:///{tmp_path / 'x.db'}")
    assert runner.invoke(app, ["watch", "add", "Vladimir Putin"]).exit_code == 0
    res = runner.invoke(app, ["watch", "run"])
    assert isinstance(res.exception, NothingScreened) and "no alerts" not in res.output
