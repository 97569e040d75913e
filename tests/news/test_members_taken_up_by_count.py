"""``counted_parties``: a count ("the three") takes up the parties of the nearest earlier
sentence that told events; an event ``aside`` tells (a name told only beside the
parties) is left out of them, and ``aside`` is asked only of that sentence's events.
Invented parties, sentences written for this test."""

from __future__ import annotations

from dataclasses import dataclass

from listwatch.news.members import counted_parties
from listwatch.news.modality import compiled
from listwatch.news.sentences import split_sentences

TEXT = ("Officials said Ostrava Pipe was a buyer. The agency listed Brenn Cargo, Telva Mills and Korrin Steel. "
        "The three were told on Friday.")


@dataclass
class _Event:
    entity: str
    position: int


def _events() -> list[_Event]:
    return [_Event(name, TEXT.index(name)) for name in ("Ostrava Pipe", "Brenn Cargo", "Telva Mills", "Korrin Steel")]


def test_count_takes_up_the_parties_of_the_sentence_before() -> None:
    sents = split_sentences(TEXT, "en")
    comp = compiled("en")
    assert counted_parties(comp, sents, 2, sents[2].text, _events()) == ["Brenn Cargo", "Telva Mills", "Korrin Steel"]


def test_an_event_told_aside_is_left_out_and_only_nearby_ones_are_asked() -> None:
    sents = split_sentences(TEXT, "en")
    comp = compiled("en")
    asked: list[str] = []

    def aside(e: _Event) -> bool:
        asked.append(e.entity)
        return e.entity == "Telva Mills"

    # two parties left: the count (three) no longer fits them
    assert counted_parties(comp, sents, 2, sents[2].text, _events(), aside) is None
    assert "Ostrava Pipe" not in asked  # (an event of another sentence is never asked about)
    asked.clear()
    assert counted_parties(comp, sents, 2, "The two were told on Friday.", _events(), aside) \
        == ["Brenn Cargo", "Korrin Steel"]
    assert counted_parties(comp, sents, 2, "They were told on Friday.", _events(), aside) is None
