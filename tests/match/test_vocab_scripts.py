"""A company's name in its own script against its English name: company words read as
the English words the English name writes (``match.vocab_scripts``)."""

import pytest

from listwatch.match.compare import compare_names
from listwatch.match.normalize import normalize
from listwatch.match.vocab_scripts import translate_org_words


@pytest.mark.parametrize(("own", "english"), [
    ("ПАО «Казанский машиностроительный завод»", "PJSC Kazan Machine-Building Plant"),
    ("АО «Московский трубный завод»", "JSC Moscow Pipe Plant"),        # an exonym
    ("ООО «Тульская инвестиционная компания»", "LLC Tula Investment Company"),
    ("АО «Омский торговый дом»", "JSC Omsk Trading House"),            # a place in -sk
    ("ОАО «Уральский оптико-механический завод»", "Ural Optical and Mechanical Plant OJSC"),
    ("شركة بغداد للتجارة العامة", "Baghdad General Trading Company"),   # Arabic
    ("شرکت بازرگانی تهران", "Tehran Trading Company"),                  # Persian
    ("شرکت حمل و نقل یزد", "Yazd Transport Company"),
    ("서울 건설 주식회사", "Seoul Construction Co., Ltd."),               # Korean
    ("광주전자 유한회사", "Gwangju Electronics Ltd."),                    # joined, RR / MR
    ("タナカ電機株式会社", "Tanaka Electric Co., Ltd."),                  # Japanese
    ("ヤマハ重工業株式会社", "Yamaha Heavy Industries Co., Ltd."),
])
def test_a_company_in_its_own_script_meets_its_english_name(own, english):
    result = compare_names(own, english, "Company")
    assert result.match, (own, english, result.score)


@pytest.mark.parametrize(("own", "english"), [
    ("АО «Московский трубный завод»", "JSC Moscow Tyre Plant"),         # another trade
    ("ООО «Тульская инвестиционная компания»", "LLC Perm Investment Company"),  # place
    ("شركة بغداد للتجارة العامة", "Basra General Trading Company"),
    ("شرکت بازرگانی تهران", "Isfahan Trading Company"),
    ("주식회사 대구 건설", "Daejeon Construction Co., Ltd."),
    ("タナカ電機株式会社", "Suzuki Electric Co., Ltd."),
])
def test_another_place_or_trade_is_another_company(own, english):
    result = compare_names(own, english, "Company")
    assert not result.match, (own, english, result.score)


def test_only_organisations_are_read_so():
    # a person's name is never translated: Банков is a family name, not a bank
    assert "bankov" in normalize("Иван Банков", "person").tokens
    assert "bank" in normalize("Московский Банк", "org").tokens
    # a family name ending in -ов is no case form of a company word
    assert "bankov" in normalize("ООО Банков", "org").tokens


def test_a_place_adjective_is_read_only_before_a_company_word():
    # (a surname's company keeps its word: ООО «Вишневский», Vishnevsky LLC)
    assert "вишневский" in translate_org_words("ООО «Вишневский»", "cyrillic").lower()
    assert "казан" in translate_org_words("Казанский завод", "cyrillic").lower()
    assert "технический" in translate_org_words("Технический завод", "cyrillic").lower()


@pytest.mark.parametrize(("a", "b"), [
    # (a name in its own script, its transliteration and its English name all meet)
    ("Казанский машиностроительный завод", "Kazanskiy Mashinostroitelnyy Zavod"),
    ("Kazanskiy Mashinostroitelnyy Zavod", "PJSC Kazan Machine-Building Plant"),
    ("ООО Торговый дом Альфа", "OOO Torgovyy Dom Alfa"),
    ("Omskiy Torgovyy Dom", "JSC Omsk Trading House"),
    ("مكتب الخدمات", "Maktab al-Khidamat"),
    ("Maktab al-Khidamat", "Services Office"),
    ("مـكتب الخدمات", "مكتب الخدمات"),                                   # a tatweel
])
def test_a_transliteration_meets_both(a, b):
    result = compare_names(a, b, "Organization")
    assert result.match, (a, b, result.score)


