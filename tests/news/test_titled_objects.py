"""A person titled senator, spokesman, secretary or director right after the act's verb
("sanctioned Senator X", "designated Orvex spokesman X", "a sanctionné l'ancien sénateur X")
or as a later item of a series that "il s'agit de" opens, each item with its own "de" and
title, is the act's party, not an official who acts (and the employer before the title is
no party). Near misses: a spokesman who tells of the act, after a source word or as the
sentence's subject. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("en", "Washington sanctioned Senator Karl Weiss on Tuesday.", [("designation", "Karl Weiss", "2021-06-08")]),
    ("en", "The Treasury designated Orvex spokesman Karl Weiss on Tuesday.",
     [("designation", "Karl Weiss", "2021-06-08")]),
    ("fr", "Mardi, Ottawa a sanctionné l'ancien sénateur Karl Weiss.", [("designation", "Karl Weiss", "2021-06-08")]),
    ("fr", "Ottawa a annoncé mardi des sanctions contre trois personnes. Il s'agit de la secrétaire Ilse Moreau, "
     "du directeur de la police Tomas Brandt et du fondateur de la milice du nord, Karl Weiss.",
     [("designation", "Karl Weiss", "2021-06-08"), ("designation", "Tomas Brandt", "2021-06-08"),
      ("designation", "Ilse Moreau", "2021-06-08")]),
    # near misses: the spokesman tells of the act
    ("en", "Washington sanctioned Orvex Trading on Tuesday, according to spokesman Karl Weiss.",
     [("designation", "Orvex Trading", "2021-06-08")]),
    ("fr", "Le porte-parole Karl Weiss a annoncé mardi des sanctions contre Orvex Trading.",
     [("designation", "Orvex Trading", "2021-06-08")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_titled_person_after_the_act(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
