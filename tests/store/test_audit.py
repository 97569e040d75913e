"""The screening audit record and its certificate, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from listwatch.errors import NotFound
from listwatch.store.audit import get_screening, list_screenings, record_digest, record_screening
from listwatch.store.certificate import render_html, render_pdf, summary

SNAPS = {"us_ofac_sdn": {"id": 3, "date": "2024-05-03"},
         "un_sc": {"id": 4, "date": "2026-02-27"},
         "us_bis_dpl": {"id": None, "date": None}}
HIT = {"key": "us_ofac_sdn:18299", "source": "us_ofac_sdn", "name": "ROSNEFT TRADING S.A.",
       "caption": "ROSNEFT TRADING S.A.", "score": 0.98, "match": True,
       "explanation": [{"feature": "name_similarity"}], "listed_from": "2024-05-03",
       "listed_to": None, "programs": ["UKRAINE-EO13662"], "properties": {"a": ["b"]}}


def test_single_screening_round_trip(store, monkeypatch):
    monkeypatch.setenv("LISTWATCH_USER", "officer.jane")
    sid = record_screening(
        store, queries=[{"name": "Rosneft Trading"}],
        results=[{"query": {"name": "Rosneft Trading"}, "results": [HIT]}],
        as_of="2024-06-01", threshold=0.7, snapshots=SNAPS)
    rec = get_screening(store, sid)
    assert rec["user"] == "officer.jane" and rec["as_of"] == "2024-06-01"
    assert rec["snapshots"] == SNAPS and rec["threshold"] == 0.7
    assert rec["query_count"] == 1 and rec["match_count"] == 1
    kept = rec["results"][0]["results"][0]
    assert kept["key"] == "us_ofac_sdn:18299" and "properties" not in kept
    assert rec["sha256"] == record_digest(rec) == get_screening(store, sid)["sha256"]
    assert list_screenings(store)[0]["id"] == sid

    s = summary(rec)
    status = {li["source"]: li["status"] for li in s["lists"]}
    assert status["un_sc"].startswith("No match on United Nations")
    assert status["un_sc"].endswith("as of 2024-06-01")
    assert status["us_ofac_sdn"].startswith("1 match")
    assert status["us_bis_dpl"].startswith("Not covered")
    page = render_html(rec)
    assert "officer.jane" in page and rec["sha256"] in page and "@media print" in page
    assert "No match on United Nations Security Council" in page
    assert "<script" not in page
    pdf = render_pdf(rec)
    assert pdf.startswith(b"%PDF")


def test_batch_screening_keeps_file_digest_not_rows(store):
    info = {"file": "/data/customers.csv", "name": "customers.csv", "rows": 1_000_000,
            "sha256": "ab" * 32}
    matches = [{"row": 7, "id": "c7", "key": "un_sc:1", "source": "un_sc", "name": "X",
                "score": 0.9, "match": True}]
    sid = record_screening(store, queries=info, results=matches, as_of=None, threshold=0.7,
                           snapshots=SNAPS, query_count=1_000_000)
    rec = get_screening(store, sid)
    assert rec["query_count"] == 1_000_000 and rec["match_count"] == 1
    assert rec["queries"]["sha256"] == "ab" * 32
    page = render_html(rec)
    assert "customers.csv" in page and "row 7 (id c7)" in page
    assert "No match on OFAC Specially Designated Nationals" in page


def test_tampering_changes_the_digest(store):
    sid = record_screening(store, queries=[{"name": "x"}], results=[], as_of=None,
                           threshold=0.7, snapshots=SNAPS)
    rec = get_screening(store, sid)
    forged = dict(rec, user="someone else")
    assert record_digest(forged) != rec["sha256"]


def test_unknown_screening(store):
    with pytest.raises(NotFound):
        get_screening(store, 424242)
