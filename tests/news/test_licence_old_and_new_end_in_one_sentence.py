"""An old end and the new one told in one sentence (``events._passed``): the word of an
end gone by ("had expired", "lapsed", « arrivait à échéance », « avait pris fin ») dates
the end told nearest it in the past, and the new end ("until", « jusqu'au ») stays the
next such day after the page's date. A lone end gone by keeps its past day. Sentences of
our own."""

from __future__ import annotations

from listwatch.news import extract_article


def _ends(text: str, lang: str) -> set[str | None]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {e["date"] for e in r["events"] if e["type"] == "deadline"}


def test_french_relative_end_gone_by_then_the_new_end() -> None:
    text = "La dérogation accordée à Velmora Telecom, qui arrivait à échéance le 3 mai, a été prorogée jusqu'au 2 août."
    assert _ends(text, "fr") == {"2024-05-03", "2024-08-02"}


def test_french_end_gone_by_then_renewed_by_a_pronoun() -> None:
    text = "L'exemption de Velmora Telecom avait pris fin le 3 mai, mais le Trésor l'a prolongée jusqu'au 2 août."
    assert "2024-08-02" in _ends(text, "fr")


def test_english_past_perfect_expiry_in_a_relative() -> None:
    text = "The licence for Tarvik Metals, which had expired on 3 May, was renewed until 2 August."
    assert "2024-08-02" in _ends(text, "en")


def test_english_lapsed_then_renewed_through() -> None:
    text = "The general licence for Tarvik Metals lapsed on 3 May and was renewed through 2 August."
    assert "2024-08-02" in _ends(text, "en")


def test_a_lone_end_gone_by_keeps_its_past_day() -> None:
    assert _ends("Orvalis Shipping had until 3 May to wind down its contracts.", "en") == {"2024-05-03"}
