"""Parties named one a line after the line that announces them, the act told sentences
before (a counted group, or an act with no party named): "The nine firms blocked are:" /
« Il s'agit de : » / "namely:", then "- Name;", "• Name", "2) Name" or a bare name a line.
Each line's name gets the act (type, authority, day), a name told alone on its line (one
word) included, the owner before a possessive ("the Navy's X") and the names of a line's
description ("X, a unit of Y") excluded. A list after no act, after a plan, or a group of its
own with its own count names no party. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.list_lines import act_of_group, announces_list

PUB = "2024-06-05"  # a Wednesday

CASES = [
    # a counted act, the list three sentences on, announced by a group with no act's word
    ("en", "Treasury hits Moldovan carriers\n\n"
     "On 3 June 2024, the Treasury designated five Moldovan freight companies and 12 of their barges.\n"
     "Their owners were not named.\n"
     "The notice gives no reason for the timing.\n"
     "The five entities are:\n"
     "- Dniester Haulage LLC;\n"
     "- Brantovo;\n"
     "- the Moldovan Army's Tirex Logistics OOO;\n"
     "- Calder Barge Company, a unit of Vemont Holdings Ltd;\n"
     "- Orhei River Lines Ltd.",
     [("designation", "Dniester Haulage LLC", "2024-06-03"), ("designation", "Brantovo", "2024-06-03"),
      ("designation", "Tirex Logistics OOO", "2024-06-03"), ("designation", "Calder Barge Company", "2024-06-03"),
      ("designation", "Orhei River Lines Ltd", "2024-06-03")]),
    # an act with no party named nor counted, the group told by the act's participle, bare lines
    ("en", "Treasury hits Moldovan carriers\n\n"
     "The Treasury imposed sanctions on Moldovan freight companies on 3 June 2024.\n"
     "The step is meant to cut the revenue of the smugglers.\n"
     "The companies targeted are:\n"
     "Dniester Haulage LLC\n"
     "Brantovo\n"
     "Orhei River Lines Ltd",
     [("designation", "Dniester Haulage LLC", "2024-06-03"), ("designation", "Brantovo", "2024-06-03"),
      ("designation", "Orhei River Lines Ltd", "2024-06-03")]),
    # a removal, numbered lines
    ("en", "Council lifts measures\n\n"
     "On 3 June 2024, the Council lifted its restrictive measures on three Moldovan lenders.\n"
     "It said the banks had changed owners.\n"
     "The banks removed from the list are:\n"
     "1. Prut Savings Bank;\n"
     "2. Codru Credit Ltd;\n"
     "3. Balti Mutual Bank.",
     [("removal", "Prut Savings Bank", "2024-06-03"), ("removal", "Codru Credit Ltd", "2024-06-03"),
      ("removal", "Balti Mutual Bank", "2024-06-03")]),
    # French: the presentative with a colon, an act told with a vague count
    ("fr", "Le Trésor sanctionne des transporteurs\n\n"
     "Le Trésor américain a sanctionné le 3 juin 2024 plusieurs transporteurs moldaves.\n"
     "Selon Washington, ces transporteurs aident des passeurs.\n"
     "La décision a été saluée à Kiev.\n"
     "Il s'agit de :\n"
     "• Dniester Haulage LLC ;\n"
     "• Brantovo ;\n"
     "• Orhei River Lines Ltd.",
     [("designation", "Dniester Haulage LLC", "2024-06-03"), ("designation", "Brantovo", "2024-06-03"),
      ("designation", "Orhei River Lines Ltd", "2024-06-03")]),
    # French: the group told by the act's participle, "les suivantes"
    ("fr", "Le Trésor sanctionne des transporteurs\n\n"
     "Le Trésor américain a sanctionné le 3 juin 2024 quatre sociétés de fret moldaves.\n"
     "Leurs barges sont aussi concernées.\n"
     "Selon Washington, elles aident des passeurs.\n"
     "Les quatre sociétés visées sont les suivantes :\n"
     "- Dniester Haulage LLC ;\n"
     "- Brantovo ;\n"
     "- Codru Fret SARL ;\n"
     "- Orhei River Lines Ltd.",
     [("designation", "Dniester Haulage LLC", "2024-06-03"), ("designation", "Brantovo", "2024-06-03"),
      ("designation", "Codru Fret SARL", "2024-06-03"), ("designation", "Orhei River Lines Ltd", "2024-06-03")]),
    # an act with no party and no day of its own, its day told in the next sentence (the
    # news day): the listed parties take it, as parties named in the act's sentence would
    ("en", "Treasury acts on drone suppliers\n\n"
     "The Treasury imposed sanctions on Georgian freight firms.\n"
     "The decision was announced on Tuesday in a statement.\n"
     "The companies targeted are:\n"
     "- Varnel Shipping LLC;\n"
     "- Ostrakon;\n"
     "- Pelvar Trade Ltd.",
     [("designation", "Varnel Shipping LLC", "2024-06-04"), ("designation", "Ostrakon", "2024-06-04"),
      ("designation", "Pelvar Trade Ltd", "2024-06-04")]),
    ("fr", "Le Trésor vise des fournisseurs de drones\n\n"
     "Le Trésor a sanctionné des sociétés géorgiennes.\n"
     "La décision a été prise mardi, selon un communiqué.\n"
     "Les sociétés visées sont :\n"
     "- Varnel Shipping LLC ;\n"
     "- Ostrakon ;\n"
     "- Pelvar Trade Ltd.",
     [("designation", "Varnel Shipping LLC", "2024-06-04"), ("designation", "Ostrakon", "2024-06-04"),
      ("designation", "Pelvar Trade Ltd", "2024-06-04")]),
    # near misses: a plan, no act, a group of its own
    ("en", "Treasury weighs steps\n\n"
     "The Treasury could sanction several Moldovan freight companies next month, officials said.\n"
     "No decision has been made.\n"
     "The firms under review are:\n"
     "- Dniester Haulage LLC;\n"
     "- Brantovo;\n"
     "- Orhei River Lines Ltd.", []),
    ("en", "Freight forum opens\n\n"
     "On 3 June 2024, the port hosted five Moldovan freight companies at its yearly fair.\n"
     "The Treasury sanctioned the Moldovan customs service last year.\n"
     "The guests were welcomed by the mayor.\n"
     "The five firms are:\n"
     "- Dniester Haulage LLC;\n"
     "- Brantovo;\n"
     "- Orhei River Lines Ltd.",
     []),
    ("fr", "Un salon du fret\n\n"
     "Le port a accueilli le 3 juin 2024 plusieurs transporteurs moldaves.\n"
     "Les exposants étaient nombreux.\n"
     "Il s'agit de :\n"
     "• Dniester Haulage LLC ;\n"
     "• Brantovo ;\n"
     "• Orhei River Lines Ltd.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_parties_named_a_line_each(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)


@pytest.mark.parametrize(("line", "yes"), [
    ("The five entities are:", True),
    ("Les sociétés visées sont les suivantes :", True),
    ("Il s'agit de :", True),
    ("namely:", True),
    ("The firms the Treasury may add are:", False),
    ("Les entreprises pressenties sont :", False),
    ("He said:", False),
])
def test_a_line_that_announces_a_list(line: str, yes: bool) -> None:
    assert announces_list(line) is yes


@pytest.mark.parametrize(("line", "act"), [
    ("The companies targeted are:", "designation"),
    ("The banks removed from the list are:", "removal"),
    ("Sont visées :", "designation"),
    ("They are:", "any"),
    ("Il s'agit de :", "any"),
    ("The five firms are:", None),
])
def test_the_act_an_announcing_line_tells(line: str, act: str | None) -> None:
    assert act_of_group(line) == act
