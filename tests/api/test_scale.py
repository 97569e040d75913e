"""Scale out: two server processes over one PostgreSQL database answer alike, also after an
ingest through one of them; `listwatch serve --workers 2` serves."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from listwatch.store.db import Store

from .conftest import KEY, custom_csv, ingest_custom, run_server

pytestmark = pytest.mark.postgres

Q = {"queries": {
    "new": {"schema": "Company", "properties": {"name": ["Brand New Holdings"]}},
    "hua": {"schema": "Company", "properties": {"name": ["Huawei Technologies"]}},
}}


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh database on the PostgreSQL server of LISTWATCH_TEST_PG, with a small list."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    base = os.environ.get("LISTWATCH_TEST_PG")
    if not base:
        pytest.fail("LISTWATCH_TEST_PG is not set: run the suite with `make test`",
                    pytrace=False)
    name = f"lw_scale_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    store = Store(url)
    ingest_custom(store)
    store.dispose()
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _ids(base: str) -> dict[str, list[str]]:
    body = httpx.post(base + "/match/default", json=Q, timeout=10).json()
    return {k: [r["id"] for r in v["results"]] for k, v in body["responses"].items()}


def test_two_servers_one_database(pg_url: str) -> None:
    env = {"LISTWATCH_API_KEYS": KEY, "LISTWATCH_RELOAD_INTERVAL": "0.5"}
    with run_server(pg_url, env=env) as a, run_server(pg_url, env=env) as b:
        before = _ids(a)
        assert before == _ids(b)
        assert before["new"] == [] and before["hua"] == ["custom:huawei"]
        body = custom_csv("2021-06-01") + b"brandnew,Brand New Holdings,Company,,,,,\n"
        r = httpx.post(a + "/ingest/custom", files={"files": ("custom.csv", body)},
                       data={"date": "2021-09-01"}, headers={"X-API-Key": KEY}, timeout=30)
        assert r.status_code == 201, r.text
        assert _ids(a)["new"] == ["custom:brandnew"]  # the ingesting server at once
        deadline = time.monotonic() + 10
        while _ids(b)["new"] != ["custom:brandnew"]:  # the other within its reload interval
            assert time.monotonic() < deadline, "second server never saw the ingest"
            time.sleep(0.2)
        assert _ids(a) == _ids(b)
        ea = httpx.get(a + "/entities/custom:brandnew").json()
        eb = httpx.get(b + "/entities/custom:brandnew").json()
        assert ea == eb and ea["first_seen"] == "2021-09-01"
        note = {"type": "designation", "date": "2021-09-01", "evidence_url": "https://example.org"}
        assert httpx.post(b + "/entities/custom:brandnew/events", json=note,
                          headers={"X-API-Key": KEY}).status_code == 201
        assert len(httpx.get(a + "/entities/custom:brandnew").json()["events"]) == 2


def test_serve_with_two_workers(pg_url: str) -> None:
    with run_server(pg_url, workers=2) as base:
        answers: set[str] = set()
        with httpx.Client(timeout=10) as client:
            for _ in range(20):
                r = client.post(base + "/match/default", json=Q)
                assert r.status_code == 200
                answers.add(str(_strip(r.json())))
        assert len(answers) == 1
        # each worker loads its screener on its own: the one answering may still be loading
        # (a loaded machine, CI); both are ready within a short while
        deadline = time.monotonic() + 60
        while httpx.get(base + "/readyz").json()["status"] != "ok":
            assert time.monotonic() < deadline, "a worker never became ready"
            time.sleep(0.5)


def _strip(body: dict[str, Any]) -> Any:
    return {k: [(r["id"], r["score"]) for r in v["results"]]
            for k, v in body["responses"].items()}
