"""``POST /decisions`` and ``GET /decisions``; decided hits and yente's
``exclude_entity_ids`` in ``/match`` (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import pytest

from listwatch.store.db import Store

from .conftest import KEY, ingest_custom

AUTH = {"Authorization": f"ApiKey {KEY}"}
QUERY = {"queries": {"q1": {"schema": "Company",
                            "properties": {"name": ["Huawei Technologies"]}}}}


@pytest.fixture
def client(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    store = Store(db_url)
    ingest_custom(store)
    store.dispose()
    monkeypatch.setenv("LISTWATCH_API_KEYS", KEY)
    monkeypatch.setenv("LISTWATCH_USER", "server")
    with TestClient(create_app(db_url)) as c:
        yield c


def _ids(client: Any, params: dict[str, Any] | None = None) -> tuple[list[str], dict]:
    r = client.post("/match/default", json=QUERY, params=params or {})
    assert r.status_code == 200, r.text
    resp = r.json()["responses"]["q1"]
    return [x["id"] for x in resp["results"]], resp


def test_decision_through_the_api_suppresses_the_hit(client: Any) -> None:
    ids, _ = _ids(client)
    assert "custom:huawei" in ids
    body = {"query": "Huawei Technologies", "key": "custom:huawei",
            "verdict": "false_positive", "reason": "a distributor of the same name",
            "user": "ann"}
    assert client.post("/decisions", json=body).status_code in (401, 403)
    r = client.post("/decisions", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["created_by"] == "ann via server (api)" and made["status"] == "active"
    ids, resp = _ids(client)
    assert "custom:huawei" not in ids
    assert resp["decided"][0]["id"] == "custom:huawei"
    assert resp["decided"][0]["decision"]["id"] == made["id"]
    ids, resp = _ids(client, {"show_decided": "true"})
    assert "custom:huawei" in ids and "decided" not in resp
    listed = client.get("/decisions", params={"status": "active"}).json()
    assert [d["id"] for d in listed["results"]] == [made["id"]]
    one = client.get(f"/decisions/{made['id']}").json()
    assert one["log"][0]["action"] == "add" and one["log"][0]["user"] == "ann via server (api)"
    # audited screening keeps the decided hit
    r = client.post("/match/default", json=QUERY, params={"audit": "true"})
    sid = r.headers["X-Listwatch-Screening"]
    from listwatch.store.audit import get_screening

    store = Store()
    record = get_screening(store, int(sid))
    assert record["results"][0]["decided"][0]["decision"]["verdict"] == "false_positive"
    store.dispose()
    r = client.post(f"/decisions/{made['id']}/reopen", json={"reason": "asked again"},
                    headers=AUTH)
    assert r.status_code == 200 and r.json()["status"] == "reopened"
    assert "custom:huawei" in _ids(client)[0]


def test_bad_decisions_are_clear_4xx(client: Any) -> None:
    bad = {"query": "Huawei", "key": "custom:huawei", "verdict": "maybe", "reason": "x"}
    assert client.post("/decisions", json=bad, headers=AUTH).status_code == 422
    missing = {**bad, "verdict": "true_match", "key": "custom:nothing"}
    r = client.post("/decisions", json=missing, headers=AUTH)
    assert r.status_code == 404 and "no entry" in r.text
    assert client.get("/decisions/999").status_code == 404
    assert client.get("/decisions", params={"status": "odd"}).status_code == 400


def test_exclude_entity_ids_leaves_them_out(client: Any) -> None:
    ids, _ = _ids(client)
    assert "custom:huawei" in ids
    ids2, _ = _ids(client, {"exclude_entity_ids": ["custom:huawei"]})
    assert "custom:huawei" not in ids2 and set(ids2) == set(ids) - {"custom:huawei"}
