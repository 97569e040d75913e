"""Who wrote, edited or translated the page, and the editor's note on what changed.

A page's credits name its journalists, never a party: a byline on a line of its own,
after the editor's notes in brackets ("(Updates with details) By Jane Roe and John Doe",
« (Refonte avec précisions) par Jeanne Roe et Jean Doe »), and a credit in brackets or on
a line of its own, in either language ("(Reporting by A in Ostrava; Editing by B)",
"Writing by A; additional reporting by B", « (Reportage A, avec B à Paris ; version
française C, édité par D) », « Rédigé par A »). The editor's note in brackets at a line's
head ("(Adds delisting details)", « (Refonte avec retrait de la liste) », « (Mise à jour
avec ...) ») tells how the story was rewritten: its words are no act.

``credit_spans(text)`` gives the spans of both; the mention finder drops the names in
them and the event reader reads no act there.
"""

from __future__ import annotations

import re
from functools import lru_cache

# an editor's note in brackets (Reuters' style): what the new version adds or changes
_NOTE_HEAD = (
    r"(?:Updates?|Adds?|Recasts?|Rewrites?|Refiles?|Repeats?|Corrects?|Changes?|Removes?|Inserts?|"
    r"Clarifies|Fixes|Moves?|Writes?\s+through|Combines?|Overhauls?|"
    r"Refonte|Actualis[ée]e?|Mise\s+à\s+jour|Ajoute|Ajout|Corrige|Correction|Rectificatif|Précise|"
    r"Précisions|Réécrit|Réécriture|Nouvelle\s+version|Complète|Complété|Avec)\b"
)
# the words that open a credit: who reported, wrote, edited or translated
_CREDIT_HEAD = (
    r"(?:(?:Additional|Further|Additionnal)\s+)?(?:reporting|writing|editing|edited|compiled|written|"
    r"reported|translated|translation|produced)\s+by|"
    r"reportage(?:\s+de)?|(?:version|adaptation)\s+fran[cç]aise(?:\s+de)?|[ée]dit[ée]e?\s+par|"
    r"r[ée]dig[ée]e?\s+par|[ée]crite?\s+par|traduite?\s+par|r[ée]daction|[ée]dition|"
    r"avec\s+la\s+contribution\s+de|propos\s+recueillis\s+par"
)
# a note in brackets, one or two deep, at a line's head ("((Traduction automatisée ...))")
_BRACKETED = r"\(\(?[^()\n]{1,240}\)\)?[ \t]*"
# the byline after the notes: "By" / « Par » and capitalised names to the line's end
_BYLINE = re.compile(
    rf"(?im)^[ \t]*(?:{_BRACKETED})+(?-i:By|by|Par|par)[ \t]+(?-i:[A-ZÀ-Ý])[^\n.;:!?]{{1,80}}$"
)
_NOTE = re.compile(rf"(?m)^[ \t]*\(\(?(?:{_NOTE_HEAD})[^()\n]{{0,200}}\)\)?")
_CREDIT_BRACKET = re.compile(rf"(?i)\((?:{_CREDIT_HEAD})[ \t:]+[^()\n]{{1,300}}\)")
# (on a line of its own, a credit is no sentence: no full stop, short)
_CREDIT_LINE = re.compile(rf"(?im)^[ \t]*(?:{_CREDIT_HEAD})[ \t:]+(?-i:[A-ZÀ-Ý])[^\n.!?]{{1,140}}$")


@lru_cache(maxsize=64)
def credit_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the page's credits and its editor's notes."""
    spans = [(m.start(), m.end()) for rx in (_BYLINE, _NOTE, _CREDIT_BRACKET, _CREDIT_LINE)
             for m in rx.finditer(text)]
    return tuple(sorted(spans))


def in_credit(text: str, at: int) -> bool:
    """Whether the offset ``at`` of ``text`` lies in a credit or an editor's note."""
    return any(a <= at < b for a, b in credit_spans(text))
