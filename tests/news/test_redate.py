"""Tried as a new user would: re-dating an article re-reads its events; a reported-only
party with only undated events has a page; an exact name beats a fuzzy one whatever its
origin (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from listwatch.history.lookup import find_entries
from listwatch.history.timeline import reported_history
from listwatch.news.store import ingest_article
from listwatch.sources import get_source
from listwatch.store.ingest import ingest_files

# written for this test
RELATIVE = """Xiaomi wins a reprieve

A federal judge in Washington on Friday granted Xiaomi Corp's motion for a preliminary
injunction against its designation as a Communist Chinese military company. Xiaomi was added
to the Pentagon's list in January."""

UNDATED = """Smartphone maker Zorvex Mobile sued the Pentagon over its designation as a Communist
Chinese military company, and a judge later blocked the designation."""


def test_redating_an_article_reads_its_events_again(store: Any) -> None:
    first = ingest_article(store, RELATIVE, url="https://news.example/x")
    assert first["published"] is None
    dates = {e["type"]: e["date"] for e in first["events"]}
    assert dates.get("injunction") is None  # "on Friday" with no publication date: no guess
    again = ingest_article(store, RELATIVE, url="https://news.example/x")
    assert again["duplicate"] is True and again["new_events"] == 0
    redated = ingest_article(store, RELATIVE, published="2021-03-15")
    assert redated["duplicate"] is False and redated.get("redated") is True
    assert redated["article_id"] == first["article_id"] and redated["published"] == "2021-03-15"
    dates = {e["type"]: e["date"] for e in redated["events"]}
    assert dates["injunction"] == "2021-03-12" and dates["designation"] == "2021-01"
    hist = reported_history(store, "Xiaomi")
    assert sorted((e["type"], e["date"]) for e in hist["events"]) == [
        ("designation", "2021-01"), ("injunction", "2021-03-12")]  # the undated ones are gone
    same = ingest_article(store, RELATIVE, published="2021-03-15")
    assert same["duplicate"] is True


def test_page_of_a_party_with_only_undated_events_renders(store: Any, monkeypatch: Any) -> None:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    res = ingest_article(store, UNDATED)
    assert res["events"] and all(e["date"] is None for e in res["events"])
    ref = find_entries(store, "Zorvex Mobile")[0]["key"]
    with TestClient(create_app(store.url)) as client:
        page = client.get(f"/entity/{ref}")
        assert page.status_code == 200, page.text[:300]
        assert "Zorvex" in page.text and "No dated event yet" in page.text
        assert client.get(f"/entities/{ref}").status_code == 200


def test_exact_reported_name_beats_a_fuzzy_listed_person(store: Any) -> None:
    header = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
    rows = 'zx,"ZHANG, Xiaoming",Person,,China,,SDGT,2019-01-01\n'
    ingest_files(store, get_source("custom"), {"custom.csv": (header + rows).encode()}, date="2021-01-01")
    ingest_article(store, RELATIVE, published="2021-03-15")
    found = find_entries(store, "Xiaomi")
    assert found[0].get("reported_only") is True and found[0]["name"].startswith("Xiaomi")
    assert any(f["key"] == "custom:zx" for f in found)  # still offered, after the exact one
    assert find_entries(store, "xiaomi corp")[0].get("reported_only") is True
    person = find_entries(store, "ZHANG, Xiaoming")
    assert person[0]["key"] == "custom:zx"


def test_redating_after_the_record_disputed_the_old_date(store: Any, tmp_path: Any) -> None:
    """An article read with a wrong date, whose event the record then disputes (a conflict
    link), is re-dated and read again; it is not "already stored: nothing new"."""
    from listwatch.history.record import import_record

    wrong = ingest_article(store, RELATIVE, published="2022-03-15")
    assert {e["type"]: e["date"] for e in wrong["events"]}["designation"] == "2022-01"
    csv = tmp_path / "record.csv"
    csv.write_text("date,company,event_type,authority,description,source_url\n"
                   "2021-01-14,Xiaomi Corp,designation,DoD (Sec. 1237),added to the CCMC list,"
                   "https://record.example/1\n")
    report = import_record(store, csv)
    assert report.conflicts >= 1  # the news said January 2022, the record January 2021
    redated = ingest_article(store, RELATIVE, published="2021-03-15")
    assert redated["duplicate"] is False and redated.get("redated") is True, redated.get("message")
    dates = {e["type"]: e["date"] for e in redated["events"]}
    assert dates["designation"] == "2021-01" and dates["injunction"] == "2021-03-12"
    # the record already in the store confirms the re-dated designation at once
    assert redated["confirmed_by_record"] == 1 and redated["disputed_by_record"] == 0
    hist = reported_history(store, "Xiaomi")
    statuses = {(e["type"], e["date"]): e.get("status") for e in hist["events"]}
    assert statuses[("designation", "2021-01")] == "confirmed"
    assert ("designation", "2022-01") not in {(e["type"], e["date"]) for e in hist["events"]}


