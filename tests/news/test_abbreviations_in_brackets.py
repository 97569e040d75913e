"""An abbreviation stays one when an opening bracket or quote is glued to it: '("Mr.
Roe")', "(No. 5)", '("Dr. Orlov")' end no sentence, so the name after the point is not
read as a sentence's first word, and a list announced by a colon after such a bracket
keeps its announcing sentence. Near miss: an ordinary word with a full stop inside a
bracket still ends the sentence. Sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.sentences import split_sentences


@pytest.mark.parametrize(("text", "lang", "count"), [
    ('The appeal was lodged by Pavel Dremin ("Mr. Dremin") and by his brother. The court sat in May.', "en", 2),
    ("The decree was amended by the Export Rules (No. 4) Order 2025, which took effect at once.", "en", 1),
    ('Le Conseil a radié Ivan Orlov ("Dr. Orlov") et la société Brixo Trading le 3 mai.', "fr", 1),
    ("Le gel des avoirs est prévu par le règlement (art. 4) de 2014, que le Conseil a modifié.", "fr", 1),
    # near miss: a bracketed word that is no abbreviation ends its sentence
    ('Korvex Mining was listed on Monday ("Order.") Brixo Bank was spared.', "en", 2),
])
def test_abbreviation_after_an_opening_bracket(text: str, lang: str, count: int) -> None:
    assert len(split_sentences(text, lang)) == count


def test_list_after_a_numbered_instrument_keeps_its_act() -> None:
    text = ("The minister has listed the following persons, by the instrument Export Controls "
            "Amendment (No. 2) Rules 2025:\nListed Persons\n- Oleg Viktorovich TAMMSON\n"
            "- Ivan Petrovich SORELOV\n")
    r = extract_article(text, published="2025-03-05", language="en")
    assert {(e["type"], e["entity"]) for e in r["events"]} == {
        ("designation", "Oleg Viktorovich TAMMSON"), ("designation", "Ivan Petrovich SORELOV")}
