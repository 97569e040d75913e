"""A party the article tells won a court's relief (an annulment, an interim suspension),
told as the news, takes no ruling for its listing from the same article: the ruling is the
part of the answer the relief limits (a partial win) or an earlier answer the relief
overturned. A relief told as background (in the past perfect, "previously") leaves the
ruling told as the news. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[dict]:
    return extract_article(text, published="2024-03-09", language=lang)["events"]


def _of(evs: list[dict], kind: str) -> set[str]:
    return {e["entity"] for e in evs if e["type"] == kind}


@pytest.mark.parametrize(("text", "lang", "who"), [
    # a partial win told in one sentence
    ("The General Court annulled the 2022 acts concerning Orlen Vasquez but upheld the later "
     "sanctions against Orlen Vasquez.", "en", "Orlen Vasquez"),
    # an earlier answer the relief overturned, told in the next sentence
    ("The Court of Justice annulled the sanctions on Delmar Shipping on Tuesday. "
     "Its judges set aside a judgment that upheld the listing of Delmar Shipping in 2023.", "en", "Delmar Shipping"),
    # the relief told after the ruling
    ("The judges upheld the sanctions against Ivo Brannt for 2023. "
     "They annulled the sanctions against Ivo Brannt for 2022, the court said.", "en", "Ivo Brannt"),
    ("Le Tribunal a confirmé les sanctions contre la société Corvane Minerals pour 2023. "
     "Il a annulé les sanctions visant la société Corvane Minerals pour 2022.", "fr", "Corvane Minerals"),
    ("La juridiction européenne a annulé jeudi les mesures prises contre Mme Lina Perovska. "
     "Il avait confirmé en 2023 les sanctions contre Mme Lina Perovska.", "fr", "Lina Perovska"),
])
def test_a_party_that_won_relief_takes_no_ruling(text: str, lang: str, who: str) -> None:
    evs = _events(text, lang)
    assert who in _of(evs, "vacatur") | _of(evs, "injunction")
    assert who not in _of(evs, "ruling")


@pytest.mark.parametrize(("text", "lang", "who"), [
    # near misses: the relief is background, or is another party's
    ("The General Court upheld the sanctions on Orlen Vasquez on Wednesday. "
     "It had previously annulled older measures against Orlen Vasquez.", "en", "Orlen Vasquez"),
    ("The General Court upheld the sanctions on Orlen Vasquez and annulled those on Delmar Shipping.",
     "en", "Orlen Vasquez"),
    ("Le Tribunal a maintenu vendredi le gel des avoirs de Mme Lina Perovska. "
     "La Cour avait auparavant annulé d'anciennes sanctions contre Mme Lina Perovska.", "fr", "Lina Perovska"),
])
def test_a_ruling_beside_a_background_or_anothers_relief_stays(text: str, lang: str, who: str) -> None:
    assert who in _of(_events(text, lang), "ruling")
