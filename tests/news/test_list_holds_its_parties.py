"""A list, or a round's measures, as the subject of a verb that tells whom it holds: any verb of
holding ("features", "comprises", "contains"), the list told with words of its kind ("the
export control list") or an aside (", in turn,"), the parties after a descriptor of their
group and an inclusion cue ("features several shipbuilders, including A and B"), each item
of the enumeration; the list that "no longer" holds them tells their removal; a participle
clause on the parties ("..., freezing any funds they may hold") is no appraisal of the act.
What a list already or currently holds, a list of another kind, a company that no longer
holds a unit: nobody. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("en", "On Monday the ministry added four Zemblan shipyards to its export control list. The control list "
     "features several shipbuilders and drone makers, including Velmora Marine, Quorra Drones and Haldex Avionics.",
     [("designation", "Velmora Marine", "2021-06-07"), ("designation", "Quorra Drones", "2021-06-07"),
      ("designation", "Haldex Avionics", "2021-06-07")]),
    ("en", "The bureau put the Zembla network on its Entity List on Monday. The Entity List now comprises several "
     "drone makers, such as Velmora Marine and Quorra Drones.",
     [("designation", "Velmora Marine", "2021-06-07"), ("designation", "Quorra Drones", "2021-06-07")]),
    ("en", "The ministry put nine firms on its watch list on Tuesday. The watch list, in turn, comprises "
     "Velmora Labs and Quorra Trade.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Quorra Trade", "2021-06-08")]),
    ("en", "The Treasury said on Tuesday that the sanctions target Velmora Labs and Quorra Trade, blocking any "
     "property they might have in the United States.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Quorra Trade", "2021-06-08")]),
    ("en", "On Tuesday the council revised its sanctions regime. The updated blacklist no longer names Velmora "
     "Labs, a sensor maker; Quorra Trade, a grain broker; and Haldex Avionics.",
     [("removal", "Velmora Labs", None), ("removal", "Quorra Trade", None), ("removal", "Haldex Avionics", None)]),
    ("fr", "Mardi, le Conseil a révisé son régime de sanctions. La liste mise à jour ne mentionne plus Velmora Labs "
     "et Quorra Trade.",
     [("removal", "Velmora Labs", None), ("removal", "Quorra Trade", None)]),
    ("fr", "Le ministère a indiqué mardi que les sanctions visent Velmora Labs et Quorra Trade, gelant les fonds "
     "qu'elles auraient en Norvège.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Quorra Trade", "2021-06-08")]),
    # near misses: what the list already or currently holds, another kind of list, a company's
    # holdings
    ("en", "The export control list already features Velmora Labs and Quorra Trade.", []),
    ("en", "The sanctions list currently includes Velmora Labs, a sensor maker.", []),
    ("en", "The list of leading exporters features several firms, including Quorra Trade and Velmora Labs.", []),
    ("en", "The holding company no longer includes Velmora Labs and Quorra Trade.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_list_that_holds_its_parties(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
