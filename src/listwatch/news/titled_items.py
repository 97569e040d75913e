"""The later people of an act's object series when each is told with a role ("sanctioned
the deputy mayor, A, now a senator, and the former harbour master, B", "lifted the
sanctions on A, who had left the board; and B, a shipowner", « a sanctionné A, ancien
préfet, et le trésorier du parti, B »): the series goes on past the first item's
description to the next item's title and name. ``attribution.targets`` asks it for a
person the act's own reach did not keep, after a party it kept."""

from __future__ import annotations

import re

from .names import KIN

# a verb or a conjunction that makes a piece a clause of its own ("..., said B", "..., but
# B", "..., a déclaré B"), unless a relative pronoun opens the piece ("who had left the
# board"): the relative is the first item's, closed by the comma or the semicolon after it
_CLAUSE = re.compile(
    r"(?i)\b(?:said|says|say|told|tells|was|were|is|are|has|have|had|will|would|could|should|may|might|can|"
    r"but|while|whereas|after|before|because|since|although|though|when|if|unless|according|reported|"
    r"announced|declared|stated|added|est|sont|était|étaient|avait|avaient|sera|seront|serait|mais|tandis|"
    r"alors|après|avant|car|selon|si|déclaré|indiqué|affirmé|annoncé|précisé|ajouté|estimé|dit)\b"
    r"|\b(?:a|ont)\s+(?!été\b)\w+[ée]\b"
)
_RELATIVE_OPEN = re.compile(r"(?i)^\s*(?:who|whom|whose|which|that|qui|dont|lequel|laquelle)\b")
_RELATIVE = re.compile(r"(?i)\b(?:who|whom|whose|which|that|qui|dont|lequel|laquelle)\b")
# the next item's separator, then its title in lower case (an article, an adjective, the
# office; "of" or "de" and a capitalised domain at the end: "member of the board of Kestrel
# Bank"), or nothing but the separator
_NEXT_TITLE = re.compile(
    r"(?i)^\s*(?:and|et|as\s+well\s+as|ainsi\s+que)?\s*"
    r"(?P<title>(?:(?:the|an?|his|her|its|their|le|la|l['’]|les|un|une|son|sa|ses|leur)\s*|"
    # (or an employer's possessive: "and Kestrel's finance director, B")
    r"(?:(?-i:[A-ZÀ-Ý][\w-]*)\s+){0,2}(?-i:[A-ZÀ-Ý][\w-]*)['’]s\s+)?"
    r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,7}?(?-i:[a-zà-ÿ][\w'’-]*)"
    r"(?:\s+(?:of|for|at|de|du|des|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?(?:(?-i:[A-ZÀ-Ý][\w'’&.-]*)\s*){1,4})?)?\s*$"
)
# a relation, not an office: the next name is the relative or the owner of the one before
# ("and the son of B", "and a company owned by B", "et l'épouse de B")
_RELATION = re.compile(
    r"(?i)\b(?:" + KIN + r"|owned|controlled|run|led|détenue?s?|contrôlée?s?|dirigée?s?)\b[^,;]*$"
)
# a complement of the act, not a description of the first item ("..., from its list, B"):
# the series ended before it
_COMPLEMENT = re.compile(
    r"(?i)^\s*(?:from|to|on|in|into|onto|off|under|by|for|with|de|du|des|d['’]|à|au|aux|sur|dans|sous|par|pour|avec)\b"
)
# a participle clause the later person opens ("B having agreed to ...", « B ayant accepté
# de ... »): the person is the subject of a cause, no item
_ABSOLUTE = re.compile(r"(?i)^\W*(?:having|being|ayant|étant)\b")
_MAX_WORDS = 24


def opens_clause(after: str) -> bool:
    """The text right after a person's name opens a participle clause of which the person
    is the subject."""
    return _ABSOLUTE.match(after) is not None


def next_titled_item(gap: str) -> bool:
    """``gap`` (the text between a party of the object's series and a later person) holds
    the first item's description at most, a separator, and the later person's title at
    most: the later person is the series' next item."""
    if re.search(r"[.:()\[\]«»\"“”]", gap) or not re.search(r"[,;]|\b(?:and|et)\b", gap):
        return False
    if not re.search(r"[,;]", gap):
        # "A and the party treasurer B": the separator and the title only
        return re.match(r"(?i)\s*(?:and|et)\b", gap) is not None and _title(gap)
    pieces = re.split(r"[,;]", gap)
    if pieces[0].strip():
        return False  # the gap opens with words of a clause glued to the first name
    last = pieces[-1] if pieces[-1].strip() else (pieces[-2] if len(pieces) > 2 else "")
    middle = pieces[1:-1] if pieces[-1].strip() else pieces[1:-2]
    for piece in middle:
        words = piece.split()
        if not words or len(words) > _MAX_WORDS or _COMPLEMENT.match(piece):
            return False
        verb = _CLAUSE.search(piece)
        if verb is not None and not _RELATIVE.search(piece, 0, verb.start()):
            return False  # a clause of its own, not a relative on the first item
    return _title(last)


def _title(piece: str) -> bool:
    """``piece`` is a separator and the next item's title at most."""
    return _NEXT_TITLE.match(piece) is not None and not _CLAUSE.search(piece) \
        and not _RELATIVE_OPEN.match(piece) and not _RELATION.search(piece)
