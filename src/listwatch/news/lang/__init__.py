"""Per-language rule packs. Add a language: write ``<code>.py`` exporting ``PACK`` and
list it in ``PACKS``; then add it to ``SUPPORTED`` in ``news.language``."""

from __future__ import annotations

from functools import cache

from listwatch.text import name_key

from . import en, fr
from .base import (
    AGENCY_ACTS,
    COURT_EVENTS,
    EVENT_TYPES,
    LISTING_ACTS,
    RELIEF,
    UNDOING,
    DatePattern,
    LangPack,
    Trigger,
)

PACKS: dict[str, LangPack] = {en.PACK.code: en.PACK, fr.PACK.code: fr.PACK}


@cache
def calendar_words(abbreviated: bool = True) -> frozenset[str]:
    """The month and weekday names of every pack, as name keys ("aout", "monday"): the one
    table of calendar words. ``abbreviated=False`` leaves out the months' short forms
    ("Jan", "Mar", « juil »), which are also people's names or their words ("Jan Novak")."""
    words: set[str] = set()
    for pack in PACKS.values():
        months = pack.months
        if not abbreviated:  # (a month's full names: its longest keys, "février" and "fevrier")
            longest = {n: max(len(k) for k, m in months.items() if m == n) for n in months.values()}
            months = {k: n for k, n in months.items() if len(k) == longest[n]}
        words |= {name_key(w) for w in (*months, *pack.weekdays)}
    return frozenset(words)


def weekday_names(*codes: str) -> str:
    """The weekday names of the packs ``codes`` (all packs by default), as one regex
    alternation ("Monday|...|dimanche"): the one table every pattern reads."""
    return "|".join(w for code in (codes or tuple(PACKS)) for w in PACKS[code].weekdays)

__all__ = ["AGENCY_ACTS", "calendar_words", "COURT_EVENTS", "EVENT_TYPES", "LISTING_ACTS", "PACKS", "RELIEF", "UNDOING", "DatePattern",
           "LangPack", "Trigger", "weekday_names"]
