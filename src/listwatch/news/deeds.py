"""Whom the parties helped: the one a deed of help or supply is done for, no party.

A listing often says why its parties were listed by what they did for another ("firms
accused of helping X export its oil", "sanctioned A for providing support to X",
« des sociétés soupçonnées d'avoir aidé X », « sanctionnée pour avoir financé le groupe
X », « pour son soutien à X »). The one they helped, supplied, financed or acted for is
told as the deed's object: no party of the act, however a rule reached it (a name right
after the act's verb included: « ont sanctionné jeudi trois sociétés accusées d'avoir
aidé la société X »).

Near misses keep their party: the act's own object before the deed ("sanctioned A for
helping X": A), a name after the deed clause is closed by a comma, a conjunction or a
clause of its own ("for helping X, and designated B": B), and a deed that is itself the
act ("designated as supporting X" is no help told of another).
"""

from __future__ import annotations

import re

# what opens the deed: an accusation ("accused of", « soupçonnées d'avoir »), a reason
# ("for", "over", « pour (avoir) »)
_INTRO = (
    r"(?:(?:accused|suspected|alleged|charged|blamed)\s+(?:of|with|for)\s+|(?:allegedly|reportedly)\s+|"
    r"\b(?:for|over)\s+|"
    r"(?:accusée?s?|soupçonnée?s?|suspectée?s?|soupçonnant|accusant|reprochant\s+(?:à\s+\S+\s+)?)\s+(?:de\s+|d['’]\s*)|"
    r"\bpour\s+(?=avoir\b|son\b|sa\b|ses\b|leurs?\b))"
)
_HAVING = r"(?:having\s+|avoir\s+|leur\s+|son\s+|sa\s+|ses\s+|their\s+|its\s+|his\s+|her\s+)?"
# the deed: helping, supplying, financing, acting for (verb or noun)
_DEED = (
    r"(?:help(?:ing|ed)?|aid(?:ing|ed)?|assist(?:ing|ed|ance\s+to)?|support(?:ing|ed)?|financ(?:ing|ed)|"
    r"fund(?:ing|ed)|back(?:ing|ed)|supply(?:ing)?|supplied|provid(?:ing|ed)|equipp(?:ing|ed)|"
    r"ship(?:ping|ped)|deliver(?:ing|ed)|transfer(?:ring|red)|shield(?:ing|ed)|"
    r"work(?:ing|ed)\s+(?:for|with)|act(?:ing|ed)\s+(?:for|on\s+behalf\s+of)|"
    r"aid(?:er|é|ée|és|ées|ant|e)|soutenu|soutenir|soutenant|soutien|appui|"
    r"financ(?:er|é|ée|és|ées|ant|ement)|fourni(?:r|ssant)?|approvisionn(?:er|é|ant)|ravitaill(?:er|é|ant)|"
    r"appuy(?:er|é|ant)|équip(?:er|é|ant)|livr(?:er|é|ant)|"
    r"transf[ée]r(?:er|é|ant)|travaill(?:er|é|ant)\s+pour|agi(?:r|ssant)?\s+pour\s+le\s+compte\s+d)"
)
# the words between the deed and the name: small words, lower-case nouns ("support to",
# "des pièces à la société", "drones to the"), no comma, no conjunction, no name
_BETWEEN = r"(?:(?!(?:and|et|or|ou|but|mais|which|who|qui|que)\b)[a-zà-ÿ'’-]+\s*|[dl]['’]\s*)"
_DEED_BEFORE = re.compile(rf"(?i){_INTRO}{_HAVING}{_DEED}\b\s*(?-i:{_BETWEEN}){{0,6}}$")
# a licence's dealings are told by the same verbs ("authorises transactions for supplying
# X"): whom they serve may be the licence's party
_LICENCE = re.compile(r"(?i)\b(?:licen[cs]e|authori[sz]|autoris|exemption|dérogation|waiver)")


def helped(text: str, start: int) -> bool:
    """The name at ``text[start:]`` (a sentence) is the object of a deed of help or
    supply told as what the parties did: whom they helped, no party."""
    return _DEED_BEFORE.search(text, max(0, start - 160), start) is not None and not _LICENCE.search(text)
