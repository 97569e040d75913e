"""The API's cache of which queries have reviewers' decisions (``api.decision_cache``):
no database round trip for a query without one; decisions made elsewhere (the CLI,
another worker) are seen within the reload interval; a stale cache never hides a hit.
(SQLite and PostgreSQL.)"""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import event

from listwatch.store.db import Store
from listwatch.store.decisions import add_decision, reopen_decision

from .conftest import ingest_custom

QUERY = {"queries": {"q1": {"schema": "Company",
                            "properties": {"name": ["Huawei Technologies"]}}}}


@pytest.fixture
def app_client(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    store = Store(db_url)
    ingest_custom(store)
    store.dispose()
    monkeypatch.setenv("LISTWATCH_RELOAD_INTERVAL", "0.2")
    monkeypatch.setenv("LISTWATCH_AUDIT_API", "false")
    app = create_app(db_url)
    with TestClient(app) as c:
        yield app, c


def _ids(client: Any) -> list[str]:
    r = client.post("/match/default", json=QUERY)
    assert r.status_code == 200, r.text
    return [x["id"] for x in r.json()["responses"]["q1"]["results"]]


def test_a_query_without_decision_costs_no_database_round_trip(app_client: Any) -> None:
    app, client = app_client
    assert "custom:huawei" in _ids(client)  # (loads the index and the decided queries)
    engine = app.state.lw.store.engine
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        for _ in range(20):
            assert "custom:huawei" in _ids(client)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    # nothing but the background checks (every 0.2 s) of the decisions' change token and
    # of the snapshots (the match index); never the decisions themselves
    assert all("FROM decision_log" in s or "FROM snapshots" in s for s in seen), seen
    assert len(seen) <= 12, seen


def test_decisions_made_elsewhere_are_seen_within_the_interval(app_client: Any,
                                                               db_url: str) -> None:
    _app, client = app_client
    assert "custom:huawei" in _ids(client)
    other = Store(db_url)  # as the CLI or another worker would
    made = add_decision(other, query="Huawei Technologies", key="custom:huawei",
                        verdict="false_positive", reason="a distributor of the same name",
                        user="ann")
    deadline = time.monotonic() + 10
    while "custom:huawei" in _ids(client):  # shown until the cache has seen the change
        assert time.monotonic() < deadline, "the decision was never applied"
        time.sleep(0.05)
    r = client.post("/match/default", json=QUERY).json()["responses"]["q1"]
    assert r["decided"][0]["decision"]["id"] == made["id"]
    reopen_decision(other, made["id"], reason="asked again", user="bob")
    # the query's key stays in the cached set until the next check, but its decisions
    # are then read exactly: the reopened hit is back at once
    assert "custom:huawei" in _ids(client)
    other.dispose()


def test_a_decision_through_this_process_applies_at_once(app_client: Any,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    app, client = app_client
    app.state.lw.decisions.interval = 3600.0  # no background check can help
    monkeypatch.setenv("LISTWATCH_API_KEYS", "k" * 20)
    assert "custom:huawei" in _ids(client)
    r = client.post("/decisions", headers={"Authorization": "ApiKey " + "k" * 20},
                    json={"query": "huawei   TECHNOLOGIES", "key": "custom:huawei",
                          "verdict": "false_positive", "reason": "not them"})
    assert r.status_code == 201, r.text
    assert "custom:huawei" not in _ids(client)
    r = client.post(f"/decisions/{r.json()['id']}/reopen",
                    headers={"Authorization": "ApiKey " + "k" * 20}, json={})
    assert r.status_code == 200, r.text
    assert "custom:huawei" in _ids(client)
