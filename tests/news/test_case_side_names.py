"""The first side of a case named at a line's opening is a name even when no rule finds one
there (a one-word surname: "Orlin v. Canada", « Varkin/Conseil », "T-1/25 Stelnik v
Council"), and the page's court paper named by that case tells its bringer. An authority
first ("Council v A") gives no name; a case's name with no court's paper about it tells no
challenge. Pages of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _challenges(text: str, lang: str) -> set[str]:
    res = extract_article(text, published="2025-07-01", language=lang)
    return {e["entity"] for e in res["events"] if e["type"] == "legal_challenge"}


_NAMED = [
    ("en", "Orlin v. Canada\n\nThe judgment of the Federal Court in Orlin v. Canada (Public Safety) turned down "
           "the trader's bid to be struck off the sanctions list.", "Orlin"),
    ("fr", "Ordonnance du juge des référés du 3 juin 2025 —\nVarkin/Conseil\n\nLe gel des fonds du requérant "
           "reste en vigueur.", "Varkin"),
    ("en", "Judgments of the court, 2 July 2025:\n\n• T-12/25 Stelnik v Council\n\nThe court kept the sanctions "
           "on the banker in place.", "Stelnik"),
    ("fr", "Arrêt du Tribunal du 9 mai 2025 – Dravin c. Conseil\n\nLe requérant contestait son inscription sur "
           "la liste des sanctions.", "Dravin"),
    ("en", "Order of the General Court – Kessler / Council\n\nThe trader asked for the suspension of the asset "
           "freeze decided in March.", "Kessler"),
]


@pytest.mark.parametrize(("lang", "text", "who"), _NAMED)
def test_a_one_word_first_side_of_a_named_case_brought_it(lang: str, text: str, who: str) -> None:
    assert who in _challenges(text, lang)


_NOT_NAMED = [
    ("en", "Council v Stelnik\n\nThe judgment of the General Court in Council v Stelnik kept the sanctions."),
    ("en", "Brexit v. Reality\n\nThe columnist says the sanctions debate is overheated."),
]


@pytest.mark.parametrize(("lang", "text"), _NOT_NAMED)
def test_an_authority_first_or_a_case_name_with_no_paper_tells_no_challenge(lang: str, text: str) -> None:
    assert not _challenges(text, lang) - {"Stelnik"} and "Council" not in _challenges(text, lang)
