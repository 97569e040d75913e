"""The items of a list told in the act's own sentence: a nickname in quotes before an
item's name is a short description of it, in either language ("the “king of gas” A",
« le « baron de l'acier » B »), and a company after a name in capitals is an item of its
own, not the given names of a person written surname first ("ZEMTEK, Ostrava
Technology"). A person written surname first is still one. A company named right before
its unit and the unit's kind ("Korvin subsidiary Ostrava Dynamics") is no item: the unit
is. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions

PUB = "2023-05-10"

CASES = [
    ("fr", "Le Trésor a sanctionné 40 personnes, dont le « roi du gaz » Ivo Radic et l'ancien ministre Lena Marsh.",
     ["Ivo Radic", "Lena Marsh"]),
    ("fr", "Des sanctions ont frappé 300 personnes – dont Lena Marsh et le « baron de l'acier » Ivo Radic – selon "
           "le bilan.", ["Ivo Radic", "Lena Marsh"]),
    ("en", "The Treasury sanctioned 40 people, including the “king of gas” Ivo Radic and former minister Lena Marsh.",
     ["Ivo Radic", "Lena Marsh"]),
    ("en", "The eight firms — Korvin Mining, ZEMTEK, Ostrava Technology and Birch Rail — were added to the Entity "
           "List.", ["Birch Rail", "Korvin Mining", "Ostrava Technology", "ZEMTEK"]),
    ("fr", "Les sociétés ajoutées à la liste sont Korvin Mining, ZEMTEK, Ostrava Technologies et Birch Rail.",
     ["Birch Rail", "Korvin Mining", "Ostrava Technologies", "ZEMTEK"]),
]


@pytest.mark.parametrize(("lang", "text", "parties"), CASES)
def test_list_items_in_the_act(lang: str, text: str, parties: list[str]) -> None:
    events = extract_article(text, published=PUB, language=lang)["events"]
    assert sorted(e["entity"] for e in events if e["type"] == "designation") == sorted(parties), events


def test_a_person_written_surname_first_stays_one() -> None:
    _mentions, entities = find_mentions("OFAC designated KORLOV, Pavel Ivanovich and VASSINE, Oleg.", "en", None)
    people = {e.name for e in entities if e.person}
    assert people == {"KORLOV, Pavel Ivanovich", "VASSINE, Oleg"}


@pytest.mark.parametrize(("text", "parties"), [
    ("Last month, Beijing imposed sanctions on five US arms makers, including Korvin subsidiary Ostrava Dynamics, "
     "over Taiwan.", ["Ostrava Dynamics"]),
    ("Beijing imposed sanctions on five US arms makers, including Korvin unit Ostrava Dynamics and Birch Rail.",
     ["Birch Rail", "Ostrava Dynamics"]),
    # (a unit told with no name of its own: the company is the one the sentence names)
    ("Beijing imposed sanctions on the Korvin subsidiary in Texas.", ["Korvin"]),
])
def test_an_owner_told_before_its_unit_is_no_item(text: str, parties: list[str]) -> None:
    events = extract_article(text, published=PUB, language="en")["events"]
    assert sorted(e["entity"] for e in events if e["type"] == "designation") == sorted(parties), events
