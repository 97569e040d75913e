""""By" before a name marks a source only where it tells who writes or reports ("By Jane
Roe", "according to Jane Roe"); after a participle of owning, controlling or leading, or
after a noun of a challenge, it brings the owner, the head or the claimant ("firms owned by
X", "controlled directly or indirectly by X", "an appeal by X", « détenue par X »), who may
be the act's party. A source's mark tells a role at that mention only: the same person named
elsewhere as no source is no actor for it. Near misses: a byline and a source with no other
mention stay no party."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.persons import find_persons


def _people(text: str, lang: str) -> set[str]:
    return {m.name for m in find_persons(text, lang, ())}


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The licence covers any firm owned in large part by Karel Ostrinov unless it is itself listed.",
     "en", "Karel Ostrinov"),
    ("Two shipping firms controlled directly or indirectly by Mira Dolenc were named as well.",
     "en", "Mira Dolenc"),
    ("The court dismissed an appeal against the asset freeze by Pavel Dremin on Friday.",
     "en", "Pavel Dremin"),
    ("Cette licence vise les entreprises détenues majoritairement par Jean Vasseur.",
     "fr", "Jean Vasseur"),
    ("The holding, run since 2019 by Ilya Sarin, lost its bank accounts.", "en", "Ilya Sarin"),
])
def test_an_agent_after_by_is_a_person(text: str, lang: str, name: str) -> None:
    assert name in _people(text, lang)


@pytest.mark.parametrize(("text", "lang", "party"), [
    # named once as an owner after "by", once as the act's object: the party
    ("Treasury sanctioned the tycoon Karel Ostrinov on Monday. A mining group owned by Karel "
     "Ostrinov was spared.", "en", "Karel Ostrinov"),
    ("Le Trésor a sanctionné lundi Jean Vasseur. Une banque détenue par Jean Vasseur a été épargnée.",
     "fr", "Jean Vasseur"),
])
def test_the_owner_told_elsewhere_keeps_the_act(text: str, lang: str, party: str) -> None:
    assert ("designation", party) in _events(text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    # near misses: a byline and a source stay no party
    ("By Jane Roe\n\nTreasury sanctioned the Orvex Trading company on Monday.", "en", "Jane Roe"),
    ("Treasury sanctioned Orvex Trading on Monday, according to Jane Roe.", "en", "Jane Roe"),
    ("Le Trésor a sanctionné lundi Orvex Trading, selon Jeanne Roux.", "fr", "Jeanne Roux"),
])
def test_a_byline_or_a_source_is_no_party(text: str, lang: str, name: str) -> None:
    assert all(name not in e for _t, e in _events(text, lang))
