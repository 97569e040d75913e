"""A relief told granted or extended by its own noun (``lang.relief_acts._extended``): the
noun the subject of a passive, whatever comes between ("the waiver held by X, due to lapse
in May, has been renewed", « l'exemption dont bénéficie X a été reconduite »), what a party
saw extended ("X saw its licence renewed", « X a vu sa licence prolongée »), the noun of its
extension ("under the latest licence extension", "a waiver renewal"). Asked for, it is no
licence ("asked for an extension of its licence", « a demandé la prolongation de sa
licence »); a regime's own extension told after the noun is none either. Sentences of
our own."""

from __future__ import annotations

from listwatch.news import extract_article


def _licensed(text: str, lang: str = "en", published: str = "2024-05-10") -> set[str]:
    r = extract_article(text, published=published, language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == "license"}


def test_english_relief_noun_passive_with_a_relative_between() -> None:
    text = "The exemption held by Tarvik Metals, first issued in January, has been renewed once more."
    assert _licensed(text) == {"Tarvik Metals"}


def test_english_new_relief_introduced_for_a_named_sale() -> None:
    text = "Fresh derogations are being introduced for the orderly sale of Halvard Bank units."
    assert _licensed(text) == {"Halvard Bank"}


def test_english_party_saw_its_licence_extended() -> None:
    assert _licensed("Tarvik Metals saw its operating licence extended on Monday.") == {"Tarvik Metals"}


def test_english_extension_told_by_a_compound_noun() -> None:
    text = "Thanks to a waiver renewal, Orvalis Shipping can finish its pending deliveries."
    assert _licensed(text) == {"Orvalis Shipping"}
    text = "Under the newest licence extension, Tarvik Metals may keep servicing its tankers until 2 August."
    assert _licensed(text) == {"Tarvik Metals"}


def test_french_relief_noun_passive_without_a_period() -> None:
    assert _licensed("La licence de Velmora Telecom a été renouvelée mardi.", "fr") == {"Velmora Telecom"}
    text = "L'exemption dont bénéficie la société Velmora Telecom, accordée en janvier, a été reconduite."
    assert _licensed(text, "fr") == {"Velmora Telecom"}


def test_french_party_saw_its_licence_extended() -> None:
    assert _licensed("Velmora Telecom a vu sa licence prolongée lundi.", "fr") == {"Velmora Telecom"}


def test_an_extension_asked_for_is_no_licence() -> None:
    assert _licensed("Tarvik Metals has asked for an extension of its licence.") == set()
    assert _licensed("Tarvik Metals filed a request with the agency for the renewal of its waiver.") == set()
    assert _licensed("Velmora Telecom a demandé la prolongation de sa licence.", "fr") == set()


def test_negated_or_questioned_extension_is_no_licence() -> None:
    assert _licensed("The licence of Tarvik Metals was not renewed.") == set()
    assert _licensed("It is unclear whether the waiver for Orvalis Shipping will be extended.") == set()
