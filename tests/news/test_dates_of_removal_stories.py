"""A removal in a story whose day's news is a removal (and no court's decision), told with
no date of its own, is that day's removal told again: told after the sentence that gives
the day, in a sentence whose only date is the undone measures' ("... together with a
travel ban adopted in 2020"), or told with a "had" that is no earlier act (a causative: "had his own
listing rescinded"; reported speech shifted back: "said it had also delisted X").
Sentences of our own; published Thursday 14 March 2024, so "on Monday" is 11 March."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates_story import past_ago

_LEDE = "The Treasury on Monday lifted sanctions on Orvex Trading, a freight broker in Dubai. "
_LEDE_FR = "Le Trésor américain a levé lundi les sanctions contre la société Orvex Trading, un courtier basé à Dubaï. "


def _removals(text: str, who: str) -> list[str | None]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return [e["date"] for e in evs if e["type"] == "removal" and who in e["entity"]]


@pytest.mark.parametrize(("text", "who"), [
    # told after the day, with no date of its own
    (_LEDE + "The firm's new owners had sought the step for a year. "
     "The Treasury said it had also delisted Halden Marine, a sister company.", "Halden"),
    ("The Treasury on Monday lifted sanctions on two shipping firms registered in Panama. "
     "A notice on its website named them. Their owner, Piet Vandermolen, had his own listing "
     "rescinded as well.", "Vandermolen"),
    # the sentence's only date is the undone measures'
    (_LEDE + "It also lifted the sanctions on its director, Piet Vandermolen, together with a travel "
     "ban adopted in 2020.", "Vandermolen"),
    (_LEDE_FR + "Par ailleurs, le Trésor a levé les sanctions contre son dirigeant, Piet Vandermolen, "
     "tout comme le gel de ses avoirs décidé en 2020.", "Vandermolen"),
])
def test_a_removal_of_the_days_removal_story_takes_its_day(text: str, who: str) -> None:
    assert _removals(text, who) == ["2024-03-11"]


@pytest.mark.parametrize(("text", "who"), [
    # near misses: an earlier removal told as one ...
    ("The Treasury on Monday lifted sanctions on two shipping firms registered in Panama. "
     "A notice on its website named them. Their owner, Piet Vandermolen, had previously been "
     "taken off the list.", "Vandermolen"),
    (_LEDE + "The Treasury said it had already delisted Halden Marine, a sister company.", "Halden"),
    # ... a removal after a court's decision (its consequence) ...
    ("The EU General Court on Monday annulled the sanctions against Orvex Trading, a freight "
     "broker in Dubai. Its director, Piet Vandermolen, was taken off the list as well.", "Vandermolen"),
    # ... and one told after a day whose news is a listing
    ("The Treasury on Monday added Orvex Trading, a freight broker in Dubai, to its sanctions "
     "list. Halden Marine, a sister company, was taken off the list.", "Halden"),
])
def test_no_day_for_an_earlier_removal_or_another_storys(text: str, who: str) -> None:
    assert _removals(text, who) == [None]


def test_a_removal_with_a_date_of_its_own_keeps_it() -> None:
    text = _LEDE + "It had lifted the sanctions on its director, Piet Vandermolen, in 2021."
    assert _removals(text, "Vandermolen") == ["2021"]


@pytest.mark.parametrize(("text", "earlier"), [
    ("The Treasury said it had delisted the firm", False),
    ("Le Trésor a indiqué qu'il avait retiré la société", False),
    ("The owner had his listing rescinded", False),
    ("The owner had two of his firms delisted", False),
    ("The Treasury had delisted the firm", True),
    ("The Treasury said it had previously delisted the firm", True),
    ("Le Trésor avait retiré la société", True),
])
def test_which_had_tells_an_earlier_act(text: str, earlier: bool) -> None:
    assert past_ago(text) is earlier
