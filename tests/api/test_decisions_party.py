"""A reviewer's decision holds for the *party*: one person or company on two lists (the
EU and UK fixtures, in their official formats, link by passport and registration number).
Decided on one listing, the hit is left out of every surface whichever listing answers
(CLI ``screen``, a batch file, ``POST /match`` with yente's ``exclude_entity_ids``,
``GET /search``, a watchlist run); a change of the *other* listing (a later snapshot) or a
legal event on it reopens the decision and the hit comes back; certificates show the
decision; the audit trail says who, when and why. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from listwatch.history.events import add_event
from listwatch.store.db import Store
from listwatch.store.decisions import get_decision, list_decisions
from listwatch.store.ingest import ingest_paths
from tests.commands.inprocess import run_main

from .conftest import KEY

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
AUTH = {"Authorization": f"ApiKey {KEY}"}
PERSON = "Ivan Petrovich Sidorov"
#: the person's listings: the decision is taken on the UK one, the EU one changes
UK_PERSON, EU_PERSON = "gb_fcdo:RUS9001", "eu_fsf:139001"
COMPANY = "Joint Stock Company Polar Test Shipping"
#: the company's listings: the decision is taken on the EU one, a legal event names the UK one
EU_COMPANY, UK_COMPANY = "eu_fsf:139002", "gb_fcdo:RUS9002"


def _ingest(store: Store, tmp: Path, *, changed: bool = False) -> None:
    """Both lists on 2024-01-01; with ``changed``, a later EU snapshot where the person's
    entry has one more spelling of the name."""
    if not changed:
        ingest_paths(store, "eu_fsf", [FIXTURES / "eu_fsf"], date="2024-01-01")
        ingest_paths(store, "gb_fcdo", [FIXTURES / "gb_fcdo"], date="2024-01-01")
        return
    text = (FIXTURES / "eu_fsf" / "eu_fsf.xml").read_text(encoding="utf-8")
    assert 'wholeName="Ivan Petrowitsch SIDOROW"' in text
    folder = tmp / "eu-2024-02-01"
    folder.mkdir()
    (folder / "eu_fsf.xml").write_text(
        text.replace('wholeName="Ivan Petrowitsch SIDOROW"', 'wholeName="Iwan SIDOROW"'),
        encoding="utf-8")
    ingest_paths(store, "eu_fsf", [folder], date="2024-02-01")


def _holding(results: list[dict[str, Any]], keys: set[str], key_of: str = "key") -> list:
    return [r for r in results if keys & {r.get(key_of), *(r.get("referents") or ())}]


def _cli_screen(db_url: str, name: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    r = run_main("--db", db_url, "screen", name, "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)[0]


def _decide_by_cli(db_url: str, query: str, key: str,
                   env: dict[str, str] | None = None) -> dict[str, Any]:
    r = run_main("--db", db_url, "decisions", "add", "--query", query, "--key", key,
                 "--verdict", "false_positive", "--reason", "our supplier, born elsewhere",
                 "--format", "json", env={"LISTWATCH_USER": "ann", **(env or {})})
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def _event_on(store: Store, key: str) -> None:
    with store.begin() as conn:
        add_event(conn, key=key, entity="Polar Test Shipping", type="legal_challenge",
                  origin="annotation", status="reported", date="2024-01-20")


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> Any:
    store = Store(db_url)
    _ingest(store, tmp_path)
    yield store
    store.dispose()


@pytest.mark.parametrize("cached", [True, False], ids=["index-cached", "no-index-cache"])
def test_cli_screen_decision_covers_the_party_and_reopens_on_the_other_listing(
        db_url: str, store: Store, tmp_path: Path, cached: bool) -> None:
    """``decisions add`` learns the party from the parties the cached index's links make
    (not from the index); with no index cached it records the entry alone, and the
    screenings' links cover the party all the same."""
    env = {"LISTWATCH_INDEX_CACHE": str(tmp_path / "cache") if cached else "off"}
    party = {UK_PERSON, EU_PERSON}
    before = _holding(_cli_screen(db_url, PERSON, env)["results"], party)
    assert len(before) == 1 and set(before[0]["referents"]) == party  # one result, both
    d = _decide_by_cli(db_url, PERSON, UK_PERSON, env)
    assert d["referents"] == ([UK_PERSON, EU_PERSON] if cached else [UK_PERSON])
    assert d["created_by"] == "ann"
    item = _cli_screen(db_url, PERSON, env)
    assert not _holding(item["results"], party)
    assert item["decided"][0]["decision"]["id"] == d["id"]
    # the EU listing (not the one decided on) changes on a later snapshot: reopened
    _ingest(store, tmp_path, changed=True)
    assert len(_holding(_cli_screen(db_url, PERSON, env)["results"], party)) == 1
    after = get_decision(store, d["id"])
    assert after["status"] == "reopened" and EU_PERSON in after["closed_reason"]
    assert [(e["action"], e["user"]) for e in after["log"]] == [
        ("add", "ann"), ("auto_reopen", "listwatch")]
    assert all(e["at"] for e in after["log"]) and "supplier" in after["log"][0]["reason"]


