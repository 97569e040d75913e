"""Name similarity between two normalised names: token alignment with explained penalties.

The score of two names is built from parts a person can check:

* tokens are aligned one to one, best pairs first (``token_sim``: exact, initial, the
  number of edits, a phonetic skeleton, a consonant skeleton when one side was Arabic
  script);
* ``core`` is the product of the aligned pairs' similarities, so one wrong word in a long
  name costs as much as in a short one (a clan name swapped in a five-word Arabic name is
  another person);
* each *conflict* (a name word on both sides that has no counterpart) multiplies the score
  by ``conflict``; each *extra* word on one side only multiplies it by a kind-specific
  factor (persons tolerate missing middle names, organisations do not);
* a changed word order costs a little, so exact > same after normalisation > reordered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from rapidfuzz.distance import OSA, Indel

from listwatch.match.hypocorisms import related as _hypocorism
from listwatch.match.normalize import ORG, PERSON, VESSEL, NormName, _ascii_words, normalize
from listwatch.match.sino import same_chinese_name
from listwatch.match.vocab import FORM_FAMILY, FORM_WORD_CODES, GENERIC_ORG_WORDS, STOPWORDS

#: Tunable parameters (documented in docs/matching.md).
PARAMS: dict[str, float] = {
    "edit1": 0.92,  # similarity of words one edit apart
    "edit1_short": 0.75,  # ... when the shorter word has fewer than 4 letters
    "edit2": 0.78,  # similarity of words two edits apart
    "min_pair": 0.5,  # pairs below this similarity are not aligned
    "conflict": 0.55,  # factor per word present on both sides without a counterpart
    "extra_person": 0.9,  # factor for the first extra word in a person name
    "extra_person_growth": 0.75,  # each further extra word costs this much more
    "extra_org": 0.62,  # factor per extra word in an organisation name
    "generic_extra": 0.34,  # an extra generic business word counts this much (0.62^0.34=0.85)
    "single_extra": 0.7,  # extra factor when one side has a single name word
    # organisations: with more telling words (not generic, not stopwords) aligned than
    # this, an extra word costs that much less (``extra_org ** (extras * this / telling)``)
    "telling_span": 2.0,
    "patronymic_extra": 0.5,  # extras that are patronymics count this much
    "initial": 0.85,
    "only_initials": 0.6,  # factor when the only agreeing words are initials
    "one_word_other": 0.7,  # organisations: ``_one_word_other`` (Davis / NAVIS)
    "vessel_fuzzy": 0.75,  # factor for a fuzzy one-word vessel name  # similarity of an initial with a word it starts
    # organisations whose one telling word (not generic, not a stopword) agrees only
    # fuzzily: short brand-like words one edit or one skeleton apart are usually other
    # companies (Apple ~ Maples, Tesla ~ Tesa); factor when the shorter word has at most
    # 5 letters, and when it has 6 or 7
    "lone_word_fuzzy": 0.7,
    "lone_word_fuzzy_mid": 0.85,
    "reorder": 0.97,  # factor when aligned words appear in another order
    "joined": 0.95,  # score when names differ only by spaces
    "acronym": 0.86,  # score when one name is the initials of the other
    "phonetic": 0.9,  # similarity when phonetic skeletons agree
    "hypocorism": 0.9,
    "wade_giles": 0.9,  # one Chinese name in pinyin and in Wade-Giles (sino.py)  # a given name and its short form (Ted ~ Theodore: hypocorisms.py)
    "transliteration": 0.95,  # consonant skeletons agree across Arabic and Latin script
    "skeleton": 0.9,  # whole-name consonant skeletons agree across Arabic and Latin script
    "cap_fuzzy": 0.97,  # highest score for names that are not the same words
    "cjk_gamma": 3.0,  # exponent on character similarity of two CJK names
    "clipped": 0.75,  # organisations: a word cut short (4+ letters starting one 3+ longer)
    "truncated": 0.8,  # one name cut short: this, + 0.15 x the share of the other it covers
}
#: A name this long (characters as written) may be another cut by a field's length limit.
TRUNCATED_MIN = 25

_PATRONYMIC = re.compile(r"(ovich|evich|ovna|evna|ievich|yevich|vych|ich|ogly|oglu|uly|kyzy)$")
_PHONETIC_RULES = [
    ("kh", "h"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("gh", "g"),
    ("ck", "k"),
    ("sch", "sh"),
    ("tch", "ch"),
    ("dzh", "j"),
    ("zh", "j"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("eo", "o"),
    ("eu", "u"),
    ("ae", "e"),
    ("ie", "i"),
    ("yi", "i"),
    ("w", "v"),
    ("z", "s"),
    ("y", "i"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
]
_VOWELS = str.maketrans("", "", "aeiouyhw'")
_REPEATED = re.compile(r"(.)\1+")  # a letter written twice or more
#: a match's first group (a callable: Python 3.11 runs a template like ``r"\1"``
#: through Python code at every ``sub``)
_GROUP1 = itemgetter(1)


#: ``phonetic`` of the words met so far (a plain dict: the bound's word-pair test reads
#: it directly, cheaper than a call through ``lru_cache``); emptied when it holds
#: ``_PHONETIC_MAX`` words
_PHONETIC: dict[str, str] = {}
_PHONETIC_MAX = 100_000


def phonetic(token: str) -> str:
    """A rough phonetic skeleton: transliteration variants meet (Selenskyj ~ Zelenskyy)."""
    out = _PHONETIC.get(token)
    if out is None:
        if len(_PHONETIC) >= _PHONETIC_MAX:
            _PHONETIC.clear()
        out = token
        for a, b in _PHONETIC_RULES:
            if a in out:  # (most rules find nothing: the test is cheaper than the call)
                out = out.replace(a, b)
        out = _PHONETIC[token] = _REPEATED.sub(_GROUP1, out)
    return out


@lru_cache(maxsize=100_000)
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
    if a == b[::-1] and len(a) > 3:
        return PARAMS["edit2"]
    d = min(OSA.distance(a, b), OSA.distance(pa, pb))
    if vowelless:
        ca, cb = consonants(a, vowelless == 2), consonants(b, vowelless == 2)
        if ca == cb and ca:
            return PARAMS["transliteration"]
        d = min(d, OSA.distance(ca, cb) + 1)
    shortest = min(len(a), len(b))
    if d == 1:
        if shortest >= 4:
            return PARAMS["edit1"]
        # short words: a substituted letter may be a typo, an added one is another acronym
        return PARAMS["edit1_short"] if len(a) == len(b) else PARAMS["edit1_short"] * 0.8
    if d == 2 and shortest >= 4:
        return PARAMS["edit2"]
    return 0.0


def _one_word_other(x: str, y: str, vowelless: int) -> bool:
    """Two one-word organisation names that agree only fuzzily and are more likely two
    names than one misspelt: met through a consonant skeleton only (a Hebrew or Arabic
    word read as ``LET``, ``PASIT``), or short (5 letters or fewer) and not starting alike
    (Davis / NAVIS, Borges / GORGE, Hänel / MANEL: a typo seldom hits the first letter)."""
    if vowelless:
        return True
    return (min(len(x), len(y)) <= 5 and x[0] != y[0]
            and phonetic(x)[:1] != phonetic(y)[:1])


_SYLLABIC = frozenset(("han", "hangul"))  # (katakana writes foreign names: バラク・オバマ)


def _other_word(x: str, y: str, org: bool) -> bool:
    """Two close words that are two words, not one word misspelt: in organisations'
    names, two acronym-like words of three letters or fewer one letter apart (VTB / LTB,
    AVA / AVY) that do not sound alike."""
    return (org and 1 < len(x) <= 3 and 1 < len(y) <= 3 and phonetic(x) != phonetic(y))


def _clipped(a: str, b: str) -> bool:
    """One word is the other cut short: 4 letters or more, starting a word at least 3
    letters longer (PETROCHEM ~ PETROCHEMICAL). Used for organisations' names only."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 4 and len(long_) - len(short) >= 3 and long_.startswith(short)


