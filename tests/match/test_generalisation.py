"""Kinds of names the development pairs hardly hold: short forms of given names, Chinese
names in Wade-Giles against pinyin, acronym-like words one letter apart."""

from __future__ import annotations

import pytest

from listwatch.match.compare import compare_names
from listwatch.match.hypocorisms import related
from listwatch.match.names import compare_names as name_score
from listwatch.match.normalize import PERSON, normalize
from listwatch.match.sino import same_chinese_name, sino_key
from listwatch.screening.bounds import upper_bounds


@pytest.mark.parametrize(("a", "b"), [
    ("Theodore Kaczynski", "Ted Kaczynski"),
    ("Benjamin Netanyahu", "Bibi Netanyahu"),
    ("William H. Gates", "Bill H. Gates"),
    ("Vladimir Putin", "Volodya Putin"),
    ("Elizabeth Warren", "Liz Warren"),
])
def test_short_forms_of_given_names_match(a, b):
    assert related(a.split()[0].lower(), b.split()[0].lower())
    result = compare_names(a, b, "Person")
    assert result.match, (a, b, result.score)
    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    assert upper_bounds(na, [nb])[0] >= result.score  # screening does not prune it


def test_short_forms_are_direct_relations_only():
    assert not related("al", "ed")
    assert not related("theodore", "william")
    assert not compare_names("Ted Kaczynski", "Bill Kaczynski", "Person").match


@pytest.mark.parametrize(("a", "b"), [
    ("Mao Zedong", "Mao Tse-tung"),
    ("Guan Shulan", "Kuan Shu-lan"),
    ("Xi Jinping", "Hsi Chin-p'ing"),
    ("Shi Dandan", "Shih Tan-tan"),
])
def test_wade_giles_against_pinyin(a, b):
    result = compare_names(a, b, "Person")
    assert result.match and "Wade-Giles" in result.explanation[0]["detail"]
    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    assert upper_bounds(na, [nb])[0] >= result.score


@pytest.mark.parametrize(("a", "b"), [
    ("Kuo Yun-nien", "GUO, Yunnian"),        # Chinese order against a list's FAMILY, Given
    ("Hsia Pao-lung", "XIA, Baolong"),
    ("Chang Ch'un-hsien", "ZHANG, Chunxian"),
    ("Yun-nien Kuo", "Guo Yunnian"),          # Western order against Chinese order
])
def test_wade_giles_with_the_family_name_at_the_other_end(a, b):
    result = compare_names(a, b, "Person")
    assert result.match and "Wade-Giles" in result.explanation[0]["detail"], result.score
    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    assert upper_bounds(na, [nb])[0] >= result.score


def test_wade_giles_other_end_moves_one_whole_word_only():
    # the syllables in another order than a family name moved: another name
    assert not same_chinese_name("Nien Kuo-yun", ("nien", "kuo", "yun"),
                                 "GUO, Yunnian", ("yunnian", "guo"))
    assert not compare_names("Kuo Yun-min", "GUO, Yunnian", "Person").match


def test_wade_giles_needs_a_sign_of_it_and_all_syllables():
    # both read as Chinese syllables but nothing shows Wade-Giles: not merged
    assert not same_chinese_name("Dan Lee", ("dan", "lee"), "Tan Lee", ("tan", "lee"))
    assert sino_key(("john", "smith")) is None
    assert not compare_names("Mao Zedong", "Mao Tse-min", "Person").match


def test_acronym_like_words_one_letter_apart_are_other_companies():
    assert not compare_names("VTB Bank Belarus", "LTB Bank Belarus", "Company").match
    assert not compare_names("AVA Petroleum Services", "AVY Petroleum Services", "Company").match
    # a misspelt long word is still the same company
    assert compare_names("Zimbabwe Defence Industries", "Zimbabwe Defecne Industries",
                         "Company").match


@pytest.mark.parametrize(("a", "b"), [
    ("Phạm GmbH", "CHAM"),          # a surname and a four-letter name, one letter apart
    ("אלית Ltd", "LET"),            # a Hebrew word read through its consonants
    ("Astuti Ltd", "ASTU"),         # a word cut short
])
def test_one_word_company_names_do_not_meet_by_chance(a, b):
    assert not compare_names(a, b, "Company").match


