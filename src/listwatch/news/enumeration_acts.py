"""The act every item of an enumeration takes (``enumerations.enumeration``): a
designation or a removal that names one item of an enumeration in its own place, its
object after the trigger or a colon, or its coordinated subject right before the verb,
is every item's, dated as it is ("removed A, a banker; B, a trader; and C from its list",
"A and his deputy B have both been sanctioned")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .attribution import aside
from .enumerations import Enumeration, Span, enumeration, person_shaped
from .legal_event import Event
from .members import party_group_before
from .mentions import Mention
from .sentences import Sentence, within
from .triggers import find_triggers

# between a coordinated subject's last item and its act: auxiliaries and adverbs only ("A and
# his deputy B have both been sanctioned")
_SUBJECT_GAP = re.compile(
    r"(?i)\s*(?:(?:have|has|had|were|was|are|is|been|being|both|also|all|each|now|later|then|since|already|"
    r"subsequently|further|ont|a|été|sont|étaient|aussi|également|tous|toutes|deux|tous\s+deux|déjà)\s+)*"
)
# a cue that opens the named part of the act's object after it ("nine entities, including
# A, B and C", « six filiales, dont A et B », "firms such as A and B", « tels que A, B »,
# "among them A", « parmi lesquels A », "namely A and B", « y compris A »)
_INCLUSION_CUE = re.compile(
    r"(?i)\b(?:including|among\s+(?:them|whom|which)|notably|such\s+as|namely|in\s+particular|"
    r"dont|notamment|parmi\s+(?:eux|elles|lesquel(?:le)?s)|tel(?:le)?s?\s+que|y\s+compris|à\s+savoir|"
    r"en\s+particulier)\b\s*:?"
)
# a fronted adverbial before a coordinated subject ("On Monday, A and B were ...")
_FRONTED_ADVERBIAL = re.compile(r"^[^,;:]{1,60},\s*")


def enumeration_events(sents: list[Sentence], mentions: list[Mention], events: list[Event],
                        lang: str, unnamed: Sequence[Any] = ()) -> list[Event]:
    """Every item of an enumeration (``enumerations.py``) one of whose items is the party a
    designation or a removal of the same sentence names in its own place: that act's event,
    dated as it is. The enumeration is the act's object, opening at its trigger, at a
    colon after it ("removed A, a banker; B, a trader; and C, ..., from its list") or at an
    inclusion cue after it ("designated nine entities, including A, B and C"), or its
    coordinated subject, opening the sentence and running up to the act's verb ("A and his
    deputy B have both been sanctioned")."""
    out: list[Event] = []
    had = {(e.type, id(e.entity)) for e in events}
    out += _group_run_events(sents, mentions, events, lang, unnamed, had)
    for sent in sents:
        acts = [e for e in events if e.type in ("designation", "removal") and e.evidence == sent.text
                and e.entity_via == "sentence" and sent.start <= e.position < sent.end]
        if not acts:
            continue
        kinds = {e.type for e in events if e.evidence == sent.text}
        if kinds - {"designation", "removal", "deadline"} or len(kinds & {"designation", "removal"}) > 1:
            continue  # (an act and its echo, a court's relief: the clauses have their parties)
        local = [m for m in within(sent, mentions) if m.entity is not None]
        if len(local) < 2:
            continue
        text = sent.text
        spans = [(m.start - sent.start, m.end - sent.start) for m in local]
        trigs = {t.start: t for t in find_triggers(text, lang)}
        # (in French, a person the name finder does not mark is told by the name's shape: a
        # body written in capitals, "Cooperation Division", is English's way, not French's)
        persons = frozenset(k for k, m in enumerate(local) if m.entity is not None and (
            m.entity.person or lang == "fr" and person_shaped(m.entity)))
        for act in acts:
            t = trigs.get(act.position - sent.start)
            if t is None:
                continue
            items: tuple[int, ...] = ()
            # (each reading once: a hostile line names one party thousands of times)
            read: dict[tuple[int, int | None], Enumeration] = {}

            def once(st: int, end: int | None, text: str = text, spans: list[Span] = spans,
                     read: dict[tuple[int, int | None], Enumeration] = read,
                     persons: frozenset[int] = persons) -> Enumeration:
                if (st, end) not in read:
                    read[(st, end)] = enumeration(text, spans, st, end=end, strict=end is not None,
                                                  persons=persons)
                return read[(st, end)]

            colons = [i + 1 for i, ch in enumerate(text) if ch == ":" and i >= t.end]
            colons += [c.end() for c in _INCLUSION_CUE.finditer(text, t.end)]
            fronted = _FRONTED_ADVERBIAL.match(text)
            for k, m in enumerate(local):
                if m.entity is not act.entity:
                    continue
                if spans[k][0] >= t.end:
                    for st in sorted((c for c in [t.end, *colons] if c <= spans[k][0]), reverse=True):
                        if k in once(st, None).items:
                            items = once(st, None).items
                            break
                elif spans[k][1] <= t.start:
                    for st in (0, *((fronted.end(),) if fronted else ())):
                        found = once(st, t.start)
                        if k in found.items and _SUBJECT_GAP.fullmatch(text, spans[found.items[-1]][1], t.start):
                            items = found.items
                            break
                if items or len(read) > 4:
                    break
            for j in items:
                ent = local[j].entity
                if ent is None or ent is act.entity or (act.type, id(ent)) in had:
                    continue
                if aside(text, spans[j][0], spans[j][1], ent):
                    continue
                had.add((act.type, id(ent)))
                out.append(Event(
                    type=act.type, entity=ent, authority=act.authority, list_name=act.list_name,
                    date=act.date, status=act.status, evidence=text, confidence=act.confidence * 0.9,
                    strength=act.strength * 0.9, position=act.position, entity_via="list",
                    date_via=act.date_via,
                ))
    return out


