"""The phonetic skeleton of a name word: transliteration variants of one name meet
(Selenskyj ~ Zelenskyy). Shared by the word similarity and the Slavic and Baltic
spelling rules (``words``, ``inflection``)."""

from __future__ import annotations

import re
from operator import itemgetter

_PHONETIC_RULES = [
    ("kh", "h"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    ("ck", "k"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("dzh", "j"),
    ("zh", "j"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("eo", "o"),
    ("eu", "u"),
    ("ae", "e"),
    ("ie", "i"),
    ("yi", "i"),
    ("w", "v"),
    ("z", "s"),
    ("y", "i"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
]
_REPEATED = re.compile(r"(.)\1+")  # a letter written twice or more
#: a match's first group (a callable: Python 3.11 runs a template like ``r"\1"``
#: through Python code at every ``sub``)
_GROUP1 = itemgetter(1)


#: ``phonetic`` of the words met so far (a plain dict: the bound's word-pair test reads
#: it directly, cheaper than a call through ``lru_cache``); emptied when it holds
#: ``_PHONETIC_MAX`` words
_PHONETIC: dict[str, str] = {}
_PHONETIC_MAX = 100_000


def phonetic(token: str) -> str:
    """A rough phonetic skeleton: transliteration variants meet (Selenskyj ~ Zelenskyy)."""
    out = _PHONETIC.get(token)
    if out is None:
        if len(_PHONETIC) >= _PHONETIC_MAX:
            _PHONETIC.clear()
        out = token
        for a, b in _PHONETIC_RULES:
            if a in out:  # (most rules find nothing: the test is cheaper than the call)
                out = out.replace(a, b)
        out = _PHONETIC[token] = _REPEATED.sub(_GROUP1, out)
    return out
