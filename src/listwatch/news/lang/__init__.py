"""Per-language rule packs. Add a language: write ``<code>.py`` exporting ``PACK`` and
list it in ``PACKS``; then add it to ``SUPPORTED`` in ``news.language``."""

from __future__ import annotations

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


def weekday_names(*codes: str) -> str:
    """The weekday names of the packs ``codes`` (all packs by default), as one regex
    alternation ("Monday|...|dimanche"): the one table every pattern reads."""
    return "|".join(w for code in (codes or tuple(PACKS)) for w in PACKS[code].weekdays)

__all__ = ["AGENCY_ACTS", "COURT_EVENTS", "EVENT_TYPES", "LISTING_ACTS", "PACKS", "RELIEF", "UNDOING", "DatePattern",
           "LangPack", "Trigger", "weekday_names"]
