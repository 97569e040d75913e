from __future__ import annotations

import pytest

from listwatch.news.mentions import Gazetteer, find_mentions


def names(text: str, lang: str, gaz: Gazetteer | None = None) -> dict[str, str | None]:
    _m, ents = find_mentions(text, lang, gaz)
    return {e.name: e.key for e in ents}


def test_organisations_found_with_empty_store() -> None:
    text = (
        "The Pentagon designated Chinese smartphone maker Xiaomi and Luokung Technology Corp, "
        "a Beijing-based mapping company. Judge Rudolph Contreras ruled. Xiaomi sued."
    )
    found = names(text, "en")
    assert "Xiaomi" in found and "Luokung Technology Corp" in found
    assert not any("Contreras" in n or "Pentagon" in n for n in found)


def test_french_cues() -> None:
    text = (
        "Le groupe chinois Xiaomi a attaqué le Pentagone. Le spécialiste de la cartographie "
        "Luokung Technology et Comac, un constructeur aéronautique, sont visés."
    )
    found = names(text, "fr")
    assert {"Xiaomi", "Luokung Technology", "Comac"} <= set(found)


def test_gazetteer_links_keys_on_word_boundaries() -> None:
    gaz = Gazetteer([("us_bis:1", "Huawei Technologies Co., Ltd."), ("x:2", "ACE Ltd")])
    text = "Huawei Technologies was added to the Entity List. Huawei denied it. Grace Ltd said."
    mentions, ents = find_mentions(text, "en", gaz)
    keyed = {e.key for e in ents if e.key}
    assert keyed == {"us_bis:1"}
    assert sum(1 for m in mentions if m.entity is not None and m.entity.key == "us_bis:1") == 2


def test_acronym_alias() -> None:
    text = "Semiconductor Manufacturing International Corp (SMIC) was added. SMIC said."
    _m, ents = find_mentions(text, "en")
    assert len(ents) == 1 and ents[0].count == 3


def test_gazetteer_uses_matcher_forms_for_chinese_names() -> None:
    gaz = Gazetteer([("custom:1", "小米")])
    _m, ents = find_mentions("Xiaomi was added to the list.", "en", gaz)
    assert [(e.key, e.count) for e in ents] == [("custom:1", 1)]


@pytest.mark.parametrize("text", [
    "ZUG, March 10 (Reuters) - The U.S. Treasury added Glencore Trading AG to its list. "
    "ZUG officials declined to comment.",
    "HONG KONG (AP) — Glencore Trading AG said it would appeal.",
    "Earlier news.\nBERLIN, May 2 (dpa) - Glencore Trading AG said it would appeal.",
    "SAN JOSE, Calif., May 2 (Reuters) - Glencore Trading AG said it would appeal.",
])
def test_a_dateline_city_is_not_a_party(text):
    """Where a story was filed from is never a company with an event (issue 21)."""
    from listwatch.news.mentions import find_organisations

    names = {m.name for m in find_organisations(text, "en")}
    assert names == {"Glencore Trading AG"}


def test_french_elided_article_and_common_noun_is_no_name() -> None:
    text = (
        "L'équipementier chinois Huawei a été ajouté à la liste noire le 16 mai 2019. "
        "L'équipementier a contesté cette décision. D'autres entreprises ont suivi. "
        "L'Oréal n'est pas concerné."
    )
    found = names(text, "fr")
    assert "Huawei" in found
    assert not any(n.startswith(("L'équipementier", "D'autres")) for n in found)


def test_generic_plural_nouns_are_no_parties() -> None:
    text = (
        "Entities on the list are barred from buying US technology. Entities were added in "
        "2020. Companies added include Alpha Tech and Beta Systems. Exporters said the "
        "exporters' licences were revoked."
    )
    found = names(text, "en")
    assert {"Alpha Tech", "Beta Systems"} <= set(found)
    assert not {"Entities", "Companies", "Exporters"} & set(found)


def test_and_inside_a_company_name_is_not_a_list() -> None:
    text = "Treasury sanctioned Arctic Ship and Supply Co. and Gamma Holdings Ltd on Tuesday."
    found = names(text, "en")
    assert "Arctic Ship and Supply Co" in found and "Gamma Holdings Ltd" in found
    assert "Arctic Ship" not in found and "Supply Co" not in found
    text2 = "OFAC designated Johnson and Sons Trading Co. on March 3, 2024. Huawei and ZTE Corp. were added in 2019."
    found2 = names(text2, "en")
    assert "Johnson and Sons Trading Co" in found2 and "Johnson" not in found2
    assert {"Huawei", "ZTE Corp"} <= set(found2)


def test_trade_words_on_both_sides_of_and_make_one_name() -> None:
    text = ("Outre DJI, AGCU Scientech et China National Scientific Instruments and Materials "
            "ont été ajoutés à la liste noire vendredi.")
    found = names(text, "fr")
    assert "China National Scientific Instruments and Materials" in found
    assert "Materials" not in found


def test_determiners_opening_a_sentence_are_no_names() -> None:
    text = "OFAC issued two licences for Kestrel Oil. Another gives U.S. companies until March 29 to wind down."
    assert "Another" not in names(text, "en")


def test_a_parenthesised_place_inside_a_company_name() -> None:
    text = ("OFAC took COSCO Shipping Tanker (Dalian) Co off its list on Friday. A separate subsidiary, "
            "COSCO Shipping Tanker (Dalian) Seaman & Ship Management Co, remains under sanctions.")
    found = names(text, "en")
    assert {"COSCO Shipping Tanker (Dalian) Co", "COSCO Shipping Tanker (Dalian) Seaman & Ship Management Co"} <= set(found)
    assert "Dalian" not in found
