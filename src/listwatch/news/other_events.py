"""The agent or the subject of another event, told in a time or condition phrase, is no
party of the act the sentence tells (a pronoun after the phrase may still point back to it:
"Following the arrest of X, the Treasury designated him").

A listing, a removal or a licence is often dated or conditioned by another event: "after
the death in custody of X", « depuis la chute d'X », « après la réélection disputée du chef
X », "following the arrest of X"; or by a clause with a subject and a verb of its
own: "since X ordered his troops in", « depuis que X a ordonné », « tant que le président X
resterait au pouvoir », "as long as X stays in office". The one named there did or suffered
that other event: whatever act the sentence tells is not about it.

The phrase is one of time or condition (an opening word from one table, both languages),
then an event's noun that is no act's ("death", « chute », "re-election"; not "designation",
« radiation », "lawsuit": the act's own noun keeps its party) and the agent after "of" or
« de », with any lower-case title between; or the clause's opening word, the subject and its
verb. Near misses: an act told inside the clause is its subject's ("until X is removed from
the list"), and so is a name told elsewhere as the act's object ("sanctioned X after the
death of his partner"). States are not read so (``attribution``): a state
named in such a clause may be the act's party told again by a noun (« Le pays a été inscrit
après ..., lorsque X a accueilli ... »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .triggers import TriggerSpan as Span

# the words that open a phrase of time or condition, before an event's noun
_OPENS = (
    r"(?:after|before|since|following|until|upon|amid|in\s+the\s+wake\s+of|après|avant|depuis|suite\s+à|"
    r"à\s+la\s+suite\s+d(?:e|u|es)|lors\s+d(?:e|u|es))"
)
# the act's own nouns (its party is the act's): no other event
_ACT_NOUNS = (
    r"(?:désignation|inscription|ajout|radiation|retrait|levée|sanction|recours|plainte|procès|"
    r"designation|listing|addition|removal|delisting|lifting|lawsuit|suit|challenge|appeal|case|"
    r"mesure|measure|décision|decision|gel|freez\w*|blocage|blocking)s?\b"
)
_LOWER_WORD = r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+|l['’]\s*|d['’]\s*)"
# "after the death in custody of the dissident", « depuis la chute d' », « après la
# réélection disputée du chef »
_EVENT_OF_BEFORE = re.compile(
    r"(?i)\b" + _OPENS + r"\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+|his\s+|her\s+)"
    r"(?!" + _ACT_NOUNS + r")[a-zà-ÿ-]{4,}\s+" + _LOWER_WORD + r"{0,3}?"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|d['’]\s*|by\s+(?:the\s+)?|of\s+(?:the\s+)?)"
    # (the agent's title or role, in lower case: "du président", "of the opposition leader")
    + _LOWER_WORD + r"{0,4}$"
)
# the opening word of a clause of time or condition, then its subject ("since", « depuis
# que », « tant que le président »)
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?i)\b(?:since|after|before|until|till|when|whenever|while|once|as\s+long\s+as|because|depuis\s+qu['’e]|"
    r"après\s+qu['’e]|avant\s+qu['’e]|jusqu['’]à\s+ce\s+qu['’e]|lorsqu['’e]|quand|tant\s+qu['’e]|"
    r"parce\s+qu['’e]|alors\s+qu['’e]|pendant\s+qu['’e]|dès\s+qu['’e]|puisqu['’e])\s*"
    r"(?:(?:the|le|la|les|l['’])\s*)?" + _LOWER_WORD + r"{0,3}"
    # (a title written with a capital: "as long as President X remains")
    r"(?:(?-i:President|Président|Prime\s+Minister|Premier\s+ministre|General|Général|King|Roi|Emir|Émir)\s+)?$"
)
# (the clause's own verb right after its subject: "X ordered", « X a ordonné », « X resterait »)
_VERB_AFTER_SUBJECT = re.compile(
    r"\s+(?:(?-i:[a-zà-ÿ])\w*(?:ed|ait|aient|ra|rait|ont|est|sont|is|was|were|has|had|will|would|"
    r"could|did|does|s)\b|(?:a|ont|est|sont|is|was|has|had|avait|fut|will|would)\b)"
)
_CLAUSE_END = re.compile(r"[,;:.!?]")
# an act's words, for a reader with no triggers at hand: the act told in the clause
_ACT_IN_CLAUSE = re.compile(
    r"(?i)\b(?:sanction\w*|designat\w*|list(?:ed|ing)|blacklist\w*|add(?:ed|s)|remov\w*|delist\w*|lift\w*|"
    r"désign\w*|inscri\w*|ajout\w*|radi\w*|retir\w*|lev(?:é|ée|és|ées|er)\b|gel\w*|visé\w*|ciblé\w*)"
)


def other_event_agent(text: str, start: int, end: int, live: Sequence[Span] | None) -> bool:
    """The name at ``text[start:end]`` (a sentence) is the agent or the subject of another
    event told in a time or condition phrase: "after the death of X", « depuis la chute
    d'X », "since X ordered", « tant que X resterait ». Not when an act's trigger of
    ``live`` is in that clause ("until X is removed from the list"); ``live`` None: when an
    act's word is (for a reader with no triggers at hand)."""
    before = text[max(0, start - 130) : start]
    if _EVENT_OF_BEFORE.search(before):
        return True
    opens = _CLAUSE_OPENS_BEFORE.search(before)
    if opens is None or not _VERB_AFTER_SUBJECT.match(text, end):
        return False
    at = start - len(before) + opens.start()
    stop = _CLAUSE_END.search(text, end)
    close = stop.start() if stop is not None else len(text)
    if live is None:
        return not _ACT_IN_CLAUSE.search(text, at, close)
    return not any(at <= t.start < close for t in live)
