"""A court's finding against a listing told without "annul": "ruled that the sanctions on X
were unjustified", "was found to be unlawful by the court", "no basis for the listing of
X", "ruled in favour of X". A vacatur, but only where a court rules it: the same words in a
party's mouth, a request to a court or an interim order are none. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _vacaturs(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-03-09")["events"]
    return [(e["entity"], e["date"]) for e in evs if e["type"] == "vacatur"]


@pytest.mark.parametrize(("text", "want"), [
    ("The General Court ruled on Tuesday that the sanctions on trader Ilse Marrow were unjustified.",
     [("Ilse Marrow", "2024-03-05")]),
    ("The Council's asset freeze against Orvane Minerals Ltd was found to be unlawful by the court in a "
     "judgment on Friday.", [("Orvane Minerals Ltd", "2024-03-08")]),
    ("The judges held that there was no basis for the listing of Orvane Minerals Ltd.",
     [("Orvane Minerals Ltd", None)]),
    ("The General Court ruled in favour of Orvane Minerals Ltd, which the Council had listed in 2022.",
     [("Orvane Minerals Ltd", None)]),
])
def test_a_courts_finding_against_the_listing_vacates_it(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _vacaturs(text) == want


@pytest.mark.parametrize("text", [
    # near misses: a party's claim, a request to a court, interim relief, no court
    "Orvane Minerals Ltd said the designation was unlawful and asked the court to lift it.",
    "The company will ask the court to declare its listing unlawful.",
    "The court ruled in favour of Orvane Minerals Ltd and granted an interim suspension of its listing.",
    "The minister said on Friday that the sanctions on Orvane Minerals Ltd were unjustified.",
])
def test_no_finding_no_vacatur(text: str) -> None:
    assert _vacaturs(text) == []
