"""A verb of contesting and the act it contests, whoever made the act and however it is told.

"Appealed against" / "contested" a listing measure is a party's case whatever stands before
the measure's noun: a possessive name ("OFAC's designation"), a demonstrative, a qualifier or
nothing, and the noun in the plural. "Appealed against" any act of an authority (a decision,
an order, a determination, a demand, a requirement, measures) is a case too, the act told
with its author and its aim ("the Council's decision to keep X on its list"). Near misses:
an appeal against an act of no authority in an article that names no listing gives nothing,
and an appeal told with its determiner as before keeps its event. Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "party"), [
    ("Orvex Trading appealed against the Council's decision to keep it on the sanctions list.", "Orvex Trading"),
    ("Mira Dolenc appealed against a ministry order freezing her accounts under the sanctions law.", "Mira Dolenc"),
    ("Orvex Trading contested OFAC's designation before a federal judge.", "Orvex Trading"),
    ("Karel Ostrinov has appealed against an EU requirement to report his frozen funds to the authorities.",
     "Karel Ostrinov"),
])
def test_an_appeal_against_an_authority_act_is_a_challenge(text: str, party: str) -> None:
    assert ("legal_challenge", party) in _events(text, "en")


def test_an_appeal_told_with_its_determiner_keeps_its_event() -> None:
    # near miss: the form read before
    assert ("legal_challenge", "Orvex Trading") in _events("Orvex Trading appealed against its designation.", "en")


def test_an_appeal_against_a_referee_is_no_case_of_ours() -> None:
    # near miss: an act of no authority, no listing anywhere
    text = "The Norland Rovers football club appealed against the referee's decision in the cup final."
    assert not any(t == "legal_challenge" for t, _ in _events(text, "en"))
