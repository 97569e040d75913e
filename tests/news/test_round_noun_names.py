"""The round told by its own noun as the subject of a verb that names its parties: "The
designation targets X", "The additions made under the rule for one country include X and Y",
"Those targeted include X", "cette mesure vise notamment les sociétés X et Y". The round
told just before gives the day when it names a party. A fleet's additions, people a hacker targeted, a measure
that aims to do something and a tax measure name no listed party. Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("en", "The State Department acted against a Ruritanian politician on Tuesday. The designation targets "
     "Karel Vodnik, leader of the Unity Front.",
     [("designation", "Karel Vodnik", "2021-06-08")]),
    ("en", "The bureau published a rule on Tuesday that amends the Entity List. The additions made under the rule for "
     "Ruritania include Velmora Labs Limited and Quorra Trade Limited because of their army links.",
     [("designation", "Velmora Labs Limited", None), ("designation", "Quorra Trade Limited", None)]),
    ("en", "The Treasury announced sanctions on Tuesday against officials of two countries. Those targeted "
     "include Karel Vodnik, who ran a scheme of padded contracts.",
     [("designation", "Karel Vodnik", "2021-06-08")]),
    ("fr", "Pékin a ajouté mardi quatorze entreprises à sa liste des entités non fiables. Selon le ministère, "
     "cette mesure vise notamment les sociétés canadiennes Velmora Labs et Quorra Trade.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Quorra Trade", "2021-06-08")]),
    ("fr", "Mardi, Pékin a publié la mise à jour de sa liste des organisations non fiables. Cette "
     "mesure concerne aussi la société Velmora Labs.",
     [("designation", "Velmora Labs", "2021-06-08")]),
    # near misses
    ("en", "The airline's additions to the fleet this year include Airbus jets, it said.", []),
    ("en", "Hackers read the ministry's mail last week. Those targeted by the hackers include Karel Vodnik, "
     "an aide.", []),
    ("fr", "Le gouvernement a annoncé une taxe sur les importations. Cette mesure concerne notamment les "
     "constructeurs automobiles.", []),
    ("fr", "Pékin a ajouté mardi quatorze entreprises à sa liste des entités non fiables. Cette mesure vise à "
     "protéger les données des ministères.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_the_round_named_by_its_noun(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
