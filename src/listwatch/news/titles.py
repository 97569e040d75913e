"""An office's title written in capitals like a name ("Président", "le Premier ministre",
"Vice-Président du Ghana", "the Prime Minister of Norland"): alone, or with
the country or body it is of, it names nobody, so it is never a party
(``attribution.aside``); the holder named beside it is."""

from __future__ import annotations

from listwatch.text import name_key as normalize

from .names import _PLACE_GLUE, OFFICE_QUALIFIERS, OFFICE_WORDS
from .places import PLACE_WORDS

# the words of offices (``names.OFFICE_WORDS``) and their qualifiers ("vice", "premier", "ex")
_TITLE_WORDS = OFFICE_WORDS | OFFICE_QUALIFIERS
# the words that tie a title to its domain ("of", "de la") or qualify a country
_GLUE = frozenset("of the de la le les du des d l et and equatoriale equatorial".split()) | _PLACE_GLUE


def title_only(name: str) -> bool:
    """``name`` is an office's title, alone or with the country or body it is of."""
    words = normalize(name).split()
    return any(w in OFFICE_WORDS and w not in OFFICE_QUALIFIERS or w == "premier" and len(words) == 1
               for w in words) \
        and all(w in _TITLE_WORDS or w in _GLUE or w in PLACE_WORDS for w in words)
