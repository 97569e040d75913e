"""The shape of a per-language rule pack.

A pack is data, not code: regular expressions (as strings) and small tables. The
extraction engine (``dates``, ``mentions``, ``events``) is language-neutral and reads
everything language-specific from a pack, so adding German or Spanish means writing
``lang/de.py`` with the same fields, and registering it in ``lang/__init__.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Event types of docs/contract.md, in a stable order.
EVENT_TYPES: tuple[str, ...] = (
    "designation",
    "removal",
    "amendment",
    "legal_challenge",
    "injunction",
    "vacatur",
    "license",
    "deadline",
    "ruling",  # a court decides for the listing: upholds it, dismisses the challenge
)

# Groups of event types, one table each (every module that asks "is this a court's event?"
# reads the same one).
#: the events of a court case: the challenge a party brings and what the court decides
COURT_EVENTS: frozenset[str] = frozenset({"legal_challenge", "injunction", "vacatur", "ruling"})
#: the acts that take a listing away: the authority's removal, or a court's relief
RELIEF: frozenset[str] = frozenset({"removal", "vacatur", "injunction"})
#: the acts told about a measure already in place: taking it away (``RELIEF``) or a court's
#: word on it ("upheld the sanctions targeting X")
UNDOING: frozenset[str] = RELIEF | {"ruling"}
#: the acts an authority takes itself, on a party (a lawsuit is the party's; a court's
#: relief is the court's)
AGENCY_ACTS: frozenset[str] = frozenset({"designation", "removal", "amendment", "license"})
#: the two acts that put a party on a list and take it off
LISTING_ACTS: frozenset[str] = frozenset({"designation", "removal"})


@dataclass(frozen=True)
class Trigger:
    """One trigger pattern for one event type.

    ``needs_date``: fire only when a date expression sits within 40 characters after
    the trigger (used for nouns such as "designation", which are mostly background).
    ``strength``: verbs (1.0) beat nouns (0.7) when duplicates of one event are merged.
    A group named ``at`` in ``pattern`` is the trigger's span; the rest of the match is the
    context it needs ("the licence's word ... until <day>": the trigger is "until").
    """

    event: str
    pattern: str
    needs_date: bool = False
    strength: float = 1.0
    # fire only in an article that names a list: a bare participle ("X, inscrit en
    # 2021", "X, listed in 2021") says which list only through the article
    needs_list: bool = False


@dataclass(frozen=True)
class DatePattern:
    """A date expression. Named groups: ``d`` day, ``m`` month name, ``mn`` month
    number, ``y`` year, ``mod`` a past/future modifier ("dernier", "next"), ``wd`` a
    weekday name. ``kind`` is ``abs`` for (partial) calendar dates, ``year`` for a bare
    year, ``weekday``, or a relative kind: ``last_month``, ``this_month``,
    ``last_year``, ``this_year``, ``yesterday``, ``today``, ``last_week``, ``this_week``, ``day_before_yesterday``."""

    pattern: str
    kind: str = "abs"
    precision: str | None = None  # forced precision (e.g. "month" for "in January")


@dataclass(frozen=True)
class LangPack:
    code: str
    name: str
    months: dict[str, int]
    weekdays: dict[str, int]
    month_case_sensitive: bool
    date_patterns: tuple[DatePattern, ...]
    past_mod: str  # regex matching a ``mod`` group value meaning "past"
    future_mod: str
    deadline_cue: str  # regex that, right before a date, makes it a deadline
    future_context: str  # regex in the clause that makes a yearless date future
    triggers: tuple[Trigger, ...]
    # per event type: context before the trigger that cancels it (e.g. "sought an injunction")
    trigger_exclusions: dict[str, str]
    negation_before: str
    negation_after: str
    hypothetical_before: str
    hypothetical_after: str  # a condition after the trigger ("... if the court agrees")
    conditional_verb: str  # needed in the sentence for ``hypothetical_after`` to count
    announced: str
    anaphora: str  # "the company", "it", "la société"...
    plural_anaphora: str  # "these companies", "les trois sociétés"...
    generic_subject: str  # "companies added to the list are barred..." → no event
    clause_split: str
    org_cue_before: str  # cue nouns that precede a company name ("maker", "la société")
    org_cue_between: str  # lowercase filler allowed between cue and name
    org_apposition: str  # cue nouns after "Name, a ..." / "Name, le groupe ..."
    person_titles: str
    stop_names: frozenset[str]
    authorities: tuple[tuple[str, str], ...]
    lists: tuple[tuple[str, str], ...]
    abbreviations: frozenset[str] = field(default_factory=frozenset)
    # words a date right after belongs to, not to an event ("l'invasion du 24 février",
    # "an attack on January 14, 2006", "shares fell on Monday"): the regex ends where the
    # date starts
    date_distractor: str = ""
    # a report the sentence calls wrong ("reports that X had been blacklisted were wrong")
    refuted: str = r"(?!x)x"
    # a group of people told by a word that takes up an earlier enumeration of them ("ces
    # responsables", "pour les trois", "these officials"): news/enumerations.py
    people_anaphora: str = r"(?!x)x"
