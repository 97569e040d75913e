"""Request size and batch limits: clear 413 and 422 answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from listwatch.store.db import Store

from .conftest import KEY, ingest_custom


@pytest.fixture
def client(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    url = f"sqlite:///{tmp_path / 'limits.db'}"
    store = Store(url)
    ingest_custom(store)
    store.dispose()
    monkeypatch.setenv("LISTWATCH_API_KEYS", KEY)
    monkeypatch.setenv("LISTWATCH_MAX_UPLOAD_BYTES", "20000")
    monkeypatch.setenv("LISTWATCH_MAX_BATCH", "10")
    with TestClient(create_app(url)) as c:
        yield c


def _queries(n: int) -> dict[str, Any]:
    return {"queries": {f"q{i}": {"schema": "Company", "properties": {"name": [f"Huawei {i}"]}}
                        for i in range(n)}}


def test_batch_limit(client: Any) -> None:
    ok = client.post("/match/default", json=_queries(10))
    assert ok.status_code == 200 and len(ok.json()["responses"]) == 10
    r = client.post("/match/default", json=_queries(11))
    assert r.status_code == 422
    assert r.json()["detail"] == "too many queries: 11 in one request, the limit is 10"
    assert "split" in r.json()["hint"]


def test_body_limit_by_content_length(client: Any) -> None:
    body = json.dumps({"queries": {"q": {"schema": "Company",
                                          "properties": {"name": ["x" * 30000]}}}})
    r = client.post("/match/default", content=body,
                    headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert "larger than the limit of 20,000 bytes" in r.json()["detail"]
    assert "LISTWATCH_MAX_UPLOAD_BYTES" in r.json()["hint"]


def test_body_limit_when_streamed_without_length(client: Any) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"queries": {"q": {"schema": "Company", "properties": {"name": ["'
        for _ in range(30):
            yield b"y" * 1000
        yield b'"]}}}}'

    r = client.post("/match/default", content=chunks(),
                    headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_upload_limit(client: Any) -> None:
    big = b"id,name\n" + b"".join(f"id{i},Name {i}\n".encode() for i in range(3000))
    r = client.post("/ingest/custom", files={"files": ("custom.csv", big)},
                    headers={"X-API-Key": KEY})
    assert r.status_code == 413
    assert r.json()["detail"].startswith("request body is larger")


def test_limit_and_query_params_are_bounded(client: Any) -> None:
    q = _queries(1)
    assert client.post("/match/default?limit=0", json=q).status_code == 422
    assert client.post("/match/default?limit=501", json=q).status_code == 422
    assert client.post("/match/default?threshold=2", json=q).status_code == 422
    r = client.post("/match/default", content=b"{not json",
                    headers={"content-type": "application/json"})
    assert r.status_code == 422
