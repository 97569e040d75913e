"""Words close in letters that are other names, not one name misspelt.

Edits measure typing errors; some differences of one letter are not typing errors but
other names, and these rules say which (each shows in the score's explanation,
docs/matching.md):

* ``edge_letter``: a person's name word and the same word with a consonant put before
  it or an ``s`` after it (Gemma / Emma, Peters / Peter): another name, where a typo
  falls anywhere in the word.
* ``other_sex``: a given name and its form for the other sex (Fernando / Fernanda,
  Luis / Luisa, Victor / Victoria): another person, as a family name's feminine form is.
* ``two_given_names``: two given names of the tables two edits apart (Dennis / Daniel).
* ``lone_word``: an organisation whose whole name (legal forms and particles aside) is
  one short word, against another such name: one word says all
  there is to say, so it must be the same word, a known spelling of it, or a typo that
  keeps its letters (neighbours swapped); one letter changed in a word of five is
  another word (Krebs / KRET, Reuter / ROUTER, a plural folded in: Martins / Martin),
  where one word misspelt in a name of several keeps the others' evidence.
"""

from __future__ import annotations

from listwatch.match.hypocorisms import given_names, related
from listwatch.match.phonetic import phonetic

#: a one-word organisation name this long or shorter is read strictly (``lone_word``)
LONE_WORD_MAX = 6
_VOWELS = frozenset("aeiouy")


def edge_letter(x: str, y: str) -> bool:
    """Two words of four letters or more, one of them the other with a consonant put
    before it (Gemma / Emma: ``h`` aside, which transliterations drop, Habib / Abib) or
    an ``s`` after it (Peters / Peter, Martins / Martin), that do not sound alike and are
    not a given name and its short form (``hypocorisms``). Other letters added at an end
    are often a spelling's (Hamada / Hamad, Abdulla / Abdullah) or a name cut short."""
    if len(x) == len(y) + 1:
        long_, short = x, y
    elif len(y) == len(x) + 1:
        long_, short = y, x
    else:
        return False
    if len(short) < 4:
        return False
    first = long_[0]
    if long_[1:] == short:
        if first in _VOWELS or first == "h":
            return False
    elif long_[:-1] != short or long_[-1] != "s" or short[-1] == "s":
        return False
    return phonetic(x) != phonetic(y) and not related(x, y)


def two_given_names(x: str, y: str) -> bool:
    """Two given names of the nicknames tables (``hypocorisms.given_names``), neither a
    short form of the other, whose consonants differ (vowels, ``y``, ``w`` and ``h``
    aside): Dennis / Daniel, Lucas / Louis are two names. Read on words two edits apart
    only: one letter changed is a typo by the development file's convention (Harry /
    Larry Page), and two edits in a family name may be one too (Starkey / Starmer), a
    table of family names being none."""
    names = given_names()
    return (x in names and y in names and not related(x, y)
            and _bare_consonants(x) != _bare_consonants(y))


def _bare_consonants(word: str) -> str:
    out = ""
    for ch in word:
        if ch not in _NOT_CONSONANTS and not out.endswith(ch):
            out += ch
    return out


_NOT_CONSONANTS = frozenset("aeiouywh")


def other_sex(x: str, y: str) -> bool:
    """A given name and its form for the other sex: the last vowel ``a`` for ``o``
    (Fernando / Fernanda, Anastasio / Anastasia), or ``a`` or ``ia`` put after a final
    consonant (Luis / Luisa, Daniel / Daniela, Victor / Victoria), or an ``e`` after a
    final ``l`` or ``s`` (Michel / Michelle, Louis / Louise); read on the phonetic
    skeletons too (Manuel / Manuella). Not a family name in ``-enko`` against its
    Belarusian form in ``-enka`` (Lukashenko / Lukashenka), which no sex tells."""
    if x[-4:-1] == y[-4:-1] == "enk":
        return False  # (a family name in -enko, Belarusian -enka: Lukashenka, one name)
    for p, q in ((x, y), (phonetic(x), phonetic(y))):
        long_, short = (p, q) if len(p) >= len(q) else (q, p)
        if len(short) < 4:
            continue
        if len(p) == len(q):
            if p[:-1] == q[:-1] and {p[-1], q[-1]} == _A_O:
                return True
        elif short[-1] not in _VOWELS and long_ in (short + "a", short + "ia"):
            return True
        elif short[-1] in _FRENCH and long_ == short + "e":
            return True  # (Michel / Michelle, Louis / Louise)
    return False


