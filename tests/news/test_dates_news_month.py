"""On a page dated only by its month, an act the opening tells as done now ("today",
"effective immediately", « aujourd'hui », « avec effet immédiat ») lies in that month: the
act and the parties its sentence or the next names take the month (its day is not told).
Not the day of someone's words, a quotation's, a background act's, nor a weekday's (which
stays unresolved on such a page). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str, published: str = "2024-03") -> dict[str, str | None]:
    evs = extract_article(text, published=published)["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == "designation"}


@pytest.mark.parametrize("text", [
    "Today, the Treasury designated the shipping firm Orvane Logistics for sanctions evasion.",
    "With immediate effect, the United Kingdom has frozen the assets of Orvane Logistics.",
    "Effective immediately, the Council adds Orvane Logistics to its list of sanctioned firms.",
])
def test_an_act_done_now_takes_the_month_of_the_page(text: str) -> None:
    assert _dates(text) == {"Orvane Logistics": "2024-03"}


def test_the_parties_named_after_the_act_take_it_too() -> None:
    text = ("Aujourd'hui, le Conseil a sanctionné deux armateurs pour leur rôle dans le commerce du "
            "pétrole. Les sociétés visées sont Orvane Logistics et Belmar Trading.")
    assert _dates(text) == {"Orvane Logistics": "2024-03", "Belmar Trading": "2024-03"}


def test_a_page_dated_to_the_day_keeps_its_day() -> None:
    text = "Today, the Treasury designated the shipping firm Orvane Logistics for sanctions evasion."
    assert _dates(text, "2024-03-20") == {"Orvane Logistics": "2024-03-20"}


@pytest.mark.parametrize(("text", "want"), [
    # a weekday on a page dated by its month stays unresolved
    ("On Monday, the Treasury designated Orvane Logistics.", {"Orvane Logistics": None}),
    # the day of a quotation's words
    ('Its chairman wrote: "Today the Treasury sanctioned Orvane Logistics, and we will appeal."',
     {"Orvane Logistics": None}),
    # a background act keeps its own date; "today" is the day of the words
    ("Orvane Logistics, which the Treasury sanctioned in 2019, said today it would appeal.",
     {"Orvane Logistics": "2019"}),
    # words said today about a state or a plan are no act
    ("The ministry said today that Orvane Logistics had been on the list since 2019.", {}),
    ("Orvane Logistics a déclaré aujourd'hui qu'elle contesterait son inscription sur la liste, "
     "décidée par le Trésor.", {}),
])
def test_no_month_from_another_day_or_no_act(text: str, want: dict[str, str | None]) -> None:
    assert _dates(text) == want
