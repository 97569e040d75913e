"""A page that shows no date and opens on a yearless day: the day takes the year of the
first full date told after it, or the year before when it would fall after that date. Not
when an earlier sentence gave a date (its year rules), nor with no full date after it.
Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str, kind: str) -> list[str | None]:
    return sorted((e["date"] for e in extract_article(text, published=None)["events"] if e["type"] == kind),
                  key=str)


@pytest.mark.parametrize(("text", "expected"), [
    ("On 12 April, the Zemblan treasury issued a general licence for dealings with Kallor Bank. "
     "The bank's deposits remain frozen. The licence runs until 30 June 2023.", ["2023-04-12"]),
    ("Le 12 avril, le Trésor zemblan a délivré une licence générale pour les opérations avec la "
     "banque Kallor. Les dépôts de la banque restent gelés. La licence court jusqu'au 30 juin 2023.",
     ["2023-04-12"]),
    # a December day told before a January date: the year before
    ("On 18 December, the Zemblan treasury issued a general licence for dealings with Kallor Bank. "
     "The licence runs until 20 January 2024.", ["2023-12-18"]),
    ("Le 18 décembre, le Trésor zemblan a délivré une licence générale pour les opérations avec la "
     "banque Kallor. La licence court jusqu'au 20 janvier 2024.", ["2023-12-18"]),
])
def test_a_yearless_opening_day_takes_the_year_told_after_it(text: str, expected: list[str]) -> None:
    assert _dates(text, "license") == expected


def test_no_full_date_after_it_leaves_the_day_undated() -> None:
    text = ("On 12 April, the Zemblan treasury issued a general licence for dealings with Kallor "
            "Bank. The bank's deposits remain frozen.")
    assert _dates(text, "license") == [None]


@pytest.mark.parametrize("text", [
    # a past date of another act told after it: when the ruling came is not told
    ("In March, the Zemblan court annulled the listing of Kallor Bank. The court found that "
     "after its chairman resigned in June 2019, the ministry had to show new evidence."),
    ("En mars, le tribunal zemblan a annulé l'inscription de la banque Kallor. Selon lui, après "
     "la démission de son président en juin 2019, le ministère devait apporter de nouvelles preuves."),
    # the end of a span the annulled acts covered: no end the ruling runs to
    ("The Zemblan court annulled the listing of Kallor Bank (12 May). It annulled the acts for "
     "the period from 3 March 2022 to 20 April 2023."),
    ("Le tribunal zemblan a annulé l'inscription de la banque Kallor (12 mai). Il a annulé les "
     "actes pour la période allant du 3 mars 2022 au 20 avril 2023."),
])
def test_a_past_date_or_a_spans_end_told_after_fixes_no_year(text: str) -> None:
    assert _dates(text, "vacatur") == [None]
