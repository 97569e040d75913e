"""A leader named only to say whom the party serves or keeps company with ("the former
bodyguard of President X", « l'ancien garde du corps du président X », « ancien associé en
affaires du président X »): the tie's noun, with its own words before the "of", makes X
no party, even when the party itself goes unnamed. Near misses: the leader who is the
act's object, the leader whose own assets the act is about, and companies told as a party's
partners by name, stay parties."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("Le Conseil a retiré jeudi de sa liste noire un ex-garde du corps du président Ivan Sorel.", "fr",
     set()),
    ("The Treasury on Tuesday lifted sanctions on the former bodyguard of President Ivan Sorel.", "en",
     set()),
    ("La justice a confirmé le gel des avoirs de Pavel Dremin, ancien associé en affaires du président "
     "Ivan Sorel.", "fr", {("ruling", "Pavel Dremin")}),
])
def test_the_leader_a_tie_names_is_no_party(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("Le Conseil a retiré jeudi de sa liste noire le président Ivan Sorel.", "fr",
     {("removal", "Ivan Sorel")}),
    ("Le gel des avoirs du président Ivan Sorel a été levé mardi.", "fr", {("removal", "Ivan Sorel")}),
    ("The Treasury sanctioned Korvex Bank and its partners Brixo and Velmar Oil on Tuesday.", "en",
     {("designation", "Korvex Bank"), ("designation", "Brixo"), ("designation", "Velmar Oil")}),
])
def test_the_leader_or_partners_the_act_names_stay(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
