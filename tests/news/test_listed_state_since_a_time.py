"""The perfect of the listed state with its start told by "since" tells the listing and its
day: being under the measures, facing them or being subject to them ("has been under British
sanctions since May 2021", "has faced sanctions ever since 2019"). The state with no start ("for
years"), another state ("under review", "faced questions"), being on a list (a state the
written sets keep quiet) and a negation tell none. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designations(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "designation")


@pytest.mark.parametrize(("text", "date"), [
    ("Anton Briel has been under British sanctions since May 2021.", "2021-05"),
    ("Velmar Semiconductor has faced US sanctions since March 2019.", "2019-03"),
    ("Velmar Semiconductor had been under an asset freeze since 2018 when the court ruled.", "2018"),
])
def test_the_state_since_a_time_tells_the_listing(text: str, date: str) -> None:
    party = "Anton Briel" if text.startswith("Anton") else "Velmar Semiconductor"
    assert _designations(text) == [(party, date)]


@pytest.mark.parametrize("text", [
    "Velmar Semiconductor has been under US sanctions for years.",
    "Velmar Semiconductor has been under review since 2019.",
    "Velmar Semiconductor has faced questions since 2019.",
    "Velmar Semiconductor has stood on the export blacklist since 2019.",
    "Velmar Semiconductor has not been under sanctions since 2019.",
])
def test_no_listing_without_the_measures_start_or_with_a_negation(text: str) -> None:
    assert _designations(text) == []
