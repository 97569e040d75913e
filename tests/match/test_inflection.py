"""Slavic and Baltic spellings of one name, feminine family names, and a person's name
word two edits away with a letter added or dropped (match/inflection.py, words.py)."""

from __future__ import annotations

import pytest

from listwatch.match.compare import compare_names
from listwatch.match.inflection import baltic_stem, fold, gendered
from listwatch.match.normalize import PERSON, normalize
from listwatch.screening.bounds import upper_bounds


@pytest.mark.parametrize(("a", "b"), [
    ("Vladimiras Putinas", "Vladimir Putin"),      # Lithuanian
    ("Sergejus Lavrovas", "Sergei Lavrov"),
    ("Aleksejs Navaļnijs", "Alexei Navalny"),      # Latvian
    ("Dmitrijs Medvedevs", "Dmitry Medvedev"),
    ("Siergiej Ławrow", "Sergey Lavrov"),          # Polish
    ("Wiktor Janukowycz", "Viktor Yanukovych"),
    ("Julija Navalnaja", "Yulia Navalnaya"),
])
def test_baltic_and_slavic_spellings_of_one_name_match(a, b):
    result = compare_names(a, b, "Person")
    assert result.match, (a, b, result.score)
    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    assert upper_bounds(na, [nb])[0] >= result.score  # screening does not prune it
    assert upper_bounds(nb, [na])[0] >= result.score


def test_fold_and_stems():
    assert fold("lawrow") == fold("lavrov")
    assert fold("siergiej") == fold("sergey")
    assert baltic_stem("putinas", "putin") and baltic_stem("navalnijs", "navalny")
    assert not baltic_stem("putin", "putin")
    assert not baltic_stem("lavrova", "lavrov")  # a feminine form, not a case ending
    assert not baltic_stem("ivanov", "petrov")


@pytest.mark.parametrize(("a", "b"), [
    ("Olga Ivanova", "Olga Ivanov"),
    ("Yulia Navalnaya", "Yulia Navalny"),
    ("Anna Kowalska", "Anna Kowalski"),
])
def test_a_feminine_family_name_is_another_person(a, b):
    assert gendered(a.split()[1].lower(), b.split()[1].lower())
    result = compare_names(a, b, "Person")
    assert not result.match, (a, b, result.score)
    assert "0.55" in result.explanation[0]["detail"]


@pytest.mark.parametrize(("a", "b", "match"), [
    ("Pedro Sancho", "Pedro Sánchez", False),      # a letter added: another surname
    ("Anthony Albano", "Anthony Albanese", False),
    ("Keir Starkey", "Keir Starmer", True),        # two letters changed in place: a typo
    ("Ukhnaagiin Khürelchükh", "Ukhnaagiin Khürelsükh", True),  # one sound, two spellings
])
def test_two_edits_that_change_the_length_make_another_name(a, b, match):
    assert compare_names(a, b, "Person").match is match
