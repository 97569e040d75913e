"""API keys: every write endpoint refuses a missing or wrong key; reads can be made private."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from listwatch.store.db import Store

from .conftest import KEY, custom_csv, ingest_custom

#: POST endpoints that only read (yente's /match takes its queries as a body).
#: POSTs that only read (screenings): reads are open unless LISTWATCH_PRIVATE_READS
READ_POSTS = {"/match/{dataset}", "/reconcile/{dataset}", "/reconcile/{dataset}/1.0/match",
              "/reconcile/{dataset}/1.0/extend"}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


@pytest.fixture
def app(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from listwatch.api.app import create_app

    url = f"sqlite:///{tmp_path / 'auth.db'}"
    store = Store(url)
    ingest_custom(store)
    store.dispose()
    monkeypatch.setenv("LISTWATCH_API_KEYS", f"other-key,{KEY}")
    return create_app(url)


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def write_routes(app: Any) -> list[tuple[str, str]]:
    """Every (method, path) that writes, from the OpenAPI description of the app."""
    routes = []
    for path, ops in app.openapi()["paths"].items():
        for method in ops:
            if method.upper() in WRITE_METHODS and path not in READ_POSTS:
                routes.append((method.upper(), path))
    return sorted(routes)


def _fill(path: str) -> str:
    import re

    path = (path.replace("{key}", "custom:xiaomi").replace("{source}", "custom")
            .replace("{dataset}", "default"))
    return re.sub(r"\{[^}]+\}", "1", path)


def test_write_routes_are_found(app: Any) -> None:
    found = write_routes(app)
    assert ("POST", "/entities/{key}/events") in found
    assert ("POST", "/ingest/{source}") in found


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "ApiKey wrong"}, {"Authorization": "Bearer wrong"},
     {"X-API-Key": "wrong"}, {"Authorization": f"Basic {KEY}"}, {"X-API-Key": ""}],
)
def test_every_write_refuses_missing_or_wrong_keys(app: Any, client: Any,
                                                   headers: dict[str, str]) -> None:
    for method, path in write_routes(app):
        r = client.request(method, _fill(path), headers=headers, json={})
        assert r.status_code == 401, (method, path, r.status_code)
        assert "API key" in r.json()["detail"]
        assert r.headers["www-authenticate"] == "ApiKey"


def test_writes_disabled_without_configured_keys(app: Any, client: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LISTWATCH_API_KEYS")
    for method, path in write_routes(app):
        r = client.request(method, _fill(path), headers={"Authorization": f"ApiKey {KEY}"},
                           json={})
        assert r.status_code == 403, (method, path)
        assert "LISTWATCH_API_KEYS" in r.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [{"Authorization": f"ApiKey {KEY}"}, {"Authorization": f"Bearer {KEY}"}, {"X-API-Key": KEY}],
)
def test_a_valid_key_writes(client: Any, headers: dict[str, str]) -> None:
    note = {"type": "injunction", "date": "2021-03-12", "evidence_url": "https://example.org/a"}
    r = client.post("/entities/custom:xiaomi/events", json=note, headers=headers)
    assert r.status_code in (200, 201), r.text
    files = {"files": ("custom.csv", custom_csv("2021-03-01") + b"extra,Extra Co,Company,,,,,\n")}
    r = client.post("/ingest/custom", files=files, data={"date": "2021-07-01"}, headers=headers)
    assert r.status_code in (200, 201), r.text


def test_ingest_upload(client: Any) -> None:
    auth = {"Authorization": f"ApiKey {KEY}"}
    created = client.post("/watchlists", json={"name": "clients"}, headers=auth)
    assert created.status_code in (200, 201), created.text
    item = client.post("/watchlists/clients/items", json={"items": [{"name": "New Co"}]},
                       headers=auth)
    assert item.status_code in (200, 201), item.text
    body = custom_csv("2021-06-01") + b"newco,New Co,Company,,,,,\n"
    r = client.post("/ingest/custom", files={"files": ("list.csv", body)},
                    data={"date": "2021-09-01"}, headers=auth)
    assert r.status_code == 201, r.text
    assert r.json()["added"] == 1 and r.json()["date"] == "2021-09-01"
    # the watchlist was re-screened against the new snapshot
    assert [a["key"] for a in r.json()["alerts"] if a["kind"] == "new"] == ["custom:newco"]
    again = client.post("/ingest/custom", files={"files": ("list.csv", body)},
                        data={"date": "2021-09-01"}, headers=auth)
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    # the process's match index was reloaded at once
    hit = client.post("/match/custom", json={"queries": {"q": {
        "schema": "Company", "properties": {"name": ["New Co"]}}}}).json()
    assert hit["responses"]["q"]["results"][0]["id"] == "custom:newco"
    bad = client.post("/ingest/custom", files={"files": ("x.csv", b"<html><body>oops</body></html>")},
                      headers=auth)
    assert bad.status_code == 422 and "HTML page" in bad.json()["detail"]
    empty = client.post("/ingest/custom", files={"files": ("x.csv", b"  \n")}, headers=auth)
    assert empty.status_code == 422 and "empty" in empty.json()["detail"]
    tiny = client.post("/ingest/custom", files={"files": ("x.csv", b"id,name\na,A\n")},
                       data={"date": "2021-10-01"}, headers=auth)
    assert tiny.status_code == 409 and "--force" in tiny.json()["hint"]
    unknown = client.post("/ingest/nowhere", files={"files": ("x.csv", body)}, headers=auth)
    assert unknown.status_code == 404
    baddate = client.post("/ingest/custom", files={"files": ("x.csv", body)},
                          data={"date": "2021-99-01"}, headers=auth)
    assert baddate.status_code == 400


def test_private_reads(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    q = {"queries": {"q": {"schema": "Company", "properties": {"name": ["Huawei"]}}}}
    reads = [("GET", "/sources"), ("GET", "/entities/custom:xiaomi"), ("GET", "/"),
             ("GET", "/entity/custom:xiaomi"), ("GET", "/search/default?q=huawei"),
             ("GET", "/diff/custom?from=2021-01-15&to=2021-06-01"), ("POST", "/match/default"),
             ("GET", "/source/custom")]
    for method, path in reads:
        assert client.request(method, path, json=q).status_code == 200, path
    monkeypatch.setenv("LISTWATCH_PRIVATE_READS", "true")
    for method, path in reads:
        r = client.request(method, path, json=q)
        assert r.status_code == 401, path
        ok = client.request(method, path, json=q, headers={"X-API-Key": KEY})
        assert ok.status_code == 200, path
    assert client.get("/healthz").status_code == 200  # probes stay open
    assert client.get("/readyz").status_code == 200
