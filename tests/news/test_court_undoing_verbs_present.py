"""A court's undoing verb in the present tense, as a court's own statement or a headline tells
it ("The General Court annuls the measures applied to X", "Court overturns X's listing",
"Judge strikes down the ban on X", "the tribunal sets aside the designation of X"): a vacatur,
as the past tense is. The present of a verb that only asks for it, or a court that annuls a
lower court's judgment, undoes no listing. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_EN = "The Belarusian trader Anton Kobelev had contested his listing since 2022. "


def _kinds(text: str) -> set[str]:
    return {e["type"] for e in extract_article(text, published="2024-05-10")["events"] if "Kobelev" in e["entity"]}


@pytest.mark.parametrize("text", [
    _EN + '"By this judgment the Court annuls all measures imposed on Mr Anton Kobelev," the judges said.',
    _EN + "In its statement, the EU court annuls the asset freeze on Anton Kobelev with effect from today.",
    _EN + "The tribunal sets aside the designation of Anton Kobelev, the ruling published on Friday says.",
    _EN + "A London judge strikes down the sanctions on Anton Kobelev in a short ruling released on Friday.",
    _EN + "EU court overturns the blacklisting of Anton Kobelev, a grain trader from Minsk.",
    _EN + "The General Court invalidates the Council's listing of Anton Kobelev in a judgment handed down today.",
])
def test_a_court_undoing_the_listing_in_the_present_vacates_it(text: str) -> None:
    assert "vacatur" in _kinds(text)


@pytest.mark.parametrize("text", [
    _EN + "The Court of Justice annuls the judgment under appeal in the case of Anton Kobelev.",
    _EN + "Anton Kobelev asks the General Court to annul the measures imposed on him.",
])
def test_the_present_of_an_appeal_or_a_request_vacates_nothing(text: str) -> None:
    assert "vacatur" not in _kinds(text)
