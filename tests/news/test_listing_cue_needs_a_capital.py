"""A listing word whose cue of a party looks for a name reads a name only where a capital
letter opens it: the triggers are matched without regard to case, so the look for the
name keeps its own case ("blacklists" before "Norvik Shipping" is a verb; before "keep
growing" a plural noun, the subject of another verb; « sont visés » before a lower-case
noun phrase with no name, « des sanctions aux effets limités » a measure's description).
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _kinds(text: str, published: str = "2024-05-02") -> list[tuple[str, str]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize("text", [
    "National blacklists keep growing, and Halvard Mining and Tervo Steel now screen every buyer.",
    "As the US blacklists expand, we look at what a Moreau presidency would mean for Kestrel Dynamics.",
    "Allied blacklists differ in scope, so Orvane Labs hired Brandt Weiss to map them.",
    "Western blacklists multiply while Kestrel Dynamics and Orvane Labs keep selling abroad.",
])
def test_a_plural_noun_before_a_verb_is_no_listing(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "En 2021, sont ciblés par ce dispositif des cadres de l'armée, explique Marc Olivier, chercheur à l'institut Solberg.",
    "Depuis 2019, sont visés par ce régime des responsables de la police, rappelle Marc Olivier, chercheur à l'institut Solberg.",
    "Bruxelles a décidé des sanctions aux effets limités, selon Anne Berg, avocate chez Lund Partners.",
    "Le gouvernement a adopté des sanctions aux contours flous, estime Jean Morel, de l'institut Varsk.",
    "Le Trésor a imposé des sanctions aux dirigeants et aux fournisseurs, selon Anne Berg, avocate chez Lund Partners.",
])
def test_a_french_cue_before_lower_case_words_finds_no_name(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Washington blacklists Norvik Shipping over arms deliveries to Varsk.",
     [("designation", "Norvik Shipping")]),
    ("Les sanctions visent également la société Norbank, a annoncé mardi le Conseil.",
     [("designation", "Norbank")]),
    ("Le Conseil a imposé mardi des sanctions à Norbank et à son président Ivan Petrov.",
     [("designation", "Ivan Petrov"), ("designation", "Norbank")]),
])
def test_a_name_after_the_cue_still_gives_its_listing(text: str, want: list[tuple[str, str]]) -> None:
    assert _kinds(text) == want
