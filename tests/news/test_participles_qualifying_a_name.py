"""A listing participle that qualifies the noun a party's name follows tells who the party
is, whatever opens the noun phrase (``modality._descriptor``): a definite article, a
preposition or an authority's prefix in English ("of sanctioned tycoon A", "the UN-designated
firm B", "after blacklisted magnate C"), the noun before it in French (« de l'armateur
sanctionné A »). No designation, of that party or of any other the sentence names. Near
misses keep their act: a finite verb after its subject ("The Treasury sanctioned shipowner
A"), an adverb of the round ("the newly designated firm A"), a verb of being or inclusion
naming the round's parties ("The sanctioned individuals are A and B"). Sentences of our
own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-05-10")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "kept"), [
    # after a preposition, the act of the sentence another's (a case brought)
    ("Marta Kell, a longtime partner of sanctioned shipowner Tobias Renn, lost her appeal on Monday.", []),
    # after a definite article with an authority's prefix, twice in a series
    ("The firm sold spare parts to the UN-designated procurement agency Dorvex Trading and the EU- "
     "designated entity Kalmar Works.", []),
    # after a conjunction of time, in a removal's sentence: the removal alone
    ("The Treasury lifted sanctions on Orvex Metals after blacklisted magnate Piotr Lind cut his stake.",
     [("removal", "Orvex Metals")]),
    ("Kessaro Bank wired the funds for the sanctioned arms broker Ilse Varga, prosecutors said.", []),
    ("Trade with blacklisted shipper Norvale Lines fell by half, the ministry said on Tuesday.", []),
    # French: the noun, then the participle, then the name
    ("Le Trésor a levé les sanctions contre Orvex Metals après que l'homme d'affaires blacklisté "
     "Piotr Lind a cédé ses parts.", [("removal", "Orvex Metals")]),
    ("La banque a versé les fonds à l'armateur sanctionné Tobias Renn, selon les enquêteurs.", []),
])
def test_a_participle_qualifying_a_name_is_no_act(text: str, kept: list[tuple[str, str]]) -> None:
    assert _events(text) == kept


@pytest.mark.parametrize(("text", "kept"), [
    ("The Treasury sanctioned shipowner Tobias Renn on Monday.", [("designation", "Tobias Renn")]),
    ("The newly designated firm Orvex Metals ships oil to Norland.", [("designation", "Orvex Metals")]),
    ("Britain sanctioned two firms on Friday. Those sanctioned include Tarvik Aero and Kelmor Parts.",
     [("designation", "Kelmor Parts"), ("designation", "Tarvik Aero")]),
    ("The sanctioned individuals are Tobias Renn and Marta Kell.",
     [("designation", "Marta Kell"), ("designation", "Tobias Renn")]),
    ("Le Trésor a sanctionné l'armateur Tobias Renn lundi.", [("designation", "Tobias Renn")]),
])
def test_the_act_itself_keeps_its_party(text: str, kept: list[tuple[str, str]]) -> None:
    assert _events(text) == kept
