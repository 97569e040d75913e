"""A French act recalled in passing is read with what such a recall slips into it, and with its
own date: a year or an adverb of manner between the verb and its object (« gelé d'urgence les
avoirs de X », « gelé dès 2012 les avoirs de X »), any determiner before the list (« dans cette
liste noire »), the passive with a capitalised agent when dated (the French of "was banned by").
Near misses: a ban by an office that lists nobody, a hypothesis, a negation.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-14"  # a Thursday

CASES = [
    ("Le Trésor a retiré mardi la société Norvik Shipping de sa liste noire. L'Union avait gelé d'urgence "
     "les avoirs de Norvik Shipping dès 2019.",
     [("removal", "Norvik Shipping", "2024-03-12"), ("designation", "Norvik Shipping", "2019")]),
    ("Le Trésor a retiré mardi la société Norvik Shipping de sa liste noire. Bruxelles avait gelé dès 2019 "
     "les avoirs de Norvik Shipping.",
     [("removal", "Norvik Shipping", "2024-03-12"), ("designation", "Norvik Shipping", "2019")]),
    ("Le Trésor a retiré mardi Karel Vostrov de sa liste noire. Karel Vostrov s'était lui aussi retrouvé "
     "dans cette liste noire, en mars 2017.",
     [("removal", "Karel Vostrov", "2024-03-12"), ("designation", "Karel Vostrov", "2017-03")]),
    ("Berlin a radié mardi le mouvement Front Varn de sa liste des groupes terroristes. Front Varn avait "
     "pourtant été interdit par Berlin dès 2015.",
     [("removal", "Front Varn", "2024-03-12"), ("designation", "Front Varn", "2015")]),
    # near misses
    ("Un défilé de Front Varn avait été interdit par la mairie, faute d'autorisation, en 2018.", []),
    ("L'Union pourrait geler d'urgence les avoirs de Norvik Shipping.", []),
    ("Le Trésor a retiré mardi Karel Vostrov de sa liste noire. Karel Vostrov ne s'était jamais retrouvé "
     "dans cette liste noire avant 2019.",
     [("removal", "Karel Vostrov", "2024-03-12")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recalled_french_act_read_with_its_modifiers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language="fr")
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
