""""Both companies" / "these firms" as the act's subject point back to the companies just
named (a designee's companies told in the sentence before), not to any company at all as
"Companies on the list ..." does. A generic explanation and a plan stay silent."""

from __future__ import annotations

from listwatch.news import extract_article

LEAD = ("The Treasury on Thursday sanctioned Tomas Brandt, who speaks for the hill militia. Velmor Fresh "
        "and Velmor Holding belong to his family. ")


def _designated(text: str) -> set[str]:
    r = extract_article(text, published="2024-03-08", language="en")
    return {e["entity"] for e in r["events"] if e["type"] == "designation"}


def test_both_companies_point_back_to_the_companies_just_named() -> None:
    got = _designated(LEAD + "Both companies were also sanctioned.")
    assert {"Tomas Brandt", "Velmor Fresh", "Velmor Holding"} <= got


def test_these_firms_point_back_too() -> None:
    got = _designated(LEAD + "These firms were also designated.")
    assert {"Velmor Fresh", "Velmor Holding"} <= got


def test_a_plan_for_both_companies_names_no_party() -> None:
    got = _designated(LEAD + "Both companies could be sanctioned next year, officials said.")
    assert got == {"Tomas Brandt"}


def test_companies_in_general_are_no_party() -> None:
    got = _designated(LEAD + "Companies owned by a sanctioned person are sanctioned as well.")
    assert got == {"Tomas Brandt"}


def test_both_after_three_named_points_to_none() -> None:
    # near miss: "both" counts two, the sentence before named three companies
    text = ("The Treasury on Thursday sanctioned Tomas Brandt. Brandt runs Velmor Fresh, Velmor Holding and "
            "Ostrel Foods. Both companies were also sanctioned.")
    assert _designated(text) == {"Tomas Brandt"}
