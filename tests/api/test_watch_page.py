"""The watchlists page shows lists and their alerts, newest first."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from listwatch.api.app import create_app
from listwatch.store.ingest import ingest_paths
from listwatch.watch.portfolio import add_item, create_watchlist
from listwatch.watch.runner import run_all


@pytest.mark.realdata
def test_alerts_page(store, db_url, shared_data):
    hist = shared_data / "ofac_sdn_history"
    ingest_paths(store, "us_ofac_sdn", [hist / "2022-02-23" / "sdn.csv.gz"])
    create_watchlist(store, "banks")
    add_item(store, "banks", "Nord Stream 2 AG", schema="Company")
    run_all(store, deliver=False)
    client = TestClient(create_app(db_url))
    text = re.sub(r"\s+", " ", client.get("/watch").text)
    assert "banks" in text and "No alerts." in text
    ingest_paths(store, "us_ofac_sdn", [hist / "2022-02-24" / "sdn.csv.gz"])
    run_all(store, deliver=False)
    page = client.get("/watch?list=banks")
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", page.text)
    assert "NORD STREAM 2 AG" in text and "us_ofac_sdn:31926" in text and ">new<" in text
    assert client.get("/watch?list=nope").status_code == 404
