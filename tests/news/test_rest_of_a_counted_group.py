"""The rest of a group an act told with no names, named after some of it was told apart
("The other three were A, a former minister, B, ... and C, who ...", "The remaining two are
A and B", « Les trois autres sont A, B et C »): the act is theirs, with the day it would
have given a party named in its own sentence. Invented parties, sentences written for this
test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


REST = [
    # each named with an apposition or a relative clause of its own
    ("en", "The Council on Tuesday lifted sanctions on five former officials. Two of them have died since. The "
           "other three were Omar Haddad, a former defence minister, Piotr Valenko, once the envoy to Zembla, "
           "and Ivo Marsh, who led the navy.",
     {("removal", n, TUESDAY) for n in ("Omar Haddad", "Piotr Valenko", "Ivo Marsh")}),
    ("en", "Britain on Tuesday took four former bankers off its sanctions list. Two had won in court. The "
           "remaining two are Omar Haddad and Piotr Valenko.",
     {("removal", n, TUESDAY) for n in ("Omar Haddad", "Piotr Valenko")}),
    ("fr", "Le Conseil a retiré mardi cinq anciens responsables de sa liste de sanctions. Deux sont morts "
           "depuis. Les trois autres sont Omar Haddad, ancien ministre, Piotr Valenko et Ivo Marsh.",
     {("removal", n, TUESDAY) for n in ("Omar Haddad", "Piotr Valenko", "Ivo Marsh")}),
]


@pytest.mark.parametrize("lang,text,expected", REST)
def test_the_rest_of_the_group_takes_the_act(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected


def test_the_rest_told_with_no_act_before_is_no_party() -> None:
    text = ("Five former officials met the envoy on Tuesday. Two of them spoke. The other three were Omar Haddad, "
            "Piotr Valenko and Ivo Marsh.")
    assert _events(text, "en") == set()
