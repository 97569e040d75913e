"""A licence renewed by a pronoun that takes up its noun ("granted a waiver ..., then
renewed it in June", « a accordé une dérogation ..., avant de la renouveler en juin »,
« les a prolongées ») is another licence of the same party, with its own day. A pronoun
that takes up the sanctions or a regime is none. Sentences of our own."""

from __future__ import annotations

from listwatch.news import extract_article


def _licences(text: str, lang: str) -> list[str]:
    r = extract_article(text, published="2024-07-10", language=lang)
    return sorted((e["date"] or "-") for e in r["events"] if e["type"] == "license" and e["entity"] == "Kestrel Bank")


def test_french_renewed_by_la_before_its_day() -> None:
    text = "Le Trésor avait accordé en mars une dérogation de 90 jours à Kestrel Bank, avant de la renouveler en juin."
    assert _licences(text, "fr") == ["2024-03", "2024-06"]


def test_french_les_a_prolongees() -> None:
    text = "En mars, Washington a octroyé des exemptions à Kestrel Bank, puis les a prolongées en juin."
    assert _licences(text, "fr") == ["2024-03", "2024-06"]


def test_english_then_renewed_it() -> None:
    text = "In March the Treasury granted Kestrel Bank a 90-day waiver, then renewed it in June."
    assert _licences(text, "en") == ["2024-03", "2024-06"]


def test_english_extended_them() -> None:
    text = "OFAC issued two licences for Kestrel Bank in March and extended them in June."
    assert _licences(text, "en") == ["2024-03", "2024-06"]


def test_a_regime_renewed_by_a_pronoun_is_no_licence() -> None:
    # near miss: the pronoun takes up the sanctions, not a licence
    text = "The Council imposed sanctions on Kestrel Bank in March and extended them in June."
    assert _licences(text, "en") == []
