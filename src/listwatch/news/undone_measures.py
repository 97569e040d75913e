"""The measure an act undoes is no listing of its own.

"The court annulled the sanctions targeting X", "sanctions targeting X and Y were lifted",
« la levée des sanctions … qui visaient X », "lifted the asset freeze on X": the listing
phrase names the measure that the removal, the annulment or the court's halt takes away.
It tells the state X was in, not a listing this sentence reports, so it gives no
designation beside the act that undoes it. A measure told with a date of its own ("lifted
the sanctions imposed in 2018 on X") is still a past listing in passing
(``triggers.past_told``), and a listing phrase that is no object or subject of the undoing
act ("lifted the sanctions on A and imposed new sanctions targeting B") keeps its event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lang import UNDOING
from .triggers import Trig, past_told

# the measure's noun a listing phrase opens with (a qualifier of its authority may come first)
_MEASURE_HEAD = re.compile(
    r"(?i)(?:(?:EU|UN|U[._]?S[._]?|UK|US|British|American|European|Western|Russia-related|"
    r"européennes?|américaines?|britanniques?|onusiennes?|occidentales?)\s+)?"
    r"(?:(?:an?|the|les?|la|l['’])\s*)?"
    r"(?:sanctions|restrictions|restrictive\s+measures|measures|asset\s+freezes?|freezes?|"
    r"travel\s+bans?|embargo|mesures(?:\s+restrictives)?|gel|interdictions?)\b"
)
# between the undoing act's word and the measure: determiners, a day, a qualifier
# ("annulled on Monday the sanctions", « a levé mardi les dernières sanctions »)
_OBJECT_GAP = re.compile(
    r"(?i)\s*(?:(?:the|all|its|their|these|those|remaining|EU|UN|U[._]S[._]|US|UK|British|American|European|"
    r"Western|européennes?|américaines?|les|la|le|l['’]|des|du|de|ses|leurs|ces|"
    r"toutes|tous|dernières|on|le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|hier|yesterday|today|aujourd['’]hui)\s*){0,4}"
)
# the measure as the subject of the undoing act's passive, its parties between
# ("sanctions targeting A and B were annulled", « les sanctions contre A ont été levées »)
_PASSIVE_END = re.compile(
    r"(?i)\b(?:were|was|have\s+been|has\s+been|had\s+been|are|is|be|been|"
    r"ont\s+été|a\s+été|avaient\s+été|avait\s+été|sont|est|seront|sera|soient|soit)\s+"
    r"(?:[\w'’-]+\s+){0,2}$"
)
# what ends the measure's noun phrase before a passive of its own: another clause
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:and|but|while|whereas|et|mais|tandis|alors)\b|"
    r"\b(?:imposed|introduced|adopted|levied|extended|renewed|impos[ée]e?s?|adopt[ée]e?s?|pris(?:es)?|"
    r"prolong[ée]e?s?|renouvel[ée]e?s?)\b"
)


def undone_measure(sent: str, t: Trig, others: Iterable[Trig]) -> bool:
    """The listing trigger ``t`` names the measure that an undoing trigger of the same
    sentence takes away: as its object (the undoing word, then at most a few determiners,
    a day or a qualifier, then the measure; or the two phrases overlapping), or as the
    subject of its passive with the parties between."""
    if t.event != "designation" or past_told(sent, t):
        return False
    if not _MEASURE_HEAD.match(sent, t.start):
        return False
    for o in others:
        if o is t or o.event not in UNDOING:
            continue
        if o.start <= t.start < o.end:
            return True  # "lifted the asset freeze on X": the measure inside the act's phrase
        if o.end <= t.start and _OBJECT_GAP.fullmatch(sent, o.end, t.start):
            return True  # "annulled sanctions targeting X", « la levée des sanctions qui visaient X »
        if t.end <= o.start and o.start - t.end <= 120:
            between = sent[t.end : o.start]
            if _PASSIVE_END.search(between) and not _CLAUSE_BREAK.search(between):
                return True  # "sanctions targeting A and B were annulled"
    return False
