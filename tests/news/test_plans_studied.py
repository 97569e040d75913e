"""An authority's act still under study is no act (``plans_studied``): a verb or noun of
deliberation before the act ("is deliberating on adding", "contemplating", « réfléchit à
», « planche sur »), or after an act told by its noun ("is being weighed", « est à l'étude
»). A court that deliberates keeps the case before it, and a study done before the act
keeps the act. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _kinds(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-03-02")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


_NAMED = "The companies are Alpha Robotics, Beta Sensors and Gamma Chips Co."


@pytest.mark.parametrize("text", [
    "The government is deliberating on adding several chip firms to a blacklist. " + _NAMED,
    "Officials are contemplating adding three chip firms to the Entity List. " + _NAMED,
    "The administration is exploring adding three chip firms to the Entity List. " + _NAMED,
    "The ministry is debating adding three chip firms to the Entity List. " + _NAMED,
    "The administration is deliberating on adding Alpha Robotics to a blacklist.",
    "The blacklisting of Alpha Robotics and Beta Sensors Ltd is being weighed in Washington.",
    "Alpha Robotics is on a shortlist of firms to be added to the Entity List.",
    "Sanctions against Alpha Robotics Ltd are under consideration.",
    "Le gouvernement réfléchit à ajouter trois sociétés à sa liste noire. "
    "Il s'agit de Alpha Robotics, Beta Sensors et Gamma Chips.",
    "Le gouvernement planche sur l'ajout de Alpha Robotics à sa liste noire.",
    "Le gouvernement se penche sur l'inscription de Alpha Robotics sur sa liste noire.",
    "Le gouvernement délibère sur l'ajout de la société Alpha Robotics à la liste noire.",
    "L'inscription de la société Alpha Robotics sur la liste noire est à l'étude.",
    "Des sanctions contre la société Alpha Robotics sont sur la table.",
])
def test_an_act_under_study_is_no_act(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(("text", "kind"), [
    # a study done before the act, told as over
    ("After studying the file, the Council added Alpha Robotics to its list on Monday.", "designation"),
    # a court deliberating has the case before it
    ("Le Tribunal délibère sur le recours de la société Alpha Robotics contre son inscription.",
     "legal_challenge"),
])
def test_near_misses_keep_their_act(text: str, kind: str) -> None:
    assert (kind, "Alpha Robotics") in _kinds(text)
