"""A count or a rank written alone and capitalised ("Twelve joined the list", "Trois ont
été inscrits", "the Second and Third Protocols") is no party's name; a name that opens
with a number word and goes on with words of its own ("Seven Seas Shipping", "First Abu
Dhabi Bank") is one."""

from __future__ import annotations

import pytest

from listwatch.news.extract import extract_article
from listwatch.news.names import number_words


def _parties(text: str, lang: str) -> list[str]:
    res = extract_article(text, published="2024-03-05", language=lang)
    return [e["entity"] for e in res["events"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Twelve joined the Entity List on Monday, the department said.", "en"),
        ("Of the thirty firms named, Nine were designated by the Treasury on Monday.", "en"),
        ("Trois ont été inscrits lundi sur la liste noire du Trésor.", "fr"),
    ],
)
def test_a_count_alone_is_no_party(text: str, lang: str) -> None:
    assert _parties(text, lang) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("First Abu Dhabi Bank was designated by the Treasury on Monday.", "First Abu Dhabi Bank"),
        ("Seven Seas Shipping was added to the SDN list on Monday.", "Seven Seas Shipping"),
    ],
)
def test_a_name_opening_with_a_number_word_stays(text: str, party: str) -> None:
    assert _parties(text, "en") == [party]


def test_number_words() -> None:
    assert number_words(["Twelve"]) and number_words(["Second"]) and number_words(["Troisième"])
    assert not number_words(["Seven", "Seas"]) and not number_words([])
