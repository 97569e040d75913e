"""What a licence's dealings concern is no party of it: a project ("transactions related to
the X and Y projects", « les transactions liées au projet X »), a programme or regulation
named with its initials (« au titre du programme de sanctions dit Règlement
norlandais (RSN) »), a debt instrument ("dealings in the X 2030 6.5 Percent Bond"). The licence's
parties are those whose dealings it allows ("involving X", "with X"), told elsewhere. Nor is a
name the licence leaves out ("it does not apply to X", "with the exception of X", "other than
X", « à l'exception de X », « sauf celles impliquant X »): X keeps the ban the licence lifts for others."""

from __future__ import annotations

import re

# the name is itself an instrument or a project ("... Percent Bond", "the X Project")
_INSTRUMENT_NAME = re.compile(r"(?i)\b(?:bonds?|notes|debentures|projects?|projets?|programmes?|programs?)$")
# the name is followed by the kind of thing it names ("the X Consortium and Y projects")
_KIND_AFTER = re.compile(
    r"(?i)(?:\s+(?:and|et)\s+(?:[\w-]+\s+){1,3}?)?\s*(?:projects?|programmes?|programs?|bonds?|notes)\b"
)
# the name follows the kind ("projet X", "project X", "programme <long name> (ABC")
_KIND_BEFORE = re.compile(
    r"(?i)\b(?:projet|project|programme|program)\s+(?:[^.;()]{0,100}\(\s*)?$"
)

# the name is one the licence leaves out, told in the same clause before it
_LEFT_OUT = re.compile(
    r"(?i)(?:\b(?:does|do|did|will)\s+not\s+(?:apply|extend)\s+to|\bwith\s+the\s+exception\s+of|\bexcept(?:\s+for)?\b"
    r"|\bexcluding|\bother\s+than|\bà\s+l['’]exception\s+d|\bsauf|\bhormis|\bexcepté"
    r"|\bne\s+s['’]appliqu\w*\s+pas\s+(?:à|aux))"
    r"(?:(?!\b(?:but|mais|while|whereas|alors|and\s+(?:authori|allow|permit)\w*)\b)[^.;:]){0,60}$"
)


def licence_object(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is what a licence's dealings concern, not a party."""
    name = text[start:end].rstrip(" .")
    return _INSTRUMENT_NAME.search(name) is not None or _KIND_AFTER.match(text, end) is not None \
        or _KIND_BEFORE.search(text, max(0, start - 120), start) is not None \
        or _LEFT_OUT.search(text, max(0, start - 110), start) is not None
