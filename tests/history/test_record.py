"""The legal record: events from documents imported from CSV and JSON, attached to
entries across sources or to a party on no list, reconciled with news events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from listwatch.errors import ConfigError
from listwatch.history.events import add_event, list_events
from listwatch.history.record import compatible, import_record
from listwatch.history.timeline import entry_history
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths
from listwatch.store.schema import event_links, record_events

pytestmark = pytest.mark.realdata


def _loaded(db_url: str, shared_data: Path) -> Store:
    store = Store(db_url)
    for sid in ("us_dod_1237", "us_dod_1260h"):
        ingest_paths(store, sid, [shared_data / "us_dod_cmc"])
    return store


@pytest.fixture
def loaded(db_url, shared_data):
    return _loaded(db_url, shared_data)


def _news(store, **kw):
    values = {"key": None, "entity": "Xiaomi", "type": "injunction", "date": "2021-03-13",
              "origin": "news", "status": "reported", "effect": "effective",
              "evidence_quote": "A US judge blocked the designation of Xiaomi."}
    values.update(kw)
    with store.begin() as conn:
        return add_event(conn, **values)[0]


def test_events_attach_to_entries_and_rest_on_documents(loaded, shared_data):
    news_ok = _news(loaded, key="us_dod_1237:xiaomi")
    news_far = _news(loaded, key="us_dod_1237:xiaomi", date="2021-06-30",
                     evidence_quote="Xiaomi won an injunction.")
    news_vacated = _news(loaded, entity="Hesai Technology Co., Ltd.", type="vacatur", date="2025-07-12",
                         evidence_quote="The court threw out Hesai's designation.")
    report = import_record(loaded, shared_data / "us_dod_cmc/events.csv")
    assert report.rows == 70 and report.stored >= 70
    xiaomi = [e for e in list_events(loaded, key="us_dod_1237:xiaomi") if e["origin"] == "record"]
    assert [(e["date"], e["type"]) for e in xiaomi if e["type"] != "other"] == [
        ("2021-01-14", "designation"), ("2021-01-29", "legal_challenge"),
        ("2021-03-12", "injunction"), ("2021-05-25", "vacatur")]
    assert all(e["status"] == "official" and e["evidence_url"] for e in xiaomi)
    # the lawsuit of a company on both DoD lists goes to the list it challenged
    amec = list_events(loaded, key="us_dod_1260h:advanced-micro-fabrication-equipment-inc-china", origin="record")
    assert ("2024-08", "month", "legal_challenge") in {(e["date"], e["date_precision"], e["type"]) for e in amec}
    hesai = list_events(loaded, key="us_dod_1260h:hesai-technology", origin="record")
    ruling = next(e for e in hesai if e["type"] == "ruling")
    assert ruling["date"] == "2025-07-11"
    with loaded.connect() as conn:
        assert conn.execute(select(record_events.c.outcome).where(
            record_events.c.event_id == ruling["id"])).scalar() == "upheld"
        links = {(r.event_id, r.relation) for r in conn.execute(select(event_links))}
    # news backed by the record is confirmed; news the record contradicts is a conflict
    assert (news_ok, "confirms") in links
    assert (news_far, "conflicts") in links and (news_vacated, "conflicts") in links
    statuses = {e["id"]: e["status"] for e in list_events(loaded, origin="news")}
    assert statuses[news_ok] == "confirmed" and statuses[news_far] == "reported"
    h = entry_history(loaded, "us_dod_1237:xiaomi")
    assert h["status"] == "vacated" and h["status_since"] == "2021-05-25"
    # the status's own queries (SQLite and PostgreSQL alike): the contradicted news
    # injunction of 2021-06-30 does not undo the vacatur
    from listwatch.legal.status import entry_status

    assert entry_status(loaded, "us_dod_1237:xiaomi", as_of="2021-07-01")["state"] == "vacated"
    assert entry_status(loaded, "us_dod_1237:xiaomi", as_of="2021-03-15")["state"] == "enjoined"
    # a second import stores nothing new
    again = import_record(loaded, shared_data / "us_dod_cmc/events.csv")
    assert again.stored == 0 and again.existing == report.stored


def test_json_party_on_no_list_and_explicit_key(loaded, tmp_path):
    path = tmp_path / "record.json"
    path.write_text(json.dumps({"events": [
        {"date": "2026-06-23", "party": "Example Holdings Group", "type": "legal_challenge",
         "authority": "U.S. District Court for the District of Columbia",
         "description": "Complaint filed", "url": "https://example.org/docket/1"},
        {"date": "2021-03-12", "key": "us_dod_1237:luokung-technology", "party": "Luokung",
         "type": "ruling", "outcome": "granted", "authority": "D.D.C.", "url": "https://example.org/2"},
    ]}), encoding="utf-8")
    report = import_record(loaded, path)
    assert report.parties == ["Example Holdings Group"] and report.stored == 2
    party = list_events(loaded, entity="Example Holdings Group")
    assert party[0]["key"] is None and party[0]["origin"] == "record"
    assert list_events(loaded, key="us_dod_1237:luokung-technology")[0]["type"] == "ruling"


@pytest.mark.parametrize("content, message", [
    ("date,company,event_type\n2021-01-14,Xiaomi,sanction\n", "unknown event type 'sanction'"),
    ("date,company,event_type\n2021-02-30,Xiaomi,injunction\n", "not a real calendar date"),
    ("when,who,what\n2021-01-14,Xiaomi,injunction\n", "no 'date' column"),
    ("[{\"date\": \"2021\"", "not valid JSON"),
])
def test_bad_files_store_nothing(loaded, tmp_path, content, message):
    path = tmp_path / ("bad.json" if content.startswith("[") else "bad.csv")
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        import_record(loaded, path)
    assert list_events(loaded, origin="record") == []


def test_semicolon_cp1252_csv(loaded, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("date;company;event_type;authority;description\n"
                     "2021-03-12;Xiaomi Corporation;injunction;Court;Judge’s order\n".encode("cp1252"))
    report = import_record(loaded, path)
    assert report.attached == {"Xiaomi Corporation": ["us_dod_1237:xiaomi"]}


@pytest.mark.parametrize("a, ap, b, bp, ok", [
    ("2021-03-12", "day", "2021-03-19", "day", True),
    ("2021-03-12", "day", "2021-03-20", "day", False),
    ("2024-08", "month", "2024-08-12", "day", True),
    ("2024-08", "month", "2024-09-01", "day", False),
    (None, None, "2024-09-01", "day", False),
])
def test_compatible_dates(a, ap, b, bp, ok):
    assert compatible(a, ap, b, bp) is ok


def test_dod_cases_stay_on_dod_lists(shared_data, tmp_path):
    """With the CSL loaded too (DJI, Xiaomi-era names on the NS-CMIC and Entity List),
    events about DoD's lists attach to DoD entries only: an injunction against DoD must not
    suspend another list's listing."""
    store = _loaded(f"sqlite:///{tmp_path / 'csl.db'}", shared_data)
    ingest_paths(store, "us_trade_csl", [shared_data / "trade_gov_csl/2023-11-30"])
    report = import_record(store, shared_data / "us_dod_cmc/events.csv")
    keys = {k for ks in report.attached.values() for k in ks}
    assert keys and all(k.startswith("us_dod_") for k in keys), sorted(k for k in keys if not k.startswith("us_dod_"))
    path = tmp_path / "dji.json"
    path.write_text(json.dumps([
        {"date": "2025-03-01", "party": "SZ DJI Technology Co., Ltd.", "type": "injunction",
         "authority": "D.D.C.", "description": "SZ DJI Technology v. DoD: preliminary injunction"},
        {"date": "2025-04-01", "party": "SZ DJI Technology Co., Ltd.", "type": "removal",
         "authority": "Treasury OFAC", "description": "Removed from the NS-CMIC list"},
    ]), encoding="utf-8")
    report = import_record(store, path)
    # the case against DoD does not touch the CSL's NS-CMIC entry of the same name
    assert report.parties == ["SZ DJI Technology Co., Ltd."]
    (csl_key,) = report.attached["SZ DJI Technology Co., Ltd."]
    assert csl_key.startswith("us_trade_csl:")
    assert [e["type"] for e in list_events(store, key=csl_key, origin="record")] == ["removal"]


def test_a_party_named_goes_to_its_own_entry_not_one_carrying_its_name_as_alias(
        shared_data, tmp_path):
    """OFAC's consolidated list names HUAWEI INVESTMENT & HOLDING CO., LTD. as an entry of
    its own and as an a.k.a. of HUAWEI TECHNOLOGIES CO., LTD.: a ruling on the first is
    on its entry's timeline, not on the other company's."""
    store = Store(f"sqlite:///{tmp_path / 'cons.db'}")
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated" / "2025-01-14"])
    path = tmp_path / "ruling.csv"
    path.write_text("date,company,event_type,authority,description\n"
                    '2025-12-20,"HUAWEI INVESTMENT & HOLDING CO., LTD.",ruling,D.D.C.,'
                    "an order on the listing\n", encoding="utf-8")
    report = import_record(store, path)
    assert report.attached["HUAWEI INVESTMENT & HOLDING CO., LTD."] == ["us_ofac_cons:32087"]
    assert not list_events(store, key="us_ofac_cons:30947", origin="record")
