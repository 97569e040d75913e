"""The members of a counted object named in brackets or between dashes right after it
("sanctioned three firms (A, B and C) for ...", "three firms — A, B and C — for ...", « trois
sociétés (A, B et C) »): every name up to the closer is a party, not the first alone; a
bracket that names no one, and a name after the closer, stay none. Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"


def _events(text: str, lang: str = "en") -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


IN_BRACKETS = [
    ("en", "The Treasury on Tuesday sanctioned three firms (Kestrel Marine, Halden Lines and Orvex Shipping) for "
           "moving oil.", ("Kestrel Marine", "Halden Lines", "Orvex Shipping")),
    ("en", "The Treasury on Tuesday sanctioned three people (Omar Haddad, Piotr Valenko and Ivo Marsh).",
     ("Omar Haddad", "Piotr Valenko", "Ivo Marsh")),
    ("fr", "Le Trésor a sanctionné mardi trois sociétés (Kestrel Marine, Halden Lines et Orvex Shipping) pour du "
           "transport de pétrole.", ("Kestrel Marine", "Halden Lines", "Orvex Shipping")),
]


@pytest.mark.parametrize("lang,text,names", IN_BRACKETS)
def test_every_name_in_the_brackets_is_a_party(lang: str, text: str, names: tuple[str, ...]) -> None:
    assert _events(text, lang) == {("designation", n, TUESDAY) for n in names}


@pytest.mark.parametrize("text", [
    "The Treasury on Tuesday sanctioned three firms (two in Dubai) for moving oil for Kestrel Marine.",
    "The Treasury on Tuesday sanctioned three firms — all in Dubai — for moving oil for Kestrel Marine.",
])
def test_a_name_after_the_closer_is_none(text: str) -> None:
    assert _events(text) == set()
