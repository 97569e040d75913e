"""A licence told for the parties an act just designated, named by a group word and not by
name: "OFAC also issued General License 12 authorizing certain transactions involving
the newly designated entities", "a general licence for dealings with the companies
sanctioned today", « une licence générale autorisant certaines transactions avec les
entités nouvellement désignées ». Each party of the latest designation told before it
takes the licence, dated as that designation when the licence's sentence gives no date of
its own (the licence is issued with the round it softens).

Not a licence a sentence names a party for (its own event), not one asked for or denied
(the trigger is blocked), and not a group word with no designation told before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .dates import PartialDate
from .legal_event import Event
from .sentences import Sentence
from .triggers import Trig, find_triggers

# the act's own parties told by a group word: "the newly designated entities", "the persons
# sanctioned today", "these blocked companies", « les entités nouvellement désignées »,
# « les sociétés sanctionnées ce jour »
_DESIGNEES = re.compile(
    r"(?i)\b(?:the|these|those)\s+(?:newly\s+|recently\s+|just\s+|above\s+|aforementioned\s+)?"
    r"(?:designated|sanctioned|listed|blocked|targeted)\s+(?:entities|persons|companies|firms|individuals|parties|"
    r"people|banks|businesses)\b|"
    r"\b(?:the|these|those)\s+(?:entities|persons|companies|firms|individuals|parties|banks)\s+"
    r"(?:(?:designated|sanctioned|listed|targeted|named)\s+(?:today|(?:on\s+)?(?:this|that)\s+(?:day|date)|"
    r"(?:in|by|under)\s+(?:this|today['’]s|the\s+same)\s+action)|(?:just|newly)\s+(?:designated|sanctioned|listed))\b|"
    r"\b(?:les|ces)\s+(?:entités|personnes|sociétés|entreprises|individus|banques)\s+(?:(?:nouvellement|récemment|ainsi)\s+)?"
    r"(?:désignées|sanctionnées|inscrites|visées|ciblées)\b(?:\s+(?:ce\s+jour|aujourd['’]hui|le\s+même\s+jour))?"
)
_ACTS = frozenset({"designation"})


def licence_designee_events(
    sents: list[Sentence], lang: str, events: list[Event],
    live: Callable[[str, Trig, list[Trig]], bool],
    own_date: Callable[[Sentence, Trig], PartialDate | None],
) -> list[Event]:
    """Licence events for the parties of the designation told last before a licence
    sentence that names them only by a group word (``_DESIGNEES`` after the trigger).
    ``live(text, trig, trigs)`` says a trigger is no negation, hypothesis or request;
    ``own_date(sent, trig)`` gives the licence sentence's own date for the trigger, or
    None."""
    out: list[Event] = []
    for sent in sents:
        group = _DESIGNEES.search(sent.text)
        if group is None:
            continue
        trigs = find_triggers(sent.text, lang)
        licences = [t for t in trigs if t.event == "license" and t.start < group.start() and live(sent.text, t, trigs)]
        if not licences:
            continue
        if any(e.type == "license" and sent.start <= e.position < sent.end for e in events + out):
            continue  # the sentence's licence has a party of its own
        before = [e for e in events if e.type in _ACTS and e.status == "effective" and e.position < sent.start]
        if not before:
            continue
        last = max(before, key=lambda e: e.position)
        # the round: the designations told with the last one's date and authority
        round_ = [e for e in before if e.date == last.date and e.authority == last.authority
                  and e.entity_via in ("sentence", "list", "anaphora") and e.date_via == "sentence"]
        if not round_:
            continue
        date = own_date(sent, licences[0])
        seen: list[int] = []
        for e in round_:
            if id(e.entity) in seen:
                continue
            seen.append(id(e.entity))
            out.append(Event(
                type="license", entity=e.entity, authority=e.authority, list_name=None,
                date=date if date is not None else e.date, status="effective", evidence=sent.text,
                confidence=0.6, strength=0.8, position=sent.start + licences[0].start, entity_via="list",
                date_via="sentence" if date is not None else "lede",
            ))
    return out
