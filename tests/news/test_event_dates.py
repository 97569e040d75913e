"""Event dates as a careful reader resolves them, on short articles written for the test:
which date expression belongs to the event, and when none does."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def dated(text: str, published: str | None, typ: str, word: str) -> list[str | None]:
    evs = extract_article(text, published=published)["events"]
    return [e["date"] for e in evs if e["type"] == typ and word.lower() in e["entity"].lower()]


@pytest.mark.parametrize(
    ("text", "typ", "word", "date"),
    [
        # an initialism's dots inside the listing phrase do not end it
        ("Orvane Robotics Ltd was put on a U.S. trade blacklist in 2018, the firm said.",
         "designation", "Orvane", "2018"),
        ("On Monday the Kelmar Fibre Co was placed on the U.S. \u201centity list\u201d by the "
         "Commerce Department.", "designation", "Kelmar", "2021-05-10"),
    ],
)
def test_initialisms_inside_the_listing_phrase(text: str, typ: str, word: str, date: str) -> None:
    assert dated(text, "2021-05-12", typ, word) == [date]


def test_name_inside_a_mid_sentence_time_clause_is_not_the_party() -> None:
    # "the week after X closed, Y was added": X dates the action, it is not listed
    text = ("Nevertheless, on Friday the day after DVX wrapped up, Kelmar Fibre Co and two other "
            "firms were placed on the U.S. entity list by the Commerce Department.")
    evs = extract_article(text, published="2021-05-12")["events"]
    assert [(e["entity"], e["date"]) for e in evs if e["type"] == "designation"] == [
        ("Kelmar Fibre Co", "2021-05-07")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Tavon Micro Ltd was designated on January 14. As a result, US persons will no longer be "
         "able to buy Tavon Micro Ltd shares as of March 15, 2021, and must sell them by "
         "January 14, 2022.", {"designation": ["2021-01-14"], "deadline": ["2021-03-15", "2022-01-14"]}),
        ("La société Tavon Micro a été désignée le 14 janvier. L'interdiction d'investir dans "
         "Tavon Micro s'appliquera dès le 15 mars.",
         {"designation": ["2021-01-14"], "deadline": ["2021-03-15"]}),
        ("Le Pentagone a désigné Tavon Micro le 14 janvier. L'interdiction d'acheter des titres de "
         "Tavon Micro prendra effet à compter du 15 mars.",
         {"designation": ["2021-01-14"], "deadline": ["2021-03-15"]}),
    ],
)
def test_a_purchase_ban_from_a_date_is_a_deadline_pointing_forward(text: str, dates: dict[str, list[str]]) -> None:
    evs = extract_article(text, published="2021-02-02")["events"]
    got: dict[str, list[str]] = {}
    for e in evs:
        got.setdefault(e["type"], []).append(e["date"])
    assert {k: sorted(v) for k, v in got.items()} == dates
