"""A legal instrument is never a party: a convention, a statute, a regulation, an amendment
or a plan of action named with capitals, and the acronym an article defines for one (in
either language's word order), give no mention and no event. Near misses keep their party:
a company whose name holds such a word but ends on its own (a legal form, a word of trade),
a movement named "Convention for ...", a company's acronym defined beside an instrument's
name, a headline whose every word takes a capital. Invented parties and laws, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.instruments import defined_acronyms, name_spans
from listwatch.news.mentions import find_mentions

PUB = "2021-06-10"  # a Thursday

EVENTS = [
    # an instrument's acronym, defined with "or", takes no licence
    ("en", "The Treasury issued a general licence on Monday authorizing dealings that the Harbour Trade "
           "Regulations (or \"HTR\") would otherwise bar.", []),
    # a plan of action, with its acronym, takes no licence
    ("en", "Treasury granted a licence on Monday for trade that the Joint Plan of Action of Velmar (JPAV) "
           "had allowed.", []),
    # French: the plan's name in lower case, then its acronym alone
    ("fr", "Le plan d'action conjoint de Velmar (PACV) a été signé en 2019. Le Trésor a annoncé vendredi "
           "la levée des restrictions imposées au titre du PACV.", []),
    # French: a regulation's name opened by its head, its acronym in the other language's order
    ("fr", "Le Trésor a délivré lundi une licence générale dans le cadre du règlement relatif aux mesures "
           "contre la Norlande (NMR). La RMN reste en vigueur.", []),
    # near misses: the party stands
    ("en", "Treasury designated Accord Shipping Lines on Monday.",
     [("designation", "Accord Shipping Lines", "2021-06-07")]),
    ("en", "The Treasury designated Vestra Mining Company (VMC) on Monday under the Harbour Security "
           "Regulations, and VMC said it would appeal.",
     [("designation", "Vestra Mining Company (VMC)", "2021-06-07")]),
    ("en", "Treasury Sanctions Kortel Metals Under Harbour Trade Regulation\n\nThe Treasury designated "
           "Kortel Metals on Monday.",
     [("designation", "Kortel Metals", "2021-06-07")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EVENTS)
def test_instrument_is_no_party(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)


MENTIONS = [
    # a convention's subject and its acronym are no names
    ("Kortel Metals challenged its designation under the Convention on Harbour Rights (CHR), which the "
     "court read on Monday.", {"Kortel Metals"}),
    # companies joined by "and", one holding an agreement's word inside its name
    ("Treasury designated Accord Shipping Lines and Vestra Agreement Holdings on Monday.",
     {"Accord Shipping Lines", "Vestra Agreement Holdings"}),
    # a movement called a convention, with no subject after it, stays a name
    ("The Treasury sanctioned the Velmar Convention for Democracy on Monday.", {"Velmar Convention"}),
]


@pytest.mark.parametrize(("text", "names"), MENTIONS)
def test_instrument_words_are_no_mentions(text: str, names: set[str]) -> None:
    mentions, _ = find_mentions(text, "en")
    assert {m.text for m in mentions} == names


def test_name_spans_and_defined_acronyms() -> None:
    text = "Two lawsuits filed on Monday claim that the freeze violates the First and Sixth Amendments of the charter."
    spans = [text[a:b] for a, b in name_spans(text)]
    assert "First and Sixth Amendments" in spans
    # a headline's capitals tell nothing
    assert name_spans("Court Hears Kortel Metals On Harbour Act") == []
    text = ("Under the Harbour Act the Treasury designated Vestra Mining Company (VMC), and the Trade "
            "Controls Regulations (the \"TCR\") apply.")
    assert defined_acronyms(text) == {"TCR"}
