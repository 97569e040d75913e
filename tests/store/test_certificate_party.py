"""The certificate of a screening that matched one party on two lists: a match on each
list, a decided hit noted on each list it is on, and lists whose snapshot was not
current on the screening's date said to be so (EU and UK fixtures in their official
formats, one party linked by passport and registration number)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from listwatch.store.db import Store
from listwatch.store.freshness import stale_notes
from listwatch.store.ingest import ingest_paths
from tests.commands.inprocess import run_main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
COMPANY = "Joint Stock Company Polar Test Shipping"
PARTY = {"eu_fsf:139002", "gb_fcdo:RUS9002"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cert') / 'cert.db'}"
    store = Store(url)
    ingest_paths(store, "eu_fsf", [FIXTURES / "eu_fsf"], date="2024-01-01")
    ingest_paths(store, "gb_fcdo", [FIXTURES / "gb_fcdo"], date="2024-01-01")
    store.dispose()
    return url


def _statuses(db: str, sid: str) -> dict[str, str]:
    cert = run_main("--db", db, "certificate", sid)
    assert cert.returncode == 0, cert.stderr
    rows = re.findall(r"<td>(\w+)</td><td>\d+</td><td>[\d-]+</td><td class='(\w+)'>([^<]*)</td>",
                      cert.stdout)
    return {src: f"{cls}: {text}" for src, cls, text in rows}


def _screen(db: str, *extra: str) -> tuple[dict, str]:
    r = run_main("--db", db, "screen", COMPANY, "--format", "json", *extra)
    assert r.returncode == 0, r.stderr
    sid = re.search(r"screening #(\d+)", r.stderr).group(1)
    return json.loads(r.stdout)[0], sid


def test_a_party_on_two_lists_is_a_match_on_both(db: str):
    item, sid = _screen(db)
    best = item["results"][0]
    assert set(best["referents"]) == PARTY
    status = _statuses(db, sid)
    # the certificate once said "No match" on the list of the party's other listing
    assert status["eu_fsf"].startswith("hit: 1 match(es)")
    assert status["gb_fcdo"].startswith("hit: 1 match(es)")


def test_a_decided_party_is_noted_on_each_of_its_lists(db: str):
    r = run_main("--db", db, "decisions", "add", "--query", COMPANY, "--key", "eu_fsf:139002",
                 "--verdict", "false_positive", "--reason", "a namesake in another port",
                 env={"LISTWATCH_USER": "ann"})
    assert r.returncode == 0, r.stderr
    item, sid = _screen(db)
    assert not any(PARTY & {r["key"], *r.get("referents", ())} for r in item["results"])
    status = _statuses(db, sid)
    for source in ("eu_fsf", "gb_fcdo"):
        assert "1 hit(s) decided by a reviewer (false positive)" in status[source]
    cert = run_main("--db", db, "certificate", sid).stdout
    assert "left out, not absent" in cert
    assert re.search(r"<code>(eu_fsf:139002|gb_fcdo:RUS9002) \(also (eu_fsf:139002|"
                     r"gb_fcdo:RUS9002)\)</code>", cert)


def test_snapshots_older_than_the_screening_are_said_to_be(db: str):
    item, sid = _screen(db, "--show-decided")
    status = _statuses(db, sid)
    # the fixtures' snapshots are of 2024-01-01; the screening is of today
    assert "not current: the snapshot screened is of 2024-01-01" in status["eu_fsf"]
    r = run_main("--db", db, "screen", COMPANY, "--as-of", "2024-01-15")
    assert r.returncode == 0 and "not current" not in r.stderr
    r = run_main("--db", db, "screen", COMPANY, env={"LISTWATCH_STALE_DAYS": "100000"})
    assert r.returncode == 0 and "not current" not in r.stderr


def test_stale_notes_kinds():
    cov = {"us_ofac_sdn": {"id": 1, "date": "2024-05-03"},
           "gb_hmt": {"id": 2, "date": "2020-04-27"},
           "us_dod_1260h": {"id": 3, "date": "2024-01-31"},
           "un_sc": {"id": None, "date": None}}
    notes = stale_notes(cov, None, today="2026-12-03", days=30)
    assert "944 days before 2026-12-03" in notes["us_ofac_sdn"]
    assert "ended this list on 2026-01-28" in notes["gb_hmt"]
    assert "gb_fcdo was not screened" in notes["gb_hmt"]
    assert "us_dod_1260h" not in notes  # (transcribed by hand: no cadence to hold it to)
    assert "un_sc" not in notes  # (not covered: said elsewhere)
    # as of a date before the list ended: its snapshot's age, not its end
    then = stale_notes(cov, "2024-05-20", days=30)
    assert then.keys() == {"gb_hmt"} and "1,484 days before 2024-05-20" in then["gb_hmt"]
