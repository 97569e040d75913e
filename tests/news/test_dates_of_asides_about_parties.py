"""A date told in an aside about a named party (a relative clause or a participle set off
by a comma after the name: what the party did, where it served, when it died) belongs to
no act of the sentence: the act is told as undated there, and takes the day of the news
when the story tells one. So does a date set between commas inside a noun phrase that
goes on after it ("the killing, in 2016, of a reporter"). An aside that tells an act
itself, its making or its coming into effect keeps its date. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUBLISHED = "2024-03-15"  # a Friday
LEDE_EN = "The Treasury sanctioned nine people in Tarvia on Tuesday. "
LEDE_FR = "Le Trésor a sanctionné mardi neuf personnes en Tarvie. "


def _dates(text: str, who: str, typ: str = "designation") -> list[str | None]:
    evs = extract_article(text, published=PUBLISHED)["events"]
    return [e["date"] for e in evs if e["type"] == typ and who in e["entity"]]


@pytest.mark.parametrize(("text", "who"), [
    # a relative clause after the party's descriptor noun
    (LEDE_EN + "Dorian Kalvik, a magistrate who sentenced a rival candidate to ten years in May 2019, "
               "was added to the list.", "Kalvik"),
    (LEDE_EN + "Those targeted include Oren Sabatov, a broker who is wanted in three countries and was "
               "linked to a port heist in 2017.", "Sabatov"),
    # a relative clause at once
    (LEDE_EN + "Ilse Marrow, who ran the central bank in 2011, was also designated.", "Marrow"),
    # a participle after the name and its title
    (LEDE_EN + "Also on the list is Colonel Tavo Rensk, head of the air wing, arrested in 2020.", "Rensk"),
    (LEDE_FR + "Parmi les personnes visées figure Lucien Varga, un juge qui a condamné un opposant en "
               "mars 2019.", "Varga"),
    (LEDE_FR + "La liste comprend aussi le général Anton Drevic, chef de la garde (unité d'élite), tué "
               "en 2021.", "Drevic"),
    # a date set inside a noun phrase
    (LEDE_FR + "Paul Ostrand a lui aussi été sanctionné dans l'enquête liée à l'enlèvement, en "
               "2015, d'un syndicaliste.", "Ostrand"),
    (LEDE_EN + "Hana Lisberg was also targeted by the Treasury over the killing, in 2018, of a trade "
               "unionist.", "Lisberg"),
])
def test_an_asides_date_is_no_acts_date(text: str, who: str) -> None:
    assert _dates(text, who) == ["2024-03-12"]


@pytest.mark.parametrize(("text", "who", "want"), [
    # near misses: an aside that tells the act keeps its date ...
    ("Dorian Kalvik, who was put on the list in May 2019, was removed on Tuesday.", "Kalvik", "2019-05"),
    # ... the measure's own making ...
    ("Le gel des avoirs de Lucien Varga, décidé en mai 2023, a été prolongé par le Trésor.", "Varga",
     "2023-05"),
    # ... and a date after the aside is the act's
    ("The Treasury sanctioned Oren Sabatov, a broker who fled Tarvia, on 4 March.", "Sabatov", "2024-03-04"),
])
def test_an_aside_that_tells_the_act_or_a_date_after_it_stays(text: str, who: str, want: str) -> None:
    assert want in _dates(text, who)
