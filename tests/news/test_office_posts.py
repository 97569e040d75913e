"""A capitalised run that closes with an office or a rank ("Harbour Commander", "Port
Director", "Regional Prosecutor") names a post, not a party: the people told beside it
are the parties; a person named after the office word ("Commander Pavel Dremin") and a
company whose name holds such a word inside ("Director Tools Ltd") still are."""

from __future__ import annotations

import pytest

from listwatch.news.extract import extract_article
from listwatch.news.lang import PACKS
from listwatch.news.names import _clean_name


def _parties(text: str) -> list[str]:
    res = extract_article(text, published="2024-03-05", language="en")
    return [e["entity"] for e in res["events"]]


def test_a_post_beside_a_person_is_no_party() -> None:
    text = ("On Monday the Treasury also designated Karel Vostrin, Harbour Commander, and Ilse "
            "Mardon, Port Director, for the smuggling ring.")
    assert _parties(text) == ["Karel Vostrin", "Ilse Mardon"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("On Monday the Treasury designated Commander Pavel Dremin for his role in the smuggling ring.",
         "Pavel Dremin"),
        ("On Monday the Treasury designated Director Tools Ltd for shipping parts to the ring.",
         "Director Tools Ltd"),
    ],
)
def test_an_office_word_elsewhere_keeps_the_name(text: str, party: str) -> None:
    assert _parties(text) == [party]


def test_clean_name_drops_a_post() -> None:
    en = PACKS["en"]
    assert _clean_name("Regional Prosecutor", en) is None and _clean_name("Port Director", en) is None
    assert _clean_name("Kestrel Marine", en) == "Kestrel Marine"
