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
