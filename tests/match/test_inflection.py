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


@pytest.mark.parametrize(("a", "b"), [
    ("Orlen", "Orlen Spółka Akcyjna"),
    ("Volvo", "Aktiebolaget Volvo"),
    ("Nokia", "Nokia Osakeyhtiö"),
    ("Koc Holding", "Koç Holding Anonim Şirketi"),
    ("Alrosa", "AK Alrosa PAO"),
    ("Rosneft", "Neftyanaya Kompaniya Rosneft PAO"),    # brand alone, generic words
    ("Samsung", "Samsung Jeonja Jusik Hoesa"),
    ("トヨタ自動車", "Toyota Motor Corporation"),           # own script / English
    ("中国工商银行", "Industrial and Commercial Bank of China"),
    ("Державне підприємство Антонов", "Antonov State Enterprise"),
    ("Научно-производственное объединение Алмаз", "NPO Almaz"),
    ("Нефтяная компания Роснефть", "Rosneft Oil Company"),
])
def test_a_brand_against_its_full_name_in_another_language(a, b):
    result = compare_names(a, b, "Company")
    assert result.match, (a, b, result.score)


@pytest.mark.parametrize(("a", "b"), [
    ("Newton", "Newton Trading FZE"),        # a short word: a surname as often as a brand
    ("Gazprom", "Gazprom Neft PAO"),         # a word that is not generic: another company
    ("Siemens", "Siemens Energy AG"),
])
def test_a_short_or_common_word_alone_is_not_a_brand(a, b):
    assert not compare_names(a, b, "Company").match


def test_four_consonant_acronyms_one_letter_apart_are_other_companies():
    assert not compare_names("GTLK Asia Limited", "GSLK Asia Limited", "Company").match
    assert compare_names("Bank of Chima Limited", "Bank of China Limited", "Company").match


def test_a_series_number_on_one_side_only_is_another_fund():
    long_name = "Russian Direct Investment Fund Management Company"
    assert not compare_names(f"{long_name} IX", long_name, "Company").match
    assert not compare_names(f"{long_name} 7", long_name, "Company").match
    # the next number of a series is one series (the development file's convention)
    assert compare_names("KKR Asian Fund III L.P.", "KKR Asian Fund IV L.P.", "Company").match


def test_a_family_name_cut_short_is_not_another_name():
    # (one starts the other: a field cut it, not another surname of the same stem)
    assert compare_names("FUST Dusan", "FUSTAR, Dusan", "Person").match


@pytest.mark.parametrize(("a", "b"), [
    ("Sergueï Narychkine", "NARYSHKIN Sergei"),       # ch for sh, -ou-, -ï-, final e
    ("Sergueï Narychkine", "Sergey Naryshkin"),
    ("Dmitri Peskov", "Dmitri Peskoff"),              # -off for -ov
    ("Andreï Kostine", "Andrey Kostin"),
    ("Mikhaïl Choufrine", "Mikhail Shufrin"),
    ("Guennadi Timtchenko", "Gennady Timchenko"),     # gu before e, tch for ch
])
def test_french_romanisation_of_a_russian_name_matches(a, b):
    result = compare_names(a, b, "Person")
    assert result.match, (a, b, result.score)
    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    assert upper_bounds(na, [nb])[0] >= result.score  # screening does not prune it
    assert upper_bounds(nb, [na])[0] >= result.score


def test_french_reading_is_a_word_rule_not_a_licence():
    from listwatch.match.inflection import french, french_same

    assert french("narychkine") == "naryshkin" and french("serguei") == "sergey"
    assert french("peskoff") == "peskov" and french("guennadi") == "gennadi"
    assert french("chaika") != "chaika"  # (French ch is English sh ...)
    assert not french_same("chaika", "chaika")
    assert french_same("tchaika", "chaika")  # (... and French tch is English ch)
    assert french("volkov") == "volkov"  # nothing French in it: read as it is
    # another name stays another name, in French spelling or not
    assert not french_same("narychkine", "naryshev")
    assert not compare_names("Sergueï Narychkine", "Sergei Naumov", "Person").match
    assert not compare_names("Michel Chaumont", "Mikhail Shumov", "Person").match
