"""An office's title written in capitals like a name ("Président", "le Premier ministre",
"Vice-Président du Ghana", "the Prime Minister of Norland"): alone, or with
the country or body it is of, it names nobody, so it is never a party
(``attribution.aside``); the holder named beside it is."""

from __future__ import annotations

from listwatch.text import name_key as normalize

from .names import _PLACE_GLUE
from .places import PLACE_WORDS

# the words of offices (normalised): heads of state and government, ministers, envoys,
# judges and officers, and their modifiers ("vice", "premier", "ex")
_TITLE_WORDS = frozenset("""
president presidente presidents vice premier prime minister ministre ministres secretary secretaire
chancellor chancelier chanceliere king queen roi reine prince princesse emir sheikh cheikh sultan
governor gouverneur senator senateur ambassador ambassadeur ambassadrice envoy envoye
prosecutor procureur procureure judge juge chief chef commander commandant mayor maire
deputy depute deputee adjoint adjointe ex former ancien ancienne
""".split())
# the words that tie a title to its domain ("of", "de la") or qualify a country
_GLUE = frozenset("of the de la le les du des d l et and equatoriale equatorial".split()) | _PLACE_GLUE


def title_only(name: str) -> bool:
    """``name`` is an office's title, alone or with the country or body it is of."""
    words = normalize(name).split()
    return any(w in _TITLE_WORDS and w not in ("ex", "former", "ancien", "ancienne", "deputy", "adjoint",
                                               "adjointe", "vice", "premier", "prime", "chief", "chef")
               or w == "premier" and len(words) == 1 for w in words) \
        and all(w in _TITLE_WORDS or w in _GLUE or w in PLACE_WORDS for w in words)
