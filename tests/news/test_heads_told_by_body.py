"""An organisation told right before the title of the one person who heads or owns it
("the Korvex Group chief Ivan Petrov", "the former Velmar Rovers owner, whose yachts
...") only says who that person is: the person is the party, the organisation none.
Near misses: the organisation named again as a party of its own in the sentence or
pointed back to ("... said the company was added"), and a body's "head office", which
tells no person."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-10", language="en")
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "events"), [
    ("The Treasury on Monday imposed sanctions on Korvex Group chief Ivan Petrov over the smuggling of drones.",
     {("designation", "Ivan Petrov")}),
    ("On 4 May the Foreign Office announced sanctions on six businessmen, including Velmar Rovers owner, "
     "Pavel Orlov.",
     {("designation", "Pavel Orlov")}),
    ("The Council removed Emil Varga from its list on Friday. The 61-year-old former Velmar Rovers owner, "
     "whose yachts were seized last year, was sanctioned by the Council in 2022.",
     {("removal", "Emil Varga")}),
    ("The United Nations on Tuesday removed the name of Korvo Front founder Ivan Petrov from its sanctions list.",
     {("removal", "Ivan Petrov")}),
])
def test_the_body_before_a_head_title_is_no_party(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(("text", "events"), [
    # the organisation named as a party of its own beside its chief
    ("The Treasury on Monday sanctioned Korvex Group and Korvex Group chief Ivan Petrov over the smuggling "
     "of drones.",
     {("designation", "Korvex Group"), ("designation", "Ivan Petrov")}),
    # the sentence points back to the body after its head's title
    ("Korvex Trading chief executive Ivan Petrov said on Friday that the company had been put on the "
     "Entity List.",
     {("designation", "Korvex Trading")}),
    # a body's head office is no person's title
    ("The Treasury on Monday sanctioned Korvex Trading Ltd and seized its head office in the port.",
     {("designation", "Korvex Trading Ltd")}),
])
def test_a_body_with_no_head_title_stays_a_party(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events
