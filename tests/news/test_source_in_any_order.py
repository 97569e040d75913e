"""Who tells or signs the act is no party of it (``roles.no_party_role``): the source told
after what it says, in either order (", said the spokesman A.", « ..., a annoncé jeudi
l'agence d'État A. », "..., A said in a note to clients."), or after a closing quote; the
speaker set off by commas after its title (« la porte-parole, A, a déclaré que ... »); the
one who signed the act's paper (« signé par le ministre, A, »); in both languages.
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.roles import no_party_role


def _role(text: str, name: str, person: bool = True) -> str | None:
    start = text.index(name)
    return no_party_role(text, start, start + len(name), person)


@pytest.mark.parametrize(("text", "name", "person"), [
    # named after its verb, with a title, a day or an outlet's noun between them
    ("Zembla froze the assets of 12 firms, announced the deputy spokesman Karel Vodnik.", "Karel Vodnik", True),
    ("Le Norland a gelé les avoirs de 30 sociétés, a indiqué vendredi 3 mai le porte-parole du "
     "gouvernement Jana Roekel.", "Jana Roekel", True),
    ("Les sanctions contre la compagnie ont été levées, a annoncé le 2 avril 2024 l'agence d'État "
     "norlandaise Velpress.", "Velpress", False),
    ("The board lifted the curbs on two carriers, said Deputy Trade Minister Jana Roekel on Monday.",
     "Jana Roekel", True),
    # after what it says, with where it said it, or after a closing quote
    ("Zembla designated the drone makers too, Stenholm Partners said in a note to clients on Friday.",
     "Stenholm Partners", False),
    ("\u201cThe listing rests on no evidence at all,\u201d Stenholm Partners said in a memo.", "Stenholm Partners",
     False),
    # set off by commas after its title, telling what follows "that" or a quote
    ("Its chief executive, Jana Roekel, said that Zembla had frozen the accounts.", "Jana Roekel", True),
    ("En annonçant la mesure, le vice-président du Norland, Karel Vodnik, a affirmé que le pays espère "
     "une levée des sanctions.", "Karel Vodnik", True),
    # the one who signed the paper, after its title
    ("La décision, signée par le directeur adjoint du Service des sanctions, Jana Roekel, prolonge "
     "la licence.", "Jana Roekel", True),
    ("The order, signed by the acting director Karel Vodnik, extends the licence.", "Karel Vodnik", True),
])
def test_who_tells_or_signs_the_act_is_no_party(text: str, name: str, person: bool) -> None:
    assert _role(text, name, person) in ("source", "speaker", "outlet")


@pytest.mark.parametrize(("text", "name"), [
    # a verb of saying before what it governs: its object is the act's
    ("The ministry, announced sanctions against the former governor Karel Vodnik.", "Karel Vodnik"),
    ("Zembla, announced the listing of Orvex Metals.", "Orvex Metals"),
    # the last item of a list before an inverted verb of saying
    ("Zembla froze the assets of Belmar Shipping Ltd, Karel Vodnik, said the ministry.", "Karel Vodnik"),
    # the speaker telling what was done to itself
    ("Its chief executive, Jana Roekel, said that she would challenge her listing.", "Jana Roekel"),
])
def test_a_name_the_verb_governs_stays_a_party(text: str, name: str) -> None:
    assert _role(text, name) is None


def test_the_signer_of_a_licence_is_not_its_holder() -> None:
    text = ("La décision, signée par le directeur adjoint du Service des sanctions, Jana Roekel, prolonge "
            "la licence de la société Tarvol SA.")
    parties = {e["entity"] for e in extract_article(text, published="2024-03-14")["events"]}
    assert any("Tarvol" in p for p in parties)
    assert not any("Roekel" in p for p in parties)
