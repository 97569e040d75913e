"""The search page's types: "Any" searches every kind of entry, vessels and aircraft too
(as ``GET /search`` does); a narrower type narrows."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from listwatch.api.app import create_app
from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files

ROWS = ("id,name,schema,aliases,country,identifiers,program,listing_date\n"
        "v1,NEGEEN STAR,Vessel,,Iran,imo:9283019,SDGT,2020-01-02\n"
        "c1,Negeen Star Trading LLC,Company,,UAE,,SDGT,2020-01-02\n"
        "p1,Ali Negeen,Person,,Iran,,SDGT,2020-01-02\n")


def test_any_type_finds_vessels_and_a_narrower_type_narrows(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'types.db'}"
    store = Store(url)
    ingest_files(store, get_source("custom"), {"custom.csv": ROWS.encode()}, date="2024-01-01")
    store.dispose()
    with TestClient(create_app(url)) as client:
        page = client.get("/", params={"q": "Negeen Star"}).text
        assert "/entity/custom%3Av1" in page or "/entity/custom:v1" in page
        assert '<option value="Thing" selected>Any</option>' in page
        people = client.get("/", params={"q": "Negeen Star", "schema": "Person"}).text
        assert "custom:v1" not in people
        legal = client.get("/", params={"q": "Negeen Star", "schema": "LegalEntity"}).text
        assert "custom:v1" not in legal and "custom:c1" in legal
