"""Long vowels of Arabic script against a Latin spelling (``match/matres.py``), and two
names both in Arabic script compared letter by letter: the kinds of false match of names
on no list they remove, and the real transliterations they must keep."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from listwatch.match import commonness
from listwatch.match.compare import compare_names
from listwatch.match.matres import (
    arabic_words,
    consonants_differ,
    name_consonants_differ,
    name_vowels_agree,
    vowels_agree,
)
from listwatch.match.normalize import ORG, PERSON, normalize
from listwatch.match.params import PARAMS
from listwatch.screening.bounds import upper_bounds


def _marked(word: str) -> tuple[str, str]:
    return next(iter(arabic_words(word).values()))


@pytest.mark.parametrize(("arabic", "latin"), [
    ("طارق", "tariq"), ("عزيز", "aziz"), ("حسين", "hussein"), ("حسين", "husayn"),
    ("أسامة", "usama"), ("لادن", "laden"), ("صدام", "saddam"), ("إبراهيم", "ibrahim"),
    ("فاطمه", "fatemeh"), ("محمدی", "mohammadi"), ("يوسف", "yusuf"), ("موسى", "musa"),
    ("حمزة", "hamza"), ("عمر", "omar"), ("الدين", "eddine"), ("روين", "rouine"),
    ("استانکزی", "stanekzai"),
])
def test_long_vowels_written_where_latin_writes_vowels(arabic: str, latin: str) -> None:
    assert vowels_agree(_marked(arabic), latin) is True


@pytest.mark.parametrize(("arabic", "latin"), [
    ("كاملة", "kamal"),  # (a final ta marbuta: Kamila, not Kamal)
    ("محمدی", "mohammad"),  # (a final yaa: Mohammadi)
    ("حسين", "ehsan"),  # (no alif first: Husayn, not Ehsan)
    ("سوميرة", "samir"),
    ("العليان", "luna"),  # (a Latin final vowel, none in Arabic)
    ("قصير", "kasraei"),
])
def test_long_vowels_that_do_not_line_up_make_another_name(arabic: str, latin: str) -> None:
    assert vowels_agree(_marked(arabic), latin) is False


def test_consonants_that_do_not_line_up_give_no_opinion() -> None:
    assert vowels_agree(_marked("جرمان"), "djermane") is None


@pytest.mark.parametrize(("arabic", "latin", "schema"), [
    ("كاملة آل حسين", "AL-HASSAN, Kamal", "Person"),
    ("فاطمه محمدی", "Fatimah Mohammad", "Person"),
    ("حسین محمدی", "MOHAMMADI, Ehsan", "Person"),
    ("خطيب كانو", "WHITE PIGEON", "Organization"),  # (a whole-name skeleton)
    ("عبد الملك الحويطات", "ABDULMALIK AL-HOUTHI", "Person"),  # (-tat is not -thi)
])
def test_an_arabic_name_whose_long_vowels_differ_does_not_match(arabic: str, latin: str,
                                                                 schema: str) -> None:
    result = compare_names(arabic, latin, schema)
    assert not result.match
    assert "long vowels" in result.explanation[0]["detail"]


@pytest.mark.parametrize(("arabic", "latin", "schema"), [
    ("صدام حسين", "Saddam Hussein", "Person"),
    ("أسامة بن لادن", "Usama bin Laden", "Person"),
    ("عبدالرحمان زاهد", "ABDUL RAHMAN ZAHED", "Person"),
    ("جلال الدين حقانى", "JALALUDDIN HAQQANI", "Person"),
    ("انصار الدين", "ANSAR EDDINE", "Organization"),
    ("شیر محمد عباس استانکزی پادشاه خان", "SHER MOHAMMAD ABBAS STANEKZAI PADSHAH KHAN",
     "Person"),
    ("عامر علی چوہدری", "AAMIR ALI CHAUDHRY", "Person"),
])
def test_real_transliterations_keep_matching(arabic: str, latin: str, schema: str) -> None:
    assert compare_names(arabic, latin, schema).match


def test_whole_name_vowels() -> None:
    tokens = normalize("WHITE PIGEON", ORG).tokens
    assert name_vowels_agree("خطيب كانو", tokens) is False
    tokens = normalize("JALALUDDIN HAQQANI", PERSON).tokens
    assert name_vowels_agree("جلال الدين حقانى", tokens) is True


@pytest.mark.parametrize(("a", "b", "schema"), [
    ("القادة SA", "القاعدة", "Organization"),  # (a dropped ع: "the leaders", not al-Qaida)
    ("سلام همدان", "سالم أحمد سالم حمدان", "Person"),  # (Salam / Salim, ه / ح)
    ("حمّاد آل سلطان", "سلطان هاشم أحمد الطائي", "Person"),  # (Hammad / Ahmad)
])
def test_two_arabic_script_names_are_compared_letter_by_letter(a: str, b: str,
                                                               schema: str) -> None:
    result = compare_names(a, b, schema)
    assert not result.match
    assert "letters of the Arabic script differ" in result.explanation[0]["detail"]


def test_the_same_arabic_letters_still_match() -> None:
    assert compare_names("صدام حسين", "صدّام حسين", "Person").score >= 0.98
    assert compare_names("القاعدة", "القاعده", "Organization").match  # (ة / ه)


@pytest.fixture
def lists() -> Iterator[None]:
    """Word counts as the lists give them: Tariq, Aziz, Yahya common."""
    postings = {"tariq": range(40), "aziz": range(60), "yahya": range(50),
                "haqqani": range(30), "mohamed": range(300), "hassan": range(200)}
    postings |= {f"w{i}": range(1) for i in range(1000)}
    commonness.observe(postings, 20_000)
    yield
    commonness.forget()


def test_common_words_agreeing_in_full_tell(lists: None) -> None:
    """Two words whose long vowels agree too are the name written in full, however
    common: Tariq Aziz finds TARIQ AZIZ; a name without long vowels to check does not."""
    assert compare_names("طارق عزيز", "TARIQ AZIZ", "Person").match
    assert compare_names("يحيى حقانی", "YAHYA HAQQANI", "Person").match
    assert not compare_names("محمد حسن", "Mohamed Hassan", "Person").match


@pytest.mark.parametrize(("a", "b"), [
    ("كاملة آل حسين", "AL-HASSAN, Kamal"), ("سلام همدان", "سالم أحمد سالم حمدان"),
    ("طارق عزيز", "TARIQ AZIZ"),
])
def test_the_screening_bound_stays_above(a: str, b: str) -> None:
    from listwatch.match.names import compare_names as raw

    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    assert upper_bounds(na, [nb])[0] >= raw(na, nb).score


def test_the_factors_are_parameters() -> None:
    assert 0 < PARAMS["long_vowels"] < PARAMS["arabic_letter"] < 1


@pytest.mark.parametrize(("a", "b"), [
    ("محمد الحسيني", "محمد الحسينى"),  # (a final ى for ي, as Egyptian spelling writes it)
    ("مصطفى كامل", "مصطفي كامل"),
    ("فاطمة الزهراء", "فاطمه الزهراء"),  # (ة / ه)
    ("أحمد إبراهيم", "احمد ابراهيم"),  # (hamza seats on alif)
    ("مؤمن هانئ", "مومن هاني"),  # (hamza on waw, on yaa)
    ("مُحَمَّد عَلِي", "محمد علي"),  # (vowel signs)
    ("محـــمد علي", "محمد علي"),  # (tatweel)
])
def test_one_arabic_name_spelt_two_ways_is_the_same_name(a: str, b: str) -> None:
    for one, other in ((a, b), (b, a)):
        result = compare_names(one, other, "Person")
        assert result.score >= 0.95, (one, other, result.explanation)
        na, nb = normalize(one, PERSON), normalize(other, PERSON)
        from listwatch.match.names import compare_names as raw

        assert upper_bounds(na, [nb])[0] >= raw(na, nb).score


def test_a_word_spelt_two_ways_inside_a_longer_name_still_agrees() -> None:
    result = compare_names("محمد علي الحسيني", "محمد الحسينى", "Person")
    assert result.score >= 0.85
    assert "alhsyny=alhsyny" in result.explanation[0]["detail"]
    # (عدى is a name, عدي, not the particle ``da`` its final ى would read in Latin)
    result = compare_names("عدى صدام حسين التكريتى", "صدام حسين التكريتي", "Person")
    assert "extra: dy" in result.explanation[0]["detail"]


def test_vowel_signs_are_read_off() -> None:
    assert normalize("مُحَمَّد", PERSON).tokens == normalize("محمد", PERSON).tokens
    assert normalize("שָׁלוֹם", PERSON).tokens == normalize("שלום", PERSON).tokens


def test_a_word_with_many_variant_letters_keeps_the_bound() -> None:
    a, b = normalize("مسؤولى مؤئل", PERSON), normalize("مسوولي مويل", PERSON)
    from listwatch.match.names import compare_names as raw

    assert raw(a, b).score >= 0.95
    assert upper_bounds(a, [b])[0] >= raw(a, b).score


@pytest.mark.parametrize(("a", "b"), [
    ("نضال الألجاوي", "نضال الربيعي"), ("منصور الهدمي", "منصور السعادي"),
    ("يوسف القضماني", "يوسف المداني"), ("زكريا الجابر", "زكريا الصبار"),
])
def test_two_arabic_names_sharing_one_word_are_two_people(a: str, b: str) -> None:
    result = compare_names(a, b, "Person")
    assert not result.match, result.explanation
    assert "another name" in result.explanation[0]["detail"]


def test_an_arabic_name_misspelt_among_agreeing_words_still_matches() -> None:
    assert compare_names("عبد الفتاح السري", "عبد الفتاح السيسي", "Person").match


# -- letters the consonant skeleton reads as one, which Latin spellings keep apart ------

@pytest.mark.parametrize(("arabic", "latin"), [
    ("حسام", "hazim"),  # (س is s: Hazim writes حازم)
    ("يزيد", "assad"),  # (ز is z)
    ("حوالة", "khalil"),  # (ح is h: Khalil writes خليل)
])
def test_a_letter_read_like_another_is_another_name(arabic: str, latin: str) -> None:
    assert consonants_differ(arabic, latin)


@pytest.mark.parametrize(("arabic", "latin"), [
    ("حسام", "hussam"), ("حازم", "hazim"), ("عزيز", "aziz"), ("خليل", "khalil"),
    ("خالد", "khaled"), ("خالد", "halid"),  # (Turkish writes h for خ)
    ("الصادق", "al-sadiq"), ("رمزي", "ramzi"), ("حسن", "hassan"),
    ("محمد", "mohamed"), ("سعد", "sad"),
])
def test_spellings_of_one_name_keep_their_letters(arabic: str, latin: str) -> None:
    assert not consonants_differ(arabic, latin.replace("-", ""))


def test_other_letters_in_whole_names() -> None:
    # the whole-name skeleton (words joined) read letter by letter
    assert name_consonants_differ("حسام آل الشيخ", ("hazim", "elashi"))
    assert name_consonants_differ("عبد الحق مهنا", ("abdul", "hakim", "al", "khaiwani"))
    assert not name_consonants_differ("محمد زاهد", ("mohammad", "zahid"))
    assert not name_consonants_differ("عبد الرحمن", ("abdul", "rahman"))


@pytest.mark.parametrize(("arabic", "latin"), [
    ("حسام آل الشيخ", "HAZIM ELASHI"),
    ("قحطان حوالة", "KHALIL, Qahtan"),
    ("يزيد العوازم", "AL-ASSAD, Wassim"),
    ("نديم فصيل", "NADEEM, Faisal"),  # (Latin ai: Arabic writes ي, فيصل)
    ("یاسین عبدالعلی", "Issene Abdoulaye"),  # (ل ع ل: two l's, Latin one)
])
def test_arabic_names_on_no_list_meet_no_latin_name(arabic: str, latin: str) -> None:
    assert not compare_names(arabic, latin, "Person").match
    _bound_holds(arabic, latin)


@pytest.mark.parametrize(("arabic", "latin"), [
    ("محمد زاهد", "MOHAMMAD ZAHID"), ("محمد يعقوب", "MOHAMMAD YAQOUB"),
    ("فيصل محمد", "Faisal Mohammed"), ("نديم حسين", "NADEEM, Hussain"),
    ("حسين زمانی", "ZAMANI, Hussein"), ("خليل قحطان", "KHALIL, Qahtan"),
    ("عبدالعلی حسینی", "ABDOLALI HOSSEINI"),  # (ل ع ل: Latin writes l twice too)
])
def test_the_same_names_keep_matching(arabic: str, latin: str) -> None:
    assert compare_names(arabic, latin, "Person").match


@pytest.mark.parametrize(("arabic", "latin"), [
    ("فصيل", "faisal"),  # (ai: a diphthong Arabic writes)
    ("نديم", "nadm"),
])
def test_a_long_vowel_latin_writes_twice_is_written(arabic: str, latin: str) -> None:
    assert vowels_agree(_marked(arabic), latin) is False


def _bound_holds(a: str, b: str) -> None:
    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    from listwatch.match.names import compare_names as raw

    assert upper_bounds(na, [nb])[0] >= raw(na, nb).score


def test_a_word_ending_with_a_long_vowel_writes_it_in_a_whole_name() -> None:
    # (أبو: Abu; against Abdul the whole-name skeleton agrees, b-d, and the u is not there)
    assert name_vowels_agree("أبو داوود-الجابر", ("abdul", "jabbar")) is False
    assert not compare_names("أبو داوود-الجابر", "JABBAR, Abdul", "Person").match
    assert name_vowels_agree("أبو بكر", ("abubakr",)) is not False
    assert compare_names("أبو بكر البغدادي", "ABU BAKR AL-BAGHDADI", "Person").match
