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
