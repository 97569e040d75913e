"""One event per thing that happened: the events of an article merged by type, party,
status and list, split by dates that cannot tell one event; a headline's summary gives
way to the body's careful telling."""

from __future__ import annotations

import datetime as dt
import re

from .dates import PartialDate
from .lang import AGENCY_ACTS, RELIEF
from .lang.common import jurisdiction, list_jurisdiction
from .lang.relief_acts import extension_told
from .legal_event import Event

# (an agency's own act is told apart from another by its authority: a lawsuit or a court's
# relief is told with the court, the agency or the government as authority)


def is_headline(first: str, title: str | None) -> bool:
    """The article's first line is its title: the given title, or a short line with no
    final stop."""
    if title and first.strip() == title.strip():
        return True
    return "\n" not in first and not re.search(r"[.!?:;]\W*$", first) and len(first.split()) <= 25


def without_headline_repeats(events: list[Event], head_end: int) -> list[Event]:
    """A headline sums up what the body tells with care: "Xiaomi retiré de la liste noire"
    over a body where the Pentagon only *agreed* that the designation be vacated. An
    event read in the headline gives way to the body's own telling of the same thing: the
    same party with court relief and removal told as each other, or the same type told
    as done in the headline and as only announced in the body. (The same type with the
    same status is merged later; a different list or date may be another event.)"""
    body = [e for e in events if e.position >= head_end]
    out = []
    for ev in events:
        if ev.position < head_end and any(
            b.entity is ev.entity and (
                (b.type != ev.type and b.type in RELIEF and ev.type in RELIEF)
                or (b.type == ev.type and b.status != ev.status)
            )
            for b in body
        ):
            continue
        out.append(ev)
    return out


def merge(events: list[Event]) -> list[Event]:
    """One event per (type, entity, status, list) and date: the best-supported date wins.
    Two dates neither of which holds the other, each stated by a verb about the party
    itself, are two events ("placed on the list in 2023" and "added yesterday"), as a
    careful reader counts them."""
    groups: dict[tuple[str, int, str, str | None, str | None], list[Event]] = {}
    named: dict[tuple[str, int, str], list[Event]] = {}
    for e in events:
        if e.list_name and e.type in AGENCY_ACTS and _foreign_list(e):
            e.list_name = None
    for e in events:
        if e.list_name:
            named.setdefault((e.type, id(e.entity), e.status), []).append(e)
    for ev in events:
        if ev.list_name is None:
            # a list sentence ("The entities designated today are A, B") repeats the
            # sentence that named the list: one event, with that list; never another
            # authority's ("the Council also listed X" after OFAC's SDN listing of X)
            same = [e for e in named.get((ev.type, id(ev.entity), ev.status), ())
                    if ev.type not in AGENCY_ACTS or _same_authority(e.authority, ev.authority)]
            if same:
                ev.list_name = same[0].list_name
        groups.setdefault((ev.type, id(ev.entity), ev.status, ev.list_name, None), []).append(ev)
    groups = {k: g for key, whole in groups.items() for k, g in _by_authority(key, whole)}
    out: list[Event] = []

    def rank(e: Event) -> tuple[int, float, int, int]:
        prec = {"day": 3, "month": 2, "year": 1}[e.date.precision] if e.date else 0
        return (1 if e.date else 0, e.strength, prec, -e.position)

    for whole in groups.values():
        for group in _by_date(sorted(whole, key=rank, reverse=True)):
            best = max(group, key=rank)
            for e in group:
                if (
                    e.date and best.date and e.date != best.date
                    and best.date.contains(e.date) and e.strength >= best.strength
                ):
                    best.date = e.date  # "in January" then "on 14 January 2021"
            best.other_dates = sorted(
                {e.date.iso() for e in whole if e.date and best.date and not (
                    e.date.contains(best.date) or best.date.contains(e.date))}
            )
            best.confidence = min(0.99, max(e.confidence for e in group) + 0.03 * (len(group) - 1))
            out.append(best)
    out.sort(key=lambda e: e.position)
    return out


# a listing told as a state ("déjà visé par des sanctions depuis 2022", "already on the
# list since 2019"): background to the article's own listing, not a second one
STATE = re.compile(
    r"(?i)\b(?:déjà|already|still|toujours|remains?|reste|restent|demeure|figur\w*|"
    r"(?:is|are)\s+(?:also\s+)?on\s+(?:the|its|that|this))\b"
)


