"""A listing told in a story whose day's news is a court's act or a suit is the case's
object, made before that day: told undated after the sentence that gives the day, it takes
no day (not the court's, not the suit's), and it stays an event of its own beside a listing
the story dates. A listing told as the ground of a suit by its own verb ("sued ... for
adding it", « pour avoir inscrit ») takes the suit's day neither. Sentences of our own;
published Thursday 14 March 2024, so "on Monday" / « lundi » is 11 March."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _listings(text: str, who: str) -> list[str | None]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted((e["date"] or "") for e in evs if e["type"] == "designation" and who in e["entity"])


@pytest.mark.parametrize(("text", "who"), [
    # a court's act gives the day
    ("The EU General Court on Monday struck down the asset freeze on Velmora Shipping, a tanker "
     "operator in Limassol. The Council had put Velmora Shipping on its sanctions list to punish "
     "its grain trade.", "Velmora"),
    ("A federal judge on Monday blocked the Pentagon's listing of Quenlar Robotics. "
     "The Defense Department designated Quenlar Robotics as a military company, its lawyers said.",
     "Quenlar"),
    # a suit gives the day
    ("Tarvik Minerals filed a complaint on Monday against the Commerce Department. "
     "The department blacklisted Tarvik Minerals over alleged ties to an arms maker.", "Tarvik"),
    ("La juridiction de Luxembourg a cassé lundi les mesures visant l'homme d'affaires Ilya Dorvanek. "
     "Le Conseil avait gelé les avoirs d'Ilya Dorvanek, qu'il accusait de financer l'armée.", "Dorvanek"),
    ("La société Ostrelia Metals a déposé lundi un recours contre le Conseil européen. "
     "Bruxelles a inscrit Ostrelia Metals sur sa liste noire pour ses ventes d'acier.", "Ostrelia"),
    # the listing told as the suit's ground, by its own verb
    ("Harnel Aero sued the Commerce Department on Monday for adding the robotics group "
     "to its export blacklist.", "Harnel"),
    ("Harnel Aero a attaqué lundi le département du Commerce pour avoir inscrit la société "
     "sur sa liste noire.", "Harnel"),
])
def test_a_listing_in_a_case_story_takes_no_day_of_the_case(text: str, who: str) -> None:
    days = _listings(text, who)
    assert days and "2024-03-11" not in days


def test_the_undated_object_stays_beside_a_dated_listing() -> None:
    text = ("The EU General Court on Monday struck down the asset freeze on Velmora Shipping, a "
            "tanker operator. The Council froze the assets of Velmora Shipping to punish its "
            "grain trade. In May 2023 the Council added Velmora Shipping to its list once more.")
    assert _listings(text, "Velmora") == ["", "2023-05"]


@pytest.mark.parametrize("text", [
    # near misses: the day's news is a listing, told on undated
    "The Treasury on Monday sanctioned Velmora Shipping, a tanker operator in Limassol. "
    "It also designated Brankov Freight, a sister company.",
    "Le Trésor américain a sanctionné lundi la société Velmora Shipping, un armateur de Limassol. "
    "Il a également désigné Brankov Freight, une société sœur.",
])
def test_a_listing_story_still_dates_its_listings(text: str) -> None:
    assert _listings(text, "Brankov") == ["2024-03-11"]
