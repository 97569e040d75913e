"""The day a round of measures took effect, told in a sentence of its own ("Those
restrictions took effect on 2 May", « Ces mesures ont pris effet le 2 mai »): the round's
listings that the article tells with no day, or only as announced on an earlier day ("said
that the firms would be put on the list"), are that day's. A round told
as done on its own day keeps it (the labels keep the act's day and the effective day
apart), and so does an act told with its own effective day in its sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .dates import PartialDate, find_dates
from .legal_event import Event
from .modality import blocked, status
from .sentences import Sentence
from .triggers import find_triggers

# the measures as the subject (at the sentence's start or after a label's colon), a verb of
# taking effect in a past tense: never a rule or a regulation's own entry into force, never
# one to come ("will take effect", "entreront en vigueur")
_TOOK_EFFECT = re.compile(
    r"(?i)(?:^|[:;–—]\s*)\W*(?:the|these|those|its|their|all|les|ces|leurs|toutes\s+les)\s+"
    r"(?:new\s+|latest\s+|nouvelles\s+|dernières\s+)?"
    r"(?:sanctions|restrictions|measures|designations|listings|additions|removals|"
    r"mesures|désignations|inscriptions|radiations)\s+"
    r"(?:(?:became|have\s+become|has\s+become)\s+effective|took\s+effect|(?:have|has)\s+taken\s+effect|"
    r"came\s+into\s+(?:force|effect)|entered\s+into\s+force|went\s+into\s+effect|"
    r"(?:sont|est)\s+entrées?\s+en\s+vigueur|(?:ont|a)\s+pris\s+effet)\b"
)


def effective_day(sents: Sequence[Sentence], lang: str, published: PartialDate | None) -> tuple[int, PartialDate] | None:
    """The one day the article says its measures took effect (a full date after the verb)
    and the first sentence that says it, or None when it tells none or more than one."""
    days: dict[PartialDate, int] = {}
    for si, sent in enumerate(sents):
        m = _TOOK_EFFECT.search(sent.text)
        if m is None:
            continue
        found = [d.date for d in find_dates(sent.text[m.end() :], lang, published)
                 if d.date is not None and d.modifier != "future"]
        if len(found) == 1 and found[0].precision == "day":
            days.setdefault(found[0], si)
    return next(iter((si, d) for d, si in days.items())) if len(days) == 1 else None


def _done_before(sents: Sequence[Sentence], kind: str, day: PartialDate, lang: str,
                 published: PartialDate | None) -> bool:
    """A sentence tells an act of ``kind`` as done (not announced, not blocked) with a full
    date before ``day``: the round's own day ("On 3 April the department added eleven
    firms"), which its parties told undated share."""
    for sent in sents:
        trigs = find_triggers(sent.text, lang)
        live = [t for t in trigs if t.event == kind and not blocked(sent.text, lang, t, trigs)
                and status(sent.text, lang, t) == "effective"]
        if live and any(d.date is not None and d.date.precision == "day" and d.date.iso() < day.iso()
                        and d.modifier != "future" and not d.deadline
                        for d in find_dates(sent.text, lang, published)):
            return True
    return False


def _announced_days(sents: Sequence[Sentence], lang: str, published: PartialDate | None) -> set[tuple[str, PartialDate]]:
    """The (kind, day) of acts a sentence announces as ones to come on a full date ("On 3
    April the department said it would add ..."), whether or not the sentence names a
    party (the parties may be places only, or named later)."""
    out: set[tuple[str, PartialDate]] = set()
    for sent in sents:
        trigs = find_triggers(sent.text, lang)
        kinds = {t.event for t in trigs if t.event in ("designation", "removal")
                 and not blocked(sent.text, lang, t, trigs) and status(sent.text, lang, t) == "announced"}
        if not kinds:
            continue
        days = [d.date for d in find_dates(sent.text, lang, published) if d.date is not None
                and d.date.precision == "day" and d.modifier != "future" and not d.deadline]
        if len(days) == 1:
            out |= {(k, days[0]) for k in kinds}
    return out


def date_from_effective_day(events: list[Event], sents: Sequence[Sentence], lang: str,
                            published: PartialDate | None) -> None:
    """The article's listings and removals in effect that have no day, or only the day an
    act was announced as one to come (an announced event of the same type on that day),
    take the day the measures took effect (``effective_day``), when that day is later."""
    if not any(e.type in ("designation", "removal") and e.status == "effective" for e in events):
        return
    told = effective_day(sents, lang, published)
    if told is None:
        return
    si, day = told
    announced = {(e.type, e.date) for e in events if e.status == "announced" and e.date is not None}
    announced |= _announced_days(sents[:si], lang, published)
    done = {k: _done_before(sents[:si], k, day, lang, published) for k in ("designation", "removal")}
    for e in events:
        if e.type not in ("designation", "removal") or e.status != "effective" or e.date_via == "tally":
            continue  # (a tally's act takes no day: ``dates_context.tally_date``)
        earlier = e.date is not None and (e.type, e.date) in announced and e.date.iso() < day.iso()
        if e.date is None and not done[e.type] or earlier:
            e.date = day
            e.date_via = "effective"


def own_effective_days(events: list[Event], sents: Sequence[Sentence], lang: str,
                       published: PartialDate | None) -> list[Event]:
    """An act whose own sentence tells, after it, the day it takes effect ("added X to its
    list with effect from Thursday, the ministry said on Wednesday", « a retiré X de sa
    liste, avec effet au 3 mai »): the act keeps the day it was told done or announced,
    and the day it takes effect is a second event of the same act (the labels keep the two
    apart); an act told with no other day takes the effective one. Returns the new events."""
    by_text = {s.text: s for s in sents}
    out: list[Event] = []
    for e in events:
        if e.type not in ("designation", "removal"):
            continue
        sent = by_text.get(e.evidence)
        day = _effect_day(sent.text, e.type, lang, published) if sent is not None else None
        if day is None:
            continue
        if e.date is None or day.contains(e.date) or e.date.contains(day):
            if e.date is None or e.date.contains(day):
                e.date, e.date_via = day, "effective"
            continue
        if day.iso() > e.date.iso():
            e.status = "announced"  # told on one day, in effect on a later one
        out.append(replace(e, date=day, status="effective", date_via="effective", other_dates=[]))
    return out


def _effect_day(text: str, kind: str, lang: str, published: PartialDate | None) -> PartialDate | None:
    """The day an act of ``kind`` told in ``text`` takes effect: a day after an effect cue
    (``DateMention.effect``) that follows the act's trigger, with no other act between."""
    trigs = find_triggers(text, lang)
    own = [t for t in trigs if t.event == kind and not blocked(text, lang, t, trigs)]
    if not own:
        return None
    effects = [d for d in find_dates(text, lang, published) if d.effect and d.date is not None]
    for d in effects:
        before = [t for t in trigs if t.end <= d.start]
        if before and before[-1].event == kind and any(t is before[-1] for t in own) \
                and d.start - before[-1].end <= 200:
            return d.date
    for d in effects:
        # (or told before it, with no act between: "This rule, effective 3 May, adds X")
        after = [t for t in trigs if t.start >= d.end]
        if after and after[0].event == kind and any(t is after[0] for t in own) \
                and after[0].start - d.end <= 200:
            return d.date
    return None
