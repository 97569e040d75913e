"""A counted group word that takes up the parties of an act told just before.

A later sentence may tell another act of the same parties by a count alone ("all four",
"the two", « tous les trois ») where the sentence that named them also named others in
their descriptions (a parent, an employer, a relative whose kin they are): the nearest
naming sentence then holds more names than the word counts, and a reader still knows
which ones are meant, the parties of the act that sentence told, when they are exactly as
many as the word counts. Fewer or more: a reader cannot tell (nobody).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .enumerations import count_told, people_taken_up
from .sentences import Sentence

# how many sentences back the act whose parties the count takes up may be told
_REACH = 3


def counted_parties(comp: dict[str, Any], sents: Sequence[Sentence], si: int, head: str,
                    events: Sequence[Any], aside: Callable[[Any], bool] = lambda e: False) -> list[Any] | None:
    """The parties a counted plural anaphor of ``head`` (the sentence's words before the
    act) takes up: those of the events told in the nearest earlier sentence (at most
    ``_REACH`` back) that told events, when they are exactly as many as it counts. An
    event ``aside`` tells is left out (asked only of the events of those sentences)."""
    plural = comp["plural"].search(head)
    want = count_told(plural.group(0)) if plural is not None else 0
    if want < 2:
        return None
    for back in range(si - 1, max(-1, si - 1 - _REACH), -1):
        s = sents[back]
        parties: list[Any] = []
        for e in events:
            if s.start <= e.position < s.end and all(e.entity is not p for p in parties) and not aside(e):
                parties.append(e.entity)
        if parties:
            return parties if len(parties) == want else None
    return None


def people_subject(comp: dict[str, Any], head: str, recent: Sequence[Sequence[Any]]) -> list[Any] | None:
    """The people a group word of people opening the sentence (``head``: its words before
    the act) takes up, as the act's subject ("These officials were among the twenty people
    sanctioned", « Ces responsables avaient été inscrits »): the people of the nearest
    earlier sentence naming people, whatever larger group the act is then told of."""
    m = comp["people"].search(head)
    if m is None or head[: m.start()].strip(" \"“«•*-–"):
        return None
    return people_taken_up(recent, count_told(m.group(0)))
