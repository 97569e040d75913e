"""Tampering with what a screening record rests on, byte by byte, each way an auditor
would fear: the record's stored text (one byte, even one that leaves the JSON equal),
its signature, the order of the chain, a snapshot's bytes or its file list. Each makes
verification fail, naming the check and saying why in words; the untouched records still
verify. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import zlib
from typing import Any

import pytest
from sqlalchemy import select, update

from listwatch.screening.screen import Screener
from listwatch.store.db import Store
from listwatch.store.schema import blobs, screening_chain, screenings, snapshots
from listwatch.store.verify import (
    certificate_of,
    verify_certificate,
    verify_chain,
    verify_screening,
)
from tests.api.conftest import ingest_custom
from tests.store.test_audit_chain import EXAMPLES, screen_and_record


@pytest.fixture
def chained(store: Store) -> tuple[Store, list[int]]:
    ingest_custom(store)
    screener = Screener.load(store)
    ids = [screen_and_record(store, screener, ex) for ex in EXAMPLES]
    for sid in ids:
        assert verify_screening(store, sid)["ok"]
    return store, ids


def reasons(report: dict[str, Any]) -> dict[str, str]:
    """``{check: detail}`` of the failed checks; each detail says why in words."""
    out = {c["check"]: c["detail"] for c in report["checks"] if not c["ok"]}
    for detail in out.values():
        assert isinstance(detail, str) and len(detail.split()) >= 4, detail
    return out


def _edit(store: Store, sid: int, column: str, change: Any) -> None:
    with store.begin() as conn:
        text = conn.execute(select(screenings.c[column]).where(screenings.c.id == sid)).scalar()
        conn.execute(update(screenings).where(screenings.c.id == sid)
                     .values({column: change(text)}))


@pytest.mark.parametrize("column", ["results", "queries", "snapshots"])
def test_one_byte_more_in_a_stored_record_fails(chained: tuple[Store, list[int]],
                                                column: str) -> None:
    store, ids = chained
    # a space after a colon: the same JSON once parsed, but not the bytes that were signed
    _edit(store, ids[1], column, lambda t: t.replace(":", ": ", 1))
    why = reasons(verify_screening(store, ids[1]))
    assert set(why) == {"stored"} and f"the bytes of its {column} were edited" in why["stored"]
    assert verify_screening(store, ids[0])["ok"] and verify_screening(store, ids[2])["ok"]


@pytest.mark.parametrize("column", ["results", "queries", "snapshots"])
def test_one_changed_byte_of_a_stored_value_fails(chained: tuple[Store, list[int]],
                                                  column: str) -> None:
    store, ids = chained

    def flip(text: str) -> str:  # one character of the first string value
        i = text.index('":"') + 3
        return text[:i] + ("x" if text[i] != "x" else "y") + text[i + 1:]

    _edit(store, ids[1], column, flip)
    why = reasons(verify_screening(store, ids[1]))
    assert {"content", "stored"} <= set(why)
    assert "changed after it was signed" in why["content"]
    assert verify_screening(store, ids[0])["ok"] and verify_screening(store, ids[2])["ok"]


def test_a_changed_score_fails_and_the_walk_names_the_record(
        chained: tuple[Store, list[int]]) -> None:
    store, ids = chained

    def weaker(text: str) -> str:
        data = json.loads(text)
        data[0]["results"][0]["score"] = 0.1
        return json.dumps(data, sort_keys=True, separators=(",", ":"))

    _edit(store, ids[0], "results", weaker)
    assert "content" in reasons(verify_screening(store, ids[0]))
    walk = verify_chain(store)
    assert not walk["ok"] and [f["id"] for f in walk["failures"]] == [ids[0]]


def test_a_flipped_signature_fails(chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    with store.begin() as conn:
        sig = conn.execute(select(screening_chain.c.signature)
                           .where(screening_chain.c.screening_id == ids[2])).scalar()
        flipped = ("A" if sig[0] != "A" else "B") + sig[1:]
        conn.execute(update(screening_chain).where(screening_chain.c.screening_id == ids[2])
                     .values(signature=flipped))
    why = reasons(verify_screening(store, ids[2]))
    assert set(why) == {"signature"} and "forged or altered" in why["signature"]


def test_reordering_the_chain_fails(chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    with store.begin() as conn:
        seqs = {r.screening_id: r.seq for r in conn.execute(
            select(screening_chain.c.screening_id, screening_chain.c.seq)
            .where(screening_chain.c.screening_id.in_(ids[:2])))}
        a, b = ids[0], ids[1]
        conn.execute(update(screening_chain).where(screening_chain.c.screening_id == a)
                     .values(seq=-1))
        conn.execute(update(screening_chain).where(screening_chain.c.screening_id == b)
                     .values(seq=seqs[a]))
        conn.execute(update(screening_chain).where(screening_chain.c.screening_id == a)
                     .values(seq=seqs[b]))
    for sid in (a, b):
        why = reasons(verify_screening(store, sid))
        assert "content" in why  # the sequence number is part of what was signed
        assert "chain" in why
    assert {f["id"] for f in verify_chain(store)["failures"]} >= {a, b}


def test_a_snapshots_bytes_changed_fail_with_the_snapshot_named(
        chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    with store.begin() as conn:
        row = conn.execute(select(snapshots.c.id, snapshots.c.files)
                           .order_by(snapshots.c.id.desc())).first()
        sha = json.loads(row.files)[0]["sha256"]
        raw = zlib.decompress(conn.execute(select(blobs.c.data)
                                           .where(blobs.c.sha256 == sha)).scalar())
        changed = raw.replace(b"Huawei", b"Huawey", 1)
        assert changed != raw
        conn.execute(update(blobs).where(blobs.c.sha256 == sha)
                     .values(data=zlib.compress(changed)))
    for sid in ids:
        why = reasons(verify_screening(store, sid))
        assert set(why) == {"snapshots"}
        assert "no longer holds its bytes" in why["snapshots"]


def test_a_snapshot_pointed_at_other_bytes_fails(chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    with store.begin() as conn:
        rows = conn.execute(select(snapshots.c.id, snapshots.c.files)
                            .order_by(snapshots.c.id)).all()
        first, last = json.loads(rows[0].files), json.loads(rows[-1].files)
        last[0] = {**last[0], "sha256": first[0]["sha256"], "size": first[0]["size"]}
        conn.execute(update(snapshots).where(snapshots.c.id == rows[-1].id)
                     .values(files=json.dumps(last)))
    why = reasons(verify_screening(store, ids[0]))
    assert "snapshots" in why


def test_a_certificate_edited_offline_fails_without_the_database(
        chained: tuple[Store, list[int]]) -> None:
    store, ids = chained
    cert = certificate_of(store, ids[0])
    assert verify_certificate(None, cert)["ok"]
    cert["results"][0]["results"] = []  # the hit removed from the filed certificate
    why = reasons(verify_certificate(None, cert))
    assert set(why) == {"content"}
