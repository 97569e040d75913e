"""Deadline alerts 30 and 7 days ahead for the entries a watchlist matches; the calendar
of a watchlist."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import insert

from listwatch.legal.calendar import calendar_for
from listwatch.store.db import Store, utcnow
from listwatch.store.ingest import ingest_paths
from listwatch.store.schema import watch_items, watchlists
from listwatch.watch.alerts import list_alerts
from listwatch.watch.deadlines import deadline_alerts

pytestmark = pytest.mark.realdata


@pytest.fixture
def watched(shared_data: Path, tmp_path: Path) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    ingest_paths(store, "us_dod_1260h", [shared_data / "us_dod_cmc"])
    with store.begin() as conn:
        wl = conn.execute(insert(watchlists).values(name="suppliers", created_at=utcnow())).inserted_primary_key[0]
        conn.execute(insert(watch_items).values(
            watchlist_id=wl, ref="S-1", query='{"name": "Hesai Technology"}',
            matches='{"us_dod_1260h:hesai-technology": 0.95}'))
    return store


def test_watchlist_calendar(watched):
    items = calendar_for(watched, watchlist="suppliers", start="2026-01-01")
    assert [(i["date"], i["ref"]) for i in items] == [("2026-06-30", "S-1"), ("2027-06-30", "S-1")]


@pytest.mark.parametrize("today, window", [
    ("2026-05-30", None),   # 31 days ahead: nothing yet
    ("2026-05-31", 30),     # 30 days ahead
    ("2026-06-22", 30),
    ("2026-06-23", 7),      # 7 days ahead
    ("2026-06-29", 7),      # the day before
    ("2026-06-30", None),   # the day itself: in force, no longer ahead
])
def test_deadline_alerts(watched, today, window):
    new = deadline_alerts(watched, today=today)
    if window is None:
        assert new == []
        return
    (alert,) = list_alerts(watched, kind="deadline")
    assert alert["kind"] == "deadline" and alert["window"] == window and alert["effect"] == "contracting_ban"
    assert alert["key"] == "us_dod_1260h:hesai-technology"
    assert len(new) == 1
    assert deadline_alerts(watched, today=today) == []  # once per window
