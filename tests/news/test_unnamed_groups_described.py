"""A group of parties left unnamed, and the words that describe it: what its members did,
whom they served, what they are accused of. The names told there are no party of the act,
whether the group is the act's object ("sanctioned several traders accused of moving cash
to X") or the sentence's subject, told by the act's participle ("The firms designated on
Monday shipped parts to X", « L'une des sociétés visées a vendu des drones à X »). Names
given as the group's members stay parties (near misses): after an inclusion cue, a verb
of being, or apposed to the group."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designated(text: str, lang: str) -> set[str]:
    r = extract_article(text, published="2024-03-08", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == "designation"}


@pytest.mark.parametrize(("text", "lang"), [
    # the group as the act's object, described by a participle of accusing, counted or bare
    ("The Treasury on Thursday sanctioned several traders accused of moving cash from Tehran to the Qadim Front.",
     "en"),
    ("Britain imposed sanctions on officials suspected of funnelling arms to the Marlow Legion.", "en"),
    ("Washington a sanctionné mardi plusieurs intermédiaires soupçonnés d'avoir acheminé des fonds vers le "
     "Front Qadim.", "fr"),
    ("Ottawa a pris des sanctions contre des responsables birmans, notamment des individus liés à la Brigade "
     "Sorel.", "fr"),
    # the group as the subject, told by the act's participle: the rest tells what they did
    ("The individuals designated on Monday had moved funds for the Qadim Front through Dorvel Exchange.", "en"),
    ("One of the companies blacklisted sold engines to Harran Aviation last year.", "en"),
    ("Les entités visées par ces mesures fournissaient du carburant à la compagnie Marvel Shipping.", "fr"),
    ("L'une des sociétés sanctionnées a vendu des drones au groupe Harran.", "fr"),
])
def test_names_describing_an_unnamed_group_are_no_parties(text: str, lang: str) -> None:
    assert _designated(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("The Treasury sanctioned three traders accused of moving cash to the Qadim Front, including Omar Fessal "
     "and Lina Darvi.", "en", {"Omar Fessal", "Lina Darvi"}),
    ("Washington a sanctionné le Front Qadim et plusieurs intermédiaires soupçonnés de le financer.", "fr",
     {"Front Qadim"}),
    ("The three firms sanctioned on Monday, Arbon Lens, Crale Photonics and Tessel Optics, shipped parts to "
     "the Velsk Institute.", "en", {"Arbon Lens", "Crale Photonics", "Tessel Optics"}),
    ("Les personnes visées sont Omar Fessal et Lina Darvi.", "fr", {"Omar Fessal", "Lina Darvi"}),
    ("The entities designated on Monday include Arbon Lens and Crale Photonics.", "en",
     {"Arbon Lens", "Crale Photonics"}),
])
def test_members_named_as_such_stay_parties(text: str, lang: str, parties: set[str]) -> None:
    assert _designated(text, lang) == parties
