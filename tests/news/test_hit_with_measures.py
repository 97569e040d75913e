""""Hit with asset freezes" or "hit with travel bans" tells a listing as "hit with sanctions"
does: the names before it (a counted group's names set off by dashes) are its parties.
Near miss: hit with a fine. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("en", "Four companies – Velmora Labs (VL), Quorra Trade, Dalvik Marine, and Orlan Group – were each hit "
     "with an asset freeze over the smuggling ring.",
     [("designation", "Velmora Labs (VL)", None), ("designation", "Quorra Trade", None),
      ("designation", "Dalvik Marine", None), ("designation", "Orlan Group", None)]),
    ("en", "Karl Weiss and Tomas Brandt were hit with travel bans on Tuesday over the rigged vote.",
     [("designation", "Karl Weiss", "2021-06-08"), ("designation", "Tomas Brandt", "2021-06-08")]),
    # near miss: a fine is no listing
    ("en", "Velmora Labs was hit with a fine of two million dollars.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_hit_with_asset_freezes_or_travel_bans(lang: str, text: str,
                                               expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