def test_one_word_company_misspelt_is_still_the_company():
    assert compare_names("Schell plc", "Shell plc", "Company").match
    assert compare_names("Citygroup Inc.", "Citigroup Inc.", "Company").match


@pytest.mark.parametrize(("a", "b"), [
    ("余芳", "PAO, Yu Liang"),   # fang / liang: other syllables
    ("張文", "ZHANG, Wei"),      # wen / wei
])
def test_han_names_against_latin_pair_only_same_syllables(a, b):
    assert not compare_names(a, b, "Person").match


def test_han_name_against_its_own_pinyin_still_matches():
    assert compare_names("习近平", "Xi Jinping", "Person").match
    # two characters read in pinyin: the name's own reading, every syllable, matches
    # (below an identical name); a Latin name sharing the family name only, or reading
    # more, is another person's and stays below the threshold
    own = compare_names("王伟", "WANG, Wei", "Person")
    assert own.match and own.score < compare_names("Wang Wei", "WANG, Wei", "Person").score
    assert compare_names("吴勇", "Yong Wu", "Person").match
    for other in ("WANG, Fang", "WANG, Weiguo", "HUANG, Wei", "Wang Wen"):
        short = compare_names("王伟", other, "Person")
        assert not short.match and short.score >= 0.5, other
    assert not compare_names("王伟", "Wang Wei", "Company").match  # (a person's reading)
    # (the family name written first in Han is the family name: 洪秋 is HONG, Qiu, not
    # QIU, Hong)
    assert compare_names("洪秋", "HONG, Qiu", "Person").match
    assert not compare_names("洪秋", "QIU, Hong", "Person").match
    # (written apart, the given name first: 伟 张 is ZHANG, Wei; 晨 祝 is not CHEN, Zhu)
    assert compare_names("伟 张", "ZHANG, Wei", "Person").match
    assert not compare_names("晨 祝", "CHEN, Zhu", "Person").match


def test_han_given_name_is_one_unit():
    assert not compare_names("李玉", "LI, Cheng Yu", "Person").match
    assert not compare_names("张娟", "ZHANG, Jian", "Person").match
    assert compare_names("Barack Obama", "バラク・オバマ", "Person").score >= 0.5


@pytest.mark.parametrize(("a", "b"), [
    ("Davis Inc", "NAVIS INC."),                  # <surname> + form, a short word, other
    ("Hänel AG", "JOINT STOCK COMPANY MANEL"),    # first letter
    ("البشيتي JSC", "AKTSIONERNOE OBSHCHESTVO PASIT"),  # met only by consonant skeleton
])
def test_one_word_company_names_other_first_letter_or_skeleton(a, b):
    assert not compare_names(a, b, "Company").match


def test_one_word_company_typo_still_matches():
    assert compare_names("Gazprom", "Gasprom", "Company").match
    assert compare_names("Schell plc", "Shell plc", "Company").match


@pytest.mark.parametrize(("a", "b"), [
    ("Liu Shao-ch'i", "Liu Shaoqi"),     # ch'i without its apostrophe is pinyin chi
    ("Chu Jung-chi", "Zhu Rongji"),
    ("Wen Chia-pao", "Wen Jiabao"),      # pao is a syllable here, not the form PAO
    ("Chu Teh", "Zhu De"),               # an older Wade-Giles spelling
    ("Wang Chün", "Wang Jun"),           # ü: Wade-Giles, not a name on a list in pinyin
])
def test_wade_giles_ambiguous_syllables_and_variants(a, b):
    result = compare_names(a, b, "Person")
    assert result.match and "Wade-Giles" in result.explanation[0]["detail"], result.score


@pytest.mark.parametrize(("a", "b"), [
    ("Grisha Orlov", "Grigory Orlov"), ("Gena Volkov", "Gennady Volkov"),
    ("Yossi Cohen", "Yosef Cohen"), ("Gigi Rossi", "Luigi Rossi"),
    ("Fritz Mueller", "Friedrich Mueller"), ("Rafa Nadal", "Rafael Nadal"),
])
def test_short_forms_in_other_languages(a, b):
    assert compare_names(a, b, "Person").match