def test_a_reviewer_splitting_the_party_reopens_its_decision(
        db_url: str, store: Store, tmp_path: Path) -> None:
    """Decided on the UK listing of a party of two; a reviewer then splits the link: the
    EU listing is a party of its own the reviewer never judged, so the decision is
    reopened and both listings come back, each its own result."""
    env = {"LISTWATCH_INDEX_CACHE": str(tmp_path / "cache")}
    party = {UK_PERSON, EU_PERSON}
    assert len(_holding(_cli_screen(db_url, PERSON, env)["results"], party)) == 1
    d = _decide_by_cli(db_url, PERSON, UK_PERSON, env)
    assert d["referents"] == [UK_PERSON, EU_PERSON]
    assert not _holding(_cli_screen(db_url, PERSON, env)["results"], party)
    r = run_main("--db", db_url, "links", "split", UK_PERSON, EU_PERSON, "--reason",
                 "two men of one name", env=env)
    assert r.returncode == 0, r.stderr
    item = _cli_screen(db_url, PERSON, env)
    assert {r["key"] for r in _holding(item["results"], party)} == party  # two results
    after = get_decision(store, d["id"])
    assert after["status"] == "reopened"
    assert after["closed_reason"].startswith(f"the party changed: {EU_PERSON} no longer linked")


def test_a_decision_without_the_party_reopens_when_another_listing_leaves_its_list(
        db_url: str, store: Store, tmp_path: Path) -> None:
    """Decided with no index cached (the decision records the UK listing alone), the EU
    listing then leaves the EU list: the party changed, the decision is reopened at the
    next screening."""
    env = {"LISTWATCH_INDEX_CACHE": "off"}
    party = {UK_PERSON, EU_PERSON}
    d = _decide_by_cli(db_url, PERSON, UK_PERSON, env)
    assert d["referents"] == [UK_PERSON]
    assert not _holding(_cli_screen(db_url, PERSON, env)["results"], party)
    text = (FIXTURES / "eu_fsf" / "eu_fsf.xml").read_text(encoding="utf-8")
    start = text.index('<sanctionEntity designationDetails="" unitedNationId="" '
                       'euReferenceNumber="EU.9123.45" logicalId="139001"')
    end = text.index("</sanctionEntity>", start) + len("</sanctionEntity>")
    folder = tmp_path / "eu-2024-03-01"
    folder.mkdir()
    (folder / "eu_fsf.xml").write_text(text[:start] + text[end:], encoding="utf-8")
    ingest_paths(store, "eu_fsf", [folder], date="2024-03-01")
    assert len(_holding(_cli_screen(db_url, PERSON, env)["results"], party)) == 1
    after = get_decision(store, d["id"])
    assert after["status"] == "reopened"
    assert after["closed_reason"] == f"another listing of the party left its list: {EU_PERSON}"


