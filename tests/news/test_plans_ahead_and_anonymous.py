"""Two marks of an act not done yet (``plans_studied``): a plan told by a speaker who is
anonymous is a plan a report tells ("officials said on condition of anonymity that the
ministry is poised to list X", « selon des responsables sous couvert d'anonymat, Paris
s'apprête à inscrire X »); and an act in a clause of "before" whose main clause is a modal
or the future lies ahead ("before adding X, the Council should wait", « avant d'inscrire
X, l'UE devrait attendre »). A main clause in the past tells both done, and the authority's
own word keeps its announced act. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news.modality import blocked
from listwatch.news.triggers import find_triggers


def _acts(sent: str, lang: str) -> list[str]:
    trigs = find_triggers(sent, lang)
    return [t.event for t in trigs if not blocked(sent, lang, t, trigs)]


@pytest.mark.parametrize(("sent", "lang"), [
    ("An aide, speaking on condition of anonymity, told us the ministry is poised to add Orvex Bank to its list.", "en"),
    ("Se fondant sur des propos tenus sous couvert d'anonymat, la chaîne a annoncé que Paris s'apprêtait à "
     "inscrire la banque Orvex sur sa liste noire.", "fr"),
    ("Un diplomate, qui a requis l'anonymat, a indiqué que l'UE va sanctionner la banque Orvex.", "fr"),
])
def test_a_plan_told_by_anonymous_speakers_is_no_act(sent: str, lang: str) -> None:
    assert _acts(sent, lang) == []


@pytest.mark.parametrize(("sent", "lang"), [
    ("Before adding Orvex Bank to its list, the Council should wait for the report.", "en"),
    ("The Treasury must consult its allies before it adds Orvex Bank to its list.", "en"),
    ("Some diplomats argue that before listing other lenders, the bloc ought to weigh the effect.", "en"),
    ("Avant d'inscrire la banque Orvex sur sa liste, l'UE devrait attendre le rapport.", "fr"),
    ("Le Trésor consultera ses alliés avant de sanctionner la banque Orvex.", "fr"),
])
def test_an_act_ahead_of_a_modal_main_clause_is_no_act(sent: str, lang: str) -> None:
    assert _acts(sent, lang) == []


@pytest.mark.parametrize(("sent", "lang"), [
    ("Before adding Orvex Bank to its list, the Council consulted its allies.", "en"),
    ("The Treasury consulted its allies before it added Orvex Bank to its list.", "en"),
    ("Avant d'inscrire la banque Orvex sur sa liste, l'UE a consulté ses alliés.", "fr"),
    ("Le Trésor a consulté ses alliés avant de sanctionner la banque Orvex.", "fr"),
    ("The ministry said it is poised to add Orvex Bank to its list.", "en"),
])
def test_near_misses_keep_their_act(sent: str, lang: str) -> None:
    assert _acts(sent, lang) == ["designation"]