@pytest.mark.parametrize(("a", "b", "kind", "schema"), [
    ("PutinVladimir", "Vladimir Putin", PERSON, "Person"),
    ("BankDeutsche", "Deutsche Bank", "org", "Company"),
])
def test_two_words_written_together_in_the_other_order(a, b, kind, schema):
    result = compare_names(a, b, schema)
    assert result.match and "other order" in result.explanation[0]["detail"]
    na, nb = normalize(a, kind), normalize(b, kind)
    assert upper_bounds(na, [nb])[0] >= result.score
    assert upper_bounds(nb, [na])[0] >= result.score


@pytest.mark.parametrize(("query", "listed"), [
    ("Korea Samma", "KOREA SAMMA SHIPPING CO"),       # the distinctive words alone
    ("Dalian Ocean", "DALIAN OCEAN SHIPPING CO., LTD"),
    ("Golden Star", "GOLDEN STAR TRADING LLC"),
    ("Hong Xiang", "HONG XIANG CONSTRUCTION LTD"),
])
def test_company_distinctive_words_alone_match_the_full_name(query, listed):
    result = compare_names(query, listed, "Company")
    assert result.match, (query, listed, result.score)
    na, nb = normalize(query), normalize(listed)
    from listwatch.match.names import compare_names as name_score

    assert upper_bounds(na, [nb])[0] >= name_score(na, nb, explain=False).score - 1e-9


@pytest.mark.parametrize(("query", "listed"), [
    ("Korea Shipping", "KOREA SAMMA SHIPPING CO"),    # only a place and a trade word
    ("Samma", "KOREA SAMMA SHIPPING CO"),             # one word of two distinctive ones
    ("Golden Ocean", "GOLDEN STAR SHIPPING CO"),      # one common word shared
    ("Golden Star Chemical", "GOLDEN STAR SHIPPING CO"),  # sister companies
])
def test_companies_sharing_a_common_word_do_not_match(query, listed):
    assert not compare_names(query, listed, "Company").match


@pytest.mark.parametrize(("a", "b"), [
    ("KOREA SAMMA SHPG CO", "Korea Samma Shipping Company"),
    ("POLISH SHPG CO", "Polish Shipping Co"),
    ("Orient Intl Trdg Co Ltd", "Orient International Trading Co Ltd"),
    ("Delta Mgmt LLC", "Delta Management LLC"),
    ("Sino Chem Transp Corp", "Sino Chemical Transport Corporation"),
])
def test_the_lists_abbreviations_of_trade_words_read_as_the_words(a, b):
    assert normalize(a).tokens == normalize(b).tokens
    assert compare_names(a, b, "Company").score >= 0.95
    assert compare_names(b, a, "Company").score >= 0.95


@pytest.mark.parametrize(("a", "b"), [
    ("Dima Olegovich Levin", "LEVIN, Dmitriy Olegovich"),      # the lists' -iy
    ("Tolya Chepiga", "CHEPIGA, Anatoliy Vladimirovich"),
    ("Zhenya Glotov", "GLOTOV, Yevgeniy Eduardovich"),         # ye- and -iy
    ("Andryusha Yarin", "YARIN, Andrei Veniaminovich"),        # -ei for -ey
    ("Kolya Patrushev", "PATRUSHEV, Nikolai Platonovich"),
])
def test_short_forms_of_given_names_in_the_lists_spellings(a, b):
    result = compare_names(a, b, "Person")
    assert result.match, (a, b, result.score)
    na, nb = normalize(a, PERSON), normalize(b, PERSON)
    assert upper_bounds(na, [nb])[0] >= result.score


def test_other_spellings_relate_only_a_name_and_its_short_forms():
    from listwatch.match.hypocorisms import spellings

    assert spellings("enrique") == {"enrique"} and spellings("jose") == {"jose"}
    assert not related("dmitriy", "anatoliy") and not related("dima", "tolya")
    assert not compare_names("Dima Levin", "LEVIN, Anatoliy", "Person").match


@pytest.mark.parametrize(("a", "b"), [
    ("SZ DJI Technology", "Shenzhen DJI Technology Co., Ltd"),
    ("GZ Haige Communications Group", "Guangzhou Haige Communications Group Inc"),
    ("Hangzhou Hikvision Digital Technology", "HZ Hikvision Digital Technology Co"),
])
def test_a_chinese_place_and_its_initials_are_one_word(a, b):
    result = compare_names(a, b, "Company")
    assert result.match and result.score >= 0.9, result.score
    na, nb = normalize(a, "Organization"), normalize(b, "Organization")
    assert upper_bounds(na, [nb])[0] >= result.score


