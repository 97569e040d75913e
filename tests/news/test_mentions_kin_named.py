"""Relatives named by a given name alone after a possessive and the kin noun ("his wife
Mira", "their son Petr", « sa femme Mira », « leur fils Petr ») are people: the parties of
the act their coordination is the subject or the object of, in both languages, whether a
fronted "Along with X" opens the sentence or not. Near misses: a kin noun with "of" names
the relative of another ("the son of X"), a place after the kin noun is none. Invented
parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions

PUB = "2023-09-07"


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "Oskar Drem, his wife Liva and their son Aurel were sanctioned by the EU in 2022.",
     [("designation", "Aurel"), ("designation", "Liva"), ("designation", "Oskar Drem")]),
    ("en", "The EU sanctioned Oskar Drem, his wife Liva and their son Aurel in 2022.",
     [("designation", "Aurel"), ("designation", "Liva"), ("designation", "Oskar Drem")]),
    ("fr", "L'UE a sanctionné en 2022 Oskar Drem, sa femme Liva et leur fils Aurel.",
     [("designation", "Aurel"), ("designation", "Liva"), ("designation", "Oskar Drem")]),
    ("en", "Oskar Drem, his wife Liva and their son Aurel challenged the sanctions before the General Court.",
     [("legal_challenge", "Aurel"), ("legal_challenge", "Liva"), ("legal_challenge", "Oskar Drem")]),
    ("en", "Along with Tomas Ravik, the shipowner Oskar Drem, his wife Liva and their son Aurel; and the "
     "trader Karel Lind challenged the measures in court.",
     [("legal_challenge", "Aurel"), ("legal_challenge", "Karel Lind"), ("legal_challenge", "Liva"),
      ("legal_challenge", "Oskar Drem"), ("legal_challenge", "Tomas Ravik")]),
    ("fr", "Oskar Drem, sa femme Liva et leur fils Aurel ont contesté les mesures devant le Tribunal de l'Union.",
     [("legal_challenge", "Aurel"), ("legal_challenge", "Liva"), ("legal_challenge", "Oskar Drem")]),
])
def test_relatives_named_by_a_given_name_are_parties(lang: str, text: str, want: list) -> None:
    assert _events(text, lang) == want


def test_the_finder_reads_the_kin_and_leaves_the_rest() -> None:
    names = [m.text for m in find_mentions("Oskar Drem and his wife Liva met the son of Karel Lind in Paris.", "en")[0]]
    assert "Liva" in names and "Paris" not in names
    names = [m.text for m in find_mentions("Il voyageait avec sa fille Aurelia, puis avec son père à Lyon.", "fr")[0]]
    assert "Aurelia" in names and "Lyon" not in names
