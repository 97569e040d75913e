"""Parties told with their office, and groups of office holders named in the next sentence:
a name set off after its title is the party when the act is what it undergoes ("Le
ministre de l'Intérieur, X, a été retiré de la liste"), an office run into the name
("Finance Minister X") is no part of it, a judge named as the act's object is the party,
a sentence that identifies a counted group of ministers ("Il s'agit du ministre ..., X, et
du ministre ..., Y", "They are ...") or tells what the measures do to them ("X and Y will be
banned from entering ... and will have their assets frozen") names the act's parties, a
removal of "a senior aide to X" goes to the aide the next sentence names with the listing
it undoes, and the act told in the
progressive, as releases tell it ("OFAC is sanctioning X"), is the verb's own. Near misses:
the official who announces, who is named as the measures' author, or who speaks after a
group's act, stays no party; a plan to sanction stays silent. Invented parties, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    # a titled name undergoing the act
    ("fr", "Le ministre zemblien de l'Intérieur, Otto Varga, a également été retiré de cette liste lundi.",
     [("removal", "Otto Varga", "2021-06-07")]),
    ("en", "The interior minister, Otto Varga, was sanctioned by the Treasury in May.",
     [("designation", "Otto Varga", "2021-05")]),
    # near miss: the titled name who announces is no party
    ("fr", "Le ministre de l'Intérieur, Otto Varga, a annoncé lundi que Karel Dunst a été retiré de la liste.",
     [("removal", "Karel Dunst", "2021-06-07")]),
    ("en", "The interior minister, Otto Varga, said Karel Dunst was sanctioned by the Treasury in May.",
     [("designation", "Karel Dunst", "2021-05")]),
    # a counted group of ministers, named in the next sentence
    ("fr", "Le Danemark a décidé de sanctionner deux ministres zembliens en raison de leurs déclarations, a annoncé "
     "mardi le gouvernement. Il s'agit du ministre de l'Intérieur, Karel Dunst, et du ministre des Finances, "
     "Otto Varga, qui se verront interdire l'entrée sur le territoire danois, selon les mesures annoncées par "
     "le chef de la diplomatie danoise, Lars Holm.",
     [("designation", "Karel Dunst", "2021-06-08"), ("designation", "Otto Varga", "2021-06-08")]),
    ("fr", "Le Danemark a sanctionné mardi deux ministres zembliens. Il s'agit de Karel Dunst et d'Otto Varga.",
     [("designation", "Karel Dunst", "2021-06-08"), ("designation", "Otto Varga", "2021-06-08")]),
    ("en", "Denmark on Tuesday sanctioned two Zemblan ministers. They are Interior Minister Karel Dunst and "
     "Finance Minister Otto Varga.",
     [("designation", "Karel Dunst", "2021-06-08"), ("designation", "Otto Varga", "2021-06-08")]),
    # ... named with what the measures do to them
    ("en", "On Monday, Denmark and Norway ordered sanctions against two senior Zemblan ministers for their role in "
     "the crackdown. Interior Minister Karel Dunst and Finance Minister Otto Varga will be banned from entering "
     "Denmark and will have their assets frozen, the foreign ministry said.",
     [("designation", "Karel Dunst", "2021-06-07"), ("designation", "Otto Varga", "2021-06-07")]),
    ("fr", "Le Danemark a sanctionné mardi deux ministres zembliens. Karel Dunst et Otto Varga se verront "
     "interdire l'entrée sur le territoire danois et leurs avoirs seront gelés.",
     [("designation", "Karel Dunst", "2021-06-08"), ("designation", "Otto Varga", "2021-06-08")]),
    # near miss: an official who speaks after the group's act names no party
    ("en", "On Monday, Denmark and Norway ordered sanctions against two senior Zemblan ministers for their role in "
     "the crackdown. Interior Minister Karel Dunst and Finance Minister Otto Varga called the move a disgrace.",
     []),
    ("en", "Denmark on Tuesday sanctioned two Zemblan ministers. Prime Minister Karel Dunst called the move unjust.",
     []),
    # one person told by a role tied to another, named in the next sentence with the listing
    # the removal undoes (told in the past perfect or dated before it)
    ("en", "The United States removed a senior aide to Zemblan Prime Minister Karel Dunst from its sanctions "
     "list, the State Department said Tuesday. Otto Varga, a high-ranking official in Dunst's cabinet, was "
     "sanctioned by the former administration in January for corruption.",
     [("removal", "Otto Varga", "2021-06-08"), ("designation", "Otto Varga", "2021-01")]),
    ("fr", "Les États-Unis ont retiré mardi un proche conseiller du Premier ministre zemblien Karel Dunst de leur "
     "liste de sanctions. Otto Varga, haut responsable du cabinet zemblien, avait été sanctionné en janvier "
     "pour corruption.",
     [("removal", "Otto Varga", "2021-06-08"), ("designation", "Otto Varga", "2021-01")]),
    # near miss: the next sentence names someone who only speaks of it
    ("en", "The United States removed a senior aide to Zemblan Prime Minister Karel Dunst from its sanctions "
     "list, the State Department said Tuesday. Otto Varga, a high-ranking official in Dunst's cabinet, "
     "praised the decision.",
     []),
    # the act in the progressive; a judge as its object
    ("en", "On June 7, OFAC announced that it was sanctioning Zemblan Supreme Court justice Paulo Verdane, who it "
     "alleged has abused his position.",
     [("designation", "Paulo Verdane", "2021-06-07")]),
    ("en", "Today, OFAC is sanctioning Zemblan Supreme Court (ZSC) justice Paulo Verdane (Verdane), who has "
     "abused his position.",
     [("designation", "Paulo Verdane", "2021-06-10")]),
    ("en", "Today, the Treasury is sanctioning Kestrel Shipping Ltd and two of its vessels.",
     [("designation", "Kestrel Shipping Ltd", "2021-06-10")]),
    ("fr", "Lundi, les États-Unis ont sanctionné le juge Paulo Verdane.",
     [("designation", "Paulo Verdane", "2021-06-07")]),
    # near miss: a plan to sanction is no act
    ("en", "OFAC is considering sanctioning Kestrel Shipping Ltd.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_titled_and_counted_parties(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
