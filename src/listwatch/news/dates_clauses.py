"""Which clause of a sentence a date belongs to, when the sentence tells an act inside a
clause of its own: a temporal or causal clause of what came before the sentence's news
("after the Treasury put X on its list", "because ...", "based on a complaint filed ...",
« après que ... », « parce que ... »), or a relative clause set off by a comma ("The bonds of
X, which the department added to its list, slid on Monday"). A date outside such a clause
is its main clause's, not the act's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import DateMention
from .saying import VERBS
from .triggers import Trig, TriggerSpan

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


def in_earlier_clause(sent: str, d: DateMention) -> bool:
    """The date lies inside a clause of what came before or why, before its first comma
    ("After the deadline lapsed on 19 August, the agency granted ...", "comes after the
    ministry on Friday froze ...", « après que le délai a expiré le 19 août »): the day of
    an earlier thing, not that of the sentence's news."""
    for m in _BEFORE_OR_WHY.finditer(sent, 0, d.start):
        if _COUNTED_BEFORE.search(sent, max(0, m.start() - 25), m.start()):
            continue
        if _CLAUSE_END.search(sent, m.end(), d.start) is None:
            return True
    return False


# an aside about a party, told after its name: a comma after the name's last word (a
# capital) or after a bracket that closes an aside before, then a relative clause, at once
# or after its noun ("X, who ...", "X, a judge who ...", « X, un juge qui ... »), or a
# participle ("X, killed in 2020", « X, tué en 2020 »). It runs to the next comma,
# semicolon, colon or bracket, or the sentence's end.
_PARTY_END = re.compile(r"(?:\b[A-ZÀ-Ý][\w'’.&-]*|\))\s*$")
_ASIDE_OPENS = re.compile(
    r"(?i)\s*(?:(?:[^\W\d][\w'’-]*\s+){0,10}?(?:who|whom|whose|which|qui|dont|lequel|laquelle|lesquel(?:le)?s)\b|"
    r"(?:(?:also|later|then|since|aussi|ensuite|depuis)\s+)?(?:[^\W\d]{3,}ed|born|killed|held|sent|known|"
    r"[^\W\d]{2,}(?:é|ée|és|ées)|née?s?|mort(?:e|s|es)?)\b)"
)
_ASIDE_END = re.compile(r"[,;:()]")
# a date set between commas inside a noun phrase that goes on after it ("the killing, in
# 2016, of a reporter", « la disparition, en 2016, d'un journaliste »): the noun's (not a
# verb decided after it: « la décision du Trésor, en août, d'inscrire X »)
_INSET_BEFORE = re.compile(r"(?i)\s*(?:(?:in|on|during|en|le|au|lors\s+de)\s+)?")
_INSET_AFTER = re.compile(r"(?i)\s*,\s*(?:(?:of|de|du|des)(?![\w-])|d['’])(?!\s*(?-i:[a-zà-ÿ]+(?:er|ir|re|oir))\b)")
_STATE = re.compile(r"(?i)(?:is|are|remains?|stays?|est|sont|reste|restent|figure|figurent)\b")
# (an aside that tells when the act itself is announced, made or takes effect is the act's
# time: "X, which takes effect on 5 May", « X, qui entre en vigueur lundi »)
_ACT_TIME = re.compile(
    r"(?i)\b(?:takes?\s+effect|took\s+effect|taking\s+effect|effective|in\s+force|"
    r"(?:entre|entrera|entré|entrée|entrait)\s+en\s+vigueur|(?:prend|pris|prendra|prenait)\s+effet|"
    r"announc\w*|annonc\w*|publish\w*|publi\w*|"
    # (or the measure's own making: "the freeze on X, decided in May, was renewed")
    r"décidée?s?|adoptée?s?|pris(?:es?)?|imposée?s?|prononcée?s?|prolongée?s?|décrétée?s?|ordonnée?s?|"
    r"decided|adopted|imposed|taken|introduced|extended|issued|enacted|ordered)\b"
)


def aside_date(sent: str, d: DateMention, triggers: Sequence[TriggerSpan]) -> bool:
    """The date lies in an aside about a named party (its past, what it did, where it
    served) that tells no act of the sentence: "X, a judge who jailed Y in January 2012, was
    added", "The list includes X, a hacker who took part in attacks in 2014", « X,
    commandant de la force, tué en 2020 ». Such a date is no act's, of any trigger outside
    the aside, and leaves the act as undated as a sentence with no date."""
    if d.deadline or d.effect:
        return False
    start = max((m.end() for m in _ASIDE_END.finditer(sent, 0, d.start)), default=-1)
    if start < 0 or sent[start - 1] != ",":
        return False  # no aside: the date's stretch opens the sentence or a bracket
    if _INSET_BEFORE.fullmatch(sent, start, d.start) and _INSET_AFTER.match(sent, d.end) \
            and not any(t.start < start <= t.end + 2 for t in triggers):
        return True  # "the killing, in 2016, of a reporter": the noun's date, not the act's
    opener = _ASIDE_OPENS.match(sent, start)
    name = _PARTY_END.search(sent, max(0, start - 60), start - 1)
    # (a sentence's first word is capitalised as any: "L'interdiction, imposée en avril")
    if opener is None or opener.end() > d.start or name is None or name.start() == 0:
        return False
    end_m = _ASIDE_END.search(sent, d.end)
    stop = end_m.start() if end_m is not None else len(sent)
    if _ACT_TIME.search(sent, start, stop):
        return False
    # (a state the aside tells, "who stays on a wanted list", is no act that a day dates)
    return not any(start <= t.start < stop and not _STATE.match(sent, t.start) for t in triggers)


# the verbs of reporting that are an outlet's alone (the reporting verbs of ``saying``'s
# table that are no verb of saying: "reported", « rapporté », « révèle »; an authority
# "said" or « a indiqué » the day of its own act)
_OUTLET_VERBS = sorted({w for lang in ("en", "fr") for tense in ("past", "present")
                        for w in VERBS["report"][lang][tense]}
                       - {w for lang in ("en", "fr") for tense in ("past", "present")
                          for w in VERBS["say"][lang][tense]}, key=len, reverse=True)
_REPORTED_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, _OUTLET_VERBS)) + r")\s*,?\s*$")
_REPORTED_AFTER = re.compile(r"(?i)\s*,?\s*(?:" + "|".join(map(re.escape, _OUTLET_VERBS)) + r")\b")


def reported_day(sent: str, d: DateMention) -> bool:
    """The date is the day an outlet reported the news, told with its verb of reporting
    (", the X Journal reported on Wednesday", "The Y Herald this month reported", « a
    rapporté vendredi la chaîne X »): the report's day, no act's (the act's own day is told
    elsewhere, or not at all)."""
    if d.deadline or d.effect:
        return False
    return bool(_REPORTED_BEFORE.search(sent, max(0, d.start - 30), d.start) or _REPORTED_AFTER.match(sent, d.end))
