"""``known_at=T``: what the store held at T. The custom list's snapshots are dated
2021-01-15, 2021-03-01 (Xiaomi amended) and 2021-06-01 (Xiaomi removed), each ingested the
next day; then a late snapshot dated 2021-02-01 (Xiaomi absent) is ingested today, as a
correction would be: it must not change what could be known in April 2021."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from listwatch.api.app import create_app
from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files
from listwatch.store.schema import snapshots
from tests.api.conftest import HEADER, KEY, ingest_custom
from tests.commands.inprocess import run_main

XIAOMI = {"schema": "Company", "properties": {"name": ["Xiaomi Corporation"]}}


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str, Path]]:
    path = tmp_path_factory.mktemp("known")
    url = f"sqlite:///{path / 'k.db'}"
    mp = pytest.MonkeyPatch()
    mp.setenv("LISTWATCH_DATA_DIR", str(path / "data"))
    mp.setenv("LISTWATCH_API_KEYS", KEY)
    store = Store(url)
    ingest_custom(store)
    with store.begin() as conn:
        for date, ingested in (("2021-01-15", "2021-01-16T09:00:00+00:00"),
                               ("2021-03-01", "2021-03-02T09:00:00+00:00"),
                               ("2021-06-01", "2021-06-02T09:00:00+00:00")):
            conn.execute(update(snapshots).where(snapshots.c.date == date)
                         .values(ingested_at=ingested))
    late = HEADER + ('huawei,"Huawei Technologies Co., Ltd.",Company,Huawei,China,,1260H,2020-06\n'
                     'cm,"China Mobile Communications Group Co., Ltd.",Company,China Mobile,'
                     'China,,1260H,2020-06\n'
                     'zte,ZTE Corporation,Company,ZTE,China,,EL,2021-01\n')
    ingest_files(store, get_source("custom"), {"custom.csv": late.encode()}, date="2021-02-01",
                 force=True)
    store.dispose()
    with TestClient(create_app(url)) as c:
        yield c, url, path
    mp.undo()


def ids(r: Any) -> list[str]:
    assert r.status_code == 200, r.text
    return [x["id"] for x in r.json()["responses"]["q"]["results"]]


def match(client: TestClient, params: str) -> Any:
    return client.post(f"/match/default?{params}", json={"queries": {"q": XIAOMI}})


def test_match_known_at(setup: tuple[TestClient, str, Path]) -> None:
    client, _url, _p = setup
    assert ids(match(client, "")) == []  # removed since 2021-06-01
    r = match(client, "known_at=2021-04-01")
    assert ids(r) == ["custom:xiaomi"]
    assert r.json()["coverage"]["custom"]["date"] == "2021-03-01"
    # the late snapshot (dated 2021-02-01, ingested today) is the one in force on 2021-02-15
    # now, but was not known in April 2021
    assert ids(match(client, "as_of=2021-02-15")) == []
    assert ids(match(client, "as_of=2021-02-15&known_at=2021-04-01")) == ["custom:xiaomi"]
    assert ids(match(client, "known_at=2021-07-01")) == []
    assert match(client, "known_at=2021-01-01").status_code == 409  # nothing known then
    assert match(client, "known_at=yesterday").status_code == 400


def test_known_at_screening_is_recorded_and_replays(setup: tuple[TestClient, str, Path]) -> None:
    client, url, _p = setup
    from listwatch.screening.ftm_query import screener_query
    from listwatch.screening.replay import replay
    from listwatch.store.verify import certificate_of, verify_screening

    r = match(client, "known_at=2021-04-01")
    sid = int(r.headers["X-Listwatch-Screening"])
    store = Store(url)
    cert = certificate_of(store, sid)
    assert cert["chain"]["known_at"] == "2021-04-01"
    assert cert["snapshots"]["custom"]["date"] == "2021-03-01"
    assert verify_screening(store, sid)["ok"]
    assert replay(store, sid, translate=screener_query)["same"]


def test_search_known_at(setup: tuple[TestClient, str, Path]) -> None:
    client, _url, _p = setup
    got = client.get("/search/default", params={"known_at": "2021-04-01"}).json()
    assert {x["id"] for x in got["results"]} == {"custom:xiaomi", "custom:huawei", "custom:cm"}
    got = client.get("/search/default", params={"q": "xiaomi", "known_at": "2021-04-01"}).json()
    assert got["results"][0]["id"] == "custom:xiaomi"


def test_entity_known_at_ignores_later_facts(setup: tuple[TestClient, str, Path]) -> None:
    client, _url, _p = setup
    note = {"type": "injunction", "date": "2021-03-12", "authority": "D.D.C.",
            "effect": "effective", "evidence_quote": "preliminary injunction granted"}
    r = client.post("/entities/custom:xiaomi/events", json=note,
                    headers={"Authorization": f"ApiKey {KEY}"})
    assert r.status_code in (200, 201), r.text
    now = client.get("/entities/custom:xiaomi").json()
    assert any(e.get("type") == "injunction" for e in now["events"])
    then = client.get("/entities/custom:xiaomi?known_at=2021-04-01").json()
    assert not any(e.get("type") == "injunction" for e in then["events"])  # recorded today
    assert then["listed"] is True and then["listed_intervals"][-1]["to"] is None
    assert then["known_snapshot"]["date"] == "2021-03-01"
    assert client.get("/entities/custom:xiaomi?known_at=2021-01-01").status_code == 404
    page = client.get("/entity/custom:xiaomi?known_at=2021-04-01")
    assert page.status_code == 200 and "As the store knew it on" in page.text
    search = client.get("/?q=Xiaomi+Corporation&known_at=2021-04-01")
    assert search.status_code == 200 and "custom:xiaomi" in search.text


def test_cli_screen_known_at(setup: tuple[TestClient, str, Path]) -> None:
    _client, url, path = setup
    env = {"LISTWATCH_DB": url, "LISTWATCH_DATA_DIR": str(path / "data")}
    cmd = ["screen", "Xiaomi Corporation", "--format", "json"]
    # (the console script's entry point, in this process: tests/commands/inprocess.py)
    now = run_main(*cmd, env=env)
    assert now.returncode == 0, now.stderr
    assert "custom:xiaomi" not in now.stdout
    then = run_main(*cmd, "--known-at", "2021-04-01", env=env)
    assert then.returncode == 0, then.stderr
    assert "custom:xiaomi" in then.stdout


def _reconcile_ids(r: Any, key: str = "q0") -> list[str]:
    assert r.status_code == 200, r.text
    return [c["id"] for c in r.json()[key]["result"]]


def test_reconcile_known_at(setup: tuple[TestClient, str, Path]) -> None:
    import json

    from listwatch.store.verify import certificate_of, verify_screening

    client, url, _p = setup
    queries = json.dumps({"q0": {"query": "Xiaomi Corporation", "type": "Company"},
                          "q1": {"query": "Huawei Technologies", "type": "Company"}})
    # now: removed; as the store knew it in April 2021: listed (GET, form POST, 1.0 match)
    assert "custom:xiaomi" not in _reconcile_ids(
        client.post("/reconcile/default", data={"queries": queries}))
    r = client.post("/reconcile/default?known_at=2021-04-01", data={"queries": queries})
    assert _reconcile_ids(r)[0] == "custom:xiaomi"
    assert _reconcile_ids(r, "q1")[0] == "custom:huawei"
    sid = int(r.headers["X-Listwatch-Screening"])
    store = Store(url)
    cert = certificate_of(store, sid)
    assert cert["chain"]["known_at"] == "2021-04-01"
    assert cert["snapshots"]["custom"]["date"] == "2021-03-01"
    assert verify_screening(store, sid)["ok"]
    store.dispose()
    got = client.get("/reconcile/default", params={"queries": queries,
                                                   "known_at": "2021-04-01"})
    assert _reconcile_ids(got)[0] == "custom:xiaomi"
    assert "custom:xiaomi" not in _reconcile_ids(client.get(
        "/reconcile/default", params={"queries": queries, "known_at": "2021-07-01"}))
    v10 = {"queries": [{"type": "Company", "conditions": [
        {"matchType": "name", "propertyValue": "Xiaomi Corporation"}]}]}
    r10 = client.post("/reconcile/default/1.0/match?known_at=2021-04-01", json=v10)
    assert r10.status_code == 200, r10.text
    assert r10.json()["results"][0]["candidates"][0]["id"] == "custom:xiaomi"
    now10 = client.post("/reconcile/default/1.0/match", json=v10).json()
    assert "custom:xiaomi" not in [c["id"] for c in now10["results"][0]["candidates"]]
    # the service URL with known_at still serves the manifest; bad times are a 400
    assert client.get("/reconcile/default?known_at=2021-04-01").json()["versions"] == ["0.2"]
    assert client.post("/reconcile/default?known_at=yesterday",
                       data={"queries": queries}).status_code == 400
    assert client.post("/reconcile/default/1.0/match?known_at=yesterday",
                       json=v10).status_code == 400
    # nothing known then: refused, never "no candidate"
    assert client.post("/reconcile/default?known_at=2021-01-01",
                       data={"queries": queries}).status_code == 409


def test_reconcile_extension_known_at(setup: tuple[TestClient, str, Path]) -> None:
    import json

    client, _url, _p = setup
    ext = json.dumps({"ids": ["custom:xiaomi"], "properties": [{"id": "listed"},
                                                              {"id": "state"}]})
    now = client.post("/reconcile/default", data={"extend": ext}).json()
    assert now["rows"]["custom:xiaomi"]["listed"] == [{"str": "no"}]
    assert now["rows"]["custom:xiaomi"]["state"] != [{"str": "listed"}]
    then = client.post("/reconcile/default?known_at=2021-04-01", data={"extend": ext}).json()
    assert then["rows"]["custom:xiaomi"]["listed"] == [{"str": "yes"}]
    # not in the store yet at that time: no values, as for an unknown id
    before = client.post("/reconcile/default?known_at=2021-01-01", data={"extend": ext})
    assert before.json()["rows"]["custom:xiaomi"] == {"listed": [], "state": []}
    v10 = client.post("/reconcile/default/1.0/extend?known_at=2021-04-01",
                      json=json.loads(ext)).json()
    assert v10["rows"][0]["properties"][0]["values"] == [{"str": "yes"}]
