"""Upper bounds of the name score: the speed copy of ``listwatch.match.names``.

Screening skips the full, explained comparison (``compare_names``) for every candidate
whose bound is below what it keeps: ``upper_bounds`` reads far less of each pair than
the scorer and never answers below its score (``tests/screening/test_bounds.py`` keeps
bound >= score, on labelled pairs and on generated names). A change to the scorer's
rules that can raise a score must be reflected here. The near-word cache it shares with
the scorer (``names._near``) lives beside the scorer."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from listwatch.match.crossscript import (
    _cjk,
    _own_script,
    _skeleton_result,
    _split_article,
    skeletons,
)
from listwatch.match.names import (
    PARAMS,
    TRUNCATED_MIN,
    _acronym,
    _arabic_letters,
    _clipped,
    _extra_factor,
    _folded_tokens,
    _korean_alike,
    _korean_syllable_alike,
    _near,
    _near_row,
    _own_initials,
    _own_reading,
    _short_syllabic,
    _split_initials,
    abd_joined,
    initials_joined,
    joined_reversed,
    token_sim,
    written_text,
)
from listwatch.match.normalize import ORG, PERSON, NormName
from listwatch.match.sino import _text_heads, same_chinese_head, same_chinese_name, sino_key
from listwatch.match.truncation import _truncation
from listwatch.match.vocab import CHINESE_PLACES, FORM_WORD_CODES, GENERIC_ORG_WORDS, STOPWORDS

_NO_VOWEL = frozenset("aeiou")
#: scripts that write no initials (``names._compare_words``: a single letter aligns only
#: with itself)
_CONSONANTAL = frozenset(("arabic", "hebrew"))


@lru_cache(maxsize=4096)
def _bound(rest_a: int, rest_b: int, kind: str, generic: int = 0, telling: int = 0,
           matched: int = 2) -> float:
    """The score's bound for ``rest_a`` and ``rest_b`` words without a near word on the
    other side, ``generic`` of the longer side's being generic business words (an
    organisation's extras are those first, as ``_compare_words`` reads them), ``matched``
    name words of the query's at most aligned (read for a person's name only: one or
    none, and extra words cost ``single_extra`` more)."""
    conflicts = min(rest_a, rest_b)
    spare = max(rest_a, rest_b) - conflicts
    if kind == ORG:
        cheap = min(spare, generic)
        extras = cheap * PARAMS["generic_extra"] + (spare - cheap)
    else:
        extras = float(spare)
    if kind == PERSON:
        extras *= PARAMS["patronymic_extra"]
    else:
        # (an organisation's brand rule may count one word as two; and elsewhere an extra
        # word with ``single_extra`` may cost more than a conflict, so that the score
        # would not only fall as words without a counterpart are added on either side)
        matched = 2
    bound = PARAMS["conflict"] ** conflicts * _extra_factor(extras, matched, kind, telling)
    if kind == PERSON:
        # (a Chinese or Korean given name against another script counts its extra words
        # as differing ones, rounded: far below the above but where many extra words take
        # the factor to nothing)
        bound = max(bound, PARAMS["conflict"] ** (conflicts + int(extras + 0.5)))
    return min(bound, PARAMS["cap_fuzzy"])


def upper_bound(a: NormName, b: NormName) -> float:
    """A cheap upper bound of ``compare_names(a, b).score`` (1.0 when the names may take
    one of the special paths). A word without any counterpart (token similarity below
    ``min_pair`` with every word of the other name) is at best a conflict or an extra
    word, and the score only falls as such words are added on either side."""
    return upper_bounds(a, [b])[0]


def upper_bounds(a: NormName, others: list[NormName]) -> list[float]:
    """``upper_bound(a, b)`` for each ``b``. A pair of words may align only when they are
    at most two edits apart (as written or as phonetic skeletons), one is an initial of
    the other, or one is the other reversed (``near``), and their ``token_sim`` reaches
    ``min_pair`` (``_aligns``), or, in organisations' names, when one is the other cut
    short (``_clipped``); this over-approximates the pairs ``compare_names`` aligns, so
    the bound stays a bound. Screening meets the same word pairs again and again (list
    names against variants of the same query words), so ``near`` and ``_aligns`` are
    kept per pair of words."""
    # (the builtin-type annotations of locals let the compiled core (compiled.py) use
    # the types' C API directly; in Python they are only annotations)
    out: list = [1.0] * len(others)
    ta: tuple = a.tokens or a.numbers
    if not ta:  # (no name word: only the same name, as written or as text, scores)
        return [1.0 if b.original == a.original or (a.text and b.text == a.text) else 0.0
                for b in others]
    kind: str = a.kind
    len_a = len(ta)  # (one word and two: the only pairs ``joined_reversed`` may find)
    org = kind == ORG
    generic_words: frozenset = GENERIC_ORG_WORDS
    form_codes: dict = FORM_WORD_CODES  # (a dict read without a method call, compiled)
    # (each query word as one bit of an int: which of them some word of ``b`` is near is
    # then one ``|`` per word of ``b``; words past ``_BITS`` share the last bit, which
    # can only count more words as found, so raise the bound, never lower it)
    # (the last flag: the word costs what a generic one does as an extra word; a Chinese
    # place opening the name may, ``names._compare_words``)
    free_a: list = [(1 << min(k, _BITS), form_codes.get(x), org and x in generic_words,
                     org and (x in generic_words or (k == 0 and x in CHINESE_PLACES)))
                    for k, x in enumerate(ta) if x not in STOPWORDS]
    # (the pairs ``compare_names`` may score outside the word alignment: identical, CJK,
    # same words, joined, acronym, other scripts, or person words re-read as initials;
    # the query's side worked out once)
    a_joined: str = abd_joined(ta)  # (``names.abd_joined``: the scorer's joined forms)
    a_flat: str = a.text.replace(" ", "")
    a_text: str = a.text
    a_original: str = a.original
    a_cut = len(a_original) >= TRUNCATED_MIN  # (may be another name cut short)
    a_written = None  # (``written_text(a)``, worked out only if a pair needs it)
    a_script: str = a.script
    a_native = bool(a.native)
    person = kind == PERSON
    a_initials = person and _may_be_initials(ta)
    pairs: list = [(x, _near_row(x), _align_row(x), 1 << min(k, _BITS))
                   for k, x in enumerate(ta)]
    # (a Latin person name read as Chinese syllables may be another's Wade-Giles form)
    a_sino = person and a_script == "latin" and sino_key(ta) is not None
    # (a company opening with a Chinese house name may be another's in Wade-Giles)
    a_head = not person and a_script == "latin" and bool(_text_heads(a.text)[1])
    a_forms: frozenset = a.forms
    y: str
    tb: tuple
    side: tuple
    b_written: str
    codes: frozenset | None
    by_word: dict = {}  # other words met so far: the query words near each (bits)
    by_kind: dict = _BOUNDS
    table: dict | None = by_kind.get(kind)  # (``_bound``'s values for this kind)
    if table is None:
        table = by_kind[kind] = {}
    a_arabic = a_script == "arabic"
    # (whether a word of the query is its own initials: worked out when a pair first
    # needs it, one word apart; most queries never do)
    a_own = None
    a_later: dict = {}  # (what the pairs below work out of the query once: ``_later``)
    for i, b in enumerate(others):
        side = b.bound_side
        if side is None:
            side = b.bound_side = _bound_side(b)
        (tb, b_joined, b_flat, b_long, b_written, b_initials, b_words, b_original, b_text,
         b_native, b_script, b_forms, b_later) = side
        if a_original == b_original or (a_text and a_text == b_text):
            continue  # (the same name: a name of no name word scores too)
        if not tb:
            out[i] = 0.0
            continue
        if a_script != b_script and _short_syllabic(a, b):
            # (the scorer's last word: at most this, whatever path)
            out[i] = _OWN_READING if _own_reading(a, b) else _SHORT_SYLLABIC
            continue
        if a_cut or b_long:  # (one written text starts the other: ``cut_short``)
            if a_written is None:
                a_written = written_text(a)
            if a_written and b_written and (
                    b_written.startswith(a_written) or a_written.startswith(b_written)
            ) and _truncation(a, b) is not None:  # (the shorter one's telling words)
                continue
        if a_script != b_script:
            if (a_arabic or b_script == "arabic" or a_script == "hebrew"
                    or b_script == "hebrew"):  # (consonants against letters: see names)
                out[i] = _across(a, b, ta, tb, kind, a_later, b_later)
                continue
            if ((a_script == "hangul" or b_script == "hangul")
                    and _korean_pair(ta, tb, person)):
                continue  # (a Korean word in two romanisations: ``names.korean_key``)
        elif a_native and b_native:  # (the same CJK script: characters compared)
            cjk = _cjk(a, b)
            out[i] = 1.0 if cjk is None else cjk.score
            continue
        elif a_arabic:  # (two in Arabic script: their letters read folded, see names)
            a_f = _later(a, a_later, _FOLDED)
            b_f = _later(b, b_later, _FOLDED)
            if a_f[0] == b_f[0]:  # (the same words folded: one name spelt two ways)
                continue
            if a_f[1] != b_f[1]:  # (else the same letters: read as romanised, below)
                out[i] = _both_arabic(a, b, a_f, b_f, kind)
                continue
        if (ta == tb or a_joined == b_joined
                or (len_a + len(tb) == 3 and joined_reversed(ta, tb))
                or (not person and (len(ta) == 1 or len(tb) == 1) and _acronym(a, b))
                or a_flat == b_flat
                or (not person and len_a != len(tb)
                    and (b_flat.startswith(a_flat) or a_flat.startswith(b_flat))
                    and initials_joined(ta, tb))
                or (a_sino and b_script == "latin"
                    and same_chinese_name(a_original, ta, b_original, tb))
                or (a_head and b_script == "latin"
                    and same_chinese_head(a_original, a_text, b_original, b_text)
                    is not None)):
            continue
        if person and (a_initials or b_initials):
            # (a short word read as initials, as the scorer splits it for this pair)
            out[i] = _pair_bound(_split_initials(ta, tb), _split_initials(tb, ta), kind,
                                 a_forms, b_forms, False, False,
                                 a_script not in _CONSONANTAL and b_script not in _CONSONANTAL)
            continue
        found = 0  # query words with a near word in b (bits)
        rest_b = gen_b = 0
        for y, stop_y, generic_y, codes in b_words:
            near_xs = by_word.get(y)
            if near_xs is None:  # (the query words near ``y``: the same for every b)
                near_xs = by_word[y] = _near_words(y, pairs, org)
            near = near_xs
            if near:
                found |= near
            # (not a stopword, and not ``_form_part(y, a)``)
            elif not stop_y and (codes is None or codes.isdisjoint(a_forms)):
                rest_b += 1
                if org and generic_y:
                    gen_b += 1
        rest_a = gen_a = telling = matched = 0
        for bit, codes, generic, cheap in free_a:
            if found & bit:
                matched += 1  # (words sharing the last bit: counted each, never fewer)
                if org and not generic:  # (at most this many telling words align)
                    telling += 1
            elif codes is None or codes.isdisjoint(b_forms):
                rest_a += 1
                if cheap:
                    gen_a += 1
        gen = gen_a if rest_a > rest_b else gen_b
        if org and rest_a + rest_b == 1:
            if a_own is None:
                a_own = _own_initials_in(ta)
            if a_own or _own_initials_in(tb):
                # (one word on one side only, which may be its name's own initials: it
                # costs nothing, ``names._own_initials``)
                rest_a = rest_b = gen = 0
        if (rest_a | rest_b | gen | telling) < 1024:  # (one int key: see ``_BOUNDS``)
            if matched > 2:
                matched = 2
            key = ((((rest_a * 1024 + rest_b) * 1024) + gen) * 1024 + telling) * 4 + matched
            value = table.get(key)
            if value is None:
                value = table[key] = _bound(rest_a, rest_b, kind, gen, telling, matched)
            out[i] = value
        else:
            out[i] = _bound(rest_a, rest_b, kind, gen, telling, matched)
    return out


@lru_cache(maxsize=65536)
def _own_initials_in(tokens: tuple) -> bool:
    """Whether a word of ``tokens`` is the initials of the others (``names._own_initials``:
    ``special industry group sig``)."""
    for t in tokens:
        if _own_initials(t, tokens):
            return True
    return False


def _korean_pair(ta: tuple, tb: tuple, person: bool) -> bool:
    """Two words of the names are one Korean word in two romanisations, which the scorer
    aligns (``names._korean_alike``, for a person's name ``_korean_syllable_alike``)
    where ``_near`` does not (Hyeondae / Hyundai, Bag / Park)."""
    for x in ta:
        for y in tb:
            if _korean_syllable_alike(x, y) if person else _korean_alike(x, y):
                return True
    return False


#: the last bit of the query words' bits (``upper_bounds``)
_BITS = 62
#: ``_bound``'s values met so far, by kind, then by its counts packed in one int
#: (``matched`` in the last two bits, the others each below 1024) (a dict read by one int: ``_bound``'s cache makes a tuple of its
#: arguments at each call); at most a few hundred values per kind
_BOUNDS: dict[str, dict[int, float]] = {}


def _near_words(y: str, pairs: list, org: bool) -> int:
    """The query words (of ``pairs``: each with its ``_near`` row, its ``_aligns`` row
    and its bit) that may align with ``y``, as their bits: ``_near`` and ``_aligns``, or
    in organisations' names one cut short of the other (``_clipped``, written out: most
    pairs fail its lengths; ``compare_names`` reads it only for words not ``_near``)."""
    out = 0
    ly = len(y)
    x: str
    row: dict
    arow: dict
    for x, row, arow, bit in pairs:
        near = row.get(y)
        if near is None:
            near = row[y] = _near(x, y)
        if near:
            ok = arow.get(y)
            if ok is None:
                ok = arow[y] = _aligns(x, y)
            if ok:
                out |= bit
        elif org:
            gap = len(x) - ly
            if ((gap >= 3 and ly >= 4 and x.startswith(y))
                    or (gap <= -3 and gap + ly >= 4 and y.startswith(x))):
                out |= bit
    return out


def _aligns(x: str, y: str) -> bool:
    """Whether two words ``_near`` each other may be aligned by ``compare_names``: their
    ``token_sim`` reaches ``min_pair`` (a pair below it is never aligned), or is one of
    the similarities the scorer may replace by another (one or two edits apart: kept,
    whatever the replacement's value)."""
    _aligns_count[0] += 1
    if _aligns_count[0] >= _ALIGNS_MAX:
        _ALIGNS[1], _ALIGNS[0] = _ALIGNS[0], {}
        _aligns_count[0] = 0
    sim = token_sim(x, y, 0)
    return sim >= _MIN_PAIR or sim == _EDIT1 or sim == _EDIT2


def _align_row(x: str) -> dict:
    """Query word ``x``'s row of ``_ALIGNS`` (``_aligns`` of the words met with it)."""
    newer: dict = _ALIGNS[0]
    row = newer.get(x)
    if row is None:
        old = _ALIGNS[1].get(x)
        if old is None:
            row = newer[x] = {}
        else:
            row = newer[x] = dict(old)
            _aligns_count[0] += len(row)
    return row


#: ``_aligns`` of the word pairs met, by query word, in two generations as ``words``
#: keeps ``_near``: once the newer holds ``_ALIGNS_MAX`` pairs it becomes the older one,
#: and the rows of query words met again are carried over (memory stays bounded)
_ALIGNS: list = [{}, {}]
_ALIGNS_MAX = 400_000
_aligns_count = [0]
_MIN_PAIR = PARAMS["min_pair"]
_EDIT1 = PARAMS["edit1"]
_EDIT2 = PARAMS["edit2"]


def _may_be_initials(words: tuple) -> bool:
    """Whether one of ``words`` may be initials written together (two or three letters,
    no vowel)."""
    for t in words:
        if 2 <= len(t) <= 3 and _NO_VOWEL.isdisjoint(t):
            return True
    return False


def _bound_side(b: NormName) -> tuple:
    """What ``upper_bounds`` reads of ``b`` as the other side (kept as ``b.bound_side``):
    its words, joined, its text without spaces, whether it may be another name cut short,
    its written text, whether it has words that may be initials, per word: the word,
    whether it is a stopword, a generic business word (or a Chinese place opening the
    name: as cheap an extra word, ``names._compare_words``), and its legal-form codes; then
    the fields it reads as they are (original, text, native, script, forms: a tuple's
    item is read faster than an attribute), and a dict for ``_later``."""
    tb: tuple = b.tokens or b.numbers
    words = tuple((y, y in STOPWORDS,
                   y in GENERIC_ORG_WORDS or (k == 0 and y in CHINESE_PLACES),
                   FORM_WORD_CODES.get(y))
                  for k, y in enumerate(tb))
    return (tb, abd_joined(tb), b.text.replace(" ", ""), len(b.original) >= TRUNCATED_MIN,
            written_text(b), _may_be_initials(tb),
            words, b.original, b.text, b.native, b.script, b.forms, {})


# Pairs the word bound above does not read as ``compare_names`` reads them: two names in
# Arabic script (their letters folded), a name in Arabic or Hebrew script against one in
# other letters (consonant skeletons), two names in one CJK script (characters). Each is
# bounded as the scorer reads it, a pair at a time.


#: what ``_later`` keeps: a name's ``_folded``, its ``_skeletons``
_FOLDED = 0
_SKELETONS = 1


def _later(name: NormName, kept: dict, what: int) -> Any:
    """``_folded(name)`` or ``_skeletons(name)``, worked out on first use and kept in
    ``kept`` (the query's for its pairs; a listed name's with its ``bound_side``): most
    pairs never need them."""
    found = kept.get(what)
    if found is None:
        found = kept[what] = _folded(name) if what == _FOLDED else _skeletons(name)
    return found


def _folded(name: NormName) -> tuple:
    """What two names in Arabic script are compared by (``names._compare_words``): the
    name words with each letter's variant forms read as one (or the words as they are
    when folding leaves none), and the letters of its Arabic-script words."""
    return (_folded_tokens(name) or name.tokens or name.numbers, _arabic_letters(name))


def _skeletons(name: NormName) -> frozenset:
    """The whole-name consonant skeletons ``crossscript._skeleton_result`` compares, of
    ``skeleton_min`` letters or more (a pair it scores shares one)."""
    words = _own_script(name) or name.numbers
    if not words:
        return frozenset()
    return frozenset(k for k in skeletons(words, name.script == "arabic")
                     if len(k) >= _SKELETON_MIN)


def _both_arabic(a: NormName, b: NormName, a_folded: tuple, b_folded: tuple,
                 kind: str) -> float:
    """The bound of two names in Arabic script, not the same as written, as text, as
    words folded or as letters (``upper_bounds`` sees to those): 1.0 when they take a
    path outside the word alignment; else the word bound of their folded words, read
    as the scorer reads them (initials split off a person's words, a single letter only
    ever aligned with itself: that script writes no initials)."""
    ta = a_folded[0]
    tb = b_folded[0]
    if not ta or not tb:
        return 0.0
    if joined_reversed(ta, tb) or (kind != PERSON and _acronym(a, b)):
        return 1.0
    if kind == PERSON:
        ta, tb = _split_initials(ta, tb), _split_initials(tb, ta)
    return _pair_bound(ta, tb, kind, a.forms, b.forms, False, False, False)


def _across(a: NormName, b: NormName, ta: tuple, tb: tuple, kind: str, a_later: dict,
            b_later: dict) -> float:
    """The bound of a name in Arabic or Hebrew script against one in other letters (not
    the same as written or as text, neither cut short of the other): words compared by
    their consonant skeletons (``token_sim`` with ``vowelless``), the Arabic article
    split off its word, no initials; and, with Arabic script on one side, the whole
    name's skeleton (``crossscript._skeleton_result``), whichever is higher."""
    arabic = a.script == "arabic" or b.script == "arabic"
    if ta == tb or a.text.replace(" ", "") == b.text.replace(" ", ""):
        return 1.0
    if arabic:
        vowelless = 1
        if a.script == "arabic":
            ta = _split_article(ta)
        else:
            tb = _split_article(tb)
    else:
        vowelless = 2
    if ("".join(ta) == "".join(tb)) or joined_reversed(ta, tb):
        return 1.0
    if kind == PERSON:
        ta, tb = _split_initials(ta, tb), _split_initials(tb, ta)
    bound = _pair_bound(ta, tb, kind, a.forms, b.forms, True, vowelless == 2, False)
    if arabic and bound < _SKELETON and not _later(a, a_later, _SKELETONS).isdisjoint(
            _later(b, b_later, _SKELETONS)):  # (``_skeleton_result`` may score the pair)
        alt = _skeleton_result(a, b)
        if alt is not None and alt.score > bound:
            bound = alt.score
    return bound


_SKELETON = PARAMS["skeleton"]
_SHORT_SYLLABIC = PARAMS["short_syllabic"]
_OWN_READING = PARAMS["own_reading"]
_SKELETON_MIN = PARAMS["skeleton_min"]


def _pair_bound(ta: tuple, tb: tuple, kind: str, a_forms: frozenset, b_forms: frozenset,
                across: bool, hebrew: bool, initials: bool) -> float:
    """``upper_bounds``' word bound of one pair of names' words (as ``_compare_words``
    reads them for the pair): a word that may align with no word of the other name is at
    best a conflict or an extra word. ``across`` (Arabic script on one side, or
    ``hebrew``: Hebrew script): two words may align when their ``token_sim`` read
    ``vowelless`` reaches ``min_pair`` and neither is a single letter (unless both are
    the same); else as ``_may_align`` says, a single letter with a word it starts only
    with ``initials`` (scripts that write none: Arabic, Hebrew)."""
    org = kind == ORG
    vowelless = 2 if hebrew else 1
    found_b = [False] * len(tb)
    found_a = [False] * len(ta)
    for i, x in enumerate(ta):
        for j, y in enumerate(tb):
            if across:
                ok = (x == y or (len(x) > 1 and len(y) > 1
                                 and token_sim(x, y, vowelless) >= _MIN_PAIR))
            else:
                ok = x == y or ((initials or (len(x) > 1 and len(y) > 1))
                                and _may_align(x, y, org))
            if ok:
                found_a[i] = found_b[j] = True
    rest_b = gen_b = 0
    for j, y in enumerate(tb):
        if found_b[j] or y in STOPWORDS:
            continue
        codes = FORM_WORD_CODES.get(y)
        if codes is None or codes.isdisjoint(a_forms):  # (not ``_form_part(y, a)``)
            rest_b += 1
            # (a generic word, or a Chinese place opening the name: as cheap an extra)
            if org and (y in GENERIC_ORG_WORDS or (j == 0 and y in CHINESE_PLACES)):
                gen_b += 1
    rest_a = gen_a = telling = matched = 0
    for i, x in enumerate(ta):
        if x in STOPWORDS:
            continue
        generic = org and x in GENERIC_ORG_WORDS
        if found_a[i]:
            matched += 1
            if org and not generic:
                telling += 1
        else:
            codes = FORM_WORD_CODES.get(x)
            if codes is None or codes.isdisjoint(b_forms):
                rest_a += 1
                if generic or (org and i == 0 and x in CHINESE_PLACES):
                    gen_a += 1
    gen = gen_a if rest_a > rest_b else gen_b
    return _bound(rest_a, rest_b, kind, gen, telling, min(matched, 2))


def _may_align(x: str, y: str, org: bool) -> bool:
    """Whether ``compare_names`` may align two words of two names in one script
    (``_near`` and ``_aligns``, or in organisations' names one cut short of the other),
    with the caches ``upper_bounds`` keeps."""
    row = _near_row(x)
    near = row.get(y)
    if near is None:
        near = row[y] = _near(x, y)
    if near:
        arow = _align_row(x)
        ok = arow.get(y)
        if ok is None:
            ok = arow[y] = _aligns(x, y)
        return bool(ok)
    return org and abs(len(x) - len(y)) >= 3 and _clipped(x, y)
