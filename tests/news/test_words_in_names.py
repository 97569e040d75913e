"""An act's word inside a body's or a law's capitalised name tells no act: a board named
for removals, a law named for designations, a bureau named for enjoining virtue, written
in running text, give no removal, designation or injunction, and the capitalised words
around them are no parties. Near misses keep their act: the same word in lower case, a
sentence that opens with it, a headline whose every word takes a capital, a licence named
by its own title. Invented bodies, parties and laws, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.sentences import split_sentences
from listwatch.news.triggers import find_triggers
from listwatch.news.words_in_names import inside_name

PUB = "2021-06-10"  # a Thursday

CASES = [
    # the act's word inside a name, in running text: no act
    ("Questions from exporters go to the Norland Asset Removal Board, a panel of three retired officials.", []),
    ("Prosecutors cited the Harbour Shipping Designation Act in their filing against the captain.", []),
    ("The police of the Bureau for Enjoining Thrift and Restraining Waste patrol the markets of Osterby.", []),
    ("Treasury froze the assets of Kortel Metals on Monday under the Harbour Shipping Designation Act.",
     [("designation", "Kortel Metals", "2021-06-07")]),
    ("The State Department on Monday imposed sanctions on Marta Vilenko, the head of the Bureau for Enjoining "
     "Thrift and Restraining Waste.",
     [("designation", "Marta Vilenko", "2021-06-07")]),
    # near misses: the act's word in lower case, or opening the sentence, keeps its act
    ("The Treasury removed Kortel Metals from the sanctions list on Monday.", [("removal", "Kortel Metals", "2021-06-07")]),
    ("Removal of Kortel Metals from the sanctions list was announced by the Treasury on Monday.",
     [("removal", "Kortel Metals", "2021-06-07")]),
    # a headline writes every word with a capital: its act stands
    ("Judge Blocks Commerce Ban On Kortel Metals\n\nA federal judge on Monday granted Kortel Metals a "
     "preliminary injunction against the ban.",
     [("injunction", "Kortel Metals", "2021-06-07")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_words_in_names(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language="en")
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)


def _trigger(sentence: str, word: str) -> bool:
    s = split_sentences(sentence, "en")[0].text
    ts = [t for t in find_triggers(s, "en") if s[t.start : t.end].startswith(word)]
    assert ts, f"no trigger on {word!r}"
    return inside_name(s, ts[0])


def test_inside_name_reads_the_name_and_not_the_headline() -> None:
    assert _trigger("Questions go to the Norland Asset Removal Board, a panel of officials.", "Removal")
    # a headline's capitals tell nothing
    assert not _trigger("Judge Blocks Commerce Ban On Kortel Metals", "Blocks")
    # a licence's title is the licence itself: not read as a name here
    s = "Treasury said its General License K Authorizes Certain Transactions with Kortel Metals until June."
    assert not any(inside_name(s, t) for t in find_triggers(s, "en") if t.event == "license")
