"""A date told inside the party's own deed, given after the act as its reason ("sanctioned
for attending a meeting on 3 May 2023", "pour avoir aidé un réseau en 2021", "who had only
gone to a summit in May 2023", "accused of helping firms dodge sanctions imposed in 2023"),
or inside the legal text the act was taken under with its own signing ("under an order
signed in February"), is the deed's or the text's, not the listing's. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate, find_dates
from listwatch.news.dates_context import assign_dates
from listwatch.news.triggers import Trig, find_triggers


def _dates(text: str) -> list[str | None]:
    evs = extract_article(text, published="2024-03-09")["events"]
    return [e["date"] for e in evs if e["type"] == "designation" and "Voss" in e["entity"]]


@pytest.mark.parametrize("text", [
    "The Treasury sanctioned Harlo Voss for attending a meeting of arms dealers in Minsk on 3 May 2023.",
    "The Treasury sanctioned Harlo Voss for having helped a network of arms dealers in 2021.",
    "The Treasury sanctioned Harlo Voss for helping a network of arms dealers in 2021 and 2022.",
    "Le Trésor a sanctionné Harlo Voss pour avoir aidé un réseau de marchands d'armes en 2021.",
    # the legal text the act was taken under, dated by its signing
    "The Treasury sanctioned Harlo Voss under an executive order signed in February 2023.",
    "Le Trésor a sanctionné Harlo Voss en vertu d'un arrêté ministériel signé en février 2023.",
    # an invasion's day after the reason's comma
    "The Council sanctioned Harlo Voss for his work on a rail line, weeks before troops began to invade "
    "on 3 May 2023.",
])
def test_the_date_of_the_deed_is_not_the_listing(text: str) -> None:
    assert _dates(text) == [None]


@pytest.mark.parametrize(("text", "want"), [
    # near misses: the date told before the reason is the act's ...
    ("The Treasury sanctioned Harlo Voss on Friday for attending a meeting of arms dealers.", "2024-03-08"),
    ("Le Trésor a sanctionné Harlo Voss le 3 mai 2023 pour avoir participé à une réunion.", "2023-05-03"),
    # ... and so is one after the reason's clause has closed
    ("The Treasury sanctioned Harlo Voss for attending a meeting of arms dealers, the department said "
     "on Friday.", "2024-03-08"),
    # "during" tells when, not why
    ("The Treasury sanctioned Harlo Voss during a visit to Minsk on 3 May 2023.", None),
    # the act's own date before the reason or the legal text
    ("The Council sanctioned Harlo Voss on 3 May 2023, accused of helping shipowners dodge the sanctions "
     "imposed on Tarvia.", "2023-05-03"),
    ("Le Trésor a sanctionné Harlo Voss le 3 mai 2023 en vertu d'un décret signé en février.", "2023-05-03"),
    # a legal text told without its signing: the date is the act's
    ("The Treasury sanctioned Harlo Voss under an executive order on 3 May 2023.", "2023-05-03"),
    # the act told again in a relative clause in the past perfect keeps its date
    ("A judge rejected a bid against the designation of Harlo Voss, which had added the trader to "
     "the list in October.", "2023-10"),
    # the invasion's day told before the act is no date of it; the act's own day is
    ("The Council sanctioned Harlo Voss on 3 May 2023, a year after troops began to invade.", "2023-05-03"),
])
def test_a_date_outside_the_deed_stays_the_acts(text: str, want: str | None) -> None:
    assert _dates(text) == [want]


def _assigned(sent: str) -> list[PartialDate | None]:
    at = sent.index("been added")
    trig = Trig(event="designation", start=at, end=at + len("been added"), strength=1.0, needs_date=False)
    dates = find_dates(sent, "en", PartialDate(2024, 3, 9))
    return [d.date for d in assign_dates([trig], dates, sent, "en").values()]


def test_a_deed_told_in_the_past_perfect_after_a_dash_keeps_its_date() -> None:
    sent = ("Many managers have been added to the lists – such as Harlo Voss – who had only gone to a "
            "summit with the president in May 2023.")
    assert _assigned(sent) == []
    # near miss: the date told with the act, before the deed
    sent = ("Many managers have been added to the lists in May 2023 – such as Harlo Voss – who had only "
            "gone to a summit with the president.")
    assert _assigned(sent) == [PartialDate(2023, 5)]


@pytest.mark.parametrize(("sent", "lang"), [
    ("Among those sanctioned is trader Harlo Voss, accused of helping shipowners dodge the sanctions "
     "imposed on Tarvia in March 2023.", "en"),
    ("Parmi les personnes sanctionnées figure Harlo Voss, accusé d'avoir aidé des armateurs à contourner "
     "les sanctions imposées à la Tarvie en mars 2023.", "fr"),
])
def test_a_trigger_inside_the_reason_dates_no_act(sent: str, lang: str) -> None:
    # the sanctions the party is accused of dodging are the deed's, not an act of the sentence:
    # the month is given to no trigger
    trigs = find_triggers(sent, lang)
    assert len(trigs) >= 2
    assert assign_dates(trigs, find_dates(sent, lang, PartialDate(2024, 3, 9)), sent, lang) == {}


def test_a_trigger_outside_any_reason_keeps_its_date() -> None:
    # near miss: told in a clause of its own, not as the party's deed
    sent = ("Among those sanctioned is trader Harlo Voss, whose shipowners dodged the sanctions imposed on "
            "Tarvia in March 2023.")
    trigs = find_triggers(sent, "en")
    got = assign_dates(trigs, find_dates(sent, "en", PartialDate(2024, 3, 9)), sent, "en")
    assert [d.date for d in got.values()] == [PartialDate(2023, 3)]
