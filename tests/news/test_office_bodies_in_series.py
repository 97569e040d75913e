"""A series that names the people of a counted act names, beside each, the body the
person's office is of ("A, chairman of the X holding", "B, head of the Y league"): those
bodies are no items of the series. "These include A" names one
party of the counted group, as "They include A" does. Near misses: a body named as an item
of its own stays an item, and people named without an office stay parties."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-10", language="en")
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "events"), [
    ("The Council on Friday also removed nine people from its sanctions list. These include Pavel Orlov, "
     "commander of the armed wing Korvo Group, and Emil Varga.",
     {("removal", "Pavel Orlov"), ("removal", "Emil Varga")}),
    ("The Treasury on Monday also sanctioned nine senior army commanders for abuses. These include Pavel "
     "Orlov, the head of the Velmar Border Guard, who ordered the beatings.",
     {("designation", "Pavel Orlov")}),
    ("The Council on Friday lifted sanctions on eight people. Among those taken off the list is Ivan Novak, "
     "the founder of Korvex Search. Two more names left the list: Ivan Petrov, chairman of the Velnet "
     "holding, and Emil Varga, head of the Iron Riders veterans league.",
     {("removal", "Ivan Novak"), ("removal", "Ivan Petrov"), ("removal", "Emil Varga")}),
])
def test_the_body_of_an_office_is_no_item(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events


@pytest.mark.parametrize(("text", "events"), [
    # the body named as an item of its own
    ("The Treasury on Monday also sanctioned nine senior army commanders for abuses. These include Pavel "
     "Orlov, the head of the Velmar Border Guard, and the Velmar Border Guard itself.",
     {("designation", "Pavel Orlov"), ("designation", "Velmar Border Guard")}),
    # people with no office beside them
    ("The Treasury on Monday also sanctioned nine senior army commanders for abuses. These include Pavel "
     "Orlov and Emil Varga.",
     {("designation", "Pavel Orlov"), ("designation", "Emil Varga")}),
])
def test_items_beside_an_office_stay_items(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events
