"""An Arabic-script name against a Latin one, read word by word under the whole-name
skeleton (``match/wordblocks.py``), long vowels of one quality where the Latin writes
another (``match/matres.py``), and one word agreeing with the other only loose across
scripts: the false matches of invented Persian and Arabic names they remove, and the
real lists' own pairs they must keep."""

from __future__ import annotations

import pytest

from listwatch.match.compare import compare_names
from listwatch.match.matres import arabic_words, vowels_agree
from listwatch.match.normalize import PERSON, normalize
from listwatch.match.persian import persian_reading
from listwatch.match.wordblocks import word_blocks
from listwatch.screening.bounds import upper_bounds


def _marked(word: str) -> tuple[str, str]:
    return next(iter(arabic_words(word).values()))


def _blocks(arabic: str, latin: str) -> list | None:
    return word_blocks(normalize(arabic, PERSON).tokens, normalize(latin, PERSON).tokens)


def test_words_split_alike_or_joined_on_one_side_line_up() -> None:
    assert _blocks("محمدجواد زارع", "MOHAMMAD JAWAD WAZIRI") == [
        (0, 1, ("mohammad", "jawad")), (1, 2, ("waziri",))]
    # (the article written with the next word in Arabic, glued to ``Abd`` in Latin)
    assert _blocks("عبدالغنی برادر عبد الاحمد ترک",
                   "ABDUL GHANI BARADAR ABDUL AHMAD TURK") is not None
    # (ط and ه romanised side by side read ``th``)
    assert _blocks("احمد طه خالد عبد القادر", "AHMAD TAHA KHALID ABDUL QADIR") is not None


def test_words_that_agree_only_across_their_boundaries_do_not_line_up() -> None:
    # (Mireille takes Ali's l; Chahine starts inside Lachini)
    assert _blocks("امیر علی لاچینی", "CHAHINE, Mireille") is None


@pytest.mark.parametrize(("arabic", "latin"), [
    ("كافور", "gaffar"),  # (و where the Latin writes only a: Kafur)
    ("حسين", "hassan"),  # (ي: Husayn, not Hassan)
    ("بنان", "panin"),  # (an alif where the Latin writes i, before n written twice)
    ("اشرفی", "zhirova"),  # (an alif before ش and a vowel after it in the Latin)
])
def test_a_long_vowel_the_latin_does_not_write_makes_another_word(arabic: str,
                                                                  latin: str) -> None:
    assert vowels_agree(_marked(arabic), latin) is False


@pytest.mark.parametrize(("arabic", "latin"), [
    ("بلكلام", "belkalem"), ("كمال", "kamel"),  # (Maghrebi e for an alif)
    ("مصطفی", "mostafa"),  # (Persian ی writing a final a)
    ("حسين", "hussain"), ("داود", "dawood"), ("حیدر", "haidar"), ("اشتیه", "shtayyeh"),
])
def test_spellings_of_one_name_keep_agreeing(arabic: str, latin: str) -> None:
    assert vowels_agree(_marked(arabic), latin) is not False


@pytest.mark.parametrize(("arabic", "latin"), [
    ("النا اشرفی", "ZHIROVA, Elena"),
    ("امیر علی لاچینی", "CHAHINE, Mireille"),
    ("محمدجواد زارع", "MOHAMMAD JAWAD WAZIRI"),
    ("كافور آل حسين", "EL HASSAN, Gaffar Mohmed"),
    ("بنان كندة", "PANIN, Gennadiy Olegovich"),
    ("محمدعلي منصوری", "MANSURI, Mehdi"),  # (one word agrees, the other loosely)
    ("ستایش زرغامی", "ZARGHAMI, Ezzatollah"),
    ("علیرزا هومن", "AMIN, Alireza"),
])
def test_invented_names_do_not_match_listed_ones(arabic: str, latin: str) -> None:
    assert not compare_names(arabic, latin, "Person").match


@pytest.mark.parametrize(("arabic", "latin"), [
    ("عبدالغنی برادر عبد الاحمد ترک", "ABDUL GHANI BARADAR ABDUL AHMAD TURK"),
    ("احمد طه خالد عبد القادر", "AHMAD TAHA KHALID ABDUL QADIR"),
    ("حامد عبد الله أحمد العلي", "HAMID ABDALLAH AHMAD AL-ALI"),
    ("محمد بلكلام", "MOHAMED BELKALEM"),
    ("طارق عزيز", "TARIQ AZIZ"), ("سيفي عماري", "SAIFI AMMARI"),
    ("عبدالغفار قریشی عبد الغنی", "ABDUL GHAFAR QURESHI ABDUL GHANI"),
])
def test_the_lists_own_pairs_keep_matching(arabic: str, latin: str) -> None:
    assert compare_names(arabic, latin, "Person").match


def test_a_persian_v_is_also_a_w() -> None:
    """The Persian reading writes و as ``v`` (Vali); an Afghan name is written Wali."""
    reading = persian_reading("نذیر الله حنفى ولى الله")
    assert reading is not None
    assert compare_names(reading, "NAZIRULLAH HANAFI WALIULLAH", "Person").match


@pytest.mark.parametrize(("a", "b"), [
    ("امیر علی لاچینی", "CHAHINE, Mireille"), ("محمدعلي منصوری", "MANSURI, Mehdi"),
    ("كافور آل حسين", "EL HASSAN, Gaffar Mohmed"),
])
def test_the_screening_bound_stays_above(a: str, b: str) -> None:
    from listwatch.match.names import compare_names as raw

    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    assert upper_bounds(na, [nb])[0] >= raw(na, nb).score