def test_listing_decisions_reopens_on_a_change_of_a_listing_not_recorded(
        db_url: str, store: Store, tmp_path: Path) -> None:
    """A decision that recorded its entry alone (no index cached when deciding): the
    other listing changes; ``decisions list`` (with an index cached since) and ``GET
    /decisions`` reopen it through the current links, before any screening."""
    cache = {"LISTWATCH_INDEX_CACHE": str(tmp_path / "cache")}
    d = _decide_by_cli(db_url, PERSON, UK_PERSON, {"LISTWATCH_INDEX_CACHE": "off"})
    assert d["referents"] == [UK_PERSON]
    _ingest(store, tmp_path, changed=True)  # the EU listing changes
    # no index cached for this state yet: the decision's own entry did not change
    r = run_main("--db", db_url, "decisions", "list", "--format", "json", env=cache)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["status"] == "active"
    _cli_screen(db_url, "someone else entirely", cache)  # (caches the index)
    d2 = _decide_by_cli(db_url, COMPANY, EU_COMPANY, {"LISTWATCH_INDEX_CACHE": "off"})
    r = run_main("--db", db_url, "decisions", "list", "--format", "json", env=cache)
    rows = {x["id"]: x for x in json.loads(r.stdout)}
    assert rows[d["id"]]["status"] == "reopened"
    assert EU_PERSON in rows[d["id"]]["closed_reason"]
    assert rows[d2["id"]]["status"] == "active"


def test_api_lists_decisions_with_the_current_links(db_url: str, store: Store,
                                                    tmp_path: Path, client: Any) -> None:
    d = _decide_by_cli(db_url, PERSON, UK_PERSON, {"LISTWATCH_INDEX_CACHE": "off"})
    assert d["referents"] == [UK_PERSON]
    _ingest(store, tmp_path, changed=True)
    rows = {x["id"]: x for x in client.get("/decisions").json()["results"]}
    assert rows[d["id"]]["status"] == "reopened" and EU_PERSON in rows[d["id"]]["closed_reason"]


def test_batch_file_leaves_the_party_out_until_a_legal_event_on_the_other_listing(
        db_url: str, store: Store, tmp_path: Path) -> None:
    infile = tmp_path / "in.csv"
    infile.write_text(f"id,name\nr1,{COMPANY.upper()}\nr2,{PERSON}\n", encoding="utf-8")

    def screen_file() -> dict[str, list[str]]:
        out = tmp_path / "out.json"
        r = run_main("--db", db_url, "screen", "--input", str(infile), "--format", "json",
                     "--output", str(out))
        assert r.returncode == 0, r.stderr
        return {item["query"]["id"]: [x for res in item["results"]
                                      for x in (res["key"], *(res.get("referents") or ()))]
                for item in json.loads(out.read_text(encoding="utf-8"))}

    assert EU_COMPANY in screen_file()["r1"]
    d = _decide_by_cli(db_url, COMPANY, EU_COMPANY)
    found = screen_file()
    assert EU_COMPANY not in found["r1"] and UK_COMPANY not in found["r1"]
    assert UK_PERSON in found["r2"]  # another query is untouched
    _event_on(store, UK_COMPANY)
    found = screen_file()
    assert EU_COMPANY in found["r1"] and UK_COMPANY in found["r1"]
    assert "legal event" in get_decision(store, d["id"])["closed_reason"]


@pytest.fixture
def client(db_url: str, store: Store, monkeypatch: pytest.MonkeyPatch) -> Any:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    monkeypatch.setenv("LISTWATCH_API_KEYS", KEY)
    monkeypatch.setenv("LISTWATCH_USER", "server")
    with TestClient(create_app(db_url)) as c:
        yield c


def _match(client: Any, name: str, **params: Any) -> Any:
    body = {"queries": {"q": {"schema": "LegalEntity", "properties": {"name": [name]}}}}
    r = client.post("/match/default", json=body, params=params)
    assert r.status_code == 200, r.text
    return r


