"""The term of the sanctions themselves is no party's deadline: a sentence that tells when
the measures take effect, or how long a renewal or an extension of them runs (an extension
that ends on a day, measures that « entreront en vigueur » on a day, freezes « prorogés
... jusqu'au » a day) tells the regime's calendar (a renewal is no event), not a cut-off a
party must meet. Such a sentence's deadline reached a party only from another sentence (an
anaphor, the article's main party). A deadline told of a licence, a wind-down, a ban on
buying or investing, or in a sentence that names the party stays."""

from __future__ import annotations

import re

from .legal_event import Event
from .mentions import Mention
from .sentences import Sentence, sentence_at, within

# the measures told as the subject of their own term, or renewed / extended to a day
_MEASURES = (
    r"(?:(?:the|these|those|its|their|les|ces|leurs?|la|cette|l['’])\s*)?(?:(?:existing|current|new|EU|UN|"
    r"restrictive|individual|actuelles?|nouvelles?)\s+)*"
    r"(?:sanctions|measures|mesures(?:\s+restrictives)?|restrictions|extension|renewal|prolongation|prorogation|"
    r"reconduction|renouvellement|régime|regime|(?:visa|travel)\s+bans|interdictions\s+de\s+(?:visas?|voyager|"
    r"séjour|territoire)|asset\s+freezes|gels?\s+(?:des|d['’])\s*avoirs)"
)
_TERM = re.compile(
    r"(?i)(?:^|[,;:.]\s*|\b(?:and|et)\s+)" + _MEASURES + r"\b[^.;]{0,60}?\b(?:(?:is|are|was|were|will\s+be)\s+"
    r"(?:now\s+)?(?:due|set)\s+to\s+(?:expire|run|last|end)|(?:will\s+)?(?:expire|run|last|end)s?\s+(?:on|until|till)|"
    r"(?:take|takes|took|will\s+take)\s+effect|(?:come|comes|came|enter|enters|entered)\s+into\s+(?:force|effect)|"
    r"entr(?:e|ent|eront|era)\s+en\s+vigueur|expir(?:e|ent|eront|era)|(?:court|courent|courront)\s+jusqu)"
    # ... or the renewal told by its verb with the measures as its object
    r"|\b(?:extended|renewed|prolonged|prorog\w+|prolong\w+|renouvel\w+|reconduit\w*)\s+"
    + _MEASURES + r"\b[^.;]{0,160}?\b(?:until|till|through|to|jusqu['’](?:au|à))\s"
)


def measures_term(e: Event, sents: list[Sentence], mentions: list[Mention]) -> bool:
    """``e`` is a deadline whose sentence tells the measures' own term and names no party."""
    if e.type != "deadline":
        return False
    sent = sentence_at(sents, e.position)
    if sent is None:
        return False
    if any(m.entity is e.entity for m in within(sent, mentions)):
        return False
    return _TERM.search(sent.text) is not None
