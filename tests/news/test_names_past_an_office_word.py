"""A person's name of three words right after the capitalised word of an office or a body
(« le président de la République Jean Paul Orvek », "the Speaker of the Senate Ana Maria
Dolenc"): the person finder reads at most three capitalised words at once, drops the
office's word from the front and must then read the name on to its end, not keep its
first two words. A name with an acronym in the run ("the Orvek FC Ivan Petrov") is a club
and a person, left as before. Both languages; every name and sentence is written for the
purpose."""

from __future__ import annotations

import pytest

from listwatch.news.mentions import find_mentions
from listwatch.news.persons import find_persons


def _people(text: str, lang: str) -> set[str]:
    return {m.name for m in find_persons(text, lang, ())}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Ottawa vise depuis mardi son voisin, le président de la République Jean Baptiste Orvelin.",
     "Jean Baptiste Orvelin"),
    ("fr", "Washington gèle les avoirs du président du Sénat Paul Henri Dufrène, a annoncé le Trésor.",
     "Paul Henri Dufrène"),
    ("fr", "Ottawa a visé le député de l'Assemblée Marie Claire Dufort et son frère.",
     "Marie Claire Dufort"),
    ("en", "Canberra has blocked the property of one-time Speaker of the Senate Ana Maria Dolenc.",
     "Ana Maria Dolenc"),
    ("en", "London has sanctioned the Governor of the Province Karim Said Talebi, officials said.",
     "Karim Said Talebi"),
])
def test_the_name_is_read_to_its_end(lang: str, text: str, name: str) -> None:
    assert name in _people(text, lang)
    assert name in {m.name for m in find_mentions(text, lang)[0]}
    cut = " ".join(name.split()[:2])
    assert cut not in _people(text, lang)


def test_a_club_with_an_acronym_stays_apart_from_its_owner() -> None:
    text = "Norland listed the owner of Velmar’s Orvek FC Ivan Petrov and his bank on Monday."
    people = _people(text, "en")
    assert "Ivan Petrov" in people
    assert "Orvek FC Ivan Petrov" not in people