@pytest.mark.parametrize(("a", "b", "schema"), [
    ("BJ Services Company", "Beijing Services Company", "Company"),  # nothing telling beside
    ("SH DJI Technology", "Shenzhen DJI Technology", "Company"),     # other initials
    ("Beijing DJI Technology", "Shenzhen DJI Technology", "Company"),  # two places
    ("Sy Wang", "Shenyang Wang", "Person"),                          # not in persons' names
])
def test_place_initials_only_where_they_tell(a, b, schema):
    assert not compare_names(a, b, schema).match


@pytest.mark.parametrize(("a", "b"), [
    ("DJI Technology", "Shenzhen DJI Technology Co., Ltd"),
    ("Hikvision Digital Technology", "Hangzhou Hikvision Digital Technology Co., Ltd"),
    ("Wuhan Zhongyuan Huadian Science", "Zhongyuan Huadian Science"),  # either side
    ("Zhenrong Company Limited", "Zhuhai Zhenrong Company Limited"),  # a brand and its form
])
def test_a_chinese_place_opening_the_name_dropped_costs_a_generic_word(a, b):
    """A Chinese company's registered name opens with its place of registration, which
    its own name, the news and users leave out."""
    result = compare_names(a, b, "Company")
    assert result.match and result.score >= 0.85, result.score
    for x, y in ((a, b), (b, a)):
        nx, ny = normalize(x), normalize(y)
        assert upper_bounds(nx, [ny])[0] >= name_score(nx, ny, explain=False).score


@pytest.mark.parametrize(("a", "b"), [
    ("Technology Co", "Shenzhen Technology Co"),  # nothing telling agrees beside the place
    ("DJI Technology Beijing", "Shenzhen DJI Technology"),  # places on both sides
    ("DJI Technology", "DJI Shenzhen Technology"),  # a place inside the name is a word
    ("Star Co Ltd", "Beijing Star Co Ltd"),  # one short word: no brand
])
def test_a_chinese_place_dropped_only_beside_a_telling_word(a, b):
    assert compare_names(a, b, "Company").score < 0.85


@pytest.mark.parametrize(("glued", "spaced"), [
    ("GAZPROMBANKJOINT STOCK COMPANY", "GAZPROMBANK JOINT STOCK COMPANY"),
    ("ROSNEFTPUBLIC JOINT STOCK COMPANY", "ROSNEFT PUBLIC JOINT STOCK COMPANY"),
    ("Acmelimited liability company", "Acme Limited Liability Company"),
    ("ZAKRYTOE AKTSIONERNOE OBSHCHESTVOVEKTOR", "ZAKRYTOE AKTSIONERNOE OBSHCHESTVO VEKTOR"),
    ("KORVASLIMITED LIABILITY COMPANY", "KORVAS LIMITED LIABILITY COMPANY"),  # one word
    ("PUBLICJOINT STOCK COMPANY TRANSVEKT", "PUBLIC JOINT STOCK COMPANY TRANSVEKT"),
    ("JOINTSTOCK COMPANY ROMASHKA", "JOINT STOCK COMPANY ROMASHKA"),  # two form words
])
def test_a_legal_form_run_into_the_name_is_read_as_the_form(glued, spaced):
    """The first word of a form of three words or more run into the name word before it
    (or its last into the word after it): the form's other words, all written, say so."""
    g, s = normalize(glued), normalize(spaced)
    assert (g.tokens, g.forms, g.text) == (s.tokens, s.forms, s.text) and g.forms
    assert compare_names(glued, spaced, "Company").score >= 0.98


@pytest.mark.parametrize("name", [
    "JOINT STOCK COMPANY",            # the form alone
    "TOTAL STOCK COMPANY",            # not a form's word run in
    "ABJOINT STOCK COMPANY",          # too little left of the name word
])
def test_a_name_word_ending_like_a_form_word_kept_otherwise(name):
    norm = normalize(name)
    assert "jsc" not in norm.forms and "stock" in norm.tokens
    # two form words run together, but no form written whole: a name word
    assert normalize("OPENSTOCK COMPANY").tokens == ("openstock",)
