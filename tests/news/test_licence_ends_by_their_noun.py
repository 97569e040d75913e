"""A licence's end told by the end's own noun and its day, in a sentence that names no
party and may not name the licence ("The extension date of 30 September ...", « La date
de prolongation du 30 septembre ... », « la date d'expiration, fixée au 30 septembre »):
the deadline of the parties of the licence told nearest. A date for comments is none.
Sentences of our own."""

from __future__ import annotations

from listwatch.news import extract_article


def _deadlines(text: str, lang: str) -> set[tuple[str, str | None]]:
    r = extract_article(text, published="2025-03-14", language=lang)
    return {(e["entity"], e["date"]) for e in r["events"] if e["type"] == "deadline"}


FR_LICENCE = "Le Trésor a prolongé mardi la licence générale qui couvre les paiements de Velka Terminals. "
EN_LICENCE = "On Tuesday the Treasury renewed the general licence that covers payments to Velka Terminals. "


def test_french_date_of_extension() -> None:
    text = FR_LICENCE + "Les céréaliers ont salué la mesure. La date de prolongation du 30 septembre coïncide avec la fin des moissons."
    assert ("Velka Terminals", "2025-09-30") in _deadlines(text, "fr")


def test_french_expiry_date_set_for_a_day() -> None:
    text = FR_LICENCE + "Sa date d'expiration, fixée au 30 septembre, laisse six mois aux importateurs."
    assert ("Velka Terminals", "2025-09-30") in _deadlines(text, "fr")


def test_english_extension_date() -> None:
    text = EN_LICENCE + "Grain traders welcomed the step. The extension date of September 30 matches the end of the harvest."
    assert ("Velka Terminals", "2025-09-30") in _deadlines(text, "en")


def test_english_sunset_date() -> None:
    text = EN_LICENCE + "Its sunset date is September 30, a spokesman said."
    assert ("Velka Terminals", "2025-09-30") in _deadlines(text, "en")


def test_a_date_for_comments_is_no_end() -> None:
    # near miss: the end of a time for comments on the licence
    text = EN_LICENCE + "The end date for comments on the change is September 30."
    assert ("Velka Terminals", "2025-09-30") not in _deadlines(text, "en")