def test_api_match_search_and_certificate(client: Any, store: Store, tmp_path: Path) -> None:
    party = {EU_COMPANY, UK_COMPANY}
    results = _match(client, COMPANY).json()["responses"]["q"]["results"]
    assert len(_holding(results, party, "id")) == 1
    # yente's exclude_entity_ids: naming either listing leaves the party out
    results = _match(client, COMPANY, exclude_entity_ids=UK_COMPANY).json()["responses"]["q"]
    assert not _holding(results["results"], party, "id")
    body = {"query": COMPANY, "key": EU_COMPANY, "verdict": "false_positive",
            "reason": "a namesake in another port", "user": "bob"}
    r = client.post("/decisions", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["referents"] == [EU_COMPANY, UK_COMPANY]
    r = _match(client, COMPANY, audit="true")
    answer = r.json()["responses"]["q"]
    assert not _holding(answer["results"], party, "id")
    assert answer["decided"][0]["decision"]["id"] == made["id"]
    search = client.get("/search/default", params={"q": COMPANY}).json()
    assert not _holding(search["results"], party, "id")
    assert search["decided"][0]["decision"]["id"] == made["id"]
    shown = client.get("/search/default", params={"q": COMPANY, "show_decided": "true"})
    marked = _holding(shown.json()["results"], party, "id")
    assert len(marked) == 1 and marked[0]["decision"]["verdict"] == "false_positive"
    sid = r.headers["X-Listwatch-Screening"]
    signed = client.get(f"/screenings/{sid}/certificate").json()
    decided = signed["results"][0]["decided"]
    assert decided[0]["decision"]["id"] == made["id"]
    cert = run_main("--db", str(store.url), "certificate", sid)  # the document to file
    assert cert.returncode == 0, cert.stderr
    assert "Reviewer decisions" in cert.stdout and "a namesake in another port" in cert.stdout
    listed = client.get("/decisions", params={"status": "active"}).json()["results"]
    assert listed[0]["referents"] == [EU_COMPANY, UK_COMPANY]
    # a legal event on the UK listing (not the one decided on): back on every surface
    _event_on(store, UK_COMPANY)
    client.app.state.lw.decisions.invalidate()  # (another process would wait the interval)
    results = _match(client, COMPANY).json()["responses"]["q"]["results"]
    assert len(_holding(results, party, "id")) == 1
    search = client.get("/search/default", params={"q": COMPANY}).json()
    assert len(_holding(search["results"], party, "id")) == 1 and "decided" not in search
    one = client.get(f"/decisions/{made['id']}").json()
    assert one["status"] == "reopened" and UK_COMPANY in one["closed_reason"]
    assert [(e["action"], e["user"]) for e in one["log"]] == [
        ("add", "bob via server (api)"), ("auto_reopen", "listwatch")]


def test_watchlist_run_leaves_the_party_out_until_the_other_listing_changes(
        db_url: str, store: Store, tmp_path: Path) -> None:
    from listwatch.watch.portfolio import add_item
    from listwatch.watch.runner import run_watchlist

    add_item(store, "default", PERSON)
    first = run_watchlist(store, "default", deliver=False)
    assert {a["key"] for a in first["alerts"]} & {UK_PERSON, EU_PERSON}
    _decide_by_cli(db_url, PERSON, UK_PERSON)
    assert run_watchlist(store, "default", deliver=False)["alerts"] == []
    _ingest(store, tmp_path, changed=True)  # the EU listing changes: reopened, alerted
    again = run_watchlist(store, "default", deliver=False)
    assert {a["key"] for a in again["alerts"]} & {UK_PERSON, EU_PERSON}
    assert [d["status"] for d in list_decisions(store)] == ["reopened"]


def test_entity_route_and_page_give_the_party_one_timeline(client: Any, store: Store,
                                                           tmp_path: Path) -> None:
    _ingest(store, tmp_path, changed=True)  # the EU listing has a change event too
    client.app.state.lw.screeners.get()  # (loaded before the change: reloads when stale)
    ent = client.get(f"/entities/{UK_PERSON}").json()
    assert ent["referents"] == [EU_PERSON, UK_PERSON]
    assert ent["datasets"] == ["eu_fsf", "gb_fcdo"]
    # the entry's own events stay its own
    assert all(e.get("key", UK_PERSON) == UK_PERSON for e in ent["events"])
    keys = [e["key"] for e in ent["timeline"]]
    assert set(keys) == {EU_PERSON, UK_PERSON} and len(keys) == len(ent["events"]) + len(
        client.get(f"/entities/{EU_PERSON}").json()["events"])
    dates = [e["date"] or "" for e in ent["timeline"]]
    assert dates == sorted(dates)
    page = client.get(f"/entity/{UK_PERSON}").text
    assert "Listed on 2 lists" in page and "/entity/eu_fsf%3A139001" in page
    alone = client.get("/entities/gb_fcdo:RUS9003").json()  # a vessel on one list
    assert alone["referents"] == [] and [e["key"] for e in alone["timeline"]] == [
        "gb_fcdo:RUS9003"] * len(alone["events"])


@pytest.mark.realdata
def test_real_twins_decided_on_the_un_listing_reopen_when_their_sdn_twin_changes(
        shared_data: Path, tmp_path: Path) -> None:
    """On the real lists: every party on the UN list and the SDN list (linked) is decided
    on its UN listing; the next SDN snapshot changes some SDN listings: exactly those
    decisions reopen (the hit, one result carrying both listings, is back), the others
    hold (the hit stays out)."""
    from listwatch.history.diff import diff
    from listwatch.screening.screen import Screener
    from listwatch.store.decisions import add_decision

    db = f"sqlite:///{tmp_path / 'real.db'}"
    store = Store(db)
    ingest_paths(store, "un_sc", [shared_data / "un_sc_consolidated" / "2026-02-27"])
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2023-01-05"])
    screener = Screener.load(store)
    names = {v.key: v.name for v in screener.index.versions}
    parties = sorted({g for k, g in screener.links.cluster.items() if k.startswith("un_sc:")
                      and {x.split(":")[0] for x in g} == {"un_sc", "us_ofac_sdn"}})
    assert len(parties) > 50
    decided = {}
    for g in parties:
        un_key = next(k for k in g if k.startswith("un_sc:"))
        decided[g] = add_decision(store, query=names[un_key], key=un_key,
                                  verdict="false_positive", reason="checked", user="ann",
                                  referents=screener.links.referents(un_key))
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2024-05-03"])
    change = diff(store, "us_ofac_sdn", "2023-01-05", "2024-05-03")
    moved = set(change["changed"]) | set(change["removed"])
    status = {d["id"]: d["status"] for d in list_decisions(store, limit=1000)}
    touched = [g for g in parties if set(g) & moved]
    assert touched and len(touched) < len(parties)
    for g in parties:
        assert status[decided[g]["id"]] == ("reopened" if g in touched else "active"), g
    back = next(g for g in touched if not set(g) & set(change["removed"]))
    held = next(g for g in parties if g not in touched)
    for g, shown in ((back, True), (held, False)):
        un_key = next(k for k in g if k.startswith("un_sc:"))
        found = _holding(_cli_screen(db, names[un_key])["results"], set(g))
        assert len(found) == (1 if shown else 0), g
        if shown:
            assert set(found[0]["referents"]) == set(g)
    store.dispose()


def test_search_page_says_which_lists_were_not_current(client: Any) -> None:
    """The fixtures' snapshots are of 2024-01-01: searched today, the page says so, as the
    API's ``warnings`` and the CLI do (never a bare result list)."""
    page = client.get("/", params={"q": COMPANY}).text
    assert "not current: eu_fsf: the snapshot screened is of 2024-01-01" in page
    assert "not current" not in client.get("/", params={"q": COMPANY,
                                                        "as_of": "2024-01-10"}).text
