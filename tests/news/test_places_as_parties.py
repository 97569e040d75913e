"""A country, a region or a people told by a form the place words lacked (a French
country's acronym, the French name of a peninsula, a people's French plural) is a place,
never a party; names that only hold such a word, and a country on a list of states, stay
parties. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news.extract import extract_article


def _parties(text: str, lang: str) -> set[str | None]:
    out = extract_article(text, published="2025-02-10", language=lang)
    return {e["entity"] for e in out["events"]}


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Washington a sanctionné lundi Mirel Tanga, un négociant de cuivre installé au Katanga, en RDC.",
     "fr", {"Mirel Tanga"}),
    ("Les mesures adoptées lundi visent la Crimée et la banque Orlatsky.", "fr", {"Orlatsky"}),
    ("Ces mesures frappent la Crimée depuis 2014, a rappelé le Conseil.", "fr", set()),
    ("Au total, les Yéménites sanctionnés par l'ONU sont désormais douze.", "fr", set()),
])
def test_a_place_told_by_a_new_form_is_no_party(text: str, lang: str, parties: set[str]) -> None:
    assert _parties(text, lang) == parties


@pytest.mark.parametrize(("text", "lang", "parties"), [
    # a name holding the word keeps it
    ("Le Trésor a aussi sanctionné lundi la RDC Mining Company, un courtier de Lubumbashi.", "fr",
     {"RDC Mining Company"}),
    ("Crimea Energo Trade was designated by the EU on Monday.", "en", {"Crimea Energo Trade"}),
    # the person the place's title belongs to
    ("The United States sanctioned a minister of the DRC, Mirel Tanga, on Monday.", "en", {"Mirel Tanga"}),
    # a country alone on a list of states
    ("Le département d'État a retiré lundi la Corée du Nord de sa liste des États soutenant le terrorisme.",
     "fr", {"Corée du Nord"}),
])
def test_names_holding_a_place_and_listed_states_stay_parties(text: str, lang: str, parties: set[str]) -> None:
    assert _parties(text, lang) == parties
