"""A group told as acted on, some of its members picked out by name after an inclusion
cue in the act's own sentence (``lang/group_acts.py``): a passive of any listing verb
with adverbs on either side of "been" / « été », an active freeze of a group's holdings,
or a measure as the subject of a verb of reach. Each named member takes the designation;
a participle of wider sense ("hit", « touchées ») counts only beside a measure, and a
state ("are on the list"), a plan or a crisis names no party. Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-05-10"

CASES = [
    # a passive on a group's holdings, the members after the cue
    ("en", "The holdings of several Zemblan lenders were frozen as well, among them Korvin Bank and Ostrava Credit.",
     ["Korvin Bank", "Ostrava Credit"]),
    ("fr", "Les comptes de plusieurs sociétés ont aussi été bloqués, dont Korvin Mining et Ostrava Rail.",
     ["Korvin Mining", "Ostrava Rail"]),
    # a count the guard of kinds of party read as a kind ("people ... sanctioned")
    ("en", "Forty people were sanctioned, including the banker Ivo Radic and Lena Marsh.", ["Ivo Radic", "Lena Marsh"]),
    ("en", "Hundreds of people have now been sanctioned since the invasion, among them Ivo Radic and Lena Marsh.",
     ["Ivo Radic", "Lena Marsh"]),
    ("fr", "Quarante personnes ont désormais été sanctionnées, parmi lesquelles Lena Marsh et Ivo Radic.",
     ["Lena Marsh", "Ivo Radic"]),
    # a measure as the subject of a verb of reach
    ("en", "The order also reached a few of his relatives, notably his nephew Ivo Radic.", ["Ivo Radic"]),
    ("fr", "La décision touchait certains de ses associés, en particulier l'homme d'affaires Ivo Radic.", ["Ivo Radic"]),
    # an active freeze of a counted group's holdings
    ("en", "The UN also froze the worldwide assets of 30 shipowners, among them two based in Malta and in "
           "particular Corvo Lines.", ["Corvo Lines"]),
    ("fr", "L'ONU gèle en outre les avoirs bancaires de 30 armateurs, dont deux établis à Malte et notamment "
           "Corvo Lines, qui a livré du pétrole.", ["Corvo Lines"]),
    # a participle of wider sense beside a measure
    ("en", "Several banks have been hit by the new sanctions, including Korvin Bank.", ["Korvin Bank"]),
    ("fr", "Plusieurs banques ont été touchées par les sanctions, dont Korvin Bank.", ["Korvin Bank"]),
    # near misses: a crisis, a stock listing, a state, a plan
    ("en", "Several banks have been hit hard by the crisis, including Korvin Bank.", []),
    ("fr", "Plusieurs banques ont été touchées par la crise, dont Korvin Bank.", []),
    ("en", "Several firms were listed in Hong Kong last year, including Korvin Bank.", []),
    ("en", "Many big Zemblan firms are already on this list, including Korvin Bank and Ostrava Credit.", []),
    ("en", "Several banks could be sanctioned, including Korvin Bank.", []),
    ("fr", "Plusieurs banques pourraient être sanctionnées, dont Korvin Bank.", []),
]


@pytest.mark.parametrize(("lang", "text", "parties"), CASES)
def test_group_members_picked(lang: str, text: str, parties: list[str]) -> None:
    events = extract_article(text, published=PUB, language=lang)["events"]
    got = sorted(e["entity"] for e in events if e["type"] == "designation")
    assert got == sorted(parties), events
