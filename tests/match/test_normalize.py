"""Normalisation: kinds of cases (forms, scripts, abbreviations, numbers)."""

from __future__ import annotations

import time

from listwatch.match.normalize import ORG, PERSON, normalize


def test_legal_forms_become_forms_not_words() -> None:
    a = normalize("Siemens Aktiengesellschaft", ORG)
    b = normalize("Siemens AG", ORG)
    assert a.tokens == b.tokens
    assert a.forms == b.forms == {"ag"}
    assert normalize("OAO Gazprom").forms == normalize("Open Joint Stock Company Gazprom").forms


def test_multiword_and_native_forms() -> None:
    assert normalize("Volkswagen Gesellschaft mit beschränkter Haftung").forms == {"gmbh"}
    assert normalize("Societatea cu Răspundere Limitată PRO TRAFFIC").tokens == ("pro", "traffic")
    han = normalize("华为技术有限公司")
    assert han.forms == {"ltd"}
    assert han.tokens == ("huawei", "technology")
    assert normalize("СБ Банк (ООО)").forms == {"ooo"}


def test_misspelt_form_words_are_recognised() -> None:
    a = normalize("TACTICAL MISSILES CORPORATION JOYNT STOCK COMPANY")
    assert a.tokens == ("tactical", "missile")


def test_abbreviations_expand() -> None:
    a = normalize("CNOOC ENERGY TECH & SRVCES LTD")
    b = normalize("CNOOC Energy Technology & Services Limited")
    assert a.tokens == b.tokens
    assert normalize("ABC Co.").tokens == normalize("A.B.C. Company").tokens == ("abc",)


def test_scripts_are_transliterated() -> None:
    assert normalize("小米").tokens == normalize("XIAOMI").tokens == ("xiaomi",)
    assert normalize("Роснефть").tokens == ("rosneft",)
    assert normalize("习近平", PERSON).tokens == ("xi", "jinping")
    assert normalize("Ελληνικά Πετρέλαια").tokens[0] == "ellinika"
    assert normalize("김정은", PERSON).native == "김정은"


def test_numbers_are_kept_apart() -> None:
    assert normalize("Brigade Forty 4").numbers == normalize("Brigade 44").numbers == ("44",)
    assert normalize("KKR Asian Fund III L.P.").numbers == ("3",)
    assert normalize("1st International Bank").numbers == ("1",)
    assert normalize("11420 CORP.").tokens == ()
    assert normalize("11420 CORP.").numbers == ("11420",)


def test_person_forms_titles_and_inversion() -> None:
    assert normalize("Mr. Rami Makhlouf", PERSON).tokens == ("rami", "makhlouf")
    assert normalize("Randolph, Gena", PERSON).tokens == ("gena", "randolph")
    assert normalize("Ig0r Sech1n", PERSON).tokens == ("igor", "sechin")


def test_normalisation_speed() -> None:
    names = [f"Company number {i} Holdings Ltd" for i in range(20_000)]
    normalize.cache_clear()
    start = time.perf_counter()
    for n in names:
        normalize(n)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    for n in names:
        normalize(n)
    warm = time.perf_counter() - start
    assert warm < cold
    assert len(names) / warm > 50_000


def _words_by_expressions(text: str) -> list[str]:
    """``normalize._words`` as its regular expressions alone read a text (every step run):
    what its shortcut for names of letters, spaces, commas and hyphens must equal."""
    from listwatch.match import normalize as n

    text = text.lower()
    if "’" in text or "`" in text:
        text = text.replace("’", "'").replace("`", "'")
    if "'" in text:
        text = n._POSSESSIVE.sub("", text).replace("'", "")
    if "%" in text:
        text = text.replace("%", " percent")
    if "." in text:
        text = n._DOTTED.sub(lambda m: " " + m.group(0).replace(".", "") + " ", text)
    if n._DIGIT.search(text):
        text = n._ORDINAL.sub(n._GROUP1, text)
    if "&" in text:
        text = text.replace("&", " & ")
    return n._WORD.findall(text)


def test_words_shortcut_reads_as_the_expressions() -> None:
    import random
    import string

    from listwatch.match.normalize import _words

    rng = random.Random(5)
    # (letters with the separators the shortcut takes and the marks it leaves to the
    # expressions: dots, apostrophes, digits, ampersands, per cent, non-ASCII letters)
    alphabet = string.ascii_letters + "  ,,--" + ".'`%&/()\t" + "0123456789" + "’éİ\u212a"
    texts = ["Knowles, Samuel", "AL-DAJANI, Nadim S.", "Polarstar Logistics", " , - ",
             "", "-", "K. J. Lee", "McDonald's 1st Co.", "A&B", "\u212aelvin Trading"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
              for _ in range(20_000)]
    shortcut = 0
    for text in texts:
        assert _words(text) == _words_by_expressions(text), text
        low = text.lower()
        shortcut += low.isascii() and low.replace(",", "").replace("-", "").replace(
            " ", "").isalpha()
    assert shortcut > 500  # (the shortcut is taken: the comparison is not of one path)
