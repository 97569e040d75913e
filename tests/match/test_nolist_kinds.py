"""Kinds of false matches of names on no list (bench/bench_nolist.py), one test each, and
the true matches of the same shape each fix must keep."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from listwatch.match import commonness
from listwatch.match.compare import compare_names
from listwatch.match.normalize import ORG, PERSON, normalize
from listwatch.match.scorer import Scorer
from listwatch.screening.bounds import upper_bounds


def _score(a: str, b: str, schema: str = "Person") -> float:
    return compare_names(a, b, schema).score


def _bounded(a: str, b: str, kind: str = PERSON) -> None:
    """Screening's bound stays at or above the score (it prunes nothing it should keep)."""
    na, nb = normalize(a, kind), normalize(b, kind)
    from listwatch.match.names import compare_names as raw

    assert upper_bounds(na, [nb])[0] >= raw(na, nb).score


@pytest.fixture
def lists() -> Iterator[None]:
    """Word counts as the lists give them: Mohamed, Hassan, Ali in many names."""
    postings = {"mohamed": range(300), "hassan": range(200), "ali": range(500),
                "kim": range(80),
                "kamal": range(3), "tariq": range(4), "aziz": range(60),
                "majid": range(40), "tikriti": range(150)}
    postings |= {f"w{i}": range(1) for i in range(1000)}
    commonness.observe(postings, 20_000)
    yield
    commonness.forget()


# -- names in Arabic or Hebrew script against Latin ones ---------------------------------

def test_an_arabic_name_read_as_a_latin_title_is_kept():
    # عمر (Omar) reads "mr": a name, not "Mr"
    assert normalize("عمر البشير", PERSON).tokens[0] == "mr"
    assert normalize("Mr Omar Bashir", PERSON).tokens == ("omar", "bashir")


def test_a_stopword_word_from_a_consonant_script_still_costs():
    # עאמר reads "mr": the word is there, a one-letter skeleton (Dave ~ ידו) says nothing
    assert not compare_names("עידו עאמר", "Dave", "Person").match
    assert not compare_names("הודיה עמר", "VAHID", "Person").match


def test_a_short_whole_name_skeleton_is_chance():
    # slmt: four letters, from two words, against one
    assert not compare_names("سالم طه", "SOLMATE", "Organization").match
    _bounded("سالم طه", "SOLMATE")
    # a compound split differently keeps its skeleton
    assert compare_names("عبدالرحمن", "Abdul Rahman", "Person").match


def test_a_short_skeleton_among_many_agreeing_words_is_the_same_name():
    # تاهر reads thr: two written letters, but three more words agree
    assert compare_names("طاهر جليل حبوش التكريتي", "TAHIR JALIL HABBUSH AL-TIKRITI",
                         "Person").match


def test_a_generic_word_is_no_part_of_a_whole_name_skeleton():
    assert not compare_names("الامام Group", "ELEM GROUP", "Organization").match


def test_arabic_script_has_no_initials():
    # دعاء reads "d": not the initial of داوود
    assert not compare_names("جرّاح أبو داوود", "أبو دعاء", "Person").match


def test_an_acronym_needs_one_script():
    assert not compare_names("عباس صارمی", "BS OOO", "Organization").match
    assert compare_names("BS", "BANK SEPAH", "Organization").score >= 0.8


def test_common_words_only_agreeing_across_scripts_do_not_match(lists):
    weak = compare_names("محمّد هوازن", "Mohamed Hassan", "Person")
    assert not weak.match
    assert "only common words" in weak.explanation[0]["detail"]
    _bounded("محمّد هوازن", "Mohamed Hassan")


def test_without_lists_no_word_is_common():
    assert not commonness.is_active()
    assert not commonness.is_common("mohamed")


def test_common_words_read_by_their_phonetic_key(lists):
    assert commonness.is_common("Mohamed".lower())
    assert commonness.is_common("mohammed")  # (same phonetic skeleton)
    assert not commonness.is_common("kamal")
    assert commonness.count("hassan") == 200


