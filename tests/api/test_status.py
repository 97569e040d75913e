"""GET /status, the legal block of /entities/{key}, /match with as_of, /calendar, and the
entity page's legal state and band, over the shared DoD lists and their record."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from listwatch.api.app import create_app
from listwatch.history.record import import_record
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def client(shared_data: Path, tmp_path_factory: pytest.TempPathFactory):
    url = f"sqlite:///{tmp_path_factory.mktemp('api-status') / 'a.db'}"
    store = Store(url)
    for sid in ("us_dod_1237", "us_dod_1260h"):
        ingest_paths(store, sid, [shared_data / "us_dod_cmc"])
    import_record(store, shared_data / "us_dod_cmc/events.csv")
    with TestClient(create_app(url)) as c:
        yield c


def test_status_endpoint(client):
    r = client.get("/status", params={"q": "Xiaomi", "as_of": "2021-03-15"})
    assert r.status_code == 200
    body = r.json()
    assert body["state"] == "enjoined" and body["purchase_prohibited"] is False
    (entry,) = body["entries"]
    assert {e["kind"] for e in entry["effects"] if e["suspended"]} == {"purchase_ban", "divestment_window"}
    r = client.get("/status", params={"entry": "us_dod_1237:advanced-micro-fabrication-equipment",
                                      "as_of": "2021-03-15"})
    assert r.json()["purchase_prohibited"] is True and r.json()["divest_by"] == "2022-01-14"
    assert client.get("/status", params={"q": "No Such Party Anywhere"}).json()["state"] == "not_listed"
    assert client.get("/status", params={"entry": "us_dod_1237:nothing"}).status_code == 404
    assert client.get("/status", params={"q": "Xiaomi", "as_of": "2021-13-01"}).status_code == 400


def test_entities_and_match_carry_the_legal_state(client):
    r = client.get("/entities/us_dod_1237:xiaomi", params={"as_of": "2021-05-25"})
    legal = r.json()["legal"]
    assert legal["state"] == "vacated" and legal["as_of"] == "2021-05-25"
    r = client.post("/match/default", params={"as_of": "2021-03-15"},
                    json={"queries": {"q": {"schema": "Company", "properties": {"name": ["Xiaomi Corporation"]}}}})
    top = r.json()["responses"]["q"]["results"][0]
    assert top["legal"]["state"] == "enjoined" and top["legal"]["as_of"] == "2021-03-15"


def test_calendar_formats(client):
    params = {"entry": ["us_dod_1237:xiaomi", "us_dod_1260h:hesai-technology"], "start": "2025-01-01"}
    items = client.get("/calendar", params=params).json()["items"]
    assert [(i["date"], i["what"]) for i in items] == [
        ("2026-06-30", "contracting_ban starts"), ("2027-06-30", "indirect_contracting_ban starts")]
    ics = client.get("/calendar", params={**params, "format": "ics"})
    assert ics.headers["content-type"].startswith("text/calendar")
    assert ics.text.count("BEGIN:VEVENT") == 2 and "DTSTART;VALUE=DATE:20260630" in ics.text
    assert all(len(line.encode()) <= 75 for line in ics.text.split("\r\n"))
    page = client.get("/calendar", params={**params, "format": "html"})
    assert page.headers["content-type"].startswith("text/html")
    assert "2026-06-30" in page.text and "format=ics" in page.text and "Hesai Group" in page.text
    assert client.get("/calendar", params={**params, "format": "pdf"}).status_code == 400
    csv_text = client.get("/calendar", params={**params, "format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("date,what,kind,basis")


def test_entity_page_shows_state_listing_date_and_band(client):
    page = client.get("/entity/us_dod_1237:xiaomi", params={"as_of": "2021-03-15"}).text
    assert "enjoined" in page and "state-band" in page and "band-vacated" in page
    assert "Listed 2021-01-14 (the list&#39;s own date)" in page or "Listed 2021-01-14 (the list's own date)" in page
