"""A date opening the sentence ("On 14 March, ...", « Le 14 mars, ... ») is the main
clause's act's when a participle in apposition tells an earlier act with a date of its
own ("X, listed in 2019, was removed", « X, sanctionnée en 2019, a été retirée »): the
apposition keeps its date, the act of the main clause takes the opening one, however
near the apposition's trigger stands to it."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2025-12-04", language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_french_removal_after_an_apposition_with_its_own_year() -> None:
    text = "Le 14 novembre, Kestrel Bank, sanctionnée en 2019, a été retirée de la liste."
    assert _events(text, "fr") == {("designation", "Kestrel Bank", "2019"), ("removal", "Kestrel Bank", "2025-11-14")}


def test_english_challenge_after_an_apposition() -> None:
    text = "In March, Kestrel Bank, designated in 2019, sued the Treasury."
    assert _events(text, "en") == {("designation", "Kestrel Bank", "2019"), ("legal_challenge", "Kestrel Bank", "2025-03")}


def test_french_challenge_after_an_apposition_with_its_author() -> None:
    text = "Le 3 mai, la société Kestrel Bank, sanctionnée en 2022 par le Conseil, a saisi le Tribunal de l'UE."
    assert ("legal_challenge", "Kestrel Bank", "2025-05-03") in _events(text, "fr")


def test_the_apposition_keeps_its_own_date_when_the_opening_one_is_nearer() -> None:
    text = "In March, Kestrel Bank, blacklisted in 2019, was taken off the list."
    assert _events(text, "en") == {("designation", "Kestrel Bank", "2019"), ("removal", "Kestrel Bank", "2025-03")}
