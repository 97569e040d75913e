"""A country pasted after a name in a customer's cell (``LEBANESE MEDIA GROUP, Lebanon``,
``AL MANAR TV (Lebanon)``): the listed entry found as by its name alone, the country
taken as the query's; a person's given name after a comma is no country."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from listwatch.cli import app

pytestmark = pytest.mark.realdata
runner = CliRunner()


@pytest.fixture(scope="module")
def sdn_db(shared_data, tmp_path_factory) -> str:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    url = f"sqlite:///{tmp_path_factory.mktemp('country-after') / 'sdn.db'}"
    store = Store(url)
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2022-04-01"])
    store.dispose()
    return url


@pytest.fixture
def db(sdn_db, tmp_path_factory, monkeypatch) -> str:
    monkeypatch.setenv("LISTWATCH_DB", sdn_db)
    monkeypatch.setenv("LISTWATCH_USER", "tester")
    return sdn_db


def _top(res) -> list:
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout[: res.stdout.rindex("]") + 1])[0]["results"]


@pytest.mark.parametrize("written", ["LEBANESE MEDIA GROUP, Lebanon",
                                     "LEBANESE MEDIA GROUP (Lebanon)",
                                     "Lebanese Media Group, LEBANON"])
def test_a_country_after_an_organisation_s_name(db, written):
    alone = _top(runner.invoke(app, ["screen", "LEBANESE MEDIA GROUP", "--format", "json"]))
    top = _top(runner.invoke(app, ["screen", written, "--format", "json"]))
    assert top and top[0]["match"] and top[0]["key"] == alone[0]["key"], top[:1]


def test_a_file_of_names_with_their_country(db, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("name\nLEBANESE MEDIA GROUP, Lebanon\nVTB BANK PUBLIC JOINT STOCK COMPANY "
                   "(Russian Federation)\nMUNOZ HOYOS, German\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    res = runner.invoke(app, ["screen", "-i", str(src), "-o", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["match"] for r in rows[:2]] == ["true", "true"], rows
    assert rows[1]["matched_name"].startswith("VTB BANK")


def test_a_given_name_after_a_comma_is_no_country():
    from listwatch.screening.query import with_country_cut

    for name in ("MUNOZ HOYOS, German", "RINCON CASTILLO, Salvador", "KHAN, Jordan",
                 "ACME, SA", "SMITH, Georgia", "VTB BANK (KIEV)"):
        assert with_country_cut({"name": name}) == {"name": name}, name
    q = with_country_cut({"name": "ACME TRADING LLC, Jordan"})
    assert q == {"name": ["ACME TRADING LLC, Jordan", "ACME TRADING LLC"], "country": "jo"}
    q = with_country_cut({"name": "AL-SHABAAB (Somalia)", "country": "KE"})
    assert q == {"name": ["AL-SHABAAB (Somalia)", "AL-SHABAAB"], "country": "KE"}
