"""Bodies a cue noun of their kind names: an agency, an organisation, an institute, a
foundation, a militia, a force, a network, a unit ("l'agence nucléaire russe, X", "la
force paramilitaire X", "the state agency X"), and firms after "like" / "such as"; an
agency told as the source of the news is an outlet, no party. Sentences invented for
these tests."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in extract_article(text, published="2024-05-10", language=lang)["events"]}


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Des sanctions ont aussi été imposées à l'agence nucléaire russe, Rostekh, et à deux banques.", "fr", "Rostekh"),
    ("Le Trésor a sanctionné en mars l'organisme public norlandais Velmarin.", "fr", "Velmarin"),
    ("Canberra a sanctionné lundi la force paramilitaire Tavrik et onze individus.", "fr", "Tavrik"),
    ("L'UE a inscrit sur sa liste le réseau de passeurs Dravko.", "fr", "Dravko"),
    ("Sanctions were also imposed on the Russian nuclear agency, Rostekh, and on two banks.", "en", "Rostekh"),
    ("The Treasury sanctioned the paramilitary force Tavrik on Monday.", "en", "Tavrik"),
    ("Beijing added arms makers such as Corvane Aerospace and Talbrook to its list.", "en", "Talbrook"),
    ("Beijing added defence firms like K7 Dynamics to its export control list on Friday.", "en", "K7 Dynamics"),
])
def test_a_body_named_after_the_noun_of_its_kind_is_a_party(text: str, lang: str, party: str) -> None:
    assert any(t == "designation" and e == party for t, e in _events(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Trésor a sanctionné lundi trois navires, selon l'agence Tass.", "fr"),
    ("Le Trésor a sanctionné lundi trois navires, a rapporté l'agence officielle Irna.", "fr"),
    ("The Treasury sanctioned three tankers on Monday, the news agency Interfax reported.", "en"),
    ("The Treasury sanctioned three tankers on Monday, according to the state agency Tass.", "en"),
])
def test_a_news_agency_that_reports_the_act_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == set()
