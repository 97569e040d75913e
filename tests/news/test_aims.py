"""What an act aims at (``aims``): the names of a purpose clause whose verb is no listing
act are no parties, in both languages; a purpose that is itself an act, and a target
told with no verb, keep theirs. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str) -> list[str]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted(e["entity"] for e in evs if e["type"] == "designation")


@pytest.mark.parametrize("text", [
    "La ministre a expliqué que ces sanctions visaient à affaiblir l'économie du président veloran Ivan Dravik.",
    "Selon le ministre, la nouvelle série de mesures vise à « briser la machine financière » du président Ivan Dravik.",
    "Le Royaume-Uni a sanctionné trois banques afin d'assécher les finances du président Ivan Dravik.",
    "The UK sanctioned three banks in order to starve President Ivan Dravik of funds.",
    "The minister said the new sanctions were aimed at crippling the war chest of President Ivan Dravik.",
])
def test_whom_the_aim_is_about_is_no_party(text: str) -> None:
    assert _parties(text) == []


@pytest.mark.parametrize(("text", "party"), [
    # the aim is itself an act: its object is the party
    ("Ces mesures visent à geler les avoirs de Ivan Dravik.", "Ivan Dravik"),
    # a target with no verb of aim
    ("The sanctions target President Ivan Dravik and his daughter Mila Dravik.", "Ivan Dravik"),
    ("Les sanctions visent le président Ivan Dravik et sa fille.", "Ivan Dravik"),
])
def test_a_target_keeps_its_event(text: str, party: str) -> None:
    assert party in _parties(text)
