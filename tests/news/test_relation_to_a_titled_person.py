"""The one a party is related to, told with a title of any length (the one table of
``offices``): a relative's, an ally's or a government's tie to a titled person names that
person beside the act, not as its party. Sentences of our own, in both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _names(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-10")["events"]}


@pytest.mark.parametrize(("text", "parties", "beside"), [
    # a relative's tie, the title before the name as long as it is written
    ("La Norlande a sanctionné Ilse Marten, belle-fille du ministre velmarien de la Défense Ivan Dorsk.",
     {"Ilse Marten"}, "Ivan Dorsk"),
    ("Norland blacklisted Ilse Marten, a niece of the late Velmarian interior minister Ivan Dorsk, on Friday.",
     {"Ilse Marten"}, "Ivan Dorsk"),
    # the family's word with its own adjective or quotes before its « de »
    ("La Norlande a sanctionné les deux « fils adultes » du président velmarien Ivan Dorsk.", set(), "Ivan Dorsk"),
    ("Le Trésor a gelé jeudi les avoirs des filles cadettes de l'émir velmarien Ivan Dorsk.", set(), "Ivan Dorsk"),
    # the relation in apposition to the parties, then the title, a comma and the name
    ("La Norlande a sanctionné vendredi Ali Denar et Omar Telli, proches de l'ancien président velmarien, Ivan Dorsk.",
     {"Ali Denar", "Omar Telli"}, "Ivan Dorsk"),
    ("Norland sanctioned Ali Denar and Omar Telli, close associates of former Velmarian president, Ivan Dorsk.",
     {"Ali Denar", "Omar Telli"}, "Ivan Dorsk"),
    # the government of a titled leader
    ("Norland sanctioned officials well-connected to the government of Velmarian President Ivan Dorsk.",
     set(), "Ivan Dorsk"),
])
def test_the_titled_person_a_party_is_tied_to_is_no_party(text: str, parties: set[str], beside: str) -> None:
    names = _names(text)
    assert parties <= names
    assert not any(beside in n for n in names)


@pytest.mark.parametrize(("text", "party"), [
    # « son » is a possessive, no son: the minister is listed beside the president
    ("La Norlande a gelé les avoirs du président velmarien Ivan Dorsk et de son ministre des Finances Ali Denar.",
     "Ali Denar"),
    ("Le Trésor a sanctionné la banque Dorvan, détenue par l'État velmarien, et son président Ali Denar.", "Ali Denar"),
    # the titled person is listed, the relative beside
    ("Norland sanctioned the Velmarian president, Ivan Dorsk, and his daughter Anna Kell.", "Ivan Dorsk"),
])
def test_a_listed_titled_person_stays_a_party(text: str, party: str) -> None:
    assert party in _names(text)
