"""A state's police told in French by what it polices before the state's adjective (« la
police de la moralité syrienne », « la police des frontières libyenne ») is a party, as
« la police des mœurs syrienne » was; and the measures an act imposes may be qualified by
their kind (« de type Magnitsky », « du type « Magnitsky » ») or by an aside between dashes
before their object. A police of no listed state, or one named with no state, is none.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-01-04"


def _designated(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published=PUB, language="fr")["events"]
            if e["type"] == "designation"}


READ = [
    ("Le Canada a imposé lundi des sanctions à la police de la moralité syrienne.",
     {"police de la moralité syrienne"}),
    ("Ottawa a imposé lundi des sanctions du type Magnitsky à onze personnes et à trois organisations, "
     "notamment la police des frontières libyenne et la milice Korsak.",
     {"police des frontières libyenne", "Korsak"}),
    ("Selon Anna Berg, le Canada imposait mardi des sanctions - gel des avoirs et interdictions de voyager - "
     "à la milice Korsak ainsi qu'à la police de la pudeur syrienne.",
     {"police de la pudeur syrienne", "Korsak"}),
    ("Le Canada a pris lundi des sanctions du type « Magnitsky » contre la police de l'immigration birmane.",
     {"police de l'immigration birmane"}),
    ("Berne a adopté lundi des sanctions de type Magnitsky visant la milice Korsak.", {"Korsak"}),
]


@pytest.mark.parametrize("text,parties", READ)
def test_a_state_police_told_by_its_domain_is_the_party(text: str, parties: set[str]) -> None:
    assert _designated(text) == parties


NONE = [
    "Le Canada a imposé lundi des sanctions à la police de la moralité.",
    "La police des frontières américaine a arrêté lundi trois passeurs.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_state_no_party(text: str) -> None:
    assert _designated(text) == set()
