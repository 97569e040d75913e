"""Word-level similarity of name words: edits, phonetic and consonant skeletons, short
forms of given names, and the near-word test that candidate retrieval shares
(``_near``: whether two words may align at all, remembered per query word)."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

from listwatch.match.crossscript import _NOT_WRITTEN, _SKELETON_RULES, _skeleton
from listwatch.match.hypocorisms import _folded_table as _respelt_table
from listwatch.match.hypocorisms import _table as _hypocorism_table
from listwatch.match.hypocorisms import related as _hypocorism
from listwatch.match.inflection import (
    baltic_stem,
    fold,
    french,
    french_same,
    gendered,
    spelling_key,
)
from listwatch.match.params import PARAMS
from listwatch.match.phonetic import _GROUP1, _PHONETIC, _REPEATED, phonetic
from listwatch.match.vocab import PLACE_ABBREVIATIONS

_VOWELS = str.maketrans("", "", "aeiouyhw'")


#: (small: in a batch nearly all its hits come within 4,096 calls of the word's last one,
#: and 100,000 held 16 MB in each worker: bench/NOTES.md)
@lru_cache(maxsize=4096)
def consonants(token: str, hebrew: bool = False) -> str:
    """Consonant skeleton for comparing with Arabic or Hebrew transliterations (no vowels).

    In Hebrew the letter vav (``v``) usually writes a vowel, so it is dropped there too.
    """
    out = token.replace("w", "")
    if hebrew:
        out = out.replace("v", "")
    out = phonetic(out).replace("p", "b").replace("v", "f").replace("g", "k")
    out = out.replace("e", "").translate(_VOWELS)
    return _REPEATED.sub(_GROUP1, out)


@lru_cache(maxsize=200_000)
def token_sim(a: str, b: str, vowelless: int = 0) -> float:
    """Similarity of two name words in 0..1, by the number of edits between them.

    One edit (substitution, insertion, deletion or swap of neighbours) keeps a word close;
    two edits are a doubt; three or more make it another word. Spelling variants that meet
    in the phonetic skeleton (Wolodymyr ~ Volodymyr) count as close.
    """
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        short, long_ = (a, b) if len(a) == 1 else (b, a)
        return PARAMS["initial"] if long_.startswith(short) and len(long_) > 1 else 0.0
    pa, pb = phonetic(a), phonetic(b)
    if pa == pb:
        return PARAMS["phonetic"]
    if _hypocorism(a, b):
        return PARAMS["hypocorism"]
    places = PLACE_ABBREVIATIONS.get(a)
    if places is not None and b in places:
        return PARAMS["place_abbreviation"]
    if len(a) >= 4 and len(b) >= 4:
        # Slavic and Baltic spellings of one name (inflection.py), or its feminine form
        if gendered(a, b):
            return PARAMS["gendered"]
        if baltic_stem(a, b):
            return PARAMS["inflected"]
    if a == b[::-1] and len(a) > 3:
        return PARAMS["edit2"]
    d = min(OSA.distance(a, b), OSA.distance(pa, pb))
    if vowelless:
        ca, cb = consonants(a, vowelless == 2), consonants(b, vowelless == 2)
        written = max(_written_consonants(a, vowelless), _written_consonants(b, vowelless))
        if ca == cb and ca:
            # (the skeleton is all a consonant script tells: one letter agrees by chance
            # (עידו ~ Dave), two or an h dropped often (فوزي fwzy ~ Hafiz, خضير khdyr ~
            # Eddaouahiri), three with the h's kept rarely)
            if written >= 3 and _with_h(a, vowelless) == _with_h(b, vowelless):
                return PARAMS["transliteration"]
            if written >= 2:
                return PARAMS["translit_short"]
        elif written >= 4:  # (a letter off in a skeleton of three says nothing)
            d = min(d, OSA.distance(ca, cb) + 1)
    shortest = min(len(a), len(b))
    if d > 1 and shortest >= 4 and (fold(a) == fold(b) or french_same(a, b)):
        return PARAMS["phonetic"]
    if d == 1:
        if shortest >= 4:
            return PARAMS["edit1"]
        if shortest <= 2 and consonants(a) != consonants(b):
            return 0.0  # (a consonant of two changed: another word, sa / la; un / on stays)
        # short words: a substituted letter may be a typo, an added one is another acronym
        return PARAMS["edit1_short"] if len(a) == len(b) else PARAMS["edit1_short"] * 0.8
    if d == 2 and shortest >= 4:
        # (two edits in a word of four change half of it: Rice / Eric, Ryan / Adan;
        # unless it starts the other, cut short: Fust / Fustar)
        if shortest > 4 or a.startswith(b) or b.startswith(a):
            return PARAMS["edit2"]
        return PARAMS["edit2_short"]
    return 0.0


def _written_consonants(token: str, vowelless: int) -> int:
    """How many letters of ``token`` a consonant script writes (as ``crossscript._skeleton``
    reads them: vowels, ``w`` and ``y`` dropped, ``h`` kept, in Hebrew ``v`` too, as vav
    writes a vowel as often; a letter written twice counts twice): the evidence a
    skeleton agreement carries."""
    out = token.replace("v", "") if vowelless == 2 else token
    for a, b in _SKELETON_RULES:
        if a in out:
            out = out.replace(a, b)
    return len(out.translate(_NOT_WRITTEN))  # (letters written twice count twice: عزيز)


def _with_h(token: str, vowelless: int) -> str:
    """``crossscript._skeleton`` of a word (``h`` kept, but at its end: ة reads ``h``
    where Latin writes a vowel, Osama; in Hebrew without ``v``)."""
    return _skeleton(token.replace("v", "") if vowelless == 2 else token).rstrip("h")


def _one_word_other(x: str, y: str, vowelless: int) -> bool:
    """Two one-word organisation names that agree only fuzzily and are more likely two
    names than one misspelt: met through a consonant skeleton only (a Hebrew or Arabic
    word read as ``LET``, ``PASIT``), or short (5 letters or fewer) and not starting alike
    (Davis / NAVIS, Borges / GORGE, Hänel / MANEL: a typo seldom hits the first letter)."""
    if vowelless:
        return True
    return (min(len(x), len(y)) <= 5 and x[0] != y[0]
            and phonetic(x)[:1] != phonetic(y)[:1])



def _other_word(x: str, y: str, org: bool) -> bool:
    """Two close words that are two words, not one word misspelt: in organisations'
    names, two acronym-like words of three letters or fewer one letter apart (VTB / LTB,
    AVA / AVY), or of four letters without a vowel (KRDV / KRBV, GTLK / GSLK), that do
    not sound alike."""
    if not org or len(x) < 2 or len(y) < 2 or phonetic(x) == phonetic(y):
        return False
    if len(x) <= 3 and len(y) <= 3:
        return True
    return len(x) == len(y) == 4 and _VOWEL_SET.isdisjoint(x) and _VOWEL_SET.isdisjoint(y)


_VOWEL_SET = frozenset("aeiouy")


def _other_length(x: str, y: str) -> bool:
    """Two person's name words two edits apart of which one at least adds or drops a
    letter, in every spelling (``fold``): another name of the same stem (Sancho /
    Sanchez, Albano / Albanese, Margoshvili / Maroghashvili), where two letters changed
    in place (Starkey / Starmer) read as a typo, and a word cut short (Fust / Fustar,
    Mahm / Mahmoud: one starts the other) as the same name, unless the shorter is a name
    of five letters or more and the longer adds three (Morris / Morrissey)."""
    if len(x) == len(y) or ((x.startswith(y) or y.startswith(x))
                            and (min(len(x), len(y)) <= 4 or abs(len(x) - len(y)) <= 2)):
        return False  # (a whole name and three letters more: Morris / Morrissey)
    fx, fy = fold(x), fold(y)
    return len(fx) != len(fy) and _osa(fx, fy, score_cutoff=2) >= 2


def _other_start(x: str, y: str) -> bool:
    """Two words two edits apart whose first letters are other consonants, not sounding
    alike: other words, not one misspelt (a typo seldom hits the first letter and another
    at once: Hoang / Shang, Vacek / Bakaev, Breton / Proton, Navros / Lavrov). First
    vowels vary with the transliteration (Ubaydi / Obeidi, Esmaeli / Ismaili)."""
    return (x[:1] != y[:1] and phonetic(x)[:1] != phonetic(y)[:1]
            and x[:1] not in _VOWEL_SET and y[:1] not in _VOWEL_SET)


def _clipped(a: str, b: str) -> bool:
    """One word is the other cut short: 4 letters or more, starting a word at least 3
    letters longer (PETROCHEM ~ PETROCHEMICAL). Used for organisations' names only."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and len(long_) - len(short) >= 3 and long_.startswith(short)

