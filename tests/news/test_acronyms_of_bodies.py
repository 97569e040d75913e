"""The acronym of an acting body is no party, however the page gives it: defined after
"ci-après:" with a colon, spelt by the body's words with a qualifier left out, written
right after the body's name with no bracket, or used undefined for a court whose name
the page writes elsewhere. Near misses: a company's acronym stays its party, an
undefined acronym spelt by a ministry (which may be listed) stays, and the body's
acronym used with its article is no definition. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news.acronyms import court_acronym, definitions
from listwatch.news.extract import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    out = extract_article(text, published="2025-02-10", language=lang)
    return {(e["type"], e["entity"]) for e in out["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    # defined after "ci-après:" (a colon before the acronym)
    ("Le 4 mars 2024, Mirel Tanga a obtenu du Département fédéral des transports (ci-après: DFT) "
     "la radiation de son nom de la liste.", "fr", {("removal", "Mirel Tanga")}),
    # spelt by the body's words, one qualifier left out
    ("Le Département fédéral de l'industrie et du commerce (DIC) a ajouté lundi Orvex Trading à la "
     "liste des sanctions.", "fr", {("designation", "Orvex Trading")}),
    # written right after the body's name, no bracket
    ("Mirel Tanga conteste une décision de la Direction des affaires juridiques DAJ, au sein du "
     "ministère. La mesure a été prolongée par la DAJ jusqu'au 3 mars 2025.", "fr",
     {("legal_challenge", "Mirel Tanga")}),
    # a court's acronym the page never defines, its name written in lower case elsewhere
    ("Mirel Tanga a saisi le tribunal administratif de Varno contre le gel de ses avoirs. "
     "Le 3 mars 2024, le TAV a rejeté le recours.", "fr", {("legal_challenge", "Mirel Tanga")}),
    ("Orvex Trading contests an order of the Trade Appeals Court. On 3 March 2024 the TAC dismissed "
     "the challenge brought by Orvex Trading against its listing.", "en",
     {("ruling", "Orvex Trading"), ("legal_challenge", "Orvex Trading")}),
])
def test_a_bodys_acronym_is_no_party(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    # a ministry's acronym used undefined: a ministry may itself be listed
    ("The Treasury on Monday designated MOIS, which is Zembla's Ministry of Intelligence and Security.",
     "en", {("designation", "MOIS")}),
    # a company's own acronym
    ("Treasury sanctioned Orvex Trading Company (OTC) on Monday. OTC denied any wrongdoing.", "en",
     {("designation", "Orvex Trading Company (OTC)")}),
])
def test_a_partys_acronym_stays(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


def test_what_defines_a_bodys_acronym() -> None:
    text = "Orvex Trading contests an order of the Trade Appeals Court. On 3 March 2024 the TAC ruled."
    # the acronym after "the" is used, not defined by the words before the sentence's end
    assert "TAC" not in definitions(text)
    assert court_acronym(text, "TAC")
    # letters the court's words do not spell, or spell in another order
    assert not court_acronym(text, "CAT")
    assert not court_acronym("The Ministry of Trade and Industry said so. MTI denied it.", "MTI")
    assert definitions("une décision de la Direction des affaires juridiques DAJ, au sein du ministère") == {
        "DAJ": "Direction des affaires juridiques"}
