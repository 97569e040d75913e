"""A French bank or company named as French writes an institution, its first word alone
capitalised ("la Banque d'épargne", "la Société générale des mines", "la Banque centrale
de Zembla"): found whole as a party of the act told on it, in a series or alone. A bank
that only speaks of the act, or one named in a description, is no party."""

from __future__ import annotations

from listwatch.news import extract_article
from listwatch.news.organisations import find_organisations


def _events(text: str, lang: str = "fr", published: str = "2025-03-11") -> set[tuple[str, str]]:
    r = extract_article(text, published=published, language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


def test_the_banks_of_a_series_found_whole() -> None:
    text = ("Mardi, le Conseil a radié quatre organismes zembliens, à savoir la Banque minière, la Banque de "
            "crédit maritime, la Norvale Airways et la Caisse agricole mutuelle, après la chute du régime.")
    got = {n for t, n in _events(text) if t == "removal"}
    assert {"Banque minière", "Banque de crédit maritime", "Norvale Airways", "Caisse agricole mutuelle"} <= got
    assert "Banque" not in got


def test_a_company_named_with_its_complement_in_a_series() -> None:
    text = ("Le Trésor a levé vendredi les sanctions visant plusieurs compagnies pétrolières, dont la Société "
            "générale des mines, la Compagnie nationale du gaz et Ostrel Petroleum.")
    got = {n for t, n in _events(text) if t == "removal"}
    assert {"Société générale des mines", "Compagnie nationale du gaz", "Ostrel Petroleum"} <= got


def test_a_central_bank_named_with_its_country() -> None:
    names = {m.name for m in find_organisations(
        "Le Conseil a radié la Banque centrale de Zembla, et plusieurs sociétés de négoce.", "fr")}
    assert "Banque centrale de Zembla" in names


def test_a_bank_that_speaks_of_the_act_is_no_party() -> None:
    got = _events("Washington a sanctionné mardi Orvex Trading, selon un rapport publié par la Banque mondiale.")
    assert ("designation", "Orvex Trading") in got
    assert not any(n.startswith("Banque") for _t, n in got)


def test_the_head_word_then_a_verb_is_no_name() -> None:
    names = {m.name for m in find_organisations(
        "La décision de la Banque centrale a surpris les marchés, et la Société générale a suspendu ses "
        "opérations avec Orvex Trading.", "fr")}
    assert not any(n.startswith(("Banque", "Société")) for n in names)


def test_quoted_items_then_a_bank_named_in_lower_case() -> None:
    # items in quotation marks, the series ending on a name whose head alone is capitalised
    text = ("Vendredi, le Trésor a radié trois groupes miniers de Zembla, notamment \"Orvane\", \"Kestrel "
            "Nord\", \"Velmora\", la Société générale des mines et la compagnie \"Ostrel\".")
    got = {n for t, n in _events(text) if t == "removal"}
    assert {"Orvane", "Kestrel Nord", "Velmora", "Société générale des mines", "Ostrel"} <= got


def test_nouns_after_articles_are_no_series() -> None:
    # near miss: capitalised nouns after their articles name no party
    got = _events("Le Trésor a sanctionné vendredi trois sociétés liées à la Ceinture et la Route.")
    assert not got & {("designation", "Ceinture"), ("designation", "Route")}
