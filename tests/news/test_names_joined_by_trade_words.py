"""What a name's "and" joins may have no word of its own, only words of trade or of a kind
of firm before its business word ("Norvale Production and Construction Corps", "Velmar Trading
and Real Estate Joint Stock Co.", "the Korvex Institute of Optics and Information
Technology"): it ends the name before it, and the act has one party, not two. Near
misses: a second name with a word of its own ("Korvex Trading and Velmar Shipping"), and
a lone word before "and" ("Orbisbank and Alvion Bank")."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str) -> set[str]:
    r = extract_article(text, published="2024-05-10", language="en")
    return {e["entity"] for e in r["events"] if e["type"] == "designation"}


@pytest.mark.parametrize(("text", "parties"), [
    ("The Council on Monday also sanctioned the Norvale Production and Construction Corps for forced "
     "labour.",
     {"Norvale Production and Construction Corps"}),
    ("The Treasury on Monday designated the shipping agent Velmar Trading and Real Estate Joint Stock Co., "
     "saying it had arranged cargoes for the network.",
     {"Velmar Trading and Real Estate Joint Stock Co"}),
    ("The firms placed on the Entity List this week are Tarsk Optical Instruments Co; the Korvex "
     "Institute of Optics and Information Technology; and Ulmen Sensors Co.",
     {"Tarsk Optical Instruments Co", "Korvex Institute of Optics and Information Technology",
      "Ulmen Sensors Co"}),
])
def test_trade_words_after_and_end_the_name(text: str, parties: set[str]) -> None:
    assert _parties(text) == parties


@pytest.mark.parametrize(("text", "parties"), [
    ("The Treasury on Monday designated Korvex Trading and Velmar Shipping Company for moving the "
     "network's oil.",
     {"Korvex Trading", "Velmar Shipping Company"}),
    ("The Treasury on Monday designated Orbisbank and Alvion Bank for financing the network.",
     {"Orbisbank", "Alvion Bank"}),
])
def test_a_name_of_its_own_after_and_is_a_second_party(text: str, parties: set[str]) -> None:
    assert _parties(text) == parties
