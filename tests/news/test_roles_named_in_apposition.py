"""Parties an act tells by their role with no name, named in a later sentence in apposition
to that role with the definite article ("... designated a retired general. The general, A,
ran the ring", "the judge, A, and the former governor, B, took bribes", « le juge, A, et
l'ancien gouverneur, B »): the act told on no named party in the two sentences before is
theirs, of any type. Near misses: a role the act did not tell (a minister who speaks), a
role of a party's relation ("the banker's lawyer"), a plan, no act at all. Invented
parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


NAMED = [
    ("en", "OFAC on Tuesday designated a retired general and a customs chief. The general, Omar Haddad, ran the "
           "ring.",
     {("designation", "Omar Haddad", TUESDAY)}),
    # the roles told in a sentence after a counted act, the names after a source
    ("en", "The Treasury on Tuesday sanctioned eleven people in Zembla. The designations target a judge, a "
           "former governor and their fixers. According to OFAC, the judge, Omar Haddad, and the former "
           "governor, Piotr Valenko, took bribes.",
     {("designation", "Omar Haddad", TUESDAY), ("designation", "Piotr Valenko", TUESDAY)}),
    ("en", "The UN committee on Tuesday delisted a former minister. The ex-minister, Omar Haddad, had asked for "
           "it twice.",
     {("removal", "Omar Haddad", TUESDAY)}),
    ("en", "The General Court on Tuesday annulled the sanctions on a businessman. The businessman, Omar Haddad, "
           "had argued he sold his stake.",
     {("vacatur", "Omar Haddad", TUESDAY)}),
    ("fr", "Le Trésor américain a sanctionné mardi un juge et un ancien gouverneur. Selon l'OFAC, le juge, Omar "
           "Haddad, et l'ancien gouverneur, Piotr Valenko, ont touché des pots-de-vin.",
     {("designation", "Omar Haddad", TUESDAY), ("designation", "Piotr Valenko", TUESDAY)}),
]


@pytest.mark.parametrize("lang,text,expected", NAMED)
def test_a_role_named_in_apposition_takes_the_act(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected


NOT_THE_PARTY = [
    "The Treasury on Tuesday sanctioned a banker from Zembla. The minister, Piotr Valenko, said the move was unfair.",
    "The Treasury on Tuesday sanctioned a banker from Zembla. The banker's lawyer, Piotr Valenko, said the move "
    "was unfair.",
    "The Treasury could sanction a banker from Zembla. The banker, Omar Haddad, denies any wrongdoing.",
    "A banker from Zembla met the envoy on Tuesday. The banker, Omar Haddad, denied any wrongdoing.",
]


@pytest.mark.parametrize("text", NOT_THE_PARTY)
def test_another_role_or_no_act_names_no_party(text: str) -> None:
    assert _events(text, "en") == set()