@dataclass
class NameResult:
    score: float
    detail: str
    conflicts: int = 0
    extras: float = 0.0
    pairs: list[tuple[str, str, float]] = field(default_factory=list)


def _roles(tokens: tuple[str, ...]) -> list[str]:
    """Mark the word after bin/ibn as a father's name (for patronymic reversal)."""
    roles = ["name"] * len(tokens)
    for i, t in enumerate(tokens[:-1]):
        if t == "bin":
            roles[i + 1] = "father"
    return roles


def _acronym(a: NormName, b: NormName) -> bool:
    for x, y in ((a, b), (b, a)):
        if len(x.tokens) == 1 and 2 <= len(x.tokens[0]) <= 6:
            words = [t for t in y.tokens if t not in STOPWORDS]
            if len(words) >= 2 and "".join(t[0] for t in words) == x.tokens[0]:
                return True
    return False


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


def _split_initials(ta: tuple[str, ...], tb: tuple[str, ...]) -> tuple[str, ...]:
    """Read a short token as initials when it spells the start of the other name's words.

    ``JC Juncker`` vs ``Jean Claude Juncker``: ``jc`` becomes ``j c``.
    """
    if len(tb) < 2 or not any(2 <= len(t) <= 3 for t in ta):
        return ta
    out: list[str] = []
    heads = [t[0] for t in tb]
    for t in ta:
        if 2 <= len(t) <= 3 and t not in tb and t not in STOPWORDS:
            spelled = "".join(heads)
            if t in spelled and all(ch not in "aeiou" for ch in t):
                out.extend(t)
                continue
        out.append(t)
    return tuple(out)