_A_O = frozenset("ao")
#: French feminine given names add an e after these (Michel / Michelle, Denis / Denise)
_FRENCH = frozenset("ls")


def swapped(x: str, y: str) -> bool:
    """The same letters with two neighbours swapped (Appel / Apple): a typo's kind."""
    if len(x) != len(y) or sorted(x) != sorted(y):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1


def lone_word(x: str, y: str, same_script: bool, arabic: bool) -> str:
    """Why two one-word organisation names ``x`` and ``y`` (legal forms and particles
    aside, as written: a plural is not folded) that agree only loosely are two names
    (empty when they may be one): the words start with other letters, a consonant on
    one side at least, that do not sound alike (Clements / ELEMENT: a typo seldom hits
    the first letter), or the shorter has ``LONE_WORD_MAX`` letters or fewer and the
    difference is none of a typo's or a spelling's kinds: neighbours swapped (Appel /
    Apple), a vowel left out (Rosnft / Rosneft), letters that sound alike (Gasprom /
    Gazprom, Huawey / Huawei: the phonetic skeleton, which also meets another script's
    transliteration). One vowel written for another is another word (Reuter / ROUTER,
    Berus / BARUS), but in a name romanised from Arabic (``arabic``: an Arabic particle
    or an apostrophe for ʿayn), where it is a romaniser's choice (Qaeda / Qa'ida)."""
    if x == y:
        return ""
    if _first_differs(x, y):
        return f"{x}/{y}"
    if min(len(x), len(y)) > LONE_WORD_MAX:
        return ""
    if swapped(x, y) or _vowel_dropped(x, y):
        return ""
    if _vowel_changed(x, y):
        return "" if arabic else f"{x}/{y}"
    if phonetic(x) == phonetic(y):
        return ""
    return f"{x}/{y}"


def _first_differs(x: str, y: str) -> bool:
    """Words starting with other letters, one of them at least a consonant (``h``, ``j``,
    ``w`` and ``y`` aside: romanisations write or drop them), not sounding alike (the
    phonetic skeleton; a soft c is an s)."""
    a, b = x[:1], y[:1]
    if a == b or phonetic(x)[:1] == phonetic(y)[:1] or (a in _SOFT and b in _SOFT):
        return False
    # (a soft c is an s: Cencora / Sencora)
    return not ({a, b} == _C_S and (x if a == "c" else y)[1:2] in _SOFT_C)


#: first letters that romanisations vary (vowels, and h j w y)
_SOFT = frozenset("aeiouhjwy")
_C_S = frozenset("cs")
_SOFT_C = frozenset("eiy")


def _vowel_dropped(x: str, y: str) -> bool:
    """One word is the other with one vowel left out."""
    long_, short = (x, y) if len(x) > len(y) else (y, x)
    if len(long_) != len(short) + 1:
        return False
    for i, ch in enumerate(long_):
        if ch in _VOWELS and long_[:i] + long_[i + 1:] == short:
            return True
    return False


def _vowel_changed(x: str, y: str) -> bool:
    """Two words of one length that differ only in one vowel written for another
    (``y`` aside: it writes a consonant as often)."""
    if len(x) != len(y):
        return False
    diff = [(c, d) for c, d in zip(x, y, strict=True) if c != d]
    return len(diff) == 1 and diff[0][0] in _PLAIN_VOWELS and diff[0][1] in _PLAIN_VOWELS


_PLAIN_VOWELS = frozenset("aeiou")
