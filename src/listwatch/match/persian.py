"""A name in Persian script read with Persian letter values, as a second reading of the
name (``persian_reading``).

Names in Arabic script are romanised for matching with the Arabic values of the letters
(``normalize``: ض ``d``, ظ and ذ ``dh``, ث ``th``, و ``w``, a long vowel the skeletons drop).
Persian, Dari and Urdu read several of them otherwise, and the lists' Latin spellings of
Iranian and Afghan names follow that reading: ض ظ ذ are ``z`` (رضا Reza, ظریف Zarif), ث is
``s``, ژ is written ``j`` as often as ``zh`` (نژاد Nejad), و before a long vowel or opening a
word is ``v`` (جواد Javad, وحیدی Vahidi), and the endings نژاد, زاده, پور and ای that a
Persian writer joins with a zero-width non-joiner are typed apart as often (احمدی نژاد,
AHMADINEJAD). The Arabic reading is right for Arabic names and for the lists' own
Arabic-script names, so the Persian reading is added, never put in its place
(``screening.query.with_persian_reading``): a name is screened under both and keeps the
better score. Only a name holding a letter Arabic does not write (پ چ ژ گ ک ی ۀ) is read
so: a name in Arabic letters alone is left as it is.
"""

from __future__ import annotations

#: letters Persian (and Urdu, Pashto) writes and Arabic does not
_PERSIAN_ONLY = frozenset("\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0")  # پ چ ژ گ ک ی ۀ
#: letters read as another one: ض ظ ذ as ز (z), ث as س (s), ژ as ج (j)
_VALUES = str.maketrans({"\u0636": "\u0632", "\u0638": "\u0632", "\u0630": "\u0632",
                         "\u062b": "\u0633", "\u0698": "\u062c"})
_WAW = "\u0648"
#: ڤ, which the romaniser reads ``v``
_VE = "\u06a4"
#: a و before one of these (alif, alif madda, yeh) is the consonant ``v`` (جواد, جوانی)
_LONG_VOWEL = frozenset("\u0627\u0622\u06cc\u064a")
#: endings written as a word of their own after a name (Persian joins them to it)
_ENDINGS = frozenset(("\u0646\u0698\u0627\u062f",  # نژاد
                      "\u0632\u0627\u062f\u0647",  # زاده
                      "\u067e\u0648\u0631",  # پور
                      "\u0627\u06cc"))  # ای
_ZWNJ = "\u200c"


def _arabic_script(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _word(word: str) -> str:
    if len(word) > 1 and _WAW in word:
        word = "".join(_VE if ch == _WAW and (i == 0 or word[i + 1:i + 2] in _LONG_VOWEL)
                       and i + 1 < len(word) else ch for i, ch in enumerate(word))
    return word.translate(_VALUES)


def persian_reading(name: str) -> str | None:
    """``name`` written so that the romaniser reads it as Persian does (letters as
    above, the endings joined to the word before them), or None when ``name`` holds no
    letter only Persian writes or reads the same."""
    if not any(ch in _PERSIAN_ONLY for ch in name):
        return None
    words: list[str] = []
    for w in name.replace(_ZWNJ, "").split():
        if words and w in _ENDINGS and _arabic_script(words[-1][-1]):
            words[-1] += w
        else:
            words.append(w)
    out = " ".join(_word(w) if _arabic_script(w) else w for w in words)
    return out if out != " ".join(name.split()) else None
