"""A body named as what the act's people serve, command, finance or are tied to (their
commanders, officials, financing networks, a person who commands it) is no party: the
people are. Near misses: the body as the act's own object stays a party, a person's title
("chef de gang X") is no body, and people who open the sentence act on their own (the
body an anaphor of theirs points back to keeps its event)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("lang", "text", "events"), [
    # its commanders, the body glossed by an acronym in brackets
    ("fr", "Le Trésor a imposé mardi des sanctions aux principaux chefs des Brigades de défense côtière (BDC), "
           "accusées d'exactions contre des pêcheurs.", set()),
    # an official with it
    ("en", "The Treasury on Monday sanctioned a banker described as a senior financier with the Korvex Front, "
           "which runs the smuggling routes.", set()),
    # its financing networks
    ("fr", "Washington a sanctionné jeudi des réseaux de financement du Front Korvex installés au Velmar et en "
           "Norlande.", set()),
    # people acting in connection with it, in a series of the counted parties
    ("fr", "Le Conseil sanctionne cette fois 40 individus et entités qui soutiennent l'armée : des juges, des "
           "propagandistes, dont des individus agissant en lien avec le mouvement Korvex, et trois banques "
           "(Velbank, Norbank, Sarbank).",
     {("designation", "Velbank"), ("designation", "Norbank"), ("designation", "Sarbank")}),
    # named only in the clause of a listed person who commands it, then an act told with no name
    ("fr", "Les États-Unis ont désigné mardi Ivan Dorov, qui commande la milice Korvo depuis dix ans. Le Trésor a "
           "aussi ajouté à sa liste trois colonels de la police, d'après le texte.",
     {("designation", "Ivan Dorov")}),
])
def test_the_body_of_the_parties_is_none(lang: str, text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("lang", "text", "events"), [
    # the body as the act's own object
    ("fr", "Le Trésor a imposé mardi des sanctions aux Brigades de défense côtière (BDC), accusées d'exactions "
           "contre des pêcheurs.", {("designation", "Brigades de défense côtière")}),
    ("en", "The Treasury on Monday sanctioned the Korvex Front, which runs the smuggling routes.",
     {("designation", "Korvex Front")}),
    ("fr", "Washington a sanctionné jeudi le Front Korvex, installé au Velmar et en Norlande.",
     {("designation", "Front Korvex")}),
    ("fr", "Le Conseil sanctionne cette fois 40 individus et entités qui soutiennent l'armée : des juges, des "
           "propagandistes, le mouvement Korvex et trois banques (Velbank, Norbank, Sarbank).",
     {("designation", "Korvex"), ("designation", "Velbank"), ("designation", "Norbank"),
      ("designation", "Sarbank")}),
    ("fr", "Les États-Unis ont désigné mardi Ivan Dorov et la milice Korvo. Le Trésor a aussi ajouté à sa "
           "liste trois colonels de la police, d'après le texte.",
     {("designation", "Ivan Dorov"), ("designation", "Korvo")}),
    # a person's title, no body
    ("fr", "Le Conseil a sanctionné vendredi le chef de gang Ivan Dorov, accusé de meurtres.",
     {("designation", "Ivan Dorov")}),
    # people opening the sentence act on their own; the anaphor is the body's
    ("en", "An official from the Velmar Drug Laboratory welcomed the move by Washington to remove the "
           "laboratory from the Entity List last week.", {("removal", "Velmar Drug Laboratory")}),
])
def test_the_body_as_a_party_stays(lang: str, text: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
