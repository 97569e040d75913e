"""A sentence that names the members of a group an act was told of ("These included A and
B", « Ce sont A et B ») names its items, not the names told in the relative clause of an
item's description ("B, whose wafers were made by C", « B, qui achète ses pièces à C »).
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-05-10"
TWO = [("designation", "Orlan Semi", "2023-03"), ("designation", "Dessa Micro", "2023-03")]

CASES = [
    ("en", "In March, Ruritania added over two dozen firms to its entity list. These included Orlan Semi, a "
     "designer of memory chips, and Dessa Micro, whose wafers were made by Kivor Foundry for a Tamsk Labs server.", TWO),
    ("en", "In March, Ruritania added nine firms to its entity list. They included Orlan Semi and Dessa Micro, "
     "which buys parts from Kivor Foundry.", TWO),
    ("en", "In March, Ruritania sanctioned a dozen companies. These include Orlan Semi, a designer of memory "
     "chips, and Dessa Micro, whose chips power Tamsk Labs servers.", TWO),
    ("en", "In March, Ruritania sanctioned a dozen companies. Those include Orlan Semi and Dessa Micro, whom "
     "Tamsk Labs supplies with wafers.", TWO),
    ("fr", "Le Trésor a sanctionné neuf sociétés en mars. Ce sont Orlan Semi et Dessa Micro, qui achète ses "
     "pièces à Kivor Foundry.", TWO),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_no_member_in_an_items_relative_clause(lang: str, text: str,
                                              expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
