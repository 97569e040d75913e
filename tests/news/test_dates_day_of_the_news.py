"""The day of the news (the day an opening sentence gives, for the acts the article tells
undated) comes only from a sentence that tells the acts: not from a meeting, another
country's statement, or a thing told in the past perfect on that day. Sentences of our
own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_REMOVED = "The Treasury has removed Kestrel Marine from its list. Officials gave no reason. "
_RETIRE = "Le Trésor a retiré la société Kestrel Marine de sa liste. "
_SANCTIONED = "The UK has sanctioned the firms Orlik Trade and Varnet Bank. "


def _dates(text: str) -> set[str | None]:
    evs = extract_article(text, published="2024-03-20")["events"]
    return {e["date"] for e in evs if e["type"] in ("designation", "removal")}


@pytest.mark.parametrize("text", [
    _REMOVED + "A second round of talks between the two countries took place on Monday.",
    _RETIRE + "Le premier ministre du pays voisin a déclaré lundi que son pays était prêt à coopérer.",
    _SANCTIONED + "Their owner, a shipping magnate, said he had spoken with his lawyers about it, earlier "
                  "on Tuesday.",
    _SANCTIONED + "Their owner said the Foreign Office had frozen their assets on Tuesday.",
])
def test_a_day_of_another_thing_is_not_the_news(text: str) -> None:
    assert _dates(text) == {None}


@pytest.mark.parametrize(("text", "want"), [
    (_REMOVED + "The department announced the decision on Monday.", "2024-03-18"),
    (_RETIRE + "Le ministère a confirmé lundi cette décision.", "2024-03-18"),
    # the day before the past perfect is the statement's, of the acts
    (_SANCTIONED + "The Foreign Office said on Tuesday that it had frozen their assets.", "2024-03-19"),
])
def test_a_day_told_of_the_acts_is_the_news(text: str, want: str) -> None:
    assert _dates(text) == {want}
