"""Trigger phrases of a sentence (a listing verb, a removal, a court's relief ...), found
once per sentence: the mention finder reads the names in their subject and object
places, the event extractor the events, and both ask for the same sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Protocol

from .lang import PACKS, RELIEF
from .regex_needs import Screen


class TriggerSpan(Protocol):
    """A trigger's place in its sentence and its event type (a ``Trig``, or any record
    with the three)."""

    @property
    def event(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True)
class Trig:
    """One trigger in a sentence: its event type, offsets and the pack's weights."""

    event: str
    start: int
    end: int
    strength: float
    needs_date: bool
    needs_list: bool = False


@cache
def compiled(lang: str) -> dict[str, Any]:
    triggers = PACKS[lang].triggers
    return {
        "triggers": [(t, re.compile(t.pattern, re.IGNORECASE)) for t in triggers],
        # the words each trigger needs: a sentence is searched only for the triggers whose
        # words it holds (most sentences hold none)
        "screen": Screen([t.pattern for t in triggers], re.IGNORECASE),
    }


def find_triggers(sent: str, lang: str) -> list[Trig]:
    """The triggers of one sentence, in order: one per type per overlapping region, and
    no noun inside a longer phrase of another type."""
    return list(_find(sent, lang))


# the dots of initialisms inside a sentence ("the U.S. entity list", "U.K.-based"): not
# the clause ends that the packs' ``[^.;]`` spans stop at
_INITIALISM_DOT = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\.|[\s-](?!$))|(?<=\b[A-Z]\.[A-Z])\.(?=[\s,-]+\S)")
# abbreviations the splitter kept inside the sentence: "Huawei Technologies Co. Ltd. on
# the list", "M. Deripaska"
_ABBREVIATION = re.compile(
    r"\b(?:Co|Corp|Cos|Ltd|Inc|Bros|Jr|Sr|St|No|Nos|Dept|Gov|Gen|Mr|Mrs|Ms|Dr|Prof|"
    r"vs|etc|Cie|Mme|MM|M)\.(?=\s*[,\w(“\"«])"
)


def _mask_initialisms(sent: str) -> str:
    """The sentence with the dots of initialisms and abbreviations as "_" (same offsets:
    "U_S_" reads as one word)."""
    if "." not in sent:
        return sent
    sent = _INITIALISM_DOT.sub("_", sent)
    return _ABBREVIATION.sub(lambda m: m.group(0)[:-1] + "_", sent)


@lru_cache(maxsize=512)
def _find(sent: str, lang: str) -> tuple[Trig, ...]:
    comp = compiled(lang)
    sent = _mask_initialisms(sent)
    found: list[Trig] = []
    for (trig, rx), maybe in zip(comp["triggers"], comp["screen"].may_match(sent), strict=True):
        if not maybe:
            continue
        at = "at" in rx.groupindex  # the trigger is the group "at"; the rest is its context
        for m in rx.finditer(sent):
            start, end = m.span("at") if at else m.span()
            found.append(Trig(trig.event, start, end, trig.strength, trig.needs_date, trig.needs_list))
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[Trig] = []
    for t in found:  # one trigger per type per overlapping region
        same = [o for o in out if o.event == t.event and t.start < o.end and o.start < t.end]
        if not same:
            out.append(t)
        elif not t.needs_date and all(o.needs_date for o in same):
            # the stronger reading wins: "a également été inscrit sur la liste" is the verb
            # with its list, not the bare participle that needs a date
            out = [o for o in out if o not in same] + [t]
    out.sort(key=lambda t: (t.start, -(t.end - t.start)))
    # a noun inside a longer phrase of another type is that phrase's object ("the
    # designation of X was revoked" is a removal, not a designation too); a listing
    # phrase that opens a longer relief phrase is its subject ("le gel des avoirs de X a
    # été levé" is a removal only)
    # (the case a court dismisses was brought all the same: "dismissed X's appeal" tells
    # X's challenge beside the ruling; "granted X's motion for a preliminary injunction"
    # tells the injunction beside the motion)
    return tuple(t for t in out if past_told(sent, t) or not any(
        o is not t and o.event != t.event and o.start <= t.start and t.end <= o.end
        and o.end - o.start > t.end - t.start
        and not (t.event == "legal_challenge" and o.event == "ruling")
        # (the relief a request names is read by itself: granted, or only asked for)
        and not (t.event == "injunction" and o.event == "legal_challenge")
        and (t.strength < 1.0 or t.needs_date or (o.start == t.start and o.event in RELIEF))
        for o in out))


# a past act told by a participle or a relative with its own date, inside the act that
# undoes it ("lifted the sanctions it imposed in 2018 on X", "a levé les sanctions prises
# en août contre X"): a past event in passing, dated by its own words, not the undoing's
_PAST_PARTICIPLE = re.compile(r"(?i)(?:imposed|introduced|levied|adopted|impos\w*|pris\w*|introdui\w*|adopt\w*|décid\w*)$")
_OWN_DATE = re.compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,3}?(?:en|in|on|le|last|depuis|since|au\s+mois\s+d['’]|au\s+mois\s+de)\s*"
    r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|\d{1,2}|(?:19|20)\d{2})\b"
)


def own_date(sent: str, t: Trig, d: Any) -> bool:
    """The date ``d`` (a ``DateMention``) is the one a past act's participle is told with."""
    m = _OWN_DATE.match(sent, t.end)
    return m is not None and t.end <= d.start < m.end()


def past_told(sent: str, t: Trig) -> bool:
    """A listing told by its participle with its own date ("sanctions imposed in 2018"):
    a past event of its own, even inside the act that undoes it."""
    return t.event == "designation" and t.needs_date and _PAST_PARTICIPLE.search(sent[t.start : t.end]) \
        is not None and _OWN_DATE.match(sent, t.end) is not None
