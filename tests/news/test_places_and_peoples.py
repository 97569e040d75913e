"""A country's name that the finder cuts at its elided article (« Côte d'Ivoire »), a
people and its creed ("a Zemblan Islamist group"), a point of the compass standing for a
state ("the North"): places and peoples, never parties."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions
from listwatch.news.names import is_place


@pytest.mark.parametrize("name", [
    "Côte d'Ivoire", "Côte d’Ivoire", "Ivory Coast", "Ivorian", "Salvadoran",
    "Syrian Islamist", "Iraqi Jihadists", "djihadiste syrien", "North", "Sud", "Kherson", "Odesa",
])
def test_places_peoples_creeds_and_the_compass_are_places(name: str) -> None:
    assert is_place(name)


@pytest.mark.parametrize("name", ["Western Union", "Northern Star Shipping", "Gold Coast Trading", "Côte"])
def test_a_name_with_a_word_of_its_own_is_no_place(name: str) -> None:
    assert not is_place(name)


def _parties(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-03")["events"]}


@pytest.mark.parametrize(("text", "not_party"), [
    ("L'Union a levé vendredi ses sanctions contre la Côte d'Ivoire et contre la société Orvex Cacao.",
     "Côte"),
    ("Le Conseil a gelé les avoirs de la Côte d’Ivoire et de la société Orvex Cacao mardi.", "Côte"),
    ("The Council added a Syrian Islamist militia, the Varno Brigade, to its terror list on Friday.",
     "Syrian Islamist"),
    ("Le Conseil a ajouté mardi un groupe djihadiste syrien, la Brigade Varno, à sa liste.",
     "djihadiste syrien"),
])
def test_a_place_or_a_people_is_no_party(text: str, not_party: str) -> None:
    assert not any(not_party in p for p in _parties(text))


def test_the_compass_standing_for_a_state_is_no_name() -> None:
    text = "The ministry listed Orvex Trading on Friday and said more sanctions on the North would follow."
    names = {e.name for e in find_mentions(text, "en")[1]}
    assert "North" not in names
    assert "Orvex Trading" in names


def test_a_bank_named_with_an_elided_country_keeps_its_name() -> None:
    # (an adjective of the bank's name before « d' » is no coast: the bank stays a party)
    text = "Le Conseil a inscrit mardi sur sa liste la Banque Centrale d’Iran."
    assert any("Centrale" in p for p in _parties(text))
