"""A document's title is no party: the words of a name that run into a document noun
(its acronym in brackets between or not: "Frequently Asked Question 1042", "the Offshore
Transfer (“OT”) Rules") or end on a title's linking participle ("Measures Relating [to]").
A party's own acronym in brackets, with no document noun after it, stays the party's.
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news.extract import extract_article


def _events(text: str) -> set[tuple[str, str | None]]:
    out = extract_article(text, published="2025-02-10", language="en")
    return {(e["type"], e["entity"]) for e in out["events"]}


@pytest.mark.parametrize(("text", "events"), [
    ("Orvek Trading was removed from the SDN List on Monday. OFAC also issued Frequently Asked "
     "Question 1042, saying the delisting takes effect at once.", {("removal", "Orvek Trading")}),
    ("Orvek Trading was removed from the SDN List on Monday. OFAC also issued Norland-related "
     "Frequently Asked Question 1042 on the delisting.", {("removal", "Orvek Trading")}),
    ("Commerce placed Tarsk Optics on its Entity List this Monday. Firms added to the list are also bound "
     "by the Offshore Transfer (“OT”) Rules.", {("designation", "Tarsk Optics")}),
    ("Tarsk Optics was designated on Monday. OFAC also issued General License 9 under Directive 2, "
     "Measures Relating to Trade Concerning the Norland Port Authority.", {("designation", "Tarsk Optics")}),
])
def test_a_documents_title_is_no_party(text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text) == events


def test_a_partys_own_acronym_stays_the_party() -> None:
    text = ("Tarsk Optics was designated on Monday. The designation of Tarsk Optics (“TO”) brings "
            "its rules on exports under the blocking.")
    assert _events(text) == {("designation", "Tarsk Optics (TO)")}
