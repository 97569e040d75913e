"""Parties told by a description before the name: a person by the noun of a designee's
trade or standing and the surname alone ("billionaire Marnov", « le milliardaire
Marnov »), a body by a longer description set off by a comma ("the country's largest oil
exporter, Tarvex,", « le principal exportateur de pétrole du pays, Tarvex, »), a person
after the body they serve (« le financier du Tavrik Omar Selim »), and a state's force of
order told in lower case (« la police des mœurs zemblienne » with a listed state's
adjective, "Iran's morality police"). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in extract_article(text, published="2024-05-10", language=lang)["events"]}


def _names(text: str, lang: str) -> set[str]:
    return {m.name for m in find_mentions(text, lang, None)[0]}


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("The Treasury sanctioned billionaire Marnov on Monday.", "en", "Marnov"),
    ("The UK sanctioned the oligarch Marnov and his wife on Monday.", "en", "Marnov"),
    ("Le Trésor a sanctionné lundi le milliardaire Marnov.", "fr", "Marnov"),
    ("Londres a sanctionné l'homme d'affaires russe Marnov lundi.", "fr", "Marnov"),
])
def test_a_person_told_by_a_designees_noun_and_the_surname(text: str, lang: str, party: str) -> None:
    assert ("designation", party) in _events(text, lang)


def test_both_surnames_after_a_plural_noun() -> None:
    assert {"Marnov", "Durov"} <= _names("Ottawa a sanctionné lundi les oligarques Marnov et Durov.", "fr")


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Le Trésor a aussi visé le principal exportateur de pétrole du pays, Tarvex, lundi.", "fr", "Tarvex"),
    ("The Treasury also sanctioned Russia's biggest private bank, Alvabank, on Monday.", "en", "Alvabank"),
    ("Le Trésor a aussi sanctionné la plus grande banque privée du pays, Alvabank, lundi.", "fr", "Alvabank"),
    ("Le Trésor a sanctionné la plateforme d'échange Garantek lundi.", "fr", "Garantek"),
    ("The EU sanctioned the broadcaster Zvezdar on Monday.", "en", "Zvezdar"),
])
def test_a_body_told_by_a_longer_description(text: str, lang: str, party: str) -> None:
    assert ("designation", party) in _events(text, lang)


def test_a_person_after_the_body_they_serve_is_named_alone() -> None:
    names = _names("Le Trésor a sanctionné le financier du Tavrik Omar Selim lundi.", "fr")
    assert "Omar Selim" in names and not any("Tavrik Omar" in n for n in names)


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Le Canada a sanctionné la police des mœurs iranienne lundi.", "fr", "police des mœurs iranienne"),
    ("L'UE a sanctionné la police religieuse iranienne et les forces de sécurité syriennes.", "fr",
     "forces de sécurité syriennes"),
    ("Canberra sanctioned Iran's morality police on Monday.", "en", "Iran's morality police"),
    ("Canberra sanctioned the Iranian riot police on Monday.", "en", "Iranian riot police"),
])
def test_a_listed_states_force_of_order_in_lower_case(text: str, lang: str, party: str) -> None:
    assert ("designation", party) in _events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Trésor a sanctionné lundi trois navires, a rapporté la chaîne Rossiya.", "fr"),
    ("The Treasury sanctioned three tankers on Monday, the broadcaster Zvezdar reported.", "en"),
    ("Ottawa a sanctionné la police fédérale canadienne lundi.", "fr"),  # no listed state's
    ("The Treasury sanctioned two firms after talks with Britain's security services.", "en"),
    ("Ottawa sanctioned five tycoons from Zembla on Monday.", "en"),  # a place after the noun
])
def test_an_outlet_or_an_acting_states_force_is_no_party(text: str, lang: str) -> None:
    evs = _events(text, lang)
    assert not any(w in e for _t, e in evs for w in ("Rossiya", "Zvezdar", "police", "security", "Zembla"))
