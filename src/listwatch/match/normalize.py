"""Name normalisation for matching: one ``NormName`` per (name, kind), cached.

Steps, in order:

1. Legal forms written in native scripts (有限公司, ООО …) are taken out of the text.
2. Scripts: traditional Han characters become simplified (OpenCC), Han runs become pinyin (company words from ``HAN_WORDS`` become their English
   word, other syllables are joined per run so 小米 gives ``xiaomi``); every other script goes
   through anyascii (Cyrillic, Greek, Arabic, Hebrew, Hangul, kana …). The original CJK
   characters are kept in ``native`` so two names in the same CJK script are compared
   character by character.
3. Case folding, accents, punctuation: dotted initials (``A.B.C.``) join into one token,
   ``&`` becomes ``and``, possessive ``'s`` goes, other punctuation splits words.
4. Persons: "FAMILY, Given" is turned to "Given FAMILY"; titles are dropped; digits inside
   words are read as letters (``Ig0r`` → ``igor``).
5. Organisations: legal forms at either end (and unambiguous ones anywhere) move to
   ``forms``; abbreviations expand to one canonical word; plurals are folded.
6. Numbers: digits, number words (``forty 4`` → ``44``), ordinals (``1st`` → ``1``) and,
   for organisations and vessels, Roman numerals become ``numbers``; they never count as
   name words, so different numbers can be penalised on their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

from anyascii import anyascii
from rapidfuzz.distance import OSA

from listwatch.match.sino import sino_key
from listwatch.match.vocab import (
    ABBREVIATIONS,
    HAN_WORDS,
    LEGAL_FORMS,
    NATIVE_FORMS,
    NUMBER_WORDS,
    ORG_ONLY_WORDS,
    STOPWORDS,
    TITLES,
)
from listwatch.match.vocab_scripts import ENGLISH_WORDS as _ENGLISH
from listwatch.match.vocab_scripts import read_longest, read_transliterated, translate_org_words
from listwatch.match.vocab_world import WORLD_AMBIGUOUS

PERSON = "person"
ORG = "org"
VESSEL = "vessel"

_PARTICLES = {
    "l": "al",
    "bn": "bin",
    "el": "al",
    "ul": "al",
    "ibn": "bin",
    "ben": "bin",
    "bint": "bin",
    "&": "and",
}
#: words that say "son of" or "daughter of" inside a person's name (Mauritanian ould,
#: Tunisian bent), read as ``bin`` there: Mohamed Ould Ahmed Ould ALI
_CHAIN_INSIDE = frozenset(("ould", "bent", "wuld"))
_MR_INITIAL = {"g": "k", "d": "t", "b": "p"}
#: scripts whose company words ``vocab_scripts`` reads in English
_TRANSLATED = frozenset(("cyrillic", "arabic", "hangul", "kana", "han"))
_LEET = str.maketrans("0134579", "oieastg")
_ROMAN = re.compile(r"^x{0,3}(ix|iv|v?i{0,3})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b\.?)?")
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th|e|er)\b")
#: a match's first group (a callable: Python 3.11 runs a template like ``r"\1"``
#: through Python code at every ``sub``)
_GROUP1 = itemgetter(1)
#: a word: a run of what no separator splits (``findall`` of the runs: the pieces of a
#: split on the separators, without the empty ones)
_WORD = re.compile(r"[a-z0-9&]+")
_DIGIT = re.compile(r"\d")
_DIGIT_ALPHA = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
#: the vowel signs of Arabic and Hebrew script (harakat, shadda, sukun, dagger alif,
#: Quranic marks; niqqud and cantillation): optional, rarely written in names, and a
#: name is the same name with or without them (مُحَمَّد is محمد), so they are read off
_VOWEL_SIGNS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4"
                          "\u06e7\u06e8\u06ea-\u06ed\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4"
                          "\u05c5\u05c7]")
_MAX_FORM_WORDS = max(len(k.split()) for k in LEGAL_FORMS)
#: Forms that are also common words or initials: only recognised at either end of a name.
_AMBIGUOUS_FORMS = {
    "co",
    "as",
    "ab",
    "se",
    "sa",
    "ag",
    "pt",
    "kk",
    "ao",
    "mt",
    "m t",
    "mv",
    "m v",
    "oy",
    "sl",
    "lp",
    "kg",
    "cos",
    "pty",
    "pte",
    "limited",
    "company",
    "corporation",
    "tov",
    "bv",
}
_AMBIGUOUS_FORMS |= WORLD_AMBIGUOUS
_ORG_STEM_KEEP = {"mass", "gas", "bus", "plus", "news", "paris", "bros", "us", "swiss"}


@dataclass(slots=True, unsafe_hash=True)
class NormName:
    """A name ready for comparison. Never changed once made (and hashed by value); not a
    frozen dataclass only because that one's ``__init__`` sets each field through
    ``object.__setattr__``: five times slower, and screening makes several per query."""

    original: str
    kind: str
    #: casefolded ASCII text of the whole name, forms included (for "same after cleaning")
    text: str
    #: name words: forms, titles and numbers removed; abbreviations expanded
    tokens: tuple[str, ...]
    #: canonical legal form codes found in the name
    forms: frozenset[str]
    #: numbers in the name, as digit strings
    numbers: tuple[str, ...]
    #: main script of the original: latin, han, hangul, kana, arabic, cyrillic, other
    script: str
    #: for CJK names: the original characters without spaces, punctuation or forms
    native: str
    #: what ``screening.bounds.upper_bounds`` reads of this name as the other side, worked out on
    #: first use and kept (a list name meets many queries); derived from the fields
    #: above, so no part of the name's value: not compared, hashed or shown
    bound_side: Any = field(default=None, compare=False, hash=False, repr=False)

    def __init__(self, original: str, kind: str, text: str, tokens: tuple[str, ...],
                 forms: frozenset[str], numbers: tuple[str, ...], script: str, native: str,
                 bound_side: Any = None) -> None:
        # (written out, not the dataclass's generated one: compiled with the module, it
        # makes a name several times faster, and screening makes several per query)
        self.original = original
        self.kind = kind
        self.text = text
        self.tokens = tokens
        self.forms = forms
        self.numbers = numbers
        self.script = script
        self.native = native
        self.bound_side = bound_side

    @property
    def joined(self) -> str:
        """Name words glued together (catches split or merged words)."""
        return "".join(self.tokens)


def script_of(text: str) -> str:
    """The dominant non-Latin script of ``text`` (``latin`` when there is none)."""
    if text.isascii():
        return "latin"
    known = _SCRIPTS.get(text)
    if known is None:
        if len(_SCRIPTS) >= _KEPT_MAX:
            _SCRIPTS.clear()
        known = _SCRIPTS[text] = _script_of(text)
    return known


def _script_of(text: str) -> str:
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isascii() or not ch.isalpha():
            continue
        cp = ord(ch)
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF:
            s = "han"
        elif 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
            s = "hangul"
        elif 0x3040 <= cp <= 0x30FF:
            s = "kana"
        elif 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF:
            s = "arabic"
        elif 0x0590 <= cp <= 0x05FF:
            s = "hebrew"
        elif 0x0400 <= cp <= 0x052F:
            s = "cyrillic"
        elif cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF:
            continue  # Latin with accents
        else:
            s = "other"
        counts[s] = counts.get(s, 0) + 1
    if not counts:
        return "latin"
    return max(counts.items(), key=lambda kv: kv[1])[0]


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


_T2S: list[Any] = []


def _simplified(text: str) -> str:
    """Traditional Han characters as simplified ones (OpenCC ``t2s``, its dictionaries ship
    in the package): 華信船務 and 华信船务 are one name, and words and readings are looked up
    in one form (長安 reads chang'an as 长安 does)."""
    if not _T2S:
        import opencc

        _T2S.append(opencc.OpenCC("t2s"))
    return str(_T2S[0].convert(text))


def lazy_pinyin(text: str) -> list[str]:
    """pypinyin's reading of ``text``, imported on first use (its dictionaries are slow to
    load, and most processes never meet a Han name); kept per text (a name is read for
    both kinds when its schema is not known)."""
    known = _PINYIN.get(text)
    if known is None:
        from pypinyin import lazy_pinyin as reading

        if len(_PINYIN) >= _KEPT_MAX:
            _PINYIN.clear()
        known = _PINYIN[text] = tuple(reading(text))
    return list(known)


def _unified(text: str) -> str:
    """A name not in ASCII in one form whatever its kind: NFKC, the vowel signs of Arabic
    and Hebrew script off, traditional Han characters simplified; kept per name (a name
    is normalised for both kinds when its schema is not known)."""
    known = _UNIFIED.get(text)
    if known is None:
        if len(_UNIFIED) >= _KEPT_MAX:
            _UNIFIED.clear()
        out = unicodedata.normalize("NFKC", text)
        out = _VOWEL_SIGNS.sub("", out)
        if any(_is_han(ch) for ch in out):
            out = _simplified(out)
        known = _UNIFIED[text] = out
    return known


#: ``lazy_pinyin``, ``_unified`` and ``script_of`` of the texts met so far; each emptied
#: when it holds ``_KEPT_MAX``
_PINYIN: dict[str, tuple[str, ...]] = {}
_UNIFIED: dict[str, str] = {}
_SCRIPTS: dict[str, str] = {}
_KEPT_MAX = 20_000


def _han_run(run: str, kind: str) -> str:
    """Pinyin for a run of Han characters, as lists spell names."""
    if kind == PERSON:
        syl = lazy_pinyin(run)
        if 2 <= len(syl) <= 4:
            # family name first, given name joined: 习近平 -> "xi jinping"
            return f"{syl[0]} {''.join(syl[1:])}"
        return "".join(syl)
    words = [reading if reading is not None else "".join(lazy_pinyin(text))
             for reading, text in read_longest(run, HAN_WORDS, (3, 2, 1))]
    return " ".join(words)


def _romanise(text: str, kind: str) -> str:
    if text.isascii():
        return text
    out: list[str] = []
    run = ""
    for ch in text:
        if _is_han(ch):
            run += ch
            continue
        if run:
            out.append(f" {_han_run(run, kind)} ")
            run = ""
        out.append(ch)
    if run:
        out.append(f" {_han_run(run, kind)} ")
    joined = "".join(out)
    if joined.isascii():
        return joined
    if kind != PERSON:
        return anyascii(joined)  # (a company's Hangul word is one word: 부산 Busan)
    # keep word boundaries anyascii would lose (GimJeongEun): a space between CJK syllables
    spaced = "".join(f"{c} " if 0xAC00 <= ord(c) <= 0xD7AF else c for c in joined)
    return anyascii(spaced)


def _roman_value(token: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(token):
        val = _ROMAN_VALUES[ch]
        total = total - val if val < prev else total + val
        prev = max(prev, val)
    return total


_FORM_FIRST = {k.split()[0] for k in LEGAL_FORMS}
_FORM_LAST = {k.split()[-1] for k in LEGAL_FORMS}
_FORM_WORDS = sorted({w for k in LEGAL_FORMS for w in k.split() if len(w) >= 5})
_FORM_WORD_SET = frozenset(_FORM_WORDS)  # (a form word is never "corrected" to another)
#: legal forms of three words or more by the words after their first (before their
#: last): the first (last) word, when it is 4 letters or more, may be run into the name
#: word beside it (``GAZPROMBANKJOINT STOCK COMPANY``: ``_unglue_form``)
_GLUED_HEAD: dict[tuple[str, ...], set[str]] = {}
_GLUED_TAIL: dict[tuple[str, ...], set[str]] = {}
for _form in LEGAL_FORMS:
    _parts = _form.split()
    if len(_parts) >= 3 and len(_parts[0]) >= 4:
        _GLUED_HEAD.setdefault(tuple(_parts[1:]), set()).add(_parts[0])
    if len(_parts) >= 3 and len(_parts[-1]) >= 4:
        _GLUED_TAIL.setdefault(tuple(_parts[:-1]), set()).add(_parts[-1])
#: the fewest letters left of a name word a form's word is taken off
_GLUED_REST = 3
#: the words of legal forms of two words or more (two of them may be run together)
_MULTI_FORM_WORDS = frozenset(w for k in LEGAL_FORMS if " " in k for w in k.split()
                              if len(w) >= 2)


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


#: Form words by their one-deletion keys: a word one edit from a form word shares a key.
_FORM_KEYS: dict[str, list[str]] = {}
for _w in _FORM_WORDS:
    for _k in _deletions(_w):
        _FORM_KEYS.setdefault(_k, []).append(_w)


@lru_cache(maxsize=50_000)
def _fix_form_word(word: str) -> str:
    """Correct a one-edit misspelling of a legal-form word (JOYNT STOCK -> joint stock)."""
    if (len(word) < 5 or not word.isalpha() or word in LEGAL_FORMS or word in ABBREVIATIONS
            or word in _FORM_WORD_SET):
        return word
    keys: dict = _FORM_KEYS  # (typed: a dict read without a method call, compiled)
    near = {w for k in _deletions(word) for w in keys.get(k, ())}
    # the first in _FORM_WORDS order, as a scan of the sorted list would find
    for form_word in sorted(near):
        if OSA.distance(word, form_word) == 1:
            return form_word
    return word


#: the words the abbreviation table reads as another word (``electronics`` electric,
#: ``rossiyskaya`` russia, ``defence`` defense), of ``_NEAR_READ_MIN`` letters or more, by
#: their one-deletion keys: a typo of one (``electronisc``, ``defecne``) must read as it
#: does, or the two spellings of one name share no word, or words two letters apart
_NEAR_READ_MIN = 7
_READ_KEYS: dict[str, list[str]] = {}
for _w in ABBREVIATIONS:
    if len(_w) >= _NEAR_READ_MIN and _w.isalpha() and " " not in ABBREVIATIONS[_w]:
        for _k in _deletions(_w):
            _READ_KEYS.setdefault(_k, []).append(_w)
#: the words a typo is never read from: they are words of their own
_READ_KEEP = frozenset([*ABBREVIATIONS.values(), *_FORM_WORD_SET, *_ENGLISH])


def _swapped(word: str, other: str) -> bool:
    """``word`` is ``other`` with two neighbouring letters swapped."""
    if len(word) != len(other):
        return False
    diff = [k for k in range(len(word)) if word[k] != other[k]]
    return (len(diff) == 2 and diff[1] == diff[0] + 1
            and word[diff[0]] == other[diff[1]] and word[diff[1]] == other[diff[0]])


@lru_cache(maxsize=50_000)
def _near_read_word(word: str) -> str | None:
    """The reading of an abbreviation-table word one typo from ``word`` (a letter
    changed, added or left out, two neighbours swapped: ``electronisc`` electric), its
    first letter as written; None when no such word, when two such are read otherwise,
    or when ``word`` is a word of its own (``_READ_KEEP``). A table word that is its
    reading cut short (``internat``, ``telecom``) is read from two neighbours swapped
    only (``telceom``): a letter changed or added there is another word (internal,
    internet)."""
    if len(word) < _NEAR_READ_MIN or not word.isalpha() or word in _READ_KEEP:
        return None
    readings = set()
    keys: dict = _READ_KEYS  # (typed: a dict read without a method call, compiled)
    for k in _deletions(word):
        for w in keys.get(k, ()):
            reading = ABBREVIATIONS[w]
            if w[0] != word[0] or OSA.distance(word, w, score_cutoff=1) != 1:
                continue
            if reading.startswith(w) and not _swapped(word, w):
                continue
            readings.add(reading)
    return readings.pop() if len(readings) == 1 else None


def _unglue_form(words: list[str]) -> list[str]:
    """A legal form of three words or more whose first word is run into the name word
    before it (``GAZPROMBANKJOINT STOCK COMPANY`` -> ``gazprombank joint stock company``),
    or whose last word is run into the name word after it (``ZAKRYTOE AKTSIONERNOE
    OBSHCHESTVOVEKTOR``): the words split apart, so the form is read as a form. Only the
    form's other words, all written, tell that the run-in word holds it."""
    fixed = [_fix_form_word(w) for w in words]
    split = _split_form_pair(fixed)
    if split is not None:
        # (the two words split apart; the others as written: the form's misspelt words
        # are read where the form is found, a name word one edit from a form word stays,
        # LIMITEDLIABILITY COMPANY STORK is no stock)
        k = next(i for i in range(len(words)) if split[i] != fixed[i])
        return [*words[:k], split[k], split[k + 1], *words[k + 1:]]
    # (the tables as typed locals: the compiled core reads a dict so without a method call)
    glued_head: dict = _GLUED_HEAD
    glued_tail: dict = _GLUED_TAIL
    for n in range(2, min(5, len(words) - 1) + 1):
        heads = glued_head.get(tuple(fixed[-n:]))
        if heads:
            word = words[-n - 1]
            for head in heads:
                if word.endswith(head) and len(word) - len(head) >= _GLUED_REST:
                    return [*words[:-n - 1], word[:-len(head)], head, *fixed[-n:]]
        tails = glued_tail.get(tuple(fixed[:n]))
        if tails:
            word = words[n]
            for tail in tails:
                if word.startswith(tail) and len(word) - len(tail) >= _GLUED_REST:
                    return [*fixed[:n], tail, word[len(tail):], *words[n + 1:]]
    return words


def _split_form_pair(words: list[str]) -> list[str] | None:
    """Two words of a legal form run together at either end of a name (``PUBLICJOINT
    STOCK COMPANY TRANSNEFT``, ``ACME LIMITEDLIABILITY COMPANY``): the words apart, when
    the form is then written whole at that end; else None."""
    last = len(words) - 1
    for k in sorted({0, 1, 2, last - 2, last - 1, last} & set(range(len(words)))):
        word = words[k]
        if word in _MULTI_FORM_WORDS or len(word) < 5 or not word.isalpha():
            continue
        if not ((k < last and words[k + 1] in _MULTI_FORM_WORDS)
                or (k > 0 and words[k - 1] in _MULTI_FORM_WORDS)):
            continue  # (a form's words stand beside it)
        for i in range(2, len(word) - 1):
            x, y = word[:i], word[i:]
            if x not in _MULTI_FORM_WORDS or y not in _MULTI_FORM_WORDS:
                continue
            new = [*words[:k], x, y, *words[k + 1:]]
            for size in range(max(2, k + 2), min(_MAX_FORM_WORDS, len(new) - 1) + 1):
                if " ".join(new[:size]) in LEGAL_FORMS:
                    return new
            for size in range(2, min(_MAX_FORM_WORDS, len(new) - 1) + 1):
                if k >= len(new) - size - 1 and " ".join(new[-size:]) in LEGAL_FORMS:
                    return new
    return None


def _strip_forms(words: list[str]) -> tuple[list[str], set[str]]:
    """Take legal forms off both ends (and unambiguous ones anywhere). A misspelt form
    word (JOYNT STOCK) is read as the form's word; the name words left keep their
    spelling: a name word one edit from a form word (WUHAN, a letter from the Korean
    form's ``yuhan``; ENTERPRISE, from the French ``entreprise``; STORK) is no form word."""
    forms: set[str] = set()
    written = words
    # (a form ends or starts the name only if its last or first word does: the ends are
    # checked before every word is looked at)
    if len(words) > 2 and (_fix_form_word(words[-1]) in _FORM_LAST
                           or _fix_form_word(words[0]) in _FORM_FIRST):
        fixed = [_fix_form_word(w) for w in words]
        # (a form of n words starts with one of ``_FORM_FIRST`` and ends with one of
        # ``_FORM_LAST``: only those ends are joined and looked up)
        for n in range(1, min(4, len(fixed)) + 1):
            if ((fixed[-n] in _FORM_FIRST and " ".join(fixed[-n:]) in LEGAL_FORMS)
                    or (fixed[n - 1] in _FORM_LAST and " ".join(fixed[:n]) in LEGAL_FORMS)):
                words = fixed
                break
    start, end = 0, len(words)  # (the words left: ``words[start:end]``)
    changed = True
    while changed and start < end:
        changed = False
        try_head = words[start] in _FORM_FIRST
        try_tail = words[end - 1] in _FORM_LAST
        if not (try_head or try_tail):
            break
        for size in range(min(_MAX_FORM_WORDS, end - start), 0, -1):
            # (as above: only ends that may be a form are joined)
            head = (" ".join(words[start:start + size])
                    if try_head and words[start + size - 1] in _FORM_LAST else "")
            if head in LEGAL_FORMS and end - start > size:
                forms.add(LEGAL_FORMS[head])
                start += size
                changed = True
                break
            tail = (" ".join(words[end - size:end])
                    if try_tail and words[end - size] in _FORM_FIRST else "")
            if tail in LEGAL_FORMS and end - start > size:
                forms.add(LEGAL_FORMS[tail])
                end -= size
                changed = True
                break
    kept: list[str] = []
    many = end - start > 1
    for i in range(start, end):
        w = words[i]
        if w in LEGAL_FORMS and w not in _AMBIGUOUS_FORMS and many:
            forms.add(LEGAL_FORMS[w])
        else:
            kept.append(written[i])
    return kept, forms


def _stem(word: str) -> str:
    if len(word) > 4 and word not in _ORG_STEM_KEEP:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith("s") and not word.endswith("ss"):
            return word[:-1]
    return word


_ROMAN_CHARS = frozenset("ivx")
_NO_FORMS: frozenset[str] = frozenset()  # (shared: most names carry no legal form)


def _may_be_number(word: str) -> bool:
    return word.isdigit() or word in NUMBER_WORDS or _ROMAN_CHARS.issuperset(word)


#: ``_may_be_number`` of the words met, emptied when it holds ``_NUMBERISH_MAX`` (a dict
#: read in the compiled core without a call: most names have no number, and every word is
#: asked)
_NUMBERISH: dict[str, bool] = {}
_NUMBERISH_MAX = 50_000


def _numbers(words: list[str], kind: str) -> tuple[list[str], list[str]]:
    """Split words into name words and numbers (number words and numerals combined)."""
    known: dict = _NUMBERISH
    for w in words:
        maybe = known.get(w)
        if maybe is None:
            if len(known) >= _NUMBERISH_MAX:
                known.clear()
            maybe = known[w] = _may_be_number(w)
        if maybe:
            break
    else:
        return words, []
    kept: list[str] = []
    nums: list[int | str] = []
    last = len(words) - 1
    for i, w in enumerate(words):
        val: int | str | None = None
        if w.isdigit():
            val = int(w) if len(w) < 6 else w
        elif w in NUMBER_WORDS and (kind != PERSON):
            val = NUMBER_WORDS[w]
        elif kind != PERSON and (kept or nums) and _ROMAN.match(w) and (
                len(w) > 1 or w in "vx" or (i == last and len(kept) >= 2)):
            # (a lone ``i`` is a numeral only closing a name of two words or more: the
            # first fund of a series, ``Buyout Fund I``; a vessel ``MARIE DE LOURDES I``)
            val = _roman_value(w)
        if val is None:
            kept.append(w)
            continue
        prev = nums[-1] if nums else None
        if (
            isinstance(val, int)
            and isinstance(prev, int)
            and prev % 10 == 0
            and 20 <= prev <= 90
            and 0 < val < 10
        ):
            nums[-1] = prev + val
        elif isinstance(val, int) and val == 100 and isinstance(prev, int) and prev < 10:
            nums[-1] = prev * 100
        else:
            nums.append(val)
    return kept, [str(n) for n in nums]


_POSSESSIVE = re.compile(r"'s\b")


def _words(text: str) -> list[str]:
    """Lower-case words of romanised text (dotted initials joined, ordinals as numbers)."""
    text = text.lower()
    if text.isascii():
        # (letters, spaces, commas and hyphens only, most names: none of the steps below
        # changes such a text, and its words are what ``_WORD`` finds, the runs of
        # letters; a regular expression's search costs several times a split)
        spaced = text.replace(",", " ").replace("-", " ")
        if spaced.replace(" ", "").isalpha():
            return spaced.split()
    if "’" in text or "`" in text:
        text = text.replace("’", "'").replace("`", "'")
    if "'" in text:
        text = _POSSESSIVE.sub("", text).replace("'", "")
    if "%" in text:
        text = text.replace("%", " percent")
    if "." in text:
        text = _DOTTED.sub(lambda m: " " + m.group(0).replace(".", "") + " ", text)
    if _DIGIT.search(text):
        text = _ORDINAL.sub(_GROUP1, text)
    if "&" in text:
        text = text.replace("&", " & ")
    return _WORD.findall(text)


#: title words that are also family names (何 He, the Hmong clan name Her, Cantonese Hon,
#: English Major and Lord, Imam, Sheikh and Shaikh, Sayyid): a title only before the name
#: (``Major John Smith``) or after a comma (``KHAN, Ali, Sheikh``); last, or anywhere
#: else, the family name (``John Major``, ``Li Cheng He``, ``MAJOR, John``)
TITLE_NAMES: frozenset[str] = frozenset(
    ("he", "her", "hon", "major", "lord", "imam", "sheikh", "shaikh", "sheik", "sayyid"))
#: of those, the ones a title writes abbreviated (H.E., Hon.) or before another title word
#: (HE Sheikh, Her Excellency): alone and unabbreviated before a name, the family name
#: (He Wei, Hon Kwok Wah)
_ABBREVIATED_TITLES = frozenset(("he", "hon", "her"))


def _drop_titles(words: list[str], text: str) -> list[str]:
    """A person's name words without its titles (``TITLES``); a title word that is also a
    family name (``TITLE_NAMES``) only where it stands as a title."""
    if TITLES.isdisjoint(words):
        return words
    lead = 0
    while lead < len(words) and words[lead] in TITLES:
        lead += 1
    out: list[str] = []
    for i, w in enumerate(words):
        if w not in TITLES:
            out.append(w)
        elif w not in TITLE_NAMES:
            continue
        elif i < lead:
            if (w in _ABBREVIATED_TITLES and i + 1 >= lead
                    and not re.search(r"(?<![a-z])" + r"\.?\s*".join(w) + r"\.", text)):
                out.append(w)  # (He Wei: a family name; H.E. Wei, HE Sheikh: titles)
        elif not re.search(rf",[\s.a-z]*\b{w}\b[\s.]*$", text):
            out.append(w)
    return out


_FINAL_UNVOICED = {"g": "k", "b": "p", "d": "t"}


def _hangul_syllable(word: str) -> str:
    """One syllable of a person's name read from Hangul letter by letter, its last
    consonant and an initial ``l`` as Revised Romanisation and McCune-Reischauer write
    them (``bag`` -> ``bak``, ``li`` -> ``ri``)."""
    if len(word) < 2:
        return word
    last = _FINAL_UNVOICED.get(word[-1])
    if last is not None and not word.endswith("ng"):
        word = word[:-1] + last
    return "r" + word[1:] if word[0] == "l" else word


_BRACKET_LAST = re.compile(r"^(.*[^\s(])\s*\(([^()]{2,40})\)\s*$")


def _without_country_after_form(text: str) -> str:
    """A company's name without a country in brackets after its legal form (``RUNNING
    BROOK, LLC (USA)``, ``ACME TRADING LTD (UK)``): where it is registered, as a list or
    a registry adds it, not a word of its name; the name is the same without it. A
    bracket before the form (``ACME (HONG KONG) LIMITED``) or after a name with no form
    (``BANK OF CHINA (HONG KONG)``) names another company of a group, and stays."""
    head, code = _country_after_form(text)
    return head if code is not None else text


def registered_country(text: str) -> str | None:
    """The country code of a company name's bracketed country after its legal form
    (``_without_country_after_form``), None if it writes none."""
    return _country_after_form(text)[1] if text.endswith(")") else None


@lru_cache(maxsize=4096)
def _country_after_form(text: str) -> tuple[str, str | None]:
    m = _BRACKET_LAST.match(text)
    if m is None:
        return text, None
    head, inner = m.group(1), m.group(2)
    words = _words(head)
    if not any(len(words) > n and " ".join(words[-n:]) in LEGAL_FORMS
               for n in range(1, min(4, len(words)) + 1)):
        return text, None
    from listwatch.countries import country_code  # (its tables load on first use)

    return head, country_code(inner)


@lru_cache(maxsize=20_000)
def _ascii_words(text: str) -> tuple[str, ...]:
    return tuple(_words(text))


@lru_cache(maxsize=50_000)
def normalize(name: str, kind: str = ORG) -> NormName:
    """Normalise one name for the given kind (``person``, ``org`` or ``vessel``)."""
    if name and name.isascii() and not name.islower():
        # ASCII case does not change the result: share the work of the lower-case form
        return NormName(name, *_normalize(name.lower(), kind))
    return NormName(name, *_normalize(name, kind))


#: (smaller than ``normalize``'s: it is reached only on that cache's misses, and in a
#: batch, where each distinct name comes once, 98 % of its calls miss; 50,000 held 28 MB
#: in each worker: bench/NOTES.md)
@lru_cache(maxsize=16384)
def _normalize(name: str, kind: str) -> tuple[Any, ...]:
    """The fields of ``normalize(name, kind)`` after ``original`` (a tuple: the name
    itself is made once, by ``normalize``, with the name as written)."""
    text = name or ""
    forms: set[str] = set()
    # (the per-word tables as typed locals: the compiled core reads a dict so without a
    # method call)
    particles: dict = _PARTICLES
    abbreviations: dict = ABBREVIATIONS
    if not text.isascii():
        text = _unified(text)
    if kind != PERSON and text.endswith(")"):
        text = _without_country_after_form(text)
    for native, code in () if text.isascii() or kind == PERSON else NATIVE_FORMS.items():
        if native in text:
            if _is_han(native[0]):
                text = text.replace(native, " ")
                forms.add(code)
            else:
                text, n = re.subn(rf"(?<!\w){native}(?!\w)", " ", text)
                if n:
                    forms.add(code)
    script = script_of(text)
    native_chars = ""
    if script in ("han", "hangul", "kana"):
        native_chars = "".join(ch for ch in text if ch.isalnum() and not ch.isascii())
    if kind == ORG and script in _TRANSLATED:
        # (company words of the name's own script read as the English its English name
        # writes: Казанский машиностроительный завод ~ Kazan Machine-Building Plant)
        text = translate_org_words(text, script)
    if kind == PERSON and "," in text and text.count(",") == 1:
        family, given = text.split(",")
        if family.strip() and given.strip():
            text = f"{given} {family}"
    if script == "arabic":
        # the article joined to its word: الأسد -> "al" + word (split again for Latin)
        text = re.sub(r"(?<![^\s\-])ال(?=\w{2})", "al", text)
    if text.isascii():
        words = list(_ascii_words(text))  # shared by the kinds (schema-less queries)
    else:
        words = _words(_romanise(text, kind))
    if script == "hangul":
        # lists spell Korean names in McCune-Reischauer: initial k/t/p (Gim -> Kim); the
        # English words read for company words stay as they are
        words = [_MR_INITIAL.get(w[0], w[0]) + w[1:] if len(w) > 1 and w not in _ENGLISH
                 else w for w in words]
        if kind == PERSON:
            # (a person's syllables as both romanisations end and open them: a final
            # g, b, d read k, p, t, an initial l read r; 박 bag -> pak, 리 li -> ri, as
            # lists write North Korean names: PAK, RI)
            words = [_hangul_syllable(w) for w in words]
    if kind != PERSON and len(words) >= 3 and (
            words[-1] in _FORM_LAST or words[0] in _FORM_FIRST
            or words[1] in _MULTI_FORM_WORDS or words[-2] in _MULTI_FORM_WORDS
            or _fix_form_word(words[-1]) in _FORM_LAST or _fix_form_word(words[0]) in _FORM_FIRST):
        # (before the text is kept: the name's words as written, the form apart)
        words = _unglue_form(words)
    clean_text = " ".join(words)
    if kind == PERSON:
        words = [w.translate(_LEET) if not w.isdigit() and not w.isalpha() else w for w in words]
        # (Latin titles only: عمر and עמר read ``mr``, a name, not "Mr")
        keep_titles = len(words) < 2 or script in ("arabic", "hebrew")
        if not keep_titles:
            words = _drop_titles(words, text)
        words = [particles.get(w, w) for w in words]
        for i in range(1, len(words)):
            if words[i] in _CHAIN_INSIDE:
                # (ould, bent: son of, daughter of, inside a chain of descent; first, Bent
                # is a Danish given name)
                words[i] = "bin"
        if (len(words) > 2 and words[-1] in LEGAL_FORMS and words[-1] not in ("co", "ao")
                and sino_key(tuple(words)) is None):  # (Wen Chia-pao: pao is no PAO)
            forms.add(LEGAL_FORMS[words[-1]])
            words = words[:-1]
        elif (len(words) > 2 and len(words[-1]) == len(words[-2]) == 1 and "/" in text
              and f"{words[-2]} {words[-1]}" in LEGAL_FORMS):
            # (a form of single letters written with a slash last: S/A, A/S, no initials
            # of a person; M. T., A. S. may be)
            forms.add(LEGAL_FORMS[f"{words[-2]} {words[-1]}"])
            words = words[:-2]
    else:
        words = [p for w in words
                 for p in ((w,) if w.isalpha() or w.isdigit() else _DIGIT_ALPHA.split(w))]
        words, found = _strip_forms(words)
        forms |= found
        if kind == ORG:
            # (company words transliterated from another script, read as their English:
            # Kazanskiy Mashinostroitelnyy Zavod ~ Kazan Machine-Building Plant; in such
            # a name a misspelt form word is a form word too, wherever it stands:
            # INVESTITSIONNAYA KMPANIYA, its words fewer to tell the typo apart)
            read = read_transliterated(words)
            if read is not words:
                # (a word read so only when it is then a form of its own, KMPANIYA
                # kompaniya: ENTERPRISE stays, no French entreprise)
                words = [f if (f := _fix_form_word(w)) in LEGAL_FORMS else w for w in read]
        expanded: list[str] = []
        for w in words:
            canon = particles.get(w) or abbreviations.get(w) or (
                len(w) >= _NEAR_READ_MIN and _near_read_word(w)) or w
            if " " in canon:
                expanded.extend(_stem(p) for p in canon.split())
            else:
                expanded.append(_stem(canon))
        words = expanded
    words, numbers = _numbers(words, kind)
    if kind != PERSON and words and len(words) > 1 and words[0] == "the":
        words = words[1:]
    # (in ``NormName``'s order: kind, text, tokens, forms, numbers, script, native)
    return (kind, clean_text, tuple(words), frozenset(forms) if forms else _NO_FORMS,
            tuple(numbers), script, native_chars)


def is_stopword(token: str) -> bool:
    return token in STOPWORDS


def names_organisation(org: NormName) -> bool:
    """Whether a name (its organisation reading) can only be an organisation's: it carries
    a legal form written with a word no person's name has (LLC, Ltd, GmbH, JSC, Company …)."""
    return bool(org.forms) and not ORG_ONLY_WORDS.isdisjoint(org.text.split())


def kind_of(schema: str | None) -> str:
    """Map a FollowTheMoney schema to a normalisation kind."""
    if schema == "Person":
        return PERSON
    if schema in ("Vessel", "Airplane"):
        return VESSEL
    return ORG
