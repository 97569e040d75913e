"""A licence told with no date as one more of a series ("a third reprieve", "another
90-day extension", « un troisième répit », « une nouvelle prolongation ») is another act than
the licence the article dates: it is not merged into it (all its undated tellings, the
headline's and the body's, stay one)."""

from __future__ import annotations

from listwatch.news import extract_article


def _licences(text: str, lang: str) -> list[str | None]:
    r = extract_article(text, published="2024-06", language=lang)
    return sorted((e["date"] or "-") for e in r["events"] if e["type"] == "license" and e["entity"] == "Kestrel Bank")


def test_french_third_reprieve_beside_the_first() -> None:
    text = ("Washington a consenti mardi un troisième répit, de six mois, à la banque Kestrel Bank. "
            "En mars, le Trésor avait déjà accordé une licence à Kestrel Bank pour 90 jours.")
    assert _licences(text, "fr") == ["-", "2024-03"]


def test_english_another_extension_beside_the_first() -> None:
    text = ("Washington on Tuesday granted Kestrel Bank another 90-day extension. "
            "In March the Treasury had issued a general licence for Kestrel Bank.")
    assert _licences(text, "en") == ["-", "2024-03"]


def test_headline_and_body_of_the_same_new_reprieve_are_one() -> None:
    text = ("Un nouveau répit pour Kestrel Bank\n"
            "Washington a accordé mardi un nouveau répit de trois mois à la banque Kestrel Bank. "
            "En mars, le Trésor avait déjà accordé une licence à Kestrel Bank pour 90 jours.")
    assert _licences(text, "fr") == ["-", "2024-03"]
