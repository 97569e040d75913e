"""The body whose people the act lists (``bodies``, ``attribution``): any noun of the people
who serve a body, from the one table of ``offices`` ("staff": its officers, envoys, go-betweens,
suppliers and money), told before the body ("suppliers of X", « bailleurs de fonds de X »)
or after it ("X envoys"), makes the body no party. Sentences of our own, in both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _names(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-10")["events"]}


@pytest.mark.parametrize("text", [
    "La Norlande a gelé jeudi les avoirs de trois bailleurs de fonds des Brigades Hamza.",
    "The Treasury sanctioned suppliers of the Hamza Brigades on Friday.",
    "The Treasury designated several fundraisers for the Hamza Brigades on Friday.",
    "Norland sanctioned three Hamza Brigades agents on Friday.",
    "Norland sanctioned two Hamza Brigades envoys and a banker on Friday.",
    "The Treasury designated several Hamza Brigades fundraisers on Friday.",
])
def test_the_body_of_the_listed_people_is_no_party(text: str) -> None:
    assert not any("Hamza" in n for n in _names(text))


@pytest.mark.parametrize(("text", "party"), [
    # the body listed itself, its people beside it
    ("Norland sanctioned the Hamza Brigades and two of its envoys on Friday.", "Hamza Brigades"),
    ("Le Trésor a sanctionné les Brigades Hamza et leurs bailleurs de fonds.", "Brigades Hamza"),
    # the holder of a post named after the body it holds it in
    ("La Norlande a sanctionné le ministre de l'Intérieur velmarien Ali Denar.", "Ali Denar"),
    ("Norland sanctioned the owner of Kelvar Yards, Ivan Dorsk, on Friday.", "Ivan Dorsk"),
])
def test_a_listed_body_or_holder_stays_a_party(text: str, party: str) -> None:
    assert party in _names(text)
