"""A listing participle that describes a party (no auxiliary before it, no day in what it
governs) in a sentence whose act is another tells who the party is, not an act
(``modality._described_party``): after a name and its comma, or after a noun phrase a
determiner opens (an article, a count, a demonstrative). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-05-10")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "kept"), [
    # a count and its noun in apposition, the participle governing a reason
    ("La Cour a annulé jeudi l'inscription de Piotr Valenko et Anna Kell, deux financiers norlandais "
     "sanctionnés après le coup d'État, sur la liste de l'Union.",
     [("vacatur", "Anna Kell"), ("vacatur", "Piotr Valenko")]),
    ("The court annulled on Friday the listing of Orvex Bank and Kessaro Holding, two lenders sanctioned "
     "over the coup, the ruling shows.",
     [("vacatur", "Kessaro Holding"), ("vacatur", "Orvex Bank")]),
    # a definite description, the participle governing its agent
    ("Le Trésor a délivré mardi une licence à Orvex Trading, autorisant la vente de pièces au chantier "
     "naval sanctionné par Washington.", [("license", "Orvex Trading")]),
    ("OFAC issued a licence on Monday allowing the wind-down of deals with Vostok Yards, the shipbuilder "
     "sanctioned by Washington.", [("license", "Vostok Yards")]),
    # an indefinite one, before the act
    ("Anna Kell, a businesswoman sanctioned over her ties to the junta, sued the Council on Tuesday.",
     [("legal_challenge", "Anna Kell")]),
    # a name and its comma
    ("Piotr Valenko, placé sur la liste noire à cause de ses affaires avec le régime, a été radié mardi.",
     [("removal", "Piotr Valenko")]),
])
def test_a_participle_describing_a_party_is_no_act(text: str, kept: list[tuple[str, str]]) -> None:
    assert _events(text) == kept


@pytest.mark.parametrize(("text", "listed"), [
    # a day in what the participle governs: a past act told in passing
    ("Piotr Valenko, sanctionné en mars 2022, a été radié mardi.", "Piotr Valenko"),
    ("Two banks sanctioned on Monday, Orvex Bank and Kessaro Holding, filed suit.", "Orvex Bank"),
    # an auxiliary: a relative clause tells the act
    ("Orvex Bank, which was sanctioned by the Treasury in 2021, filed suit on Monday.", "Orvex Bank"),
    # a finite verb, its object after it
    ("The Treasury sanctioned Orvex Bank on Monday and issued a licence for its clients.", "Orvex Bank"),
    ("Later the Council also sanctioned the envoy's cousin, Anna Kell, who was later taken off it.",
     "Anna Kell"),
])
def test_a_listing_told_as_an_act_stays(text: str, listed: str) -> None:
    assert ("designation", listed) in _events(text)
