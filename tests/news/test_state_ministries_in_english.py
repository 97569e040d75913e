"""A listed state's ministry or directorate named with a capital in English is a party
when the state's word tells it: its adjective or its possessive before ("the Syrian
Ministry of Defense", "Iran's Ministry of Intelligence"), or "of" the state after its
domain, in its short or its long form ("the Ministry of Mines of Belarus", "of the Russian
Federation", "of the Republic of Belarus"); a second body coordinated
right after the first is the same state's ("the Syrian Ministry of Oil and Ministry of
Tourism"). French finds these in lower case (``state_bodies``). Near misses: an acting
state's ministry, a body with no state's word, and a listed state's ministry that speaks
stay no party."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-03-05", language="en")
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "events"), [
    ("Washington blacklisted the Syrian Ministry of Defense on Tuesday.",
     {("designation", "Syrian Ministry of Defense")}),
    ("The Treasury has designated Iran's Ministry of Intelligence and Security.",
     {("designation", "Iran's Ministry of Intelligence and Security")}),
    ("OFAC imposed sanctions on the Ministry of Mines of Belarus last week.",
     {("designation", "Ministry of Mines of Belarus")}),
    ("OFAC also froze the assets of the Ministry of Transport of the Russian Federation.",
     {("designation", "Ministry of Transport of the Russian Federation")}),
    ("Washington delisted the Syrian Ministry of Oil and Ministry of Tourism on Friday.",
     {("removal", "Syrian Ministry of Oil"), ("removal", "Ministry of Tourism")}),
])
def test_a_listed_states_ministry_is_a_party(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(("text", "events"), [
    # an acting state's ministry, a body with no state's word, a listed state's ministry that speaks
    ("The British Ministry of Defence sanctioned Orvex Trading on Tuesday.",
     {("designation", "Orvex Trading")}),
    ("The Ministry of Finance sanctioned Orvex Trading on Tuesday.",
     {("designation", "Orvex Trading")}),
    ("Washington blacklisted Orvex Trading, the Syrian Ministry of Defense said on Tuesday.",
     {("designation", "Orvex Trading")}),
])
def test_no_party_without_a_listed_states_word(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events
