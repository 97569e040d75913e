"""A date told with the noun of a legal text ("the decision of 12 March 2021", « l'arrêté du 3
février 2022 ») or of a stay on a list ("its continued listing on the list in 2022", « son
maintien sur la liste en 2019 ») is that text's or that stay's: the court's annulment or the
party's challenge of it takes no date from it. A court's own time stays its own ("annulled
the listing in March 2024"). Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str, kind: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-06-20")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Kvarn Shipping has asked the General Court to annul Council Implementing Regulation (EU) "
     "2021/455 of 4 March 2021 in so far as it concerns the firm.", "legal_challenge"),
    ("The General Court annulled the Council decision of 12 March 2021 in so far as it "
     "concerned Kvarn Shipping.", "vacatur"),
    ("Le Tribunal a annulé le maintien de Kvarn Shipping sur la liste en 2019 et 2020.", "vacatur"),
    ("Kvarn Shipping a introduit un recours contre l'arrêté du 3 février 2022 qui la vise.",
     "legal_challenge"),
    ("Kvarn Shipping is challenging its continued listing on the Ruritanian list in 2022 and 2023.",
     "legal_challenge"),
    ("La société Kvarn Shipping conteste devant le Tribunal son inscription initiale sur cette "
     "liste en 2018.", "legal_challenge"),
])
def test_the_texts_or_the_stays_date_is_not_the_acts(text: str, kind: str) -> None:
    assert _dates(text, kind) == [("Kvarn Shipping", None)]


@pytest.mark.parametrize("text", [
    "The General Court annulled the listing of Kvarn Shipping in March 2024.",
    "En mars 2024, le Tribunal a annulé l'inscription de Kvarn Shipping sur la liste.",
])
def test_the_courts_own_time_stays_its_own(text: str) -> None:
    assert _dates(text, "vacatur") == [("Kvarn Shipping", "2024-03")]
