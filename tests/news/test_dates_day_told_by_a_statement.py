"""The day the opening gives in a sentence about the authority's statement (« selon une
déclaration que le ministère a publiée vendredi », "in a declaration posted on Friday") is
the day of the news: a « déclaration » is a word of the acts, as "statement" and
« communiqué » are, so the acts told after it undated take that day."""

from __future__ import annotations

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2025-12-06", language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


def test_french_declaration_gives_the_day_of_the_news() -> None:
    text = ("Londres a élargi ses sanctions contre des proches du Kremlin. C'est ce qu'indique une déclaration que "
            "le ministère a mise en ligne vendredi. Des sanctions ont notamment été imposées à Pavel Orlov.")
    assert _events(text, "fr") == {("designation", "Pavel Orlov", "2025-12-05")}


def test_french_declaration_after_its_verb() -> None:
    text = ("Ottawa a durci ses mesures contre Moscou. Le gouvernement a diffusé lundi une déclaration à ce sujet. "
            "Des restrictions ont aussi été imposées à Pavel Orlov.")
    assert _events(text, "fr") == {("designation", "Pavel Orlov", "2025-12-01")}
