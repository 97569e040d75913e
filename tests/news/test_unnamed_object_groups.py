"""The act's object told as a group of parties left unnamed (``event_groups.UNNAMED_OBJECT``):
counted ("eleven people", « une trentaine de noms »), told by an indefinite determiner
(« des sociétés », "additional persons"), bare after the act's preposition ("against
officials and firms") or definite and restricted to a kind by what follows ("the firms
held to be run by X"), whatever qualifies it ("four Varsk militia financiers", "12
Zemblans"). A name inside the group's words is no party, and no party told in an earlier
sentence is meant. Names given as the group's members after it stay parties (near misses:
after a cue, coordinated with it, or as an item of the series after its description), and a
group pointed back to by a demonstrative is the parties told before."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.event_groups import unnamed_object


def _parties(text: str, lang: str, kind: str = "designation") -> set[str]:
    r = extract_article(text, published="2025-04-10", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == kind}


_HALDEN = "The Halden Group runs gold mines across the Sahel. "
_HALDEN_FR = "Le Halden Group exploite des mines d'or au Sahel. "


@pytest.mark.parametrize(("text", "lang"), [
    # the group told before is not the act's party: the act is put on unnamed people
    (_HALDEN + "On Monday the ministers imposed new sanctions on officials and firms working for the group.", "en"),
    (_HALDEN + "The Council on Monday sanctioned several commanders and financiers of the group.", "en"),
    (_HALDEN_FR + "Les ministres ont décidé lundi de prendre des mesures restrictives contre des responsables "
     "et des sociétés liés au groupe.", "fr"),
    (_HALDEN_FR + "Londres a sanctionné lundi plusieurs financiers et commandants du groupe.", "fr"),
    # a definite group restricted to a kind by what follows it
    (_HALDEN_FR + "Paris a sanctionné lundi les entreprises soupçonnées de financer le groupe.", "fr"),
    # a body's name qualifying the counted group
    ("Canberra has imposed sanctions on 4 Tarsk Group militia financiers, accusing them of moving cash abroad.",
     "en"),
    ("Seoul blacklisted 12 Halden Group traders and 4 companies on Friday.", "en"),
    ("Le Trésor a placé trois Tarsk Group élus sur sa liste noire.", "fr"),
])
def test_names_about_an_unnamed_object_group_are_no_parties(text: str, lang: str) -> None:
    assert _parties(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "parties"), [
    # near misses: the group's members named after a cue, right after it, coordinated with
    # it, or as a definite item of the series after its description
    ("The Treasury sanctioned nine firms on Tuesday, including Halvard Freight and Osk Marine.", "en",
     {"Halvard Freight", "Osk Marine"}),
    ("Ottawa a sanctionné sept oligarques, en plus de la banque publique Vestbank, ainsi que Norvak Energie.",
     "fr", {"Vestbank", "Norvak Energie"}),
    ("Canberra targeted two lenders that finance the junta's purchases, the Orel Trade Bank and "
     "Kassim Credit Bank.", "en", {"Orel Trade Bank", "Kassim Credit Bank"}),
    ("La Chine a ajouté des noms connus comme Harlan Aerospace et Vesta Dynamics à sa liste.", "fr",
     {"Harlan Aerospace", "Vesta Dynamics"}),
])
def test_members_named_with_the_group_stay_parties(text: str, lang: str, parties: set[str]) -> None:
    assert parties <= _parties(text, lang)


def test_a_group_pointed_back_to_is_the_parties_told_before() -> None:
    # « ces trois sociétés » is no new group: the act told again is the three parties'
    text = ("Le Trésor a retiré Rusk Metals, Aldo Energy et Pell Motors de sa liste. La levée des sanctions "
            "visant ces trois sociétés avait été annoncée le 3 mars.")
    r = extract_article(text, published="2025-04-10", language="fr")
    back = {e["entity"] for e in r["events"] if e["type"] == "removal" and e["entity_via"] == "anaphora"}
    assert back == {"Rusk Metals", "Aldo Energy", "Pell Motors"}


@pytest.mark.parametrize(("text", "trigger", "group"), [
    ("imposed curbs against officials and entities tied to X", "imposed curbs against",
     "against officials and entities"),
    ("added 12 Zemblans and 4 firms to", "added", " 12 Zemblans and 4 firms"),
    ("a décidé d'inscrire une vingtaine de noms sur", "inscrire", " une vingtaine de noms"),
    ("sanctions visant plusieurs élus du parti", "sanctions visant", "visant plusieurs élus"),
    ("removed the names of 40 militia operatives from", "removed", " the names of 40 militia operatives"),
])
def test_the_group_read_after_the_act(text: str, trigger: str, group: str) -> None:
    start = text.index(trigger)
    m = unnamed_object(text, start, start + len(trigger))
    assert m is not None and m.group(0) == group


@pytest.mark.parametrize("text", [
    "sanctioned these three companies", "sanctioned the Orvald Brigade", "contre ces deux sociétés",
    "added Norvik and 40 affiliates", "sanctioned the two banks on Friday", "contre les sociétés Alpha et Beta",
    "issued on 4 March, officials said", "sanctioned the two banks that Orvia now targets",
    "sanctioned the firms that Orvia now targets",
])
def test_no_group_where_the_parties_are_told_before_or_named(text: str) -> None:
    verb = text.split()[0]
    assert unnamed_object(text, 0, len(verb)) is None
