"""The French passive of a measure's making (imposed, taken, decided, adopted, announced) and
its recipient after « contre » or « à »: the measures indefinite or definite (« Les sanctions
ont aussi été imposées à X », « Ces mesures ont été infligées à plusieurs entités, dont Y »;
measures a relative clause tells are known ones), the adjuncts between the participle and the
recipient, the agent and the day, come in either order, and the agent's name may carry its
adjective of nationality (« adoptées mardi par l'Union européenne contre X », « prises par
Londres le 7 mars contre Y », « imposées par le Trésor américain, mardi, à Z »). And the
outlet's own reporter told after a verb of noting is who reports, no party (« ..., note notre
correspondant à Bruxelles, X »). Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-03-10"  # a Friday; Tuesday is 2023-03-07
TUE = "2023-03-07"

CASES = [
    ("De nouvelles sanctions ont été adoptées mardi par la Commission européenne contre la milice Orvane.",
     [("designation", "Orvane", TUE)]),
    ("De nouvelles mesures restrictives ont été décidées mardi par le Conseil européen contre la société "
     "Kormax Mining.", [("designation", "Kormax Mining", TUE)]),
    ("Des sanctions ont été annoncées mardi par le Trésor américain contre Marc Dorval.",
     [("designation", "Marc Dorval", TUE)]),
    ("Des sanctions ont été prises par Londres le 7 mars contre Marc Dorval.", [("designation", "Marc Dorval", TUE)]),
    ("Des sanctions ont été imposées par le Trésor américain, mardi, à Marc Dorval.",
     [("designation", "Marc Dorval", TUE)]),
    # (the order already read stays read)
    ("Des sanctions ont été imposées mardi à Marc Dorval.", [("designation", "Marc Dorval", TUE)]),
    # (no recipient after the agent: no act of a party)
    ("De nouvelles sanctions ont été adoptées mardi par l'Union européenne.", []),
    # definite or demonstrative measures
    ("Les sanctions ont été imposées mardi à Marc Dorval et à Pierre Lantin.",
     [("designation", "Marc Dorval", TUE), ("designation", "Pierre Lantin", TUE)]),
    ("Le Conseil a adopté mardi des sanctions contre le réseau Orvane. Ces mesures restrictives ont aussi "
     "été infligées à plusieurs entités, dont Kormax Mining et Velor Textiles.",
     [("designation", "Orvane", TUE), ("designation", "Kormax Mining", TUE), ("designation", "Velor Textiles", TUE)]),
    ("Le Conseil a adopté mardi des sanctions contre le réseau Orvane. Les mêmes sanctions ont été prises "
     "contre la société Kormax Mining.",
     [("designation", "Orvane", TUE), ("designation", "Kormax Mining", TUE)]),
    # (measures told in a relative clause: known ones, lifted here)
    ("Les sanctions qui avaient été imposées à Marc Dorval ont été levées mardi.", [("removal", "Marc Dorval", TUE)]),
    # the outlet's reporter after a verb of noting: no party
    ("Le Conseil a adopté mardi des sanctions contre le groupe Orvane. Les mesures visent des cadres de "
     "premier rang du groupe, note notre correspondant à Genève, Paul Mercier.",
     [("designation", "Orvane", TUE)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_passive_adjuncts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language="fr")
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
