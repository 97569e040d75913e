"""The watchlist router on a bare FastAPI app: auth, JSON and CSV items, size limit, run."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from listwatch.api.watch_routes import router
from listwatch.store.ingest import ingest_paths

KEY = "test-key-123"
AUTH = {"Authorization": f"ApiKey {KEY}"}


@pytest.fixture
def client(store, monkeypatch):
    monkeypatch.setenv("LISTWATCH_API_KEYS", KEY)
    monkeypatch.delenv("LISTWATCH_PRIVATE_READS", raising=False)
    monkeypatch.delenv("LISTWATCH_WEBHOOK_URL", raising=False)
    app = FastAPI()
    app.state.store = store
    app.include_router(router)
    with TestClient(app) as c:
        yield c


def test_auth(client, monkeypatch):
    assert client.get("/watchlists").json() == []
    res = client.post("/watchlists", json={"name": "book"})
    assert res.status_code == 401 and "API key" in res.json()["detail"]
    res = client.post("/watchlists", json={"name": "book"}, headers={"X-API-Key": "wrong"})
    assert res.status_code == 401
    assert client.post("/watchlists/book/run").status_code == 401
    assert client.post("/watchlists/book/items", json={"name": "A"}).status_code == 401
    monkeypatch.setenv("LISTWATCH_PRIVATE_READS", "true")
    assert client.get("/watchlists").status_code == 401
    assert client.get("/watchlists/book/alerts").status_code == 401
    assert client.get("/watchlists", headers=AUTH).status_code == 200
    monkeypatch.setenv("LISTWATCH_API_KEYS", "")
    res = client.post("/watchlists", json={"name": "book"}, headers=AUTH)
    assert res.status_code == 403 and "writes are disabled" in res.json()["detail"]


def test_create_and_items(client):
    res = client.post("/watchlists", json={"name": "book"}, headers=AUTH)
    assert res.status_code == 201 and res.json()["name"] == "book"
    assert client.post("/watchlists", json={"name": "book"}, headers=AUTH).status_code == 409
    res = client.post("/watchlists", json={"name": "../etc"}, headers=AUTH)
    assert res.status_code == 400 and "invalid watchlist name" in res.json()["detail"]

    res = client.post(
        "/watchlists/book/items",
        headers=AUTH,
        json={"items": [{"name": "Nord Stream 2 AG", "schema": "Company", "id": "NS2"}]},
    )
    assert res.status_code == 201 and res.json()["added"] == 1
    res = client.post("/watchlists/book/items", headers=AUTH, json={"name": "Igor Sechin"})
    assert res.json()["added"] == 1
    csv = "name,id,birth_date\nMatthias Warnig,MW,1955-07-26\n"
    res = client.post(
        "/watchlists/book/items", headers={**AUTH, "Content-Type": "text/csv"}, content=csv
    )
    assert res.status_code == 201 and res.json()["added"] == 1
    res = client.post(
        "/watchlists/book/items",
        headers=AUTH,
        files={"file": ("more.csv", b"name\nSome Company Ltd\n", "text/csv")},
    )
    assert res.status_code == 201 and res.json()["added"] == 1
    items = client.get("/watchlists/book/items").json()
    assert [i["ref"] for i in items] == ["NS2", None, "MW", None]
    lists = client.get("/watchlists").json()
    assert [(w["name"], w["items"]) for w in lists] == [("book", 4)]

    res = client.delete(f"/watchlists/book/items/{items[3]['id']}", headers=AUTH)
    assert res.json() == {"removed": 1}
    assert client.delete("/watchlists/book/items/999999", headers=AUTH).status_code == 404


@pytest.mark.parametrize(
    ("kwargs", "status", "message"),
    [
        ({"json": {"items": [{"country": "ru"}]}}, 400, "item 1: name is required"),
        ({"json": [{"name": "A", "schema": "Bird"}]}, 400, "schema 'Bird'"),
        ({"json": "just text"}, 400, "send {"),
        ({"content": b"{", "headers": {"Content-Type": "application/json"}}, 400, "not valid JSON"),
        (
            {"content": b"title\nA\n", "headers": {"Content-Type": "text/csv"}},
            400,
            "no 'name' column",
        ),
        ({"content": b"<x/>", "headers": {"Content-Type": "application/xml"}}, 400, "cannot read"),
        ({"files": {"other": ("a.csv", b"name\nA\n")}}, 400, "no file in the upload"),
    ],
)
def test_bad_items(client, kwargs, status, message):
    client.post("/watchlists", json={"name": "book"}, headers=AUTH)
    kwargs = dict(kwargs)
    headers = {**AUTH, **kwargs.pop("headers", {})}
    res = client.post("/watchlists/book/items", headers=headers, **kwargs)
    assert res.status_code == status and message in res.json()["detail"]
    assert client.get("/watchlists/book/items").json() == []


def test_missing_list_and_size_limit(client, monkeypatch):
    res = client.post("/watchlists/nope/items", headers=AUTH, json={"name": "A"})
    assert res.status_code == 404 and "no watchlist named 'nope'" in res.json()["detail"]
    assert client.get("/watchlists/nope/alerts").status_code == 404
    assert client.post("/watchlists/nope/run", headers=AUTH).status_code == 404
    client.post("/watchlists", json={"name": "book"}, headers=AUTH)
    monkeypatch.setenv("LISTWATCH_MAX_UPLOAD_BYTES", "100")
    big = "name\n" + "Some Name Ltd\n" * 20
    res = client.post(
        "/watchlists/book/items", headers={**AUTH, "Content-Type": "text/csv"}, content=big
    )
    assert res.status_code == 413 and "above the limit of 100" in res.json()["detail"]
    res = client.post(
        "/watchlists/book/items", headers=AUTH, files={"file": ("big.csv", big.encode())}
    )
    assert res.status_code == 413

    def chunks():
        for _ in range(20):
            yield b"Some Name Ltd\n"

    res = client.post(
        "/watchlists/book/items", headers={**AUTH, "Content-Type": "text/csv"}, content=chunks()
    )
    assert res.status_code == 413
    assert client.get("/watchlists/book/items").json() == []


@pytest.mark.realdata
def test_run_and_alerts(client, store, shared_data):
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn_history" / "2022-02-23"])
    client.post("/watchlists", json={"name": "book"}, headers=AUTH)
    client.post(
        "/watchlists/book/items", headers=AUTH, json={"name": "Nord Stream 2 AG", "id": "NS2"}
    )
    res = client.post("/watchlists/book/run", headers=AUTH)
    assert res.status_code == 200 and res.json()["alerts"] == []
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn_history" / "2022-02-24"])
    res = client.post("/watchlists/book/run", headers=AUTH)
    [alert] = res.json()["alerts"]
    assert (alert["kind"], alert["key"], alert["ref"]) == ("new", "us_ofac_sdn:31926", "NS2")
    assert client.post("/watchlists/book/run", headers=AUTH).json()["alerts"] == []
    alerts = client.get("/watchlists/book/alerts").json()
    assert [a["id"] for a in alerts] == [alert["id"]]
    assert client.get("/watchlists/book/alerts", params={"kind": "removed"}).json() == []
    assert client.get("/watchlists/book/alerts", params={"since_id": alert["id"]}).json() == []
    assert len(client.get("/watchlists/book/alerts", params={"undelivered": True}).json()) == 1
    assert client.get("/watchlists/book/alerts", params={"kind": "x"}).status_code == 400
    res = client.delete("/watchlists/book", headers=AUTH)
    assert res.json() == {"name": "book", "items": 1, "alerts": 1}


@pytest.mark.realdata
def test_in_the_full_app(store, db_url, shared_data, monkeypatch):
    from listwatch.api.app import create_app

    monkeypatch.setenv("LISTWATCH_API_KEYS", KEY)
    monkeypatch.delenv("LISTWATCH_WEBHOOK_URL", raising=False)
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn_history" / "2022-02-24"])
    with TestClient(create_app(db_url)) as c:
        assert c.post("/watchlists", json={"name": "book"}, headers=AUTH).status_code == 201
        c.post(
            "/watchlists/book/items",
            headers=AUTH,
            json={"name": "Matthias Warnig", "schema": "Person"},
        )
        [alert] = c.post("/watchlists/book/run", headers=AUTH).json()["alerts"]
        assert alert["key"] == "us_ofac_sdn:31922"
        assert c.get("/watchlists/nope/alerts").json()["detail"] == "no watchlist named 'nope'"
        assert "/watchlists/{name}/items" in c.get("/openapi.json").json()["paths"]