def test_common_keys_counted_once_answer_as_counting_on_first_use(lists):
    # (an index counts them when built and keeps them: is_common then counts nothing)
    source = commonness._SOURCE[0]
    assert source is not None
    postings, names = source
    words = ["mohamed", "mohammed", "hassan", "ali", "kim", "kamal", "aziz", "w7", "zzz"]
    lazy = [commonness.is_common(w) for w in words]
    common = commonness.common_counts(postings, names)
    assert set(common.values()) and min(common.values()) >= 20
    commonness.observe(postings, names, common)
    assert commonness._SOURCE[0] is not None and commonness._LEAST[0] > 0
    assert [commonness.is_common(w) for w in words] == lazy
    assert not commonness._COUNTS  # (nothing counted for it)
    assert lazy == [True, True, True, True, True, False, True, False, False]
    assert commonness.count("hassan") == 200 and commonness.count("kamal") == 3


def test_a_rare_word_or_many_words_still_tell(lists):
    # a rare word agreeing across scripts
    assert compare_names("طارق عزيز", "TARIQ AZIZ", "Person").match
    # many common words together make a rare name
    assert compare_names("علي حسن المجيد التكريتي", "ALI HASSAN AL-MAJID AL-TIKRITI",
                         "Person").match


def test_a_korean_name_of_common_syllables_still_matches_its_romanisation(lists):
    # each syllable agrees as the romanisations differ (Jeong / Jong): three together tell
    assert compare_names("김정은", "Kim Jong Un", "Person").match


def test_a_misspelt_rare_word_still_tells(lists):
    assert compare_names("Ali Velayatti", "Ali VELAYATI", "Person").match


def test_a_misspelt_common_word_alone_does_not_tell(lists):
    # persons only agreeing on common words, one of them loosely
    assert not compare_names("Mohamed Hasan", "Mohamad Hassan", "Person").match or \
        _score("Mohamed Hasan", "Mohamad Hassan") < 0.9


# -- short names in another script ---------------------------------------------------

@pytest.mark.parametrize(("a", "b"), [
    ("мить AG", "MIT AG"),          # Cyrillic, 3 letters
    ("για Inc", "GIA"),             # Greek
    ("خاک PLC", "KHK"),             # Persian
    ("साहा GmbH", "SAHA"),          # Devanagari
])
def test_a_short_word_in_another_script_is_not_a_latin_name(a, b):
    assert not compare_names(a, b, "Organization").match


def test_two_han_characters_of_a_person_do_not_match_a_latin_name():
    # (a Latin name sharing the family name, or reading more: another person; the
    # name's own reading, every syllable, is the name: ``test_generalisation``)
    assert not compare_names("张健", "ZHANG, Jianguo", "Person").match
    assert not compare_names("陈东", "CHEN, Dan", "Person").match
    assert not compare_names("陈东", "Dong Chen Wei", "Person").match
    # three characters still do; a company's two characters still do
    assert compare_names("习近平", "Xi Jinping", "Person").match
    assert compare_names("小米", "XIAOMI", "Organization").match


# -- Latin names -----------------------------------------------------------------------

def test_a_particle_on_one_side_is_a_weak_extra_word():
    # Lê is a Vietnamese family name: John Lê is not the one-word alias John
    assert not compare_names("John Lê", "John", "Person").match
    assert compare_names("Ludwig van Beethoven", "Ludwig Beethoven", "Person").match
    assert compare_names("Osama bin Laden", "Usama bin Muhammad ibn Awad ibn Ladin",
                         "Person").score > 0.65


@pytest.mark.parametrize(("a", "b"), [
    ("Ryan Hernandez", "HERNANDEZ, Adan"),
    ("Ronald Rice", "COSMAN, Ronald Eric"),
    ("Mary Smith", "SAMMY SMITH"),
])
def test_two_edits_in_a_four_letter_word_make_another_name(a, b):
    assert not compare_names(a, b, "Person").match
    _bounded(a, b)


def test_a_word_cut_short_is_not_two_edits_of_another():
    assert compare_names("FUST Dusan", "FUSTAR, Dusan", "Person").match


