"""The name of a list, or of the category an act puts its parties in, written in capitals
like a name: "the listing of the militia as a Foreign Terrorist Organization", "labelled
as Specially Designated Global Terrorists", « la liste noire des Ressortissants Spécialement
Désignés ne compte plus ». What the parties are listed as, or where, is never
one of them (``attribution.aside``)."""

from __future__ import annotations

import re

from listwatch.text import name_key as normalize

# the place such a name is told in: after "as (a)" / "comme" / "en tant que", or after the
# list's own noun ("the list of", "la liste (noire) des"), a few capitalised words of it
# before the name the finders kept ("as a Foreign [Terrorist Organization]")
_CATEGORY_PLACE = re.compile(
    r"(?i)(?:\b(?:as|comme|en\s+tant\s+qu['’]e?)\s+(?:an?\s+|une?\s+|the\s+|des\s+)?"
    r"|\b(?:list|lists|liste|listes)\s+(?:noire\s+)?(?:of|des|de|du|d['’])\s*(?:the\s+|la\s+|les\s+|l['’])?)"
    r"(?:(?-i:[A-ZÀ-Ý][\w'’.-]*)\s+){0,3}$"
)
# the words such names are made of (normalised), and the nouns one of them ends on
_CATEGORY_WORDS = frozenset("""
foreign global specially specialement designated designes designees designe blocked bloquees
terrorist terrorists terroriste terroristes organization organizations organisation organisations
nationals persons personnes ressortissants entities entites entity entite
narcotics trafficker traffickers kingpin kingpins significant transnational criminal criminals
etrangere etrangeres international internationaux and et of de des
""".split())
_CATEGORY_HEADS = frozenset("""
organization organizations organisation organisations terrorist terrorists terroriste terroristes
nationals persons personnes ressortissants designes designees entities entites traffickers kingpins
""".split())


def names_category(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is the name of a list or of the category an act
    puts its parties in, told where such a name is told."""
    words = normalize(text[start:end]).split()
    return bool(words) and words[-1] in _CATEGORY_HEADS and all(w in _CATEGORY_WORDS for w in words) \
        and _CATEGORY_PLACE.search(text, max(0, start - 80), start) is not None


def category_shaped(name: str) -> bool:
    """The name is made of a list's or a category's words alone ("Ressortissants
    Spécialement Désignés"), wherever it is told: no person, no party."""
    words = normalize(name).split()
    return bool(words) and words[-1] in _CATEGORY_HEADS and all(w in _CATEGORY_WORDS for w in words)
