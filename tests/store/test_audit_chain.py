"""Screening records that verify themselves: signed, hash-chained, checked against the
snapshots they name; tampering with any stored part makes verification fail. On SQLite
and PostgreSQL; the CLI (`listwatch verify`, `listwatch screening replay`) and the API
(`GET /screenings/{id}/verify`) end to end."""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from listwatch.screening.ftm_query import screener_query
from listwatch.screening.replay import replay
from listwatch.screening.screen import Screener
from listwatch.store.audit import record_screening
from listwatch.store.db import Store
from listwatch.store.schema import blobs, screening_chain, screenings, snapshots
from listwatch.store.verify import (
    certificate_of,
    verify_certificate,
    verify_chain,
    verify_screening,
)
from tests.api.conftest import ingest_custom
from tests.commands.inprocess import run_main

EXAMPLES = [{"ref": "h", "schema": "Company", "properties": {"name": ["Huawei Technologies"]}},
            {"ref": "c", "schema": "Company", "properties": {"name": ["China Mobile"]}},
            {"ref": "n", "schema": "Person", "properties": {"name": ["Zyxwvut Qqqq"]}}]


def screen_and_record(store: Store, screener: Screener, example: dict[str, Any],
                      limit: int = 5) -> int:
    query = screener_query({k: v for k, v in example.items() if k != "ref"})
    results = screener.screen(query, threshold=0.7, limit=limit)
    items = [{"query": example, "results": results}]
    return record_screening(store, queries=[example], results=items, as_of=None,
                            threshold=0.7, snapshots=screener.snapshots_used(None),
                            params={"endpoint": "match", "limit": limit})


@pytest.fixture
def chained(store: Store) -> tuple[Store, list[int]]:
    ingest_custom(store)
    screener = Screener.load(store)
    return store, [screen_and_record(store, screener, ex) for ex in EXAMPLES]


def failed(report: dict[str, Any]) -> set[str]:
    return {c["check"] for c in report["checks"] if not c["ok"]}


