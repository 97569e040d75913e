"""A party's case told without a verb of suing: by its success before the court, foreseen
or won ("is expected to prevail in her suit over the listing"; in French the case's noun
itself, « son recours », « sa plainte », is read already), and by an appeal's own
heading, its number ending in "P" and the line that says when it was brought. Sentences
and headings of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[dict]:
    return extract_article(text, published="2024-06-12", language=lang)["events"]


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("The court found that Halvard Logistics would likely prevail in its lawsuit against the listing.", "en",
     "Halvard Logistics"),
    ("Halvard Logistics succeeded on its claims against the Commerce Department last year.", "en", "Halvard Logistics"),
    ("Ostrava Petrol won in its challenge against the asset freeze in March.", "en", "Ostrava Petrol"),
    ("Le tribunal a jugé probable que la société Brenmoor Logistique l'emporte dans son recours contre la désignation.",
     "fr", "Brenmoor Logistique"),
    ("Brenmoor Logistique a gagné sur sa plainte contre le ministère en avril.", "fr", "Brenmoor Logistique"),
])
def test_a_case_told_by_its_success_is_a_challenge(text: str, lang: str, who: str) -> None:
    assert who in {e["entity"] for e in _events(text, lang) if e["type"] == "legal_challenge"}


def test_a_case_not_the_partys_own_is_none() -> None:
    # a sports side's win names no case against a measure
    text = "Halvard Rovers won in their match against the league leaders on Sunday."
    assert [e for e in _events(text, "en") if e["type"] == "legal_challenge"] == []


@pytest.mark.parametrize(("text", "lang", "who", "day"), [
    ("JUDGMENT OF THE COURT (Fourth Chamber)\n12 June 2025\nIn Case C‑417/24 P,\n"
     "APPEAL from the lower court's ruling, brought on 3 May 2024,\n"
     "Darvek Holdings Ltd, established in Limassol (Cyprus), represented by A. Ferrant, lawyer,\n"
     "appellant,\nthe other party to the case being the Council.", "en", "Darvek Holdings", "2024-05-03"),
    ("ARRÊT DE LA COUR (quatrième chambre)\n12 juin 2025\nDans l'affaire C‑417/24 P,\n"
     "POURVOI contre l'arrêt du Tribunal, introduit le 3 mai 2024,\n"
     "Darvek Holdings Ltd, établie à Limassol (Chypre), représentée par Me A. Ferrant, avocat,\n"
     "partie requérante,\nl'autre partie étant le Conseil.", "fr", "Darvek Holdings", "2024-05-03"),
])
def test_an_appeals_heading_tells_its_bringer_and_day(text: str, lang: str, who: str, day: str) -> None:
    evs = [e for e in _events(text, lang) if e["type"] == "legal_challenge"]
    assert any(who in e["entity"] and e["date"] == day for e in evs)
