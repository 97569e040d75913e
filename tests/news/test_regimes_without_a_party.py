"""A regime told as such is no party's act: an embargo lifted ends a programme, no one
leaves a list (French removal triggers no longer read « embargo », as the English ones
never did), and the text that founds a regime ("the ordinance establishing measures
against X", « le décret instituant des sanctions contre X ») names the regime's target, no
designee (``object_phrase._UNDOING_BEFORE``). Sentences of our own, other names."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-05-10")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize("text", [
    # the lifting of an embargo, told by its noun or its verb, in any tense
    "Une levée de l'embargo commercial imposé à La Valmarie depuis 1962 devrait suivre le rapprochement.",
    "La levée de l'embargo contre Port-Aurel a été décidée mardi par le Conseil.",
    "Washington a levé mardi l'embargo visant La Valmarie.",
    "Le Conseil lèvera en juin l'embargo pétrolier qui frappe Port-Aurel.",
])
def test_an_embargo_lifted_is_no_removal(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "removal"]


@pytest.mark.parametrize("text", [
    # a text's noun (ordinance, decree, law, order), then the verb that founds the measures
    "Une ordonnance fédérale de 2011, instituant diverses mesures visant Kessaro Holding, comporte une annexe.",
    "Le décret du 4 mai 2009 instituant des sanctions contre la Valmar Republic figure au recueil.",
    "The 2005 ordinance establishing measures against the Valmar Republic (the sanctions ordinance) lists "
    "persons in an annex.",
    "A decree instituting measures against the Valmar Republic took effect in 2005.",
    "The law of 2003 establishing sanctions against Nova Valmar was amended twice.",
])
def test_the_text_founding_a_regime_names_no_designee(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    # the same verbs on a party's measures keep their act
    ("Le Conseil a levé lundi les sanctions visant la banque Orvex.", ("removal", "Orvex")),
    ("Le Trésor a levé jeudi l'interdiction de voyager visant Piotr Valenko.", ("removal", "Piotr Valenko")),
    ("The Council lifted the sanctions against Orvex Bank on Monday.", ("removal", "Orvex Bank")),
    ("The Treasury imposed sanctions against Orvex Bank on Monday.", ("designation", "Orvex Bank")),
    # a body that founded a framework, then acted on a party
    ("The Council established a framework in 2019 and imposed sanctions against Kessaro Holding in May.",
     ("designation", "Kessaro Holding")),
])
def test_a_partys_measures_keep_their_act(text: str, kept: tuple[str, str]) -> None:
    assert kept in _events(text)
