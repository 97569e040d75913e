"""Status and effects per date, end to end from the shared DoD files and their legal
record: Xiaomi, Luokung, Hesai, DJI and AMEC on the dates of their record and the days
around them (the day before/after an injunction, the 60th day, the basis ending)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from listwatch.errors import ConfigError, NotFound
from listwatch.history.record import import_record
from listwatch.legal.rules import evaluate, tables
from listwatch.legal.status import entry_status, state_segments, status
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths

pytestmark = pytest.mark.realdata

XIAOMI = "us_dod_1237:xiaomi"
LUOKUNG = "us_dod_1237:luokung-technology"
LUOKONG = "us_dod_1237:luokong-technology"
HESAI = "us_dod_1260h:hesai-technology"
DJI = "us_dod_1260h:shenzhen-dji-innovation-technology"
AMEC_1260H = "us_dod_1260h:advanced-micro-fabrication-equipment-inc-china"
AMEC_1237 = "us_dod_1237:advanced-micro-fabrication-equipment"


@pytest.fixture(scope="module")
def dod(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('status') / 's.db'}")
    for sid in ("us_dod_1237", "us_dod_1260h"):
        ingest_paths(store, sid, [shared_data / "us_dod_cmc"])
    import_record(store, shared_data / "us_dod_cmc/events.csv")
    return store


def _s(store, key, day):
    return entry_status(store, key, as_of=day)


def _kinds(st, *, suspended=False):
    return sorted(e["kind"] for e in st["effects"] if e["suspended"] == suspended)


@pytest.mark.parametrize("day, state, in_force, suspended, purchase", [
    ("2021-01-13", "not_listed", [], [], False),
    ("2021-01-14", "listed", [], [], False),           # listed, ban not yet in force
    ("2021-03-11", "listed", [], [], False),           # day before the injunction
    ("2021-03-12", "enjoined", [], [], False),         # injunction from its date
    ("2021-03-14", "enjoined", [], [], False),         # 59th day
    ("2021-03-15", "enjoined", [], ["divestment_window", "purchase_ban"], False),  # 60th: would start
    ("2021-05-24", "enjoined", [], ["divestment_window", "purchase_ban"], False),
    ("2021-05-25", "vacated", [], [], False),          # vacatur ends it
    ("2021-06-03", "vacated", [], [], False),
    ("2023-01-01", "vacated", [], [], False),
])
def test_xiaomi(dod, day, state, in_force, suspended, purchase):
    st = _s(dod, XIAOMI, day)
    assert st["state"] == state
    assert _kinds(st) == in_force and _kinds(st, suspended=True) == suspended
    assert st["purchase_prohibited"] is purchase
    assert st["listed_on"] == "2021-01-14"


def test_xiaomi_before_the_injunction_has_its_deadlines(dod):
    st = _s(dod, XIAOMI, "2021-02-01")
    dates = {d["what"]: d["date"] for d in st["deadlines"]}
    assert dates["purchase_ban starts"] == "2021-03-15"  # 60 days after 14 Jan 2021
    assert dates["divestment deadline (divest_by)"] == "2022-01-14"  # 365 days after listing
    assert st["divest_by"] == "2022-01-14"
    # the events and rules it rests on
    assert [e["type"] for e in st["events"] if e["type"] != "other"] == ["designation", "legal_challenge"]
    assert st["rules"][0]["basis"] == "us_dod_1237" and st["rules"][0]["references"]
    cause = _s(dod, XIAOMI, "2021-05-25")["state_cause"]
    assert cause["event"]["type"] == "vacatur" and cause["event"]["url"].startswith("https://")


@pytest.mark.parametrize("day, state, in_force, suspended", [
    ("2021-03-08", "not_listed", [], []),
    ("2021-03-09", "listed", [], []),                  # relisted under the right name
    ("2021-05-04", "listed", [], []),                  # day before the injunction
    ("2021-05-05", "enjoined", [], []),
    ("2021-05-07", "enjoined", [], []),
    ("2021-05-08", "enjoined", [], ["divestment_window", "purchase_ban"]),  # 60th day
    ("2021-06-02", "enjoined", [], ["divestment_window", "purchase_ban"]),
    ("2021-06-03", "removed", [], []),                 # EO 14032 ends the 1237 basis
])
def test_luokung(dod, day, state, in_force, suspended):
    st = _s(dod, LUOKUNG, day)
    assert (st["state"], _kinds(st), _kinds(st, suspended=True)) == (state, in_force, suspended)


def test_the_misspelled_luokong_listing(dod):
    assert _s(dod, LUOKONG, "2021-03-08")["state"] == "listed"
    st = _s(dod, LUOKONG, "2021-03-09")
    assert st["state"] == "removed" and st["state_since"] == "2021-03-09"


def test_a_1237_listing_without_a_court_case(dod):
    st = _s(dod, AMEC_1237, "2021-03-15")  # listed 14 Jan 2021: 60th day
    assert st["state"] == "listed" and st["purchase_prohibited"] is True
    assert _kinds(st) == ["divestment_window", "purchase_ban"]
    assert _s(dod, AMEC_1237, "2021-03-14")["purchase_prohibited"] is False
    late = _s(dod, AMEC_1237, "2021-06-03")
    assert late["state"] == "removed" and late["state_cause"]["kind"] == "rule"


@pytest.mark.parametrize("key, day, state, in_force", [
    (HESAI, "2024-01-30", "not_listed", []),
    (HESAI, "2024-01-31", "listed", []),
    (HESAI, "2024-10-15", "listed", []),       # delisted "in October" and relisted 23 Oct
    (HESAI, "2025-07-11", "listed", []),       # ruling upholds the listing
    (HESAI, "2026-06-29", "listed", []),
    (HESAI, "2026-06-30", "listed", ["contracting_ban"]),
    (HESAI, "2027-06-30", "listed", ["contracting_ban", "indirect_contracting_ban"]),
    (DJI, "2022-10-04", "not_listed", []),
    (DJI, "2022-10-05", "listed", []),
    (DJI, "2025-09-26", "listed", []),
    (DJI, "2026-07-01", "listed", ["contracting_ban"]),   # re-printed under a new name, same entry
    (AMEC_1260H, "2024-01-31", "listed", []),
    (AMEC_1260H, "2024-08-15", "listed", []),
    (AMEC_1260H, "2024-12-16", "listed", []),
    (AMEC_1260H, "2024-12-17", "removed", []),
    (AMEC_1260H, "2026-06-30", "removed", []),  # removed before the contracting ban began
])
def test_1260h(dod, key, day, state, in_force):
    st = _s(dod, key, day)
    assert (st["state"], _kinds(st)) == (state, in_force)
    assert st["purchase_prohibited"] is False  # 1260H forbids no investment


def test_upcoming_contracting_ban_and_the_upholding_ruling(dod):
    st = _s(dod, HESAI, "2025-08-01")
    assert [d["date"] for d in st["deadlines"]] == ["2026-06-30", "2027-06-30"]
    assert any(e["type"] == "ruling" and e["outcome"] == "upheld" for e in st["events"])
    assert _s(dod, AMEC_1260H, "2025-01-01")["deadlines"] == []


def test_status_by_name_and_summary(dod):
    result = status(dod, "Xiaomi", as_of="2021-03-15")
    assert result["state"] == "enjoined" and result["purchase_prohibited"] is False
    assert [e["key"] for e in result["entries"]] == [XIAOMI]
    amec = status(dod, "Advanced Micro-Fabrication", as_of="2021-04-01")
    assert {e["key"]: e["state"] for e in amec["entries"]} == {AMEC_1237: "listed", AMEC_1260H: "not_listed"}
    assert amec["state"] == "listed" and amec["purchase_prohibited"] is True
    assert amec["divest_by"] == "2022-01-14"


def test_bad_questions_fail_clearly(dod):
    nothing = status(dod, "No Such Company Anywhere", as_of="2021-03-15")
    assert nothing["state"] == "not_listed" and nothing["entries"] == []
    assert "us_dod_1237" in nothing["note"]  # says which lists were looked at
    with pytest.raises(NotFound):
        status(dod, key="us_dod_1237:no-such-key")
    # legal forms the list does not print still find the entry
    assert [e["key"] for e in status(dod, "Xiaomi Corporation Ltd.")["entries"]] == [XIAOMI]
    with pytest.raises(ConfigError):
        status(dod, "Xiaomi", as_of="2021-02-30")
    with pytest.raises(ConfigError, match="not an ISIN"):
        status(dod, isin="XYZ")


def test_an_empty_database_never_answers_not_listed(tmp_path):
    with pytest.raises(NotFound, match="no list is loaded"):
        status(Store(f"sqlite:///{tmp_path / 'empty.db'}"), "Xiaomi")


def test_segments_for_the_timeline_band(dod):
    segs = state_segments(dod, XIAOMI, end="2022-01-01")
    assert [(s["from"], s["state"], s["effects"]) for s in segs] == [
        ("2021-01-14", "listed", []), ("2021-03-12", "enjoined", []), ("2021-05-25", "vacated", [])]
    segs = state_segments(dod, AMEC_1237, end="2022-01-01")
    assert [(s["from"], s["state"]) for s in segs] == [
        ("2021-01-14", "listed"), ("2021-03-15", "listed"), ("2021-06-03", "removed")]


def test_a_general_licence_exempts_until_it_expires(dod, tmp_path, shared_data):
    store = Store(f"sqlite:///{tmp_path / 'gl.db'}")
    ingest_paths(store, "us_dod_1237", [shared_data / "us_dod_cmc"])
    path = tmp_path / "gl.json"
    path.write_text(json.dumps([{
        "date": "2021-03-20", "key": AMEC_1237, "party": "AMEC", "type": "license",
        "authority": "Treasury OFAC", "exempts": "purchase_ban", "until": "2021-04-30",
        "url": "https://example.org/gl-1"}]), encoding="utf-8")
    import_record(store, path)
    assert entry_status(store, AMEC_1237, as_of="2021-03-19")["purchase_prohibited"] is True
    during = entry_status(store, AMEC_1237, as_of="2021-03-20")
    assert during["purchase_prohibited"] is False
    assert "licence for purchase_ban expires" in [d["what"] for d in during["deadlines"]]
    assert entry_status(store, AMEC_1237, as_of="2021-04-30")["purchase_prohibited"] is True


def test_rule_tables_are_documented_and_evaluate():
    bases = {t.basis for t in tables()}
    assert {"us_dod_1237", "us_dod_1260h", "ns_cmic", "ofac_sdn", "entity_list", "bis_dpl",
            "un_sc", "eu_fsf", "uk"} <= bases
    assert all(t.references and t.effects for t in tables())
    assert evaluate("max(listing+60, 2021-01-11)", "2020-06-24", {}) == "2021-01-11"
    assert evaluate("max(listing+60, 2021-01-11)", "2021-01-14", {}) == "2021-03-15"
    assert evaluate("prop:effectiveDate or listing+60", "2021-06-03", {}) == "2021-08-02"
    assert evaluate("prop:effectiveDate or listing+60", "2021-06-03",
                    {"effectiveDate": ["2021-08-02"]}) == "2021-08-02"


def test_a_party_on_two_lists_takes_the_state_of_its_listing_in_force(dod):
    """Huawei on the 1237 list (removed when the list ended) and on the 1260H list (in
    force): the party's state is the listing in force, and says which it is."""
    from listwatch.legal.status import brief, party_brief

    keys = ["us_dod_1237:huawei", "us_dod_1260h:huawei-technology"]
    assert brief(dod, keys[0], "2022-01-20")["state"] == "removed"
    party = party_brief(dod, keys[0], keys, "2022-01-20")
    assert party["state"] == "listed" and party["listing"] == keys[1]
    # before the 1260H listing, the 1237 one is the state, its own
    early = party_brief(dod, keys[0], keys, "2021-01-20")
    assert early["state"] == "listed" and "listing" not in early
    # the result's own listing first among equals
    assert "listing" not in party_brief(dod, keys[1], keys, "2022-01-20")


