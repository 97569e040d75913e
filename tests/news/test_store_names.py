"""The store's names as the news reader uses them: a list's leftovers and one-word aliases
never turn common words of an article into listed parties (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from listwatch.news.store import ingest_article, usable_name
from listwatch.sources import get_source
from listwatch.store.ingest import ingest_files

HEADER = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
ROWS = (
    # a parser's leftover alias ("and"), a person's given names, a ministry's acronym, a
    # ship's former name: each a word an article writes for something else
    'tm,Tactical Missile Works,Company,"ANPP TEMP AVIA;and",Russia,,RUSSIA-EO14024,2022-02-24\n'
    'jf,"JENDOUBI, Faouzi",Person,"SAID;SAMIR",Tunisia,,SDGT,2003-01-01\n'
    'mo,Iranian Ministry of Intelligence and Security,Organization,MOIS,Iran,,SDGT,2012-02-16\n'
    'hs,HASNA,Vessel,MARINA,,,IRAN,2012-07-12\n'
    'zx,Zorvex Mobile Corp,Company,,China,,CMIC,2021-01-14\n'
)

ARTICLE_EN = """Zorvex Mobile sues over blacklisting

Zorvex Mobile said on Friday it had sued the Pentagon over its designation as a Communist
Chinese military company, and asked a judge to block the designation. OFAC said in a notice
that Marina Petrova, a manager, was added to the SDN list, and the MOIS was sanctioned too."""

ARTICLE_FR = """Washington retire Zorvex Mobile de sa liste noire

Le Pentagone a retiré Zorvex Mobile de sa liste noire, trois mois après une action en
justice. Mois après mois, la firme avait contesté cette inscription."""


def _load(store: Any) -> None:
    ingest_files(store, get_source("custom"), {"custom.csv": (HEADER + ROWS).encode()}, date="2022-03-01")


def test_no_common_word_becomes_a_listed_party(store: Any) -> None:
    _load(store)
    en = ingest_article(store, ARTICLE_EN, published="2021-01-29")
    keys = {e["key"] for e in en["events"]}
    assert "custom:zx" in keys  # the real party is linked
    assert not keys & {"custom:tm", "custom:jf", "custom:hs"}, en["events"]
    assert not any(m.get("key") in ("custom:tm", "custom:jf", "custom:hs") for m in en["mentions"])
    assert any(m.get("key") == "custom:mo" for m in en["mentions"])  # "MOIS" as written
    fr = ingest_article(store, ARTICLE_FR, published="2021-05-12")
    assert {e["key"] for e in fr["events"]} <= {"custom:zx"}, fr["events"]
    assert not any(m.get("key") == "custom:mo" for m in fr["mentions"])  # "Mois" is a month


def test_usable_name() -> None:
    assert not usable_name("and") and not usable_name("AB") and not usable_name(None)
    assert usable_name("ANPP TEMP AVIA") and usable_name("MOIS") and usable_name("SAID")
    assert not usable_name("SAID", alias=True, person=True)
    assert usable_name("Faouzi JENDOUBI", alias=True, person=True)


def test_a_party_named_with_its_role_is_one_party() -> None:
    """A complaint quoted as "Plaintiff Zorvex Mobile" names Zorvex Mobile: linked to its
    entry, and a party on no list keeps one name (one reported-only party, not two)."""
    from listwatch.news.store import link_events

    result: dict[str, Any] = {"mentions": [], "events": [
        {"entity": "Plaintiff Zorvex Mobile", "type": "designation"},
        {"entity": "Petitioner Quenlar Avionics", "type": "legal_challenge"},
        {"entity": "Plaintiff", "type": "legal_challenge"},
    ]}
    link_events(result, {"zorvex mobile": {"custom:zx"}})
    first, second, third = result["events"]
    assert first["entity"] == "Zorvex Mobile" and first["entity_key"] == "custom:zx"
    assert second["entity"] == "Quenlar Avionics" and not second.get("entity_key")
    assert third["entity"] == "Plaintiff"


def test_an_event_naming_a_list_attaches_to_that_lists_entry() -> None:
    """"Added to the Entity List" about a company the name lookup found on the DoD 1260H
    list: the event goes to the company's Entity List entry when the store has one, else
    to no entry (the party by its name), never to the DoD entry as if it were the Entity
    List; an event naming the DoD list keeps the DoD entry; a custom list is not judged."""
    from listwatch.history.events import entity_ref
    from listwatch.news.store import link_events

    dod, el = "us_dod_1260h:zorvex-mobile", "us_trade_csl:EL-4711"
    mentions = [{"key": dod, "name": "Zorvex Mobile Communications Co., Ltd."}]

    def events() -> list[dict[str, Any]]:
        return [
            {"entity": "Zorvex Mobile", "entity_key": dod, "type": "designation", "list": "Entity List"},
            {"entity": "Zorvex Mobile", "entity_key": dod, "type": "designation", "list": "CCMC"},
            {"entity": "Zorvex Mobile", "entity_key": "custom:zx", "type": "removal", "list": "Entity List"},
            {"entity": "Zorvex Mobile", "entity_key": dod, "type": "legal_challenge", "list": None},
        ]

    both = {entity_ref("Zorvex Mobile Communications Co., Ltd."): {dod, el}}
    result: dict[str, Any] = {"mentions": mentions, "events": events()}
    link_events(result, both)
    keys = [e["entity_key"] for e in result["events"]]
    assert keys == [el, dod, "custom:zx", dod], keys
    assert result["events"][0]["linked_by"] == "list"

    only_dod = {entity_ref("Zorvex Mobile Communications Co., Ltd."): {dod}}
    result = {"mentions": mentions, "events": events()}
    link_events(result, only_dod)
    keys = [e["entity_key"] for e in result["events"]]
    assert keys == [None, dod, "custom:zx", dod], keys
    assert "another list" in result["events"][0]["not_linked"]


def test_an_event_naming_a_list_moves_to_the_partys_listing_on_it() -> None:
    """The name found the company's DoD 1260H entry, the article names the NS-CMIC list, and
    the screening's links say the DoD entry and an NS-CMIC entry (of another name) are one
    party: the event goes to that party's NS-CMIC entry (the list's own, not the CSL's
    republication of it), not to a reported-only party of the name."""
    from listwatch.history.events import entity_ref
    from listwatch.news.store import link_events

    dod, cons, csl = "us_dod_1260h:zorvex", "us_ofac_cons:4711", "us_trade_csl:CMIC-4711"
    parties = {k: (cons, csl, dod) for k in (dod, cons, csl)}
    mentions = [{"key": dod, "name": "Zorvex"}]
    only_dod = {entity_ref("Zorvex"): {dod}}

    def events() -> list[dict[str, Any]]:
        return [
            {"entity": "Zorvex", "entity_key": dod, "type": "designation", "list": "NS-CMIC"},
            {"entity": "Zorvex", "entity_key": dod, "type": "designation", "list": "CCMC"},
            {"entity": "Zorvex", "entity_key": dod, "type": "designation", "list": "Entity List"},
        ]

    result: dict[str, Any] = {"mentions": mentions, "events": events()}
    link_events(result, only_dod, lambda k: parties.get(k, (k,)))
    keys = [e["entity_key"] for e in result["events"]]
    # (no Entity List listing in the party: the party by its name, as without links)
    assert keys == [cons, dod, None], keys
    assert result["events"][0]["linked_by"] == "party"
    result = {"mentions": mentions, "events": events()}
    link_events(result, only_dod)  # without the links: as before, the name only
    assert [e["entity_key"] for e in result["events"]] == [None, dod, None]
