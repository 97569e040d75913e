"""A case whose bringers are an unnamed group, the subject right before its verb ("after two
rights advocates filed suit", "critics who have challenged the fairness of sanctions",
« plusieurs hommes d'affaires ont saisi la justice »): the group's, no other name of the
sentence brings it. Near misses: a member named with the group ("X is among dozens of
people who sued", "X and two of its shareholders filed", « ..., dont X »), a group named in
apposition ("two shipping firms, A and B, filed"). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _challengers(text: str, lang: str = "en") -> set[str]:
    res = extract_article(text, published="2025-06-17", language=lang)
    return {e["entity"] for e in res["events"] if e["type"] == "legal_challenge"}


@pytest.mark.parametrize(("text", "lang"), [
    ("A judge issued a preliminary injunction after two human rights advocates filed suit, saying "
     "Kestrel Metals' order likely violated the Constitution.", "en"),
    ("Ivan Dorn's case is closely watched by critics who have challenged the fairness of international "
     "sanctions.", "en"),
    ("According to an outlet, more than 60 Russian businesspeople have filed lawsuits against the "
     "sanctions on Kestrel Metals.", "en"),
    ("Deux militants ont saisi la justice, estimant que le décret visant Kestrel Metals était illégal.", "fr"),
    ("Selon l'agence, plus de 60 hommes d'affaires russes ont déposé un recours contre les sanctions "
     "visant Ivan Dorn.", "fr"),
])
def test_an_unnamed_groups_case_is_no_named_partys(text: str, lang: str) -> None:
    assert _challengers(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("Ivan Dorn is among dozens of individuals who filed a lawsuit to challenge their inclusion on the "
     "list.", "en", {"Ivan Dorn"}),
    ("On March 4, Kestrel Metals and two of its shareholders filed a complaint contesting its "
     "designation.", "en", {"Kestrel Metals"}),
    ("Two shipping firms, Halvard Shipping and Borvik Lines, filed a lawsuit against the Treasury on "
     "Monday.", "en", {"Halvard Shipping", "Borvik Lines"}),
    ("Plusieurs hommes d'affaires russes ont saisi la justice européenne, dont Ivan Dorn.", "fr", {"Ivan Dorn"}),
    ("Ivan Dorn fait partie des dizaines de personnes qui ont déposé un recours contre leur inscription.",
     "fr", {"Ivan Dorn"}),
])
def test_a_member_named_with_the_group_brings_it(text: str, lang: str, who: set[str]) -> None:
    assert _challengers(text, lang) == who