def test_two_letter_words_with_another_consonant_are_other_words():
    assert not compare_names("señora SA", "LA SENORA", "Person").match
    # a vowel changed in a syllable is still a typo
    assert compare_names("Kim Jong On", "Kim Jong Un", "Person").match


def test_one_word_person_names_agreeing_by_an_edit_are_two_people():
    assert not compare_names("Fritsch", "Fritz", "Person").match
    assert not compare_names("Zahn", "ZAYN, Hajj", "Person").match
    assert compare_names("Hanniball", "Hannibal", "Person").match  # (sounds the same)


def test_one_company_word_with_legal_forms_of_other_kinds():
    baum = compare_names("Baum AG", "BAUM PVT LTD", "Company")
    assert not baum.match
    assert "legal forms of other kinds" in baum.explanation[0]["detail"]
    assert not compare_names("Day GmbH", "DAY COMPANY", "Company").match
    assert not compare_names("Cochran Inc", "COCHAN S.A.", "Company").match
    # the same form, or a brand (long, rare) with another form, still match
    assert compare_names("Baum AG", "BAUM AG", "Company").match
    assert compare_names("Rosneft PAO", "ROSNEFT OIL COMPANY OJSC", "Company").score >= 0.7
    assert compare_names("Appel Inc.", "Apple Inc.", "Company").match


def test_a_company_is_not_a_vessel():
    scorer = Scorer()
    viana = scorer.compare({"name": "Viana S.A."}, {"schema": "Vessel", "name": "VIANA"})
    assert not viana.match
    # a ship's prefix is no legal form
    assert scorer.compare({"schema": "Vessel", "name": "Hellenic Spirit"},
                          {"schema": "Vessel", "name": "MV Hellenic Spirit"}).match


@pytest.mark.parametrize(("a", "b"), [
    ("gần GmbH", "GAN"),  # (Vietnamese tones: gần is "near")
    ("sẽ Co., Ltd.", "SE"),
    ("jít AG", "Jit"),  # (three letters: the accent is much of the word)
])
def test_a_short_word_with_other_accents_is_another_word(a: str, b: str) -> None:
    result = compare_names(a, b, "Organization")
    assert not result.match
    assert "other accents" in result.explanation[0]["detail"]


@pytest.mark.parametrize(("a", "b"), [
    ("Škoda", "SKODA JSC"), ("Nestlé", "NESTLE S.A."), ("Sông Đà JSC", "SONG DA"),
])
def test_accents_a_list_leaves_out_still_match(a: str, b: str) -> None:
    assert compare_names(a, b, "Organization").match


def test_one_common_short_word_with_a_form_on_one_side_is_a_namesake_at_most() -> None:
    commonness.observe({"martin": range(60), "gazprom": range(90),
                        **{f"w{i}": range(1) for i in range(1000)}}, 20_000)
    try:
        result = compare_names("Martin PLC", "Martin", "LegalEntity")
        assert not result.match
        assert "common in the lists (martin)" in result.explanation[0]["detail"]
        assert compare_names("Gazprom", "PAO Gazprom", "Organization").match  # (a brand)
        assert compare_names("Martin", "Martin", "LegalEntity").match  # (the same name)
    finally:
        commonness.forget()


@pytest.mark.parametrize(("a", "b"), [
    ("은정 김", "KIM, Jong Un"),  # (Eun-jeong, not Jeong-eun)
    ("광수 김", "KIM, Su-Kwang"),
])
def test_korean_given_name_syllables_in_another_order(a: str, b: str) -> None:
    result = compare_names(a, b, "Person")
    assert not result.match
    assert "another order" in result.explanation[0]["detail"]


@pytest.mark.parametrize(("a", "b"), [
    ("김정은", "KIM, Jong Un"), ("성훈 김", "KIM, Song Hun"), ("习近平", "Xi Jinping"),
])
def test_the_family_name_may_stand_first_or_last(a: str, b: str) -> None:
    assert compare_names(a, b, "Person").match


