"""History told in passing dates nothing of the story. An act told as one of the earlier
measures a new round adds to is background, not the day's news: a measure noun qualified
as earlier ("previous measures such as the asset freeze on X", "prior sanctions", « les
sanctions antérieures, comme le gel des avoirs de X », « les mesures précédentes ») takes
no day from the story (``dates_story``); an act told of the day ("Japan also froze ...")
keeps the story's day. And on a page that shows no date, a month told without a year
takes no year from a past act told in passing to the month ("was added in October
2001"), while a day of the story ("on 5 October 2012") still gives it
(``dates_context.past_act_anchor``), nor from an end told ahead ("until 16 February 2024",
« jusqu'au 16 février 2024 »: ``dates_context.anchor_date``). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str) -> dict[str, str | None]:
    evs = extract_article(text, published="2022-05-10")["events"]
    return {e["entity"]: e["date"] for e in evs}


@pytest.mark.parametrize("text", [
    "On May 9 Canada froze the assets of Mikhail Orlov. The step adds to previous measures such as the "
    "asset freeze on Ivan Petrovic.",
    "On May 9 Canada froze the assets of Mikhail Orlov. It follows prior sanctions, among them the asset "
    "freeze on Ivan Petrovic.",
    "Le 9 mai, Ottawa a bloqué les avoirs de Mikhaïl Orlov. Cette mesure complète les "
    "sanctions antérieures, comme le gel des avoirs d'Ivan Petrovic.",
    "Le 9 mai, Ottawa a bloqué les avoirs de Mikhaïl Orlov. Cette décision s'ajoute aux "
    "mesures précédentes, par exemple le gel des avoirs d'Ivan Petrovic.",
])
def test_an_earlier_measure_takes_no_day_of_the_story(text: str) -> None:
    dates = _dates(text)
    assert dates.get("Ivan Petrovic") is None and "Ivan Petrovic" in dates
    assert dates[next(n for n in dates if "Orlov" in n)] == "2022-05-09"


def test_an_act_of_the_day_keeps_the_storys_day() -> None:
    text = "On May 9 Canada froze the assets of Mikhail Orlov. Canada also froze the assets of Ivan Petrovic."
    assert _dates(text)["Ivan Petrovic"] == "2022-05-09"


@pytest.mark.parametrize("text", [
    "On Friday the committee agreed to strike Omar Haddad off its roster. Haddad was added to the list "
    "in October 2001. In July the committee removed Ivan Petrovic from its list.",
    "Vendredi, le comité a accepté de rayer Omar Haddad de sa liste. Haddad y avait été inscrit en "
    "octobre 2001. En juillet, le comité a retiré Ivan Petrovic de sa liste.",
])
def test_a_yearless_month_takes_no_year_from_history_told_in_passing(text: str) -> None:
    evs = extract_article(text)["events"]
    assert [e["date"] for e in evs if e["entity"] == "Ivan Petrovic"] == [None]


def test_a_yearless_month_takes_the_year_of_the_storys_day() -> None:
    text = ("The committee removed Omar Haddad from the list on 5 October 2012. In July the committee "
            "removed Ivan Petrovic from its list.")
    evs = extract_article(text)["events"]
    assert [e["date"] for e in evs if e["entity"] == "Ivan Petrovic"] == ["2012-07"]


@pytest.mark.parametrize("text", [
    "Le Trésor a prolongé la licence de Velor Energy jusqu'au 16 février 2024. Velor Energy avait été "
    "placée en mai sur la liste noire du Trésor.",
    "OFAC extended the licence for Velor Energy until 16 February 2024. The Treasury added Velor Energy "
    "to the SDN list on 22 October.",
    "The Treasury extended the licence for Velor Energy through 30 April 2024. Washington had "
    "blacklisted Velor Energy on 22 October.",
])
def test_a_yearless_day_takes_no_year_from_an_end_told_ahead(text: str) -> None:
    # a page that shows no date: the end lies ahead of the writing, the act need not lie in its year
    evs = extract_article(text)["events"]
    assert [e["date"] for e in evs if e["type"] == "designation"] == [None]
