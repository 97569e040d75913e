"""More ways a sentence names the parties of an act told before with no names: the action,
order or notice as the subject of a verb that names ("Today's action targets four firms: A,
B, C and D", « La décision vise A et B »), the measures that apply or extend to them ("The
sanctions apply to A, B and C"), the act's participle put first ("Named in the action were
A, a shipper, B, its owner, and C"; "Sanctioned alongside him were his son A and his partner
B"), the group told by the act's participle with its names after a comma and "including"
("The four targeted firms, including A and B, are ..."). Near misses: a case's parties ("Named
as defendants were ..."), an owner told before what it owns, a relation inside an item's
description, a group no act filled. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"
TUESDAY = "2024-03-05"
LEAD = "The Treasury on Tuesday sanctioned a network of firms and people in Zembla. "


def _events(text: str, lang: str = "en") -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


def _designated(*names: str) -> set[tuple[str, str, str | None]]:
    return {("designation", n, TUESDAY) for n in names}


NAMED = [
    ("en", LEAD + "The action targets four firms: Kestrel Marine, Halden Lines, Orvex Shipping and Dorne Labs.",
     _designated("Kestrel Marine", "Halden Lines", "Orvex Shipping", "Dorne Labs")),
    ("en", LEAD + "The sanctions apply to Kestrel Marine, Halden Lines and Orvex Shipping.",
     _designated("Kestrel Marine", "Halden Lines", "Orvex Shipping")),
    ("en", LEAD + "Named in the action were Kestrel Marine, a Dubai shipper, Omar Haddad, its owner, and Halden "
                  "Lines.",
     _designated("Kestrel Marine", "Omar Haddad", "Halden Lines")),
    ("en", "The Treasury on Tuesday sanctioned Omar Haddad. Sanctioned alongside him were his son Piotr Valenko and "
           "his business partner Ivo Marsh.",
     _designated("Omar Haddad", "Piotr Valenko", "Ivo Marsh")),
    ("en", LEAD + "The four targeted firms, including Kestrel Marine and Halden Lines, are based in Dubai.",
     _designated("Kestrel Marine", "Halden Lines")),
    ("fr", "Le Trésor américain a sanctionné mardi un réseau de sociétés. La décision vise Kestrel Marine et "
           "Halden Lines.",
     _designated("Kestrel Marine", "Halden Lines")),
]


@pytest.mark.parametrize("lang,text,expected", NAMED)
def test_the_parties_named_after_the_act_take_it(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected


NOT_NAMED = [
    # a case's parties
    (LEAD + "Named as defendants were Kestrel Marine and Halden Lines.", set()),
    # a relation inside an item's description is no item
    ("The Treasury on Tuesday sanctioned Omar Haddad. The designees include Kestrel Marine, a shipper controlled "
     "by his son Piotr Valenko.", _designated("Omar Haddad", "Kestrel Marine")),
    # no act filled the group
    ("Zemblan firms met the envoy on Tuesday. The four rival firms, including Kestrel Marine and Halden Lines, "
     "are based in Dubai.", set()),
]


@pytest.mark.parametrize("text,expected", NOT_NAMED)
def test_other_names_take_no_act(text: str, expected: set) -> None:
    assert _events(text) == expected
