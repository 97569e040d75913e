"""A word whose capital its place gives, not a name: one word opening its clause (the text's
or a line's first word, after a bullet or an item's number, after a sentence's end, a colon
or a semicolon) at every mention of it, either a word in capitals with no word in lower case
after it (a label: "WATCH: ...", "ALERT - ...") or a word whose ending tells no name (a
participle, an adjective, an adverb, a gerund: "Effective immediately", "Announced late on
Friday"; in French a pronoun in « -même(s) ») with the clause's words in lower case after
it. Near misses keep their events: a name opening the only sentence as its subject ("Tolvex
was added", an acronym before its verb), the items of a list after a colon, a name told once
inside a sentence. Sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _read(text: str, lang: str) -> tuple[set[str], set[tuple[str, str]]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {m["name"] for m in r["mentions"]}, {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "gone", "events"), [
    # an adjective or a participle opening the sentence, the clause's words after it
    ("Background: more Norland sanctions\n\n\nEffective immediately, Norland is imposing sanctions on "
     "the persons and firms named below over their part in the coup.\n\nOrvex Shipping\nKalder Bank\n",
     "en", "Effective", None),
    ("Norland widens sanctions\n\nAnnounced late on Friday, the measures impose sanctions on two shipping "
     "firms. Orvex Shipping and Kalder Lines were both named.", "en", "Announced",
     {("designation", "Orvex Shipping"), ("designation", "Kalder Lines")}),
    # a label in capitals opening its line, no word in lower case after it
    ("Norland widens sanctions\n\nWATCH: The Treasury sanctioned two shipping firms, Orvex Shipping and "
     "Kalder Lines, on Monday.", "en", "WATCH",
     {("designation", "Orvex Shipping"), ("designation", "Kalder Lines")}),
    # French: a pronoun in « -même(s) » opening the sentence
    ("Le Trésor a sanctionné lundi deux hommes d'affaires. Eux-mêmes avaient déjà été inscrits sur la "
     "liste de l'Union européenne en 2022.", "fr", "Eux-mêmes", set()),
    ("Le Trésor a sanctionné lundi deux dirigeantes. Elles-mêmes avaient déjà été sanctionnées par le "
     "Canada en 2021.", "fr", "Elles-mêmes", set()),
])
def test_a_word_capitalised_by_its_place_is_no_name(text: str, lang: str, gone: str,
                                                    events: set[tuple[str, str]] | None) -> None:
    names, found = _read(text, lang)
    assert gone not in names
    assert all(name != gone for _t, name in found)
    if events is not None:
        assert found == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    # near misses: a name opening its only sentence as its subject, a list's items, a name
    # told inside a sentence too
    ("Tolvex was put on the Entity List last Monday.", "en", {("designation", "Tolvex")}),
    ("KVX was put on the Entity List last Monday.", "en", {("designation", "KVX")}),
    ("The Treasury on Monday added Tolvex to the Entity List. Tolvex said it would appeal.", "en",
     {("designation", "Tolvex")}),
    ("Marvessa a été inscrite lundi sur la liste noire du Trésor.", "fr", {("designation", "Marvessa")}),
    # a name whose ending is also a participle's or an adverb's, the subject of its verb
    ("Dorlinging was put on the Entity List last Monday.", "en", {("designation", "Dorlinging")}),
    ("Qiaoming was added to the Entity List last Monday.", "en", {("designation", "Qiaoming")}),
    ("Halvely has been added to the Entity List, the department said on Monday.", "en",
     {("designation", "Halvely")}),
    ("Tianjing a été inscrite lundi sur la liste noire du Trésor.", "fr", {("designation", "Tianjing")}),
])
def test_a_name_opening_its_sentence_stays_a_name(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _read(text, lang)[1] == events
