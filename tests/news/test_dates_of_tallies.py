"""A tally's span is no act's day. A count of parties ("more than 300 officials", « plus de
1 500 personnes ») or an ordinal of rounds (« cette troisième vague ») told with the span
it counts over ("since 2019", « depuis 2014 », « à la date du 1er mars », « cette année »)
bounds the count: a party the tally names takes no day from it, nor the story's day
(``dates_context.tally_date``). A participle aside that tallies a list ("a roster of 30
people sanctioned since 2020") leaves the act beside it the story's day, and the parties
named after it take that day. An act told of one party since a year keeps the year.
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate, find_dates
from listwatch.news.dates_context import tally_date


def _dates(text: str) -> dict[str, str | None]:
    evs = extract_article(text, published="2023-05-10")["events"]
    return {e["entity"]: e["date"] for e in evs if e["type"] == "designation"}


@pytest.mark.parametrize(("text", "name"), [
    ("Ottawa has blacklisted more than 300 officials since 2019, among them Reza Tabrizi.", "Reza Tabrizi"),
    ("L'Union a sanctionné plus de 1 500 personnes depuis 2014, dont Igor Sokolov.", "Igor Sokolov"),
    ("Cette troisième vague de sanctions prises cette année vise aussi l'armateur Stavros Kalogeropoulos.",
     "Stavros Kalogeropoulos"),
    ("À la date du 1er mars 2023, 120 entités, dont la société Veltra Logistics, ont été placées sur sa liste noire.",
     "Veltra Logistics"),
])
def test_a_party_of_a_tally_takes_no_day_from_its_span(text: str, name: str) -> None:
    dates = _dates(text)
    assert name in dates and dates[name] is None


@pytest.mark.parametrize("text", [
    "On Monday Norway imposed new sanctions on Belarus. Oslo added four firms to a roster of 30 people "
    "sanctioned since 2020. The measures also cover two of those firms, Minsk Tractor Works and Belaz Logistics.",
])
def test_the_parties_of_the_act_beside_a_tally_take_the_storys_day(text: str) -> None:
    dates = _dates(text)
    assert dates["Minsk Tractor Works"] == dates["Belaz Logistics"] == "2023-05-08"


def test_an_act_on_one_party_since_a_year_keeps_the_year() -> None:
    assert _dates("The Treasury has sanctioned Reza Tabrizi since 2019.")["Reza Tabrizi"] == "2019"


@pytest.mark.parametrize(("text", "lang", "tally"), [
    ("Washington has listed some 40 shipping firms since March 2021.", "en", True),
    ("As of 5 April 2022, 57 individuals and entities had been designated.", "en", True),
    ("The sixth round of measures this year names two banks.", "en", True),
    ("Depuis 2018, Londres a gelé les avoirs de 90 responsables.", "fr", True),
    ("The ministry froze the assets of two banks on 5 April.", "en", False),
    ("Le 5 avril, le ministère a inscrit 12 sociétés sur sa liste.", "fr", False),
])
def test_tally_date(text: str, lang: str, tally: bool) -> None:
    found = find_dates(text, lang, PartialDate(2023, 5, 10))
    assert found and any(tally_date(text, d) for d in found) is tally
