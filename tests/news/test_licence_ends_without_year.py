"""A licence's end told by a day with no year, on a page that gives no year (no date of
its own, none told before), is an undated deadline of the licence's parties, not none
(``licence_terms.yearless_end``); the end's verb may carry a modal (« doit prendre fin »,
« devait prendre fin »), and an authorisation told temporary or general is a licence.
A yearless day that ends no licence stays no deadline. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    evs = extract_article(text, published=published, language=lang)["events"]
    return sorted((e["type"], e["entity"], e["date"]) for e in evs)


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("OFAC issued a general license for Orion Maritime Ltd on Tuesday. The license authorizes the "
     "wind-down of transactions until March 9.", "en", "Orion Maritime Ltd"),
    ("The Treasury extended the expiration date of the general license for Orion Maritime Ltd to Nov. 4.",
     "en", "Orion Maritime Ltd"),
    ("Le Trésor a délivré une licence générale à la société Orion Maritime, valable jusqu'au 9 mars.",
     "fr", "Orion Maritime"),
    ("L'autorisation temporaire de la société Orion Maritime, qui doit prendre fin le 9 mars, a été prolongée.",
     "fr", "Orion Maritime"),
    ("La dérogation accordée à la société Orion Maritime devait prendre fin le 4 novembre.",
     "fr", "Orion Maritime"),
])
def test_a_yearless_end_on_an_undated_page_is_an_undated_deadline(text: str, lang: str, party: str) -> None:
    assert ("deadline", party, None) in _events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a yearless day that ends no licence
    ("Orion Maritime Ltd will present its appeal to the court on March 9.", "en"),
    ("La société Orion Maritime a été sanctionnée le 9 mars.", "fr"),
])
def test_a_yearless_day_of_no_licence_is_no_deadline(text: str, lang: str) -> None:
    assert all(kind != "deadline" for kind, _p, _d in _events(text, lang))


def test_a_dated_page_dates_the_end() -> None:
    evs = _events("Le Trésor a délivré une licence générale à la société Orion Maritime, valable jusqu'au 9 mars.",
                  "fr", published="2025-02-10")
    assert ("deadline", "Orion Maritime", "2025-03-09") in evs