@pytest.mark.parametrize(("a", "b", "schema"), [
    ("Jane Hoàng", "JANE SHANG CO., LIMITED", "Organization"),
    ("Viktor Vacek", "VIKTOR BAKAEV", "Vessel"),
    ("Breton JSC", "AKTSIONERNOE OBSHCHESTVO PROTON", "Organization"),
    ("Sergej Viktorovich Navros", "Sergey Viktorovich LAVROV", "Person"),
])
def test_two_edits_and_another_first_consonant_make_another_word(a: str, b: str,
                                                                 schema: str) -> None:
    assert not compare_names(a, b, schema).match


@pytest.mark.parametrize(("a", "b"), [
    ("AL-UBAYDI, Ahmad Hassan Kaka", "AL-OBEIDI, Ahmed Hassan Kaka"),  # (first vowels)
    ("REZA-GHOLI ESMAELI", "Reza-Gholi Ismaili"),
])
def test_first_vowels_vary_with_the_transliteration(a: str, b: str) -> None:
    assert compare_names(a, b, "Person").match


def test_a_word_cut_short_by_three_letters_is_another_name() -> None:
    assert not compare_names("Francis Morris", "MORRISSEY, John Francis", "Person").match
    assert compare_names("Mahm Abbas", "Mahmoud Abbas", "Person").match  # (cut by two)


def test_a_whole_name_skeleton_reads_each_word_on_its_own() -> None:
    """A digraph never spans two words: محمد هدایت (mhmd hdyt) is not HAWWAT, Muhammad
    through a ``dh`` made of the first word's last letter and the next one's first."""
    from listwatch.match.crossscript import skeletons

    assert skeletons(("mhmd", "hdyt"), True) == {"mhmdhdt"}
    assert not compare_names("محمد هدایت", "HAWWAT, Muhammad", "Person").match


def test_hebrew_long_vowels_count_too() -> None:
    result = compare_names("שירה שמיר", "AL-SHA'IR, Samir", "Person")
    assert not result.match
    assert "long vowels of the Hebrew script" in result.explanation[0]["detail"]


# --- fifth pass: one-word persons, a second family name, h's the Latin writes, names
# split otherwise, family names alone, first letters in Cyrillic ---------------------


@pytest.mark.parametrize(("a", "b"), [("Monnier", "JONNIER"), ("Bellamy", "KELLAMY"),
                                      ("Reuter", "ROUTER")])
def test_a_one_word_person_name_with_another_first_letter_is_another_name(a, b):
    result = compare_names(a, b, "Person")
    assert result.score < 0.7
    assert "one word is the whole name" in result.explanation[0]["detail"]
    _bounded(a, b)


@pytest.mark.parametrize(("a", "b"), [("Sukarno", "Sukamto"), ("Khamenei", "Khamenie"),
                                      ("Schwarzenegger", "Schwarzeneger")])
def test_a_one_word_person_name_misspelt_keeps_its_match(a, b):
    # (rn read as m, neighbours swapped, a letter written once: typos, not other names)
    assert _score(a, b) >= 0.7


@pytest.mark.parametrize(("a", "b"), [
    ("Juan Barbosa", "LOPERA BARBOSA, Juan Carlos"),
    ("Lucia Ortega", "PEREZ ORTEGA, Lucia Maria"),
])
def test_the_second_family_name_alone_is_another_person(a, b):
    result = compare_names(a, b, "Person")
    assert result.score < 0.7
    assert "second of two" in result.explanation[0]["detail"]
    _bounded(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Pedro Sanchez", "SANCHEZ MEDRANO, Pedro"),  # the father's family name: a short form
    ("Juan Lopera Barbosa", "LOPERA BARBOSA, Juan Carlos"),
])
def test_the_first_family_name_keeps_its_match(a, b):
    assert _score(a, b) >= 0.7
    assert "second of two" not in compare_names(a, b, "Person").explanation[0]["detail"]


