"""A page written in capitals (a press release's heading, a wire's urgent) is read without
error: the French first of the month in capitals (« 1ER ») once raised ValueError out of
the date reader. The act and its day are still found."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


@pytest.mark.parametrize(("text", "language", "event_type"), [
    ("LE CONSEIL DE L'UE A SANCTIONNÉ LA SOCIÉTÉ NORVIK SHIPPING LE 1ER MARS 2022.", "fr", "designation"),
    ("LE TRÉSOR AMÉRICAIN A LEVÉ LES SANCTIONS VISANT NORVIK SHIPPING LE 1ER MARS 2022.", "fr", "removal"),
    ("Norvik Shipping a été inscrite sur la liste noire le 1ER mars 2022.", "fr", "designation"),
])
def test_a_first_of_the_month_in_capitals_is_read(text: str, language: str, event_type: str) -> None:
    r = extract_article(text, published="2022-03-04", language=language)
    assert any(e["type"] == event_type and e["date"] == "2022-03-01" for e in r["events"]), r["events"]


@pytest.mark.parametrize("text", [
    "LE TRÉSOR A RETIRÉ NORVIK SHIPPING DE LA LISTE LE 1ER.",
    "LE 1ER, LE CONSEIL A INSCRIT NORVIK SHIPPING SUR SA LISTE.",
])
def test_a_lone_first_in_capitals_reads_without_error(text: str) -> None:
    extract_article(text, published="2022-03-04", language="fr")
