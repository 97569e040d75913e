"""An act whose object is unnamed parties told by their plural, bare or after a partitive,
a number word or a kind ("sanctions on persons and firms tied to X", "sanctions on
Norlandian officials", « des sanctions contre des personnes liées à X »): the parties are
not named in that sentence, and no party told before (the headline's, the article's main
one) is taken as theirs; whom they are tied to is no party either. Near misses: the
parties named in the sentence, or a party told before taken up by a pronoun or a noun of
its own ("the company"). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

HEAD_EN = "Orvex Group: Council adds four people to its sanctions list\n\n"
HEAD_FR = "Groupe Orvex : le Conseil ajoute quatre personnes à sa liste de sanctions\n\n"


def _events(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-05-10")["events"]
    return sorted((e["type"], e["entity"]) for e in evs if e["type"] == "designation")


@pytest.mark.parametrize("text", [
    HEAD_EN + "The Council on Monday imposed further sanctions on persons and firms tied to the Orvex Group "
    "because of its conduct abroad.",
    HEAD_EN + "Ministers agreed on Monday to impose sanctions on Norlandian officials who helped the Orvex Group "
    "move its gold abroad.",
    HEAD_EN + "The United Kingdom also announced sanctions against several companies that ship fuel for the "
    "Orvex Group.",
    HEAD_FR + "Le Conseil a pris lundi des sanctions inédites visant des individus et des entités proches du "
    "groupe Orvex, vu la nature de ses actes.",
    HEAD_FR + "Les ministres ont adopté lundi des sanctions contre plusieurs entreprises qui financent le groupe "
    "Orvex.",
])
def test_unnamed_plural_object_takes_no_earlier_party(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "kept"), [
    (HEAD_EN + "The Council on Monday imposed restrictive measures against individuals tied to the group, "
     "including Piotr Lind and Marta Kell.", [("designation", "Marta Kell"), ("designation", "Piotr Lind")]),
    ("The Orvex Group was founded in 2014. The Council on Monday imposed restrictive measures against the "
     "company.", [("designation", "Orvex Group")]),
])
def test_named_or_taken_up_parties_keep_their_act(text: str, kept: list[tuple[str, str]]) -> None:
    assert _events(text) == kept
