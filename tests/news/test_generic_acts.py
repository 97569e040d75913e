"""An act told in the generic or the habitual present is no act (``generic_acts``): a verb
in the simple present with a bare plural of parties as its object ("the agency puts
persons and firms on its list"), or with an adverb of habit ("every year", « chaque année
»); a participle on the subject whose present verb tells what follows ("a firm added to
the list faces curbs", « un pays inscrit sur la liste perd l'aide »); an act's noun with
no determiner heading a topic's title ("Removal from the Entity List: the steps"); and the
act's participle before a kind of party after "the", in the singular too ("dealings with
the designated firm"). Near misses keep their act: the past, a progressive, a counted or
named object, a day, members named after the kind, a participle phrase with a year.
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.modality import blocked
from listwatch.news.triggers import find_triggers


def _acts(sent: str, lang: str = "en") -> list[str]:
    """The acts the sentence tells (its triggers no mode blocks)."""
    trigs = find_triggers(sent, lang)
    return [t.event for t in trigs if not blocked(sent, lang, t, trigs)]


def _kinds(text: str, published: str = "2024-03-02") -> list[tuple[str, str]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("sent", "lang"), [
    ("The Treasury places individuals and companies on its list for reasons of security.", "en"),
    ("The ministry puts firms and persons on its list when they trade with armed groups.", "en"),
    ("THE AGENCY REMOVES PERSONS AND FIRMS FROM ITS REGISTER FOR MANY REASONS.", "en"),
    ("Unlike older sanctions targeting rogue states, these penalties freeze the assets of officials.", "en"),
    ("Every year the office removes a few names from its list after a review.", "en"),
    ("The Council typically removes some names from its list when it renews the regime.", "en"),
    ("Chaque année, le ministère retire des personnes de sa liste après un examen.", "fr"),
    ("D'ordinaire, le Conseil retire quelques noms de sa liste lors du renouvellement.", "fr"),
])
def test_an_act_told_as_a_habit_or_of_a_kind_is_no_act(sent: str, lang: str) -> None:
    assert _acts(sent, lang) == []


@pytest.mark.parametrize(("sent", "lang"), [
    ("A firm added to the list faces curbs on its exports.", "en"),
    ("Any company designated by the Treasury loses access to American banks.", "en"),
    ("Un pays inscrit sur cette liste perd l'aide américaine.", "fr"),
    ("Le Norland ajouté à cette liste, entraîne des restrictions sur ses exportations.", "fr"),
])
def test_an_act_told_as_a_condition_of_its_consequence_is_no_act(sent: str, lang: str) -> None:
    assert _acts(sent, lang) == []


@pytest.mark.parametrize(("sent", "lang"), [
    ("Removal from the Entity List: Procedure, Evidence and Timing", "en"),
    ("Designation on the SDN List: the criteria explained", "en"),
    ("Radiation de la liste SDN : le cadre et les étapes", "fr"),
    ("Inscription sur la liste noire : les critères", "fr"),
])
def test_an_act_heading_a_topic_is_no_act(sent: str, lang: str) -> None:
    assert _acts(sent, lang) == []


def test_the_participle_before_a_singular_kind_is_who_it_is() -> None:
    text = ("Kestrel Maritime Ltd runs tankers out of Limassol. Dealings with the designated firm and its units "
            "are allowed if they began before the start of the month.")
    assert _kinds(text) == []
    assert _acts("Payments to the designated company remain blocked.") == []


@pytest.mark.parametrize(("text", "want"), [
    # the past, a progressive, a named object, a day, members named after the kind, a
    # year in the participle's phrase, a party named in the heading
    ("The Treasury placed Kestrel Maritime Ltd on its list.", [("designation", "Kestrel Maritime Ltd")]),
    ("The Treasury is adding Kestrel Maritime Ltd to its list.", [("designation", "Kestrel Maritime Ltd")]),
    ("On Monday the Treasury removes Kestrel Maritime Ltd from its list.", [("removal", "Kestrel Maritime Ltd")]),
    ("The Treasury adds firms such as Kestrel Maritime Ltd to its list.", [("designation", "Kestrel Maritime Ltd")]),
    ("Kestrel Maritime Ltd, added to the list in 2019, faces curbs on its exports.",
     [("designation", "Kestrel Maritime Ltd")]),
    ("Removal of Kestrel Maritime Ltd from the SDN List: what it means", [("removal", "Kestrel Maritime Ltd")]),
    ("Le ministère a retiré la société Kestrel Maritime de sa liste lundi.", [("removal", "Kestrel Maritime")]),
    ("Comme souvent, Washington a inscrit la société Kestrel Maritime sur sa liste noire.",
     [("designation", "Kestrel Maritime")]),
])
def test_near_misses_keep_their_act(text: str, want: list[tuple[str, str]]) -> None:
    assert _kinds(text) == want
