"""The day of an act told by its noun rather than by a verb with its parties: "The step
was made public on 4 May", "The delistings, made by the ministry early in April, ...",
"Les ministres ont adopté le 3 mars un nouveau paquet de sanctions". Such a sentence names
no party; the parties come in the sentences after it, told without a date ("Two carriers
were struck off: A and B", "Ce paquet frappe A et B"). The noun's day is theirs.
``events.py`` decides when a later act takes it; this module reads the sentence."""

from __future__ import annotations

import re

from .dates import PartialDate, find_dates

# the act's noun, as the subject a sentence tells it by, with a verb of telling or
# doing it right after ("The move was announced", "The removals, made by OFAC",
# "La décision a été prise", "Cette radiation, annoncée par")
_NOUN_EN = (r"(?P<noun>move|decision|action|step|(?:de)?listings?|removals?|designations?|additions?|"
            r"package|round)")
_NOUN_FR = (r"(?P<nom>décision|mesure|levée|radiation|retrait|désignation|inscription|"
            r"paquet|train|volet)s?")
_TELLING_EN = (r"(?:announced|made|taken|adopted|approved|published|unveiled|agreed|decided|finali[sz]ed|"
               r"made\s+public)")
_TELLING_FR = (r"(?:annoncée?s?|prise?s?|adoptée?s?|approuvée?s?|publiée?s?|décidée?s?|dévoilée?s?|"
               r"rendue?s?\s+publiques?)")
_BY_NOUN = re.compile(
    r"(?i)(?:^|[,;:]\s*|\b(?:and|but|et|mais)\s+)\W{0,3}(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){0,2}?"
    + _NOUN_EN + r"\b(?:\s*,)?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?"
    + _TELLING_EN + r"\b"
    r"|(?:^|[,;:]\s*|\b(?:et|mais)\s+)\W{0,3}(?:la|le|l['’]|cette|ce|ces|les|sa|son|leur|leurs)\s*(?:[\w-]+\s+){0,2}?"
    + _NOUN_FR + r"\b(?:\s*,)?\s+(?:(?:a|ont|avait|avaient)\s+été\s+)?" + _TELLING_FR + r"\b"
)
# a round of listings adopted or announced in the sentence ("adopted on 3 March a new
# package of sanctions", "a adopté le 3 mars un 10e paquet de sanctions")
_ROUND_ADOPTED = re.compile(
    r"(?i)\b(?:adopted|approved|announced|unveiled|agreed|a\s+adopté|ont\s+adopté|a\s+approuvé|ont\s+approuvé|"
    r"a\s+annoncé|ont\s+annoncé|a\s+dévoilé|ont\s+dévoilé)\b[^.;]{0,80}?\b(?:a|an|its|their|the|un|le|son|leur)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:package|round|paquet|train|volet)\s+(?:of|de)\s+(?:new\s+|nouvelles\s+)?sanctions\b"
)
_REMOVAL_NOUN = re.compile(r"(?i)^(?:delistings?|removals?|levée|radiation|retrait)s?$")
_DESIGNATION_NOUN = re.compile(
    r"(?i)^(?:listings?|designations?|additions?|package|round|désignation|inscription|paquet|train|volet)s?$")
_DATE_REACH = 100  # characters from the act's verb to its date
_CLAUSE_BREAK = re.compile(
    r"(?i)\b(?:that|which|who|since|because|when|after|before|although|while|whereas|but|que|qu['’]|qui|depuis|"
    r"lorsque|quand|parce|après|avant|alors|mais)\b|[;:()]"
)
# a noun of an act still to come or only weighed is no act done ("the decision will be
# announced", "la décision devrait être prise")
_NOT_DONE = re.compile(r"(?i)\b(?:will|would|could|may|might|should|to\s+be|devrai\w*|pourrai\w*|sera|seront)\b")


def act_by_noun(text: str, lang: str, published: PartialDate | None) -> tuple[str | None, PartialDate] | None:
    """The act a sentence tells by its noun, and its day: (``designation``, ``removal``, or
    None for a noun of no type, "the move", "la décision", which is the act told just
    before; the date). None when the sentence tells no act by its noun, when the act is
    not done, or when the sentence gives other than exactly one date of the past (with
    two, which is the act's is not told)."""
    m = _BY_NOUN.search(text)
    typ: str | None = None
    if m is not None:
        noun = m.group("noun") or m.group("nom") or ""
        typ = "removal" if _REMOVAL_NOUN.match(noun) else ("designation" if _DESIGNATION_NOUN.match(noun) else None)
        start = m.end()  # the date comes after the verb that tells the act
    else:
        m = _ROUND_ADOPTED.search(text)
        if m is None:
            return None
        typ = "designation"
        start = m.start()  # "adopted on 3 March a package", "adopted a package on 3 March"
    if _NOT_DONE.search(text):
        return None
    found = [d for d in find_dates(text, lang, published) if d.kind != "same_day"]
    if len(found) != 1:
        return None
    d = found[0]
    if d.date is None or d.deadline or d.modifier == "future":
        return None
    # (the date of the act's own clause, near its verb: not one of a clause of its own
    # after it, "the decision, expected since the president backed it in April")
    if not 0 <= d.start - start <= _DATE_REACH or _CLAUSE_BREAK.search(text, start, d.start):
        return None
    return typ, d.date


# a sentence that tells the round again by a demonstrative of its measures or of the legal
# text it was taken under ("these sanctions", "the schedule of these regulations", « ces
# mesures », « ce décret »): what it tells undated is the round's, as far as
# ``POINTS_BACK_REACH`` sentences after the one that gave the day of the news
_POINTS_BACK = re.compile(
    r"(?i)\b(?:these|this|ces|cette|ce|cet)\s+(?:new\s+|latest\s+|nouvelles?\s+|dernières?\s+)?"
    r"(?:sanctions|measures|mesures|designations|désignations|listings|regulations|règlements?|"
    r"orders?|décrets?|package|paquet|restrictions)\b"
)
POINTS_BACK_REACH = 8


def points_back(text: str) -> bool:
    """The sentence names the round's measures or legal text by a demonstrative."""
    return _POINTS_BACK.search(text) is not None


# sentences after an act told on an unnamed group that may still name its parties
GROUP_REACH = 4


def group_round_day(told: tuple[int, PartialDate] | None, si: int, last_named: int | None) -> PartialDate | None:
    """The day of the act a sentence just before told on a group of parties it did not
    name ("On 2 May the ministry added a number of firms to its list", « Le 2 mai, le
    ministère a inscrit plusieurs sociétés »), for the same act told undated in sentence
    ``si`` with its parties ("The firms added include A and B", "A and B were among them",
    « A et B figurent parmi elles »): the group's members, the round's day. Not when a
    listing or a removal with a party named and a day came after the group's
    (``last_named``, its sentence): the nearer act is the one told on."""
    if told is None or not 0 < si - told[0] <= GROUP_REACH:
        return None
    if last_named is not None and last_named > told[0]:
        return None
    return told[1]
