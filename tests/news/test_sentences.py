"""Sentence and clause splitting keep no state a caller can change: the splits of an
article are kept for the next reader of the same text (the mention finder, the lone-name
rule and the event reader each ask), and each caller still gets a list of its own.
Sentences written for this test."""

from __future__ import annotations

from listwatch.news.sentences import _clause_marks, _split, clause_bounds, split_sentences
from listwatch.text import name_key

TEXT = "The Treasury listed Halvorsen Freight on Monday. The firm, based in Tromvik, denied it. It will appeal."


def test_split_once_per_text_each_caller_its_own_list() -> None:
    _split.cache_clear()
    first = split_sentences(TEXT, "en")
    assert [s.text for s in first] == ["The Treasury listed Halvorsen Freight on Monday.",
                                       "The firm, based in Tromvik, denied it.", "It will appeal."]
    first.pop()  # (a caller's own list: the next caller still gets every sentence)
    second = split_sentences(TEXT, "en")
    assert len(second) == 3 and second is not first
    assert _split.cache_info().hits == 1


def test_clause_bounds_read_from_the_kept_marks() -> None:
    sent = "The firm, based in Tromvik, denied it."
    start = sent.index("Tromvik")
    assert clause_bounds(sent, "en", start, start + len("Tromvik")) == (sent.index("based"), sent.index(", denied"))
    assert clause_bounds(sent, "en", 0, 3) == (0, sent.index(","))
    assert _clause_marks(sent, "en") == _clause_marks(sent, "en")
    assert _clause_marks.cache_info().hits >= 1


def test_name_key_kept_and_unchanged() -> None:
    assert name_key("Société  Générale-Nord") == "societe generale nord"
    before = name_key.cache_info().hits
    assert name_key("Société  Générale-Nord") == "societe generale nord"
    assert name_key.cache_info().hits == before + 1


def test_a_notes_number_after_the_full_stop_ends_the_sentence() -> None:
    # a law firm's page prints its notes' numbers in brackets after the full stop
    text = ("In March, Ruritania froze the assets of three lenders (Orlan Credit, Dessa Bank and Kivor "
            "Finance).[4] In April, it froze those of Tamsk Bank.[5][6] Le 2 mai, elle a gelé ceux de la Banque Vesna.")
    got = [s.text for s in split_sentences(text, "en")]
    assert got == [
        "In March, Ruritania froze the assets of three lenders (Orlan Credit, Dessa Bank and Kivor Finance).",
        "In April, it froze those of Tamsk Bank.",
        "Le 2 mai, elle a gelé ceux de la Banque Vesna.",
    ]
    # a number in brackets inside the sentence is no end
    assert len(split_sentences("It froze the assets of Tamsk Bank[3] and of Orlan Credit on Monday.", "en")) == 1
