"""The day a round took effect: a sentence of its own saying the measures took effect on a
day dates the round's listings told with no day, or told only as announced on an earlier
day; a start cue opening the clause of a listing told in a perfect or a past ("As of 5
March 2024, X has been added to the list") is the listing's day, not a deadline. Near misses: a
round told as done on its own day keeps it (undated parties stay undated), a day to come,
a regulation's own entry into force, a start cue after the act. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate
from listwatch.news.dates_effective import effective_day
from listwatch.news.sentences import split_sentences

_ANNOUNCED = "Trade officials said on 3 April 2024 that eleven firms would be put on the Entity List. "
_DONE = "On 3 April 2024, trade officials put eleven firms on the Entity List. "
_NAMED = "The firms added include Orvex Trading and Halden Marine."
_ANNONCE = "Pékin a annoncé vendredi des sanctions visant neuf groupes américains de défense. "
_NOMMEES = "Parmi les groupes visés figurent Orvex Trading et Halden Marine."


def _dates(text: str, published: str | None) -> dict[str, str | None]:
    evs = extract_article(text, published=published)["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == "designation"}


@pytest.mark.parametrize(("text", "published", "day"), [
    # announced on one day as one to come, in effect on a later one
    (_ANNOUNCED + "Those restrictions took effect on 17 April 2024. " + _NAMED, "2024-06-01", "2024-04-17"),
    (_ANNOUNCED + "The measures came into force on 17 April 2024. " + _NAMED, "2024-06-01", "2024-04-17"),
    # announced on a weekday the page cannot resolve, in effect on a day written out
    (_ANNONCE + "Ces sanctions sont entrées en vigueur le 12 janvier 2024. " + _NOMMEES, "2024-01", "2024-01-12"),
])
def test_the_rounds_parties_take_the_day_it_took_effect(text: str, published: str, day: str) -> None:
    assert _dates(text, published) == {"Orvex Trading": day, "Halden Marine": day}


@pytest.mark.parametrize(("text", "published"), [
    (_ANNOUNCED + "Those restrictions will take effect on 17 April 2024. " + _NAMED, "2024-06-01"),
    (_ANNONCE + "Ces sanctions entreront en vigueur le 12 janvier 2024. " + _NOMMEES, "2024-01"),
    # a regulation's own entry into force
    ("Un arrêté relatif au gel des avoirs est entré en vigueur le 12 janvier 2024. "
     "Ottawa a sanctionné Orvex Trading et Halden Marine.", "2024-01"),
])
def test_no_effective_day_for_a_round_done_a_day_to_come_or_a_regulation(text: str, published: str) -> None:
    assert set(_dates(text, published).values()) == {None}


def test_a_round_told_as_done_on_its_own_day_keeps_it_for_the_parties_told_on() -> None:
    # its parties, told on in its passage, take its day, not the effective one
    text = _DONE + "Those restrictions took effect on 17 April 2024. " + _NAMED
    assert set(_dates(text, "2024-06-01").values()) == {"2024-04-03"}


def test_a_round_done_on_its_day_keeps_it() -> None:
    text = ("On 3 April 2024, trade officials put Orvex Trading and Halden Marine on the Entity List. "
            "Those restrictions took effect on 17 April 2024.")
    assert _dates(text, "2024-06-01") == {"Orvex Trading": "2024-04-03", "Halden Marine": "2024-04-03"}


def test_two_effective_days_date_nothing() -> None:
    text = ("The sanctions took effect on 17 April 2024. The new restrictions took effect on 2 May "
            "2024.")
    assert effective_day(split_sentences(text, "en"), "en", PartialDate.parse("2024-06-01")) is None


@pytest.mark.parametrize(("text", "published", "day"), [
    ("As of 5 March 2024, Orvex Trading has been added to the Treasury's blocking list.",
     "2024-06-01", "2024-03-05"),
    ("À compter du 5 janvier 2024, Orvex Trading a été ajoutée par le Trésor à sa liste.",
     "2024-01", "2024-01-05"),
])
def test_a_start_cue_opening_a_listing_done_is_its_day(text: str, published: str, day: str) -> None:
    assert _dates(text, published) == {"Orvex Trading": day}


@pytest.mark.parametrize(("text", "published"), [
    # the start cue after the act: the partners' cut-off, not the listing's day
    ("Orvex Trading was listed last year; its partners must wind down their dealings as of "
     "5 March 2024.", "2024-06-01"),
    ("Orvex Trading devra cesser ses ventes à compter du 5 janvier 2024, selon le Trésor, qui l'a "
     "ajoutée à sa liste.", "2024-01"),
])
def test_a_start_cue_after_the_act_is_no_listing_day(text: str, published: str) -> None:
    assert "2024-03-05" not in _dates(text, published).values()
    assert "2024-01-05" not in _dates(text, published).values()
