"""The members of a group an act was told of, named in a sentence of their own after it
(``members.py``): the cue first ("Among the lenders whose funds were blocked are A",
« Parmi les sept se trouvent A »), the group as the subject of a verb that includes ("The seven
traders include A", « Les trois navires sont A »), or the names first ("A is among the
shipowners subjected to sanctions", « A fait partie des sociétés visées »). The nearest act
told before gives its type, authority and day. A group that describes a state with no act
before, a plan, a description after the verb and a group of no act name no one. Invented
parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.members import PRONOUN_GROUP, member_span

PUB = "2023-03-10"  # a Friday

EN_ACT = "The Treasury on Tuesday blocked the property of seven shipping traders over oil smuggling. "
FR_ACT = "Le Trésor américain a sanctionné mardi sept armateurs accusés de contrebande de pétrole. "

CASES = [
    # the group as the subject, counted, of a verb that includes
    ("en", EN_ACT + "The seven traders include Orlan Maritime and Dessa Tankers, both registered in Valmora.",
     [("designation", "Orlan Maritime", "2023-03-07"), ("designation", "Dessa Tankers", "2023-03-07")]),
    # told by the act's participle, with no determiner
    ("en", EN_ACT + "Blocked shippers include Orlan Maritime and Dessa Tankers.",
     [("designation", "Orlan Maritime", "2023-03-07"), ("designation", "Dessa Tankers", "2023-03-07")]),
    # the cue first, the group told by a clause on the act
    ("en", EN_ACT + "Among the traders whose property was blocked are Orlan Maritime and Dessa Tankers.",
     [("designation", "Orlan Maritime", "2023-03-07"), ("designation", "Dessa Tankers", "2023-03-07")]),
    # the names first, the group after "among"
    ("en", EN_ACT + "Orlan Maritime and Dessa Tankers are among the traders subjected to sanctions.",
     [("designation", "Orlan Maritime", "2023-03-07"), ("designation", "Dessa Tankers", "2023-03-07")]),
    # the group told by the act's count alone
    ("fr", FR_ACT + "Parmi les sept se trouvent Orlan Maritime et Dessa Tankers.",
     [("designation", "Orlan Maritime", "2023-03-07"), ("designation", "Dessa Tankers", "2023-03-07")]),
    ("fr", FR_ACT + "Les sept armateurs sont Orlan Maritime, Dessa Tankers et Kivor Shipping.",
     [("designation", "Orlan Maritime", "2023-03-07"), ("designation", "Dessa Tankers", "2023-03-07"),
      ("designation", "Kivor Shipping", "2023-03-07")]),
    ("fr", FR_ACT + "Orlan Maritime fait également partie des sociétés visées.",
     [("designation", "Orlan Maritime", "2023-03-07")]),
    # the act's noun as the group
    ("fr", FR_ACT + "Parmi les désignations se trouvent aussi Orlan Maritime et Dessa Tankers, deux armateurs.",
     [("designation", "Orlan Maritime", "2023-03-07"), ("designation", "Dessa Tankers", "2023-03-07")]),
    # a removal: the members take the removal the act told
    ("en", "The UN committee on Monday struck eleven former officials off its list. Among the eleven are "
     "Hamid Qorbani and Sayed Jalali, both former deputy ministers.",
     [("removal", "Hamid Qorbani", "2023-03-06"), ("removal", "Sayed Jalali", "2023-03-06")]),
    # near misses: a description after the verb, no act before, a plan, a group of no act
    ("en", EN_ACT + "Two of these traders are associated with the port operator, Orlan Maritime.", []),
    ("en", EN_ACT + "Traders that could be added later include Orlan Maritime and Dessa Tankers.", []),
    ("en", EN_ACT + "Orlan Maritime is among the largest shipping firms in the region.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_members_of_the_group(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)


@pytest.mark.parametrize(("text", "typ"), [
    ("Among the firms removed from the register are A and B.", "removal"),
    ("Parmi les sociétés concernées figurent A et B.", None),
    ("Other notable additions include A.", "designation"),
    ("Parmi les sept figurent A et B.", None),
])
def test_member_span_type(text: str, typ: str | None) -> None:
    span = member_span(text)
    assert span is not None and span[2] == typ


@pytest.mark.parametrize("text", [
    "Its clients include A and B.",
    "Among the largest firms in the sector are A and B.",
    "The companies are based in A.",
    "Firms that may face curbs include A.",
])
def test_no_member_span(text: str) -> None:
    assert member_span(text) is None


def test_a_pronoun_after_among_is_told_as_the_pronoun() -> None:
    # (a pronoun may take up any plural told before: the span's group is the pronoun, so
    # that the events reader asks the sentence before for a group of parties)
    span = member_span("Parmi eux figurent A et B.")
    assert span is not None and PRONOUN_GROUP.fullmatch(span[3])
