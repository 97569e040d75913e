"""The parties an act counts, named in a sentence after it without a word of listing: taken
up by their number with the names in apposition ("The three, A, B and C, led ...", "Two of
them, A and B, ...", "Each of them, A, B and C, ...", « Les trois, A, B et C, ... »), or as
the subject the next sentence opens with, exactly as many as the act counted ("designated
two nationals. A and B ran ..."). Near misses: another number of names, names that are not
the subject, a name inside the apposition's description. Invented parties, sentences written
for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"
LEAD = "The EU on Tuesday sanctioned three Zemblan generals over the crackdown. "


def _events(text: str, lang: str = "en") -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


def _designated(*names: str) -> set[tuple[str, str, str | None]]:
    return {("designation", n, TUESDAY) for n in names}


TAKEN_UP = [
    ("en", LEAD + "The three, Omar Haddad, Piotr Valenko and Ivo Marsh, led the troops.",
     _designated("Omar Haddad", "Piotr Valenko", "Ivo Marsh")),
    ("en", LEAD + "Two of them, Omar Haddad and Piotr Valenko, led the troops.",
     _designated("Omar Haddad", "Piotr Valenko")),
    ("en", LEAD + "Each of them, Omar Haddad, Piotr Valenko and Ivo Marsh, faces a freeze of assets.",
     _designated("Omar Haddad", "Piotr Valenko", "Ivo Marsh")),
    ("fr", "L'UE a sanctionné mardi trois généraux zemblans. Les trois, Omar Haddad, Piotr Valenko et Ivo Marsh, "
           "commandaient les troupes.",
     _designated("Omar Haddad", "Piotr Valenko", "Ivo Marsh")),
    ("en", "OFAC on Tuesday designated two Zemblan nationals. Omar Haddad and Piotr Valenko allegedly ran the "
           "cartel's arms pipeline.",
     _designated("Omar Haddad", "Piotr Valenko")),
]


@pytest.mark.parametrize("lang,text,expected", TAKEN_UP)
def test_counted_parties_named_after_the_act_take_it(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected


NOT_THEM = [
    # three names for two counted: not the subject the count tells
    "OFAC on Tuesday designated two Zemblan nationals. Omar Haddad, Piotr Valenko and Ivo Marsh met in Dubai.",
    # the names are no subject of the next sentence
    "OFAC on Tuesday designated two Zemblan nationals. The envoy met Omar Haddad and Piotr Valenko in Dubai.",
]


@pytest.mark.parametrize("text", NOT_THEM)
def test_other_names_take_no_act(text: str) -> None:
    assert _events(text) == set()


def test_a_name_in_the_description_is_no_party() -> None:
    text = LEAD + "Two of them, Omar Haddad and Piotr Valenko, served under Ivo Marsh."
    assert _events(text) == _designated("Omar Haddad", "Piotr Valenko")
