"""The act a name's own clause tells: a clause set off by a comma right after a name
predicates of that name, whatever the name's place in the main clause.

A page often tells an earlier listing in passing, in a clause hung on a name the main
clause holds in another role: whom a party served ("bought parts for X, a firm placed on
the list in 2016"), the body a person sat on ("sat on the board of X, which the Treasury
sanctioned in 2022"), whom counted parties fronted for (« agissaient pour X, une société
inscrite en 2014 »). The clause has its own subject, the name before its comma, so the act
it tells is that name's: a relative clause ("which was added", « qui a été inscrite »), a
participle ("X, itself sanctioned in 2019", « X, sanctionnée en 2019 ») or an apposition
whose noun the participle qualifies ("X, a Velmar-based lender blacklisted in 2014", « X,
une banque inscrite en 2014 »).

Near misses tell no act of the name: a participle used as an adjective before another name
("X, a unit of sanctioned Y", « X, filiale de la sanctionnée Y »: a preposition or a name
between), a noun phrase that goes on after the participle with a name ("X, a firm
sanctioned Y's oil"), and a relative that names its own subject ("X, whose owner was
sanctioned", « X, dont le patron a été sanctionné »).
"""

from __future__ import annotations

import re

# adverbs the act's verb may carry ("also", "later", "itself", « déjà »)
_ADV = (r"(?:(?:also|later|itself|themselves|already|previously|first|then|formally|subsequently|recently|"
        r"déjà|aussi|également|ensuite|auparavant|elle-même|lui-même|elles-mêmes|eux-mêmes)\s+)*")
# a passive's auxiliary: the name is the one acted on ("which was", « qui a été »); an active
# perfect ("which has sanctioned Y") tells an act of the name's, no act on it
_PASSIVE = (r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|being|a\s+été|ont\s+été|"
            r"avait\s+été|avaient\s+été|est|sont|était|étaient|été)\s+)")
# the descriptor of an apposition: an article, then one to five words of description with no
# preposition, conjunction or relative word among them ("a Moscow-based firm", « une
# banque publique »)
_NO_GLUE = (r"(?!(?:of|to|for|with|by|in|on|from|at|and|or|but|that|which|who|whose|has|have|had|is|was|"
            r"de|du|des|d|à|au|aux|pour|par|avec|sur|et|ou|qui|que|dont|a|est)\b)")
# (not "the" in English: "After the talks with X, the ministry sanctioned on Monday ..."
# tells the main clause's subject and its verb; French tells that verb with its auxiliary)
_DESCRIPTOR = (r"(?:(?:an?|another|one|une?|la|le|un\s+autre|une\s+autre)\s+|l['’]\s*)"
               r"(?:" + _NO_GLUE + r"[\w’'.-]+\s+){0,4}?"
               # (its noun a common one: "the Foreign Secretary" names an office, whose holder
               # the comma may open)
               # (never the French auxiliary: « X, a été sanctionnée » is a main verb)
               r"(?!été\b|eu\b)(?-i:[a-zà-ÿ][\w’'-]*)\s+")
_OPENER = re.compile(
    r"(?i),\s+(?:"
    # a relative with its pronoun as the subject of a passive ("which was", « qui a été »)
    r"(?:which|who|that|qui)\s+" + _ADV + _PASSIVE + r"|"
    # a relative with its pronoun as the object, an authority's name its subject ("which
    # the Treasury sanctioned", « que le Trésor a inscrite »)
    r"(?:which|that|whom|que|qu['’])\s*(?:(?:the|le|la|les|l['’])\s*)?(?:(?-i:[A-ZÀ-Ý])[\w.’'-]*\s+){1,4}"
    + _ADV + r"(?:(?:has|have|had|a|avait|ont|avaient)\s+)?|"
    # an apposition, then its participle, or a passive relative on the apposition's noun
    # (not a bare participle after a comma: "the minister, X, announced sanctions" is the
    # main clause's verb after an apposition)
    + _DESCRIPTOR + r"(?:(?:which|that|who|qui)\s+" + _ADV + _PASSIVE + r")?"
    r")" + _ADV + r"$"
)
# the act's own verb, a past participle ("placed", "added", "blacklisted", « inscrite »),
# after the passive's auxiliary a trigger may hold
_LEAD = re.compile(r"(?i)(?:(?:was|were|been|is|are|has|have|had|a|été)\s+)*")
# (a passive's participle, told with no object: what follows it is a preposition, an adverb
# of time or the clause's end; "Y, a unit of X, sanctioned the bank" tells an active verb)
_PARTICIPLE = re.compile(r"(?i)(?:\w+(?:ed|en|é|ée|és|ées|is|ise|ises|it|ite|its|ites)|put|hit|set)\b"
                         r"(?=\s*[,.;:)]|\s*$|\s+(?:by|on|to|in|onto|into|for|under|over|as|at|after|since|last|"
                         r"earlier|previously|this|that|with|from|during|alongside|because|amid|par|sur|en|à|au|aux|"
                         r"dans|pour|depuis|dès|le|lors|sous|comme|avec)\b)")
# what the name may carry before its comma: its acronym or a detail in brackets
_NAME_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")
# a plural's auxiliary: the clause is told of every name coordinated before it ("A and B,
# which were added in 2019", « A et B, qui ont été inscrites »)
_PLURAL = re.compile(r"(?i)\b(?:were|are|have\s+been|ont\s+été|avaient\s+été|sont|étaient)\s")
_COORD = re.compile(r"(?i)\s*(?:,|,?\s+(?:and|et|&))\s+")


def own_clause(text: str, t_start: int, t_end: int) -> int | None:
    """Where the name the act at ``text[t_start:t_end]`` (a sentence) is told of must end,
    when the act opens a clause set off by a comma right after a name ("X, a firm added to
    the list in 2016"); None when it does not."""
    lead = _LEAD.match(text, t_start)
    verb = lead.end() if lead is not None else t_start
    if verb >= t_end or _PARTICIPLE.match(text, verb) is None:
        return None
    head = text[max(0, verb - 120) : verb]
    m = _OPENER.search(head)
    return None if m is None else verb - len(head) + m.start()


def owner_ends(text: str, t_start: int, t_end: int, name_end: int) -> bool:
    """The name ending at ``name_end`` is the one the clause of the act at ``text[t_start:
    t_end]`` is told of."""
    comma = own_clause(text, t_start, t_end)
    if comma is None or name_end > comma:
        return False
    tail = _NAME_TAIL.match(text, name_end)
    return tail is not None and tail.end() == comma


def owners(text: str, t_start: int, t_end: int, spans: list[tuple[int, int]]) -> list[int]:
    """The indexes of the names (``spans``, in the text's order) the clause of the act at
    ``text[t_start:t_end]`` is told of: the name right before its comma, and the names
    coordinated before it when the clause tells a plural."""
    comma = own_clause(text, t_start, t_end)
    if comma is None:
        return []
    last = [i for i, (_s, e) in enumerate(spans) if e <= comma and (tail := _NAME_TAIL.match(text, e)) is not None
            and tail.end() == comma]
    if not last:
        return []
    out = [last[-1]]
    if _PLURAL.search(text, comma, t_end):
        while out[0] > 0 and _COORD.fullmatch(text, spans[out[0] - 1][1], spans[out[0]][0]):
            out.insert(0, out[0] - 1)
    return out

