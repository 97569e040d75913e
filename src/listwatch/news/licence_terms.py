"""A licence's end told apart from the parties it covers: "The payments the licence
authorises are permitted until 3 June" a sentence before or after the one that names
whom the licence covers ("GL 12 authorizes dealings with the following banks: A; B").
The end is the deadline of each party of that licence, the one told nearest."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .dates import PartialDate
from .legal_event import Event
from .names import Entity
from .sentences import Sentence

# a sentence that speaks of a licence ("the licence", "GL 77", "une dérogation")
LICENCE_WORD = re.compile(
    r"(?i)\blicen[cs]es?\b|\bdérogations?\b|\bexemptions?\b|\bwaivers?\b|\bGL\s*\d|"
    # (an authorisation told temporary, general or special is one: « l'autorisation temporaire »)
    r"\b(?:temporary|general|special)\s+authori[sz]ations?\b|\bautorisations?\s+(?:temporaires?|générales?|spéciales?)\b"
)
# ... or by the end's own noun, the licence unsaid ("the extension date of 5 March", « la date
# de prolongation du 5 mars », « la date d'expiration »)
END_NOUN = re.compile(
    r"(?i)\b(?:extension|expiry|expiration|sunset)\s+dates?\b|\bdates?\s+(?:de\s+(?:prolongation|prorogation|l['’]expiration)|d['’]expiration)\b"
)
# ... told as the end of what it permits ("permitted until", "valable jusqu'au", "expires
# on"), not a date for comments on it or a hearing about it
LICENCE_END = re.compile(
    r"(?i)\b(?:permitted|permits?|permis\w*|authori[sz](?:ed|es|ing)|autoris\w+|allow(?:ed|s)|valid|valable|expir\w*|in\s+effect|en\s+vigueur|"
    # (its end told by the verb: "ends on", "lapses", « prend fin », « arrive à échéance »)
    r"end(?:s|ed)?\s+on|lapse[sd]?|(?:prend\w*|pris)\s+fin|échéance)\b"
)
_NOT_ITS_END = re.compile(r"(?i)\b(?:comments?|consultations?|observations|hearings?|audiences?|applications?|demandes?)\b")
# how many sentences apart the licence's parties may be named
_REACH = 3


@dataclass(frozen=True)
class LooseEnd:
    """A deadline of a sentence on a licence that names no party (``loose_end``)."""

    si: int  # its sentence
    date: PartialDate | None  # (None: a day told with no year, on a page that gives none)
    status: str
    authority: str | None
    list_name: str | None
    strength: float


def loose_end(text: str) -> bool:
    """The sentence tells the end of a licence's permission, and no date for comments."""
    return (END_NOUN.search(text) is not None
            or (LICENCE_WORD.search(text) is not None and LICENCE_END.search(text) is not None)) \
        and _NOT_ITS_END.search(text) is None


# a day with no year right after an end's words ("until Jan. 7", « jusqu'au 13 décembre »)
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)
_YEARLESS_DAY = re.compile(
    r"(?i)[^.;]{0,40}?\b(?:(?:1er|\d{1,2})\s+" + _MONTHS + r"|" + _MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b(?![.,]?\s*\d{4})"
)


# the time a party is given or has until a day ("X has until", "gave X until", « X a
# jusqu'au », « a donné à X ... jusqu'au »): the deadline's holder is told with it
_HOLDER_TIME = re.compile(
    r"(?i)\b(?:ha(?:s|ve|d)|g(?:ave|ives?|iven|iving)\b[^.;]{1,120}?)\s+until\b|"
    r"\b(?:a|ont|avait|avaient|aura|auront|(?:donn|accord|laiss)\w*\b[^.;]{1,120}?)\s+jusqu['’](?:au|à)\b"
)


def holder_time(text: str, start: int, end: int) -> bool:
    """The deadline trigger at ``text[start:end]`` ends the time a party is given or has
    ("has until", « a jusqu'au », "gave X until")."""
    m = _HOLDER_TIME.search(text, max(0, start - 130), end + 1)
    return m is not None and start <= m.end() <= end + 1


def yearless_end(text: str, at: int, no_year: bool) -> bool:
    """The end told at ``text[at:]`` is a day with no year, on a page that gives none
    (``no_year``), in a sentence that tells a licence's end (``loose_end``) or the time a
    party has until that day (``_HOLDER_TIME``): an undated deadline of the licence's
    parties, or of the party given the time."""
    return no_year and _YEARLESS_DAY.match(text, at) is not None \
        and (loose_end(text) or _HOLDER_TIME.search(text, 0, at + 1) is not None)


def licence_deadlines(loose: list[LooseEnd], sents: list[Sentence], events: list[Event]) -> list[Event]:
    """Each loose end's deadline for the parties of the licence told nearest it (within
    ``_REACH`` sentences, before or after), with the lines that go on naming its
    parties (the same licence's events in the sentences next to those)."""
    if not loose:
        return []
    starts = [s.start for s in sents]
    licences = [(bisect_right(starts, e.position) - 1, e) for e in events if e.type == "license"]
    out: list[Event] = []
    for end in loose:
        if not any(abs(k - end.si) <= _REACH for k, _e in licences):
            continue
        # the licence told nearest, and every party it is told for within reach (the
        # same day and authority: "• A; • B; • C", one line each)
        k0, first = min(((k, e) for k, e in licences if abs(k - end.si) <= _REACH), key=lambda ke: abs(ke[0] - end.si))
        kin = [(k, e) for k, e in licences if e.date == first.date and e.authority == first.authority]
        run = {k0}
        while grown := {k for k, _e in kin if k not in run and (k - 1 in run or k + 1 in run)}:
            run |= grown
        same = [e for k, e in kin if k in run]
        parties: list[Entity] = []
        for e in same:
            if all(p is not e.entity for p in parties):
                parties.append(e.entity)
        sent = sents[end.si]
        for ent in parties:
            if any(e.type == "deadline" and e.entity is ent and e.date == end.date for e in events + out):
                continue
            auth = end.authority or first.authority
            out.append(Event(type="deadline", entity=ent, authority=auth, list_name=end.list_name, date=end.date,
                             status=end.status, evidence=sent.text, confidence=0.6, strength=end.strength * 0.9,
                             position=sent.start, entity_via="list"))
    return out
