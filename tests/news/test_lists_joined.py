"""A party that "joins" a sanctions list told by its owner's possessive and its full name
("joined the Treasury's roster of blocked persons (SDN list)", "joined Beijing's unreliable
entity list"): a designation; the SDN list's own name ("... blocked persons list") tells no
court's halt. A list of something else ("Forbes' list of the
fastest-growing firms") is none. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"


def _events(text: str) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language="en")
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


JOINED = [
    ("Omar Haddad (Omar H.) now joins the Treasury's roster of traders and blocked persons (SDN list) for "
     "arming a cartel.", {("designation", "Omar Haddad", None)}),
    ("Kestrel Marine and Halden Lines on Tuesday joined Beijing's unreliable entity list.",
     {("designation", "Kestrel Marine", TUESDAY), ("designation", "Halden Lines", TUESDAY)}),
    ("The Treasury on Tuesday added Kestrel Marine to its blocked persons list under an executive order.",
     {("designation", "Kestrel Marine", TUESDAY)}),
]


@pytest.mark.parametrize("text,expected", JOINED)
def test_joining_a_list_told_by_its_owner_is_a_designation(text: str, expected: set) -> None:
    assert _events(text) == expected


def test_a_list_of_something_else_is_none() -> None:
    assert _events("Kestrel Marine on Tuesday joined Forbes' list of the fastest-growing firms.") == set()
