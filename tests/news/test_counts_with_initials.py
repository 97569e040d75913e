"""A count whose words hold a country's initials ("three U.S. companies", "two U.K.
nationals") counts its parties like any other: the next sentence that names them ("The
companies are A, B and C", each with its trade before the name) gives them the counted
act. Near miss: a count that tells no act. Invented parties, sentences written for this
test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("en", "The ministry blacklisted three U.S. firms on Tuesday. The firms are drone maker Velmora Labs, "
     "satellite firm Quorra Trade and subsea engineering firm Dalvik Marine.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Quorra Trade", "2021-06-08"),
      ("designation", "Dalvik Marine", "2021-06-08")]),
    ("en", "Beijing put two U.K. firms on its export control list on Tuesday. The firms are Velmora Labs and "
     "Quorra Trade.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Quorra Trade", "2021-06-08")]),
    # near miss: the count tells no act
    ("en", "Three U.S. companies said on Tuesday they would follow the export rules. The companies are Velmora "
     "Labs, Quorra Trade and Dalvik Marine.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_count_with_a_country_s_initials(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
