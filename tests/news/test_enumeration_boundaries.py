"""Every member of a French enumeration takes the act, whatever ends the enumeration's
first piece in the reader's eyes: a comma the French clause split cuts at when the
sentence tells two kinds of event (a licence and its end), and ", dont" opening the members
of a group before the verb (no relative clause). A name after a title of whose holder it
is the possessor ("le porte-parole du ministre X"), a relative clause with a verb of its
own, and a speaker after the list are no members. Every name is invented."""

from __future__ import annotations

from listwatch.news import extract_article
from listwatch.news.enumerations import person_shaped
from listwatch.news.names import Entity

PUB = "2024-06-13"  # a Thursday


def _events(text: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=PUB, language="fr")
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def _parties(text: str, kind: str) -> set[str]:
    return {n for t, n, _d in _events(text) if t == kind}


FIRMS = ("Harlow Tankers", "Vessmar", "Ostrel Marine", "Kandor Oil")


def test_a_licence_and_its_end_for_each_member() -> None:
    text = ("L'OFAC a prolongé mardi jusqu'au 22 juillet les licences accordées aux sociétés "
            "Harlow Tankers, Vessmar, Ostrel Marine et Kandor Oil.")
    got = _events(text)
    for n in FIRMS:
        assert ("license", n, "2024-06-11") in got, n
        assert ("deadline", n, "2024-07-22") in got, n


def test_a_speaker_after_the_licence_is_no_member() -> None:
    text = ("L'OFAC a prolongé mardi jusqu'au 22 juillet la licence accordée à Harlow Tankers, a "
            "indiqué Piotr Sallen.")
    assert _parties(text, "license") == {"Harlow Tankers"}
    assert _parties(text, "deadline") == {"Harlow Tankers"}


def test_members_after_dont_set_off_before_the_verb() -> None:
    text = ("Trois hommes d'affaires, dont Tarvo Kelmu, Ostap Drel et Anja Velt, ont été "
            "sanctionnés mardi par le Trésor.")
    assert {"Tarvo Kelmu", "Ostap Drel", "Anja Velt"} <= _parties(text, "designation")


def test_a_relative_clause_with_a_verb_of_its_own_stays_a_relative() -> None:
    text = "La société Orvex, dont Dornex Holding est l'actionnaire, a été sanctionnée mardi par le Trésor."
    assert _parties(text, "designation") == {"Orvex"}


def test_whose_office_the_title_is_of_is_no_party() -> None:
    text = "Le Trésor a sanctionné mardi Piotr Sallen, le porte-parole du ministre Boris Tenko."
    assert _parties(text, "designation") == {"Piotr Sallen"}


def test_a_person_the_finder_does_not_mark_is_still_person_shaped() -> None:
    assert person_shaped(Entity("Tarvo Kelmu")) and not person_shaped(Entity("Kandor Oil"))
