"""An act told on a group of parties it does not name, with its day ("In early March the
ministry put a number of shipping firms on its list"), and the parties named in a sentence
soon after it with no date of their own ("Corvane Freight and Melby Lines were among
them", "The firms added include ..."): the group's members, the act's day. Not when the
act's object is a pronoun (a party told before), not a past told in the past perfect, not
when a dated act with a party comes between; past a new paragraph only on a page that tells
no day of the news. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str, published: str, kind: str = "designation") -> dict[str, str | None]:
    evs = extract_article(text, published=published)["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == kind}


_PAIR = {"Corvane Freight": "2024-03", "Melby Lines": "2024-03"}


@pytest.mark.parametrize("text", [
    "In early March, the ministry imposed fresh sanctions on the regime, hitting a number of shipping "
    "firms and their owners. Corvane Freight and Melby Lines were included on the list.",
    "In March the ministry added a number of shipping firms to its export blacklist. The firms "
    "added to the list include the carriers Corvane Freight and Melby Lines.",
    "In March the ministry added a number of shipping firms to its export blacklist. The move "
    "drew protests from the trade. Corvane Freight and Melby Lines were put on the list.",
    # (past a new paragraph, on a page that tells no day of the news)
    "In March the ministry added a number of shipping firms to its export blacklist.\n\nThe move "
    "drew protests from the trade. Corvane Freight and Melby Lines were put on the list.",
])
def test_the_members_named_after_take_the_groups_day(text: str) -> None:
    assert _dates(text, "2024-06-20") == _PAIR


def test_in_french() -> None:
    text = ("En mars, le ministère a inscrit plusieurs armateurs sur sa liste noire. Corvane Freight et "
            "Melby Lines ont ainsi été placées sur cette liste.")
    assert _dates(text, "2024-06-20") == _PAIR


def test_a_removal_of_a_group() -> None:
    text = ("In March the ministry removed a number of shipping firms from its list. Corvane Freight and "
            "Melby Lines were taken off the list.")
    assert _dates(text, "2024-06-20", "removal") == _PAIR


@pytest.mark.parametrize("text", [
    # near misses: the object a pronoun (a party told before, not a group); a past told in
    # the past perfect
    "Corvane Freight hired new staff. In March the ministry added it to an export blacklist. "
    "Melby Lines and Osprey Haulage were put on the list.",
    "In March the ministry added a number of shipping firms to its export blacklist. Melby Lines "
    "and Osprey Haulage had been put on the list.",
])
def test_near_misses_take_no_groups_day(text: str) -> None:
    got = _dates(text, "2024-06-20")
    assert got.get("Melby Lines") != "2024-03"
    assert got.get("Osprey Haulage") != "2024-03"


def test_a_dated_act_with_its_party_between_is_the_one_told_on() -> None:
    text = ("In March the ministry added a number of shipping firms to its export blacklist. In May it "
            "put Corvane Freight on the list. Melby Lines was put on the list as well.")
    got = _dates(text, "2024-06-20")
    assert got.get("Corvane Freight") == "2024-05"
    assert got.get("Melby Lines") != "2024-03"
