"""What an earlier state of a list held is background, not an act.

Two shapes tell the content of a list as it stood before, with no act of the day:

- the subject of the listing verb is the list's earlier version itself ("the prior edition
  of the register named A and B", « l'ancienne version de la liste visait A »): a document
  that no longer holds, not an authority acting;
- a noun phrase of parties "formerly" or "already" put on a list, then a verb of
  containing ("firms formerly added to the register include A", « les sociétés déjà
  inscrites sur la liste comprennent A »): who was there, told as an example.

Near misses keep their event: an authority that acted earlier ("the Treasury previously
designated A in 2019", "A was previously sanctioned by the EU"), a new version of a list
("the new version of the list adds A"), an earlier version named only in a contrast
before a comma ("unlike the old list, the new one names A"), or an earlier version that
an act changes ("the previous version of the list was amended on 3 May to add A").
"""

from __future__ import annotations

import re

from .lang import LISTING_ACTS
from .triggers import Trig

_EARLIER = r"(?:previous|prior|earlier|former|old|preceding)"
# "the previous version of the (consolidated) list", "the earlier list"; French « la
# version précédente de la liste », « l'ancienne liste »
_EARLIER_LIST = re.compile(
    r"(?i)\b(?:the|its|their|this|that)\s+" + _EARLIER + r"\s+"
    r"(?:(?:version|edition|iteration)\s+of\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:list|register|roster)\b"
    r"|\b(?:la|sa|cette|l['’])\s*(?:version\s+(?:précédente|antérieure)|(?:précédente|ancienne)\s+version)\s+"
    r"de\s+(?:la|sa|cette|l['’])\s*(?:[\w-]+\s+){0,3}?liste\b"
    r"|\b(?:l['’]\s*ancienne|la\s+précédente)\s+liste\b"
)
# between that subject and the verb: at most two plain words ("also", "had"), no comma,
# no date and no other verb's complement
_SUBJECT_GAP = re.compile(r"(?i)(?:\s+[a-zà-ÿ]+){0,2}\s+")

# "<parties> formerly <participle> [on|to <the list>] include"
_HELD_BEFORE = re.compile(
    r"(?i)^[\s\"“«•*-]*(?:[\w'’-]+\s+){1,4}?(?:previously|formerly|already)\s+\w+ed\s+"
    r"(?:(?:on|to|in)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:list|register)\s+)?"
    r"(?:include[sd]?)\b"
    r"|^[\s\"“«•*-]*(?:[\w'’-]+\s+){1,4}?(?:précédemment|auparavant|déjà)\s+\w+(?:é|ée|és|ées|is|ise|ises|it|ite|its|ites)\s+"
    r"(?:(?:sur|à|dans)\s+(?:la\s+|sa\s+|cette\s+)?(?:[\w-]+\s+){0,3}?liste\s+)?"
    r"(?:comprennent|comprenaient|incluent|incluaient|comptent|comptaient)\b"
)


def earlier_list_told(sent: str, t: Trig) -> bool:
    """The listing or delisting trigger ``t`` tells what an earlier state of a list held."""
    if t.event not in LISTING_ACTS:
        return False
    held = _HELD_BEFORE.match(sent)
    if held is not None and t.start < held.end():
        return True
    for m in _EARLIER_LIST.finditer(sent):
        if m.start() >= t.start:
            break
        # (a French trigger may open on the list's own noun: « liste visait »)
        if t.start < m.end() or m.end() == t.start or _SUBJECT_GAP.fullmatch(sent, m.end(), t.start):
            return True
    return False
