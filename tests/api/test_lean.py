"""The lean path of ``POST /match`` (``api.lean``) answers exactly as FastAPI's route:
the same status, headers and bytes for valid requests, and every doubtful request (unknown,
repeated, empty or out-of-range parameters, bad bodies, other content types) handed over
to FastAPI, whose errors come back unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from listwatch.store.db import Store

from .conftest import KEY, ingest_custom

BODY = {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Huawei"]}},
                    "q2": {"schema": "Person", "properties": {"name": ["Xiaomi Corp"]}}}}

#: (query string, body, content type, expected to take the lean path)
CASES: list[tuple[str, Any, str, bool]] = [
    ("", BODY, "application/json", True),
    ("limit=1&threshold=0.5&cutoff=0.6&algorithm=best&audit=false", BODY,
     "application/json", True),
    ("include_dataset=custom&exclude_schema=Person&topics=sanction", BODY,
     "application/json; charset=utf-8", True),
    ("exclude_entity_ids=custom:huawei&exclude_entity_ids=custom:cm", BODY,
     "application/json", True),
    ("as_of=2021-02-01&show_decided=1", BODY, "application/json", True),
    ("known_at=2030-01-01", BODY, "application/json", True),
    ("changed_since=2021-03-01T10:00", BODY, "application/json", True),
    # handed over to FastAPI: errors the route itself raises
    ("as_of=2021-13-45", BODY, "application/json", False),
    ("algorithm=nope", BODY, "application/json", False),
    ("include_dataset=nope", BODY, "application/json", False),
    ("", {"queries": {}}, "application/json", False),
    # handed over to FastAPI: what the lean path does not read
    ("threshhold=0.5", BODY, "application/json", False),
    ("limit=0", BODY, "application/json", False),
    ("limit=501", BODY, "application/json", False),
    ("limit=05", BODY, "application/json", False),
    ("limit=1&limit=2", BODY, "application/json", False),
    ("threshold=1.5", BODY, "application/json", False),
    ("threshold=abc", BODY, "application/json", False),
    ("show_decided=yes", BODY, "application/json", False),
    ("as_of=", BODY, "application/json", False),
    ("changed_since=yesterday", BODY, "application/json", False),
    ("exclude_entity_ids=" + "&exclude_entity_ids=".join(f"x{i}" for i in range(51)), BODY,
     "application/json", False),
    ("", {"queries": {"q": {"schema": "Company", "properties": {"name": ["x"]},
                            "extra": 1}}}, "application/json", False),
    ("", {"queries": {"q": {"properties": {"name": ["x"]}}}}, "application/json", False),
    ("", {"quries": {}}, "application/json", False),
    ("", "not json", "application/json", False),
    ("", BODY, "text/plain", False),
]


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    path = Path(tmp_path_factory.mktemp("lean")) / "lean.db"
    url = f"sqlite:///{path}"
    store = Store(url)
    ingest_custom(store)
    store.dispose()
    mp = pytest.MonkeyPatch()
    mp.setenv("LISTWATCH_AUDIT_API", "false")
    mp.setenv("LISTWATCH_API_KEYS", KEY)
    mp.setenv("LISTWATCH_API_LEAN", "true")
    lean_app = create_app(url)
    mp.setenv("LISTWATCH_API_LEAN", "false")
    full_app = create_app(url)
    with TestClient(lean_app) as lean, TestClient(full_app) as full:
        yield lean_app, lean, full
    mp.undo()


def _send(client: Any, qs: str, body: Any, ctype: str, path: str = "/match/default") -> Any:
    content = body if isinstance(body, str) else json.dumps(body)
    return client.post(path + (f"?{qs}" if qs else ""), content=content,
                       headers={"content-type": ctype})


def _same(a: Any, b: Any) -> None:
    assert a.status_code == b.status_code, (a.text, b.text)
    assert a.content == b.content
    drop = {"date", "content-length"}
    assert {k: v for k, v in a.headers.items() if k not in drop} == \
        {k: v for k, v in b.headers.items() if k not in drop}


@pytest.mark.parametrize(("qs", "body", "ctype", "lean"), CASES)
def test_same_answer_as_fastapi(clients: Any, qs: str, body: Any, ctype: str,
                                lean: bool) -> None:
    lean_app, lean_client, full_client = clients
    counts = lean_app.state.lean_counts
    before = counts["lean"]
    a = _send(lean_client, qs, body, ctype)
    b = _send(full_client, qs, body, ctype)
    assert (counts["lean"] - before == 1) == lean
    _same(a, b)


@pytest.mark.parametrize("path", ["/match/nope", "/match/custom", "/match/default/x",
                                  "/match/", "/match"])
def test_other_paths_the_same(clients: Any, path: str) -> None:
    _app, lean_client, full_client = clients
    _same(_send(lean_client, "", BODY, "application/json", path),
          _send(full_client, "", BODY, "application/json", path))
    _same(lean_client.get(path), full_client.get(path))


def test_the_lean_path_answers_valid_requests(clients: Any) -> None:
    _app, lean_client, _full = clients
    r = _send(lean_client, "", BODY, "application/json")
    assert r.status_code == 200
    assert r.json()["responses"]["q1"]["results"][0]["id"] == "custom:huawei"
    r = _send(lean_client, "threshhold=0.5", BODY, "application/json")
    assert r.status_code == 400 and "threshhold" in r.json()["detail"]


def test_private_reads_hold_on_the_lean_path(clients: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    lean_app, lean_client, full_client = clients
    monkeypatch.setenv("LISTWATCH_PRIVATE_READS", "true")
    for client in (lean_client, full_client):
        r = _send(client, "", BODY, "application/json")
        assert r.status_code == 401, r.text
        ok = client.post("/match/default", json=BODY, headers={"X-API-Key": KEY})
        assert ok.status_code == 200
