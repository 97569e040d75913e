"""A group word of people that takes up an enumeration told before ("ces officiers", "contre
les trois", "le Conseil les a inscrits"): the act it is told with is each member's, with
that act's own date. One person named before, more names than the word counts, companies,
and a list's name in capitals are no such group: nobody gets the act."""

from __future__ import annotations

from listwatch.news import extract_article
from listwatch.news.enumerations import count_told, people_taken_up, person_shaped
from listwatch.news.names import Entity

PUB = "2024-06-13"  # a Thursday


def _events(text: str, lang: str = "fr") -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _parties(text: str, kind: str) -> set[str]:
    return {n for t, n, _d in _events(text) if t == kind}


TRIO = ("Le Trésor américain a levé lundi ses sanctions contre Piotr Sallen, Ivo Kramek et "
        "Anja Velt. ")


def test_a_demonstrative_group_in_a_past_perfect_listing_takes_up_the_three() -> None:
    text = TRIO + ("Ces officiers avaient été placés sur sa liste noire pour leur soutien aux "
                   "milices du nord.")
    got = _events(text)
    for n in ("Piotr Sallen", "Ivo Kramek", "Anja Velt"):
        assert ("removal", n, "2024-06-10") in got, n
        # the past listing has its own date, none here: never the removal's
        assert ("designation", n, None) in got, n


def test_a_bare_count_after_a_preposition_gets_the_lifting_and_its_month() -> None:
    text = ("Depuis 2017, le Conseil de l'Union européenne vise Boris Tenko, Ilya Marsk et Oleg "
            "Varin, trois anciens gouverneurs de province. L'Union a finalement levé en mars "
            "2021 ses mesures restrictives contre les trois, faute de preuves nouvelles.")
    got = _events(text)
    for n in ("Boris Tenko", "Ilya Marsk", "Oleg Varin"):
        assert ("removal", n, "2021-03") in got, n


def test_the_object_pronoun_before_a_plural_participle() -> None:
    text = ("Le Trésor a retiré mardi de sa liste Karl Denning et Lisa Vorn, deux hommes "
            "d'affaires de Valmar. En 2019, le Trésor les avait inscrits sur cette liste pour "
            "des ventes d'armes.")
    got = _events(text)
    for n in ("Karl Denning", "Lisa Vorn"):
        assert ("removal", n, "2024-06-11") in got, n
        assert ("designation", n, "2019") in got, n


def test_one_person_named_before_is_no_group() -> None:
    # the group is told later, or never by name: the one person told before is not it
    text = ("Le Conseil a décidé mardi de réviser sa liste, a expliqué le ministre Piotr Sallen. "
            "Ces personnes avaient été sanctionnées en 2016 pour des détournements de fonds.")
    assert "Piotr Sallen" not in _parties(text, "designation")


def test_more_names_than_the_count_is_no_group() -> None:
    # four named, "les trois": a reader cannot tell which three
    text = ("Boris Tenko, Ilya Marsk, Oleg Varin et Anja Velt sont visés depuis 2017 par "
            "l'Union européenne. L'Union a levé en mars 2021 ses mesures contre les trois.")
    assert _parties(text, "removal") == set()


def test_companies_are_no_group_of_people() -> None:
    text = ("Le Trésor a levé lundi ses sanctions contre Harlow Tankers, Vessmar Shipping et "
            "Ostrel Marine. Ces responsables avaient été sanctionnés pour des livraisons "
            "d'armes.")
    assert _parties(text, "designation") == set()


def test_the_members_and_the_count() -> None:
    people = [Entity("Boris Tenko"), Entity("Ilya Marsk")]
    firm = Entity("Harlow Tankers")
    listed_as = Entity("Ressortissants Spécialement Désignés", person=True)
    assert count_told("contre les trois") == 3 and count_told("ces officiers") == 0
    assert people_taken_up([[firm], [*people, firm]], 2) == people
    assert people_taken_up([[*people, listed_as]], 0) == people
    assert people_taken_up([people], 3) == people  # a member the name finder missed
    assert people_taken_up([[*people, Entity("Oleg Varin")]], 2) is None
    assert people_taken_up([people, [people[0]]], 0) is None  # the nearest names one
    assert not person_shaped(firm) and not person_shaped(listed_as)
    assert not person_shaped(Entity("Union Européenne")) and person_shaped(Entity("Ali bin Hamad"))


def test_the_object_group_takes_up_the_enumeration_before_the_act() -> None:
    text = ("Piotr Sallen, Ivo Kramek et Anja Velt, trois anciens ministres, contestent depuis "
            "mai une décision par laquelle le Conseil avait gelé en avril 2019 les avoirs de ces "
            "personnes.")
    got = _events(text)
    for n in ("Piotr Sallen", "Ivo Kramek", "Anja Velt"):
        assert ("designation", n, "2019-04") in got, n


def test_the_object_group_and_a_name_told_as_whose_relatives() -> None:
    # the members follow "dont"; the one they are relatives of is no member
    text = ("Des proches du général Varin dont Piotr Sallen et Anja Velt ont saisi la justice, "
            "car le Conseil avait gelé en avril 2019 les avoirs de ces personnes.")
    got = _parties(text, "designation")
    assert {"Piotr Sallen", "Anja Velt"} <= got
    assert not any("Varin" in n for n in got)


def test_a_relative_named_after_the_tie_stays_aside() -> None:
    # "la fille de X, Anna": the relation's own object is no party; no inclusion word here
    text = "Le Trésor a sanctionné mardi Anja Velt, la fille du général Boris Tenko."
    got = _parties(text, "designation")
    assert "Anja Velt" in got and "Boris Tenko" not in got