@pytest.mark.parametrize(("a", "b"), [
    ("مائده هاشمی", "MEHDI HASHEMI"),  # a final ه that writes a vowel against Mehdi's h
    ("زكية المملوك", "ISHAQ, Malik"),  # ة against Ishaq's h
    ("شعيب العوازم", "SAHIB, Hashmi"),  # no h at all against Hashmi's
])
def test_an_h_the_latin_writes_and_the_arabic_does_not_is_another_word(a, b):
    result = compare_names(a, b, "Person")
    assert result.score < 0.7
    assert "an h the Latin writes" in result.explanation[0]["detail"]
    _bounded(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("محمد طاهر حامد حسين", "MOHAMMAD TAHIR HAMMID HUSSEIN"),  # ط and ه read "th"
    ("طه ياسين رمضان الجزراوي", "TAHA YASSIN RAMADAN AL-JIZRAWI"),  # a final ه is an h
    ("ابراهيم", "Ibraim"),  # an h the Latin leaves out: no penalty of this rule
])
def test_h_where_the_arabic_writes_it_keeps_the_word(a, b):
    assert "an h the Latin writes" not in compare_names(a, b, "Person").explanation[0]["detail"]
    if " " in a:
        assert _score(a, b) >= 0.7


def test_two_words_split_otherwise_are_not_one_name_by_their_skeleton():
    # mhs-nrs against mhsn-rs: the whole name's consonants agree, its words do not
    result = compare_names("مهسا نوروزی", "REZA'I, Mohsen", "Person")
    assert result.score < 0.7
    assert "split otherwise" in result.explanation[0]["detail"]
    _bounded("مهسا نوروزی", "REZA'I, Mohsen")


@pytest.mark.parametrize(("a", "b", "schema"), [
    ("أنصار الاسلام", "ANSARUL ISLAM", "Organization"),  # the article glued to a word
    ("عبد العزيز محمد", "Abdul Aziz Mohammed", "Person"),  # a compound of two words
    ("سيف الله بن عمر بن محمد بنحسين", "SEIFALLAH BEN OMAR BEN MOHAMED BEN HASSINE",
     "Person"),  # a long name: its words agree together
])
def test_a_whole_name_skeleton_of_words_split_alike_keeps_its_match(a, b, schema):
    assert _score(a, b, schema) >= 0.7


@pytest.mark.parametrize(("a", "b"), [("Mayer-Davis", "David Mayer"),
                                      ("Davies, Campbell and Shaw", "CAMPBELL, David"),
                                      ("Jones-Wilson", "WILSON, Joseph")])
def test_family_names_alone_against_a_given_name(a, b):
    result = compare_names(a, b, "Person")
    assert result.score < 0.7
    assert "family names alone" in result.explanation[0]["detail"]
    _bounded(a, b)


@pytest.mark.parametrize(("a", "b"), [("Mayer-Davis", "MAYER-DAVIS, Paul"),
                                      ("Jones-Wilson", "Peter Jones-Wilson")])
def test_family_names_against_the_same_family_names_keep_their_match(a, b):
    assert "family names alone" not in compare_names(a, b, "Person").explanation[0]["detail"]


def test_a_cyrillic_family_name_with_another_first_letter_is_another_name():
    # Кулаков / BULGAKOV: two edits, one of them the first letter, as in Latin letters
    assert _score("Вадим Кулаков", "BULGAKOV, Vadim Viktorovich") < 0.7
    _bounded("Вадим Кулаков", "BULGAKOV, Vadim Viktorovich")
    # a transliteration's first letter (Е / Ye, Х / Kh) is no other name
    assert _score("Ефим Ходорковский", "Yefim KHODORKOVSKY") >= 0.7


def test_a_legal_form_beside_arabic_script_is_no_person_by_skeleton():
    # (در‌نظر AG is a company's name: its skeleton says nothing of a listed person; as
    # organisations the two still meet on it, where the Latin writes no vowel در does
    # not: Daour writes two between d and r, a letter in Arabic script)
    assert _score("در\u200cنظر AG", "Daour Nadre", "Person") < 0.7
    assert _score("در\u200cنظر AG", "Dar Nadre", "Person") < 0.7
    assert _score("در\u200cنظر AG", "Dar Nadre", "Organization") >= 0.7
    assert _score("در\u200cنظر AG", "Daour Nadre", "Organization") < 0.7


