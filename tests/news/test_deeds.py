"""Whom the parties helped (``deeds``): the object of a deed of help, supply or finance
told as why the parties were listed is no party, in both languages; the act's own object,
a name after the deed's clause is closed and a licence's dealings keep theirs. Sentences
of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _kinds(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "parties"), [
    ("Le Trésor a imposé mardi des sanctions à trois sociétés soupçonnées d'avoir aidé la compagnie "
     "nationale pétrolière vénézuélienne à écouler son brut.", []),
    ("Le Trésor a sanctionné jeudi trois sociétés accusées d'avoir aidé la société Corvala Oil à exporter "
     "son brut.", []),
    ("The Treasury on Thursday sanctioned Brimwell Trading, accused of helping Corvala Oil export its crude.",
     ["Brimwell Trading"]),
    ("Le Trésor a sanctionné la société Brimwell Trading, soupçonnée d'avoir financé le groupe Kestrel "
     "Defense.", ["Brimwell Trading"]),
    ("Le Trésor a sanctionné Brimwell Trading pour son soutien à la société Corvala Oil.", ["Brimwell Trading"]),
    ("The Treasury sanctioned Brimwell Trading for providing support to Kestrel Defense Group.",
     ["Brimwell Trading"]),
])
def test_whom_the_parties_helped_is_no_party(text: str, parties: list[str]) -> None:
    assert [e for t, e in _kinds(text) if t == "designation"] == parties


@pytest.mark.parametrize(("text", "party"), [
    # the act's own objects, before the deed
    ("The Treasury designated Brimwell Trading and Corvala Oil for helping Iran evade sanctions.", "Corvala Oil"),
    # a name after a conjunction: the deed's object is closed
    ("Le Trésor a sanctionné des entreprises soupçonnées d'aider l'armée et la société Orlan Tech.", "Orlan Tech"),
])
def test_the_acts_own_object_keeps_its_event(text: str, party: str) -> None:
    assert ("designation", party) in _kinds(text)


def test_a_licence_for_dealings_with_a_party_keeps_it() -> None:
    from listwatch.news.deeds import helped
    text = "The licence authorises transactions for supplying Corvala Oil until June."
    assert not helped(text, text.index("Corvala"))