def _extra_factor(extras: float, matched: int, kind: str, telling: int = 0) -> float:
    """The factor for ``extras`` words on one side only (``matched`` aligned words; for an
    organisation, ``telling`` of them neither generic business words nor stopwords: a
    word dropped from a long name, STATE ENTERPRISE [FACTORY] OF SPARKLING WINE NOVY
    SVET, says less than one dropped from a short one)."""
    if extras <= 0:
        return 1.0
    if kind == PERSON:
        factor = 1.0
        step = 1.0 - PARAMS["extra_person"]
        left = extras
        while left > 0:
            part = min(left, 1.0)
            # (each further word costs more; once a word costs everything, nothing is
            # left: the factor stays at 0 instead of flipping sign with the next word)
            factor *= max(0.0, 1.0 - step * part)
            step /= PARAMS["extra_person_growth"]
            left -= 1.0
    else:
        span = PARAMS["telling_span"]
        if kind == ORG and telling > span:
            extras *= span / telling
        factor = PARAMS["extra_org"] ** extras
    if matched <= 1:
        factor *= PARAMS["single_extra"]
    return factor


def compare_names(a: NormName, b: NormName, explain: bool = True) -> NameResult:
    """Similarity of two normalised names of the same kind, with an explanation."""
    res = _compare_words(a, b, explain)
    if (a.script == "arabic") != (b.script == "arabic") and res.score < PARAMS["skeleton"]:
        alt = _skeleton_result(a, b)
        if alt is not None and alt.score > res.score:
            res = alt
    if res.score < PARAMS["truncated"] + 0.15 and (
            len(a.original) >= TRUNCATED_MIN or len(b.original) >= TRUNCATED_MIN):
        cut = _truncation(a, b)
        if cut is not None and cut.score > res.score:
            res = cut
    return res


def _truncation(a: NormName, b: NormName) -> NameResult | None:
    """One name is the other cut short (``cut_short``) and has two words that are neither
    stopwords nor generic business words (``LIMITED LIABILITY COMPANY PRODUCTIO`` starts
    too many names to say which). The score grows with the share of the longer name it
    covers, so the shortest completion ranks first."""
    cut = cut_short(a, b)
    if cut is None:
        return None
    short, covered = cut
    telling = [t for t in short.tokens if t not in STOPWORDS and t not in GENERIC_ORG_WORDS]
    if len(telling) < 2:
        return None
    score = PARAMS["truncated"] + 0.15 * covered
    return NameResult(min(score, PARAMS["cap_fuzzy"]),
                      f"one name is the start of the other, cut after "
                      f"{len(short.original.rstrip())} characters")


def cut_short(a: NormName, b: NormName) -> tuple[NormName, float] | None:
    """Whether one name is the other cut short, as a field's length limit cuts it (a
    payment message's 35 characters, a form's box): at least ``TRUNCATED_MIN`` characters
    long, its cleaned text, in written order, starts the other's (the last word may be cut
    anywhere). Returns the shorter name and the share of the other's text it covers."""
    ta, tb = written_text(a), written_text(b)
    short, long_, ts, tl = (a, b, ta, tb) if len(ta) < len(tb) else (b, a, tb, ta)
    if len(short.original) < TRUNCATED_MIN or not ts or not tl.startswith(ts):
        return None
    return short, len(ts) / len(tl)


def written_text(n: NormName) -> str:
    """``n.text``, or for a person written "FAMILY, Given" (whose text is turned to "Given
    FAMILY") the cleaned words in the order written: what a length limit cuts."""
    if n.kind == PERSON and "," in n.original:
        return _written(n.original)
    return n.text


