"""The members of a counted group set off by a dash after the words that qualify the group: a
participle's phrase, a preposition's, or a second counted group joined to it ("three
firms tied to A — X, Y and Z", "two lenders based in B – X and Y –", "two entities and
one individual — X, Y and Z —"), a double hyphen standing for the dash, in both languages.
What follows the dash is no series when it tells a clause (a verb, a contrast, a negation,
the act told again by a noun): "— a step X called unfair", "— X says it will appeal", "— but
not X". Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designations(text: str) -> list[str]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted(e["entity"] for e in evs if e["type"] == "designation")


@pytest.mark.parametrize(("text", "parties"), [
    ("In May 2019 the ministry blacklisted three firms tied to Anton Briel — Velmar Metals, Korsk Group "
     "and Dunmore Energo.", ["Dunmore Energo", "Korsk Group", "Velmar Metals"]),
    ("The Treasury sanctioned three companies with ties to Anton Briel — Velmar Metals, Korsk Group and "
     "Dunmore Energo — on Monday.", ["Dunmore Energo", "Korsk Group", "Velmar Metals"]),
    ("In May 2019 the ministry blacklisted three firms -- Velmar Metals, Korsk Group and Dunmore Energo -- "
     "for their dealings with Anton Briel.", ["Dunmore Energo", "Korsk Group", "Velmar Metals"]),
    ("The agency sanctioned two entities and one individual — Velmar Network Technology, Korsk Star and "
     "Lena Varga — on Thursday.", ["Korsk Star", "Lena Varga", "Velmar Network Technology"]),
    ("Le Trésor a sanctionné lundi trois sociétés liées à Anton Briel – Velmar Métaux, Korsk Groupe et "
     "Dunmore Énergie.", ["Dunmore Énergie", "Korsk Groupe", "Velmar Métaux"]),
])
def test_the_names_set_off_after_the_qualified_group_are_its_members(text: str, parties: list[str]) -> None:
    assert _designations(text) == parties


@pytest.mark.parametrize("text", [
    "The Treasury sanctioned three companies linked to Anton Briel — a step Velmar Metals called unfair.",
    "The Treasury sanctioned three companies owned by Anton Briel — Velmar Metals says it will appeal.",
    "The Treasury sanctioned three companies linked to Anton Briel — but not Velmar Metals, his main firm.",
])
def test_a_clause_after_the_dash_names_no_member(text: str) -> None:
    assert "Velmar Metals" not in _designations(text)
