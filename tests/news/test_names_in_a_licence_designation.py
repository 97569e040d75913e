"""Names a licence's own designation holds are no party of it, and a party's business told
in the possessive is that party's. An instrument's acronym in brackets may go on with a
citation ("(VSR, 31 C.F.R. Part 512)") or with another name of the same instrument ("(HPA
or Harbour Deal)"): both name the instrument. A hyphen left hanging before a slash or a
conjunction ("Bolivia-/Peru-related", "Bolivia- and Peru-related") makes a compound with
the word after it, no name. A name right before a licence's title ("Cuba General
License (GL) 19") is the programme's. A country's name is the state's, never the short form
of a firm named after it ("Petroleos de Venezuela SA" is no "Venezuela"). And dealings
related to a party's joint ventures, operations or business are that party's licence.
Invented firms, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-05-25"
MONDAY = "2024-05-20"


def _events(text: str, lang: str = "en") -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


INSTRUMENTS = [
    ("en", "OFAC on Monday revoked two general licenses first issued in 2016 under the Harbour Plan of Action "
           "(HPA or Harbour Deal), and gave firms until August 6 to wind down.", set()),
    ("en", "OFAC on Monday issued General License 5 under the Vesta Sanctions Regulations (VSR, 31 C.F.R. "
           "Part 512), authorizing dealings with Kestrel Bank.", {("license", "Kestrel Bank", MONDAY)}),
    ("fr", "L'OFAC a publié lundi la licence générale 5 au titre du règlement relatif aux sanctions contre la "
           "Vesta (RSV, partie 512), qui autorise les transactions avec Kestrel Bank.",
     {("license", "Kestrel Bank", MONDAY)}),
    # (near miss: a firm's acronym with a description after it stays the firm's)
    ("en", "On Monday the Treasury designated the Kestrel Shipping Company (KSC, a Dubai carrier).",
     {("designation", "Kestrel Shipping Company", MONDAY)}),
]


@pytest.mark.parametrize("lang,text,expected", INSTRUMENTS)
def test_an_instruments_bracket_names_it_with_what_follows_its_acronym(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected


GL15 = {("license", "Kestrel Bank", "2024-05-22"), ("deadline", "Kestrel Bank", "2024-10-23")}
HANGING = [
    ("On May 22, OFAC issued Bolivia-/Peru-related General License 15 authorizing wind-down activities with "
     "Kestrel Bank through October 23.", GL15),
    ("On May 22, OFAC issued Bolivia- and Peru-related General License 15 authorizing wind-down activities with "
     "Kestrel Bank through October 23.", GL15),
    ("On May 22, OFAC issued Bolivia- or Peru-related General License 15 authorizing wind-down activities with "
     "Kestrel Bank through October 23.", GL15),
    # (near miss: a hyphen inside a name joins its words)
    ("On May 22, OFAC designated the Kestrel-Vesta Holding.", {("designation", "Kestrel-Vesta Holding", "2024-05-22")}),
]


@pytest.mark.parametrize("text,expected", HANGING)
def test_a_hanging_hyphen_makes_no_name(text: str, expected: set) -> None:
    assert _events(text) == expected


NOV26 = "2022-11-26"
TITLES = [
    ("On November 26, 2022, OFAC issued Cuba General License (GL) 19 allowing dealings with the operations of "
     "Kestrel Oil.", {("license", "Kestrel Oil", NOV26)}),
    ("On Thursday, OFAC issued Bolivia General License (GL) 3, allowing trades with Kestrel Oil.",
     {("license", "Kestrel Oil", "2024-05-23")}),
    ("On November 26, 2022, the Treasury issued Cuba General License (GL) 7 authorizing dealings with Kestrel "
     "Oil.", {("license", "Kestrel Oil", NOV26)}),
    # (near miss: a country granted the relief as its object is its party)
    ("On November 26, 2022, OFAC granted Venezuela a general license for gas exports.",
     {("license", "Venezuela", NOV26)}),
]


@pytest.mark.parametrize("text,expected", TITLES)
def test_a_name_before_a_licences_title_is_its_programme(text: str, expected: set) -> None:
    assert _events(text) == expected


SHORT_FORMS = [
    ("OFAC designated Banco Central de Bolivia in 2019. On Monday, Washington granted Bolivia a waiver for its "
     "gas exports.", {("designation", "Banco Central de Bolivia", "2019"), ("license", "Bolivia", MONDAY)}),
    ("OFAC designated Petroleos de Venezuela SA in 2019. On Monday, Washington granted Venezuela a waiver for "
     "its gas exports.", {("designation", "Petroleos de Venezuela SA", "2019"), ("license", "Venezuela", MONDAY)}),
    # (near miss: a firm's own last word stays its short form)
    ("OFAC designated Bolivia Kestrel Mining in 2019. On Monday, OFAC removed Kestrel Mining from the list.",
     {("designation", "Bolivia Kestrel Mining", "2019"), ("removal", "Kestrel Mining", MONDAY)}),
]


@pytest.mark.parametrize("text,expected", SHORT_FORMS)
def test_a_countrys_name_is_no_firms_short_form(text: str, expected: set) -> None:
    assert _events(text) == expected


POSSESSED = [
    "OFAC on Monday issued General License 7B, which permits firms to end transactions related to Kestrel "
    "Oil’s joint ventures in Bolivia.",
    "OFAC on Monday issued a license authorizing Kestrel Oil’s operations in Bolivia.",
    "OFAC on Monday issued a license for the dealings of Kestrel Oil’s business in Bolivia.",
]


@pytest.mark.parametrize("text", POSSESSED)
def test_a_partys_business_in_the_possessive_is_its_licence(text: str) -> None:
    assert _events(text) == {("license", "Kestrel Oil", MONDAY)}


def test_a_possessor_of_a_person_stays_no_party() -> None:
    # (near miss: the executive is the party, not the firm he works for)
    assert _events("OFAC on Monday sanctioned Kestrel Oil’s chief executive, Ivo Marsh.") == {
        ("designation", "Ivo Marsh", MONDAY)}
