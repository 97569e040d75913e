"""A case told by its noun with who brought it: what the case asks may come between the noun
and its verb of filing ("a petition for a writ of mandamus filed by X", "an application for
judicial review lodged by X"), and a noun with its verb of filing before "by" is a case
whether or not the sentence names a court, even inside another act's sentence ("the
delisting followed a lawsuit filed by X"); in French the case told by its noun as "legal
challenge" is (« la contestation judiciaire de X », « la contestation en justice de X »). A
bid or a contest that no filing and no court tells stays none. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_EN = "The Treasury designated the trader Anton Kobelev in 2022. "
_FR = "Le Conseil a inscrit le négociant Anton Kobelev sur sa liste en 2022. "


def _kinds(text: str) -> set[str]:
    return {e["type"] for e in extract_article(text, published="2024-05-10")["events"] if "Kobelev" in e["entity"]}


@pytest.mark.parametrize("text", [
    _EN + "His delisting came two years after a petition for a writ of mandamus filed by Anton Kobelev.",
    _EN + "An application for judicial review lodged by Anton Kobelev will be heard in June.",
    _EN + "The listing was lifted weeks after a lawsuit filed by Anton Kobelev against the Treasury.",
    _EN + "An appeal filed by Anton Kobelev against his designation is set to be heard in June.",
    _EN + "A complaint against the Treasury brought by Anton Kobelev says the listing relied on old press reports.",
    _FR + "En dépit de la contestation judiciaire d'Anton Kobelev, le tribunal a maintenu son inscription.",
    _FR + "La contestation en justice d'Anton Kobelev n'a pour l'instant pas abouti.",
])
def test_a_case_told_by_its_noun_is_its_bringers(text: str) -> None:
    assert "legal_challenge" in _kinds(text)


@pytest.mark.parametrize("text", [
    _EN + "A bid from Anton Kobelev to buy a grain terminal was turned down by the port's owners.",
    _FR + "La contestation de la réforme portuaire par Anton Kobelev et d'autres négociants se poursuit.",
])
def test_a_bid_or_a_contest_with_no_case_is_none(text: str) -> None:
    assert "legal_challenge" not in _kinds(text)
