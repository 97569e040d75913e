"""An acronym in brackets right after a common noun written in lower case abbreviates
that noun ("unmanned aerial vehicle (UAV)", "weapons of mass destruction (WMD)", « gaz
naturel liquéfié (GNL) »): it names a kind of thing, as its noun does, never a party,
wherever else the article writes it. Near miss: an acronym defined for a name in
capitals ("the Zemblan Shipping Company (ZSC)", « la Société nationale des pétroles
(SNP) », a French name whose first word alone is capitalised) stays the party's.
Sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2025-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("The Treasury on Monday imposed sanctions on key actors within Zembla's unmanned aerial vehicle "
     "(UAV) and missile industries.", "en", set()),
    ("The Treasury on Monday sanctioned Orvex Trading for selling parts used in weapons of mass "
     "destruction (WMD) programmes. WMD suppliers were also named.", "en",
     {("designation", "Orvex Trading")}),
    ("The Treasury on Monday imposed sanctions on networks that supply Zembla's liquefied natural gas "
     "(LNG) carriers.", "en", set()),
    ("Washington a imposé lundi des sanctions aux réseaux du gaz naturel liquéfié (GNL) norlandais.",
     "fr", set()),
    ("L'Union européenne a sanctionné lundi des acteurs de la filière des véhicules aériens sans "
     "pilote (VASP) du pays.", "fr", set()),
])
def test_acronym_of_a_common_noun_is_no_party(text: str, lang: str, parties: set[tuple[str, str]]) -> None:
    assert _parties(text, lang) == parties


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The Treasury on Monday sanctioned the Zemblan Shipping Company (ZSC) for moving oil. "
     "ZSC denied it.", "en", "Zemblan Shipping Company (ZSC)"),
    ("Le Trésor a sanctionné lundi la Société nationale des pétroles (SNP) pour ses ventes de brut.",
     "fr", "Société nationale des pétroles"),
])
def test_acronym_of_a_name_stays_a_party(text: str, lang: str, name: str) -> None:
    assert any(t == "designation" and e.startswith(name) for t, e in _parties(text, lang))
