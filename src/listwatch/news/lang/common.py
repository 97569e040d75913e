"""Patterns shared by every language: agency acronyms, list names (legal suffixes:
``listwatch.text.LEGAL_SUFFIXES``)."""

from __future__ import annotations

import re

DOD = "US Department of Defense"
DOC = "US Department of Commerce"
OFAC = "US Treasury (OFAC)"
STATE = "US Department of State"
DC_COURT = "US District Court for the District of Columbia"
DC_CIRCUIT = "US Court of Appeals for the District of Columbia Circuit"
MOFCOM = "China MOFCOM"
OFSI = "UK Treasury (OFSI)"
UK_GOV = "UK Government"
EU_COUNCIL = "Council of the European Union"
EU_COURT = "EU General Court"
# a union, a kingdom or its capital named as the actor ("The EU added", "Britain
# sanctioned", "Les Vingt-Sept ont inscrit"): the acting authority of its own sentence only,
# never the article's agency (a country named in passing acts in no other sentence)
STATE_ACTOR = re.compile(
    r"(?i)(?:the\s+|les\s+|le\s+|l['’])?(?:European\s+Union|Union\s+européenne|EU|UE|Brussels|Bruxelles|Britain|UK|"
    r"U\.K\.|United\s+Kingdom|Royaume-Uni|Vingt-Sept|27|U\.S\.|US|United\s+States)"
)
#: a suit's noun, both languages, singular or plural ("lawsuit", "appeals", « recours », «
#: procès »): what a party brings, wins or loses, read by the dates (a case's day is not the
#: day of the act it is about) and by the events (the listing a suit is about was made before)
SUIT_NOUNS = (r"(?:lawsuits?|suits?|actions?|complaints?|petitions?|appeals?|challenges?|cases?|trials?|"
              r"recours|plaintes?|requêtes?|pourvois?|procès|affaires?)")

#: the authority that listed, as the other side of a suit ("its battle against the Pentagon",
#: « son recours contre le Trésor », "the case against the Foreign Secretary")
SUIT_OPPONENT = (r"(?:(?:the|le|la|les|l['’])\s*)?(?:[\w.'’-]+\s+){0,2}?(?:Pentagon|Pentagone|Treasury|Trésor|"
                 r"[Gg]overnment|[Gg]ouvernement|Department|[Dd]épartement|[Mm]inistry|[Mm]inistère|[Mm]inister|[Mm]inistre|"
                 r"Council|Conseil|Commission|[Aa]dministration|OFAC|Secretary|[Ss]ecrétaire|State|[EÉ]tat)\b")

# the United States named as the actor of its own sentence's act ("The US had listed X"),
# when the article's agency is another government's: its own authority, so that its act is
# not merged with the other government's act on the same party
US_GOV = "US government"
UN_SC = "UN Security Council"

# (regex, canonical authority); case-sensitive acronyms, applied to every language.
AUTHORITIES: tuple[tuple[str, str], ...] = (
    (r"\bDoD\b|\bDOD\b", DOD),
    (r"\bOFAC\b", OFAC),
    (r"\bBIS\b", DOC),
)

CCMC = "CCMC"
ENTITY_LIST = "Entity List"
SDN = "SDN"
NS_CMIC = "NS-CMIC"
UVL = "Unverified List"
MEU = "Military End-User List"
UEL = "Unreliable Entity List"

# the lists one government keeps: an event another government's authority took is never
# on them ("the Council also listed X" in an article about X's SDN listing)
US_LISTS = frozenset({CCMC, ENTITY_LIST, SDN, NS_CMIC, UVL, MEU})
CN_LISTS = frozenset({UEL})


def jurisdiction(authority: str | None) -> str | None:
    """The government an authority acts for, when its name tells it."""
    if authority is None:
        return None
    if authority.startswith("US "):
        return "US"
    if authority.startswith("UK "):
        return "UK"
    if authority.startswith("China "):
        return "CN"
    if "European Union" in authority:
        return "EU"
    return None


def list_jurisdiction(name: str | None) -> str | None:
    return "US" if name in US_LISTS else "CN" if name in CN_LISTS else None


LISTS: tuple[tuple[str, str], ...] = (
    (r"\bCCMCs?\b|\b1237\b|\b1260H\b", CCMC),
    (r"\bNS-CMIC\b|\bCMIC\b", NS_CMIC),
    (r"\bSDN\b", SDN),
    (r"\bMEU\b", MEU),
)

# Default list for an agency, used only when the article names no list at all.
DEFAULT_LIST: dict[str, str] = {DOD: CCMC, OFAC: SDN}


def permission_triggers(permit: str, dealings: str, towards: str, stop: str,
                        not_after: tuple[str, ...]) -> tuple[str, ...]:
    """A licence told by what it lets others do and with whom, one construction in every
    language from its own words: a verb of permission (``permit``, in lower case: a
    capitalised one is a licence's title, "General License 40, Permitting ..."), what it
    lets them do (``dealings``: a noun of dealings or a verb of trading, paying, settling)
    and the party they may deal with, named after a word of dealing with (``towards``):
    "permits US firms to keep trading with X" (the verb first), "transactions will be
    allowed with A and B", "dealings with A remain authorised" (the dealings first), « les
    assureurs sont désormais autorisés, par arrêté, à payer leurs primes auprès de A ». No licence when a
    verb of prohibiting or blocking comes between the permission and the dealings (``stop``:
    "allows the Treasury to block transactions with X"), nor when the verb follows a word of
    ``not_after`` (a negation or a modal: "would allow", "are not allowed", « ne sont pas
    autorisés »). The trigger is the verb of permission."""
    party = rf"\b(?:{towards})(?:\b|(?<=['’]))\s*(?:[\w'’-]+\s+){{0,4}}?(?-i:[A-Z])"
    free = rf"(?:(?!\b(?:{stop}))[^.;])"
    told = "".join(rf"(?<!\b{w}\s)" for w in not_after) + rf"\b(?-i:{permit})\b"
    return (
        rf"{told}(?={free}{{0,80}}?\b(?:{dealings})\b[^.;]{{0,80}}?{party})",
        rf"\b(?:{dealings})\b{free}{{0,60}}?(?P<at>{told})(?=[^.;]{{0,80}}?{party})",
        rf"\b(?:{dealings})\s+{party}[^.;]{{0,60}}?(?P<at>{told})",
    )
