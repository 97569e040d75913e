from __future__ import annotations

import pytest

from listwatch.errors import ListwatchError
from listwatch.news.errors import UnsupportedLanguage
from listwatch.news.lang import PACKS
from listwatch.news.language import DECLARED, SUPPORTED, check_language, detect_language


def test_english_and_french() -> None:
    assert detect_language("The Pentagon removed Xiaomi from its blacklist on Tuesday.") == "en"
    assert detect_language("Le Pentagone a retiré Xiaomi de sa liste noire mardi.") == "fr"


def test_declared_but_unsupported_language_is_a_clear_error() -> None:
    with pytest.raises(UnsupportedLanguage, match="German"):
        detect_language("Das Pentagon hat Xiaomi am Dienstag von seiner schwarzen Liste gestrichen.")
    with pytest.raises(ListwatchError, match="Spanish"):
        detect_language("El Pentágono retiró a Xiaomi de su lista negra el martes pasado.")


def test_packs_match_supported_and_admit_more() -> None:
    assert set(SUPPORTED) == set(PACKS) >= {"en", "fr"}
    assert {"de", "es", "ru", "zh"} <= set(DECLARED)
    assert check_language("FR") == "fr"
    with pytest.raises(UnsupportedLanguage):
        check_language("ru")
