"""Legal events: stored once, validated, confirmed or rejected; the effective status of a
listing follows them (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import ConfigError, NotFound
from listwatch.history.events import add_event, entity_ref, get_event, list_events, set_status
from listwatch.history.lookup import find_entries
from listwatch.history.state import effective_status, status_detail
from listwatch.history.timeline import entry_history
from listwatch.store.ingest import ingest_paths

QUOTE = "A U.S. judge on Friday temporarily blocked the designation."


def _add(store, **kw):
    values = {"key": None, "entity": "Acme Drones Ltd", "type": "designation", "date": "2021-01-14",
              "origin": "news", "status": "reported", "effect": "effective", "authority": "US Department of Defense",
              "evidence_quote": "Acme Drones Ltd was designated on January 14."}
    values.update(kw)
    with store.begin() as conn:
        return add_event(conn, **values)


def test_same_event_is_stored_once(store):
    first = _add(store)
    again = _add(store)
    assert first[1] is True and again == (first[0], False)
    other = _add(store, evidence_quote="Another sentence about Acme Drones Ltd.")
    assert other[1] is True and other[0] != first[0]
    assert len(list_events(store)) == 2


@pytest.mark.parametrize(
    "change, message",
    [
        ({"type": "sanction"}, "unknown event type 'sanction'"),
        ({"date": "2021-13"}, "not a real calendar date"),
        ({"date": "14/01/2021"}, "not an ISO date"),
        ({"date": "2021-01", "date_precision": "day"}, "has precision 'month'"),
        ({"origin": "rumour"}, "unknown event origin"),
        ({"status": "maybe"}, "unknown event status"),
        ({"effect": "soon"}, "unknown event effect"),
        ({"confidence": 1.5}, "between 0 and 1"),
        ({"entity": "", "key": None}, "needs an entry key or an entity name"),
    ],
)
def test_bad_events_are_refused(store, change, message):
    with pytest.raises(ConfigError, match=message):
        _add(store, **change)
    assert list_events(store) == []


def test_partial_dates_keep_their_precision(store):
    eid, _ = _add(store, date="2021-01")
    assert get_event(store, eid)["date_precision"] == "month"
    eid, _ = _add(store, date=None, evidence_quote="undated")
    assert get_event(store, eid)["date"] is None and get_event(store, eid)["date_precision"] is None


def test_filters_confirm_and_reject(store):
    a, _ = _add(store)
    b, _ = _add(store, key="us_ofac_sdn:1", entity="X", type="injunction", date="2021-03-12", evidence_quote=QUOTE)
    c, _ = _add(store, key="us_ofac_sdn:1", entity="X", origin="official", status="official", date="2021-01-01")
    assert [e["id"] for e in list_events(store, key="us_ofac_sdn:1")] == [c, b]
    assert [e["id"] for e in list_events(store, origin="news")] == [a, b]
    assert set_status(store, a, "confirmed")["status"] == "confirmed"
    assert [e["id"] for e in list_events(store, status="confirmed")] == [a]
    assert set_status(store, b, "rejected")["status"] == "rejected"
    assert set_status(store, b, "confirmed")["status"] == "confirmed"  # a person may change their mind
    with pytest.raises(ConfigError, match="official list"):
        set_status(store, c, "rejected")
    with pytest.raises(ConfigError, match="cannot set status"):
        set_status(store, a, "official")
    with pytest.raises(NotFound, match="no event 999"):
        set_status(store, 999, "confirmed")
    with pytest.raises(ConfigError, match="unknown event status"):
        list_events(store, status="nope")


def test_entity_ref_groups_name_forms():
    assert entity_ref("Xiaomi Corp") == entity_ref("XIAOMI CORPORATION") == entity_ref("Xiaomi") == "xiaomi"
    assert entity_ref("SZ DJI Technology Co., Ltd.") == "sz dji"


def _ev(type_: str, date: str | None, effect: str = "effective", origin: str = "news") -> dict:
    return {"type": type_, "date": date, "effect": effect, "origin": origin,
            "status": "official" if origin == "official" else "reported"}


def test_effective_status_rules():
    d, i, v, r = (_ev("designation", "2021-01-14"), _ev("injunction", "2021-03-12"),
                  _ev("vacatur", "2021-05-25"), _ev("removal", "2021-05-11", effect="announced"))
    assert effective_status([d], False, reported_only=True) == "designated"
    assert effective_status([d, i], False, reported_only=True) == "enjoined"
    assert effective_status([d, i, r], False, reported_only=True) == "enjoined"  # announced: no change
    assert effective_status([d, i, r, v], False, reported_only=True) == "vacated"
    assert effective_status([d, i, v, _ev("injunction", None)], False, reported_only=True) == "vacated"
    assert effective_status([], False, reported_only=True) == "not designated"
    # reports of no date, and none dated: the state they give, since an unknown date
    # (an article stored undated said "sanctioned": never "not designated")
    undated = status_detail([{**_ev("designation", None), "reported": True}], False,
                            reported_only=True)
    assert undated["status"] == "designated" and undated["status_since"] is None
    assert undated["status_reported"] is True
    assert effective_status([_ev("designation", None), _ev("removal", None, effect="announced")],
                            False, reported_only=True) == "designated"
    official = _ev("designation", "2021-06-01", origin="official")
    assert effective_status([d, v, official], True) == "listed"  # still on the official list
    assert effective_status([official, _ev("injunction", "2021-07-01")], True) == "enjoined"
    assert effective_status([official, _ev("removal", "2021-08-01")], True) == "removed"


@pytest.mark.realdata
def test_events_on_a_listed_entry_and_reported_only_entity(store, shared_data: Path):
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated" / "2025-12-19"])
    key = "us_ofac_cons:33111"  # SZ DJI TECHNOLOGY CO., LTD.
    inj, _ = _add(store, key=key, entity="DJI", type="injunction", date="2025-12-20", evidence_quote=QUOTE)
    hist = entry_history(store, key)
    # a report never rewrites the headline: it is given beside it, with its own date
    assert hist["status"] == "listed" and hist["reported_only"] is False
    assert hist["reported_status"] == {"status": "enjoined", "since": "2025-12-20",
                                       "event": inj, "origin": "news"}
    legal = [e for e in hist["events"] if e["origin"] == "news"]
    assert legal[0]["id"] == inj and legal[0]["reported"] is True and legal[0]["official"] is False
    official = [e for e in hist["events"] if e["origin"] == "official"]
    assert official and all(e["official"] and not e["reported"] for e in official)
    set_status(store, inj, "confirmed")
    hist = entry_history(store, key)
    assert hist["status"] == "enjoined" and hist["status_reported"] is False
    assert hist["status_since"] == "2025-12-20" and hist["reported_status"] is None
    set_status(store, inj, "rejected")
    hist = entry_history(store, key)
    assert hist["status"] == "listed" and not any(e["origin"] == "news" for e in hist["events"])

    # a party on no loaded list: found by name, key null, its own timeline
    _add(store, entity="Acme Drones Ltd")
    _add(store, entity="Acme Drones", type="injunction", date="2021-03-12", evidence_quote=QUOTE)
    hits = find_entries(store, "acme drones")
    assert hits == [{"key": "news:acme drones", "name": hits[0]["name"], "reported_only": True}]
    rep = entry_history(store, hits[0]["key"])
    assert rep["key"] is None and rep["reported_only"] is True and rep["status"] == "enjoined"
    assert {rep["caption"], *rep["aliases"]} == {"Acme Drones Ltd", "Acme Drones"}
    assert [e["type"] for e in rep["events"]] == ["designation", "injunction"]
    assert all({"date", "type", "source", "origin"} <= set(e) for e in rep["events"])
    assert entry_history(store, hits[0]["key"], as_of="2021-02-01")["status"] == "designated"
    assert find_entries(store, "news:acme drones") == [{"key": "news:acme drones", "reported_only": True}]
    # a listed name is found first
    assert find_entries(store, "DJI")[0]["key"] == key
    with pytest.raises(NotFound):
        entry_history(store, "news:nobody at all")
