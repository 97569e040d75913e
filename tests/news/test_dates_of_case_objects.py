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


def _events(text: str, kind: str, who: str) -> list[str | None]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted((e["date"] or "") for e in evs if e["type"] == kind and who in e["entity"])


@pytest.mark.parametrize(("text", "who"), [
    # a date told between the case and the word that opens what the case is about is the
    # case's; the act inside that object is not dated by it
    ("Norvale Tankers won its appeal Monday against the decision to blacklist Norvale Tankers in 2021.",
     "Norvale"),
    ("Les armateurs Ilya Dorvanek et Piotr Lesko ont remporté un procès lundi concernant le choix de "
     "Bruxelles de les sanctionner à cause de leurs navires.", "Dorvanek"),
])
def test_a_day_told_before_the_cases_object_is_the_cases(text: str, who: str) -> None:
    days = _listings(text, who)
    assert days and "2024-03-11" not in days


def test_the_suit_keeps_its_day_and_the_object_the_other() -> None:
    text = "Shipping magnate Arvid Kolstrem sued the Biden administration on Monday over sanctions it imposed on Kolstrem last year."
    assert _events(text, "legal_challenge", "Kolstrem") == ["2024-03-11"]
    assert _listings(text, "Kolstrem") == ["2023"]


@pytest.mark.parametrize(("text", "who"), [
    # the listing told as what a suit is about, in the suit's own sentence, with no date:
    # not the day of the news
    ("The Treasury on Monday sanctioned Orvik Freight, a trading house. Halden Polymers and two "
     "affiliates bring this action against the Commerce Department, claiming that the agency, in "
     "adding Halden Polymers to its export blacklist, exceeded its powers.", "Halden"),
    ("Le Trésor a sanctionné lundi la société Orvik Freight. Brisk Mariner a introduit un recours "
     "devant le Tribunal, estimant que le Conseil, en inscrivant Brisk Mariner sur sa liste, a "
     "commis une erreur.", "Brisk"),
])
def test_a_listing_told_as_a_suits_ground_takes_no_day_of_the_news(text: str, who: str) -> None:
    assert _listings(text, who) == [""]


@pytest.mark.parametrize("text", [
    # a court's answer told with its day before the request: the request keeps no day
    "Le Tribunal a rejeté, lundi 11 mars, le recours de la société Velmora Shipping visant sa radiation refusée.",
    "Le juge a écarté lundi la requête de Velmora Shipping visant son inscription sur la liste.",
])
def test_a_request_a_french_court_answers_takes_not_the_answers_day(text: str) -> None:
    assert "2024-03-11" not in _events(text, "legal_challenge", "Velmora")


def test_a_court_act_keeps_its_own_day_not_its_objects_attribute() -> None:
    # a month told as the attribute of the act a court stops is that act's
    text = ("On 11 March 2024, a federal judge sitting in the capital's trial court handed down a preliminary "
            "injunction which bars the Pentagon's officials from applying its May 2022 designation "
            "of Quenlar Robotics as a military company.")
    assert _events(text, "injunction", "Quenlar") == ["2024-03-11"]


@pytest.mark.parametrize("text", [
    # the two ends of a stay on a list that a court undoes are no day of the court's act
    "On appeal, the Union's court annuls the inclusion of Quenlar Robotics and Velmora Shipping on the Union's "
    "sanctions lists between May 2021 and June 2022.",
    "La juridiction de Luxembourg annule l'inscription de Quenlar Robotics et de Velmora Shipping sur les "
    "listes des sociétés dont l'Union a gelé les fonds entre mai 2021 et juin 2022.",
])
def test_a_stay_between_two_ends_gives_the_annulment_no_day(text: str) -> None:
    assert _events(text, "vacatur", "Quenlar") == [""]


@pytest.mark.parametrize("text", [
    # near misses: a day told after the relief's verb, before its object, is the relief's
    "The EU General Court annulled on Monday sanctions against Velmora Shipping.",
    "A federal judge on Monday vacated the designation of Velmora Shipping.",
])
def test_a_reliefs_own_day_told_before_its_object_stays_its_own(text: str) -> None:
    evs = extract_article(text, published="2024-03-14")["events"]
    assert [e["date"] for e in evs if e["type"] in ("removal", "vacatur") and "Velmora" in e["entity"]] == ["2024-03-11"]
