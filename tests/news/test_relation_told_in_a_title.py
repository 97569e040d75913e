"""The one a party is tied to, told in the party's own title or circle (``attribution``):
the body a listed person's title is of, named after the title's description; the one
whose inner circle or entourage the party is, or to whom it is closest; a regime's leader
with quotes inside the phrase; a nickname in quotes inside the related person's name.
Sentences of our own, in both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _names(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-10")["events"]}


@pytest.mark.parametrize(("text", "parties", "beside"), [
    ("Norland sanctioned Omar Telli, chairman of Velmar's largest shipbuilder, Kelvar Yards, and Ali Denar.",
     {"Omar Telli", "Ali Denar"}, "Kelvar"),
    ("Norland sanctioned Ali Denar, one of the businessmen closest to Ivan Dorsk.", {"Ali Denar"}, "Dorsk"),
    ("Norland sanctioned Ali Denar, described as a pillar of Ivan Dorsk's inner circle.", {"Ali Denar"}, "Dorsk"),
    ("La Norlande a sanctionné Ali Denar, membre de l'entourage du président velmarien Ivan Dorsk.",
     {"Ali Denar"}, "Dorsk"),
    ("Le Trésor a sanctionné Ali Denar, figure « du clan mafieux » d'Ivan Dorsk, ainsi que Kelvar Yards.",
     {"Ali Denar", "Kelvar Yards"}, "Dorsk"),
    ("Le Trésor a sanctionné les deux neveux du chef de cartel velmarien Pablo « El Zorro » Dorsk.", set(), "Zorro"),
])
def test_the_one_a_party_is_tied_to_is_no_party(text: str, parties: set[str], beside: str) -> None:
    names = _names(text)
    assert parties <= names
    assert not any(beside in n for n in names)


@pytest.mark.parametrize(("text", "party"), [
    # the body listed itself, its chairman beside it
    ("Norland sanctioned Kelvar Yards, the country's largest shipbuilder, and its chairman Omar Telli.",
     "Kelvar Yards"),
    # the leader listed with his circle
    ("Norland sanctioned Ivan Dorsk and his inner circle on Friday.", "Ivan Dorsk"),
])
def test_a_listed_body_or_leader_stays_a_party(text: str, party: str) -> None:
    assert party in _names(text)