def test_screen_as_of_gives_a_partys_state_in_force(dod, monkeypatch):
    """``screen --as-of``: a party on the 1237 and 1260H lists is listed in 2022 (the
    1237 list had ended), in JSON and in the text table, which names the listing."""
    from typer.testing import CliRunner

    from listwatch.cli import app

    monkeypatch.setenv("LISTWATCH_DB", str(dod.engine.url))
    runner = CliRunner()
    res = runner.invoke(app, ["screen", "Huawei", "--as-of", "2022-01-20", "--format", "json"])
    assert res.exit_code == 0, res.output
    top = json.loads(res.stdout[: res.stdout.rindex("]") + 1])[0]["results"][0]
    assert "us_dod_1260h:huawei-technology" in top["referents"]
    assert top["state"] == "listed" and top["legal"]["listing"] == "us_dod_1260h:huawei-technology"
    text = runner.invoke(app, ["screen", "Huawei", "--as-of", "2022-01-20"]).stdout
    assert "state on 2022-01-20: listed" in " ".join(text.split())


def test_batch_as_of_gives_a_partys_state_in_force(dod, monkeypatch, tmp_path):
    """The ``state`` column of a batch file screened ``--as-of``: the party's listing in
    force, read with its ``referents``, not only the best-scoring listing's."""
    import csv

    from typer.testing import CliRunner

    from listwatch.cli import app

    monkeypatch.setenv("LISTWATCH_DB", str(dod.engine.url))
    names = tmp_path / "names.csv"
    names.write_text("id,name\n1,Huawei\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    res = CliRunner().invoke(app, ["screen", "--input", str(names), "--as-of", "2022-01-20",
                                   "--format", "csv", "--output", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    row = next(csv.DictReader(out.open(encoding="utf-8")))
    assert "us_dod_1260h:huawei-technology" in row["referents"].split(";")
    assert row["state"] == "listed"
