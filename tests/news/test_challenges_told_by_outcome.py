"""A challenge told by its outcome with its bringer's possessive is the bringer's challenge,
whatever the court made of it: "X lost his appeal against the sanctions", "failed on Monday
in her bid to overturn the designation", "has failed in its latest attempt to have the
listing lifted", « a perdu son combat contre les sanctions », « a échoué dans sa tentative
de faire annuler son inscription », « a échoué à faire lever les sanctions ». Near misses: an
outcome about no measure ("lost his seat", "lost his case against his former employer").
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-06-14"


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Velmar Trading lost its appeal against the sanctions at the High Court."),
    ("en", "Orla Senn failed on Monday in her bid to overturn the designation."),
    ("en", "Orla Senn has failed in her latest attempt to have the listing lifted."),
    ("fr", "Orla Senn a perdu son combat contre les sanctions devant le Conseil d'État."),
    ("fr", "Orla Senn a échoué dans sa tentative de faire annuler son inscription."),
    ("fr", "Orla Senn a échoué à faire lever les sanctions qui la visent."),
])
def test_a_challenge_told_by_its_outcome_is_a_challenge(lang: str, text: str) -> None:
    evs = _events(text, lang)
    assert any(t == "legal_challenge" for t, _e in evs), evs
    assert not any(t == "vacatur" for t, _e in evs), evs


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orla Senn lost her seat in parliament after the vote."),
    ("en", "Orla Senn lost her case against her former employer."),
])
def test_an_outcome_about_no_measure_is_none(lang: str, text: str) -> None:
    assert _events(text, lang) == []
