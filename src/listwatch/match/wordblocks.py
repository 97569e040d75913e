"""How the words of an Arabic-script name line up with a Latin name's under the whole-name
consonant skeleton (``crossscript._skeleton_result``).

The whole-name skeleton joins each name's words, so that a compound written as one word
in one script and two in the other still agrees (عبدالرحمن ~ Abdul Rahman, محمدجواد ~
Mohammad Javad). Two spellings of one name split alike or one joins what the other
splits: read in order, the names fall into *blocks* of one word on one side against one
word or more on the other, each block of the same skeleton. Two names whose skeletons
agree only across their words' boundaries (امیر علی لاچینی ``mr l lchn`` ~ Mireille
Chahine ``mrl chn``: Mireille takes Ali's l, Chahine starts inside Lachini) are other
names that happen to share letters: no block reading exists. And where blocks of one
word against one word exist, those words are compared one by one (``matres
.vowels_agree``): زارع ~ Waziri writes no w, اشرفی ~ Zhirova starts with an alif.
"""

from __future__ import annotations

from functools import cache

from listwatch.match.crossscript import _ABD, _ARTICLES, _GLUED_ARTICLE, _skeleton
from listwatch.match.phonetic import _GROUP1, _REPEATED

#: a name of more words than this on either side is not read block by block (the
#: readings grow with the words; long names agree on more letters and are left as they
#: are)
_MOST_WORDS = 8


def _arabic_forms(token: str) -> tuple[str, ...]:
    """A word of an Arabic-script name as the whole-name skeleton reads it: as written,
    without the article glued to it, and with the Persian reading's ``v`` (و) read as
    ``w`` again (ولی: Vali in Iran, Wali in Afghanistan)."""
    forms: tuple[str, ...] = (token, token[2:]) if token.startswith("al") and len(token) >= 4 else (token,)
    if "v" in token:
        forms += tuple(f.replace("v", "w") for f in forms)
    return forms


def _latin_forms(token: str) -> tuple[str, ...]:
    """A Latin name word as the whole-name skeleton reads it: as written, ``Abdul`` read
    as ``abd``, an article glued to its end dropped (Ansarul Islam)."""
    return tuple(dict.fromkeys((token, _ABD.sub("abd", token),
                                _GLUED_ARTICLE.sub("", token))))


def _readings(words: tuple[tuple[str, ...], ...]) -> set[str]:
    """The joined skeletons of consecutive words, each read in any of its forms, also
    with the h's left out (ط and ه romanised side by side read ``th``: طه ~ TAHA)."""
    out = {""}
    for forms in words:
        out = {x + _skeleton(f) for x in out for f in forms}
    out = {_REPEATED.sub(_GROUP1, x) for x in out}
    return out | {x.replace("h", "") for x in out}


def _blocks(a: tuple[tuple[str, ...], ...], b: tuple[tuple[str, ...], ...]
            ) -> tuple[tuple[int, int, int, int], ...] | None:
    """Blocks (words ``a[i:i2]`` against ``b[j:j2]``, one word on one side at least)
    covering both names in order, each of the same joined skeleton, the finest first;
    or ``None``."""

    @cache
    def walk(i: int, j: int) -> tuple[tuple[int, int, int, int], ...] | None:
        if i == len(a) and j == len(b):
            return ()
        if i == len(a) or j == len(b):
            return None
        spans = [(i + 1, j + 1)]
        spans += [(i + 1, j2) for j2 in range(j + 2, len(b) + 1)]
        spans += [(i2, j + 1) for i2 in range(i + 2, len(a) + 1)]
        for i2, j2 in spans:
            if _readings(a[i:i2]) & _readings(b[j:j2]):
                rest = walk(i2, j2)
                if rest is not None:
                    return ((i, i2, j, j2), *rest)
        return None

    return walk(0, 0)


def word_blocks(arabic: tuple[str, ...], latin: tuple[str, ...]
                ) -> list[tuple[int, int, tuple[str, ...]]] | None:
    """The blocks of an Arabic-script name's words (romanised tokens) against a Latin
    name's (articles written apart left out), in order: a list of (first and last but
    one position of the Arabic words, the Latin words), one word on one side; an empty
    list when either name is too long to read so; ``None`` when no reading (the Arabic
    article kept or dropped, ``Abdul`` read as ``abd``, an article glued to the word
    before) splits both into blocks of the same skeleton."""
    words = tuple(t for t in latin if t not in _ARTICLES)
    if len(arabic) > _MOST_WORDS or len(words) > _MOST_WORDS or not arabic or not words:
        return []
    found = _blocks(tuple(map(_arabic_forms, arabic)), tuple(map(_latin_forms, words)))
    if found is None:
        return None
    return [(i, i2, words[j:j2]) for i, i2, j, j2 in found]
