"""The party told after the qualifiers of its cue noun ("added Chinese AI firm Orvane":
Orvane, not "Chinese AI"), a titled person who is the act's object past a weekday
(« a sanctionné lundi le porte-parole du Front Tavrik, Omar Selim »). Sentences invented
for these tests."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str, lang: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-10", language=lang)["events"]}


@pytest.mark.parametrize(("text", "lang"), [
    ("The Commerce Department added Chinese AI firm Orvane to the Entity List on Wednesday.", "en"),
    ("The Treasury sanctioned Russian IT group Orvane on Monday.", "en"),
])
def test_the_cue_nouns_name_is_the_party_not_its_qualifiers(text: str, lang: str) -> None:
    assert _parties(text, lang) == {"Orvane"}


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Le Trésor a sanctionné lundi le porte-parole du Front Tavrik, Omar Selim.", "fr", "Omar Selim"),
    ("Le Trésor a également sanctionné le fondateur du groupe, Omar Selim.", "fr", "Omar Selim"),
    ("The Treasury also sanctioned the group's spokesman, Omar Selim, on Monday.", "en", "Omar Selim"),
])
def test_a_titled_person_who_is_the_acts_object(text: str, lang: str, party: str) -> None:
    assert party in _parties(text, lang)


def test_a_spokesman_who_speaks_is_still_no_party() -> None:
    text = "The Treasury sanctioned Orvane Trading on Monday. Its spokesman, Omar Selim, said it would appeal."
    assert "Omar Selim" not in _parties(text, "en")


@pytest.mark.parametrize("text", [
    "Le Conseil a sanctionné vendredi le chef de gang Ivan Dorov, accusé de meurtres.",
    "Le Conseil a sanctionné vendredi le chef de cartel Ivan Dorov, accusé de meurtres.",
])
def test_a_person_after_a_criminal_groups_noun_stays_the_party(text: str) -> None:
    # ("cartel", "gang" as cue nouns made the boss a body, whose head is no party: left out)
    assert "Ivan Dorov" in _parties(text, "fr")
