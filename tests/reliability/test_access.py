"""Access: keys compared in constant time and never logged; every read closed by setting.

``tests/api/test_auth.py`` already checks that every write endpoint (found from the OpenAPI
description) refuses missing and wrong keys, and that writes are disabled without keys;
this adds what a security review asks next.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files

API = Path(__file__).resolve().parents[2] / "src" / "listwatch" / "api"
KEY = "sentinel-key-7f3a9c1e5b"
WRONG = "sentinel-wrong-2d8e4f6a0c"
LIST = b"id,name,schema\nxiaomi,Xiaomi Corporation,Company\nhuawei,Huawei Technologies,Company\n"


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    from listwatch.api.app import create_app

    url = f"sqlite:///{tmp_path / 'access.db'}"
    store = Store(url)
    ingest_files(store, get_source("custom"), {"custom.csv": LIST}, date="2024-01-01")
    store.dispose()
    monkeypatch.setenv("LISTWATCH_API_KEYS", f"another-key,{KEY}")
    monkeypatch.setenv("LISTWATCH_LOG_LEVEL", "DEBUG")
    return create_app(url)


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def _fill(path: str) -> str:
    path = (path.replace("{key}", "custom:xiaomi").replace("{source}", "custom")
            .replace("{dataset}", "default"))
    return re.sub(r"\{[^}]+\}", "1", path)


def test_keys_are_never_logged(client: Any, caplog: pytest.LogCaptureFixture,
                               capfd: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.DEBUG)
    for key in (KEY, WRONG):
        for headers in ({"Authorization": f"ApiKey {key}"}, {"Authorization": f"Bearer {key}"},
                        {"X-API-Key": key}):
            client.post("/ingest/custom", files={"files": ("custom.csv", LIST + b"x,X Co,Company\n")},
                        data={"date": "2024-02-01"}, headers=headers)
            client.post("/entities/custom:xiaomi/events", headers=headers,
                        json={"type": "injunction", "date": "2021-03-12"})
            r = client.get("/sources", headers=headers)
            assert KEY not in r.text and WRONG not in r.text
    out, err = capfd.readouterr()
    logged = caplog.text + out + err
    assert caplog.records, "nothing was logged: the check would prove nothing"
    assert KEY not in logged and WRONG not in logged


def test_keys_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import hmac

    from listwatch.api import auth

    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    keys = ["k1-aaaaaaaa", "k2-bbbbbbbb", "k3-cccccccc"]
    assert auth.key_is_valid("k1-aaaaaaaa", keys)
    assert len(calls) == 3, "stops at the first match: timing tells which key matched"
    calls.clear()
    assert not auth.key_is_valid("k1-aaaaaaaX", keys)
    assert len(calls) == 3
    # and no key is compared any other way (==, !=, in) in the API package
    for path in API.rglob("*.py"):
        # "key" elsewhere in the API is an entry key (``us_ofac_sdn:36``), not a secret
        key_names = {"presented", "api_keys"} | ({"key", "keys"} if path.name == "auth.py" else set())
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Compare) and any(
                    isinstance(op, (ast.Eq, ast.NotEq, ast.In, ast.NotIn)) for op in node.ops):
                names = {getattr(n, "id", None) or getattr(n, "attr", None)
                         for n in ast.walk(node)}
                assert not names & key_names, f"{path.name}:{node.lineno} compares a key"


def test_every_read_is_closed_by_private_reads(app: Any, client: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # the signing key is public on purpose: whoever holds a certificate must be able to
    # check its signature without an account
    open_paths = {"/healthz", "/readyz", "/openapi.json", "/docs", "/redoc",
                  "/docs/oauth2-redirect", "/.well-known/listwatch-signing-key"}
    gets = sorted(p for p, ops in app.openapi()["paths"].items() if "get" in ops
                  and p not in open_paths)
    assert len(gets) >= 5
    monkeypatch.setenv("LISTWATCH_PRIVATE_READS", "true")
    for path in gets:
        r = client.get(_fill(path))
        assert r.status_code == 401, (path, r.status_code)
        ok = client.get(_fill(path), headers={"X-API-Key": KEY})
        assert ok.status_code != 401, path
    r = client.post("/match/default", json={"queries": {"q": {"schema": "Company",
                                                               "properties": {"name": ["x"]}}}})
    assert r.status_code == 401