def test_a_short_skeleton_read_across_boundaries_on_both_sides_is_chance():
    # bs-smsr against b-sm-msr: a letter read once for two words on each side
    assert _score("عباس سمسار", "Abu Osama al-Masri") < 0.7
    _bounded("عباس سمسار", "Abu Osama al-Masri")


def test_a_consonant_more_at_an_end_across_scripts_is_another_word():
    # محمدعلي is Mohammad and Ali written as one word
    result = compare_names("محمدعلي سلطانی", "SOLTANI, Mohammad", "Person")
    assert result.score < 0.7
    assert "a consonant more at one end" in result.explanation[0]["detail"]
    _bounded("محمدعلي سلطانی", "SOLTANI, Mohammad")
    assert _score("محمد سلطانی", "SOLTANI, Mohammad") >= 0.7


@pytest.mark.parametrize(("a", "b", "keeps"), [
    ("توفيق آل خضير", "KHADOUR, Tawfiq Muhammad", False),  # ي where the Latin writes ou
    ("توفيق آل خضير", "KHUDAIR, Tawfiq", True),
    ("فيروز جهانی", "Firouz JAHANI", True),  # ي for i, و for ou
    ("مروان الحسيني", "Marwan AL-HUSSEINI", True),
    ("محمّد كانو", "AL-KANI, Mohamed", False),  # و last where the Latin writes i
    ("محمّد كانو", "Mohamed Kano", True),
    ("هيثم الكيني", "Haythem al-Kini", True),
    ("محمد زارعی", "SARWAR, Muhammad", False),  # r written again in Latin only
    ("محمد سرور", "SARWAR, Muhammad", True),
])
def test_a_long_vowel_of_another_quality_is_another_word(a, b, keeps):
    result = compare_names(a, b, "Person")
    assert (result.score >= 0.7) is keeps
    if not keeps:
        assert "long vowels" in result.explanation[0]["detail"]
        _bounded(a, b)


def test_family_names_alone_in_arabic_script_against_a_given_name():
    # (Faker's ar_AA company الدجاني-عنس: its second part met the initials N.S.)
    result = compare_names("الدجاني-عنس", "AL-DAJANI, Leila N.S.", "Person")
    assert result.score < 0.7
    assert "family names alone" in result.explanation[0]["detail"]


def test_a_short_skeleton_read_across_a_boundary_on_one_side():
    # hl-lchn against h-l-chn: the l read once for two words of the Persian name only
    assert _score("هليا لاچینی", "Hao Li Chen") < 0.7
    # SADUDDIN writes its d twice: the compound read joined still agrees
    assert _score("سعد الدين سيد", "SADUDDIN SAYYED") >= 0.7
    # ... but a letter twice elsewhere (Mohammed's m) does not: طاها is lost at its
    # boundaries (mhmd-t-tl against mhmd-tl)
    assert _score("محمد طاها طلوعی", "AL-TAL, Mohammed") < 0.7
    _bounded("محمد طاها طلوعی", "AL-TAL, Mohammed")
    assert _score("محمد طاها", "Mohammed Taha") >= 0.7


def test_alif_alone_where_the_latin_writes_a_glide():
    # حاتم (Hatem) against HAYTHEM: the Latin's ay is ي, which the Arabic does not write
    assert _score("حاتم كانو", "Haythem al-Kini") < 0.7
    assert _score("هيثم الكيني", "Haythem al-Kini") >= 0.7


def test_a_short_arabic_word_with_other_consonants_is_a_differing_word():
    result = compare_names("سجاد معین", "MIR, Sajjid", "Person")
    assert result.score < 0.7
    assert "other consonants" in result.explanation[0]["detail"]
    _bounded("سجاد معین", "MIR, Sajjid")


def test_a_legal_form_on_one_side_is_a_company_against_a_person():
    result = compare_names("Öcalan Duran Şti.", "KALKAN, Duran", "Person")
    assert result.score < 0.7
    assert "a company against a person" in result.explanation[0]["detail"]
    _bounded("Öcalan Duran Şti.", "KALKAN, Duran")
    # two letters may be a name word (Nguyen Van Sa): no penalty
    assert "a company against a person" not in compare_names(
        "Nguyen Van Sa", "NGUYEN, Van", "Person").explanation[0]["detail"]


