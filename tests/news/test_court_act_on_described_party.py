"""A court's act told on one party described by a noun, not named ("annulled the
sanctions against a banker", « a annulé les sanctions contre un cousin de X »): the one
party a sentence of the next three names as the target of the measures ("the measures
against X", « les mesures visant X », « Parmi eux figurait X », "including X") is its
party. Not when two parties are named so, nor when another court act of a named party
comes between. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _vacaturs(text: str, lang: str) -> set[str]:
    evs = extract_article(text, published="2025-02-14", language=lang)["events"]
    return {e["entity"] for e in evs if e["type"] == "vacatur"}


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("The General Court on Tuesday annulled the asset freeze against a Maltese banker. "
     "The Council had based the measures against Corrado Vella on one press report.", "en", "Corrado Vella"),
    ("Judges in Luxembourg set aside the listing of a retired deputy minister, then turned to other cases. "
     "The bloc had grounded its sanctions on Hanne Ostby in her years at the ministry.", "en", "Hanne Ostby"),
    ("The court overturned the sanctions targeting an energy trader last week. The ruling was short. "
     "In 2022 the bloc listed a dozen traders, including Rasmus Kolb.", "en", "Rasmus Kolb"),
    ("Les juges européens ont annulé jeudi le gel des avoirs visant un ancien banquier maltais. "
     "Le Conseil avait fondé les mesures contre Corrado Vella sur un seul article de presse.", "fr", "Corrado Vella"),
    ("La Cour a annulé les sanctions prises contre une cousine d'Emil Rask, ex-président. "
     "En 2019, l'UE avait frappé plusieurs membres de son entourage. Parmi eux figurait Lena Holt.", "fr", "Lena Holt"),
])
def test_the_described_party_named_later_as_the_target(text: str, lang: str, who: str) -> None:
    assert who in _vacaturs(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # two targets named: which one the court freed, the text does not say
    ("The General Court annulled the asset freeze against a Maltese banker. "
     "The measures against Corrado Vella and against Piet Marr rested on the same report.", "en"),
    # another court act of a named party comes first
    ("Le Tribunal a annulé les sanctions contre un homme d'affaires maltais. "
     "Il a en revanche rejeté le recours de Piet Marr. Les mesures contre Corrado Vella restent en vigueur.", "fr"),
])
def test_no_party_when_the_target_is_not_one(text: str, lang: str) -> None:
    assert _vacaturs(text, lang) == set()
