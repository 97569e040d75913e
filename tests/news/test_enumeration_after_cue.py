"""The act's parties enumerated after an inclusion cue in the act's own sentence
(``enumeration_acts.py``): the act told of a group of parties it names no one of, then a cue
("including", "such as", « dont », « notamment », « tels que », « y compris »), then the run
of names, each with its title ("imposed a travel ban on 85 officials, including Defence
Minister A, Interior Minister B"); and a person after a title of an office named in capitals
is the office holder, an item of the run (« le vice-président du Conseil fédéral C »). Near
misses: examples of a reason ("for helping firms such as A"), of things, the kin of a
titled person. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.members import party_group_before

PUB = "2023-03-14"


def _designated(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published=PUB)["events"] if e["type"] == "designation"}


RUNS = [
    # a counted group of officials told with its modifiers, each item with its title
    ("With the new regime, the state imposed a travel ban on 212 more Zemblan civil and military "
     "officials, including President Arvid Stenmark, Defence Minister Olga Brannik, Foreign Minister "
     "Pavel Drozdov, and other senior figures, and froze their assets.",
     {"Arvid Stenmark", "Olga Brannik", "Pavel Drozdov"}),
    # "among them" after the group
    ("Canberra imposed a travel ban on nine more Zemblan civil and military officials, among them "
     "President Arvid Stenmark, Defence Minister Olga Brannik and Foreign Minister Pavel Drozdov.",
     {"Arvid Stenmark", "Olga Brannik", "Pavel Drozdov"}),
    # French, « notamment » after the counted group, titles with the office in capitals
    ("Dans ce cadre, l'État a gelé les avoirs de 212 responsables civils et militaires zemblans "
     "supplémentaires, notamment le président Arvid Stenmark, le Premier ministre Olga Brannik, le "
     "ministre des Affaires étrangères Pavel Drozdov et d'autres hauts dirigeants, et leur a interdit l'entrée.",
     {"Arvid Stenmark", "Olga Brannik", "Pavel Drozdov"}),
    # nested cues, « y compris » a kind of the group, « telles que » its examples
    ("Mardi, Berne a sanctionné neuf firmes, y compris des groupes proches de l'armée "
     "tels que l'armateur Kolvar Marine et les chantiers Brevo et United Dockyards Corp.",
     {"Brevo", "United Dockyards Corp"}),
]


@pytest.mark.parametrize(("text", "want"), RUNS)
def test_the_run_after_the_cue_names_the_acts_parties(text: str, want: set[str]) -> None:
    assert want <= _designated(text)


def test_a_person_after_an_office_named_in_capitals_holds_it() -> None:
    text = ("Tokyo a imposé des sanctions contre le président zemblan Arvid Stenmark, le ministre des "
            "Finances Olga Brannik, le vice-président du Conseil fédéral Pavel Drozdov et d'autres dirigeants.")
    assert {"Arvid Stenmark", "Olga Brannik", "Pavel Drozdov"} <= _designated(text)


NOT_PARTIES = [
    # the examples of a reason: whom the designees helped
    ("The Treasury sanctioned four people on Monday for helping companies such as Halden Shipping and "
     "Corvo Marine evade export controls.", {"Halden Shipping", "Corvo Marine"}),
    ("Paris a sanctionné dix sociétés pour avoir aidé des groupes comme Alto Marine et Brisa Trading.",
     {"Alto Marine", "Brisa Trading"}),
]


@pytest.mark.parametrize(("text", "not_parties"), NOT_PARTIES)
def test_examples_of_a_reason_are_no_parties(text: str, not_parties: set[str]) -> None:
    assert not (not_parties & _designated(text))


@pytest.mark.parametrize(("gap", "told"), [
    (" a travel ban on 85 Zemblan officials, ", True),
    (" plusieurs organisations, ", True),
    (" 20 firms in sectors ", False),  # examples of things, not of the group
    (" four people on Monday for helping companies ", False),  # a reason's examples
    (" sanctions on Norland, ", False),  # no group of parties
])
def test_the_group_before_the_cue(gap: str, told: bool) -> None:
    assert party_group_before(gap) is told
