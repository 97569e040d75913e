"""On a page that shows no date, a yearless day told before a full date of its own sentence
takes that date's year (the year before when the day would fall after it): « Le 14 mars,
X a prolongé le délai jusqu'au 2 avril 2025 », "On 20 December it extended the licence
to 15 January 2026". A full date told before the day bounds nothing: no year."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published=None, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_french_day_told_before_the_deadline_of_its_sentence() -> None:
    text = "Le 14 mars, les autorités ont prolongé le délai accordé à Kestrel Bank jusqu'au 2 avril 2025."
    assert _events(text, "fr") == {("license", "Kestrel Bank", "2025-03-14"), ("deadline", "Kestrel Bank", "2025-04-02")}


def test_english_december_day_before_a_january_end() -> None:
    text = "On 20 December, OFAC extended the licence for Kestrel Bank until 15 January 2026."
    assert _events(text, "en") == {("license", "Kestrel Bank", "2025-12-20"), ("deadline", "Kestrel Bank", "2026-01-15")}


def test_a_full_date_told_before_bounds_nothing() -> None:
    text = "Kestrel Bank was added to the sanctions list on 3 March 2024 and removed from it on 5 February."
    assert _events(text, "en") == {("designation", "Kestrel Bank", "2024-03-03"), ("removal", "Kestrel Bank", None)}
