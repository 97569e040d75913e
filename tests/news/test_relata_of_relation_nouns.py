"""A name that completes a noun of relation told of another party is that party's relatum,
not a party of the act: a role or a tie the party holds, told with its possessive ("his
association with X", "her position as chairman of X", « ses fonctions au sein de la
société X », « ses relations avec X »); one a party trades with ("a key supplier to X and
Y", « fournisseur de sociétés comme X et Y », "a customer of firms such as X"), every name
coordinated there;
and the body an office is of when the holder is named right after it ("former head of X
Jane Roe", « l'ancien directeur de X Jean Roe »), on a list's line too, whose item is then
the holder. Near misses keep their events: a name the act itself names before the relation,
a supplier named in apposition by a comma, a body and its head coordinated, and a relation
told before the act. Sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    # a role or a tie held by the party, told with its possessive
    ("The Treasury designated Pavel Dremin on Monday, noting his association with Oleg Tammsaar.", "en",
     {("designation", "Pavel Dremin")}),
    ("The Council added Ivan Sorel to its list on 3 May given his position as vice-chairman of Korvex Mining.", "en",
     {("designation", "Ivan Sorel")}),
    ("Le Conseil a inscrit Anna Petrova sur sa liste le 3 mai, eu égard à ses fonctions au sein "
     "de la société Korvex.",
     "fr", {("designation", "Anna Petrova")}),
    ("Le Conseil a inscrit M. Petrov sur ses listes, compte tenu de son poste au sein du holding Korvex.", "fr",
     {("designation", "Petrov")}),
    ("Le Conseil a inscrit mardi Anna Petrova sur sa liste, compte tenu de ses relations avec Oleg Tammsaar.",
     "fr", {("designation", "Anna Petrova")}),
    # one the party trades with, and the names coordinated with it
    ("The Treasury sanctioned Korvex Mining, a key supplier to Brixo Steel and Velmar Gold, on Tuesday.", "en",
     {("designation", "Korvex Mining")}),
    ("The Commerce Department added Korvex Optics, a customer of firms such as Brixo Labs, to the Entity List.",
     "en", {("designation", "Korvex Optics")}),
    ("Le Trésor a sanctionné mardi Korvex Mining, fournisseur attitré de groupes comme Brixo et Velmar Gold.",
     "fr", {("designation", "Korvex Mining")}),
    # the body an office is of, its holder named right after it
    ("The Council removed the former chairman of NordChem Pavel Dremin from its list on Monday.", "en",
     {("removal", "Pavel Dremin")}),
    ("Le Conseil a radié lundi de sa liste l'ancien directeur de NordChem Pavel Dremin.", "fr",
     {("removal", "Pavel Dremin")}),
])
def test_the_relatum_is_no_party(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


def test_a_list_line_takes_the_holder_not_the_body() -> None:
    text = ("The Council has removed the following persons from its lists:\n\n"
            "  • Former head of NordChem Pavel Dremin;\n  • Businessman Oleg Tammsaar;\n"
            "  • Deputy Energy Minister Ivan Sorel.\n")
    assert ("removal", "Pavel Dremin") in _events(text, "en")
    assert not any(name == "NordChem" for _kind, name in _events(text, "en"))


@pytest.mark.parametrize(("text", "lang", "events"), [
    # the act names the relatum itself before the relation
    ("The Treasury designated Pavel Dremin and Oleg Tammsaar on Monday over their association with the navy.",
     "en", {("designation", "Pavel Dremin"), ("designation", "Oleg Tammsaar")}),
    # a supplier named in apposition by a comma is the party's own
    ("The Treasury sanctioned Korvex Mining and its supplier, Brixo Steel, on Tuesday.", "en",
     {("designation", "Korvex Mining"), ("designation", "Brixo Steel")}),
    # a body and its head coordinated: both the act's
    ("The Council removed NordChem and its former head Pavel Dremin from its list on Monday.", "en",
     {("removal", "NordChem"), ("removal", "Pavel Dremin")}),
    # the relation told before the act: the act's object is named again
    ("Malgré ses relations avec Brixo Steel, le Trésor a sanctionné mardi Brixo Steel et Korvex Mining.", "fr",
     {("designation", "Brixo Steel"), ("designation", "Korvex Mining")}),
])
def test_parties_beside_a_relation_stay(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
