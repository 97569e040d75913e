"""The members of a group an act was told of, identified in a sentence with no act of its
own (``members.py``): by a copula or "include" after a definite or demonstrative noun that
takes up the group ("The companies are A and B", « Ces sociétés sont A et B »), by their rank
in it ("The third designee is C", « La deuxième personne visée est B »), by a part of it
counted with its names in apposition ("Two of the sanctioned individuals, A and B, were"),
by a pronoun the act's participle heads ("A is among those hit by the new measures"), or as a
qualified addition ("A particularly striking addition to the list is A"). A group counted as
the subject of a passive act ("Three firms were added") is told once, never a kind. Near
misses: a kind told in general, a superlative or a title, an agent of no measure, no act
told before. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-03-10"  # a Friday; Tuesday is 2023-03-07

TUE = "2023-03-07"

CASES = [
    # a counted group as the subject of the passive act: told once, its members named next
    ("en", "Three firms were added to the export blacklist on Tuesday. They include Kormax Mining, Velor Textiles "
     "and Pelton Ltd.",
     [("designation", "Kormax Mining", TUE), ("designation", "Velor Textiles", TUE), ("designation", "Pelton Ltd", TUE)]),
    ("en", "37 entities were blacklisted by the Commerce Department on Tuesday. Among them are Kormax Mining and Velor Textiles.",
     [("designation", "Kormax Mining", TUE), ("designation", "Velor Textiles", TUE)]),
    ("en", "Four companies were sanctioned by the Treasury on Tuesday. They were Kormax Mining and Velor Textiles, "
     "with two others yet to be named.",
     [("designation", "Kormax Mining", TUE), ("designation", "Velor Textiles", TUE)]),
    # (a kind told in general: a rule, no act)
    ("en", "Firms added to the Entity List are barred from buying chips. Kormax Mining said it would appeal.", []),
    # a member by its rank in the counted group
    ("en", "The Treasury designated three cartel bosses on Tuesday. The gang controls the port of Valmora. "
     "The third designee is Mario Gomez, who once worked for Kormax Shipping.",
     [("designation", "Mario Gomez", TUE)]),
    ("en", "The Treasury designated two cartel bosses on Tuesday. The first is Mario Gomez, a former gunman. "
     "The second is Luis Ortega, who runs the port.",
     [("designation", "Mario Gomez", TUE), ("designation", "Luis Ortega", TUE)]),
    ("fr", "Le Trésor a sanctionné mardi deux chefs du cartel. Le premier est Mario Gomez, un ancien tueur. "
     "La deuxième personne visée est Luisa Ortega.",
     [("designation", "Mario Gomez", TUE), ("designation", "Luisa Ortega", TUE)]),
    # (a superlative's rank, a title's: no member)
    ("en", "The Treasury designated two Kormax bankers on Tuesday. The second largest bank is Velor Bank, "
     "which was not targeted.", []),
    ("fr", "Le Trésor a sanctionné mardi deux chefs du cartel. Le premier ministre est Mario Gomez.", []),
    # a part of the group counted, its names in apposition
    ("en", "The Treasury sanctioned three Russian brokers on Tuesday. Two of the sanctioned individuals, Ivan "
     "Petrov and Oleg Sidorov, moved funds for the network.",
     [("designation", "Ivan Petrov", TUE), ("designation", "Oleg Sidorov", TUE)]),
    ("fr", "Le Trésor a sanctionné mardi trois courtiers russes. Deux des personnes visées, Ivan Petrov et Oleg "
     "Sidorov, géraient les fonds du réseau.",
     [("designation", "Ivan Petrov", TUE), ("designation", "Oleg Sidorov", TUE)]),
    # (a part of another group: the act's parties' clients)
    ("en", "The Treasury sanctioned three Russian brokers on Tuesday. Two of the firms that trade with them, "
     "Kormax Mining and Velor Textiles, said they would stop.", []),
    # a definite or demonstrative noun of the group's class takes up the group told just before
    ("en", "The Treasury imposed sanctions on Tuesday on shipping firms that carried oil for the regime. "
     "The companies are Kormax Shipping, Velor Marine and Pelton Ltd.",
     [("designation", "Kormax Shipping", TUE), ("designation", "Velor Marine", TUE), ("designation", "Pelton Ltd", TUE)]),
    ("en", "The Treasury imposed sanctions on Tuesday on officials who rigged the vote. These individuals include "
     "Ivan Petrov and Oleg Sidorov.",
     [("designation", "Ivan Petrov", TUE), ("designation", "Oleg Sidorov", TUE)]),
    ("fr", "Le Trésor a sanctionné mardi quatre armateurs. Ces sociétés sont Kormax Shipping et Velor Marine.",
     [("designation", "Kormax Shipping", TUE), ("designation", "Velor Marine", TUE)]),
    # (no act told before; a noun of another class)
    ("en", "Shipping firms in the region face new checks. The companies include Kormax Shipping and Velor Marine.", []),
    ("en", "The Treasury imposed sanctions on Tuesday on officials who rigged the vote. The companies are Kormax "
     "Shipping and Velor Marine.", []),
    # a pronoun the act's participle heads
    ("en", "The Treasury imposed sanctions on Tuesday on a network that shipped oil abroad. Ivan Petrov and his "
     "brother Oleg Petrov were among those hit by the new measures.",
     [("designation", "Ivan Petrov", TUE), ("designation", "Oleg Petrov", TUE)]),
    ("en", "The Treasury imposed sanctions on Tuesday on a network that shipped oil abroad. Others hit by the "
     "measures include Kormax Shipping.",
     [("designation", "Kormax Shipping", TUE)]),
    ("en", "The Treasury imposed sanctions on Tuesday on a network that shipped oil abroad. Those named include "
     "Ivan Petrov, a shipping magnate.",
     [("designation", "Ivan Petrov", TUE)]),
    # (hit by no measure; named by an inquiry)
    ("en", "The Treasury imposed sanctions on Tuesday on a network that shipped oil abroad. Those hit hardest by "
     "the fuel shortage include Kormax Shipping.", []),
    ("en", "The Treasury imposed sanctions on Tuesday on a network that shipped oil abroad. Those named by "
     "prosecutors include Ivan Petrov.", []),
    # a qualified addition
    ("en", "The Treasury added eleven people to its sanctions list on Tuesday. A particularly striking addition "
     "to the Magnitsky List under that order is Pavel Durnovo.",
     [("designation", "Pavel Durnovo", TUE)]),
    ("en", "The Treasury added eleven people to its sanctions list on Tuesday. The most notable addition was "
     "Pavel Durnovo, a mining magnate.",
     [("designation", "Pavel Durnovo", TUE)]),
    ("fr", "Le Trésor a ajouté mardi onze personnes à sa liste. L'ajout le plus remarqué est Pavel Durnovo.",
     [("designation", "Pavel Durnovo", TUE)]),
    # (the addition as the act's noun; an addition of no party)
    ("en", "The Treasury added eleven people to its sanctions list on Tuesday. The addition of these names was "
     "a surprise to Pavel Durnovo.", []),
    ("en", "The Treasury added eleven people to its sanctions list on Tuesday. The main addition is a ban on "
     "trading with Kormax Shipping.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_members_identified(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
