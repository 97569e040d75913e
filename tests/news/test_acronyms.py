"""A party an article names by an acronym it defines is reported by its full name; an
acronym defined for an authority or a list is no party; a ticker or a place code in
parentheses defines nothing. Every text is written for the purpose."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.acronyms import definitions, is_authority


def _parties(text: str, published: str = "2024-05-02") -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in extract_article(text, published=published)["events"]}


@pytest.mark.parametrize(("text", "acronym", "full"), [
    ("Shares fell after Kestrel Polymer Research Institute (KPRI) said it would appeal.",
     "KPRI", "Kestrel Polymer Research Institute"),
    ("Le Conseil a visé les Brigades de libération du Nord Vardan (BLNV) en 2009.",
     "BLNV", "Brigades de libération du Nord Vardan"),
    ("The order names OKT (Orlen Kastor Trading) among the buyers.", "OKT", "Orlen Kastor Trading"),
    ("Petrovia Minerales de Sardana, known as PMS, ships ore to Asia.",
     "PMS", "Petrovia Minerales de Sardana"),
    ("Talvery Shipping Company (the “TSC”) owns four tankers.", "TSC", "Talvery Shipping Company"),
    ("La Compagnie nationale d'armement naval, dite CNAN, exploite trois navires.",
     "CNAN", "Compagnie nationale d'armement naval"),
    # letters from inside words, read from the end
    ("A unit of Aviation Industry Corporation of Kelmar (AVIK) builds drones.",
     "AVIK", "Aviation Industry Corporation of Kelmar"),
    ("It supplies Norland Electronics Technology Group Corporation (NETC), the maker.",
     "NETC", "Norland Electronics Technology Group Corporation"),
    # one long word spelling it; legal forms the acronym leaves out
    ("Analysts expect Tarnoflot (TFL) to lose two charters.", "TFL", "Tarnoflot"),
    ("Velmora Optics Co., Ltd. (VO) said it disagreed.", "VO", "Velmora Optics Co., Ltd."),
    ("Le Trésor vise aussi KSB (Kamskbank), sa filiale.", "KSB", "Kamskbank"),
])
def test_definitions_of_each_form(text: str, acronym: str, full: str) -> None:
    assert definitions(text) == {acronym: full}


@pytest.mark.parametrize("text", [
    "Lumora Holdings (NYSE: LMRA) fell 4% on Monday.",
    "Shares of Zentrix Mobile (HK) rose after the ruling.",
    "The company moved its office to Hong Kong (HK) last year.",
    "Vantoro Logistics (VLX) opened a depot.",  # no initials of the name: no definition
    "He said in a statement to the press (AP) that it would appeal.",  # a glue word opens it
    "Shares of Tarnoflot (TF) fell.",  # one word spells only a longer acronym
    "The court heard KSB (Kelvin Sorrel) in May.",  # its letters not all in the words
])
def test_tickers_place_codes_and_loose_parentheses_define_nothing(text: str) -> None:
    assert definitions(text) == {}


def test_authority_and_list_full_names() -> None:
    assert is_authority("Bureau of Trade Controls")
    assert is_authority("Cour de justice de l'Union européenne")
    assert is_authority("Consolidated Screening List")
    assert not is_authority("National University of Marine Engineering")
    assert not is_authority("Tigres de libération de l'Eelam tamoul")


def test_event_told_with_acronym_defined_later_takes_full_name() -> None:
    """The acronym names the party in the listing sentence; the full name comes after."""
    text = (
        "The rule revises the entry for NUME. NUME was added to the Entity List on March 4, "
        "2019. The entry National University of Marine Engineering (NUME) now has two addresses."
    )
    got = _parties(text, "2024-05-02")
    assert ("designation", "National University of Marine Engineering") in got
    assert not any(party == "NUME" for _t, party in got)


def test_french_movement_named_by_its_acronym() -> None:
    text = (
        "Bruxelles, 12/03/2015 - Le Conseil de l'UE a commis des erreurs en inscrivant en 2009 "
        "le mouvement des Brigades de libération du Nord Vardan (BLNV) sur la liste des "
        "organisations terroristes dont les avoirs sont gelés."
    )
    got = _parties(text, "2015-03-12")
    assert ("designation", "Brigades de libération du Nord Vardan") in got
    assert not any(party == "BLNV" for _t, party in got)


def test_authority_defined_by_acronym_is_no_party() -> None:
    text = (
        "The Commerce Department's Bureau of Trade Controls (BTC) has added Zarvex Optics to "
        "its entity list, citing national security."
    )
    got = _parties(text)
    assert all(party not in ("BTC", "Bureau of Trade Controls") for _t, party in got)
    assert ("designation", "Zarvex Optics") in got


def test_acronym_of_a_named_company_keeps_the_company() -> None:
    """An acronym the article does not define for another name is left as it is."""
    text = "The Treasury on Tuesday sanctioned Qerlon Marine, a shipping firm, and KVZ Holdings."
    got = _parties(text)
    assert ("designation", "Qerlon Marine") in got


def test_acronym_spelt_inside_words_names_the_party() -> None:
    text = (
        "The rule concerns KOSCO. KOSCO was added to the Entity List on Tuesday. "
        "Kelvar Ocean Shipping Company (KOSCO) runs eight bulk carriers."
    )
    got = _parties(text)
    assert got and all(party.startswith("Kelvar Ocean Shipping Company") for _t, party in got)


def test_french_event_told_with_acronym_of_a_one_word_name() -> None:
    text = (
        "L'armateur Tarnoflot (TFL) exploite quarante navires. Le Trésor américain a inscrit "
        "mardi TFL sur la liste SDN."
    )
    got = _parties(text)
    assert ("designation", "Tarnoflot") in got
    assert all(party != "TFL" for _t, party in got)


def test_a_french_name_with_lower_case_words_is_defined_by_its_initials() -> None:
    text = ("Le gouvernement a notifié mardi son intention de retirer les ex-rebelles des Forces unies "
            "de libération du Nord (Fuln) de sa liste noire des organisations terroristes.")
    events = extract_article(text, published="2021-11-23", language="fr")["events"]
    assert {(e["type"], e["entity"]) for e in events} == {
        ("removal", "Forces unies de libération du Nord (Fuln)")}


def test_a_body_defined_by_its_initials_is_no_party() -> None:
    text = ("Le Conseil de sécurité de l'Organisation des Nations unies (Onu) a inscrit mardi le groupe "
            "Harakat Nour sur sa liste des sanctions.")
    events = extract_article(text, published="2021-11-23", language="fr")["events"]
    assert {e["entity"] for e in events} == {"Harakat Nour"}
