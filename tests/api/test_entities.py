"""Entries, timelines, annotations, diffs, pages over a small dated custom list, on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from listwatch.store.db import Store
from listwatch.store.schema import events, screenings

from .conftest import KEY, ingest_custom

AUTH = {"Authorization": f"ApiKey {KEY}"}
INJUNCTION = {
    "type": "injunction",
    "date": "2021-03-12",
    "authority": "U.S. District Court for the District of Columbia",
    "evidence_url": "https://example.org/xiaomi-v-dod",
    "evidence_quote": "The court granted Xiaomi's motion for a preliminary injunction.",
}


@pytest.fixture
def client(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    monkeypatch.setenv("LISTWATCH_API_KEYS", KEY)
    ingest_custom(store)
    with TestClient(create_app(store.url)) as c:
        yield c


def test_entity_timeline(client: Any) -> None:
    r = client.get("/entities/custom:xiaomi")
    assert r.status_code == 200
    body = r.json()
    assert body["key"] == "custom:xiaomi" and body["caption"] == "Xiaomi Corporation"
    assert body["listed"] is False and body["removed_on"] == "2021-06-01"
    assert [e["type"] for e in body["events"]] == ["designation", "amendment", "removal"]
    assert body["events"][1]["fields"] == ["alias"]
    assert body["record"]["properties"]["isin"] == ["KYG9830T1067"]
    assert body["as_of"] is None
    on = client.get("/entities/custom:xiaomi", params={"as_of": "2021-04-01"}).json()
    assert on["as_of"] == "2021-04-01"
    assert on["state"]["listed"] is True and on["state"]["since"] == "2021-01-15"
    assert [e["type"] for e in on["events"]] == ["designation", "amendment"]
    assert client.get("/entities/custom:nobody").status_code == 404
    assert client.get("/entities/custom:xiaomi?as_of=yesterday").status_code == 400


def test_annotation_is_stored_once_and_changes_the_status(client: Any, store: Store) -> None:
    r = client.post("/entities/custom:xiaomi/events", json=INJUNCTION, headers=AUTH)
    assert r.status_code == 201, r.text
    ev = r.json()["event"]
    assert ev["origin"] == "annotation" and ev["status"] == "reported"
    assert ev["date_precision"] == "day" and ev["list"] == "custom"
    assert len(ev["fingerprint"]) == 64
    again = client.post("/entities/custom:xiaomi/events", json=INJUNCTION, headers=AUTH)
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["event"]["id"] == ev["id"]
    with store.connect() as conn:
        assert conn.execute(select(func.count()).select_from(events)).scalar() == 1
    # a reported (unconfirmed) annotation never rewrites the status: shown beside it,
    # as reported, with its own date, in the API's state and on the page (issue 21)
    body = client.get("/entities/custom:xiaomi?as_of=2021-04-01").json()
    state = body["state"]
    assert state["listed"] is True and state["status"] == "listed"
    assert state["reported_status"]["status"] == "enjoined"
    assert state["reported_status"]["since"] == "2021-03-12"
    assert body["status"] == "listed" and body["reported_status"]["origin"] == "annotation"
    page = client.get("/entity/custom:xiaomi?as_of=2021-04-01")
    assert page.status_code == 200
    assert "enjoined" in page.text and "preliminary injunction" in page.text
    assert 'class="mark reported"' in page.text
    assert "Reported by then, not confirmed" in page.text
    now = client.get("/entity/custom:xiaomi").text
    head = now[now.index("<dt>Now</dt>"):now.index("<dt>Last seen</dt>")]
    assert "enjoined" not in head  # (removed since: the report is older news)
    r = client.post("/entities/custom:huawei/events", json=INJUNCTION, headers=AUTH)
    now = client.get("/entity/custom:huawei").text
    head = now[now.index("<dt>Now</dt>"):now.index("<dt>Last seen</dt>")]
    assert "enjoined" not in head.split("<dt>Reported</dt>")[0]
    assert "since 2021-03-12" in head and "reported (annotation)" in head


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "rumour"}, "type"),
        ({"date": "2021-02-30"}, "not a real calendar date"),
        ({"date": "12/03/2021"}, "YYYY"),
        ({"evidence_url": None, "evidence_quote": None}, "give evidence"),
        ({"evidence_url": "javascript:alert(1)"}, "http(s) URL"),
    ],
)
def test_annotation_validation(client: Any, change: dict[str, Any], message: str) -> None:
    r = client.post("/entities/custom:xiaomi/events", json={**INJUNCTION, **change}, headers=AUTH)
    assert r.status_code == 422
    assert message in r.json()["detail"]


def test_annotation_on_unknown_entry_is_404(client: Any) -> None:
    r = client.post("/entities/custom:nobody/events", json=INJUNCTION, headers=AUTH)
    assert r.status_code == 404 and "no entry" in r.json()["detail"]


def test_partial_date_annotation(client: Any) -> None:
    r = client.post("/entities/custom:huawei/events",
                    json={**INJUNCTION, "type": "legal_challenge", "date": "2021-03"},
                    headers=AUTH)
    assert r.status_code == 201 and r.json()["event"]["date_precision"] == "month"


def test_sources_diff_and_snapshots(client: Any) -> None:
    rows = {r["id"]: r for r in client.get("/sources").json()}
    assert rows["custom"]["snapshots"] == 3 and rows["custom"]["records"] == 2
    d = client.get("/diff/custom", params={"from": "2021-01-15", "to": "2021-06-01"}).json()
    assert d["removed"] == ["custom:xiaomi"] and d["added"] == [] and d["from"] == "2021-01-15"
    d = client.get("/diff/custom", params={"from": "2021-01-15", "to": "2021-03-01"}).json()
    assert d["changed"] == ["custom:xiaomi"]
    assert client.get("/diff/nowhere", params={"from": "2021-01-15", "to": "2021-06-01"}
                      ).status_code == 404
    assert client.get("/diff/custom", params={"from": "2001-01-01", "to": "2021-06-01"}
                      ).status_code == 404
    snaps = client.get("/sources/custom/snapshots").json()
    assert [s["date"] for s in snaps] == ["2021-01-15", "2021-03-01", "2021-06-01"]


def test_pages_render(client: Any, store: Store) -> None:
    home = client.get("/")
    assert home.status_code == 200 and '<label for="q">' in home.text
    found = client.get("/", params={"q": "Xiaomi", "as_of": "2021-02-01"})
    assert found.status_code == 200 and "/entity/custom%3Axiaomi" in found.text
    assert "Why this score" in found.text and "Listed" in found.text
    gone = client.get("/", params={"q": "Xiaomi Corporation", "threshold": "0.9"})
    assert "custom%3Axiaomi" not in gone.text  # removed on 2021-06-01: not on today's lists
    assert "No entry scores 90%" in gone.text
    src = client.get("/source/custom")
    assert src.status_code == 200 and "changes since 2021-03-01" in src.text
    link = src.text.split('href="/source/custom/diff?')[1].split('"')[0].replace("&amp;", "&")
    diff = client.get("/source/custom/diff?" + link)
    assert diff.status_code == 200 and "custom:xiaomi" in diff.text
    missing = client.get("/entity/custom:nobody")
    assert missing.status_code == 404 and "no entry" in missing.text
    assert client.get("/source/nowhere").status_code == 404
    with store.begin() as conn:
        sid = conn.execute(insert(screenings).values(
            created_at="2026-01-01T00:00:00+00:00", user="alice", as_of="2021-04-01",
            threshold=0.7, snapshots=json.dumps({"custom": {"id": 2, "date": "2021-03-01"}}),
            query_count=1, match_count=1,
            queries=json.dumps([{"name": "Xiaomi"}]),
            results=json.dumps([{"query": {"name": "Xiaomi"}, "results": [
                {"key": "custom:xiaomi", "caption": "Xiaomi Corporation", "score": 0.97,
                 "match": True}]}]),
        )).inserted_primary_key[0]
    audit = client.get(f"/screening/{sid}")
    assert audit.status_code == 200
    assert "alice" in audit.text and "2021-03-01" in audit.text and "Xiaomi Corporation" in audit.text
    assert client.get(f"/screenings/{sid}").json()["snapshots"]["custom"]["date"] == "2021-03-01"
    assert client.get("/screening/999").status_code == 404


def test_entity_page_is_fast(client: Any) -> None:
    client.get("/entity/custom:xiaomi")
    t0 = time.process_time()  # (CPU time: a loaded machine must not fail it)
    for _ in range(20):
        assert client.get("/entity/custom:xiaomi").status_code == 200
    assert (time.process_time() - t0) / 20 < 0.1
