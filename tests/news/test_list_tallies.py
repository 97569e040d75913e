"""A list's tally so far is no act (``modality``): a count of the parties on a list, the
listing in the passive or as a participle, and a word of time up to now beside it
("currently", "to date", « jusqu'ici », « à ce jour »); the parties given as examples of
it were listed before, on no day told. A total of one round ("in all", « au total ») and an
authority that has added parties to date keep their events. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designations(text: str) -> list[str]:
    evs = extract_article(text, published="2024-06-14")["events"]
    return sorted(e["entity"] for e in evs if e["type"] == "designation")


@pytest.mark.parametrize("text", [
    "Currently, some 410 firms are blacklisted by the ministry, among them Orbis Trade and Tarvik Metals.",
    "To date, more than 90 entities are listed under the programme, including Varnel Shipping Ltd.",
    "About 60 companies designated so far by the agency include Orbis Trade and Tarvik Metals.",
    "Parmi les 52 sociétés inscrites jusqu'ici sur la liste noire du ministère figurent Orbis Trade et Tarvik Metals.",
    "À ce jour, près de 300 entreprises sont sanctionnées par Velmar, dont Orbis Trade et Varnel Shipping.",
    "Actuellement, 75 entités sont visées par ces mesures, notamment la société Tarvik Metals.",
])
def test_a_lists_tally_so_far_gives_no_designation(text: str) -> None:
    assert _designations(text) == []


@pytest.mark.parametrize("text", [
    # a round's total: an act of that round
    "In all, 35 companies were designated on Tuesday, including Orbis Trade and Tarvik Metals.",
    "Au total, 40 personnes ont été sanctionnées lundi, dont le ministre Paul Varnel.",
    # the authority's acts told as done up to now
    "To date, the ministry has added 35 firms to the list, including Orbis Trade.",
])
def test_a_rounds_total_or_acts_done_keep_their_designations(text: str) -> None:
    assert _designations(text) != []
