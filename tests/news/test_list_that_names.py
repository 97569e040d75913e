"""A list, or a round's sanctions, as the subject of a verb that names its parties: "The list
also mentions X", "The sanctions specifically name X and Y", "La liste cite aussi X":
the round told just before names them, with its day. A report, an article or another kind
of list that mentions a name lists no one, nor does a round that only could name it.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("en", "On Wednesday the bureau put 14 firms on its Entity List. The list also mentions Velmora Labs and "
     "Quorra Trade, two sensor makers.",
     [("designation", "Velmora Labs", "2021-06-09"), ("designation", "Quorra Trade", "2021-06-09")]),
    ("en", "The Treasury put an Iranian oil network on its SDN list on Tuesday. The sanctions also mention "
     "Velmora Labs and Quorra Trade, two shipping agents.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Quorra Trade", "2021-06-08")]),
    ("fr", "Mardi, le département du Commerce a ajouté 14 sociétés à sa liste noire. La liste cite encore "
     "le fabricant Velmora Labs et Quorra Trade, un fournisseur de capteurs.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Quorra Trade", "2021-06-08")]),
    ("fr", "Mardi, le département du Commerce a ajouté 14 sociétés à sa liste noire. La liste mentionne aussi "
     "Velmora Labs.",
     [("designation", "Velmora Labs", "2021-06-08")]),
    # near misses: a report or another kind of list mentions a name; a round that could name one
    ("en", "Velmora Labs makes sensors. The report also mentions Quorra Trade.", []),
    ("en", "The list of top exporters also mentions Quorra Trade, a sensor maker.", []),
    ("en", "On Tuesday the Treasury added an Iranian oil network to its SDN list. The new sanctions could name "
     "Velmora Labs next month.", []),
    ("fr", "Le rapport cite également Velmora Labs et Quorra Trade.", []),
    ("fr", "La liste des meilleurs exportateurs mentionne Quorra Trade.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_list_that_names_its_parties(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
