"""A capitalised name that the words around it tell as a place (a lower-case place noun
after it, a place noun heading it, a court's seat, a town and its state, where a party
is based) is no party, in English and French, whatever place it is; a name of a
company's shape beside such words, a place heading a body's own name, and a party told
after a court's seat stay. An announcement whose only named places are no longer parties
still tells the day the round was announced. Sentences of our own, with invented places."""

from __future__ import annotations

import pytest

from listwatch.news.dates import PartialDate
from listwatch.news.dates_effective import date_from_effective_day
from listwatch.news.extract import extract_article
from listwatch.news.legal_event import Event
from listwatch.news.mentions import find_mentions
from listwatch.news.names import Entity
from listwatch.news.sentences import split_sentences


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    out = extract_article(text, published="2025-02-10", language=lang)
    return {(e["type"], e["entity"]) for e in out["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    # a lower-case place noun after the name, a possessive on it
    ("The EU on Monday sanctioned Dorin Maltsev and Varkel city's deputy mayor.", "en",
     {("designation", "Dorin Maltsev")}),
    # a place noun heading the name before "of"
    ("The Government designated on Monday people who took part in the seizure of the Free City "
     "of Varno and the Autonomous Region of Ostrel.", "en", set()),
    # an island group headed by its French noun
    ("Le Trésor a levé lundi les sanctions contre Orlan Maritime Ltd, basée aux îles Corvo, et "
     "Tesla Maritime Inc.", "fr", {("removal", "Orlan Maritime Ltd"), ("removal", "Tesla Maritime Inc")}),
    # a court's seat; the party who brought the appeal stays
    ("Le tribunal de Varno a rejeté lundi le recours de Mirel Tanga contre le gel de ses avoirs.",
     "fr", {("legal_challenge", "Mirel Tanga"), ("ruling", "Mirel Tanga")}),
])
def test_a_place_told_by_the_words_around_it_is_no_party(text: str, lang: str,
                                                         events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    # a company's name holding a place noun, or written beside a place's words
    ("Treasury designated Kestrel City Bank and Ostrel Islands Shipping on Monday.", "en",
     {("designation", "Kestrel City Bank"), ("designation", "Ostrel Islands Shipping")}),
    ("Treasury designated Kestrel Freight Ltd, a shipper in Portavel, Romania, on Monday.", "en",
     {("designation", "Kestrel Freight Ltd")}),
    ("Treasury designated Portavel Holdings, based in Varno, on Monday.", "en",
     {("designation", "Portavel Holdings")}),
    ("Le Trésor a radié lundi Orlan Maritime Ltd, domiciliée à Portavel.", "fr",
     {("removal", "Orlan Maritime Ltd")}),
])
def test_a_party_beside_a_place_stays(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "kept", "gone"), [
    # a town and its state after "in"
    ("Treasury removed the Kestrel Relief Fund and a charity in Varno, Ohio.", "en",
     {"Kestrel Relief Fund"}, {"Varno"}),
    # where a party is based or registered
    ("Treasury removed Portavel Holdings, based in Varno, and Ostrel Trading Co in Portavel.", "en",
     {"Portavel Holdings", "Ostrel Trading Co"}, {"Varno"}),
    ("Le Conseil a radié Orlan Maritime Ltd, immatriculée aux îles Corvo, et la société Halden Marine.",
     "fr", {"Orlan Maritime Ltd", "Halden Marine"}, {"Corvo"}),
    # a place whose name heads a body's own name in the article: the body may be meant
    ("Treasury listed the Varno Provincial Police and its chief, who both serve in Varno province.",
     "en", {"Varno Provincial Police"}, set()),
])
def test_mentions_told_as_places(text: str, lang: str, kept: set[str], gone: set[str]) -> None:
    names = {m.name for m in find_mentions(text, lang)[0]}
    assert kept <= names
    assert not gone & names


def test_a_round_announced_with_places_only_takes_the_day_it_took_effect() -> None:
    # the sentence announcing the round names only places (no party of its own), its
    # members are dated on the announcement's day: the day the measures took effect wins
    text = ("On 3 April 2024 trade officials said that they would put eleven firms of the Ostrel "
            "Autonomous Region on the Entity List. The officials added Orvex Trading Ltd to the list. "
            "Those restrictions took effect on 17 April 2024.")
    sents = split_sentences(text, "en")
    ev = Event(type="designation", entity=Entity(name="Orvex Trading Ltd"), authority=None, list_name=None,
               date=PartialDate.parse("2024-04-03"), status="effective", evidence=sents[1].text,
               confidence=0.9, strength=1.0, position=text.index("Orvex"))
    date_from_effective_day([ev], sents, "en", PartialDate.parse("2024-06-01"))
    assert ev.date == PartialDate.parse("2024-04-17")
    # told as done on its own day instead: it keeps that day
    done = text.replace("said that they would put", "put")
    sents = split_sentences(done, "en")
    ev.date = PartialDate.parse("2024-04-03")
    date_from_effective_day([ev], sents, "en", PartialDate.parse("2024-06-01"))
    assert ev.date == PartialDate.parse("2024-04-03")
