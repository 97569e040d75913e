"""A counted group told as already known ("the two banks", "these two lenders", « les deux
banques », « ces deux banques ») takes up the parties named before it whose names tell
that kind, exactly as many as it counts, past a sentence naming parties of another kind;
an indefinite count ("two banks") is a new group, and a kind no name carries, or more names
of it than counted, is nobody. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-01-01"
EN_LEAD = ("Canada has designated Norvik Trade Bank and Halden Credit Bank. "
           "It also listed Arvo Group, Pell Shipping and Teska Fuel. ")
FR_LEAD = ("Le Canada a sanctionné Norvik Trade Bank et Halden Credit Bank. "
           "Il a aussi inscrit Arvo Group, Pell Shipping et Teska Fuel. ")
BANKS = {("designation", "Norvik Trade Bank", "2022-05"), ("designation", "Halden Credit Bank", "2022-05")}


def _taken_up(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"] if e["entity_via"] == "anaphora"}


TAKEN = [
    ("en", EN_LEAD + "In May 2022, Washington sanctioned the two banks that Canada now lists."),
    ("en", EN_LEAD + "Washington had already blacklisted the two banks in May 2022."),
    ("fr", FR_LEAD + "Les Etats-Unis avaient sanctionné les deux banques en mai 2022."),
    ("fr", FR_LEAD + "En mai 2022, Washington avait déjà gelé les avoirs de ces deux banques."),
    ("fr", FR_LEAD + "En mai 2022, le Trésor américain avait sanctionné les deux banques que le Canada cible à son tour."),
]


@pytest.mark.parametrize("lang,text", TAKEN)
def test_a_definite_count_of_a_kind_takes_up_the_named_ones(lang: str, text: str) -> None:
    assert _taken_up(text, lang) == BANKS


NOBODY = [
    # a count of a kind more names carry than it counts
    ("en", "Canada has designated Norvik Trade Bank, Halden Credit Bank and Marra Savings Bank. "
           "In May 2022, Washington sanctioned the two banks."),
    # a kind no name carries
    ("en", EN_LEAD + "In May 2022, Washington sanctioned the two insurers."),
    ("fr", FR_LEAD + "En mai 2022, Washington avait sanctionné les deux assureurs."),
]


@pytest.mark.parametrize("lang,text", NOBODY)
def test_no_group_when_a_reader_could_not_tell(lang: str, text: str) -> None:
    assert _taken_up(text, lang) == set()