#: ``_near`` of word pairs met so far, by query word, in two generations (newer, older):
#: once the newer holds ``_NEAR_MAX`` pairs it becomes the older one, and the rows of
#: query words met again are carried over (the size: memory against misses per query,
#: bench/NOTES.md)
_NEAR: list[dict[str, dict[str, bool]]] = [{}, {}]
_NEAR_MAX = 400_000
#: (bound once: an attribute of a module is looked up at every call)
_osa = OSA.distance
_near_count = [0]


def _near_row(x: str) -> dict[str, bool]:
    """Query word ``x``'s row of ``_NEAR`` (``_near`` of the words met with it)."""
    newer: dict = _NEAR[0]
    row = newer.get(x)
    if row is None:
        old = _NEAR[1].get(x)
        if old is None:
            row = newer[x] = {}
        else:
            row = newer[x] = dict(old)
            _near_count[0] += len(row)
    return row


def _near(x: str, y: str) -> bool:
    """Whether words ``x`` and ``y`` may align (see ``upper_bounds``)."""
    _near_count[0] += 1
    if _near_count[0] >= _NEAR_MAX:
        _NEAR[1], _NEAR[0] = _NEAR[0], {}
        _near_count[0] = 0
    # (words whose lengths differ by more than two are more than two edits apart)
    lx, ly = len(x), len(y)
    close = -2 <= lx - ly <= 2
    # (``_osa`` called without its keyword ``score_cutoff``: a call with a keyword costs
    # more than the whole distance of two short words, and only ``<= 2`` is read)
    if close and not _apart(x, y) and _osa(x, y) <= 2:
        return True
    known: dict = _PHONETIC
    px = known.get(x)
    if px is None:
        px = phonetic(x)
    py = known.get(y)
    if py is None:
        py = phonetic(y)
    # (the skeletons compared only when one differs from its word: else the test above)
    if (-2 <= len(px) - len(py) <= 2 and (px != x or py != y or not close)
            and not _apart(px, py) and _osa(px, py) <= 2):
        return True
    if (lx == ly and lx > 3 and x[::-1] == y) or ((lx == 1 or ly == 1) and (
            y.startswith(x) or x.startswith(y))):
        return True
    short = _SHORT_FORMS[0]
    if short is None:
        short = _SHORT_FORMS[0] = _hypocorism_table()
    forms = short.get(x)
    if forms is not None and y in forms:  # (``hypocorisms.related``)
        return True
    places = PLACE_ABBREVIATIONS  # (typed in words.pxd: a dict read without a method call)
    forms = places.get(x)
    if forms is not None and y in forms:  # (a place and its initials: ``token_sim``)
        return True
    if lx < 4 or ly < 4:
        return False
    # (``baltic_stem``'s own first test in part, written out: most pairs stop there)
    if -5 < lx - ly < 5 and (x[-1] == "s" or y[-1] == "s") and baltic_stem(x, y):
        return True
    folds: dict = _FOLDS
    fx = folds.get(x)
    if fx is None:
        if len(folds) >= _FOLDS_MAX:
            folds.clear()
        fx = folds[x] = (fold(x), french(x) != x, spelling_key(x))
    fy = folds.get(y)
    if fy is None:
        fy = folds[y] = (fold(y), french(y) != y, spelling_key(y))
    # (``french_same`` is false unless a word reads otherwise as French: most words)
    if fx[0] == fy[0] or ((fx[1] or fy[1]) and french_same(x, y)):
        return True
    # (a short form and its name in another romanisation: ``hypocorisms.folded_related``)
    respelt = _RESPELT_FORMS[0]
    if respelt is None:
        respelt = _RESPELT_FORMS[0] = _respelt_table()
    forms = respelt.get(fx[2])
    return forms is not None and fy[2] in forms


def _apart(x: str, y: str) -> bool:
    """Whether ``x`` and ``y`` are surely more than two edits apart: three letters of one
    (counted where they stand) occur nowhere in the other. An edit (a letter changed,
    added, dropped, or two neighbours swapped) leaves at most one letter of each word
    without its like in the other, so words two edits apart or less never are; most
    pairs of other words are, and this test is far cheaper than the distance."""
    n = 0
    for ch in x:
        if ch not in y:
            n += 1
            if n > 2:
                return True
    n = 0
    for ch in y:
        if ch not in x:
            n += 1
            if n > 2:
                return True
    return False


#: ``hypocorisms._table()`` and ``hypocorisms._folded_table()``, fetched on first use
_SHORT_FORMS: list = [None]
_RESPELT_FORMS: list = [None]
#: ``fold`` of the words ``_near`` met, whether ``french`` reads them otherwise, and their
#: ``spelling_key`` (a dict: a call of ``fold``'s own cache costs several lookups of one)
_FOLDS: dict[str, tuple[str, bool, str]] = {}
_FOLDS_MAX = 200_000