def test_records_are_chained_signed_and_verify(chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    certs = [certificate_of(store, i) for i in ids]
    assert [c["chain"]["seq"] for c in certs] == [1, 2, 3]
    assert certs[0]["chain"]["prev_hash"] is None
    assert certs[1]["chain"]["prev_hash"] == certs[0]["chain"]["record_hash"]
    assert certs[2]["chain"]["prev_hash"] == certs[1]["chain"]["record_hash"]
    assert certs[0]["snapshots"]["custom"]["content_hash"]  # named by content too
    for i in ids:
        report = verify_screening(store, i)
        assert report["ok"], report
        assert [c["check"] for c in report["checks"]] == [
            "content", "signature", "stored", "chain", "snapshots"]
    assert verify_chain(store) == {"ok": True, "records": 3, "failures": []}
    from listwatch.store.audit import get_screening
    from listwatch.store.certificate import render_html

    page = render_html(get_screening(store, ids[1]))
    assert certs[1]["chain"]["record_hash"] in page and "Ed25519 signature" in page


def test_every_kind_of_record_verifies(store: Store) -> None:
    from listwatch.screening.batch import Matches

    ingest_custom(store)
    screener = Screener.load(store)
    snaps = screener.snapshots_used(None)
    matches = Matches()
    matches.append({"row": 7, "id": "c7", "key": "custom:huawei", "source": "custom",
                    "name": "Huawei Technologies Co., Ltd.", "score": 0.91, "match": True})
    batch = record_screening(store, queries={"file": "ü.csv", "rows": 3, "sha256": "ab" * 32},
                             results=matches, as_of="2021-04-01", threshold=0.7,
                             snapshots=snaps, query_count=3)
    odd = record_screening(store, queries=[{"name": "Ünïcødé 小米 \"quoted\"", "x": 1e-7}],
                           results=[{"query": {"name": "小米"}, "results": []}], as_of=None,
                           threshold=2 / 3, snapshots=snaps, known_at="2021-04-01",
                           params={"limit": 5, "cutoff": 0.1 + 0.2})
    for sid in (batch, odd):
        assert verify_screening(store, sid)["ok"], verify_screening(store, sid)


def test_changing_a_stored_record_fails(chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    with store.begin() as conn:
        row = conn.execute(select(screenings.c.results).where(screenings.c.id == ids[1])).one()
        results = json.loads(row.results)
        results[0]["results"][0]["score"] = 0.12  # a hit made to look weak
        conn.execute(update(screenings).where(screenings.c.id == ids[1])
                     .values(results=json.dumps(results)))
    report = verify_screening(store, ids[1])
    assert not report["ok"] and "content" in failed(report)
    assert verify_screening(store, ids[0])["ok"] and verify_screening(store, ids[2])["ok"]
    assert [f["id"] for f in verify_chain(store)["failures"]] == [ids[1]]


def test_rehashing_a_changed_record_breaks_the_signature_and_chain(
        chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    from listwatch.store.audit_chain import content_digest, record_hash

    with store.begin() as conn:
        conn.execute(update(screenings).where(screenings.c.id == ids[1]).values(user="mallory"))
    cert = certificate_of(store, ids[1])
    chain = cert["chain"]
    forged = record_hash(chain["seq"], chain["prev_hash"], content_digest(cert, chain["params"]),
                         chain["key_id"], chain["known_at"])
    with store.begin() as conn:
        conn.execute(update(screening_chain).where(screening_chain.c.screening_id == ids[1])
                     .values(record_hash=forged))
    report = verify_screening(store, ids[1])
    assert failed(report) == {"signature", "chain"}  # content matches the forged hash


def test_deleting_a_record_breaks_the_chain(chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    with store.begin() as conn:
        conn.execute(delete(screening_chain).where(screening_chain.c.screening_id == ids[1]))
        conn.execute(delete(screenings).where(screenings.c.id == ids[1]))
    report = verify_screening(store, ids[2])
    assert failed(report) == {"chain"}
    assert "missing" in next(c for c in report["checks"] if c["check"] == "chain")["detail"]
    report = verify_screening(store, ids[0])
    assert failed(report) == {"chain"}  # the next record does not name it any more


def test_changed_snapshot_bytes_fail(chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    import zlib

    with store.begin() as conn:
        files = json.loads(conn.execute(select(snapshots.c.files).order_by(
            snapshots.c.id.desc())).first().files)
        conn.execute(update(blobs).where(blobs.c.sha256 == files[0]["sha256"])
                     .values(data=zlib.compress(b"id,name\nx,Someone Else\n")))
    report = verify_screening(store, ids[0])
    assert failed(report) == {"snapshots"}
    assert "no longer holds its bytes" in next(
        c for c in report["checks"] if c["check"] == "snapshots")["detail"]


def test_a_certificate_file_verifies_offline_and_a_changed_one_does_not(
        chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    cert = json.loads(json.dumps(certificate_of(store, ids[0]), default=str))
    assert verify_certificate(None, cert)["ok"]
    assert verify_certificate(store, cert)["ok"]
    changed = json.loads(json.dumps(cert))
    changed["results"][0]["results"] = []  # "no match"
    assert failed(verify_certificate(None, changed)) == {"content"}
    assert "content" in failed(verify_certificate(store, changed))
    resigned = json.loads(json.dumps(cert))
    resigned["chain"]["signature"] = cert["chain"]["signature"][::-1]
    assert failed(verify_certificate(None, resigned)) == {"signature"}


def test_replay_gives_the_same_results_from_the_stored_snapshots(
        chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    from listwatch.sources import get_source
    from listwatch.store.ingest import ingest_files
    from tests.api.conftest import HEADER

    # a later snapshot changes the list: replay still answers from the named one
    later = HEADER + 'cm2,China Mobile Limited,Company,,China,,1260H,2022-01\n'
    ingest_files(store, get_source("custom"), {"custom.csv": later.encode()}, date="2022-01-10",
                 force=True)
    for i in ids:
        report = replay(store, i, translate=screener_query)
        assert report["same"], report
    now = Screener.load(store).screen(screener_query(
        {"schema": "Company", "properties": {"name": ["China Mobile"]}}), threshold=0.7)
    assert now[0]["key"] == "custom:cm2"  # the current lists do differ


def test_concurrent_appends_keep_one_chain(store: Store) -> None:
    ingest_custom(store)
    screener = Screener.load(store)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for ex in EXAMPLES * 3:
                screen_and_record(Store(store.url), screener, ex)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert verify_chain(store) == {"ok": True, "records": 27, "failures": []}


def cli(*args: str, db: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The command as its process would run it (in this process: tests/commands/inprocess.py)."""
    return run_main(*args, env={"LISTWATCH_DB": db, "LISTWATCH_DATA_DIR": str(data_dir)})


def test_cli_verify_and_replay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    data = tmp_path / "data"
    monkeypatch.setenv("LISTWATCH_DATA_DIR", str(data))
    store = Store(db)
    ingest_custom(store)
    sid = screen_and_record(store, Screener.load(store), EXAMPLES[0])
    cert = tmp_path / "cert.json"
    r = cli("certificate", str(sid), "--format", "json", "-o", str(cert), db=db, data_dir=data)
    assert r.returncode == 0, r.stderr
    r = cli("verify", str(cert), db=db, data_dir=data)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "verified" in r.stdout
    pem = tmp_path / "key.pem"
    from listwatch.store.signing import signing_key

    pem.write_text(signing_key(data).public_pem())
    assert cli("verify", str(cert), "--public-key", str(pem), "--offline", db=db,
               data_dir=data).returncode == 0
    doc = json.loads(cert.read_text())
    doc["user"] = "someone else"
    cert.write_text(json.dumps(doc))
    r = cli("verify", str(cert), "--format", "json", db=db, data_dir=data)
    assert r.returncode == 3
    assert {"content"} == {c["check"] for c in json.loads(r.stdout)["checks"]
                                     if not c["ok"]}
    assert "does not verify" in r.stderr
    r = cli("screening", "replay", str(sid), db=db, data_dir=data)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "same results" in r.stdout
    r = cli("verify", str(tmp_path / "nothing.json"), db=db, data_dir=data)
    assert r.returncode != 0 and "Traceback" not in r.stderr


def test_api_verify_endpoint_and_tampering(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    monkeypatch.setenv("LISTWATCH_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'api.db'}"
    store = Store(url)
    ingest_custom(store)
    query = {k: v for k, v in EXAMPLES[0].items() if k != "ref"}
    with TestClient(create_app(url)) as client:
        r = client.post("/match/default", json={"queries": {"q": query}})
        assert r.status_code == 200, r.text
        sid = int(r.headers["X-Listwatch-Screening"])
        assert replay(store, sid, translate=screener_query)["same"]  # an API screening too
        rec = client.post("/reconcile/default", data={"queries": json.dumps(
            {"q0": {"query": "China Mobile", "type": "Company", "limit": 2}})})
        assert replay(store, int(rec.headers["X-Listwatch-Screening"]),
                      translate=screener_query)["same"]
        ok = client.get(f"/screenings/{sid}/verify")
        assert ok.status_code == 200 and ok.json()["ok"]
        cert = client.get(f"/screenings/{sid}/certificate").json()
        key = client.get("/.well-known/listwatch-signing-key").json()
        assert cert["chain"]["key_id"] == key["key_id"]
        assert cert["chain"]["public_key"] == key["public_key"]
        with store.begin() as conn:
            conn.execute(update(screenings).where(screenings.c.id == sid)
                         .values(threshold=0.1))
        bad = client.get(f"/screenings/{sid}/verify")
        assert bad.status_code == 409 and not bad.json()["ok"]
        # with audit turned off nothing is recorded
        monkeypatch.setenv("LISTWATCH_AUDIT_API", "false")
    with TestClient(create_app(url)) as client:
        r = client.post("/match/default", json={"queries": {"q": query}})
        assert r.status_code == 200 and "X-Listwatch-Screening" not in r.headers
        r = client.post("/match/default?audit=true", json={"queries": {"q": query}})
        assert int(r.headers["X-Listwatch-Screening"]) == sid + 2  # (after the reconciliation)


def test_the_digest_of_a_row_about_to_be_stored_is_the_records_content_digest() -> None:
    """``content_digest_of_row`` hashes the row's JSON columns as text, part by part (a
    batch's results are tens of MB): the same digest as ``content_digest`` of the record
    read back and parsed, which is what verification recomputes."""
    from listwatch.store.audit_chain import canonical_json, content_digest, content_digest_of_row

    matches = [{"row": i, "id": f"c{i}", "key": f"un_sc:{i}", "name": name, "score": 0.9,
                "match": True, "programs": ["Al-Qaida"]}
               for i, name in enumerate(["Ünïcødé 小米", 'quo"te \\ back', "line\u2028sep",
                                         "مؤسسة", "Plain"] * 40)]
    parsed = {"created_at": "2026-12-03T15:00:00+00:00", "user": "ä", "as_of": None,
              "threshold": 2 / 3, "snapshots": {"un_sc": {"id": 1, "date": "2024-01-02"}},
              "query_count": 400, "match_count": len(matches),
              "queries": {"file": "ü.csv", "rows": 400, "sha256": "ab" * 32},
              "results": matches}
    row = {k: canonical_json(v) if k in ("snapshots", "queries", "results") else v
           for k, v in parsed.items()}
    params = {"limit": 5, "cutoff": 0.1 + 0.2}
    assert content_digest_of_row(row, 17, canonical_json(params)) == content_digest(
        {**parsed, "id": 17}, params)
    assert content_digest_of_row(row, 18, canonical_json(params)) != content_digest(
        {**parsed, "id": 17}, params)
