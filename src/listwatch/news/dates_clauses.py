"""Which clause of a sentence a date belongs to, when the sentence tells an act inside a
clause of its own: a temporal or causal clause of what came before the sentence's news
("after the Treasury put X on its list", "because ...", "based on a complaint filed ...",
« après que ... », « parce que ... »), or a relative clause set off by a comma ("The bonds of
X, which the department added to its list, slid on Monday"). A date outside such a clause
is its main clause's, not the act's."""

from __future__ import annotations

import re

from .dates import DateMention
from .triggers import Trig

# the clause opens on a word that tells what came before or why; it runs to the next
# comma, semicolon or the sentence's end
_BEFORE_OR_WHY = re.compile(
    r"(?i)(?<![\w-])(?:after|since|because|based\s+on|now\s+that|après\s+(?:qu['’]|que\b|avoir\b|être\b)|"
    r"depuis\s+(?:qu['’]|que\b)|parce\s+(?:qu['’]|que\b)|puisqu['’]|puisque\b)(?![\w-])"
)
# (a counted one, "a day after the Treasury blacklisted X", "peu après", dates the act
# from the main clause's day: not this)
_COUNTED_BEFORE = re.compile(
    r"(?i)\b(?:day|days|week|weeks|month|months|year|years|hours?|minutes?|shortly|soon|just|right|"
    r"immediately|jour|jours|semaines?|mois|ans?|années?|heures?|peu|juste|sitôt|aussitôt|lendemain)\s*$"
)
_ASIDE = re.compile(r"(?i),\s+(?:(?:which|who|whose|qui|dont|que)\b|qu['’])")
_CLAUSE_END = re.compile(r"[,;]")


def told_within(sent: str, t: Trig, d: DateMention) -> bool:
    """The trigger is told inside a clause of what came before or why, or inside a
    relative clause set off by a comma, and the date lies outside that clause."""
    for rx in (_BEFORE_OR_WHY, _ASIDE):
        for m in rx.finditer(sent, 0, t.start):
            if rx is _BEFORE_OR_WHY and _COUNTED_BEFORE.search(sent, max(0, m.start() - 25), m.start()):
                continue
            end = _CLAUSE_END.search(sent, m.end())
            stop = end.start() if end is not None else len(sent)
            if stop < t.end:
                continue  # the clause closed before the trigger
            if d.end <= m.start() or d.start >= stop:
                return True
    return False
