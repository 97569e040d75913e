"""A court that grants the action a party brought ("upheld X's action", "allowed X's challenge",
« a accueilli le recours de X », with a day or quotes between) annuls its listing: a
`vacatur`, no `ruling`; an authority's appeal granted, a listing upheld, an action
dismissed and a licence granted are none. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


# a court that grants the party's own action annuls its listing (sentences of our own)
@pytest.mark.parametrize(("text", "lang", "who"), [
    ("The General Court on Thursday upheld Kerrow Mining's action against its listing.", "en", "Kerrow Mining"),
    ("The appeal judges allowed Tarvos Holdings' challenge to its designation on Monday.", "en", "Tarvos Holdings"),
    ("Les juges ont « accueilli » jeudi le recours de la société Varnel contre son inscription.", "fr", "Varnel"),
])
def test_a_court_granting_the_partys_action_is_a_vacatur(text: str, lang: str, who: str) -> None:
    evs = extract_article(text, published="2024-03-09", language=lang)["events"]
    assert who in {e["entity"] for e in evs if e["type"] == "vacatur"}
    assert who not in {e["entity"] for e in evs if e["type"] == "ruling"}


@pytest.mark.parametrize(("text", "lang"), [
    # near misses: an authority's appeal granted, a listing upheld, an action dismissed, a licence granted
    ("The Court of Justice upheld the Council's appeal against the judgment that had freed Kerrow Mining.", "en"),
    ("The General Court upheld the listing of Kerrow Mining on Thursday.", "en"),
    ("OFAC granted Kerrow Mining's application for a licence.", "en"),
    ("Varnel a perdu : son recours contre son inscription a été rejeté par le Tribunal.", "fr"),
])
def test_a_court_granting_no_party_action_is_no_vacatur(text: str, lang: str) -> None:
    evs = extract_article(text, published="2024-03-09", language=lang)["events"]
    assert [e for e in evs if e["type"] == "vacatur"] == []
