"""More parties of a round told by a subject of their own, after the round's act: the batch
("Ce dernier lot inclut également X", "The latest batch includes X"), one more addition to a
list of sanctions ("One more addition to the sanctions list is X"), and the one the act
targets ("The person targeted by the new measures is X", « l'entité visée est X »), of the
kind its noun tells (a person's title names a body first: that body is no party). A plan, a
round never told, and a list of another kind name no party. Invented parties, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-03-09"

CASES = [
    ("fr", "Le président a annoncé dimanche des sanctions contre 120 artistes zembliens. Ce dernier lot "
     "inclut également le chanteur Karel Vodnik, connu pour ses ballades.",
     [("designation", "Karel Vodnik")]),
    ("en", "The Treasury blacklisted 40 shipowners on Monday. The latest batch includes Velmora Shipping, "
     "a tanker operator based in Port Anselm.",
     [("designation", "Velmora Shipping")]),
    ("en", "The Pentagon put Velmora Labs and Kestrel Systems on its list on Tuesday. Both firms deny any "
     "military ties. One more addition to the sanctions list is Orvex Shipping, the biggest carrier in Zembla.",
     [("designation", "Velmora Labs"), ("designation", "Kestrel Systems"), ("designation", "Orvex Shipping")]),
    ("en", "The Treasury imposed sanctions on Tuesday on a group of officials. The person targeted by the "
     "new measures is the head of customs, Karel Vodnik.",
     [("designation", "Karel Vodnik")]),
    ("fr", "Le Trésor a sanctionné mardi deux responsables du parti. Selon le ministère, la personne visée "
     "par ces mesures est le trésorier du groupe Velmora Holding, Karel Vodnik.",
     [("designation", "Karel Vodnik")]),
    # near misses
    ("en", "The Treasury imposed sanctions on Tuesday on a group of officials. The person targeted by the "
     "measures could be Karel Vodnik, analysts said.", []),
    ("fr", "Le festival a dévoilé mardi son programme. Ce dernier lot inclut également le chanteur "
     "Karel Vodnik.", []),
    ("en", "The Treasury imposed sanctions on Tuesday on a group of officials. The latest addition to the "
     "festival's guest list is Karel Vodnik.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_members_of_the_round_told_as_subject(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"]) for e in res["events"])
    assert got == sorted(expected)
