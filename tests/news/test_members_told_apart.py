"""Members of a group an act was told of, named in a clause or a sentence of their own, in
the wordings the member reader's open slots take: a plural pronoun that includes right after
a counted group of parties ("They include A and his aide, B"), the act's participle put first
after any adverb of focus ("Chiefly hit by the order are the shippers A and B", « Sont
également concernées par la décision les sociétés A et B »), a party told apart before the group
("Besides A, other people designated include B"), the examples of a kind ("include freight
agents, such as A and B"), the list the act filled in the past tense (« Cette liste
comprenait aussi A »), and the rest of a counted group with a noun and an apposition ("The two
other businessmen, both close to the palace, are A and B", « Deux autres armateurs, A et B,
sont soupçonnés de ... »). Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"  # a Sunday
TUESDAY = "2024-03-05"
FRIDAY = "2024-03-08"


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


CASES = [
    # a plural pronoun after the sentence that counts the group
    ("en", "Britain on Tuesday levied sanctions and entry bans against the leaders of the Zemblan "
           "junta. Twelve officers of its ruling council were singled out as those most to blame. They include "
           "army chief Orlan Vesk and his aide, Tomas Brell.",
     {("designation", "Orlan Vesk", TUESDAY), ("designation", "Tomas Brell", TUESDAY)}),
    # the act's participle first, after an adverb of focus, the group's noun before the names
    ("en", "The ministry on Friday placed four Zemblan shippers on its export blacklist. Chiefly hit by the "
           "order are the Zemblan freight firms Norvane Lines and Kestrel Marine.",
     {("designation", "Norvane Lines", FRIDAY), ("designation", "Kestrel Marine", FRIDAY)}),
    ("fr", "Le ministère a inscrit vendredi quatre armateurs zembliens sur sa liste noire. Sont également "
           "concernées par la décision les sociétés Norvane Lines et Kestrel Marine.",
     {("designation", "Norvane Lines", FRIDAY), ("designation", "Kestrel Marine", FRIDAY)}),
    # a party told apart before the group; a name in an item's relative clause is none
    ("en", "The Treasury on Tuesday sanctioned nine people tied to the Zemblan mint, among them Orlan Vesk. "
           "Besides Orlan Vesk, other individuals designated by the Treasury include Tomas Brell, a banker who "
           "once worked for Kestrel Marine.",
     {("designation", "Orlan Vesk", TUESDAY), ("designation", "Tomas Brell", TUESDAY)}),
    # the examples of a kind are the members
    ("en", "The Treasury on Tuesday imposed sanctions against forty Zemblan companies. Other firms coming under "
           "the measures include freight agents, such as Norvane Lines and Kestrel Marine.",
     {("designation", "Norvane Lines", TUESDAY), ("designation", "Kestrel Marine", TUESDAY)}),
    # the rest of a counted group, told by a noun with an apposition, takes a case
    ("en", "Three businessmen, including Ivo Marsh, filed suit against the EU sanctions on Tuesday. The two "
           "other businessmen, both close to the palace, are Orlan Vesk and Tomas Brell.",
     {("legal_challenge", n, TUESDAY) for n in ("Ivo Marsh", "Orlan Vesk", "Tomas Brell")}),
    # ... or the act told just before, named, after "other" with a count in apposition
    ("fr", "Le ministère a inscrit vendredi la société Vestra Shipping sur sa liste noire. Deux autres "
           "armateurs, Norvane Lines et Kestrel Marine, sont soupçonnés d'avoir livré des pièces à l'armée.",
     {("designation", n, FRIDAY) for n in ("Vestra Shipping", "Norvane Lines", "Kestrel Marine")}),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_members_told_apart_take_the_act(lang: str, text: str, expected: set) -> None:
    assert expected <= _events(text, lang)


def test_the_list_the_act_filled_in_the_past_tense() -> None:
    text = ("Le Trésor a publié mardi une version révisée de la liste des armateurs visés le 5 mars par le ministère. "
            "Cette liste comprenait aussi le banquier Tomas Brell et la société Norvane Lines.")
    got = {(t, n) for t, n, _d in _events(text, "fr")}
    assert {("designation", "Tomas Brell"), ("designation", "Norvane Lines")} <= got


NONE = [
    # a pronoun after a count of anything but parties names no member
    ("en", "Britain on Tuesday imposed sanctions on Orlan Vesk. Critics raised several questions about the move. "
           "They include Tomas Brell, a former envoy.", "Tomas Brell"),
    # an adverb of habit tells what such measures do, no act's members
    ("en", "The ministry on Friday placed four Zemblan shippers on its export blacklist. Usually affected are "
           "small agents that trade with Kestrel Marine.", "Kestrel Marine"),
    # the rest of a group with no act before is no party
    ("fr", "Trois armateurs ont rencontré le ministre vendredi. Deux autres armateurs, Norvane Lines et Kestrel "
           "Marine, sont restés à Vestra.", "Kestrel Marine"),
]


@pytest.mark.parametrize("lang,text,name", NONE)
def test_no_member_without_the_group_or_the_act(lang: str, text: str, name: str) -> None:
    assert not any(n == name for _t, n, _d in _events(text, lang))


VICTIMS = [
    ("en", "The Treasury on Tuesday sanctioned six hackers of the Zemblan army. The designated hackers include "
           "Orlan Vesk, an officer who broke into Norvane Bank in 2019 and the Kestrel Marine network in 2021."),
    ("en", "The Treasury on Tuesday sanctioned six hackers of the Zemblan army. They are Orlan Vesk, a colonel "
           "who hacked Norvane Bank last year and the Kestrel Marine port in May, and Ivo Marsh."),
    ("fr", "Le Trésor a sanctionné mardi six pirates de l'armée zemblienne. Ce sont Orlan Vesk, un colonel qui a "
           "piraté Norvane Bank l'an dernier et le port de Kestrel Marine en mai, et Ivo Marsh."),
]


@pytest.mark.parametrize("lang,text", VICTIMS)
def test_a_members_relative_clause_runs_over_a_bare_and(lang: str, text: str) -> None:
    # the victims told in a member's relative clause are no members, however far it runs
    names = {n for _t, n, _d in _events(text, lang)}
    assert "Orlan Vesk" in names
    assert not names & {"Norvane Bank", "Kestrel Marine"}


FILLER = ("The measures bar local banks from dealing with them. Violators face fines. The foreign ministry said the "
          "steps follow months of talks with allies. ")
SET_OFF = [
    # the list the act filled, a few sentences after it; a description after the item names no one
    ("en", "The ministry on Friday blacklisted nine Zemblan bankers. " + FILLER + "Among the list, Orlan Vesk, once "
           "head of Norvane Bank, is said to have moved the funds.",
     {("designation", "Orlan Vesk", FRIDAY)}, "Norvane Bank"),
    # a counted group of parties, its names set off by dashes or brackets, no act of its own
    ("en", "The ministry on Friday blacklisted nine Zemblan bankers. " + FILLER + "Three named aides of the bank — "
           "Tomas Brell, Ivo Marsh and Piotr Valenko — are accused of hiding its assets.",
     {("designation", n, FRIDAY) for n in ("Tomas Brell", "Ivo Marsh", "Piotr Valenko")}, None),
    ("fr", "Le ministère a inscrit vendredi neuf banquiers zembliens sur sa liste noire. Deux autres banquiers "
           "(Tomas Brell et Ivo Marsh) sont soupçonnés d'avoir caché des fonds.",
     {("designation", n, FRIDAY) for n in ("Tomas Brell", "Ivo Marsh")}, None),
]


@pytest.mark.parametrize("lang,text,expected,absent", SET_OFF)
def test_the_list_and_a_set_off_group_name_members(lang: str, text: str, expected: set, absent: str | None) -> None:
    got = _events(text, lang)
    assert expected <= got
    assert absent is None or not any(n == absent for _t, n, _d in got)


def test_a_set_off_group_with_no_act_before_names_no_one() -> None:
    text = "Three Zemblan firms — Norvane Lines, Kestrel Marine and Vestra Shipping — won port contracts on Friday."
    assert _events(text, "en") == set()


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le ministère a inscrit vendredi neuf banquiers zembliens sur sa liste noire. Deux autres banquiers "
           "(Tomas Brell et Ivo Marsh) n'ont pas été visés."),
    ("en", "The ministry on Friday blacklisted nine Zemblan bankers. Two of their customers — Norvane Lines and "
           "Kestrel Marine — said they would cut ties."),
])
def test_a_set_off_group_denied_or_on_the_other_side_names_no_one(lang: str, text: str) -> None:
    assert not {n for _t, n, _d in _events(text, lang)} & {"Tomas Brell", "Ivo Marsh", "Norvane Lines", "Kestrel Marine"}
