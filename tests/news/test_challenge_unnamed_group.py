"""A case whose bringers are an unnamed group, the subject right before its verb ("once three
campaigners filed suit", "critics who have challenged the whole system",
« plusieurs hommes d'affaires ont saisi la justice »): the group's, no other name of the
sentence brings it. Near misses: a member named with the group ("X is among the
many who sued", "X and three of its bondholders lodged", « ..., dont X »), a group named in
apposition ("two shipping firms, A and B, filed"). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _challengers(text: str, lang: str = "en") -> set[str]:
    res = extract_article(text, published="2025-06-17", language=lang)
    return {e["entity"] for e in res["events"] if e["type"] == "legal_challenge"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The court paused the order once three press-freedom campaigners filed suit, arguing that the "
     "listing of Kestrel Metals broke the law.", "en"),
    ("Ivan Dorn's hearing draws interest, as critics have challenged the whole sanctions "
     "system for years.", "en"),
    ("A newspaper reported that more than 40 Belarusian businesspeople have filed lawsuits against the "
     "measures on Kestrel Metals.", "en"),
    ("Trois militants ont saisi la justice en jugeant illégal le décret visant Kestrel Metals.", "fr"),
    ("Selon un quotidien, une vingtaine d'hommes d'affaires biélorusses ont déposé un recours contre "
     "les mesures visant Ivan Dorn.", "fr"),
])
def test_an_unnamed_groups_case_is_no_named_partys(text: str, lang: str) -> None:
    assert _challengers(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("Ivan Dorn is among the many individuals who have sued to overturn their listing.", "en", {"Ivan Dorn"}),
    ("Kestrel Metals and three of its bondholders lodged a complaint on 4 March against its "
     "designation.", "en", {"Kestrel Metals"}),
    ("Two shipping firms, Halvard Shipping and Borvik Lines, filed a lawsuit against the Treasury on "
     "Monday.", "en", {"Halvard Shipping", "Borvik Lines"}),
    ("Plusieurs hommes d'affaires russes ont saisi la justice européenne, dont Ivan Dorn.", "fr", {"Ivan Dorn"}),
    ("Ivan Dorn fait partie des dizaines de personnes qui ont déposé un recours contre leur inscription.",
     "fr", {"Ivan Dorn"}),
])
def test_a_member_named_with_the_group_brings_it(text: str, lang: str, who: set[str]) -> None:
    assert _challengers(text, lang) == who
