"""In an article about a list of states, a country is a listed state only in a sentence
that tells a list; one named as the regime a round of sanctions is about is a place
(``mentions._listed_states``). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "kept"), [
    ("Washington a retiré Cuba de la liste des États soutenant le terrorisme en janvier. Viennent ensuite "
     "les sanctions liées au conflit, avec le retrait de 30 noms, un signal adressé à la Russie.",
     [("removal", "Cuba")]),
    ("The State Department removed Cuba from the list of state sponsors of terrorism on Tuesday. The "
     "Treasury also designated 180 individuals under its war-related sanctions, a message aimed at Russia.",
     [("removal", "Cuba")]),
])
def test_a_country_named_as_the_regime_is_no_listed_state(text: str, kept: list[tuple[str, str]]) -> None:
    assert _events(text) == kept


def test_a_country_told_with_the_list_stays_a_party() -> None:
    text = ("The State Department removed Cuba from the list of state sponsors of terrorism on Tuesday. "
            "A week later it put Syria back on that list.")
    assert ("removal", "Cuba") in _events(text)
    assert ("designation", "Syria") in _events(text)
