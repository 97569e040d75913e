"""A state's body named in French as French writes it, in lower case with the state's
adjective (a ministry and its domain, a bank or company told as the state's own by
"centrale", "nationale", "publique"), is a party of the act told on it, alone or in a
series. Near misses: a company told only by its trade and nationality (how French recalls
the article's own party), a plain plural of banks, the ministry of an acting state, a
ministry that only speaks. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.state_bodies import state_bodies


def _events(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-05-10", language="fr")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "want"), [
    ("Mardi, la banque centrale birmane a été inscrite sur la liste noire du Trésor.",
     [("designation", "banque centrale birmane")]),
    ("Le Trésor a radié mardi quatre entités : Orvane Oil, la compagnie aérienne nationale birmane, Velmar Bank "
     "et la banque centrale birmane.",
     [("removal", "Orvane Oil"), ("removal", "Velmar Bank"), ("removal", "banque centrale birmane"),
      ("removal", "compagnie aérienne nationale birmane")]),
    ("Le Trésor a retiré mardi de sa liste le ministère birman de l'énergie et Orvane Oil.",
     [("removal", "Orvane Oil"), ("removal", "ministère birman de l'énergie")]),
])
def test_a_state_body_in_lower_case_is_a_party(text: str, want: list[tuple[str, str]]) -> None:
    assert _events(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Le Trésor a levé mardi les sanctions contre la compagnie pétrolière birmane, qui exporte du gaz.", []),
    ("Le Trésor a levé mardi les sanctions contre les banques birmanes.", []),
    ("Le Trésor a levé mardi les sanctions contre la société birmane Orvane Oil.", [("removal", "Orvane Oil")]),
    ("Le ministère birman des Affaires étrangères a dénoncé mardi les sanctions imposées à Orvane Oil.", []),
])
def test_no_state_body_where_none_is_named(text: str, want: list[tuple[str, str]]) -> None:
    assert _events(text) == want


def test_an_acting_states_ministry_is_not_found() -> None:
    text = "Le ministère américain du commerce a ajouté la banque centrale birmane à sa liste."
    assert [n for n, _, _ in state_bodies(text)] == ["banque centrale birmane"]
