"""An act told for one party, then for more by an auxiliary alone ("A was designated on
Tuesday, as were its owners B and C", "..., and so was B", « ..., de même que B »): the act
is theirs too, of the same type and day. Not "as was the case for B", nor a clause of
another verb ("as B had warned"). Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"


def _events(text: str, lang: str = "en") -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


TOLD_AGAIN = [
    ("en", "Kestrel Marine was designated on Tuesday, as were its owners Omar Haddad and Piotr Valenko.",
     {("designation", n, TUESDAY) for n in ("Kestrel Marine", "Omar Haddad", "Piotr Valenko")}),
    ("en", "Kestrel Marine was designated on Tuesday, and so was Halden Lines.",
     {("designation", n, TUESDAY) for n in ("Kestrel Marine", "Halden Lines")}),
    ("en", "Kestrel Marine was removed from the list on Tuesday, as was Halden Lines.",
     {("removal", n, TUESDAY) for n in ("Kestrel Marine", "Halden Lines")}),
    ("fr", "Kestrel Marine a été sanctionnée mardi, de même que Halden Lines.",
     {("designation", n, TUESDAY) for n in ("Kestrel Marine", "Halden Lines")}),
]


@pytest.mark.parametrize("lang,text,expected", TOLD_AGAIN)
def test_the_parties_of_the_auxiliary_take_the_act(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text", [
    "Kestrel Marine was designated on Tuesday, as was the case for Halden Lines in 2019.",
    "Kestrel Marine was designated on Tuesday, as Halden Lines had warned.",
])
def test_another_clause_takes_no_act(text: str) -> None:
    assert _events(text) == {("designation", "Kestrel Marine", TUESDAY)}