@lru_cache(maxsize=50_000)
def _written(original: str) -> str:
    text = original.replace(",", " ")
    if text.isascii():
        # (what ``normalize(text, PERSON).text`` is for ASCII text: its words, cleaned,
        # joined; without the rest of a person's normalisation, or a place in its cache)
        return " ".join(_ascii_words(text.lower()))
    return normalize(text, PERSON).text


_ABD = re.compile(r"^abd(?:u|e|a|ou|oul|ul|el|al|ol)l?")


def skeletons(tokens: tuple[str, ...], arabic: bool) -> set[str]:
    """Consonant skeletons of a whole name, words joined (compound names are split
    differently in each script: عبدالرحمن ~ Abdul Rahman, عزت الله ~ Ezatullah). The
    Arabic article is read both as dropped and as ``l``; on the Latin side ``Abdul``/``Abdel``
    (the article glued to ``abd``) is read both ways too."""
    if arabic:
        kept = "".join(tokens)
        dropped = "".join(t[2:] if t.startswith("al") and len(t) >= 4 else t for t in tokens)
        return {_skeleton(kept), _skeleton(dropped)}
    words = [t for t in tokens if t not in ("al", "el", "ul")]
    return {_skeleton("".join(words)), _skeleton("".join(_ABD.sub("abd", t) for t in words))}


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


def _skeleton_result(a: NormName, b: NormName) -> NameResult | None:
    """Arabic script against a Latin transliteration: the same whole-name skeleton
    (``skeletons``: vowels that Arabic does not write and words split or joined
    differently do not count) of at least four letters. Only equal skeletons count: one
    letter more is often a whole short word (Agha) in a skeleton."""
    ta, tb = a.tokens or a.numbers, b.tokens or b.numbers
    if not ta or not tb:
        return None
    same = skeletons(ta, a.script == "arabic") & skeletons(tb, b.script == "arabic")
    key = max(same, key=len, default="")
    if len(key) < 4:
        return None
    return NameResult(PARAMS["skeleton"], f"same consonants across scripts: {key}")


def _form_part(word: str, other: NormName) -> bool:
    """Whether ``word`` is a word of a legal form that ``other`` carries: written apart
    or in another order (``Joint Stock Locko Bank`` against ``JSC Locko Bank``, ``LIABILITY
    PIK`` against ``LLC PIK``), it is part of that form, not a name word left over."""
    codes = FORM_WORD_CODES.get(word)
    return codes is not None and not codes.isdisjoint(other.forms)


