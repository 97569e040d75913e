"""Re-screening on the real OFAC SDN history: new, changed, removed, re-listed and event
alerts, each stored once, on SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from listwatch.errors import NotFound
from listwatch.store.db import utcnow
from listwatch.store.ingest import ingest_paths
from listwatch.store.schema import alerts, events
from listwatch.watch import add_item, list_alerts, list_items
from listwatch.watch.runner import after_new_data, on_event, on_events, run_all, run_watchlist

NORD_STREAM = "us_ofac_sdn:31926"  # added to the SDN list on 2022-02-24
SECHIN = "us_ofac_sdn:16692"  # record amended between 2022-02-24 and 2022-03-18
ROSENTHAL = "us_ofac_sdn:18598"  # delisted on 2022-03-21


def ingest(store, shared_data: Path, day: str) -> None:
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn_history" / day])


def n_alerts(store) -> int:
    with store.connect() as conn:
        return conn.execute(select(func.count()).select_from(alerts)).scalar()


def kinds(report) -> list[tuple[str, str, str]]:
    return sorted((a["kind"], a["reason"], a["key"]) for a in report["alerts"])


@pytest.mark.realdata
def test_alerts_follow_the_real_list(store, shared_data, monkeypatch):
    monkeypatch.delenv("LISTWATCH_WEBHOOK_URL", raising=False)
    add_item(store, "book", "Nord Stream 2 AG", schema="Company", id="NS2")
    add_item(store, "book", "Igor Sechin", schema="Person")
    add_item(store, "book", "Yani Benjamin Rosenthal Hidalgo", schema="Person")

    ingest(store, shared_data, "2022-02-23")
    first = run_all(store)
    assert kinds(first) == [("new", "new_match", SECHIN), ("new", "new_match", ROSENTHAL)]
    assert NORD_STREAM not in {a["key"] for a in first["alerts"]}

    ingest(store, shared_data, "2022-02-24")
    second = run_all(store)
    assert kinds(second) == [("new", "new_match", NORD_STREAM)]
    [alert] = second["alerts"]
    assert alert["watchlist"] == "book" and alert["ref"] == "NS2"
    assert alert["entry"]["caption"] == "NORD STREAM 2 AG" and alert["entry"]["listed"] is True
    assert alert["entry"]["listed_from"] == "2022-02-24" and alert["score"] >= 0.7
    assert alert["query"] == {"name": "Nord Stream 2 AG", "schema": "Company"}

    # running again changes nothing and stores nothing twice
    total = n_alerts(store)
    assert run_all(store)["alerts"] == [] and run_watchlist(store, "book")["alerts"] == []
    assert n_alerts(store) == total

    ingest(store, shared_data, "2022-03-18")
    third = run_all(store)
    assert kinds(third) == [("changed", "record_changed", SECHIN)]
    assert "program" in third["alerts"][0]["fields"]

    ingest(store, shared_data, "2022-03-21")
    fourth = run_all(store)
    assert kinds(fourth) == [("removed", "delisted", ROSENTHAL)]
    assert fourth["alerts"][0]["entry"]["listed_to"] == "2022-03-21"
    assert run_all(store)["alerts"] == []

    # the item view shows current listed matches only
    items = {i["query"]["name"]: i for i in list_items(store, "book")}
    assert list(items["Nord Stream 2 AG"]["matches"]) == [NORD_STREAM]
    assert items["Yani Benjamin Rosenthal Hidalgo"]["matches"] == {}
    stored = list_alerts(store, "book")
    assert [a["kind"] for a in stored] == ["removed", "changed", "new", "new", "new"]
    assert list_alerts(store, "book", kind="removed")[0]["key"] == ROSENTHAL


@pytest.mark.realdata
def test_relisting_is_a_change(store, shared_data, tmp_path, monkeypatch):
    monkeypatch.delenv("LISTWATCH_WEBHOOK_URL", raising=False)
    hist = shared_data / "ofac_sdn_history"
    add_item(store, "book", "Yani Benjamin Rosenthal Hidalgo", schema="Person")
    ingest(store, shared_data, "2022-03-18")
    ingest(store, shared_data, "2022-03-21")
    assert kinds(run_all(store)) == []  # delisted before the item was first screened
    # the next list puts the same row back (the 2022-03-21 file plus the removed row)
    old = gzip.decompress((hist / "2022-03-18" / "sdn.csv.gz").read_bytes())
    row = next(line for line in old.split(b"\n") if line.startswith(b"18598,"))
    new = gzip.decompress((hist / "2022-03-21" / "sdn.csv.gz").read_bytes()).rstrip(b"\x1a\r\n")
    folder = tmp_path / "2022-03-22"
    folder.mkdir()
    (folder / "sdn.csv").write_bytes(new + b"\r\n" + row.rstrip(b"\r") + b"\r\n")
    ingest_paths(store, "us_ofac_sdn", [folder])
    assert kinds(run_all(store)) == [("new", "new_match", ROSENTHAL)]
    # delisted again, then listed again: removed, then changed/relisted
    shutil.copy(hist / "2022-03-24" / "sdn.csv.gz", tmp_path / "sdn.csv.gz")
    ingest_paths(store, "us_ofac_sdn", [tmp_path / "sdn.csv.gz"], date="2022-03-24")
    assert kinds(run_all(store)) == [("removed", "delisted", ROSENTHAL)]
    again = tmp_path / "2022-03-25"
    again.mkdir()
    base = gzip.decompress((hist / "2022-03-24" / "sdn.csv.gz").read_bytes()).rstrip(b"\x1a\r\n")
    (again / "sdn.csv").write_bytes(base + b"\r\n" + row.rstrip(b"\r") + b"\r\n")
    ingest_paths(store, "us_ofac_sdn", [again])
    report = run_all(store)
    assert kinds(report) == [("changed", "relisted", ROSENTHAL)]
    assert report["alerts"][0]["entry"]["listed_from"] == "2022-03-25"
    assert run_all(store)["alerts"] == []


@pytest.mark.realdata
def test_event_alerts(store, shared_data, monkeypatch):
    monkeypatch.delenv("LISTWATCH_WEBHOOK_URL", raising=False)
    ingest(store, shared_data, "2022-02-24")
    add_item(store, "book", "Nord Stream 2 AG", schema="Company")
    add_item(store, "book", "Someone Unlisted Entirely", schema="Person")
    run_all(store)
    with store.begin() as conn:
        ids = [
            conn.execute(
                insert(events).values(
                    key=key,
                    entity="Nord Stream 2 AG",
                    type="designation",
                    authority="OFAC",
                    list="SDN",
                    date="2022-02-23",
                    date_precision="day",
                    origin="news",
                    status="reported",
                    evidence_url="https://example.org/a",
                    evidence_quote="The US imposed sanctions on Nord Stream 2 AG.",
                    confidence=0.9,
                    created_at=utcnow(),
                    fingerprint=f"fp-{key}",
                )
            ).inserted_primary_key[0]
            for key in (NORD_STREAM, "us_ofac_sdn:36")
        ]
    found = on_events(store, ids)
    assert [(a["kind"], a["key"], a["reason"]) for a in found] == [
        ("event", NORD_STREAM, "event_designation")
    ]
    assert found[0]["event"]["evidence"]["quote"].startswith("The US imposed")
    assert on_events(store, ids) == [] and on_event(store, ids[0]) == []
    assert on_event(store, {"id": ids[0]}) == []
    assert len(list_alerts(store, "book", kind="event")) == 1
    assert on_events(store, []) == []


@pytest.mark.realdata
def test_after_new_data_turns_a_news_article_into_an_event_alert(store, shared_data,
                                                                 monkeypatch):
    """The one function every place that adds data calls: a news article reporting the
    designation of a watched entry gives one event alert, and only once."""
    from listwatch.news.store import ingest_article

    monkeypatch.delenv("LISTWATCH_WEBHOOK_URL", raising=False)
    ingest(store, shared_data, "2022-02-24")
    add_item(store, "book", "Nord Stream 2 AG", schema="Company")
    assert after_new_data(store, snapshots=True)["alerts"]  # (the new item's match)
    res = ingest_article(store, "US sanctions Nord Stream 2 AG\n\nThe U.S. Treasury "
                         "Department's OFAC on Wednesday designated Nord Stream 2 AG, the "
                         "company behind the pipeline, adding it to the SDN list.",
                         published="2022-02-23")
    ids = [e["id"] for e in res["events"] if e["created"]]
    assert ids and any(e["key"] == NORD_STREAM for e in res["events"])
    found = after_new_data(store, event_ids=ids)["alerts"]
    assert [(a["kind"], a["key"]) for a in found] == [("event", NORD_STREAM)]
    assert after_new_data(store, event_ids=ids)["alerts"] == []
    assert after_new_data(store)["alerts"] == []


def test_unknown_watchlist(store):
    with pytest.raises(NotFound, match="no watchlist named 'nope'"):
        run_watchlist(store, "nope")


def test_run_all_without_watchlists_loads_nothing(store, monkeypatch):
    def boom(_store):
        raise AssertionError("no screener needed")

    monkeypatch.setattr("listwatch.watch.runner.load_screener", boom)
    assert run_all(store)["alerts"] == []


@pytest.mark.realdata
def test_update_runs_the_watchlists(store, shared_data, tmp_path, monkeypatch):
    from listwatch.update import update_sources

    monkeypatch.delenv("LISTWATCH_WEBHOOK_URL", raising=False)
    ingest(store, shared_data, "2022-02-23")
    add_item(store, "book", "Nord Stream 2 AG", schema="Company")
    run_all(store)
    mirror = tmp_path / "mirror" / "us_ofac_sdn" / "2022-02-24"
    mirror.mkdir(parents=True)
    shutil.copy(
        shared_data / "ofac_sdn_history" / "2022-02-24" / "sdn.csv.gz", mirror / "sdn.csv.gz"
    )
    report = update_sources(store, ["us_ofac_sdn"], mirror=str(tmp_path / "mirror"))
    assert report["sources"][0]["status"] == "ok", report
    assert [a["key"] for a in list_alerts(store, "book")] == [NORD_STREAM]
