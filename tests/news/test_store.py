"""Storing news: articles once, events attached to entries or reported-only entities, the
timeline following them, bad input storing nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from listwatch.errors import ListwatchError
from listwatch.history.lookup import find_entries
from listwatch.history.timeline import entry_history
from listwatch.news.errors import BinaryInput, EmptyInput, NoArticleText, UnsupportedLanguage
from listwatch.news.store import ingest_article, store_gazetteer
from listwatch.store.ingest import ingest_paths
from listwatch.store.schema import articles, events

ARTICLES = Path(__file__).parent / "articles"
DJI = "us_ofac_cons:33111"  # SZ DJI TECHNOLOGY CO., LTD. on OFAC's NS-CMIC list

# written for this test: the designation alone, before any court case
DESIGNATION = """Pentagon blacklists Xiaomi in last-minute move

The U.S. Department of Defense on Thursday designated Chinese smartphone maker Xiaomi Corp as a
Communist Chinese military company, one of nine firms added to the list in the final days of the
Trump administration. American investors will be barred from buying the company's shares. Xiaomi
said it was not controlled by the military and was reviewing its options."""


def _article(name: str) -> tuple[bytes, str]:
    gold = json.loads((ARTICLES / f"{name}.json").read_text())
    return (ARTICLES / f"{name}.txt").read_bytes(), gold["published"]


def _counts(store) -> tuple[int, int]:
    with store.connect() as conn:
        return (conn.execute(select(func.count()).select_from(articles)).scalar_one(),
                conn.execute(select(func.count()).select_from(events)).scalar_one())


@pytest.fixture
def cons(store, shared_data):
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated" / "2025-12-19"])
    return store


@pytest.mark.realdata
def test_article_naming_a_listed_company_goes_on_its_timeline(cons):
    data, published = _article("13-en-dji-lawsuit")
    res = ingest_article(cons, data, url="https://news.example/dji", published=published)
    assert res["duplicate"] is False and res["new_events"] == 3
    # "DJI" inside "SZ DJI Technology Co Ltd"; the Entity List addition, told in a sentence
    # that names the Entity List, is no event of this NS-CMIC entry (the store holds no
    # Entity List entry for DJI: it stays with the party's name, reported only)
    by_type = {(e["type"], e["date"]): e["key"] for e in res["events"]}
    assert by_type == {("legal_challenge", "2024-10-18"): DJI, ("designation", "2022-10"): DJI,
                       ("designation", "2020-12"): None}, res["events"]
    hist = entry_history(cons, DJI)
    news = [e for e in hist["events"] if e["origin"] == "news"]
    # the timeline follows the same rule: the reported-only Entity List addition is not
    # shown beside the NS-CMIC entry, though it carries the entry's name
    assert {(e["type"], e["date"]) for e in news} == {
        ("legal_challenge", "2024-10-18"), ("designation", "2022-10")}
    for e in news:
        assert e["status"] == "reported" and e["reported"] is True and e["effect"] == "effective"
        assert e["evidence"]["url"] == "https://news.example/dji" and "DJI" in e["evidence"]["quote"]
        assert e["article"]["published"] == "2024-10-19"
    assert hist["events"][-1]["origin"] == "official" and hist["status"] == "listed"
    assert find_entries(cons, "DJI")[0]["key"] == DJI


@pytest.mark.realdata
def test_same_article_twice_stores_nothing_new(cons):
    data, published = _article("06-en-huawei-entity-list")
    first = ingest_article(cons, data, published=published)
    assert first["new_events"] > 0 and any(e["key"] == "us_ofac_cons:30947" for e in first["events"])
    before = _counts(cons)
    again = ingest_article(cons, data, published=published)
    assert again["duplicate"] is True and again["new_events"] == 0
    assert again["article_id"] == first["article_id"] and "already stored" in again["message"]
    assert _counts(cons) == before


def test_xiaomi_story_moves_a_reported_only_entity(store):
    steps = [(DESIGNATION.encode(), "2021-01-15", "designated"),
             (*_article("01-en-xiaomi-injunction"), "enjoined"),
             (*_article("02-fr-xiaomi-retrait"), "enjoined"),  # an agreed removal is only announced
             (*_article("03-en-xiaomi-vacatur"), "vacated")]
    for data, published, expected in steps:
        res = ingest_article(store, data, published=published)
        assert res["new_events"] > 0
        hits = find_entries(store, "xiaomi")
        assert hits[0]["reported_only"] is True
        hist = entry_history(store, hits[0]["key"])
        assert hist["key"] is None and hist["reported_only"] is True
        assert hist["status"] == expected, (published, hist["status"])
    assert hist["status_since"] == "2021-05-25" and hist["status_reported"] is True
    assert {hist["caption"], *hist["aliases"]} == {"Xiaomi Corp", "Xiaomi"}
    announced = [e for e in hist["events"] if e["effect"] == "announced"]
    assert {"removal", "deadline"} <= {e["type"] for e in announced}
    # rejecting the vacatur report puts the status back
    from listwatch.history.events import set_status

    vacatur = next(e for e in hist["events"] if e["type"] == "vacatur")
    set_status(store, vacatur["id"], "rejected")
    hist = entry_history(store, hits[0]["key"])
    assert hist["status"] == "enjoined" and all(e["id"] != vacatur["id"] for e in hist["events"])


@pytest.mark.parametrize(
    "data, error",
    [
        (b"", EmptyInput),
        (b"   \n\t ", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", BinaryInput),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", NoArticleText),
        ((b"Das Verteidigungsministerium hat das Unternehmen heute auf die schwarze Liste gesetzt. "
          b"Die Firma will dagegen vor Gericht klagen, sagte ein Sprecher am Montag."), UnsupportedLanguage),
    ],
)
def test_bad_input_stores_nothing(store, data, error):
    with pytest.raises(error) as info:
        ingest_article(store, data)
    assert isinstance(info.value, ListwatchError) and str(info.value)
    assert _counts(store) == (0, 0)


def test_bad_date_stores_nothing(store):
    with pytest.raises(ListwatchError):
        ingest_article(store, DESIGNATION, published="2021-13-45")
    assert _counts(store) == (0, 0)


@pytest.mark.realdata
def test_gazetteer_is_cached_and_rebuilt_on_new_snapshots(store, shared_data):
    empty, _ = store_gazetteer(store)
    assert store_gazetteer(store)[0] is empty and empty.size == 0
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated" / "2025-12-19"])
    gaz, index = store_gazetteer(store)
    assert gaz is not empty and gaz.size > 442  # names and aliases
    assert store_gazetteer(store)[0] is gaz
    assert DJI in index["sz dji"]


def test_reported_events_join_an_entry_when_a_list_later_names_it(store, fixtures, tmp_path):
    """A party reported before any loaded list had it: once a list includes it, its
    reported-only events (key NULL) show on the entry's history, marked linked by name."""
    res = ingest_article(store, DESIGNATION, published="2021-01-15")
    assert res["new_events"] > 0 and all(e["key"] is None for e in res["events"])
    # another reported-only party with a different name stays apart
    ingest_article(store, "Chinese drone maker Acme Drones Ltd was designated by the Pentagon "
                          "on Thursday, the company said.", published="2021-01-15")
    folder = tmp_path / "2021-06-01"
    folder.mkdir()
    (folder / "dod_1260h.csv").write_bytes((fixtures / "custom" / "dod_1260h.csv").read_bytes())
    ingest_paths(store, "custom", [folder])
    hist = entry_history(store, "custom:xiaomi")
    linked = [e for e in hist["events"] if e.get("linked_by") == "name"]
    assert linked and {e["entity"] for e in linked} == {"Xiaomi Corp"}
    assert all(e["origin"] == "news" and e["reported"] for e in linked)
    assert ("designation", "2021-01-14") in {(e["type"], e["date"]) for e in linked}
    assert not any("Acme" in (e.get("entity") or "") for e in hist["events"])
    # entries whose names the news never used get nothing
    assert not any(e.get("linked_by") for e in entry_history(store, "custom:huawei")["events"])