def _group_run_events(sents: list[Sentence], mentions: list[Mention], events: list[Event], lang: str,
                      unnamed: Sequence[Any], had: set[tuple[str, int]]) -> list[Event]:
    """The items of an enumeration that an inclusion cue opens after the act's object, when
    that object is a group of parties the act named no one of ("imposed sanctions on 14
    firms, including defence entities such as A, B and C", « a sanctionné six sociétés
    vendredi, dont A, B et C »): every item is a party of the act (``unnamed``: the acts told
    of no named party), two items at least. The words from the act to the cue hold the
    group (``members.party_group_before``): a complement of things ("goods such as"), a
    reason or a clause of its own ("for helping firms such as A") opens no run of the act's."""
    out: list[Event] = []
    for sent in sents:
        acts = [u for u in unnamed if u.type in ("designation", "removal") and u.status == "effective"
                and sent.start <= u.position < sent.end]
        if not acts or any(e.evidence == sent.text and e.type in ("designation", "removal") for e in events):
            continue
        local = [m for m in within(sent, mentions) if m.entity is not None]
        if len(local) < 2:
            continue
        text = sent.text
        spans = [(m.start - sent.start, m.end - sent.start) for m in local]
        persons = frozenset(k for k, m in enumerate(local) if m.entity is not None and (
            m.entity.person or lang == "fr" and person_shaped(m.entity)))
        trigs = {t.start: t for t in find_triggers(text, lang)}
        for act in acts:
            t = trigs.get(act.position - sent.start)
            if t is None:
                continue
            # (cues may nest, "including defence firms such as A, B and C": the longest run)
            runs = [enumeration(text, spans, cue.end(), persons=persons).items
                    for cue in _INCLUSION_CUE.finditer(text, t.end) if party_group_before(text[t.end : cue.start()])]
            items = max(reversed(runs), key=len, default=())
            for j in items:
                ent = local[j].entity
                if ent is None or (act.type, id(ent)) in had or aside(text, spans[j][0], spans[j][1], ent):
                    continue
                had.add((act.type, id(ent)))
                out.append(Event(
                    type=act.type, entity=ent, authority=act.authority, list_name=act.list_name,
                    date=act.date, status=act.status, evidence=text, confidence=0.6,
                    strength=act.strength * 0.9, position=act.position, entity_via="list",
                    date_via=act.date_via,
                ))
    return out
