"""A name inside the description of another name, told in apposition and set off by commas,
whatever noun heads the description ("A, coordinator of the X Alliance,", "the Y Brigade,
a faction of the X Cartel,", « A, gestionnaire de X », « A, « proche associé » de X »), or
told before the name it describes ("the treasurer of the X Cartel, A,"): the complement
says whose body or whose tie the description is, so it is no party of the act. An acronym
in brackets after that name goes with it. Near misses keep their party: a companion's cue
("A, along with X"), an item told with its kind (« la compagnie d'assurances X »), a person
named after a title and its domain (« A, le ministre des Affaires étrangères B »), an
opening adverb (« Par ailleurs, l'appel de X »), a list going on after a participle
(« les fonds appartenant aux banques X, Y et Z ») and an act told of the name itself
after it (", which was also sanctioned")."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.governed import apposed_complement


def _parties(text: str, lang: str) -> set[str]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {e["entity"] for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("The Treasury sanctioned Marta Lindqvist, coordinator of the Harbour Front Alliance, on Tuesday.", "en",
     {"Marta Lindqvist"}),
    ("Marta Lindqvist, treasurer of the Harbour Front Alliance, was sanctioned on Tuesday.", "en",
     {"Marta Lindqvist"}),
    ("The Velmar Brigade, a faction of the Kestrel Cartel, was among those the Treasury sanctioned.", "en",
     {"Velmar Brigade"}),
    ("Osric Dunmore, commander of the Northern Sector of the Coastal Defence Forces, has also been added "
     "to the sanctions list.", "en", {"Osric Dunmore"}),
    ("Le Trésor a sanctionné Marta Lindqvist, gestionnaire de Kestrel Freight basée à Brême.", "fr",
     {"Marta Lindqvist"}),
    ("Washington a sanctionné jeudi Marta Lindqvist, coordonnatrice de l'Alliance du Port Franc (APF), "
     "et plusieurs de ses proches.", "fr", {"Marta Lindqvist"}),
    ("Le Trésor a gelé les avoirs de Osric Dunmore, fondateur de la société Velkor, « proche associé » de "
     "Jonas Tamberg et ancien ministre.", "fr", {"Osric Dunmore"}),
    # the description told before the one it describes
    ("The Treasury sanctioned the treasurer of the Kestrel Cartel, Marta Lindqvist, and two aides.", "en",
     {"Marta Lindqvist"}),
    ("Le Trésor a sanctionné la trésorière de l'Alliance du Port Franc, Marta Lindqvist, ainsi que deux "
     "collaborateurs.", "fr", {"Marta Lindqvist"}),
])
def test_the_complement_of_a_description_is_no_party(text: str, lang: str, parties: set[str]) -> None:
    assert _parties(text, lang) == parties


@pytest.mark.parametrize(("text", "lang", "parties"), [
    # a companion's cue
    ("The Treasury sanctioned Marta Lindqvist, along with Kestrel Freight, on Tuesday.", "en",
     {"Marta Lindqvist", "Kestrel Freight"}),
    # an item told with its kind
    ("Le Trésor a sanctionné Velkor, la compagnie d'assurances Kestrel Freight et la Banque Norvik.", "fr",
     {"Velkor", "Kestrel Freight", "Norvik"}),
    # a person named after a title and its domain is the next item
    ("Le Conseil a sanctionné Osric Dunmore, le ministre des Affaires étrangères Jonas Tamberg et deux "
     "généraux.", "fr", {"Osric Dunmore", "Jonas Tamberg"}),
    # a list going on after a participle
    ("La cour a annulé la saisie des fonds appartenant aux banques Velkor Bank, Kestrel Bank et Norvik "
     "Bank.", "fr", {"Velkor Bank", "Kestrel Bank", "Norvik Bank"}),
    # names coordinated, no description between them
    ("The Treasury sanctioned Velkor Shipping, Kestrel Freight and Norvik Lines on Tuesday.", "en",
     {"Velkor Shipping", "Kestrel Freight", "Norvik Lines"}),
])
def test_parties_beside_a_description_stay(text: str, lang: str, parties: set[str]) -> None:
    assert _parties(text, lang) == parties


def test_a_description_needs_a_name_before_it_and_no_act_of_its_own() -> None:
    opening = "Par ailleurs, l'appel de Jonas Tamberg a été rejeté."
    assert not apposed_complement(opening, opening.index("Jonas"), opening.index(" a été"), True)
    dated = "On Friday, the head of Kestrel Freight was sanctioned."
    assert not apposed_complement(dated, dated.index("Kestrel"), dated.index(" was"), False)
    own = "The Treasury sanctioned Velkor Shipping, a supplier to Kestrel Freight, which was also sanctioned."
    assert not apposed_complement(own, own.index("Kestrel"), own.index(", which"), False)
    told = "The Treasury sanctioned Marta Lindqvist, adviser to the Kestrel Front, on Tuesday."
    assert apposed_complement(told, told.index("Kestrel"), told.index(", on"), False)
