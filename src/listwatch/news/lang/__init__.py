"""Per-language rule packs. Add a language: write ``<code>.py`` exporting ``PACK`` and
list it in ``PACKS``; then add it to ``SUPPORTED`` in ``news.language``."""

from __future__ import annotations

from . import en, fr
from .base import EVENT_TYPES, DatePattern, LangPack, Trigger

PACKS: dict[str, LangPack] = {en.PACK.code: en.PACK, fr.PACK.code: fr.PACK}

__all__ = ["EVENT_TYPES", "PACKS", "DatePattern", "LangPack", "Trigger"]
