"""One table of the words of a title or an office (``offices``) read by every reader of a
title before or after a name (``names``, ``titles``, ``roles``, ``attribution``,
``object_phrase``, ``acts_asked``). Sentences of our own, in both languages."""

from __future__ import annotations

import re

import pytest

from listwatch.news import extract_article
from listwatch.news.names import OFFICE_QUALIFIERS, OFFICE_WORDS
from listwatch.news.offices import (
    OFFICES,
    TITLE,
    WORDS,
    capitalised_re,
    normalized,
    words,
    words_re,
)
from listwatch.news.roles import speaker
from listwatch.news.titles import title_only


def _names(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-10")["events"]}


def test_the_table_has_its_kinds_in_both_languages() -> None:
    for kind in WORDS:
        assert words((kind,), ("en",)) and words((kind,), ("fr",))
    # a capitalised title word, with or without the accent of its capital
    cap = re.compile(r"(?:" + capitalised_re(TITLE) + r")")
    for w in ("Économie", "Economie", "Deputy", "Ministre", "Intérimaire", "CEO"):
        assert cap.fullmatch(w)
    assert not cap.fullmatch("Kelvar")
    # a multi-word office, its spaces as its reader writes them
    assert re.fullmatch(r"(?i)(?:" + words_re(OFFICES) + r")", "Attorney  General")
    assert re.fullmatch(r"(?i)(?:" + words_re(OFFICES) + r")", "chef de la diplomatie")


def test_the_name_finder_sets_are_the_tables() -> None:
    assert OFFICE_WORDS == normalized((*OFFICES, "rank"))
    assert OFFICE_QUALIFIERS == normalized(("qualifier",))
    # an office of its own and a qualifier of one ("the Party Deputy", "Deputy Minister")
    assert "deputy" in OFFICE_WORDS and "deputy" in OFFICE_QUALIFIERS


@pytest.mark.parametrize("title", [
    "Special Representative", "Commissaire européen", "Lieutenant", "la Vice-Chancelière", "Head",
])
def test_a_title_alone_names_nobody(title: str) -> None:
    assert title_only(title)


@pytest.mark.parametrize("name", ["Kelvar Shipping", "Dorvan Bank"])
def test_a_name_is_no_title(name: str) -> None:
    assert not title_only(name)


@pytest.mark.parametrize(("text", "teller"), [
    # any office of the table before a speaker, in both languages
    ("Hier, le commissaire Paul Dervaux a déclaré que la Norlande gèlerait les fonds de Kelvar Shipping.",
     "Paul Dervaux"),
    ("Le juge Paul Dervaux a affirmé que la Norlande gèlerait les fonds de Kelvar Shipping.", "Paul Dervaux"),
])
def test_a_speaker_is_told_by_any_office_of_the_table(text: str, teller: str) -> None:
    start = text.index(teller)
    assert speaker(text, start, start + len(teller))
    assert teller not in _names(text)


@pytest.mark.parametrize(("text", "party"), [
    # a titled person who is listed stays a party
    ("Norland sanctioned Kelvar Shipping and Acting Governor Ilse Marten on Monday.", "Ilse Marten"),
    ("Norland sanctioned Kelvar Shipping, its chair Ilse Marten and Dorvan Bank.", "Ilse Marten"),
    ("La Norlande a sanctionné Kelvar Shipping et le commissaire Paul Dervaux.", "Paul Dervaux"),
])
def test_a_titled_party_stays(text: str, party: str) -> None:
    assert party in _names(text)
