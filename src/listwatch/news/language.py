"""Language detection with lingua, restricted to the languages listwatch knows.

``SUPPORTED`` languages have a rule pack (``news/lang/<code>.py``). ``DECLARED``
languages are recognised by the detector so that an article in German is reported as
"German, not supported yet" instead of being misread as English; giving one a rule
pack makes it supported with no other change.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .errors import UnsupportedLanguage
from .lang import PACKS

SUPPORTED: tuple[str, ...] = tuple(PACKS)
DECLARED: tuple[str, ...] = ("en", "fr", "de", "es", "ru", "zh")
_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "ru": "Russian", "zh": "Chinese"}


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in DECLARED]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text``; raises ``UnsupportedLanguage`` when there is no rule pack."""
    sample = text[:3000]
    lang = _detector().detect_language_of(sample)
    if lang is None:
        raise UnsupportedLanguage(
            "could not tell the language of the article",
            hint=f"supported: {', '.join(_NAMES[c] for c in SUPPORTED)}; pass the language explicitly",
        )
    code = lang.iso_code_639_1.name.lower()
    return check_language(code)


def check_language(code: str) -> str:
    code = code.lower()
    if code not in PACKS:
        name = _NAMES.get(code, code)
        raise UnsupportedLanguage(
            f"articles in {name} are not supported yet",
            hint=f"supported languages: {', '.join(_NAMES[c] for c in SUPPORTED)}",
        )
    return code
