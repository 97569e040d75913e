"""Names told as the group a participle of targeting qualifies ("A is the firm targeted
...") are the act's parties only when its agent, if told, is the measures or an authority:
an agent in lower case that is no measure is another undertaking's target ("the firm
targeted by the takeover bid"). Sentences of our own (``object_phrase._SUBJECT_CUE``)."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designated(text: str) -> set[str]:
    evs = extract_article(text, published="2025-05-10", language="en")["events"]
    return {e["entity"] for e in evs if e["type"] == "designation"}


@pytest.mark.parametrize("text", [
    "Orvin Logistics is the firm targeted by the takeover bid.",
    "Orvin Logistics is the company targeted by the lawsuit.",
    "Orvin Logistics and Talvex Metals are the companies targeted by the boycott campaign.",
])
def test_another_undertakings_target_is_no_designee(text: str) -> None:
    assert _designated(text) == set()


@pytest.mark.parametrize("text", [
    "Orvin Logistics is the firm targeted by the Treasury.",
    "Orvin Logistics and Talvex Metals are the latest companies targeted by the new measures.",
    "Orvin Logistics was one of the firms targeted by the sanctions on Monday.",
    "Orvin Logistics and Talvex Metals are the latest firms targeted.",
])
def test_the_measures_or_an_authority_keep_the_designee(text: str) -> None:
    assert "Orvin Logistics" in _designated(text)
