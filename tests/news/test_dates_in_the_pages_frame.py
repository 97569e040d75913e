"""Dates told in the page's own frame: an act and the later day it takes effect ("with
effect from Friday", « avec effet à compter de vendredi ») are two events; the ends of a
span of time ("for the period August 2019 to May 2020") date no act; a court's decision the
opening dated, told on in the next sentences, is that day's; a page that shows no date
takes the year of a yearless day from the article's last dated mention. Sentences of our
own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate, find_dates


def _events(text: str, published: str | None, kind: str = "designation") -> list[tuple[str, str | None]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == kind)


# --- the day an act takes effect, told after it -------------------------------------------

@pytest.mark.parametrize(("text", "published", "expected"), [
    # told on one day, in effect on a later one: two events of the act
    ("Pékin a inscrit Orvex Trading sur sa liste noire d'exportation avec effet à compter de "
     "vendredi, a fait savoir mardi son ministère.", "2025-03-04",
     [("Orvex Trading", "2025-03-04"), ("Orvex Trading", "2025-03-07")]),
    ("Ottawa placed Halden Marine on its sanctions list with effect from Friday, the "
     "foreign ministry said on Tuesday.", "2025-03-04",
     [("Halden Marine", "2025-03-04"), ("Halden Marine", "2025-03-07")]),
    # no other day: the act takes the day it takes effect (the nearer reading of the day)
    ("Ottawa placed Halden Marine on its sanctions list with effect from Friday.", "2025-03-04",
     [("Halden Marine", "2025-03-07")]),
    ("The council added Halden Marine to its sanctions list, effective Monday.", "2025-03-05",
     [("Halden Marine", "2025-03-03")]),
])
def test_an_act_and_the_day_it_takes_effect(text: str, published: str, expected: list) -> None:
    assert _events(text, published) == expected


def test_the_act_told_before_its_effect_is_announced() -> None:
    evs = extract_article("Ottawa placed Halden Marine on its sanctions list with effect from "
                          "Friday, the foreign ministry said on Tuesday.", published="2025-03-04")["events"]
    assert sorted((e["date"], e["status"]) for e in evs) == [("2025-03-04", "announced"), ("2025-03-07", "effective")]


def test_an_effect_cue_before_a_day_reads_the_nearer_day() -> None:
    pub = PartialDate.parse("2025-03-05")  # a Wednesday
    (d,) = find_dates("The listing applies with effect from Thursday.", "en", pub)
    assert (d.date, d.effect, d.deadline) == (PartialDate(2025, 3, 6), True, True)
    (d,) = find_dates("Le retrait s'applique avec effet à partir de lundi.", "fr", pub)
    assert (d.date, d.effect, d.deadline) == (PartialDate(2025, 3, 3), True, True)


# --- the ends of a span of time --------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "lang"), [
    ("The court annulled the measures for the period from August 2019 to May 2020.", "en"),
    ("The court annulled the measures for August 2019–May 2020.", "en"),
    ("Le juge a invalidé les mesures pour la période août 2019-mai 2020.", "fr"),
    ("Le juge a invalidé les mesures sur la période d'août 2019 à mai 2020.", "fr"),
])
def test_a_span_of_time_dates_no_act(sentence: str, lang: str) -> None:
    found = find_dates(sentence, lang, PartialDate.parse("2021-06-30"))
    assert [(d.date, d.deadline) for d in found] == [(PartialDate(2020, 5), True)]


def test_two_dates_of_two_acts_are_no_span() -> None:
    found = find_dates("Elle a été inscrite en août 2019 et radiée en mai 2020.", "fr", PartialDate.parse("2021-06-30"))
    assert [d.date for d in found] == [PartialDate(2019, 8), PartialDate(2020, 5)]


@pytest.mark.parametrize(("text", "published"), [
    ("The General Court on Tuesday upheld the freeze on the assets of trader Pavel Drozdov. "
     "The judges partly annulled the measures against Drozdov for the period from August 2019 "
     "to May 2020, the ruling shows.", "2021-06-30"),
    ("Les juges de Luxembourg ont confirmé mardi le gel des avoirs du négociant Pavel Drozdov. "
     "Les juges ont toutefois annulé les mesures visant M. Drozdov pour la période août 2019-mai 2020.",
     "2021-06-30"),
])
def test_a_decision_the_opening_dated_is_that_days(text: str, published: str) -> None:
    assert _events(text, published, "vacatur") == [("Pavel Drozdov", "2021-06-29")]


# --- a page that shows no date -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Le mois de mars 2023 a été chargé pour les autorités. Le Trésor a ensuite désigné le 14 mars "
     "la société Borel Telecom.", "2023-03-14"),
    ("March 2023 was a busy month for the regulators. On March 14 the Treasury sanctioned Borel Telecom.",
     "2023-03-14"),
    ("Les autorités ont beaucoup agi au printemps 2023. Le Trésor a sanctionné mi-avril la société "
     "Borel Telecom.", "2023-04"),
])
def test_a_yearless_day_takes_the_articles_year(text: str, expected: str) -> None:
    assert _events(text, None) == [("Borel Telecom", expected)]


def test_a_yearless_day_with_no_year_before_stays_undated() -> None:
    assert _events("On March 14 the Treasury sanctioned Borel Telecom.", None) == [("Borel Telecom", None)]


def test_a_sentence_with_a_year_of_its_own_borrows_none() -> None:
    # (its year is another act's: the yearless day is left undated, not guessed)
    text = ("Le mois de mars 2023 a été chargé pour les autorités. La société Borel Telecom, "
            "sanctionnée en 2019, a été retirée le 14 mars de la liste.")
    assert _events(text, None, "removal") == [("Borel Telecom", None)]


# --- the list an act made public, told on by its noun ------------------------------------------

@pytest.mark.parametrize("text", [
    "The defence ministry released a list of 31 firms it says are tied to the Zemblan army, "
    "including the drone maker, Kestrel Avionics. The list, handed to lawmakers on Tuesday, "
    "is the first of its kind.",
    "Le ministère de la Défense a dévoilé une liste de 31 sociétés liées à l'armée zemblane, "
    "dont le fabricant de drones, Kestrel Avionics. La liste, remise mardi aux députés, est "
    "la première du genre.",
])
def test_the_list_told_on_dates_its_listings(text: str) -> None:
    assert _events(text, "2024-02-01") == [("Kestrel Avionics", "2024-01-30")]


def test_a_list_told_on_with_an_old_day_dates_nothing() -> None:
    text = ("The defence ministry released a list of 31 firms it says are tied to the Zemblan army, "
            "including the drone maker, Kestrel Avionics. The list, first drawn up on 3 May 2019, "
            "was never published.")
    assert _events(text, "2024-02-01") == [("Kestrel Avionics", None)]
