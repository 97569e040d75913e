"""A person named as a party, then described in an apposition by the office held in a body
("A, the boss of the country's second oil producer X", "A, patron du troisième groupe minier
du pays X"): the body is told only to say who A is, so it is no party, however long the
lower-case description of the body between the title and its name. Near misses: the holder
named after a lower-case domain with no one before it ("the head of the border police A"),
names coordinated with no office between them, and an owner (a listed person's vessel or
firm may be listed beside it) stay parties."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.attribution import apposed_office


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("Norland's treasury sanctioned Pavel Dremin, the boss of the country's second oil producer Korvex, "
     "on Tuesday.", "en", {("designation", "Pavel Dremin")}),
    ("Le Trésor a sanctionné mardi Pavel Dremin, patron du troisième groupe minier du pays Korvex.", "fr",
     {("designation", "Pavel Dremin")}),
    ("Le Conseil a inscrit mardi Ivan Sorel, l'ancien directeur du numéro un norlandais des engrais Brixo, "
     "sur sa liste.", "fr", {("designation", "Ivan Sorel")}),
])
def test_the_body_of_the_holders_office_is_no_party(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    # the holder named after the body's description, nobody before it
    ("On Monday the Treasury sanctioned the head of the border police Ivan Sorel.", "en",
     {("designation", "Ivan Sorel")}),
    # names coordinated, no office between them
    ("The Treasury sanctioned Pavel Dremin, Korvex Mining and Brixo Bank on Tuesday.", "en",
     {("designation", "Pavel Dremin"), ("designation", "Korvex Mining"), ("designation", "Brixo Bank")}),
    # the description closed by a coordinator: the next name is the next item
    ("The Council on Monday sanctioned Pavel Dremin, director of the national opera and Ivan Sorel.", "en",
     {("designation", "Pavel Dremin"), ("designation", "Ivan Sorel")}),
    # an owner told in the apposition: what it owns is not read as an office's body
    ("The Treasury sanctioned Korvex Shipping, the owner of the tanker Ocean Star, and Brixo Bank on "
     "Tuesday.", "en", {("designation", "Korvex Shipping"), ("designation", "Brixo Bank")}),
])
def test_parties_beside_an_office_stay(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


def test_apposition_needs_a_name_before_it() -> None:
    listed = "The list names Ivan Sorel, head of Korvex Neft, and Oleg Tamm."
    assert apposed_office(listed, listed.index("Korvex"))
    # an opening adverb is no name: the title's holder follows its domain
    opening = "Thus, the head of the border police Ivan Sorel was listed."
    assert not apposed_office(opening, opening.index("Ivan"))
    # an owner is no office here
    owned = "It listed Korvex Shipping, the owner of the tanker Ocean Star."
    assert not apposed_office(owned, owned.index("Ocean"))
