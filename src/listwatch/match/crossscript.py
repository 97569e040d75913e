"""Names written in two scripts: CJK characters compared as characters, and Arabic
script against a Latin transliteration by consonant skeletons of the whole name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.distance import Indel

from listwatch.match.normalize import PERSON, NormName
from listwatch.match.params import PARAMS, NameResult
from listwatch.match.phonetic import _GROUP1, _REPEATED
from listwatch.match.vocab import GENERIC_ORG_WORDS, LEGAL_FORMS


def _cjk(a: NormName, b: NormName) -> NameResult | None:
    if not (a.native and b.native and a.script == b.script):
        return None
    if a.native == b.native:
        return NameResult(0.99, "same characters")
    sim = Indel.normalized_similarity(a.native, b.native) ** PARAMS["cjk_gamma"]
    return NameResult(sim, f"{a.script} characters differ ({a.native} / {b.native})")


def _split_article(tokens: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for t in tokens:
        if t.startswith("al") and len(t) >= 4:
            out.extend(("al", t[2:]))
        else:
            out.append(t)
    return tuple(out)


_ABD = re.compile(r"^abd(?:u|e|a|ou|oul|ul|el|al|ol)l?")


def skeletons(tokens: tuple[str, ...], arabic: bool) -> set[str]:
    """Consonant skeletons of a whole name, words joined (compound names are split
    differently in each script: عبدالرحمن ~ Abdul Rahman, عزت الله ~ Ezatullah). The
    Arabic article is read both as dropped and as ``l``; on the Latin side ``Abdul``/``Abdel``
    (the article glued to ``abd``) is read both ways too."""
    if arabic:
        dropped = [t[2:] if t.startswith("al") and len(t) >= 4 else t for t in tokens]
        return {_joined(tokens), _joined(dropped)}
    words = [t for t in tokens if t not in ("al", "el", "ul")]
    return {_joined(words), _joined([_ABD.sub("abd", t) for t in words])}


def _joined(words: Sequence[str]) -> str:
    """The skeleton of words joined, each read on its own (a digraph never spans two
    words: Mohammad Hidayat is not mhmd-dh-yt, Malik Hassan not mali-kh-assan); a letter
    ending one word and starting the next is read once, as in a word written joined
    (سعد الدين ~ SADUDDIN)."""
    return _REPEATED.sub(_GROUP1, "".join(_skeleton(w) for w in words))


def _apart(tokens: tuple[str, ...], arabic: bool) -> set[str]:
    """``skeletons`` with a letter ending one word and starting the next read twice."""
    if arabic:
        dropped = [t[2:] if t.startswith("al") and len(t) >= 4 else t for t in tokens]
        return {"".join(map(_skeleton, tokens)), "".join(map(_skeleton, dropped))}
    words = [t for t in tokens if t not in ("al", "el", "ul")]
    return {"".join(map(_skeleton, words)),
            "".join(_skeleton(_ABD.sub("abd", t)) for t in words)}




def _shared(ta: tuple[str, ...], tb: tuple[str, ...], a: NormName,
                  b: NormName) -> bool:
    """The names' skeletons agree only reading a letter once where one word ends with it
    and the next starts with it: on both sides, or on one side where the Latin name
    writes no letter twice (read apart, they differ)."""
    ja, jb = skeletons(ta, a.script == "arabic"), skeletons(tb, b.script == "arabic")
    pa, pb = _apart(ta, a.script == "arabic"), _apart(tb, b.script == "arabic")
    if pa & pb:
        return False
    if not (pa & jb) and not (ja & pb):
        return True  # (on both sides)
    # (on one side, where the other writes that letter twice: سعد الدين ~ SADUDDIN; not
    # another letter: محمد طاها طلوعی mhmd-t-tl ~ AL-TAL, Mohammed)
    arabic, latin = (ta, tb) if a.script == "arabic" else (tb, ta)
    once = _boundary_letters(arabic) | _boundary_letters(
        tuple(t[2:] if t.startswith("al") and len(t) >= 4 else t for t in arabic))
    return not any(c + c in _rules_only(t) for t in latin for c in once)


def _boundary_letters(tokens: tuple[str, ...]) -> set[str]:
    """The letters that end a word's skeleton and start the next one's."""
    sk = [_skeleton(t) for t in tokens if t not in _ARTICLES]
    return {x[-1] for x, y in zip(sk, sk[1:], strict=False) if x and y and x[-1] == y[0]}


def _rules_only(text: str) -> str:
    """A Latin word with ``_SKELETON_RULES`` applied, vowels and doubled letters kept."""
    for x, y in _SKELETON_RULES:
        if x in text:
            text = text.replace(x, y)
    return text


def _named(tokens: tuple[str, ...]) -> int:
    return sum(1 for t in tokens if t not in _ARTICLES)


_ARTICLES = frozenset(("al", "el", "ul"))
#: a whole-name skeleton shorter than this is read with its words apart too
_SHORT_KEY = 8


_NOT_WRITTEN = str.maketrans("", "", "aeiouyw'")
#: Latin spellings of one Arabic letter, and letters Arabic does not tell apart
_SKELETON_RULES = [("kh", "h"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("gh", "g"),
                   ("ck", "k"), ("z", "s"), ("c", "k"), ("q", "k"), ("x", "ks"), ("p", "b"),
                   ("v", "f"), ("g", "k")]


@lru_cache(maxsize=100_000)
def _skeleton(text: str) -> str:
    """What Arabic writes of a name: consonants only, ``w`` and ``y`` (long vowels as often
    as consonants) dropped, ``h`` kept (ح and ه are letters: Mohammad is not Ahmad)."""
    out = text
    for a, b in _SKELETON_RULES:
        if a in out:
            out = out.replace(a, b)
    return _REPEATED.sub(_GROUP1, out.translate(_NOT_WRITTEN))


def _own_script(name: NormName) -> tuple[str, ...]:
    """The name words but generic business words and, in a name in Arabic script, words
    written in Latin letters (a legal form read as a person's word: سمسار AG)."""
    words = tuple(t for t in name.tokens if t not in GENERIC_ORG_WORDS)
    if name.script != "arabic":
        return words
    latin = set(_LATIN_WORD.findall(name.original.casefold()))
    return tuple(t for t in words if t not in latin) if latin else words


_LATIN_WORD = re.compile(r"[a-z]+")


def _latin_form(name: NormName) -> bool:
    """A name in Arabic script with a legal form written in Latin letters."""
    if name.script != "arabic":
        return False
    return any(w in LEGAL_FORMS for w in _LATIN_WORD.findall(name.original.casefold()))


def _skeleton_result(a: NormName, b: NormName) -> NameResult | None:
    """Arabic script against a Latin transliteration: the same whole-name skeleton
    (``skeletons``: vowels that Arabic does not write and words split or joined
    differently do not count) of at least ``skeleton_min`` letters. Only equal skeletons
    count: one letter more is often a whole short word (Agha) in a skeleton."""
    # (a generic business word says nothing of which company: الامام Group ~ ELEM GROUP)
    ta = _own_script(a) or a.numbers
    tb = _own_script(b) or b.numbers
    if not ta or not tb:
        return None
    if a.kind == PERSON and (_latin_form(a) or _latin_form(b)):
        # (a legal form in Latin letters beside Arabic script: a company's name, not a
        # person's, whose skeleton says nothing of a listed person: در‌نظر AG ~ DAOUR
        # NADRE)
        return None
    same = skeletons(ta, a.script == "arabic") & skeletons(tb, b.script == "arabic")
    key = max(same, key=len, default="")
    # (four letters agree by chance across a list's names: سالم طه ~ SOLMATE)
    if len(key) < PARAMS["skeleton_min"]:
        return None
    if len(key) < _SHORT_KEY and _named(ta) != _named(tb) and _shared(ta, tb, a, b):
        # (a short skeleton read across a boundary: عباس سمسار bs-smsr ~ ABU OSAMA
        # AL-MASRI b-sm-msr, هليا لاچینی hl-lchn ~ HAO LI CHEN)
        return None
    if len(key) < _SHORT_KEY and _named(ta) == _named(tb) and not (
            _apart(ta, a.script == "arabic") & _apart(tb, b.script == "arabic")):
        # (a short skeleton, as many words on each side, and a letter read once across
        # two words on one side only: اسما محمدی ~ ISSAM HAMADE is sm-mhmd against
        # ssm-hmd)
        return None
    if _named(ta) == _named(tb) == _TWO and not (
            _by_word(ta, a.script == "arabic") & _by_word(tb, b.script == "arabic")):
        # (two words on each side, split otherwise: مهسا نوروزی mhs-nrs ~ REZA'I, Mohsen
        # mhsn-rs; the whole name's skeleton is for compounds written joined on one
        # side, عبدالرحمن ~ Abdul Rahman, or for long names, whose words agree together)
        low = PARAMS["skeleton"] * PARAMS["skeleton_split"]
        return NameResult(low, f"same consonants across scripts: {key}, but two words on "
                               f"each side split otherwise: x{PARAMS['skeleton_split']}")
    return NameResult(PARAMS["skeleton"], f"same consonants across scripts: {key}")


_TWO = 2
#: the article written glued to the end of the word before it (Ansarul Islam)
_GLUED_ARTICLE = re.compile(r"(?<=...)(?:ul|al|el|oul)$")


def _by_word(tokens: tuple[str, ...], arabic: bool) -> set[tuple[str, ...]]:
    """The skeletons of a name's words one by one, in no order, h's aside (ط and ه
    romanised side by side read ``th``), as ``skeletons`` reads them: the article
    dropped or kept, ``Abdul`` read as ``abd``, or the article glued to the word before
    it (Ansarul Islam)."""
    if arabic:
        dropped = [t[2:] if t.startswith("al") and len(t) >= 4 else t for t in tokens]
        variants = [list(tokens), dropped]
    else:
        words = [t for t in tokens if t not in _ARTICLES]
        variants = [words, [_ABD.sub("abd", t) for t in words],
                    [_GLUED_ARTICLE.sub("", t) for t in words]]
    return {tuple(sorted(_skeleton(w).replace("h", "") for w in v if w not in _ARTICLES))
            for v in variants}

