"""A naming verb ("named", "naming", "identified") whose "as" tells a category that a
sanctions programme lists (the drug kingpin statute's "significant foreign narcotics
traffickers", the round's money launderers or financiers, "one of those sanctioned") is a
designation of the names it takes, one or a coordinated list. Near misses: a post, a
candidate, a possible target, a police finding, a survey's winners. Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("en", "On Tuesday the Treasury named Lorcan Vey and the Brandt Syndicate as significant foreign narcotics "
     "traffickers, which freezes whatever they hold in American banks.",
     [("designation", "Lorcan Vey", "2021-06-08"), ("designation", "Brandt Syndicate", "2021-06-08")]),
    ("en", "Treasury officials on Tuesday named three people as financiers for the cartel: Karl Weiss, a banker; "
     "Tomas Brandt, who owns a shipping firm; and Ida Moreau, an accountant.",
     [("designation", "Karl Weiss", "2021-06-08"), ("designation", "Tomas Brandt", "2021-06-08"),
      ("designation", "Ida Moreau", "2021-06-08")]),
    ("en", "Ottawa published its first listings under the new regime on Tuesday, naming the militia leader "
     "Karl Weiss as one of those sanctioned.",
     [("designation", "Karl Weiss", "2021-06-08")]),
    # near misses: a post, a candidate, a police finding, a possible target, a survey
    ("en", "The minister named Ida Moreau as her deputy on Tuesday.", []),
    ("en", "Analysts on Tuesday identified Tomas Brandt as a likely candidate for the post.", []),
    ("en", "Police on Tuesday identified the two men, Karl Weiss and Tomas Brandt, as drug traffickers.", []),
    ("en", "The senator named Velmora Labs as a possible target for the next round.", []),
    ("en", "A survey on Tuesday named Ida Moreau as one of those who gained most.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_naming_as_a_listed_category(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
