"""A personal pronoun in the subject's place ("he", "she") takes up a person: the one party the
sentence before names in a person's shape, even when a verb of the case made the company
finder read that name first ("A has sued the Council. He was sanctioned ..."); and, when that
sentence names several people, the one it opens with as its subject ("A, who was decorated
by B long ago, ... He was placed under sanctions"). Two people joined as subjects stay
ambiguous, and a negation still blocks the act. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designations(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "designation")


@pytest.mark.parametrize(("text", "party", "date"), [
    ("Anton Briel has sued the Council. He was sanctioned by the EU in March 2022.", "Anton Briel", "2022-03"),
    ("Anton Briel has brought a suit before the Council's court. He was placed under sanctions in March 2022.",
     "Anton Briel", "2022-03"),
    ("Lena Varga has asked the court to annul her listing. She was placed under sanctions in March 2022.",
     "Lena Varga", "2022-03"),
    ("Anton Briel, who once owned a pipe maker, was decorated by President Pavel Druzh long ago. He was placed "
     "under sanctions in March 2022.", "Anton Briel", "2022-03"),
])
def test_the_pronoun_takes_up_the_person(text: str, party: str, date: str) -> None:
    assert _designations(text) == [(party, date)]


@pytest.mark.parametrize("text", [
    # two people joined as the subjects: a reader cannot tell which "he" is
    "Anton Briel and Pavel Druzh met long ago. He was placed under sanctions in March 2022.",
    # a negation
    "Anton Briel has sued the Council. He was not sanctioned by the EU.",
])
def test_no_act_for_an_ambiguous_or_denied_pronoun(text: str) -> None:
    assert _designations(text) == []
