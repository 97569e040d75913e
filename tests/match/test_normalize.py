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
