"""The day of a round told on, and lawmakers' lists, on short articles written for the test.

Dates: an act told right after a dated act of the same round, by the acting body as a
pronoun subject ("It removed C from the list") or with "also" before its verb ("The notice
also struck C"), takes that act's day; a past perfect, or a sentence further on, does not.
No act: lawmakers who list names in a letter ask for listings, they list nobody. Each with
a near miss that must keep its event or its date."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def events(text: str, published: str = "2025-03-12") -> list[tuple[str, str, str | None, str]]:
    return [(e["type"], e["entity"], e["date"], e["status"])
            for e in extract_article(text, published=published)["events"]]


def dated(text: str, typ: str, party: str) -> list[str | None]:
    return [d for t, e, d, _s in events(text) if t == typ and e == party]


def parties(text: str, typ: str = "designation") -> list[str]:
    return sorted(e for t, e, _d, _s in events(text) if t == typ)


# --- a round told on ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "The trade ministry added Kestrel Optics and Orvane Marine to its export blacklist on "
        "Tuesday. It removed Velmora Sud from the list after a review of its owners.",
        "The trade ministry added Kestrel Optics to its export blacklist on Tuesday. The same "
        "notice also struck Velmora Sud from the list.",
        "Le ministère a inscrit mardi la société Kestrel Optics sur sa liste noire. Il a "
        "également retiré la société Velmora Sud de cette liste.",
    ],
)
def test_a_removal_told_on_takes_the_day_of_the_round(text: str) -> None:
    assert dated(text, "removal", "Velmora Sud") == ["2025-03-11"]


@pytest.mark.parametrize(
    "text",
    [
        # a past perfect tells an earlier act
        "The trade ministry added Kestrel Optics to its export blacklist on Tuesday. It had "
        "removed Velmora Sud from the list after a review of its owners.",
        # three sentences on, another matter
        "The trade ministry added Kestrel Optics to its export blacklist on Tuesday. Kestrel "
        "said it would appeal. Its auditors noted the firm had met the ministry in January. It "
        "removed Velmora Sud from the list after a review.",
    ],
)
def test_an_earlier_act_or_a_later_sentence_keeps_no_day(text: str) -> None:
    assert dated(text, "removal", "Velmora Sud") == [None]


# --- lawmakers' lists ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Ten senators added Kestrel Optics and Orvane Marine to the list in their letter to the "
        "ministry.",
        "Des députés ont inscrit la société Velmora Sud sur la liste jointe à leur lettre.",
    ],
)
def test_lawmakers_listing_names_in_a_letter_is_no_act(text: str) -> None:
    assert parties(text) == []


def test_the_ministry_acting_as_lawmakers_asked_keeps_its_party() -> None:
    text = ("The trade ministry added Kestrel Optics to its export blacklist on Monday, as the "
            "senators had asked.")
    assert events(text) == [("designation", "Kestrel Optics", "2025-03-10", "effective")]
