"""A capitalised word that the page also writes in lower case is a common word put in
capitals by its place (a heading, a list item's first word, a site's section), no name."""

from __future__ import annotations

import re

import pytest

from listwatch.news.mentions import find_mentions
from listwatch.news.names import Mention
from listwatch.news.nonparty_names import drop_nonparty_names


def _kept(text: str, *names: str) -> set[str]:
    mentions = sorted((Mention(name=n, start=m.start(), end=m.end(), text=n, via="text")
                       for n in names for m in re.finditer(re.escape(n), text)), key=lambda m: m.start)
    return {m.name for m in drop_nonparty_names(text, mentions)}


@pytest.mark.parametrize(("text", "word"), [
    # a numbered item's first word, the same word in lower case further on
    ("(2) Any payment owed to Orvex Bank may be received, as may any interest on it.", "Any"),
    # a title-case heading over a body that writes its word in lower case
    ("Freezes on Zemblan Ministers and Associates\nThe minister and two associates of his were listed.",
     "Associates"),
    # a site's section
    ("Every ruling on a delisting sits in the Rulings section; the rulings go back to 2012.", "Rulings"),
    # French: a regime's period, then the same noun in lower case
    ("Les membres de la Transition ont été sanctionnés lundi. La transition doit durer deux ans.",
     "Transition"),
    ("Highlights: the Treasury listed Varno Shipping on 4 March. More highlights follow below.",
     "Highlights"),
])
def test_a_capitalised_common_word_is_no_name(text: str, word: str) -> None:
    assert _kept(text, word) == set()


@pytest.mark.parametrize(("text", "word"), [
    # never in lower case on the page: a name
    ("The Treasury listed Orvex on 3 May. Orvex denied any wrongdoing.", "Orvex"),
    # in lower case only inside an address
    ("Orvex wrote on orvex.com and at info@orvex that the listing was wrong.", "Orvex"),
    # a company's word of trade, its short name ("Tanker" for "Tanker Lines")
    ("Tanker and Ofir were listed for trading with Zembla. The tanker was seized later.", "Tanker"),
])
def test_a_word_the_page_never_writes_in_lower_case_stays_a_name(text: str, word: str) -> None:
    assert _kept(text, word) == {word}


def test_the_bracketed_words_of_a_laws_name_are_no_names() -> None:
    # (the law's capitalised words are no party, in or out of its brackets)
    text = ("The Economic Order (Openness and Oversight) Act took effect on 3 May 2024. The ministry "
            "listed Orvex Holdings, using the powers of the Economic Order (Openness and Oversight) Act.")
    names = {e.name for e in find_mentions(text, "en")[1]}
    assert not names & {"Openness", "Oversight"}
    assert "Orvex Holdings" in names