def test_transliterated_words_read_in_english():
    from listwatch.match.vocab_scripts import read_transliterated

    assert read_transliterated(["kazanskiy", "mashinostroitelnyy", "zavod"]) == [
        "kazan", "machine", "building", "plant"]
    assert read_transliterated(["moskovskogo", "zavoda"]) == ["moscow", "plant"]
    # (no company word: nothing read; a place adjective alone stays a name)
    assert read_transliterated(["dom", "perignon"]) == ["dom", "perignon"]
    assert read_transliterated(["vishnevskiy"]) == ["vishnevskiy"]


def test_korean_choson_is_not_shipbuilding():
    # 조선 is Korea in North Korean names (Korea Mining Development Trading Corporation)
    tokens = normalize("조선광업개발무역회사", "org").tokens
    assert "shipbuilding" not in tokens and "trading" in tokens and "mining" in tokens


@pytest.mark.parametrize(("a", "b"), [
    ("società AG", "Jamiyat"),            # a listed organisation named by one word
    ("کارخانه Inc", "MASNA"),
    ("severní AG", "JOINT STOCK COMPANY NORTHERN SHIPPING COMPANY"),
])
def test_one_word_is_the_name_itself(a, b):
    assert not compare_names(a, b, "Company").match


@pytest.mark.parametrize(("listed", "typed"), [
    # (a typo in a transliterated company word: the word and the place before it read
    # as the listed spelling's do, so the typo costs no more than a typo elsewhere)
    ("LIPOVSKII MEKHANICHESKII ZAVOD", "LIPOVSKII MEKHANIHCESKII ZAVOD"),
    ("VOLZHSKIY MASHINOSTROITELNYY ZAVOD", "VOLZHSKIY MASHINOSTORITELNYY ZAVOD"),
    ("EKSPERIMENTALNY ZAVOD", "EKSPERIMENTALNY ZAOVD"),        # a short word: swapped
    ("TORGOVYI DOM PERESVET", "TOGROVYI DOM PERESVET"),
    ("SIBIRSKAYA PRIBOROSTROITELNAYA KOMPANIYA", "SIBISRKAYA PRIBOROSTROITELNAYA KOMPANIYA"),
    ("TEJARAT NOVIN ARAS", "TEJRAAT NOVIN ARAS"),              # a Persian word swapped
])
def test_a_typo_in_a_transliterated_word_reads_alike(listed, typed):
    assert normalize(listed, "org").tokens == normalize(typed, "org").tokens
    assert compare_names(listed, typed, "Company").match


def test_a_near_word_is_read_only_through_a_typo():
    from listwatch.match.vocab_scripts import read_transliterated

    # another place one letter away is another place, not a typo of it
    assert read_transliterated(["krasnodarskiy", "zavod"])[0] != "krasnoyarsk"
    # a short word or an Arabic one with a letter changed is another word
    assert read_transliterated(["sharia", "tijarat"])[0] == "sharia"
    assert read_transliterated(["zakod", "zavod"])[0] == "zakod"
    # the first letter is as written
    assert read_transliterated(["rashinostroitelnyy", "zavod"])[0] == "rashinostroitelnyy"


def test_the_lists_transliterated_companies_meet_their_typos(shared_data):
    """Every SDN company of three words or more with a transliterated company word of
    seven letters or more: the same name with two neighbours of that word swapped is
    the same party (a typo of a word read in English changed how the name read)."""
    import csv

    from listwatch.match.vocab_scripts import _latin_word

    path = shared_data / "ofac_sdn" / "2024-05-03" / "sdn.csv"
    names = set()
    with open(path, newline="", encoding="utf-8", errors="replace") as fh:
        for row in csv.reader(fh):
            if len(row) > 2 and row[2].strip() == "-0-" and row[1].isascii():
                words = row[1].split()
                read = [w for w in words if w.isalpha() and len(w) >= 7
                        and _latin_word(w.lower())]
                if len(words) >= 3 and read:
                    names.add((row[1], max(read, key=len)))
    assert len(names) > 200
    missed = []
    for name, word in sorted(names):
        i = len(word) // 2
        typed = name.replace(word, word[:i] + word[i + 1] + word[i] + word[i + 2:], 1)
        if not compare_names(name, typed, "Organization").match:
            missed.append((name, typed))
    assert not missed, missed[:10]