def _compare_words(a: NormName, b: NormName, explain: bool = True) -> NameResult:
    if a.original == b.original:
        return NameResult(1.0, "identical")
    if a.text and a.text == b.text:
        return NameResult(0.99, "identical after case, accents and punctuation")
    cjk = _cjk(a, b)
    if cjk is not None:
        return cjk
    # (builtin-type annotations of locals: see screening.bounds.upper_bounds)
    ta: tuple = a.tokens or a.numbers
    tb: tuple = b.tokens or b.numbers
    if not ta or not tb:
        return NameResult(0.0, "no name words to compare")
    if ta == tb:
        return NameResult(0.98, "same name words after normalisation")
    if (a.kind == PERSON and a.script == "latin" and b.script == "latin"
            and same_chinese_name(a.original, ta, b.original, tb)):
        return NameResult(PARAMS["wade_giles"],
                          "the same Chinese name in pinyin and in Wade-Giles")
    # consonant-only scripts against Latin: compare consonant skeletons too
    vowelless = 0
    if (a.script == "arabic") != (b.script == "arabic"):
        vowelless = 1
        # the Arabic article is written joined to its word: alsd -> al sd (al-Assad)
        if a.script == "arabic":
            ta = _split_article(ta)
        else:
            tb = _split_article(tb)
    elif (a.script == "hebrew") != (b.script == "hebrew"):
        vowelless = 2
    cap = PARAMS["cap_fuzzy"]
    # merged or split words: VladimirPutin ~ Vladimir Putin
    if len(ta) != len(tb) and "".join(ta) == "".join(tb):
        return NameResult(PARAMS["joined"], "same letters, split differently")
    if a.text.replace(" ", "") == b.text.replace(" ", ""):
        return NameResult(PARAMS["joined"], "same letters, split differently")
    if a.kind != PERSON and _acronym(a, b):
        return NameResult(PARAMS["acronym"], "one name is the initials of the other")

    if a.kind == PERSON:
        ta, tb = _split_initials(ta, tb), _split_initials(tb, ta)
    org = a.kind == ORG
    cells: list = []
    syllabic = (a.script in _SYLLABIC) != (b.script in _SYLLABIC)
    if vowelless:
        cells = [(-token_sim(x, y, vowelless), abs(i - j), i, j)
                 for i, x in enumerate(ta) for j, y in enumerate(tb)]
    elif syllabic:
        # Han or Hangul read in Latin letters: short syllables a letter or two apart
        # (fang / liang, wen / wei) are other names, so only the same syllables, or
        # syllables that read alike, pair
        cells = [(-token_sim(x, y, 0), abs(i - j), i, j) for i, x in enumerate(ta)
                 for j, y in enumerate(tb) if x == y or phonetic(x) == phonetic(y)]
    else:
        # (``token_sim`` is 0 for words that are not ``_near``: the pairs known not to be
        # are skipped, most of them, and the test is remembered for the bound too)
        row: dict
        x: str
        y: str
        for i, x in enumerate(ta):
            row = _near_row(x)
            for j, y in enumerate(tb):
                near = row.get(y)
                if near is None:
                    near = row[y] = _near(x, y)
                if near:
                    sim = token_sim(x, y, 0)
                    if sim < 1.0 and org and _other_word(x, y, org):
                        continue
                    cells.append((-sim, abs(i - j), i, j))
                elif org and abs(len(x) - len(y)) >= 3 and _clipped(x, y):
                    # (organisations: TECHNOL ~ TECHNOLOGY)
                    cells.append((-PARAMS["clipped"], abs(i - j), i, j))
    cells.sort()
    used_a: set = set()
    used_b: set = set()
    pairs: list = []
    min_pair = -PARAMS["min_pair"]
    for neg, _, i, j in cells:
        if neg > min_pair:
            break
        if i in used_a or j in used_b:
            continue
        pairs.append((i, j, -neg))
        used_a.add(i)
        used_b.add(j)
    if not pairs:
        return NameResult(0.0, "no word in common")
    core = 1.0
    for i, j, sim in pairs:
        if ta[i] in STOPWORDS and tb[j] in STOPWORDS:
            continue
        core *= sim
    rest_a = [ta[i] for i in range(len(ta))
              if i not in used_a and ta[i] not in STOPWORDS and not _form_part(ta[i], b)]
    rest_b = [tb[j] for j in range(len(tb))
              if j not in used_b and tb[j] not in STOPWORDS and not _form_part(tb[j], a)]
    conflicts = min(len(rest_a), len(rest_b))
    extra_words = rest_a if len(rest_a) > len(rest_b) else rest_b
    has_bin = "bin" in ta and "bin" in tb
    roles_a, roles_b = (_roles(ta), _roles(tb)) if has_bin else ([], [])
    if "father" in roles_a and "father" in roles_b:
        conflicts += sum(
            1 for i, j, _ in pairs if roles_a[i] != roles_b[j] and ta[i] not in STOPWORDS
        )
    extras = 0.0
    if len(extra_words) > conflicts:
        longer = ta if extra_words is rest_a else tb
        roles = _roles(longer) if "bin" in longer else ["name"] * len(longer)
        if a.kind == ORG and not GENERIC_ORG_WORDS.isdisjoint(extra_words):
            # generic business words are read as the extras first, the shortest first
            spare = sorted(extra_words, key=len)
            spare = [w for w in spare if w in GENERIC_ORG_WORDS] + [
                w for w in spare if w not in GENERIC_ORG_WORDS]
            for word in spare[: len(extra_words) - conflicts]:
                extras += PARAMS["generic_extra"] if word in GENERIC_ORG_WORDS else 1.0
        else:
            spare = sorted(extra_words, key=len)[: len(extra_words) - conflicts]
            for word in spare:
                idx = longer.index(word)
                patronymic = roles[idx] == "father" or bool(_PATRONYMIC.search(word))
                extras += PARAMS["patronymic_extra"] if patronymic and a.kind == PERSON else 1.0
    matched = sum(1 for i, _, _ in pairs if ta[i] not in STOPWORDS)
    telling = 0  # (read only when there are extras)
    if org and extras > 0:
        telling = sum(1 for i, _, _ in pairs
                      if ta[i] not in STOPWORDS and ta[i] not in GENERIC_ORG_WORDS)
    if all(len(ta[i]) == 1 or len(tb[j]) == 1 for i, j, _ in pairs):
        # only initials agree: "N.N." is weak evidence for any N... N...
        core *= PARAMS["only_initials"]
    if a.kind == VESSEL and len(pairs) == 1 and core < 1.0:
        # a one-word vessel name with a changed letter is usually another vessel
        core *= PARAMS["vessel_fuzzy"]
    if org and core < 1.0 and not a.forms & b.forms:  # (the same legal form: a typo)
        core *= _lone_word_factor(ta, tb, pairs, bool(a.forms or b.forms)
                                  and not _forms_agree(a, b))
    if org and len(pairs) == 1 and core < 1.0 and not rest_a and not rest_b \
            and _one_word_other(ta[pairs[0][0]], tb[pairs[0][1]], vowelless):
        core *= PARAMS["one_word_other"]
    if syllabic and a.kind == PERSON and extras:
        # a Chinese or Korean given name is one unit: a syllable on one side only makes
        # another given name (李玉 Li Yu / LI, Cheng Yu), not a missing middle name
        conflicts += int(extras + 0.5)
        extras = 0
    score = (core * PARAMS["conflict"] ** conflicts
             * _extra_factor(extras, matched, a.kind, telling))
    order_a = [i for i, _, _ in sorted(pairs, key=lambda p: p[1])]
    reordered = order_a != sorted(order_a)
    if reordered:
        score *= PARAMS["reorder"]
    score = min(score, cap)
    if not explain:
        return NameResult(score, "", conflicts, extras)
    detail = ", ".join(
        f"{ta[i]}={tb[j]}" if sim == 1.0 else f"{ta[i]}~{tb[j]} {sim:.2f}" for i, j, sim in pairs
    )
    if conflicts:
        detail += f"; {conflicts} differing word(s)"
    if extras:
        detail += f"; extra: {' '.join(extra_words)}"
    if reordered:
        detail += "; word order differs"
    return NameResult(score, detail, conflicts, extras, [(ta[i], tb[j], s) for i, j, s in pairs])


