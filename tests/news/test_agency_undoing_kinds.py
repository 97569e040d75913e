"""A court's word said of an agency's own act, in a sentence that names no court
(``event_kinds.agency_act``): an agency undoing its own designation is a removal ("OFAC
amended its rules to give effect to the annulment of X's designation", « le Trésor applique
l'annulation de l'inscription de X »). A court that annuls, or suspends in part,
keeps its relief. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _kinds(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2025-12-05")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "name"), [
    ("Selon un avis publié vendredi, le Trésor applique désormais l'annulation de l'inscription "
     "de la société Norland Oil.", "Norland Oil"),
])
def test_an_agency_annulling_its_own_designation_removes(text: str, name: str) -> None:
    assert _kinds(text) == [("removal", name)]


@pytest.mark.parametrize(("text", "kind"), [
    ("A federal judge on Thursday suspended in part the sanctions against Norland Oil Ltd.", "injunction"),
    ("Vendredi, les juges européens ont prononcé l'annulation de la désignation de la société Norland Oil.",
     "vacatur"),
])
def test_a_courts_relief_stays_the_courts(text: str, kind: str) -> None:
    assert [k for k, _n in _kinds(text)] == [kind]
