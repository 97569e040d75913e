"""The API's group-commit writer of audit records (``api.audit_writer``): on PostgreSQL a
task on the event loop over its own connection, on SQLite a thread. Many concurrent
screenings share commits, each request gets the id of *its* record, the chain stays one
exact chain beside another process appending, and every record verifies."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from listwatch.store.audit import get_screening
from listwatch.store.audit_chain import append_screenings
from listwatch.store.db import Store
from listwatch.store.verify import verify_chain, verify_screening

from .conftest import ingest_custom

NAMES = ["Huawei Technologies", "Xiaomi Corporation", "China Mobile", "Nobody Such Ltd",
         "Huawei", "Xiaomi Corp", "China Mobile Communications"]


def _other_process_row(i: int) -> tuple[dict[str, Any], dict[str, Any], None]:
    from listwatch.store.audit import screening_row

    query = {"ref": "cli", "name": f"cli query {i}"}
    return (screening_row(queries=[query], results=[{"query": query, "results": []}],
                          as_of=None, threshold=0.7, snapshots={}, user="cli"),
            {"endpoint": "cli"}, None)


def test_concurrent_api_screenings_share_commits_and_verify(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    monkeypatch.setenv("LISTWATCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LISTWATCH_AUDIT_API", "true")
    store = Store(db_url)
    ingest_custom(store)
    app = create_app(db_url)
    stop = threading.Event()
    other_ids: list[int] = []

    def other_process() -> None:  # a CLI appending to the same chain meanwhile
        other = Store(db_url)
        i = 0
        while not stop.is_set():
            other_ids.extend(append_screenings(other, [_other_process_row(i)]))
            i += 1
        other.dispose()

    with TestClient(app) as client:
        writer = app.state.lw.audit
        assert (writer._loop_writer is not None) == (store.dialect == "postgresql")

        def one(i: int) -> tuple[str, int]:
            name = NAMES[i % len(NAMES)] + f" {i}"
            r = client.post("/match/default", json={"queries": {"q": {
                "schema": "Company", "properties": {"name": [name]}}}})
            assert r.status_code == 200, r.text
            return name, int(r.headers["X-Listwatch-Screening"])

        side = threading.Thread(target=other_process)
        side.start()
        try:
            with ThreadPoolExecutor(8) as pool:
                answered = list(pool.map(one, range(48)))
        finally:
            stop.set()
            side.join()
        groups, records = writer.groups, writer.records
    assert records == 48 and 1 <= groups <= 48  # (how many share a commit: the timing's)
    ids = [sid for _n, sid in answered]
    assert len(set(ids)) == 48 and not set(ids) & set(other_ids)
    for name, sid in answered:  # each request got the id of its own record
        record = get_screening(store, sid)
        assert record["queries"][0]["properties"]["name"] == [name]
        assert verify_screening(store, sid)["ok"]
    chain = verify_chain(store)
    assert chain["ok"] and chain["records"] == 48 + len(other_ids), chain
    store.dispose()


def test_a_failing_append_is_the_request_error_and_the_writer_recovers(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    monkeypatch.setenv("LISTWATCH_DATA_DIR", str(tmp_path / "data"))
    store = Store(db_url)
    ingest_custom(store)
    app = create_app(db_url)
    body = {"queries": {"q": {"schema": "Company", "properties": {"name": ["Huawei"]}}}}
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.post("/match/default", json=body).status_code == 200
        with store.begin() as conn:  # the chain's head is gone: appending must fail
            conn.exec_driver_sql("ALTER TABLE screening_chain_head RENAME TO head_away")
        r = client.post("/match/default", json=body)
        assert r.status_code >= 500 and "X-Listwatch-Screening" not in r.headers
        with store.begin() as conn:
            conn.exec_driver_sql("ALTER TABLE head_away RENAME TO screening_chain_head")
        r = client.post("/match/default", json=body)
        assert r.status_code == 200 and int(r.headers["X-Listwatch-Screening"])
    assert verify_chain(store)["ok"]
    store.dispose()