_ALREADY = re.compile(r"(?i)\b(?:déjà|already)\b")
# "had already been placed on the list in 2022", "avait déjà été sanctionnée en mars 2023":
# an earlier listing told with its own verb, not a state
_TOLD_BEFORE = re.compile(
    r"(?i)\b(?:had|has|have|avait|avaient|a|ont)\s+(?:already\s+|déjà\s+)?(?:been|été)\s+(?:already\s+|déjà\s+)?"
    r"(?!on\b|sur\b|sous\b|in\b|under\b)\w+|"
    r"\b(?:was|were)\s+already\s+(?!on\b|in\b|under\b|subject\b|listed\b)\w+(?:ed|en|put|set)\b"
)


def _state(e: Event) -> bool:
    """The event is told as a state ("already on the list since 2019"), not as an act."""
    found = {m.group(0).lower() for m in STATE.finditer(e.evidence)}
    if not found:
        return False
    if e.type == "license" and e.date is not None and extension_told(e.evidence):
        return False  # « sa licence a déjà eu droit à deux rallonges, de 120 jours puis de 30 »: each extension an act
    if all(_ALREADY.fullmatch(w) for w in found) and e.date is not None and e.date_via == "sentence" \
            and _TOLD_BEFORE.search(e.evidence) and not re.search(r"(?i)\b(?:since|depuis)\b", e.evidence):
        return False
    return True


_COURT = re.compile(r"(?i)\b(?:court|judge|tribunal|juge|cour)\b")


def _agency(name: str | None) -> str | None:
    """The authority that can take an agency's act: a court read off the sentence ("a
    judge who handed down ...") is none."""
    return None if name is None or _COURT.search(name) else name


def _foreign_list(e: Event) -> bool:
    """The event's list is another government's than its authority's (the article's SDN
    list given to the Council's own listing)."""
    ours, theirs = jurisdiction(_agency(e.authority)), list_jurisdiction(e.list_name)
    return ours is not None and theirs is not None and ours != theirs


def _same_authority(a: str | None, b: str | None) -> bool:
    """Two events' authorities may be one: the same, or one of them unnamed."""
    a, b = _agency(a), _agency(b)
    return a is None or b is None or a == b


def _by_authority(
    key: tuple[str, int, str, str | None, str | None], whole: list[Event]
) -> list[tuple[tuple[str, int, str, str | None, str | None], list[Event]]]:
    """One group per named authority for an agency's own act: two authorities acting on
    one party in one month are two events (OFAC's listing and the Council's). Events that name no authority
    join the first named one's group (the article's telling of the same act)."""
    names = list(dict.fromkeys(a for e in whole if (a := _agency(e.authority))))
    if len(names) <= 1 or key[0] not in AGENCY_ACTS:
        return [(key, whole)]
    parts: dict[str, list[Event]] = {n: [] for n in names}
    for e in whole:
        parts[_agency(e.authority) or names[0]].append(e)
    return [((*key[:4], n), part) for n, part in parts.items()]


def _same_time(a: PartialDate, b: PartialDate, firm: bool = False, listing: bool = False,
               deadline: bool = False) -> bool:
    """Dates that may tell one event: one holds the other, or the spans they name lie
    within two months of each other (a relative date read a little off); farther apart,
    they are two events (a licence renewed every 90 days, a listing in 2023 and another
    in 2025). Two days each told firmly (``firm``: a verb about the party, its own date)
    are one event only within a week ("on Tuesday" and "May 12"): two removals six weeks
    apart are two."""
    if a.contains(b) or b.contains(a):
        return True
    if deadline and a.precision == "day" and b.precision == "day":
        return False  # two ends (``_two_ends``): two deadlines
    a0, a1 = _span(a)
    b0, b1 = _span(b)
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    if firm and a.precision == "day" and b.precision == "day":
        return gap <= 7
    if firm and listing and "year" not in (a.precision, b.precision):
        return gap <= 7  # "sanctioned X in March" and "listed X on 1 May": two listings
    return gap <= 60


def _firm(e: Event) -> bool:
    """An event told by a verb about the party in its own sentence, with its own date (a
    licence's party may be the article's: "The general licence is in force from 27 May"
    and "On 14 May the US extended the deadline for X" are two acts)."""
    return e.type != "deadline" and e.strength >= 1.0 and e.entity_via in _OWN_PARTY.get(e.type, ("sentence",)) \
        and e.date_via == "sentence" and not _state(e)


def _dayed(e: Event) -> bool:
    """A firm event, or one that takes the day of the news (its sentence tells none): a day
    either way, so a firm event of another day a week away is another act ("The licence is in
    force from 27 November ... On 14 November the US extended the deadline for X")."""
    return _firm(e) or e.type != "deadline" and e.date_via == "lede" and not _state(e)


