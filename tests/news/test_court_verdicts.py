"""Who decides what in a court's sentence: the court's verb and its object. A court
granting what a party brought (its requests, claims, pleas; « ses demandes », « ses
conclusions ») undoes the party's listing; a court granting an authority's act, or relief
that is only interim, does not; a court lifting the measures is a vacatur; a refusal
told by its noun grants nothing; a market's delisting undone is no court event of ours.
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[dict]:
    return extract_article(text, published="2024-03-09", language=lang)["events"]


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("In its judgment the Luxembourg court upholds the requests of Orlen Vasquez and annuls the acts concerning him.",
     "en", "Orlen Vasquez"),
    ("The tribunal on Friday granted the claims brought by Delmar Shipping against the asset freeze.", "en", "Delmar Shipping"),
    ("The judges allowed the pleas of the trader Ivo Brannt and set his listing aside.", "en", "Ivo Brannt"),
    ("Le Tribunal a fait droit mercredi aux conclusions de la société Corvane Minerals.", "fr", "Corvane Minerals"),
    ("Saisie par Mme Lina Perovska, la Cour fait droit à sa requête et annule son inscription.", "fr", "Lina Perovska"),
])
def test_a_court_granting_the_partys_requests_is_a_vacatur(text: str, lang: str, who: str) -> None:
    evs = _events(text, lang)
    assert who in {e["entity"] for e in evs if e["type"] == "vacatur"}
    assert who not in {e["entity"] for e in evs if e["type"] == "ruling"}


@pytest.mark.parametrize(("text", "lang"), [
    # a request answered by an agency, an authority's appeal, interim relief asked
    ("The Treasury granted the petition of Delmar Shipping last week.", "en"),
    ("The Court of Justice upheld the appeal of the Council against the earlier judgment on Delmar Shipping.", "en"),
    ("The judge granted the application for interim measures of Delmar Shipping.", "en"),
    ("Le juge a fait droit vendredi à une demande en référé présentée par Corvane Minerals.", "fr"),
    ("Le Tribunal a fait droit à la demande de la Commission dans l'affaire Corvane Minerals.", "fr"),
])
def test_a_court_granting_no_partys_case_is_no_vacatur(text: str, lang: str) -> None:
    assert [e for e in _events(text, lang) if e["type"] == "vacatur"] == []


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("On 3 March 2024 the EU General Court chose to lift EU sanctions on Orlen Vasquez.", "en", "Orlen Vasquez"),
    ("The Court of Justice lifted UK sanctions against Ivo Brannt, its judges said.", "en", "Ivo Brannt"),
])
def test_a_court_lifting_the_measures_is_a_vacatur(text: str, lang: str, who: str) -> None:
    evs = _events(text, lang)
    assert who in {e["entity"] for e in evs if e["type"] == "vacatur"}
    assert who not in {e["entity"] for e in evs if e["type"] == "removal"}


@pytest.mark.parametrize(("text", "lang"), [
    ("After the refusal of the preliminary injunction, Delmar Shipping has few options left.", "en"),
    ("Le rejet du référé de Corvane Minerals par le tribunal ferme cette voie.", "fr"),
])
def test_a_refusal_told_by_its_noun_grants_no_injunction(text: str, lang: str) -> None:
    assert [e for e in _events(text, lang) if e["type"] == "injunction"] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("The exchange's plan to delist Tarvos Telecom from the New York Stock Exchange was reversed by a court days later.", "en"),
    ("La décision de radier Tarvos Telecom du Nasdaq a été annulée par le juge.", "fr"),
])
def test_a_markets_delisting_undone_is_no_court_event(text: str, lang: str) -> None:
    assert [e for e in _events(text, lang) if e["type"] in ("vacatur", "injunction", "removal")] == []
