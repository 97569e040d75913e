"""The page's credits and the editor's notes (``credits``): the names of a byline after
the notes in brackets, of a credit in brackets or on a line of its own, are no parties,
and the words of an editor's note are no act; in both languages. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.credits import credit_spans


def _result(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    res = extract_article(text, published="2024-03-14")
    return sorted((e["type"], e["entity"]) for e in res["events"]), [m["name"] for m in res["mentions"]]


@pytest.mark.parametrize(("text", "party"), [
    ("(Adds details on the delisting) By Jana Horvat and Petr Novak\n\n"
     "The Treasury on Monday designated Kestrel Mining Ltd.", "Kestrel Mining Ltd"),
    ("(Mise à jour avec la radiation) par Jeanne Morel et Luc Garnier\n\n"
     "Le Trésor a inscrit lundi la société Kestrel Mining sur la liste SDN.", "Kestrel Mining"),
    ("((Version traduite par un outil automatique)) par Luc Garnier\n\n"
     "Le Conseil a retiré de sa liste la société Kestrel Mining.", "Kestrel Mining"),
])
def test_a_byline_after_the_editors_note_names_no_party(text: str, party: str) -> None:
    events, mentions = _result(text)
    assert [e for e in events if e[1] != party] == []
    assert not any(n in m for m in mentions for n in ("Novak", "Horvat", "Garnier", "Morel"))


@pytest.mark.parametrize("text", [
    "Le Trésor a inscrit la société Kestrel Mining sur la liste SDN.\n\n(Reportage Jeanne Morel, avec "
    "Luc Garnier à Paris; version française Marie Dubois, édité par Paul Henri)",
    "The Treasury on Monday designated Kestrel Mining Ltd.\n\n(Reporting by Jana Horvat in Ostrava; "
    "Additional reporting by Aidan Blake; Editing by Petr Novak)",
    "The Treasury on Monday designated Kestrel Mining Ltd.\n\nWriting by Jana Horvat; Editing by Petr Novak",
    "Le Trésor a inscrit la société Kestrel Mining sur la liste SDN.\n\nRédigé par Jeanne Morel",
])
def test_a_credit_names_no_party(text: str) -> None:
    _events, mentions = _result(text)
    assert not any(n in m for m in mentions for n in ("Novak", "Horvat", "Garnier", "Morel", "Dubois", "Blake"))


def test_a_sentence_opening_with_a_credit_word_is_no_credit() -> None:
    # a full sentence, with its full stop: no credit
    text = "Reported by three outlets, the Treasury designated Kestrel Mining Ltd on Monday."
    assert credit_spans(text) == ()
    assert ("designation", "Kestrel Mining Ltd") in _result(text)[0]
