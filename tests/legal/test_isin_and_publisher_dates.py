"""`status --isin` and the publisher's own listing date (a list that states it, and one
that gives only the month) against the first snapshot in our records."""

from __future__ import annotations

import pytest

from listwatch.errors import NotFound
from listwatch.legal.status import entry_status, status
from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files

pytestmark = pytest.mark.realdata

HEADER = "id,name,schema,aliases,country,identifiers,program,listing_date\n"


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    rows = ['acme,Acme Semiconductor Ltd,Company,,China,isin:KYG000000001,CMIC,2021-06-03',
            'beta,Beta Aviation Co,Company,,China,,CMIC,2020-06']
    ingest_files(store, get_source("custom"), {"custom.csv": (HEADER + "\n".join(rows) + "\n").encode()},
                 date="2025-12-19")
    return store


def test_isin_finds_the_entry(store):
    result = status(store, isin="kyg000000001", as_of="2026-01-01")
    assert [e["key"] for e in result["entries"]] == ["custom:acme"]
    with pytest.raises(NotFound):
        status(store, isin="US0000000000")


def test_publisher_date_first_first_seen_after(store):
    st = entry_status(store, "custom:acme", as_of="2022-01-01")
    # listed on the list's own date, though our first snapshot is of December 2025
    assert st["state"] == "listed" and st["listed_on"] == "2021-06-03"
    assert st["listing_date_from"] == "publisher" and st["first_seen"] == "2025-12-19"
    assert entry_status(store, "custom:acme", as_of="2021-06-02")["state"] == "not_listed"
    beta = entry_status(store, "custom:beta", as_of="2020-06-01")
    assert beta["state"] == "listed" and beta["listed_on"] == "2020-06-01"


def test_record_imported_before_the_list_still_counts(tmp_path, shared_data):
    """Events imported while the party was on no loaded list (party events) count for the
    entry once its list is ingested: same name, and the list they name or none."""
    from listwatch.history.record import import_record
    from listwatch.store.ingest import ingest_paths

    store = Store(f"sqlite:///{tmp_path / 'order.db'}")
    report = import_record(store, shared_data / "us_dod_cmc/events.csv")
    assert "Xiaomi Corporation" in report.parties
    ingest_paths(store, "us_dod_1237", [shared_data / "us_dod_cmc"])
    assert entry_status(store, "us_dod_1237:xiaomi", as_of="2021-03-15")["state"] == "enjoined"
    assert entry_status(store, "us_dod_1237:xiaomi", as_of="2021-06-01")["state"] == "vacated"