def test_the_record_of_one_list_does_not_dispute_news_of_another(store: Any, tmp_path: Any) -> None:
    """A company the DoD designated one day and Commerce added to the Entity List weeks
    later: the Entity List news is no conflict with the DoD record, the DoD news is
    confirmed by it."""
    from listwatch.history.record import fits_list, import_record

    header = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
    ingest_files(store, get_source("custom"), {"custom.csv": (
        header + "qx,Quorvane Semiconductor Corp,Company,,China,,CMIC,2020-12-03\n").encode()},
        date="2021-01-01")
    csv = tmp_path / "record.csv"
    csv.write_text("date,company,event_type,authority,description,source_url\n"
                   "2020-12-03,Quorvane Semiconductor Corp,designation,DoD (Sec. 1237),"
                   "tranche 4,https://record.example/2\n")
    import_record(store, csv)
    text = ("Commerce adds Quorvane to the Entity List\n\nThe US Commerce Department on Friday "
            "added Quorvane Semiconductor Corp to the Entity List. The Pentagon designated "
            "Quorvane Semiconductor Corp as a Communist Chinese military company on December 3.")
    res = ingest_article(store, text, published="2020-12-19")
    kinds = {(e["type"], e["list"], e["date"]) for e in res["events"]}
    assert ("designation", "Entity List", "2020-12-18") in kinds, kinds
    assert res["disputed_by_record"] == 0 and res["confirmed_by_record"] == 1
    assert fits_list("Entity List", "us_dod_1237:x") is False
    assert fits_list("CCMC", "us_dod_1260h") is True and fits_list("Some list", "custom:x") is None


def test_a_name_holding_the_query_as_a_word_beats_many_holding_it_inside_a_word(store: Any) -> None:
    header = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
    rows = "".join(f'j{i},Hierros de Jerusalem {i},Company,,Israel,,SDGT,2019-01-01\n' for i in range(80))
    rows += "ru,United Company RUSAL International Holdings PLC,Company,,Russia,,UKRAINE-EO13661,2018-04-06\n"
    ingest_files(store, get_source("custom"), {"custom.csv": (header + rows).encode()}, date="2021-01-01")
    assert find_entries(store, "RUSAL")[0]["key"] == "custom:ru"
    assert find_entries(store, "Jerusalem 7")[0]["key"] == "custom:j7"


def test_the_name_the_news_gave_a_listed_entry_finds_it(store: Any) -> None:
    header = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
    rows = "uc,UNITED COMPANY OJSC,Company,KORVALUM,Russia,,UKRAINE-EO13661,2018-04-06\n"
    rows += "kv,Korvalumbra Trading LLC,Company,,Russia,,UKRAINE-EO13661,2018-04-06\n"
    ingest_files(store, get_source("custom"), {"custom.csv": (header + rows).encode()}, date="2018-05-01")
    res = ingest_article(store, "Treasury lifts sanctions on Korvalum\n\nThe US Treasury on Friday "
                         "removed Korvalum from the SDN list.", published="2019-01-28")
    assert [e["key"] for e in res["events"]] == ["custom:uc"], res["events"]
    found = find_entries(store, "Korvalum")
    assert found[0]["key"] == "custom:uc" and found[0]["name"] == "UNITED COMPANY OJSC"
    assert found[1]["key"] == "custom:kv"


def test_status_of_a_name_is_not_set_by_a_namesake_inside_a_word(store: Any) -> None:
    """"Xiaomi" as the news reports it (designated, then enjoined) is not "listed" because
    a person named ZHANG, Xiaoming is: that entry is shown, marked partial."""
    from listwatch.legal.status import status

    header = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
    rows = 'zx,"ZHANG, Xiaoming",Person,,China,,SDGT,2019-01-01\n'
    ingest_files(store, get_source("custom"), {"custom.csv": (header + rows).encode()}, date="2021-01-01")
    ingest_article(store, RELATIVE, published="2021-03-15")
    st = status(store, "Xiaomi", as_of="2021-04-01")
    by_key = {e["key"]: e for e in st["entries"]}
    assert by_key["custom:zx"]["state"] == "listed" and by_key["custom:zx"]["name_match"] == "partial"
    assert st["state"] != "listed", st
    alone = status(store, "Xiaoming", as_of="2021-04-01")  # the person's own word: listed
    assert alone["state"] == "listed"
