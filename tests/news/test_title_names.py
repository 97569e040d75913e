"""A title of common words is no party: a heading's, a rule's or a document's title is
written in capitals made of the language's common nouns and adjectives ("Annual Sanctions
Review", "Export Controls Update", « Mesures Restrictives »), a place or a people maybe
among them ("Sudan Crisis Briefing"); a body's or a firm's name has a word of its own, an
institution's head ("Group", "Fund") or a word of trade. Near misses keep their events: a
group or a fund of common words, a firm whose name holds a legal form or a
word of trade, a coined name beside a title. Sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.nonparty_names import title_of_common_words


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "gone", "kept"), [
    # a title of common words as the object of the act, beside a firm
    ("The sanctions target the Industrial Base and its suppliers, among them Velmar Petroleum.", "en",
     "Industrial Base", "Velmar Petroleum"),
    ("The Treasury on Monday sanctioned the Supply Chain Security and Kalder Shipping.", "en",
     "Supply Chain Security", "Kalder Shipping"),
    # its head word alone, the finder having cut the title's first word
    ("The Treasury on Monday imposed sanctions on firms of the Military Industrial Base, among them "
     "Velmar Petroleum.", "en", "Base", "Velmar Petroleum"),
    # French: a site's section or a subject's title opening the line, and as the act's object
    ("Mesures Restrictives: le Conseil a inscrit mardi la société Dravenko Metals sur sa liste des "
     "sanctions.", "fr", "Mesures Restrictives", "Dravenko Metals"),
    ("Politique Internationale: le Trésor américain a sanctionné lundi la compagnie Orvessa Shipping.",
     "fr", "Politique Internationale", "Orvessa Shipping"),
    ("Crise Humanitaire : le Trésor a sanctionné lundi la compagnie Orvessa Shipping et ses dirigeants.",
     "fr", "Crise Humanitaire", "Orvessa Shipping"),
    ("Les sanctions visent la Politique Étrangère du régime et la société Orvessa Shipping.", "fr",
     "Politique Étrangère", "Orvessa Shipping"),
])
def test_a_title_of_common_words_is_no_party(text: str, lang: str, gone: str, kept: str) -> None:
    found = _events(text, lang)
    assert all(name != gone for _t, name in found), found
    assert any(name == kept for _t, name in found), found


@pytest.mark.parametrize(("text", "lang", "events"), [
    # near misses: a group of common words with an institution's head, sued; a firm with a
    # legal form or a word of trade; a coined name
    ("The Treasury on Monday sanctioned the Global Security Group, a research outfit, over its "
     "ties to the junta.", "en", {("designation", "Global Security Group")}),
    ("The Treasury on Monday froze the assets of the International Trade Fund, which it says moved "
     "money for the junta.", "en", {("designation", "International Trade Fund")}),
    ("The Treasury on Monday sanctioned Global Trade Services Ltd over shipments of drone engines.",
     "en", {("designation", "Global Trade Services Ltd")}),
    ("Le Trésor a sanctionné lundi la société Global Security Networks pour ses ventes de drones.",
     "fr", {("designation", "Global Security Networks")}),
])
def test_a_name_with_a_head_or_a_word_of_its_own_stays(text: str, lang: str,
                                                        events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) >= events


@pytest.mark.parametrize(("name", "title"), [
    ("Export Controls Update", True), ("Annual Sanctions Review", True), ("Mesures Restrictives", True),
    ("Crise Ukrainienne", True), ("Armenia-Azerbaijan War", True), ("Sanctions Monitoring Group", False),
    ("Global Trade Services Ltd", False), ("Tolvex", False), ("Norland", False), ("Human Rights Fund", False), ("China International", False),
])
def test_title_words(name: str, title: bool) -> None:
    assert title_of_common_words(name) is title
