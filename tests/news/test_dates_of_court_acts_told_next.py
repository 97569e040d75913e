"""A court's act or a filing told with no date takes the day the next sentence gives it by
its noun and a verb of issuing or filing ("The judgment was handed down on Wednesday",
« L'arrêt a été rendu mercredi », "The complaint was lodged on Monday", « La requête a été
introduite le 1er décembre »). A challenge inside the decision keeps none of the
decision's day; a sentence that names the noun with no such verb dates nothing."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2025-12-05", language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_a_judgment_dated_by_the_next_sentence() -> None:
    text = "The EU General Court annulled the sanctions against the businessman Pavel Orlov. The judgment was handed down on Wednesday."
    assert _events(text, "en") == {("vacatur", "Pavel Orlov", "2025-12-03")}
    text = "Les juges de Luxembourg ont invalidé les mesures visant l'homme d'affaires Pavel Orlov. L'arrêt a été rendu mercredi."
    assert _events(text, "fr") == {("vacatur", "Pavel Orlov", "2025-12-03")}


def test_an_order_dated_by_the_next_sentence() -> None:
    text = "Un juge fédéral a suspendu l'inscription de Kestrel Bank sur la liste. La décision a été rendue le 2 décembre."
    assert _events(text, "fr") == {("injunction", "Kestrel Bank", "2025-12-02")}


def test_a_filing_dated_by_the_next_sentence() -> None:
    text = "Pavel Orlov filed a lawsuit against the Treasury over his designation. The complaint was lodged on Monday in federal court."
    assert _events(text, "en") == {("legal_challenge", "Pavel Orlov", "2025-12-01")}
    text = "Pavel Orlov a déposé un recours contre son inscription. La requête a été introduite le 1er décembre."
    assert _events(text, "fr") == {("legal_challenge", "Pavel Orlov", "2025-12-01")}


def test_the_challenge_a_ruling_dismissed_keeps_no_day() -> None:
    text = "The General Court dismissed the action brought by Pavel Orlov against his listing. The ruling came on 3 December."
    assert ("legal_challenge", "Pavel Orlov", None) in _events(text, "en")


def test_a_noun_with_no_verb_of_issuing_dates_nothing() -> None:
    text = "The EU General Court annulled the sanctions against the businessman Pavel Orlov. The judgment cited a report of 3 December."
    assert _events(text, "en") == {("vacatur", "Pavel Orlov", None)}
