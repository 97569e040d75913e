"""A court that suspends sanctions or an asset freeze grants relief (an injunction), told by
its judges in the plural too ("the judges in X suspended the asset freeze on Y", « les
juges ont suspendu le gel des avoirs de Y »); the same verb said by an agency of its own
freeze lifts it (a removal), a day told between the agency and the verb included. Near
misses: no listing read from the freeze the act suspends. Invented parties, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-10-11"  # a Friday


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "On Tuesday three judges in Luxembourg suspended the asset freeze on Velmar Trading until a full hearing.",
     [("injunction", "Velmar Trading")]),
    ("en", "The General Court on Tuesday suspended the sanctions on Velmar Trading pending its judgment.",
     [("injunction", "Velmar Trading")]),
    ("fr", "Mardi, trois juges de Luxembourg ont suspendu le gel des avoirs de Velmar Trading jusqu'à l'audience.",
     [("injunction", "Velmar Trading")]),
    ("en", "The Treasury on Tuesday suspended its asset freeze on Velmar Trading for the duration of the talks.",
     [("removal", "Velmar Trading")]),
    ("fr", "Le Trésor a suspendu mardi le gel des avoirs de Velmar Trading pendant les négociations.",
     [("removal", "Velmar Trading")]),
])
def test_a_suspended_freeze_is_relief_or_a_lifting(lang: str, text: str, want: list) -> None:
    assert _events(text, lang) == want
