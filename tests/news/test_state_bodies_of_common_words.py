"""A state's body named in English with common words only, its head noun last ("Federal
Security Service", "State Security Department", "Guardian Council"), has no word of its
own that tells it for a name: its place does. As the object of an agency's act, the
target of its measure, an item of a series or of a list of designees, it is the party. A
body named by its head noun and a number ("Department 53", "Office 39") is one too. Near
misses: a body after a preposition of direction or as a list's owner ("added to the X
Commission's list"), an acting state's body, a body that acts or speaks, a document's or a
programme's words, and a number in a place ("in Room 12") stay no party."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_LEAD = "The step was set out by the government in a note sent to the press late in the evening. "


def _events(text: str) -> set[tuple[str, str]]:
    r = extract_article(_LEAD + text, published="2024-03-05", language="en")
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "events"), [
    # the object of the act, with or without its article or a state's possessive
    ("The Treasury sanctioned Federal Security Service on Friday.",
     {("designation", "Federal Security Service")}),
    ("Washington on Monday blacklisted Zembla's State Security Department.",
     {("designation", "State Security Department")}),
    ("The State Department designated the Military Industrial Commission last week.",
     {("designation", "Military Industrial Commission")}),
    # the target of a measure lifted, and a body coordinated with the first
    ("The Treasury lifted sanctions on the Coastal Rescue Service on Monday.",
     {("removal", "Coastal Rescue Service")}),
    ("Ottawa listed the Guardian Council and the Expediency Discernment Council on Tuesday.",
     {("designation", "Guardian Council"), ("designation", "Expediency Discernment Council")}),
    # an item of a series of designees
    ("Ottawa sanctioned Orvex Trading, the Central Election Commission and Kestrel Bank on Monday.",
     {("designation", "Orvex Trading"), ("designation", "Central Election Commission"),
      ("designation", "Kestrel Bank")}),
    # the head and its number
    ("The Treasury designated Department 53 of the Zemblan army on Friday.",
     {("designation", "Department 53")}),
    ("The Treasury also sanctioned Office 39, which raises hard currency for the leadership.",
     {("designation", "Office 39")}),
])
def test_a_body_told_by_its_place_is_a_party(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events


def test_a_body_in_a_list_of_designees() -> None:
    text = "The entities designated today are the Guardian Council and Orvex Trading."
    assert _events(text) == {("designation", "Guardian Council"), ("designation", "Orvex Trading")}


@pytest.mark.parametrize(("text", "events"), [
    # a list's owner after a preposition of direction
    ("Orvex Trading was added to the Maritime Safety Commission's watch list on Friday.",
     {("designation", "Orvex Trading")}),
    # an acting state's body, a programme's or a document's words
    ("The Treasury sanctioned Orvex Trading and the British Export Control Agency on Friday.",
     {("designation", "Orvex Trading")}),
    ("The Treasury sanctioned Orvex Trading under the Sanctions Review Committee on Friday.",
     {("designation", "Orvex Trading")}),
    # the body that acts, and one that speaks
    ("The Central Election Commission sanctioned nobody, but Ottawa listed Orvex Trading on Monday.",
     {("designation", "Orvex Trading")}),
    ("Ottawa sanctioned Orvex Trading on Monday, the Federal Security Service said.",
     {("designation", "Orvex Trading")}),
    # a number in a place, a document's part
    ("The Treasury sanctioned Orvex Trading, whose staff met in Room 12 under Section 1237.",
     {("designation", "Orvex Trading")}),
])
def test_no_body_party_where_its_place_tells_none(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events
