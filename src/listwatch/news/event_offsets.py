"""Offsets counted from an event the sentence names: "two months after it was added",
"weeks before the designation", "deux mois après son inscription". The count joins two
events, never the publication: when the sentence dates the other event ("sued in October
2023, two months after it was added"), the named one is counted back from it (added in
August); when the article dated the named one earlier, the sentence's own event is
counted on from that date, and the named one is not told again; with neither, there is
no date to give."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import DateMention, PartialDate, shift_by
from .triggers import Trig

_AFTER_EVENT = re.compile(
    r"(?i)\b(?P<n>\w+)\s+(?P<unit>days?|weeks?|months?|years?|jours?|semaines?|mois|ans|années)\s+"
    r"(?P<dir>after|before|après|avant)\s+(?P<ref>(?:[^,.;:]|(?<=\b[A-Z])\.){1,60})"
)


@dataclass(frozen=True)
class Reference:
    """An offset ("two months after") and the event it counts from."""

    event: str  # the type of the event it names
    start: int  # the words that name that event
    end: int
    words: tuple[int, int]  # the offset's own words ("two months after")
    count: str
    unit: str
    after: bool  # "after": the sentence's event is the later one


def find_reference(sent: str, triggers: list[Trig]) -> Reference | None:
    """The first offset whose clause names an event by one of the sentence's triggers."""
    for m in _AFTER_EVENT.finditer(sent):
        a, b = m.span("ref")
        named = [t for t in triggers if a <= t.start < b]
        if named:
            return Reference(named[0].event, a, b, (m.start(), m.start("ref")), m.group("n"),
                             m.group("unit"), m.group("dir").lower() in ("after", "après"))
    return None


def _mention(at: tuple[int, int], text: str, date: PartialDate) -> DateMention:
    return DateMention(at[0], at[1], text, date, date, False, None)


def count_from_event(
    ref: Reference, sent: str, unblocked: list[Trig], live: list[Trig], dates: list[DateMention],
    last_date: dict[str, PartialDate],
) -> tuple[list[Trig], list[DateMention], dict[Trig, DateMention]]:
    """The sentence's triggers and dates once the offset is read (see the module's
    docstring), and the dates given to the named event's triggers. ``unblocked``: the
    triggers that tell facts, with the nouns that wanted a date of their own ("son
    inscription"): the offset dates them."""
    a, b = ref.words
    text = sent[a:b]
    named = [t for t in unblocked if ref.start <= t.start < ref.end]
    kept = [d for d in dates if not (d.start < b and a < d.end)]
    inside = [d for d in kept if ref.start <= d.start < ref.end and d.date is not None and not d.deadline]
    if inside and named:
        # the date is the named event's ("trois mois après son inscription sur la liste en
        # janvier 2024"): the sentence's own event is counted on from it
        base = inside[0]
        assert base.date is not None
        moved = shift_by(base.date, ref.count, ref.unit, forward=ref.after)
        rest = [t for t in live if t not in named]
        forced = {t: base for t in named[:1]}
        if any(d.end <= a and d.date is not None and not d.deadline and d.kind != "same_day" for d in kept):
            # the sentence dates its own event too ("sued on Monday, three years after it
            # was added in May 2021", « a saisi lundi le Tribunal, deux ans après son
            # inscription en mars 2022 »): each event keeps its own date, nothing is counted
            return sorted({*rest, *named[:1]}, key=lambda t: t.start), [d for d in kept if d is not base], forced
        if moved is not None:
            forced |= {t: _mention(ref.words, text, moved) for t in rest if t.event != "deadline"}
        return sorted({*rest, *named[:1]}, key=lambda t: t.start), [d for d in kept if d is not base], forced
    own = [d for d in kept if d.date is not None and not d.deadline and d.kind != "same_day"]
    if own:
        # the sentence dates its own event: the named one is counted back from that date
        base = max((d for d in own if d.end <= a), key=lambda d: d.end, default=own[0])
        assert base.date is not None
        moved = shift_by(base.date, ref.count, ref.unit, forward=not ref.after)
        if moved is None:
            return live, kept, {}
        named = named[:1]  # one telling of the named event
        return sorted({*live, *named}, key=lambda t: t.start), kept, {t: _mention(ref.words, text, moved) for t in named}
    earlier = last_date.get(ref.event)
    mine = [t for t in live if t not in named and t.event in last_date and t.event != ref.event]
    if earlier is None and mine and named:
        # the sentence's own event was dated before ("retirée le 4 juin. … retirée trois mois
        # après avoir déposé un recours"): the named one is counted back from that date
        moved = shift_by(last_date[mine[0].event], ref.count, ref.unit, forward=not ref.after)
        if moved is not None:
            return sorted({*live, *named[:1]}, key=lambda t: t.start), kept, {
                t: _mention(ref.words, text, moved) for t in named[:1]}
    if earlier is not None:
        # the article dated the named event: the sentence's event is counted on from it
        moved = shift_by(earlier, ref.count, ref.unit, forward=ref.after)
        rest = [t for t in live if t not in named]
        return rest, (kept + [_mention(ref.words, text, moved)] if moved else kept), {}
    return live, kept, {}
