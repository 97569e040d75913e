"""A French act recalled in passing keeps the modifiers such a recall carries, and is read with
its own date: a year or a manner between the verb and its object (« avait gelé en urgence les
avoirs de X », « avait gelé en 2019 les avoirs de X »), any determiner of the list (« s'était
retrouvé sur cette liste en octobre 2019 »), the passive with its agent, the counterpart of
English "was banned by" (« avait été interdit par Berlin en 2017 »). Near misses: a ban by an
office that lists nobody, a hypothesis, a negation.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-14"  # a Thursday

CASES = [
    ("Le Trésor a retiré mardi la société Norvik Shipping de sa liste noire. En 2019, l'UE avait gelé en "
     "urgence les avoirs de Norvik Shipping.",
     [("removal", "Norvik Shipping", "2024-03-12"), ("designation", "Norvik Shipping", "2019")]),
    ("Le Trésor a retiré mardi la société Norvik Shipping de sa liste noire. L'UE avait gelé en 2019 les "
     "avoirs de Norvik Shipping.",
     [("removal", "Norvik Shipping", "2024-03-12"), ("designation", "Norvik Shipping", "2019")]),
    ("Le Trésor a retiré mardi Karel Vostrov de sa liste noire. Karel Vostrov s'était retrouvé sur cette "
     "liste en octobre 2019.",
     [("removal", "Karel Vostrov", "2024-03-12"), ("designation", "Karel Vostrov", "2019-10")]),
    ("Berlin a retiré mardi le mouvement Front Varn de sa liste des organisations terroristes. Le mouvement "
     "avait été interdit par Berlin en 2017 pour ses liens avec un groupe armé.",
     [("removal", "Front Varn", "2024-03-12"), ("designation", "Front Varn", "2017")]),
    # near misses
    ("La manifestation de Front Varn avait été interdite par la préfecture en 2017.", []),
    ("L'UE pourrait geler en urgence les avoirs de Norvik Shipping.", []),
    ("Le Trésor a retiré mardi Karel Vostrov de sa liste noire. Karel Vostrov ne s'était jamais retrouvé sur "
     "cette liste avant 2019.",
     [("removal", "Karel Vostrov", "2024-03-12")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recalled_french_act_read_with_its_modifiers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language="fr")
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
