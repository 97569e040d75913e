"""A person named with four words ("Karim Yusuf Haddad Mansour", "José Luis Ortega
Villamar") keeps the fourth: the party's name is whole, and a later mention by that last word
is the same person. Not a fourth word: a run of capitals that goes on (two names glued),
nor the name of a speaker whose title is run into it (an official, no party). Invented
parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday


def _events(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    res = extract_article(text, published=PUB, language=lang)
    return sorted((e["type"], e["entity"], e["date"]) for e in res["events"])


CASES = [
    ("en", "The panel decided on Friday to remove Lebanese businessman Karim Yusuf Haddad Mansour from its "
     "sanctions list. Mansour had been added to the list in March 2015 for funding an armed group.",
     [("designation", "Karim Yusuf Haddad Mansour", "2015-03"), ("removal", "Karim Yusuf Haddad Mansour", "2021-06-04")]),
    ("fr", "Le Trésor a sanctionné mardi le trafiquant José Luis Ortega Villamar, chef d'un réseau de "
     "contrebande.",
     [("designation", "José Luis Ortega Villamar", "2021-06-08")]),
    # near misses: the three words stay three
    ("en", "The Treasury designated Karim Yusuf Haddad Holdings Limited Partners for funding an armed group.",
     None),
    ("en", "The council should add every affiliate of the Dunmore Front to its list, Under Secretary for Regional "
     "Affairs Karen Dale Whitby said on Tuesday. Whitby noted that the committee had listed one entity.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_names_of_four_words(lang: str, text: str, expected: list[tuple[str, str, str | None]] | None) -> None:
    got = _events(text, lang)
    if expected is None:
        # a run of capitals that goes on is not read as a four-word person
        assert all(e[1] != "Karim Yusuf Haddad Holdings" for e in got)
    else:
        assert got == sorted(expected)
