"""One Slavic or Baltic name in several Latin spellings, and the forms that make it another
person's.

* ``fold``: the romanisations of one Cyrillic name meet (Polish ``Siergiej Ławrow``,
  German ``Sergej Lawrow``, Czech ``Lukašenko`` and English ``Sergey Lavrov``,
  ``Lukashenko``): digraphs of each system to one spelling, ``j`` read as ``y``, then the
  phonetic skeleton of ``words.phonetic``.
* ``baltic_stem``: Latvian and Lithuanian write a foreign name with their own case endings
  (``Vladimirs Putins``, ``Vladimiras Putinas``, ``Sergejus Lavrovas``, ``Aleksejs
  Navaļnijs``): one word is the other plus a nominative ending.
* ``french``: French romanises Cyrillic its own way (``Sergueï Narychkine``, ``Iouri
  Andropov``, ``Vladimir Poutine``, ``Rostropovitch``): ``ch`` for ``sh``, ``tch`` for
  ``ch``, ``dj`` for ``j``, ``ou`` for ``u``, ``gu`` before ``e``/``i`` for ``g``, a final
  ``e`` after a consonant, ``-off`` for ``-ov``; read back to the English spelling, the
  word folds to the key of the English form.
* ``gendered``: East Slavic, Polish, Czech and Bulgarian family names take a feminine
  form (``Ivanova`` / ``Ivanov``, ``Navalnaya`` / ``Navalny``, ``Kowalska`` /
  ``Kowalski``): a wife, a sister or a daughter, not a spelling of the same person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from listwatch.match.phonetic import phonetic

#: spellings of one sound in the Latin romanisations of Cyrillic (Polish, German, Czech,
#: French, English), longest first; after them ``j`` is read as ``y``
_FOLD_RULES = (
    ("szcz", "shch"), ("sch", "sh"), ("tsch", "ch"), ("tch", "ch"), ("dzh", "j"), ("dj", "j"),
    ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("ie", "e"), ("ye", "e"), ("je", "e"),
    ("ou", "u"), ("w", "v"), ("kh", "h"), ("x", "ks"),
    # what a Czech, Slovak or Croatian caron becomes without its mark (š -> s, č -> c, ž -> z)
    ("shch", "sc"), ("sh", "s"), ("ch", "c"), ("zh", "z"), ("ts", "c"), ("tz", "c"),
    ("j", "y"),
)
#: nominative endings Latvian (-s, -is, -us, -š) and Lithuanian (-as, -is, -ys, -us, -jus,
#: -ius) add to a foreign masculine name, longest first
_BALTIC_ENDINGS = ("ius", "jus", "as", "is", "ys", "us", "s")
#: masculine -> feminine family-name endings (Russian, Ukrainian, Belarusian, Bulgarian;
#: Polish and Czech -ski / -ska, -cki / -cka, -ný / -ná)
_FEMININE = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("yn", "yna"), ("iy", "aya"),
             ("yy", "aya"), ("y", "aya"), ("i", "aya"), ("iy", "aia"), ("y", "aia"),
             ("ski", "ska"), ("sky", "skaya"), ("skiy", "skaya"), ("skii", "skaia"),
             ("cki", "cka"), ("ny", "na"), ("ij", "aja"), ("yj", "aja"), ("ei", "eia"))


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """A spelling key on which the romanisations of one Cyrillic name meet."""
    out = word
    for a, b in _FOLD_RULES:
        if a in out:
            out = out.replace(a, b)
    return phonetic(out)


def spelling_key(word: str) -> str:
    """A given name's spelling key, for the short-forms tables (``hypocorisms``):
    ``fold``'s spelling rules alone, without its phonetic skeleton (which also meets other
    names: Michael / Michel); ``dj`` kept (German ``Wolodja``), ``z`` as ``s`` (German
    writes ж and ш alike: ``Serjoscha``), doubled letters once, ``iya`` as ``ia``, a last
    ``y`` after a consonant as ``i`` (Wassili / Vasily, Tanja / Tanya, Mariya / Maria)."""
    out = word
    for a, b in _SPELLING_RULES:
        if a in out:
            out = out.replace(a, b)
    out = _DOUBLED.sub(r"\1", out.replace("z", "s")).replace("iya", "ia")
    if len(out) > 2 and out[-1] == "y" and out[-2] not in "aeiou":
        out = out[:-1] + "i"
    return out


_DOUBLED = re.compile(r"(.)\1")
#: (but ``dj``: German writes ``d`` + ``ja`` where English writes ``dya``, Wolodja)
_SPELLING_RULES = tuple(rule for rule in _FOLD_RULES if rule != ("dj", "j"))


def _stems(word: str) -> list[str]:
    """``word`` without each Baltic nominative ending it has (the stem 3 letters or more)."""
    return [word[: -len(e)] for e in _BALTIC_ENDINGS
            if word.endswith(e) and len(word) - len(e) >= 3]


def baltic_stem(a: str, b: str) -> bool:
    """Whether one word is the other written with a Latvian or Lithuanian case ending
    (``putinas`` / ``putin``, ``sergejus`` / ``sergei``, ``navalnijs`` / ``navalny``):
    after the ending is taken off, both fold to one key, or to one key but the other's
    last vowel (Lithuanian ``Navalnas`` writes ``Navalny`` without its ``y``)."""
    # (every ending ends in s and is at most 4 letters: most pairs stop here, uncached;
    # the Baltic word is the longer, or as long or shorter when the other writes a sound
    # with two letters or more that the Baltic word writes with one and its caron:
    # Sinelshchikov / Sinelščikovas)
    la, lb = len(a), len(b)
    if not -5 < la - lb < 5:
        return False
    if la > lb:
        if a[-1] == "s":
            return _baltic_stem(a, b)
    elif lb > la:
        if b[-1] == "s":
            return _baltic_stem(b, a)
    if a[-1] == "s" and b[-1] != "s" and "h" in b:
        return _baltic_stem(a, b)
    if b[-1] == "s" and a[-1] != "s" and "h" in a:
        return _baltic_stem(b, a)
    return False


#: what Lithuanian writes otherwise than the other romanisations, read back before the
#: key: ``ch`` is the sound English writes ``kh`` (č, without its caron, is ``c``:
#: Michailas, Chodorkovskis), and ``iu`` / ``io`` after a hissing sound is English ``u`` /
#: ``e`` (Kovalčiukas, Gorbačiovas)
_LITHUANIAN = ((re.compile(r"ch"), "kh"), (re.compile(r"(?<=[csz])iu"), "u"),
               (re.compile(r"(?<=[csz])io"), "e"))


@lru_cache(maxsize=100_000)
def _baltic_stem(long_: str, short: str) -> bool:
    key = fold(short)
    bare = key[:-1] if len(key) > 4 and key[-1] in "aeiou" else key
    for stem in _stems(long_):
        folded = fold(stem)
        if folded == key or (len(folded) > 3 and folded == bare):
            return True
        read = stem
        for rule, repl in _LITHUANIAN:
            read = rule.sub(repl, read)
        if read != stem:
            folded = fold(read)
            if folded == key or (len(folded) > 3 and folded == bare):
                return True
    return False


#: French digraphs and endings of a Russian name, read back as English writes them (in
#: this order; ``ch`` after ``t`` is the French ``tch``, English ``ch``)
_FRENCH_RULES = (
    (re.compile(r"tch"), "\x00"), (re.compile(r"ch"), "sh"), (re.compile("\x00"), "ch"),
    (re.compile(r"dj"), "dzh"), (re.compile(r"ou"), "u"), (re.compile(r"gu(?=[eiy])"), "g"),
    (re.compile(r"off$"), "ov"), (re.compile(r"ieff$"), "iev"), (re.compile(r"eff$"), "ev"),
    (re.compile(r"ine$"), "in"), (re.compile(r"(?<=[^aeiouy])e$"), ""),
    (re.compile(r"(?<=[aeiou])ss(?=[aeiouy])"), "s"), (re.compile(r"(?<=[aeiou])i$"), "y"),
)
#: a French spelling shows one of these (a word without any is read as it is)
_FRENCH_MARK = re.compile(r"ch|dj|ou|gu[eiy]|ff$|[^aeiouy]e$|ss|[aeiou]i$")


@lru_cache(maxsize=100_000)
def french(word: str) -> str:
    """``word`` read as a French romanisation of a Russian name, written back as English
    writes it (``narychkine`` -> ``naryshkin``, ``tchaikovski`` -> ``chaikovski``,
    ``sergueï`` (``serguei``) -> ``sergey``); ``word`` itself when nothing in it is French."""
    if not _FRENCH_MARK.search(word):
        return word
    out = word
    for rule, repl in _FRENCH_RULES:
        out = rule.sub(repl, out)
    return out


def french_same(a: str, b: str) -> bool:
    """Whether one word is the other's French romanisation (``narychkine`` /
    ``naryshkin``, ``loukachenko`` / ``lukashenko``): one read back from French folds
    to the other's key."""
    fa, fb = french(a), french(b)
    if fa == a and fb == b:
        return False
    ka, kb = fold(a), fold(b)
    return (fa != a and fold(fa) == kb) or (fb != b and fold(fb) == ka)


def gendered(a: str, b: str) -> bool:
    """Whether the two words are the masculine and the feminine form of one family name
    (``ivanov`` / ``ivanova``, ``navalny`` / ``navalnaya``, ``kowalski`` / ``kowalska``).
    Not cached: its one caller, ``words.token_sim``, caches the pair (a cache here was hit
    by 276 of 201,784 calls in the 1M-row batch and held 16 MB a worker: bench/NOTES.md)."""
    if len(a) < 4 or len(b) < 4 or a[:3] != b[:3]:
        return False
    for male, female in _FEMININE:
        for m, f in ((a, b), (b, a)):
            if m.endswith(male) and f.endswith(female) \
                    and m[: -len(male)] == f[: -len(female)] and len(m) - len(male) >= 3:
                return True
    return False


__all__ = ["baltic_stem", "fold", "french", "french_same", "gendered", "spelling_key"]
