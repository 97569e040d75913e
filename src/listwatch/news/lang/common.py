"""Patterns shared by every language: agency acronyms, list names (legal suffixes:
``listwatch.text.LEGAL_SUFFIXES``)."""

from __future__ import annotations

DOD = "US Department of Defense"
DOC = "US Department of Commerce"
OFAC = "US Treasury (OFAC)"
STATE = "US Department of State"
DC_COURT = "US District Court for the District of Columbia"
DC_CIRCUIT = "US Court of Appeals for the District of Columbia Circuit"
MOFCOM = "China MOFCOM"
OFSI = "UK Treasury (OFSI)"

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

LISTS: tuple[tuple[str, str], ...] = (
    (r"\bCCMCs?\b|\b1237\b|\b1260H\b", CCMC),
    (r"\bNS-CMIC\b|\bCMIC\b", NS_CMIC),
    (r"\bSDN\b", SDN),
    (r"\bMEU\b", MEU),
)

# Default list for an agency, used only when the article names no list at all.
DEFAULT_LIST: dict[str, str] = {DOD: CCMC, OFAC: SDN}