def test_al_is_a_short_form_first_in_a_name_only():
    assert _score("Alan Beier", "Muhammed El Besir") < 0.7  # an article inside a name
    assert _score("Al Kogan", "Alexander KOGAN") >= 0.7


def test_arabic_family_names_after_al_against_a_given_name():
    # (آل علي-آل حسين: two families, a company's name; علي is the listed person's given
    # name, Arabic names put it first)
    result = compare_names("آل علي-آل حسين", "علي صدام حسين التكريتي", "Person")
    assert result.score < 0.7
    assert "family names alone" in result.explanation[0]["detail"]
    _bounded("آل علي-آل حسين", "علي صدام حسين التكريتي")


@pytest.mark.parametrize(("a", "b"), [
    ("Carolina Fernandes", "FERNANDEZ GONZALEZ, Carolina"),
    ("Marc Taylor", "TAYLOR, Mark John"),
    ("Bernard Clarke", "CLANCY, Bernard Patrick"),
    ("Édgar Blasco", "BLANCO PUERTA, Edgar Fernando"),
    ("Фаина Назарова", "NAZAROVA, Alina Sergeyevna Petrova"),
])
def test_part_of_a_name_agreeing_loosely_is_weak(a, b):
    result = compare_names(a, b, "Person")
    assert result.score < 0.7, result.explanation
    assert "part of the name agrees, and loosely" in result.explanation[0]["detail"]
    _bounded(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Osama bin Laden", "Usama bin Muhammad bin Awad BIN LADIN"),  # (vowels: romanised)
    ("AL-DARI, Harith Sulayman", "AL DARI, Hareth"),
    ("Vladimir Pudin", "PUTIN, Vladimir Vladimirovich"),  # (a patronymic more)
    ("Bob Wilson", "WILSON, Robert James"),  # (a short form, not a misspelling)
    ("Carolina Fernandez", "FERNANDEZ GONZALEZ, Carolina"),  # (part, as written)
    ("Carolina Fernandes Gonzalez", "FERNANDEZ GONZALEZ, Carolina"),  # (whole, misspelt)
])
def test_a_romanisation_a_short_form_or_one_doubt_keeps_the_match(a, b):
    assert _score(a, b) >= 0.7


@pytest.mark.parametrize("a", ["Davies Ltd", "Davies Co., Ltd."])
def test_a_plural_in_ies_is_put_back_before_a_lone_word_is_read(a):
    result = compare_names(a, "DHAWI PVT LTD", "Organization")
    assert result.score < 0.7
    assert "davies/dhawi" in result.explanation[0]["detail"]


def test_a_word_with_an_accent_the_other_name_does_not_write_is_no_acronym():
    # dès (French: since) is a word: D.E.S. stands for Defense Engineering Solutions
    listed = "D.E.S. DEFENSE ENGINEERING SOLUTIONS LTD"
    assert compare_names("dès SA", listed, "Organization").score < 0.7
    _bounded("dès SA", listed, ORG)
    assert compare_names("DES SA", listed, "Organization").score >= 0.7


@pytest.mark.parametrize(("a", "b", "part"), [
    ("Anita Howard", "GORDON, Howard A.", "the family name (gordon) not there"),
    ("Gregory Martin", "MARKS, Martin Gregory", "the family name (marks) not there"),
])
def test_given_names_alone_against_family_comma_given_are_another_person(a, b, part):
    result = compare_names(a, b, "Person")
    assert result.score < 0.7, result.explanation
    assert part in result.explanation[0]["detail"]
    _bounded(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Howard Gordon", "GORDON, Howard A."),  # family and given name
    ("Jose Lopez", "LOPEZ, Jose Francisco"),  # the first given name: a middle one left out
    ("John Taylor", "TAYLOR, Mark John"),  # a later given name: one may be called by it
    ("Vladimir Putin", "PUTIN, Vladimir Vladimirovich"),
    ("Kim Jong Un", "KIM, Jong Un"),
    ("Taylor, John", "TAYLOR, John Mark"),  # (both written with a comma)
    ("Lopez-Perez", "LOPEZ PEREZ, Noel"),  # the family name alone
])
def test_a_name_with_the_family_name_keeps_the_match(a, b):
    assert _score(a, b) >= 0.7
    assert "not there" not in compare_names(a, b, "Person").explanation[0]["detail"]


