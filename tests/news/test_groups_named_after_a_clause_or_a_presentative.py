"""The names of a group of parties given after what describes the group: set off by a dash
after a relative clause on the group ("four firms that ship fuel to the navy - A, B and C -
were sanctioned", « deux sociétés qui livrent l'armée – A et B – ont été sanctionnées »),
after a presentative with any adverb or a source set off by commas between « il s'agit »
and its « de » (« Il s'agit principalement de A et B », « Il s'agit, selon le communiqué,
de A »), or as what a group told just before includes, in French too (« Les entités
incluent A, B et C »). A name inside the clause, with no dash to close it, stays none.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"


def _names(text: str, lang: str = "en") -> set[str]:
    out = extract_article(text, published=PUB, language=lang)
    return {e["entity"] for e in out["events"] if e["type"] == "designation"}


SET_OFF_AFTER_A_CLAUSE = [
    ("en", "Four firms that ship fuel to the navy - Kestrel Marine, Halden Lines and Orvex Shipping - were "
           "sanctioned on Tuesday.", {"Kestrel Marine", "Halden Lines", "Orvex Shipping"}),
    ("en", "Two brokers which handled gold for the junta — Kestrel Marine and Halden Lines — have also been "
           "blacklisted.", {"Kestrel Marine", "Halden Lines"}),
    ("en", "The Treasury also designated three traders that sold arms to the rebels — Kestrel Marine, "
           "Halden Lines and Orvex Shipping.", {"Kestrel Marine", "Halden Lines", "Orvex Shipping"}),
    ("fr", "Deux sociétés qui livrent du carburant à l'armée – Kestrel Marine et Halden Lines – ont aussi été "
           "sanctionnées mardi.", {"Kestrel Marine", "Halden Lines"}),
    ("fr", "Trois courtiers qui achetaient de l'or pour la junte - Kestrel Marine, Halden Lines et Orvex "
           "Shipping - ont été inscrits mardi sur la liste noire.", {"Kestrel Marine", "Halden Lines", "Orvex Shipping"}),
]


@pytest.mark.parametrize("lang,text,names", SET_OFF_AFTER_A_CLAUSE)
def test_the_names_set_off_after_the_groups_clause_are_parties(lang: str, text: str, names: set[str]) -> None:
    assert _names(text, lang) == names


@pytest.mark.parametrize("lang,text", [
    ("en", "Four firms that ship fuel to Kestrel Marine were sanctioned on Tuesday."),
    ("fr", "Deux sociétés qui livrent du carburant à Kestrel Marine ont été sanctionnées mardi."),
])
def test_a_name_inside_the_clause_is_none(lang: str, text: str) -> None:
    assert "Kestrel Marine" not in _names(text, lang)


ACT = "Le Trésor a inscrit mardi sur sa liste noire le trésorier et le porte-parole du parti Velmar.\n\n"
PRESENTATIVES = [
    "Il s'agit principalement de Karel Vodnik, Anton Brisk et Pavel Orsov.",
    "Il s'agit plus exactement des Tchèques Karel Vodnik, Anton Brisk et Pavel Orsov.",
    "Il s'agit, selon le communiqué du Trésor, de Karel Vodnik, Anton Brisk et Pavel Orsov.",
    "Il s'agit tout particulièrement de Karel Vodnik, d'Anton Brisk et de Pavel Orsov.",
    "Il s'agissait, d'après l'annonce, de Karel Vodnik, Anton Brisk et Pavel Orsov.",
]


@pytest.mark.parametrize("text", PRESENTATIVES)
def test_a_presentative_with_any_adverb_or_source_names_the_group(text: str) -> None:
    assert _names(ACT + text, "fr") >= {"Karel Vodnik", "Anton Brisk", "Pavel Orsov"}


@pytest.mark.parametrize("text", [
    "Il s'agit principalement d'une mesure de précaution.",
    "Il s'agit, selon le Trésor, du troisième paquet de l'année.",
])
def test_a_presentative_of_the_act_itself_names_no_one(text: str) -> None:
    assert _names(ACT + text, "fr") == set()


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Trésor a sanctionné mardi cinq individus et quatre entités. Les entités incluent Kestrel Marine, "
           "Halden Lines et Orvex Shipping."),
    ("fr", "Le Trésor a sanctionné mardi quatre entités. Elles comprenaient Kestrel Marine, Halden Lines et "
           "Orvex Shipping."),
])
def test_a_counted_group_taken_up_with_a_verb_of_including(lang: str, text: str) -> None:
    assert _names(text, lang) == {"Kestrel Marine", "Halden Lines", "Orvex Shipping"}
