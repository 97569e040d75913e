"""`listwatch ingest us_dod_cmc`, `record import`, `status`, `screen --as-of` (single and
batch columns) and `calendar` through the CLI, on the shared DoD files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from listwatch.cli import app

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def db(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli-status') / 'c.db'}"
    runner = CliRunner()
    r = runner.invoke(app, ["--db", url, "ingest", str(shared_data / "us_dod_cmc"), "--source", "us_dod_cmc",
                            "--format", "json"])
    assert r.exit_code == 0, r.output
    results = json.loads(r.stdout)["results"]
    assert len(results) == 12  # 5 tranches of 1237, 7 editions and notices of 1260H
    r = runner.invoke(app, ["--db", url, "record", "import", str(shared_data / "us_dod_cmc/events.csv"),
                            "--format", "json"])
    assert r.exit_code == 0, r.output
    return url


def test_status_json_and_text(db):
    runner = CliRunner()
    r = runner.invoke(app, ["--db", db, "status", "--entry", "us_dod_1237:luokung-technology",
                            "--as-of", "2021-05-08", "--format", "json"])
    body = json.loads(r.stdout)
    assert body["state"] == "enjoined" and body["entries"][0]["state_cause"]["event"]["type"] == "injunction"
    r = runner.invoke(app, ["--db", db, "status", "Xiaomi", "--as-of", "2021-03-11"])
    assert r.exit_code == 0 and "listed" in r.stdout and "upcoming 2021-03-15: purchase_ban starts" in r.stdout
    r = runner.invoke(app, ["--db", db, "status", "Xiaomi", "--as-of", "2021-02-31"])
    assert r.exit_code != 0


def test_screen_as_of_adds_state_and_batch_columns(db, tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["--db", db, "screen", "Xiaomi Corporation", "--as-of", "2021-05-26",
                            "--format", "json"])
    top = json.loads(r.stdout)[0]["results"][0]
    assert top["key"] == "us_dod_1237:xiaomi" and top["state"] == "vacated" and top["effects"] == []
    names = tmp_path / "names.csv"
    names.write_text("name\nXiaomi Corporation\nCommercial Aircraft Corporation of China\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    r = runner.invoke(app, ["--db", db, "screen", "--input", str(names), "--as-of", "2021-04-01",
                            "--format", "csv", "-o", str(out), "--workers", "1"])
    assert r.exit_code == 0, r.output
    rows = {row["name"]: row for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    assert rows["Xiaomi Corporation"]["state"] == "enjoined"
    assert rows["Xiaomi Corporation"]["purchase_prohibited"] == "false"
    comac = rows["Commercial Aircraft Corporation of China"]
    assert comac["state"] == "listed" and comac["purchase_prohibited"] == "true" and comac["divest_by"] == "2022-01-14"


def test_calendar_cli(db, tmp_path):
    runner = CliRunner()
    ics = tmp_path / "c.ics"
    r = runner.invoke(app, ["--db", db, "calendar", "--entry", "us_dod_1260h:shenzhen-dji-innovation-technology",
                            "--from", "2026-01-01", "--format", "ics", "-o", str(ics)])
    assert r.exit_code == 0, r.output
    assert ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 2


def test_a_listing_first_seen_in_the_first_snapshot_is_on_or_before(shared_data, tmp_path):
    """An entry in its source's first snapshot in the store was listed then or before:
    ``status`` says so, never "listed since" that day flatly; one added by a later
    snapshot was listed since it (between the two). The first-seen day said once."""
    url = f"sqlite:///{tmp_path / 's.db'}"
    runner = CliRunner()
    for day in ("2022-03-01", "2022-04-01"):
        r = runner.invoke(app, ["--db", url, "ingest", str(shared_data / "ofac_sdn" / day),
                                "--source", "us_ofac_sdn"])
        assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["--db", url, "diff", "--source", "us_ofac_sdn", "2022-03-01",
                            "2022-04-01", "--format", "json"])
    added = json.loads(r.stdout)["added"][0]
    old = "us_ofac_sdn:35096"  # (listed on 2022-02-26, in the first snapshot)
    for key, since, before in ((old, "2022-03-01", True), (added, "2022-04-01", False)):
        r = runner.invoke(app, ["--db", url, "status", "--entry", key, "--format", "json"])
        body = json.loads(r.stdout)["entries"][0]
        assert body["state"] == "listed" and body["state_since"] == since, body
        assert body["state_since_on_or_before"] is before
        r = runner.invoke(app, ["--db", url, "status", "--entry", key])
        assert r.exit_code == 0, r.output
        assert (f"listed since {since} or before" in r.output) is before, r.output
        assert r.output.count("first seen in our records") == 1, r.output