@pytest.mark.realdata
def test_timeline_keeps_a_reported_event_with_the_list_it_names(store, shared_data):
    """Reported before the list was loaded, then shown beside the entry by name: only the
    events whose list can be the entry's (or that name none), as the store links them."""
    for text in (
        "The Commerce Department added SZ DJI Technology Co to the Entity List on Dec. 18, 2020, "
        "the agency said.",
        "The Treasury placed SZ DJI Technology Co on its Non-SDN Chinese Military-Industrial Complex "
        "list on Dec. 16, 2021, the department said.",
        "SZ DJI Technology Co sued the Pentagon on Oct. 18, 2024, the company said.",
    ):
        res = ingest_article(store, text, published="2024-10-20")
        assert res["new_events"] == 1 and res["events"][0]["key"] is None, res["events"]
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated" / "2025-12-19"])
    linked = [e for e in entry_history(store, DJI)["events"] if e.get("linked_by") == "name"]
    assert {(e["type"], e["date"]) for e in linked} == {
        ("designation", "2021-12-16"), ("legal_challenge", "2024-10-18")}, linked


def test_a_pasted_article_is_stored_with_its_own_publication_line(store):
    # no date given: the page's "Publié le" line is its publication, and "hier" counts from it
    text = ("Publié le 5 mai 2021 à 10h32\nLe ministère de la Défense a retiré hier la société "
            "Valmora Petrol de sa liste noire, selon un communiqué.")
    res = ingest_article(store, text)
    assert res["published"] == "2021-05-05"
    assert [(e["type"], e["date"]) for e in res["events"]] == [("removal", "2021-05-04")]
    with store.connect() as conn:
        assert conn.execute(select(articles.c.published)).scalar_one() == "2021-05-05"


def test_an_entry_named_twice_keeps_one_event_per_kind():
    # two spellings of one listed party, each with a challenge: the undated one is the
    # dated one told again; another party's undated event and an undated event of another
    # kind stay
    from listwatch.news.store import link_events

    def ev(entity, type_, date, key):
        return {"entity": entity, "type": type_, "date": date, "status": "effective",
                "entity_key": key}

    result = {"language": "en", "mentions": [], "events": [
        ev("Kestrel Drones Co Ltd", "legal_challenge", "2024-10-18", "src:1"),
        ev("KESTREL DRONES CO., LTD.", "legal_challenge", None, "src:1"),
        ev("KESTREL DRONES CO., LTD.", "designation", None, "src:1"),
        ev("Other Party", "legal_challenge", None, None),
    ]}
    link_events(result, {})
    assert [(e["type"], e["date"], e["entity_key"]) for e in result["events"]] == [
        ("legal_challenge", "2024-10-18", "src:1"), ("designation", None, "src:1"),
        ("legal_challenge", None, None)]