def _forms_agree(a: NormName, b: NormName) -> bool:
    """Both names carry a legal form, of the same kind (the same form, or forms of one
    family: Inc ~ Corp)."""
    if not a.forms or not b.forms:
        return False
    if a.forms & b.forms:
        return True
    fam_a = {FORM_FAMILY.get(f) for f in a.forms} - {None, "generic"}
    fam_b = {FORM_FAMILY.get(f) for f in b.forms} - {None, "generic"}
    return bool(fam_a & fam_b)


def _lone_word_factor(ta: tuple, tb: tuple, pairs: list, forms_differ: bool) -> float:
    """Organisations: when the only telling word the names share (not generic, not a
    stopword) agrees only fuzzily and is short, and that is not a typo's kind of
    difference (the words are more than one keystroke apart: they meet only through
    their phonetic skeletons), or the legal forms do not agree (one side has none, or
    another kind), the names are more likely two companies than one (Apple Inc ~ MAPLES
    SA, Tesla Inc ~ TESA, Siemens AG ~ JSC SZMN, where Appel Inc. ~ Apple Inc. or Schell
    plc ~ Shell plc keep their score): the shorter the word, the lower the factor."""
    telling = [(i, j, sim) for i, j, sim in pairs
               if ta[i] not in STOPWORDS and ta[i] not in GENERIC_ORG_WORDS]
    if len(telling) != 1 or telling[0][2] >= 1.0:
        return 1.0
    i, j, _ = telling[0]
    if not forms_differ and _osa(ta[i], tb[j], score_cutoff=2) <= 1:
        return 1.0
    shortest = min(len(ta[i]), len(tb[j]))
    if shortest <= 5:
        return PARAMS["lone_word_fuzzy"]
    if shortest <= 7:
        return PARAMS["lone_word_fuzzy_mid"]
    return 1.0


#: ``_near`` of word pairs met so far, by query word, in two generations (newer, older):
#: once the newer holds ``_NEAR_MAX`` pairs it becomes the older one, and the rows of
#: query words met again are carried over (250,000 pairs measured about 20 MB; 400,000 a
#: generation: 9.8 misses per query on the benchmark's batch instead of 13.5 at 200,000)
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
    if -2 <= lx - ly <= 2 and _osa(x, y, score_cutoff=2) <= 2:
        return True
    known: dict = _PHONETIC
    px = known.get(x)
    if px is None:
        px = phonetic(x)
    py = known.get(y)
    if py is None:
        py = phonetic(y)
    return (
        (-2 <= len(px) - len(py) <= 2 and _osa(px, py, score_cutoff=2) <= 2)
        or (lx == ly and lx > 3 and x[::-1] == y)
        or ((lx == 1 or ly == 1) and (y.startswith(x) or x.startswith(y)))
        or _hypocorism(x, y)
    )