# an end told as moved or replaced: "extends the deadline to", "was replaced by", « prolonge
# jusqu'au », « court désormais jusqu'au », « remplacée par »
_MOVED = re.compile(
    r"(?i)\b(?:extend\w*|prolong\w*|renew\w*|replac\w*|supersed\w*|push\w*\s+back|mov\w+\s+(?:back|forward)|"
    r"now|étend\w*|prorog\w*|remplac\w*|reporté\w*|repouss\w*|désormais)\b"
)


def _two_ends(a: Event, b: Event) -> bool:
    """Two deadlines of one party on two days are two ends when a sentence tells each day of
    a party it names (or of a licence the article tells), not by a pronoun or a group word
    (which may retell an end told before, read a day off), and either sentence tells the end
    moved or replaced: the end a licence set and the one a new licence moves it to. Two ends
    one sentence tells are two as well ("valid until 13 May, now until 17 June")."""
    if a.date is None or b.date is None or a.date.precision != "day" or b.date.precision != "day":
        return False
    if a.evidence == b.evidence:
        return True
    return all(e.date_via == "sentence" and e.entity_via != "anaphora" for e in (a, b)) \
        and (_MOVED.search(a.evidence) is not None or _MOVED.search(b.evidence) is not None)


def _span(d: PartialDate) -> tuple[dt.date, dt.date]:
    if d.month is None:
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if d.day is None:
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return dt.date(d.year, d.month, 1), nxt - dt.timedelta(days=1)
    day = dt.date(d.year, d.month, d.day)
    return day, day


# how a party of a dated event may be told for the event to stand as one of its own: a
# licence is renewed every few months, and a sentence telling one renewal by its date often
# names no party at all ("On 20 May the department issued a 90-day licence"): the article's
_OWN_PARTY = {"license": ("sentence", "anaphora", "article")}


# a licence told as one more of a series: "a third reprieve", "another 90-day extension", "a
# new waiver", « un troisième répit », « une nouvelle prolongation », « un nouveau sursis »
_ANOTHER_ONE = re.compile(
    r"(?i)\b(?:another|a\s+(?:new|further|fresh|second|third|fourth|fifth)|"
    r"une?\s+(?:nouvel(?:le)?|nouveau|deuxième|second(?:e)?|troisième|quatrième|cinquième))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:reprieve|waiver|exemption|extension|licen[cs]e|authori[sz]ation|répit|sursis|dérogation|exemption|prolongation|"
    r"prorogation|licence|autorisation)s?\b"
)


def _by_date(ranked: list[Event]) -> list[list[Event]]:
    """Split one party's events of one kind by date: a dated event starts a group of its
    own when its date agrees with no earlier group's and a verb (not a noun, not a state)
    said it about the party in its own sentence; the rest (undated, nouns, anaphora,
    states) join the best group."""
    groups: list[list[Event]] = []
    for e in ranked:
        home = next((g for g in groups if e.date is not None and any(
            x.date is not None and _same_time(x.date, e.date, _firm(x) and _dayed(e) or _dayed(x) and _firm(e),
                                              listing=e.type == "designation",
                                              deadline=e.type == "deadline" and _two_ends(x, e))
            for x in g)), None)
        if home is not None:
            home.append(e)
        elif groups and e.date is None and e.type == "license" and e.entity_via == "sentence" \
                and (_ANOTHER_ONE.search(e.evidence) or (
                    e.strength >= 1.0 and not _state(e)
                    and not any(x.evidence == e.evidence for g in groups for x in g if x.date is not None))):
            # "a third reprieve", « un nouveau répit », or a licence a verb tells of its party
            # in a sentence of its own ("extended the licence for X" beside "the licence issued
            # on 30 June"): another licence, not the dated one (one group for all such undated
            # tellings: the headline's and the lede's are one act); a sentence that dates it
            # tells the dated one
            undated = next((g for g in groups if g[0].date is None), None)
            if undated is not None:
                undated.append(e)
            else:
                groups.append([e])
        elif groups and e.date is None and e.date_via == "case":
            # a listing a court's story tells undated (its day withheld: the case's object,
            # before the court's day) is none of the later listings the story dates
            undated = next((g for g in groups if g[0].date is None), None)
            if undated is not None:
                undated.append(e)
            else:
                groups.append([e])
        elif groups and (e.date is None or (e.type != "deadline" and (
                e.strength < 0.75 or e.entity_via not in _OWN_PARTY.get(e.type, ("sentence", "anaphora"))
                or e.date_via != "sentence"
                or _state(e)))):
            groups[0].append(e)  # (a deadline is its date: two dates, two deadlines)
        else:
            groups.append([e])
    return groups
