"""The day of the news on a page that shows no date: the full date its opening gives the
day's act dates the acts told after it with none (the parties a later sentence or a list
names); a sentence that tells a time of its own the reader cannot resolve (a weekday or a
yearless month on a page with no date, a weekday on a page dated by its month) takes no
other day; an act dated by the news day and one told with a day of its own a week away
stay two acts. Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate
from listwatch.news.dates_context import untold_time


def _events(text: str, published: str | None, kind: str = "designation") -> list[tuple[str, str | None]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == kind)


# --- the opening's full date is the day of the news ------------------------------------------

@pytest.mark.parametrize("text", [
    "On 3 February 2025, the Zemblan treasury announced fresh measures against arms brokers. "
    "It designated Kallor Freight and Vessin Marine.",
    "Le 3 février 2025, le Trésor zemblan a annoncé de nouvelles mesures contre des courtiers "
    "en armes. Il a sanctionné Kallor Freight et Vessin Marine.",
    "Ruritania blacklisted the drone maker Kallor Freight and its partner Vessin Marine, its "
    "trade ministry said. The ministry's notice, dated 3 February 2025, takes effect at once.",
])
def test_the_opening_day_dates_the_acts_told_without_one(text: str) -> None:
    assert _events(text, None) == [("Kallor Freight", "2025-02-03"), ("Vessin Marine", "2025-02-03")]


def test_the_opening_day_dates_the_parties_a_list_names() -> None:
    text = ("Le 14 mars 2024, le gouvernement zemblan a annoncé une nouvelle série de mesures "
            "contre ses voisins. Le ministère des affaires étrangères a inscrit trois armateurs sur "
            "sa liste de sanctions. Les trois sociétés visées sont :\n- Orvex Shipping\n"
            "- Halden Maritime\n- Brask Tankers\n")
    assert _events(text, None) == [("Brask Tankers", "2024-03-14"), ("Halden Maritime", "2024-03-14"),
                                   ("Orvex Shipping", "2024-03-14")]


# --- a time of its own that cannot be resolved -----------------------------------------------

@pytest.mark.parametrize(("text", "published"), [
    ("On 3 February 2025, the Zemblan treasury announced fresh measures against arms brokers. "
     "It designated Kallor Freight. Vessin Marine was sanctioned on Tuesday by the same office.", None),
    ("Le 3 février 2025, le Trésor zemblan a annoncé de nouvelles mesures contre des courtiers "
     "en armes. Il a sanctionné Kallor Freight. Vessin Marine a été sanctionnée mardi par le même "
     "ministère.", None),
    ("The Zemblan treasury imposed sanctions on several ship owners on 4 March 2024. It added "
     "Kallor Freight to its blacklist. Vessin Marine was sanctioned on Wednesday by the same "
     "office.", "2024-03"),
    ("Le Trésor zemblan a frappé le 4 mars 2024 plusieurs armateurs de nouvelles sanctions. Il "
     "a notamment inscrit Kallor Freight sur sa liste noire. Vessin Marine a été sanctionnée "
     "mercredi par le même ministère.", "2024-03"),
])
def test_an_unresolved_weekday_takes_no_other_day(text: str, published: str | None) -> None:
    assert dict(_events(text, published))["Vessin Marine"] is None


@pytest.mark.parametrize(("sentence", "lang", "published", "expected"), [
    ("Brask was sanctioned on Tuesday.", "en", None, True),
    ("Brask was sanctioned on Tuesday.", "en", PartialDate(2024, 3, 5), False),
    ("Brask avait été visée à la mi-octobre.", "fr", None, True),
    ("Brask a été inscrite mercredi.", "fr", PartialDate(2024, 3), True),
    ("Brask a été inscrite mercredi.", "fr", PartialDate(2024, 3, 6), False),
    # a year told with the month, a span's start included: a time told in full
    ("Les mesures couvraient les mois de mai 2018-août 2019.", "fr", None, False),
    # the modal, a newspaper's name: no time
    ("Brask may be listed, the Sunday Times said.", "en", None, False),
])
def test_untold_time(sentence: str, lang: str, published: PartialDate | None, expected: bool) -> None:
    assert untold_time(sentence, lang, published) is expected


# --- the news day's act and an act of another day ------------------------------------------

@pytest.mark.parametrize("text", [
    "Londres a autorisé les opérations commerciales avec Orvex Energy malgré les sanctions. La "
    "licence générale vaut du 20 novembre 2025 au 20 février 2026. Le 6 novembre, "
    "Washington a prolongé la licence d'Orvex Energy jusqu'au 5 décembre 2025.",
    "London has authorised dealings with Orvex Energy despite the sanctions. The general "
    "licence is in force from 20 November 2025 until 20 February 2026. On 6 November, "
    "Washington extended the licence for Orvex Energy until 5 December 2025.",
])
def test_a_licence_of_another_day_stays_apart(text: str) -> None:
    assert [d for _e, d in _events(text, None, "license")] == ["2025-11-06", "2025-11-20"]
