"""A person named right after the body of the office they hold, with no comma: "the co-owner
of Tobbgas Anna Brell", "the former president of Orvexbank Karel Vodnik", "le procureur de
la CPI Karel Vodnik". A one-word body or an acronym after the office's "of" / "de la" is the
body, the two words after it the holder, who is the act's party; the body, a prosecutor's
office too, is not. A body's own name of two words stays whole. Invented parties, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("en", "On Tuesday, the Treasury lifted sanctions on the former president of Orvexbank Karel Vodnik "
     "and the co-owner of Tobbgas Anna Brell.",
     [("removal", "Karel Vodnik", "2021-06-08"), ("removal", "Anna Brell", "2021-06-08")]),
    ("fr", "Mardi, Washington a sanctionné l'ancien procureur de la CPI Karel Vodnik, chargé du dossier.",
     [("designation", "Karel Vodnik", "2021-06-08")]),
    ("fr", "Mardi, l'UE a sanctionné le patron de Tobbgas Anna Brell.",
     [("designation", "Anna Brell", "2021-06-08")]),
    # near miss: the office's holder left unnamed, the body's name of two words is no person;
    # then the prosecutor's office, which is not its holder
    ("en", "On Tuesday, the EU sanctioned the owner of Orvex Trading.", []),
    ("fr", "Mardi, Washington a sanctionné l'ancien procureur de la CPI, Karel Vodnik.",
     [("designation", "Karel Vodnik", "2021-06-08")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_the_holder_named_after_the_body(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