@pytest.mark.parametrize(("a", "b"), [("Dennis Moreno", "MORENO, Daniel"),
                                      ("Lucas Weber", "WEBER, Louis")])
def test_two_given_names_two_edits_apart_are_two_names(a, b):
    assert _score(a, b) < 0.7
    _bounded(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Harry Page", "Larry Page"),  # one letter: a typo by the development file's reading
    ("Keir Starkey", "Keir Starmer"),  # two edits in a family name: no table to tell
])
def test_one_letter_or_a_family_name_keeps_the_typo_reading(a, b):
    assert _score(a, b) >= 0.7


@pytest.mark.parametrize(("a", "b"), [("Alexander Barnes", "EL BARNEY"),
                                      ("Alex Diallo", "EL DIABLO")])
def test_the_article_el_is_no_short_form_of_a_given_name(a, b):
    assert _score(a, b) < 0.7
    _bounded(a, b)


def test_al_written_first_stays_a_short_form():
    assert _score("Al Kogan", "Alexander KOGAN") >= 0.7
    assert _score("Alexander Kogan", "AL KOGAN") >= 0.7


@pytest.mark.parametrize(("query", "listed"), [
    ("عبد الرّحمن الدباغ", "عبد الرحمن"),  # (Abd al-Rahman: one given name in two words)
    ("Abdul Rahman Dabbagh", "ABDUL RAHMAN"),
    ("Nur al-Din Zengi", "NUR AL-DIN"),
    ("عبد اللطيف منصور", "عبد اللطيف"),
])
def test_a_compound_given_name_alone_is_one_name(query: str, listed: str) -> None:
    # a person known by one compound given name, against a name that adds a family name:
    # as for one word alone (John Smith / JOHN), not as for a given and a family name
    assert not compare_names(query, listed, "Person").match
    assert _score(query, listed) == pytest.approx(_score("John Smith", "JOHN"))
    _bounded(query, listed)


def test_a_compound_given_name_alone_is_a_short_form_of_a_longer_listed_name() -> None:
    # (the query is the listed person's name without the family name: kept, as a short
    # form is; UN lists عبد الرحمن as the original name of a person called so)
    assert compare_names("عبد الرحمن", "عبد الرحمن السيندي", "Person").match


def test_a_compound_given_name_with_its_family_name_still_matches() -> None:
    assert compare_names("Abdul Rahman Yasin", "YASIN, Abdul Rahman", "Person").match
    assert compare_names("Mohammed Ali Hassan", "MOHAMMED ALI", "Person").match
    assert compare_names("Abdul Rahman Yasin Hamid", "YASIN, Abdul Rahman", "Person").match


@pytest.mark.parametrize(("query", "listed"), [
    ("عبد اللطيف AG", "عبد اللطيف منصور"),  # (a company named with a given name)
    ("نور الدين SA", "نور الدين بن علي بن بلقاسم الدريسي"),
])
def test_a_two_letter_form_beside_arabic_script_is_a_legal_form(query: str, listed: str):
    # (AG, SA in Latin letters may be a Latin name's words, not an Arabic-script one's)
    assert not compare_names(query, listed, "Person").match
    assert compare_names("عبد اللطيف منصور", "عبد اللطيف منصور", "Person").match


def test_a_kaf_for_gaf_beside_a_persian_yeh_still_reads_g():
    """Names from Afghanistan and Iran on the lists are written with the Arabic kaf where
    Dari or Pashto would write gaf, beside a Persian yeh (ی): the letter ی tells nothing of
    how the writer spells g. A rule that read such a name with Persian rules only (g kept
    apart from k) missed a UN-listed person written this way; the name must still match."""
    assert _score("كُل احمد نوری", "GUL AHMAD NOORI") >= 0.85
    assert _score("كل احمد نوری", "GUL AHMAD NOORI") >= 0.85

