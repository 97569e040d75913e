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
import unicodedata
from functools import lru_cache
from operator import itemgetter
from typing import Any

from anyascii import anyascii

from listwatch.match.commonness import is_active as commonness_active
from listwatch.match.commonness import is_common
from listwatch.match.crossscript import (
    _SKELETON_RULES,
    _cjk,
    _latin_form,
    _own_script,
    _skeleton,
    _skeleton_result,
    _split_article,
    skeletons,
)
from listwatch.match.distinct import edge_letter, lone_word, other_sex, two_given_names
from listwatch.match.hypocorisms import related
from listwatch.match.matres import (
    arabic_words,
    consonants_differ,
    fold_letters,
    letters,
    name_consonants_differ,
    name_vowels_agree,
    vowels_agree,
    word_marks,
)
from listwatch.match.normalize import ORG, PERSON, VESSEL, NormName, normalize, registered_country
from listwatch.match.params import PARAMS, TRUNCATED_MIN, NameResult
from listwatch.match.phonetic import _GROUP1, _REPEATED
from listwatch.match.sino import (
    SYLLABLES,
    chinese_syllables,
    same_chinese_head,
    same_chinese_name,
    sino_key,
)
from listwatch.match.truncation import _truncation, _written, cut_short, written_text
from listwatch.match.vocab import (
    CHINESE_PLACES,
    FORM_FAMILY,
    FORM_WORD_CODES,
    GENERIC_ORG_WORDS,
    LEGAL_FORMS,
    PLACE_ABBREVIATIONS,
    STOPWORDS,
)
from listwatch.match.wordblocks import word_blocks
from listwatch.match.words import (
    _clipped,
    _near,
    _near_row,
    _one_word_other,
    _osa,
    _other_length,
    _other_start,
    _other_word,
    consonants,
    phonetic,
    token_sim,
)

_PATRONYMIC = re.compile(r"(ovich|evich|ovna|evna|ievich|yevich|vych|ich|ogly|oglu|uly|kyzy)$")
_SYLLABIC = frozenset(("han", "hangul"))
_ALPHABETIC = frozenset(("latin", "cyrillic", "greek"))
_CONSONANTAL = frozenset(("arabic", "hebrew"))
_SHIP_FORMS = frozenset(("vessel",))
#: this many name words agreeing closely tell, however common each is
_TELLING_COMBINATION = 3
#: this many words of an Arabic-script name agreeing with a Latin one in full (long vowels
#: written where Latin writes vowels: ``_vowels_verified``) tell, however common each is
_VERIFIED = 2  # (MV, MT: a ship's prefix, not a company's form)  # (katakana writes foreign names: バラク・オバマ)


#: a first given name put before the name a person is called by, and dropped by those who
#: write to him (Mohamed Imed / Imed, Mohamed Slim / Slim): in a name written as a chain
#: of descent, as cheap an extra word as a father's name (not elsewhere: Muhammad Ahmad
#: Ali Al-Isawi is no 'ALI, Ahmad)
_FIRST_GIVEN = frozenset(("mohamed", "mohammed", "muhammad", "mohammad", "muhammed",
                          "mohamad", "mouhamed", "muhamad"))


def _roles(tokens: tuple[str, ...]) -> list[str]:
    """Each word's part in a name written as a chain of descent (``bin``: ben, ibn, bint,
    and ould, bent inside a person's name): ``father`` for the word right after ``bin``
    (read for a son and his father the other way round), ``chain`` for every further word
    of the chain up to the name's last word (a father's or grandfather's name too);
    ``name`` for the given names before the chain and for that last word, the family name
    in the lists' chains. Mohamed Imed Ben Mohamed Naceur Ben Mohamed
    TRABELSI: Mohamed Naceur is his father's compound name, the second Mohamed his
    grandfather's, and he is Imed Trabelsi to those who write to him."""
    roles = ["name"] * len(tokens)
    last = len(tokens) - 1
    chain = False
    for i in range(last):
        t = tokens[i]
        if t == "bin":
            roles[i + 1] = "father"
            chain = chain or i > 0
        elif chain and i and roles[i] == "name":
            roles[i] = "chain"
    return roles


def _untangled(ta: tuple, tb: tuple, pairs: list) -> list:
    """The pairs with a word written twice on one side aligned in the order written: the
    alignment takes the nearest pairs first, and Haj ... Haj against Haj ... Haj may
    cross (Ben Haj Hamda Ben Haj Hassen BEN ALI). Two pairs of the same word on one side
    exchange their partners, each pair's similarity with it (the word is the same)."""
    out = list(pairs)
    n = len(out)
    for p in range(n):
        for q in range(p + 1, n):
            i1, j1, s1 = out[p]
            i2, j2, s2 = out[q]
            if (i1 < i2) != (j1 < j2):
                if ta[i1] == ta[i2]:
                    out[p], out[q] = (i1, j2, s2), (i2, j1, s1)
                elif tb[j1] == tb[j2]:
                    out[p], out[q] = (i1, j2, s1), (i2, j1, s2)
    # (and a word aligned with one of two copies of it on the other side takes the copy
    # that keeps the order: Haj Hamda BEN ALI / Hamda Ben Slaheddine Ben Haj Hamda BEN ALI)
    used_a = {i for i, _, _ in out}
    used_b = {j for _, j, _ in out}
    for p in range(n):
        i, j, sim = out[p]
        if ta[i] in STOPWORDS:
            continue
        best = _crossings(ta, out, p, i, j)
        if not best:
            continue
        for k in range(len(tb)):
            if k not in used_b and tb[k] == tb[j]:
                now = _crossings(ta, out, p, i, k)
                if now < best:
                    used_b.discard(j)
                    used_b.add(k)
                    out[p] = (i, k, sim)
                    best, j = now, k
        for k in range(len(ta)):
            if k not in used_a and ta[k] == ta[i]:
                now = _crossings(ta, out, p, k, j)
                if now < best:
                    used_a.discard(i)
                    used_a.add(k)
                    out[p] = (k, j, sim)
                    best, i = now, k
    return out


def _crossings(ta: tuple, pairs: list, p: int, i: int, j: int) -> int:
    """How many other aligned name words ``ta[i]`` aligned with position ``j`` crosses."""
    n = 0
    for q in range(len(pairs)):
        if q != p:
            k, m, _ = pairs[q]
            if ta[k] not in STOPWORDS and (k < i) != (m < j):
                n += 1
    return n


def _swapped(ta: tuple, roles_a: list, roles_b: list, pairs: list) -> int:
    """The aligned words whose parts differ (a given name against a father's) when a
    father's name of each side is aligned with a name of the other's own, a son and his
    father the other way round; 0 when the parts differ one way only (the words of a
    name written in another order: Mekki Zarkaoui Imed Ben / IMED BEN MEKKI ZARKAOUI)."""
    differing = 0
    father_a = father_b = False
    for i, j, _ in pairs:
        first_a, first_b = roles_a[i] == "father", roles_b[j] == "father"
        if first_a != first_b and ta[i] not in STOPWORDS:
            differing += 1
            if first_a:
                father_a = True
            else:
                father_b = True
    return differing if father_a and father_b else 0


def _own_given(tokens: tuple, roles: list) -> list:
    """The positions of a chain name's own given names: its name words before its first
    ``bin`` (none when the name opens with its chain: a title read aside, Imam Ben Yussuf
    ARFAJ)."""
    given: list = []
    for k in range(len(tokens)):
        if tokens[k] == "bin":
            break
        if tokens[k] not in STOPWORDS and roles[k] == "name":
            given.append(k)
    return given


def _names_father(ta: tuple, tb: tuple, pairs: list) -> str:
    """A father's name of one side's chain of descent (``_roles``) aligned with a word
    that is no father's name on the other side, while none of that chain name's own given
    names is aligned: the other name is his father's (Naceur Trabelsi / Mohamed Imed Ben
    Mohamed Naceur Ben Mohamed TRABELSI), or his son's. The father's word, or empty."""
    for side in (0, 1):
        mine, other = (ta, tb) if side == 0 else (tb, ta)
        if "bin" not in mine:
            continue
        roles = _roles(mine)
        given = _own_given(mine, roles)
        if not given:
            continue
        roles_other = _roles(other) if "bin" in other else None
        father = ""
        named = False
        for i, j, _ in pairs:
            k, m = (i, j) if side == 0 else (j, i)
            if k in given:
                named = True
                break
            if roles[k] != "name" and mine[k] not in STOPWORDS and (
                    roles_other is None or roles_other[m] == "name"):
                father = mine[k]
        if father and not named:
            return father
    return ""


def _crossed(ta: tuple, pairs: list) -> bool:
    """Whether aligned name words stand in another order on the two sides (particles
    aside: a name's third ``bin`` may align with the other's first)."""
    last = -1
    for i, j, _ in sorted(pairs):
        if ta[i] in STOPWORDS:
            continue
        if j < last:
            return True
        last = j
    return False


#: initials shorter than this stand for a name only when it says it is a business (BS /
#: BANK SEPAH): two letters start a great many two-word names (SE is not Seha Ergül)
_ACRONYM_MIN = 3


def _acronym(a: NormName, b: NormName) -> bool:
    for x, y in ((a, b), (b, a)):
        if len(x.tokens) == 1 and 2 <= len(x.tokens[0]) <= 6:
            words = [t for t in y.tokens if t not in STOPWORDS]
            if len(x.tokens[0]) < _ACRONYM_MIN and GENERIC_ORG_WORDS.isdisjoint(words):
                continue
            if len(words) >= 2 and "".join(t[0] for t in words) == x.tokens[0] \
                    and not _accent_elsewhere(x.original, y.original):
                return True
    return False


def initials_joined(ta: tuple[str, ...], tb: tuple[str, ...]) -> str:
    """The own initials (``_own_initials``) closing one name, when the other name is the
    same letters without them, split otherwise (ISLAMICSTATE WEST AFRICA PROVINCE ~
    ISLAMIC STATE WEST AFRICA PROVINCE (ISWAP): two words typed together, and the
    initials say the name again); else ``""``."""
    for x, y in ((ta, tb), (tb, ta)):
        if len(y) > _TWO and len(x) != len(y) - 1 and "".join(x) == "".join(y[:-1]) \
                and _own_initials(y[-1], y[:-1]):
            return y[-1]
    return ""


def _own_initials(word: str, tokens: tuple[str, ...]) -> bool:
    """Whether ``word`` (3 letters or more) is the initials of the other words of its
    name, in order, with or without its particles (``sig`` in ``special industry group
    sig``; ``wpk`` in ``worker party of korea wpk``)."""
    if len(word) < _ACRONYM_MIN or not word.isalpha():
        return False
    every = ""
    telling = ""
    for t in tokens:
        if t == word:
            continue
        every += t[0]
        if t not in STOPWORDS:
            telling += t[0]
    return word in (every, telling)


#: a company's name word shorter than this, two edits from another, is another word
_ORG_EDIT2_MIN = 8


def _short_other(x: str, y: str) -> bool:
    """Two words of companies' names in Latin letters two edits apart, both changing a
    letter in place, of fewer than ``_ORG_EDIT2_MIN`` letters: two words (COBALT /
    COMBAT, TOURS / TOOLS), not one misspelt; a letter added and another changed is a
    slip of the hand as often (MORTARS / MOTORS), and a long word two letters off is
    one spelt another way (KHOZYAISTVENNOE / KHOZYAYSTVENNOYE)."""
    if len(x) != len(y) or len(x) >= _ORG_EDIT2_MIN:
        return False
    changed = 0
    for k in range(len(x)):
        if x[k] != y[k]:
            changed += 1
    return changed == 2


def _accent_elsewhere(word: str, other: str) -> bool:
    """``word`` writes a letter with an accent (beyond ASCII) that ``other`` does not
    write: initials are written as the words they stand for (ÖBB, Österreichische
    Bundesbahnen), so it is a word, not their initials (dès / D.E.S. DEFENSE
    ENGINEERING SOLUTIONS)."""
    if word.isascii():
        return False
    other = other.casefold()
    return any(not ch.isascii() and ch.isalpha() and ch not in other
               for ch in word.casefold())



def _split_initials(ta: tuple[str, ...], tb: tuple[str, ...]) -> tuple[str, ...]:
    """Read a short token as initials when it spells the start of the other name's words.

    ``JC Juncker`` vs ``Jean Claude Juncker``: ``jc`` becomes ``j c``.
    """
    if len(tb) < 2:
        return ta
    for t in ta:  # (a loop: a generator expression makes a generator at every pair)
        if 2 <= len(t) <= 3:
            break
    else:
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
        verified = False
        if alt is not None:
            arabic, latin = (a, b) if a.script == "arabic" else (b, a)
            named = tuple(t for t in latin.tokens if t not in GENERIC_ORG_WORDS)
            vowels = name_vowels_agree(arabic.original, named)
            # (a whole name whose long vowels agree, two at least: Amir Abdullah)
            verified = bool(vowels) and _long_vowels_in(arabic.original) >= _VERIFIED
            if vowels is not False and _word_vowels_differ(arabic, named):
                vowels = False
            own = _own_script(arabic)
            blocks = word_blocks(own, named)
            if blocks is None:
                # (the skeletons agree only across the words' boundaries: امیر علی لاچینی
                # ~ CHAHINE, Mireille)
                verified = False
                alt = NameResult(alt.score * PARAMS["long_vowels"],
                                 f"{alt.detail}; the words split across each other's: "
                                 f"x{PARAMS['long_vowels']}")
            elif vowels is not False and _block_vowels_differ(arabic, own, blocks):
                vowels = False
            if vowels is False:
                # (the long vowels Arabic writes are not where the Latin name has vowels:
                # خطيب كانو ~ WHITE PIGEON, حيّان الأنصاري ~ NASIR, Khan Ali)
                alt = NameResult(alt.score * PARAMS["long_vowels"],
                                 f"{alt.detail}; the long vowels of the Arabic script differ: "
                                 f"x{PARAMS['long_vowels']}")
            elif name_consonants_differ(arabic.original, named):
                # (two letters the skeleton reads as one: حسام آل الشيخ ~ HAZIM ELASHI, s
                # and z; عبد الحق مهنا ~ Abdul Hakim Khaiwani, h and kh)
                verified = False
                alt = NameResult(alt.score * PARAMS["long_vowels"],
                                 f"{alt.detail}; letters the Arabic script writes apart "
                                 f"(s/z, h/kh) differ: x{PARAMS['long_vowels']}")
        if alt is not None and commonness_active():
            latin = b if a.script == "arabic" else a
            words = [t for t in latin.tokens if t not in STOPWORDS]
            if (words and len(words) < _TELLING_COMBINATION and all(map(is_common, words))
                    and not verified):
                alt = NameResult(alt.score * PARAMS["common_only"],
                                 f"{alt.detail}; only common words ({' '.join(words)}): "
                                 f"x{PARAMS['common_only']}")
        if alt is not None and alt.score > res.score:
            res = alt
    if res.score < PARAMS["truncated"] + 0.15 and (
            len(a.original) >= TRUNCATED_MIN or len(b.original) >= TRUNCATED_MIN):
        cut = _truncation(a, b)
        if cut is not None and cut.score > res.score:
            res = cut
    if res.score > PARAMS["short_syllabic"] and _short_syllabic(a, b):
        if _own_reading(a, b):
            return NameResult(min(res.score, PARAMS["own_reading"]),
                              f"{res.detail}; a two-character Han name and its own reading, "
                              f"every syllable: at most {PARAMS['own_reading']}",
                              res.conflicts, res.extras, res.pairs)
        res = NameResult(PARAMS["short_syllabic"],
                         f"{res.detail}; a short name in another script (two Han or Hangul "
                         f"characters, four letters): at most {PARAMS['short_syllabic']}",
                         res.conflicts, res.extras, res.pairs)
    if a.kind != PERSON and res.score > PARAMS["other_registry"]:
        ca, cb = registered_country(a.original), registered_country(b.original)
        if ca is not None and cb is not None and ca != cb:
            # (``ACME LTD (UAE)`` / ``ACME LTD (UK)``: one name registered in two
            # countries, two companies of a group more often than one)
            factor = PARAMS["other_registry"]
            return NameResult(res.score * factor,
                              f"{res.detail}; registered in other countries ({ca}, {cb}): "
                              f"x{factor}", res.conflicts, res.extras, res.pairs)
    return res


def _word_vowels_differ(arabic: NormName, latin: tuple) -> bool:
    """The whole-name skeleton split into words alike on both sides (as many words, each
    of the same skeleton, in order), and the long vowels of one word at least not where
    its Latin counterpart writes vowels (``matres.vowels_agree``): the words have been
    compared one by one and differ (بنان الشايع ~ BAYAN ELASHI, اسما محمدی ~ ISSAM
    HAMADE); the whole name only adds evidence when its words are split otherwise."""
    words = [t for t in arabic.tokens if t not in STOPWORDS]
    latin = tuple(t for t in latin if t not in STOPWORDS)
    if len(words) != len(latin):
        return False
    marks = arabic_words(arabic.original)
    differ = False
    for x, y in zip(words, latin, strict=True):
        bare = x[2:] if x.startswith("al") and len(x) >= 4 else x
        if _skeleton(bare) != _skeleton(y[2:] if y.startswith(("al", "el")) else y) \
                and _skeleton(x) != _skeleton(y):
            return False
        marked = marks.get(x)
        if marked is not None and vowels_agree(marked, y) is False:
            differ = True
    return differ


def _block_vowels_differ(arabic: NormName, own: tuple, blocks: list) -> bool:
    """A block of one Arabic-script word against one Latin word (``wordblocks``) whose
    long vowels are not where the Latin writes vowels (``matres.vowels_agree``): زارع ~
    WAZIRI in MOHAMMAD JAWAD WAZIRI, read against محمدجواد زارع."""
    marks = word_marks(arabic.original)
    if len(marks) != len(own):
        return False  # (words the marks do not hold: not read)
    for i, i2, latin in blocks:
        if i2 == i + 1 and len(latin) == 1 and latin[0] not in STOPWORDS \
                and vowels_agree(marks[i], latin[0]) is False:
            return True
    return False


def _own_reading(a: NormName, b: NormName) -> bool:
    """A person's name of two Han characters against a Latin name that is its reading,
    the family name and the given name, each syllable the same and none more (吴勇 ~ WU,
    Yong): the name itself, where a Latin name that shares the family name only (WU,
    Yang) or reads more (WANG, Weiguo) is another person's."""
    if a.kind != PERSON:
        return False
    for han, latin in ((a, b), (b, a)):
        if (han.script == "han" and latin.script == "latin" and len(han.native) == 2
                and len(han.tokens) == 2 and sorted(han.tokens) == sorted(latin.tokens)):
            # (against ``FAMILY, Given`` the family names agree: two characters written
            # as one word put the family name first, 洪秋 is HONG, Qiu, not QIU, Hong;
            # written apart, the given name first, as a Western form does: 伟 张 is
            # ZHANG, Wei)
            if "," in latin.original:
                family = han.tokens[-1] if " " in han.original.strip() else han.tokens[0]
                return family == latin.tokens[-1]
            return True
    return False


def _short_syllabic(a: NormName, b: NormName) -> bool:
    """One name is written in two Han or Hangul characters or fewer (a person's, or read
    against two Latin words or more; one against a single word: 小米 is Xiaomi), or is a
    short word
    (4 letters or fewer read in Latin letters) of another script, and the other name is
    in another script: its reading (王伟 wang wei, 陈 chen, 지 ji, мить mit, για gia,
    خاک khk) is shared by a great many names and words, so it cannot say which one a
    listed name in other letters is (two names in the same characters are compared as
    characters: ``_cjk``)."""
    if a.script == b.script:
        return False
    for x, y in ((a, b), (b, a)):
        if x.script in _SYLLABIC and 0 < len(x.native) <= (
                2 if a.kind == PERSON or len(y.tokens) > 1 else 1):
            return True
        if x.script != "latin" and 0 < sum(
                len(t) for t in x.tokens if t not in STOPWORDS) <= 4:
            return True
    return False


#: the key that sorts aligned pairs ``(i, j, sim)`` by their word of the second name
_SECOND = itemgetter(1)


#: first letters Korean romanisations write for one sound (Revised Romanisation g, d, b;
#: McCune-Reischauer k, t, p: Gwangju / Kwangju, Daegu / Taegu, Busan / Pusan)
_MR_PAIRS = frozenset((frozenset("gk"), frozenset("dt"), frozenset("bp")))


def _mr_initial_alike(x: str, y: str) -> bool:
    """Two readings of one Korean word, its first letter in the two romanisations."""
    return (len(x) > 2 and x[1:] == y[1:] and x[0] != y[0]
            and frozenset((x[0], y[0])) in _MR_PAIRS)


#: the letters Korean romanisations and companies' own spellings write for one sound:
#: ``korean_key`` (Samseong / Samsung, Hyeondae / Hyundai, Dusan / Doosan, Hanhwa /
#: Hanwha, Poseuko / Posco, Losde / Lotte)
_KOREAN_FOLDS = (("wh", "hw"), ("g", "k"), ("d", "t"), ("b", "p"), ("r", "l"),
                 ("j", "ch"), ("eo", "o"), ("oo", "u"), ("ae", "e"), ("ai", "e"),
                 ("ee", "i"), ("o", "u"))
_KOREAN_EPENTHETIC = re.compile(r"(?<=[^aeiouwy])eu(?=[^aeiouwy])")
_KOREAN_C = re.compile(r"c(?!h)")
_KOREAN_W = re.compile(r"(?<=[aeiou])w(?=[aeiou])")
_KOREAN_CODA = re.compile(r"s(?=[^aeiouwy])")
_DOUBLED = re.compile(r"(.)\1+")
#: a word read from Hangul this long or longer may meet a Latin word by ``korean_key``
_KOREAN_MIN = 4


@lru_cache(maxsize=20_000)
def korean_key(word: str) -> str:
    """A Korean word's letters as every romanisation writes them: Revised Romanisation
    (what a Hangul name reads as here), McCune-Reischauer without its marks, and the
    spellings companies and persons chose for themselves (Samsung, Hyundai, Daewoo,
    Doosan, Hanwha, Posco, Lotte). Voiced and unvoiced consonants as one (g/k, d/t, b/p,
    j/ch, r/l, c/k), eo, o, oo and u as one vowel, ae, ai and e as one, ee and i; a vowel
    Revised Romanisation writes between two consonants of a borrowed word (poseuko) left
    out, a final s before a consonant read t (롯데 losde, Lotte), w between vowels (Daewoo
    / Daeu) and a letter written twice once."""
    w = _KOREAN_EPENTHETIC.sub("", word)
    w = _KOREAN_CODA.sub("t", w)
    if "c" in w:
        w = _KOREAN_C.sub("k", w)  # (Posco; ch stays, read as j below)
    for a, b in _KOREAN_FOLDS:
        if a in w:
            w = w.replace(a, b)
    w = _KOREAN_W.sub("", w)
    return _DOUBLED.sub(r"\1", w)


#: Korean family names in the spellings their bearers and the lists use beside the
#: letter-by-letter reading (Wikipedia's "List of Korean surnames", its romanisation
#: columns: 이 Lee, Yi, Rhee, Ri; 박 Park, Pak; 노 Roh, Noh; 임 Lim, Rim; 유 and 류 Yoo,
#: Ryu; 우 Woo; 허 Hur), keyed by ``_korean_person_key``
_KOREAN_FAMILY: dict[str, frozenset[str]] = {
    "i": frozenset(("lee", "yi", "rhee", "ri", "li", "rie", "yee")),
    "li": frozenset(("lee", "yi", "rhee", "ri", "rie", "yee")),
    "pak": frozenset(("park",)), "nu": frozenset(("roh", "noh")),
    "u": frozenset(("woo",)), "im": frozenset(("lim", "rim")),
    "lim": frozenset(("im",)), "yu": frozenset(("yoo", "ryu", "you")),
    "lyu": frozenset(("yoo", "yu", "you")), "hu": frozenset(("hur",)),
}
#: an h after a vowel and before no vowel, which own spellings write to lengthen it (Ahn,
#: Sohn, Oh, Suh, Huh): not a letter of the reading
_KOREAN_SILENT_H = re.compile(r"(?<=[aeiou])h(?![aeiou])")


def _korean_syllable_alike(x: str, y: str) -> bool:
    """Two readings of one syllable of a Korean person's name, one side read from Hangul
    letter by letter (``_korean_person_key``), or a family name in a spelling of its own
    (``_KOREAN_FAMILY``: 이 Lee, 박 Park, 노 Roh)."""
    kx, ky = _korean_person_key(x), _korean_person_key(y)
    if kx == ky:
        return True
    spellings = _KOREAN_FAMILY.get(kx)
    if spellings is not None and y in spellings:
        return True
    spellings = _KOREAN_FAMILY.get(ky)
    return spellings is not None and x in spellings


@lru_cache(maxsize=20_000)
def _korean_person_key(word: str) -> str:
    """``korean_key`` of a syllable of a person's name, also reading ``sh`` as ``s`` (Shin
    / Sin), ``oi`` as ``oe`` (Choi / Choe), ``ui`` as ``i`` (Hui / Hee), a final ``g`` as
    ``k`` (the letter-by-letter reading of 박 is bag: Pak) and leaving out an ``h`` own
    spellings write after a vowel (Ahn, Sohn, Oh)."""
    w = word.replace("sh", "s").replace("oi", "oe").replace("ui", "i")
    if "h" in w:
        w = _KOREAN_SILENT_H.sub("", w)
    if w.endswith("g") and not w.endswith("ng"):
        w = w[:-1] + "k"
    return korean_key(w)


def _korean_alike(x: str, y: str) -> bool:
    """Two readings of one Korean word, one side read from Hangul (``korean_key``)."""
    return (len(x) >= _KOREAN_MIN and len(y) >= _KOREAN_MIN
            and korean_key(x) == korean_key(y))


def _korean_reading(pairs: list) -> bool:
    """An aligned pair is one Korean word in two romanisations (``korean_key``), for a
    pair of names one of which is in Hangul (its similarity is also other readings')."""
    reading = PARAMS["korean_reading"]
    for _, _, sim in pairs:
        if sim == reading:
            return True
    return False


#: the word similarities of edits alone (``token_sim``)
_EDIT_SIMS = frozenset((PARAMS["edit1"], PARAMS["edit1_short"], PARAMS["edit1_short"] * 0.8,
                        PARAMS["edit2"], PARAMS["edit2_short"]))


def _other_syllable(x: str, y: str, sim: float) -> float:
    """``sim`` of two words of Chinese names, or ``edit2_other`` when they agree by edits
    only and each is one whole syllable, another in both romanisations (``sino``)."""
    if sim in _EDIT_SIMS and x in SYLLABLES and y in SYLLABLES and sino_key(
            (x, "a")) != sino_key((y, "a")):
        return PARAMS["edit2_other"]
    return sim


def _form_part(word: str, other: NormName) -> bool:
    """Whether ``word`` is a word of a legal form that ``other`` carries: written apart
    or in another order (``Joint Stock Locko Bank`` against ``JSC Locko Bank``, ``LIABILITY
    PIK`` against ``LLC PIK``), it is part of that form, not a name word left over."""
    codes = FORM_WORD_CODES.get(word)
    return codes is not None and not codes.isdisjoint(other.forms)


#: legal forms as their words, longest first (``_flat_without_forms``)
_FORM_PHRASES = tuple(sorted({tuple(f.split()) for f in LEGAL_FORMS}, key=len, reverse=True))


def _phrases_by(end: int) -> dict[str, tuple[int, ...]]:
    """The places in ``_FORM_PHRASES`` of the forms by their first (``end`` 0) or last
    (-1) word, in its order: a form can be cut at an end only where the name's word
    there is its own."""
    out: dict[str, list[int]] = {}
    for k, form in enumerate(_FORM_PHRASES):
        out.setdefault(form[end], []).append(k)
    return {word: tuple(places) for word, places in out.items()}


_PHRASES_FIRST = _phrases_by(0)
_PHRASES_LAST = _phrases_by(-1)


@lru_cache(maxsize=65536)
def _flat_without_forms(text: str) -> str:
    """A name's text without the legal forms at its ends, its words run together: a name
    typed with two words run together and no legal form is its list's name written
    apart with one (DamascusCham Holding / DAMASCUS CHAM HOLDING COMPANY), which its
    words cannot tell once normalising has read one side's words (a plural folded, an
    abbreviation read out) and not the run-together word."""
    words = text.split()
    cut = True
    while cut and words:
        cut = False
        # (only the forms whose first word opens the name or whose last ends it, in
        # ``_FORM_PHRASES``'s order: the same cuts as trying them all)
        last = _PHRASES_LAST.get(words[-1], ())
        first = _PHRASES_FIRST.get(words[0], ())
        places = sorted({*last, *first}) if last and first else last or first
        for k in places:
            form = _FORM_PHRASES[k]
            n = len(form)
            if n >= len(words):
                continue
            if tuple(words[len(words) - n:]) == form:
                words = words[:len(words) - n]
                cut = True
                break
            if tuple(words[:n]) == form:
                words = words[n:]
                cut = True
                break
    return "".join(words)


def _compare_words(a: NormName, b: NormName, explain: bool = True) -> NameResult:
    if a.original == b.original:
        return NameResult(1.0, "identical")
    # (the fields read again and again, read once: an attribute of a name is looked up
    # at every use)
    kind: str = a.kind
    a_script: str = a.script
    b_script: str = b.script
    is_person = kind == PERSON
    both_arabic = a_script == "arabic" == b_script
    if both_arabic and same_arabic_spelling(a, b):
        return NameResult(PARAMS["arabic_forms"], "the same words in Arabic script, letter "
                          "forms aside (ى/ي, ة/ه, hamza seats, vowel signs)")
    if both_arabic and _arabic_letters(a) == _arabic_letters(b):
        both_arabic = False  # (the same letters: romanised words tell the rest)
    # (two names in the same CJK script are compared as characters first: 王伟 and 王炜
    # read alike, ``wang wei``, and are two names)
    cjk = _cjk(a, b)
    if cjk is not None:
        return cjk
    if a.text and a.text == b.text and not both_arabic:
        return NameResult(0.99, "identical after case, accents and punctuation")
    # (builtin-type annotations of locals: see screening.bounds.upper_bounds)
    ta: tuple = a.tokens or a.numbers
    tb: tuple = b.tokens or b.numbers
    if both_arabic:
        # (two names in Arabic script are compared as their letters read, each letter's
        # variant forms as one: عدى is عدي, not the particle ``da``)
        ta, tb = _folded_tokens(a) or ta, _folded_tokens(b) or tb
    if not ta or not tb:
        return NameResult(0.0, "no name words to compare")
    if ta == tb and not both_arabic:
        factor, why = _form_factor(a, b, ta, [(i, i, 1.0) for i in range(len(ta))])
        if kind == ORG and factor == 1.0:
            factor, why = _plural_folded(a, b, ta)
        return NameResult(0.98 * factor, "same name words after normalisation" + why)
    if (is_person and a_script == "latin" and b_script == "latin"
            and same_chinese_name(a.original, ta, b.original, tb)):
        return NameResult(PARAMS["wade_giles"],
                          "the same Chinese name in pinyin and in Wade-Giles")
    if not is_person and a_script == "latin" and b_script == "latin":
        head = same_chinese_head(a.original, a.text, b.original, b.text)
        if head is not None:
            read = _chinese_head_read(a, b, ta, tb, head, explain)
            if read is not None:
                return read
    # consonant-only scripts against Latin: compare consonant skeletons too
    vowelless = 0
    if (a_script == "arabic") != (b_script == "arabic"):
        vowelless = 1
        # the Arabic article is written joined to its word: alsd -> al sd (al-Assad)
        if a_script == "arabic":
            ta = _split_article(ta)
        else:
            tb = _split_article(tb)
    elif (a_script == "hebrew") != (b_script == "hebrew"):
        vowelless = 2
    cap = PARAMS["cap_fuzzy"]
    # merged or split words: VladimirPutin ~ Vladimir Putin
    if len(ta) != len(tb) and "".join(ta) == "".join(tb) and not both_arabic:
        return NameResult(PARAMS["joined"], "same letters, split differently")
    if a.text.replace(" ", "") == b.text.replace(" ", "") and not both_arabic:
        return NameResult(PARAMS["joined"], "same letters, split differently")
    if not is_person and not both_arabic and len(ta) != len(tb):
        said_again = initials_joined(ta, tb)
        if said_again:
            return NameResult(PARAMS["joined"], f"same letters, split differently; "
                                                f"{said_again}: the name's own initials")
    if (not is_person and (a.forms or b.forms) and len(ta) != len(tb) and not both_arabic
            and _flat_without_forms(a.text) == _flat_without_forms(b.text)):
        return NameResult(PARAMS["joined"], "same letters, split differently, legal forms "
                                            "aside")
    if (is_person and len(ta) != len(tb) and a_script == "latin" and b_script == "latin"
            and abd_joined(ta) == abd_joined(tb)):
        return NameResult(PARAMS["edit1"], "the same Abd compound name, written as one word "
                                           "on one side, its article spelt another way")
    if joined_reversed(ta, tb):
        return NameResult(PARAMS["joined"] * PARAMS["reorder"],
                          "same letters, written together in the other order")
    if not is_person and a_script == b_script and _acronym(a, b):
        return NameResult(PARAMS["acronym"], "one name is the initials of the other")

    if is_person:
        ta, tb = _split_initials(ta, tb), _split_initials(tb, ta)
    org = kind == ORG
    # (Latin letters as written on both sides: a letter added in Arabic script may be a
    # long vowel, not another name)
    latin = a_script == "latin" and b_script == "latin"
    person = is_person and latin
    # (alphabets written letter for letter in Latin: a first letter changed there is
    # another word too, Кулаков / BULGAKOV)
    alphabetic = a_script in _ALPHABETIC and b_script in _ALPHABETIC
    # (a name that may be a person's: a LegalEntity of the lists, a query of no schema,
    # compared as an organisation's, with no legal form and no business word)
    maybe_person = person or (latin and org and not a.forms and not b.forms
                       and GENERIC_ORG_WORDS.isdisjoint(ta) and GENERIC_ORG_WORDS.isdisjoint(tb))
    # (Arabic and Hebrew script have no initials: دعاء reads ``d``, a word, not D.)
    initials = a_script not in _CONSONANTAL and b_script not in _CONSONANTAL
    edit2 = PARAMS["edit2"]
    edit1 = PARAMS["edit1"]
    hypocorism = PARAMS["hypocorism"]
    cells: list = []
    syllabic = (a_script in _SYLLABIC) != (b_script in _SYLLABIC)
    if vowelless:
        cells = [(-token_sim(x, y, vowelless), abs(i - j), i, j)
                 for i, x in enumerate(ta) for j, y in enumerate(tb)
                 if (len(x) > 1 and len(y) > 1) or x == y]  # (no initials: see above)
    elif syllabic:
        # Han or Hangul read in Latin letters: short syllables a letter or two apart
        # (fang / liang, wen / wei) are other names, so only the same syllables, or
        # syllables that read alike, pair
        hangul = "hangul" in (a_script, b_script)
        cells = [(-1.0 if hangul and _mr_initial_alike(x, y) else -token_sim(x, y, 0),
                  abs(i - j), i, j) for i, x in enumerate(ta)
                 for j, y in enumerate(tb) if x == y or phonetic(x) == phonetic(y)
                 or (hangul and _mr_initial_alike(x, y))]
        if hangul:
            # (a company's own romanisation of its Korean name: 삼성 Samseong / Samsung;
            # a person's, syllable by syllable: 박성호 Bag Seong Ho / Park Sung-ho, and
            # McCune-Reischauer as lists write North Korean names: 최룡해 / CHOE Ryong Hae)
            # (loops: a generator expression makes a closure in the compiled core)
            for i, u in enumerate(ta):
                for j, v in enumerate(tb):
                    if (u != v and phonetic(u) != phonetic(v) and not _mr_initial_alike(u, v)
                            and (_korean_syllable_alike(u, v) if is_person
                                 else _korean_alike(u, v))):
                        cells.append((-PARAMS["korean_syllable" if is_person
                                             else "korean_reading"], abs(i - j), i, j))
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
                    if not initials and (len(x) == 1 or len(y) == 1) and x != y:
                        continue
                    if sim == hypocorism and ((j and y in STOPWORDS) or (i and x in STOPWORDS)
                                              or (y in STOPWORDS and not _writes(b, y))
                                              or (x in STOPWORDS and not _writes(a, x))):
                        # (Al is Alan's short form first in a name, an article inside
                        # one: Muhammed El Besir; and the article El, read al, never is:
                        # EL BARNEY, EL DIABLO)
                        continue
                    if sim < 1.0 and org and _other_word(x, y, org):
                        continue
                    if sim == edit2 and ((maybe_person and _other_length(x, y))
                                         or (alphabetic and _other_start(x, y))
                                         or (person and two_given_names(x, y))
                                         or (org and latin and _short_other(x, y))):
                        sim = PARAMS["edit2_other"]
                    elif maybe_person and sim == edit1 and edge_letter(x, y):
                        sim = PARAMS["edge_letter"]
                    if maybe_person and (sim == edit1 or sim == edit2) and other_sex(x, y):
                        sim = PARAMS["gendered"]
                    cells.append((-sim, abs(i - j), i, j))
                elif org and abs(len(x) - len(y)) >= 3 and _clipped(x, y):
                    # (organisations: TECHNOL ~ TECHNOLOGY)
                    cells.append((-PARAMS["clipped"], abs(i - j), i, j))
    if person and cells and chinese_syllables(ta) and chinese_syllables(tb):
        # (two Chinese names: two syllables a letter apart are two syllables, two names,
        # not one misspelt: Hu / He, Chang / Chung)
        cells = [(-_other_syllable(ta[i], tb[j], -neg), d, i, j)
                 for neg, d, i, j in cells]
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
    if len(pairs) > 2:
        pairs = _untangled(ta, tb, pairs)
    if pairs:
        kept = _place_initials_check(ta, tb, pairs, org)
        if len(kept) < len(pairs):
            pairs = kept
            used_a, used_b = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    if not pairs:
        return NameResult(0.0, "no word in common")
    letters_why = ""
    if vowelless or both_arabic:
        pairs, letters_why = _arabic_letters_check(a, b, ta, tb, pairs, both_arabic,
                                                   vowelless)
    if is_person and both_arabic:
        far = _one_exact_one_far(a, b, ta, tb, pairs)
        if far is not None:
            low = PARAMS["edit2_other"]
            pairs = [(i, j, low if (i, j) == far else sim) for i, j, sim in pairs]
            letters_why += (f"; one name word agrees, the other is two letters from it "
                            f"({ta[far[0]]}/{tb[far[1]]}), another name: {low}")
    if is_person and vowelless == 1:
        # (Arabic script; Hebrew writes short names in two letters as often: אהוד Ehud)
        apart = _one_close_one_loose(a if a_script == "arabic" else b, ta, tb, pairs,
                                     a_script == "arabic")
        if apart is not None:
            low = PARAMS["edit2_other"]
            pairs = [(i, j, low if (i, j) == apart else sim) for i, j, sim in pairs]
            letters_why += (f"; one name word agrees, the other only loosely across "
                            f"scripts ({ta[apart[0]]}/{tb[apart[1]]}), another name: {low}")
    core = 1.0
    for i, j, sim in pairs:
        if ta[i] in STOPWORDS and tb[j] in STOPWORDS:
            continue
        core *= sim
    if vowelless and len(pairs) >= _TELLING_COMBINATION:
        # (a short skeleton agrees by chance in a short name; aligned with two more words
        # that agree, it is the same name: طاهر جليل حبوش التكريتي ~ TAHIR JALIL HABBUSH
        # AL-TIKRITI)
        short = PARAMS["translit_short"]
        named = [sim for i, j, sim in pairs if ta[i] not in STOPWORDS or tb[j] not in STOPWORDS]
        weak = named.count(short)
        if weak and len(named) - weak >= _TELLING_COMBINATION - 1:
            core *= (PARAMS["transliteration"] / short) ** weak
    rest_a = [ta[i] for i in range(len(ta))
              if i not in used_a and ta[i] not in STOPWORDS and not _form_part(ta[i], b)]
    rest_b = [tb[j] for j in range(len(tb))
              if j not in used_b and tb[j] not in STOPWORDS and not _form_part(tb[j], a)]
    if org and len(rest_a) + len(rest_b) == 1:
        # (``SPECIAL INDUSTRIES GROUP (SIG)``: a name followed by its own initials says
        # the name again; the initials cost nothing when every other word agrees)
        if rest_a and _own_initials(rest_a[0], ta):
            letters_why += f"; {rest_a[0]}: the name's own initials"
            rest_a = []
        elif rest_b and _own_initials(rest_b[0], tb):
            letters_why += f"; {rest_b[0]}: the name's own initials"
            rest_b = []
    conflicts = min(len(rest_a), len(rest_b))
    extra_words = rest_a if len(rest_a) > len(rest_b) else rest_b
    has_bin = "bin" in ta and "bin" in tb
    roles_a, roles_b = (_roles(ta), _roles(tb)) if has_bin else ([], [])
    crossed = _crossed(ta, pairs)
    if "father" in roles_a and "father" in roles_b and crossed:
        # (a son's name and his father's the other way round: Ali bin Hassan / Hassan bin
        # Ali; a chain written without its ben's keeps its order and is no reversal)
        conflicts += _swapped(ta, roles_a, roles_b, pairs)
    elif is_person and ("bin" in ta or "bin" in tb):
        father = _names_father(ta, tb, pairs)
        if father:
            # (Naceur Trabelsi / Mohamed Imed Ben Mohamed Naceur Ben Mohamed TRABELSI:
            # the name of his father, whose own name it is)
            conflicts += 1
            letters_why += (f"; {father} is a father's name in one name, whose own given "
                            f"names the other has not: another person")
    extras = 0.0
    # (an extra word of a person's that is no father's name; one that is a word of a
    # chain of descent)
    named_extra = chain_extra = False
    cheap = GENERIC_ORG_WORDS  # (the extra words that cost what a generic word does)
    if len(extra_words) > conflicts:
        longer = ta if extra_words is rest_a else tb
        roles = _roles(longer) if "bin" in longer else ["name"] * len(longer)
        if (kind == ORG and not conflicts and longer[0] in CHINESE_PLACES
                and longer[0] in extra_words and _rare_telling(ta, pairs)):
            # a Chinese company's registered name opens with its place of registration
            # (Shenzhen DJI Technology), which its own name and the news drop: the place
            # costs what a generic word does, when a rare telling word agrees
            cheap = GENERIC_ORG_WORDS | {longer[0]}
        if kind == ORG and not cheap.isdisjoint(extra_words):
            # generic business words are read as the extras first, the shortest first
            spare = sorted(extra_words, key=len)
            spare = [w for w in spare if w in cheap] + [w for w in spare if w not in cheap]
            for word in spare[: len(extra_words) - conflicts]:
                extras += PARAMS["generic_extra"] if word in cheap else 1.0
        else:
            # (by position, the shortest first: a name may write one word twice, Mohamed
            # as his own given name and as his father's, in two parts of the name)
            used = used_a if extra_words is rest_a else used_b
            by_length: list = []
            for idx in range(len(longer)):
                word = longer[idx]
                if idx not in used and word in extra_words:
                    by_length.append((len(word), idx))
                    if not _PATRONYMIC.search(word):
                        if roles[idx] != "name":
                            chain_extra = True
                        else:
                            named_extra = True
            by_length.sort()
            for _, idx in by_length[: len(extra_words) - conflicts]:
                word = longer[idx]
                patronymic = (roles[idx] != "name" or bool(_PATRONYMIC.search(word))
                              or (idx == 0 and word in _FIRST_GIVEN and "father" in roles))
                extras += PARAMS["patronymic_extra"] if patronymic and is_person else 1.0
    if is_person and not extras:
        # a particle on one side only (van, le, bin: stopwords) is a weak extra word
        # (when no other word is extra: bin Muhammad ibn Awad adds two names, not four)
        stop_a = stop_b = 0
        for i, t in enumerate(ta):
            if i not in used_a and t in STOPWORDS:
                stop_a += 1
        for j, t in enumerate(tb):
            if j not in used_b and t in STOPWORDS:
                stop_b += 1
        extras += PARAMS["particle_extra"] * abs(stop_a - stop_b)
    # (loops, not generator expressions: one of those makes every local of this function
    # a closure's cell in the compiled core, and a generator object at each use)
    matched = 0
    only_initials = True
    for i, j, _ in pairs:
        if ta[i] not in STOPWORDS:
            matched += 1
        if only_initials and len(ta[i]) != 1 and len(tb[j]) != 1:
            only_initials = False
    if is_person and matched == _TWO and rest_a and not rest_b and _compound_given(ta, pairs):
        # (عبد الرحمن, Abd al-Rahman; أبو بكر, Abu Bakr; نور الدين, Nur al-Din: one given
        # name written as two words; a person listed by it alone is known by one name,
        # and a query that adds a family name is another person's, as John Smith is not
        # a listed JOHN. The other way, the query is a short form of the listed name)
        matched = 1
        letters_why += "; the agreeing words are one compound given name"
    telling = 0  # (read only when there are extras)
    if org and extras > 0:
        telling = matched_telling(ta, pairs)
    if only_initials:
        # only initials agree: "N.N." is weak evidence for any N... N...
        core *= PARAMS["only_initials"]
    if (is_person and core < 1.0 and len(pairs) == 1 and not rest_a
            and not rest_b and not extras
            and phonetic(ta[pairs[0][0]]) != phonetic(tb[pairs[0][1]])
            and min(len(ta[pairs[0][0]]), len(tb[pairs[0][1]])) <= 6):
        # one short name word on each side (6 letters or fewer), agreeing by edits only:
        # a person known by one word (an alias) and another surname one letter away
        # (Fritsch / Fritz, Zahn / ZAYN); a long one misspelt still tells (Sukarno)
        core *= PARAMS["single_word_person"]
    if (is_person and latin and core < 1.0 and len(pairs) == 1 and not rest_a
            and not rest_b and not extras):
        lone = _lone_person_word(a, b, ta, tb)
        if lone:
            # (a person known by one word against another one-word name: the word is all
            # there is, as for an organisation's one-word name: Monnier / JONNIER)
            core *= PARAMS["lone_word_strict"]
            letters_why += (f"; one word is the whole name on each side, not the same word"
                            f" ({lone}): x{PARAMS['lone_word_strict']}")
    if kind == VESSEL and len(pairs) == 1 and core < 1.0:
        # a one-word vessel name with a changed letter is usually another vessel
        core *= PARAMS["vessel_fuzzy"]
    form_factor, form_why = _form_factor(a, b, ta, pairs)
    core *= form_factor
    if org and core < 1.0 and not a.forms & b.forms and not (
            vowelless and _translated_kind(ta, tb, pairs)) and not (
            syllabic and "hangul" in (a_script, b_script) and len(pairs) >= _TWO
            and _korean_reading(pairs)):
        # (the same legal form: a typo; a Korean word's other romanisation beside another
        # word that agrees is a reading, not a typo: 삼성전자 / Samsung Electronics)
        core *= _lone_word_factor(ta, tb, pairs, bool(a.forms or b.forms)
                                  and not _forms_agree(a, b))
    if org and len(pairs) == 1 and core < 1.0 and not rest_a and not rest_b \
            and _one_word_other(ta[pairs[0][0]], tb[pairs[0][1]], vowelless):
        core *= PARAMS["one_word_other"]
    if org and core < 1.0 and not rest_a and not rest_b:
        lone = _lone_word_strict(a, b, ta, tb)
        if lone:
            core *= PARAMS["lone_word_strict"]
            letters_why += (f"; one word is the whole name on each side, not the same word ({lone}):"
                            f" x{PARAMS['lone_word_strict']}")
    if syllabic and is_person and reordered_syllables(pairs):
        # a Chinese or Korean given name's syllables in another order are another name
        # (은정 Eun-jeong / KIM, Jong Un); the family name may stand first or last
        conflicts += 1
        letters_why += "; the syllables of the given name stand in another order"
    if syllabic and is_person and extras:
        # a Chinese or Korean given name is one unit: a syllable on one side only makes
        # another given name (李玉 Li Yu / LI, Cheng Yu), not a missing middle name
        conflicts += int(extras + 0.5)
        extras = 0
    elif person and extras and chinese_syllables(ta) and chinese_syllables(tb):
        # so in Latin letters: two Chinese names, a syllable on one side only (Chang
        # Hsiao-ming / MING CHUNG, Li Cheng He / LI, Cheng) is another given name
        conflicts += int(extras + 0.5)
        extras = 0
        letters_why += "; a Chinese given name is one unit, a syllable on one side only"
    if org and matched == 1 and extras and not conflicts and core == 1.0 \
            and (a.forms or b.forms) and cheap.issuperset(extra_words) \
            and _brand_word(ta[pairs[0][0]]):
        # a brand alone against its full name: the one name word the same, long and not
        # generic, every other word a legal form or says what kind of business it is
        # (Rosneft / Neftyanaya Kompaniya Rosneft PAO, Samsung / Samsung Jeonja Jusik
        # Hoesa) or the place opening a Chinese company's name (Zhenrong Company Limited
        # / Zhuhai Zhenrong Company Limited): the extra words cost what they cost, not
        # the single-word penalty
        matched = 2
    score = (core * PARAMS["conflict"] ** conflicts
             * _extra_factor(extras, matched, kind, telling))
    reordered = _crossed(ta, pairs)
    if reordered:
        score *= PARAMS["reorder"]
    score = min(score, cap)
    if is_person and _double_barrelled(a, b, pairs):
        # (Jones-Wilson is one family name: WILSON, Joseph is not Jones)
        score *= PARAMS["conflict"]
        letters_why += (f"; family names alone (double-barrelled, or partners') against a "
                        f"given name: "
                        f"x{PARAMS['conflict']}")
    if is_person and _one_sided_form(a, b):
        # (a company named for a person is not that person: Öcalan Duran Şti. / KALKAN,
        # Duran)
        score *= PARAMS["lone_word_forms"]
        letters_why += (f"; a legal form on one side only, a company against a person:"
                        f" x{PARAMS['lone_word_forms']}")
    if is_person and latin and extras:
        second = _second_surname(a, b, ta, tb, pairs)
        if second:
            score *= PARAMS["second_surname"]
            letters_why += (f"; the family name that agrees is the second of two ({second}),"
                            f" the first is not there: x{PARAMS['second_surname']}")
    if is_person and extras:
        part = _given_names_only(a, b, ta, tb, pairs)
        if part:
            score *= PARAMS["given_only"]
            letters_why += (f"; every word agrees with the {part} not there:"
                            f" x{PARAMS['given_only']}")
    if is_person and (alphabetic or both_arabic) and core < 1.0 and extras:
        loose = _loose_part(ta, tb, pairs, named_extra, chain_extra, conflicts,
                            len(extra_words))
        if loose:
            score *= PARAMS["loose_part"]
            letters_why += (f"; part of the name agrees, and loosely ({loose}), the rest on "
                            f"one side only: x{PARAMS['loose_part']}")
    none_exact = ""
    if latin and core < 1.0 and len(pairs) >= 2:
        none_exact = _none_exact(ta, tb, pairs)
        if none_exact:
            score *= PARAMS["none_exact"]
    common = ""
    if commonness_active() and (a_script != b_script or (core < 1.0 and is_person)
                                or (person and extras >= 2)):
        common = _only_common(a, b, ta, tb, pairs)
        if common:
            score *= PARAMS["common_only"]
    if not explain:
        return NameResult(score, "", conflicts, extras)
    detail = ", ".join([
        f"{ta[i]}={tb[j]}" if sim == 1.0 else f"{ta[i]}~{tb[j]} {sim:.2f}" for i, j, sim in pairs
    ])
    if conflicts:
        detail += f"; {conflicts} differing word(s)"
    if extras:
        detail += f"; extra: {' '.join(extra_words) or 'a particle'}"
        if cheap is not GENERIC_ORG_WORDS:
            detail += " (the place opening the name, costing what a generic word does)"
    detail += form_why + letters_why
    if maybe_person:
        sexes = [f"{ta[i]}/{tb[j]}" for i, j, sim in pairs
                 if sim == PARAMS["gendered"] and other_sex(ta[i], tb[j])]
        if sexes:
            detail += (f"; a given name and its form for the other sex ({', '.join(sexes)}):"
                       f" {PARAMS['gendered']}")
        edges = [f"{ta[i]}/{tb[j]}" for i, j, sim in pairs
                 if sim == PARAMS["edge_letter"] and edge_letter(ta[i], tb[j])]
        if edges:
            detail += (f"; a consonant put before a word or an s after it makes another name "
                       f"({', '.join(edges)}): {PARAMS['edge_letter']}")
    if reordered:
        detail += "; word order differs"
    if common:
        detail += (f"; only common words agree, {'loosely' if core < 1.0 else 'and the other name has more'}"
                   f" ({common}): x{PARAMS['common_only']}")
    if none_exact:
        detail += (f"; no word agrees as written, and {none_exact} start with other letters:"
                   f" x{PARAMS['none_exact']}")
    return NameResult(score, detail, conflicts, extras, [(ta[i], tb[j], s) for i, j, s in pairs])


def _chinese_head_read(a: NormName, b: NormName, ta: tuple, tb: tuple, head: tuple,
                       explain: bool) -> NameResult:
    """Two company names opening with one Chinese house name in pinyin and in Wade-Giles
    (``sino.same_chinese_head``: its words of each text): compared with the second's
    house name read as the first writes it (its words in the text, its name words in the
    tokens), the rest as usual, at most what one Chinese name in both systems scores."""
    ka, kb = head
    a_words = a.text.split()
    b_words = b.text.split()
    read_tokens = _head_tokens(a_words[:ka], ta)
    rest = tb[len(_head_tokens(b_words[:kb], tb)):]
    read = NormName(b.original, b.kind, " ".join([*a_words[:ka], *b_words[kb:]]),
                    (*read_tokens, *rest), b.forms, b.numbers, b.script, b.native)
    res = _compare_words(a, read, explain)
    return NameResult(min(res.score, PARAMS["wade_giles"]),
                      f"the same Chinese house name in pinyin and in Wade-Giles "
                      f"({' '.join(a_words[:ka])} / {' '.join(b_words[:kb])}); {res.detail}",
                      res.conflicts, res.extras, res.pairs)


def _head_tokens(head: list, tokens: tuple) -> tuple:
    """The name words that open ``tokens`` and are words of ``head`` (a text's first
    words), in order: the house name's words a legal form's abbreviation left out
    (Chen Pao: ``chen``)."""
    k = 0
    for word in head:
        if k < len(tokens) and tokens[k] == word:
            k += 1
    return tokens[:k]


def same_arabic_spelling(a: NormName, b: NormName) -> bool:
    """Two names in Arabic script that are the same words once each letter's written
    variants are read as one (``matres.fold_letters``: ى/ي, ة/ه, hamza seats, vowel
    signs), legal forms and numbers alike: one name spelt two ways."""
    if a.tokens == b.tokens:
        return False
    fa, fb = normalize(_fold_text(a.original), a.kind), normalize(_fold_text(b.original),
                                                                   b.kind)
    return (bool(fa.tokens) and fa.tokens == fb.tokens and fa.forms == fb.forms
            and fa.numbers == fb.numbers)


def _loose_part(ta: tuple, tb: tuple, pairs: list, named_extra: bool, chain_extra: bool,
                conflicts: int, extra_count: int) -> str:
    """Persons' names written in one script (or letter for letter: Cyrillic, Greek), one
    with name words the other has not (a patronymic aside), and an aligned word agreeing
    only loosely (edits or sound, not a given name's short form, not an initial): the
    name is there in part, and that part has other consonants: misspelt or another name
    (Carolina Fernandes / FERNANDEZ GONZALEZ, Carolina; Marc Taylor / TAYLOR, Mark John;
    Bernard Clarke / CLANCY, Bernard Patrick); vowels alone differing are a
    romanisation's (Osama bin Laden / Usama bin Muhammad bin Awad BIN LADIN). Two doubts together are weak evidence; either alone (the
    whole name misspelt, or part of it as written) keeps its score. The loose pairs, or
    empty. ``named_extra``: one of the words on one side only is no patronymic and no
    father's name of a chain of descent (``_roles``); ``chain_extra``: one is such a
    father's name. When the words left out are fathers' names only, an aligned father's
    name spelt loosely is a spelling of the chain (JAMMALI, Imed Ben Bechir Ben Hamda /
    Imed Ben Beshir Jammali), and a given or family name so is still a doubt."""
    if extra_count <= conflicts or not (named_extra or chain_extra):
        return ""
    roles_a = _roles(ta) if not named_extra and "bin" in ta else None
    roles_b = _roles(tb) if not named_extra and "bin" in tb else None
    loose = [f"{ta[i]}~{tb[j]}" for i, j, sim in pairs
             if sim < 1.0 and min(len(ta[i]), len(tb[j])) > 1
             and not (ta[i] in STOPWORDS and tb[j] in STOPWORDS)
             and not related(ta[i], tb[j])
             and _consonants(ta[i]) != _consonants(tb[j])
             and not _fathers_pair(ta, tb, i, j, roles_a, roles_b)]
    return ", ".join(loose)


def _fathers_pair(ta: tuple, tb: tuple, i: int, j: int, roles_a: list | None,
                  roles_b: list | None) -> bool:
    """Whether ``ta[i]`` and ``tb[j]`` are a father's name of a chain of descent on both
    sides, or on one side against a word of a name without a chain that is not its last
    (its family name: محمد علي الحبو)."""
    father_a = roles_a is not None and roles_a[i] != "name"
    father_b = roles_b is not None and roles_b[j] != "name"
    return (father_a and father_b) or (
        father_a and roles_b is None and j != len(tb) - 1) or (
        father_b and roles_a is None and i != len(ta) - 1)


_VOWELS_H = str.maketrans("", "", "aeiouywh'")


def _consonants(word: str) -> str:
    """A word's consonants as written, vowels, y, w and h aside and a doubled one once:
    what a romanisation of one name keeps (Osama / Usama, Hareth / Harith, Khawa / Kawa,
    Mostafa / Mustapha agree; Fernandes / Fernandez, Blasco / Blanco do not)."""
    return _REPEATED.sub(_GROUP1, word.replace("ph", "f").translate(_VOWELS_H))


def _one_exact_one_far(a: NormName, b: NormName, ta: tuple, tb: tuple,
                       pairs: list) -> tuple[int, int] | None:
    """Two persons' names both in Arabic script, of two aligned name words (particles
    aside): one the same on both sides, the other two letters apart or more as written
    (letters' variant forms folded: one name is spelt one way in one script): the whole
    name does not agree, only one word does, and the other is another name (نضال
    الألجاوي / نضال الربيعي, منصور الهدمي / منصور السعادي). The pair that differs, or
    ``None``. (Latin spellings are looser: Starkey / Starmer, a misspelling the
    development pairs count as the same person, keeps its score.)"""
    named = [(i, j, sim) for i, j, sim in pairs
             if not (ta[i] in STOPWORDS and tb[j] in STOPWORDS)]
    if len(named) != 2:
        return None
    exact = [p for p in named if p[2] >= 1.0]
    if len(exact) != 1:
        return None
    i, j, sim = next(p for p in named if p[2] < 1.0)
    if sim <= PARAMS["edit2_other"] or min(len(ta[i]), len(tb[j])) <= 2:
        return None  # (lower already; or a syllable, not a word read)
    # (the distance of the words as Arabic script writes them, letters folded: الجابر /
    # الصبار romanise one edit apart, aljbr / alsbr, and are two letters apart)
    wx = letters(_fold_text(a.original)).get(ta[i])
    wy = letters(_fold_text(b.original)).get(tb[j])
    if wx is None or wy is None or _osa(wx, wy, score_cutoff=2) < 2:
        return None
    return i, j


def _one_close_one_loose(arabic: NormName, ta: tuple, tb: tuple, pairs: list,
                         first: bool) -> tuple[int, int] | None:
    """Two persons' names, one in Arabic script and one in Latin letters, of
    two aligned name words (particles aside): one agreeing as a transliteration does and
    the other only loosely (a consonant skeleton a letter off, or agreeing with its h's
    dropped): one word agrees, and the other is another name (محمدعلی منصوری ~ MANSURI,
    Mehdi; ستایش ضرغامی ~ ZARGHAMI, Ezzatollah), as ``_one_exact_one_far`` reads two
    names in Arabic script. A short word whose letters agree in full, long vowels
    written where the Latin writes vowels (عزيز ~ AZIZ, سيفي ~ SAIFI: two written
    consonants are read loosely), is no loose pair. The loose pair, or ``None``
    (``first``: the Arabic-script name is ``ta``)."""
    named = [(i, j, sim) for i, j, sim in pairs
             if not (ta[i] in STOPWORDS and tb[j] in STOPWORDS)]
    if len(named) != 2:
        return None
    close = [p for p in named if p[2] >= PARAMS["transliteration"]]
    loose = [p for p in named if PARAMS["edit2_other"] < p[2] <= PARAMS["translit_short"]]
    if len(close) != 1 or len(loose) != 1:
        return None
    i, j, _ = loose[0]
    word, latin = (ta[i], tb[j]) if first else (tb[j], ta[i])
    marked = arabic_words(arabic.original).get(word)
    if marked is not None and vowels_agree(marked, latin):
        return None
    return i, j


def _folded_tokens(name: NormName) -> tuple:
    """The name words of a name in Arabic script read with each letter's variant forms as
    one (``matres.fold_letters``)."""
    return normalize(_fold_text(name.original), name.kind).tokens


def _fold_text(original: str) -> str:
    """``matres.fold_letters`` of a name as written, remembered per name (a name in Arabic
    script is folded at each comparison of two such names, and the same names meet many
    others)."""
    known = _FOLDED.get(original)
    if known is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        known = _FOLDED[original] = fold_letters(original)
    return known


#: ``_fold_text`` of the names met so far; emptied when it holds ``_FOLDED_MAX``
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 100_000


#: first words of an Arabic compound given name (عبد, Abd-; أبو, Abu) as normalised, in
#: Arabic script (``bd``, ``bw``) and in Latin letters
_COMPOUND_FIRST = frozenset(("bd", "bw", "abd", "abdul", "abdel", "abdal", "abdol", "abdu",
                             "abdur", "abdar", "abder", "abdus", "abdoul", "abu", "abou"))
#: last words of one: al-Din (الدين), al-Islam (الإسلام), Allah (الله)
_COMPOUND_LAST = frozenset(("aldyn", "din", "eddine", "eddin", "uddin", "addin", "alslm",
                            "islam", "allh", "allah"))
_TWO = 2


def _compound_given(ta: tuple, pairs: list) -> bool:
    """The two aligned name words (of ``ta``: stopwords aside) are one Arabic compound
    given name written as two words, next to each other (Abd al-Rahman, Abu Bakr, Nur
    al-Din, Saif al-Islam)."""
    named = sorted(i for i, _, _ in pairs if ta[i] not in STOPWORDS)
    if len(named) != _TWO:
        return False
    first, last = named
    for k in range(first + 1, last):
        if ta[k] not in STOPWORDS:
            return False
    return ta[first] in _COMPOUND_FIRST or ta[last] in _COMPOUND_LAST


def _arabic_letters(name: NormName) -> tuple[str, ...]:
    return tuple(letters(name.original).values())


def _arabic_letters_check(a: NormName, b: NormName, ta: tuple, tb: tuple, pairs: list,
                          both_arabic: bool, vowelless: int = 1) -> tuple[list, str]:
    """Aligned words that agree once romanised but not as Arabic script writes them, each
    lowered to ``PARAMS["long_vowels"]`` (explained): against a Latin name, the long
    vowels (``matres.vowels_agree``: كاملة ~ Kamal, محمدی ~ Mohammad, حسين ~ Ehsan); both
    in Arabic script, the letters themselves (one letter apart: القادة / القاعدة, سلام /
    سالم; more: حماد / أحمد)."""
    out: list = []
    why: list[str] = []
    if both_arabic:
        # (keyed by the words as ``_compare_words`` reads them: the letters folded)
        la, lb = letters(_fold_text(a.original)), letters(_fold_text(b.original))
    else:
        first = a.script in _CONSONANTAL and b.script not in _CONSONANTAL
        marks = arabic_words((a if first else b).original)
        spelt = letters((a if first else b).original)
    for i, j, sim in pairs:
        x, y = ta[i], tb[j]
        if both_arabic:
            wx, wy = la.get(x), lb.get(y)
            if (wx is not None and wy is not None and wx != wy
                    and (sim >= 1.0 or abs(len(wx) - len(wy)) >= 2)):
                # (alike once romanised, or two letters more on one side: مهدیان / مهدي)
                edits = _osa(wx, wy, score_cutoff=2)
                low = PARAMS["arabic_letter"] if edits <= 1 else PARAMS["long_vowels"]
                if sim > low:
                    sim = low
                    why.append(f"{wx}/{wy} {low}")
        elif sim < 1.0 and sim > PARAMS["long_vowels"]:
            arabic, latin = (x, y) if first else (y, x)
            if vowelless == 2:
                latin = latin.replace("sh", "s")  # (ש is sh or s: one letter)
            marked = marks.get(arabic)
            written = spelt.get(arabic) if vowelless == 1 else None
            if written is not None and consonants_differ(written, latin):
                # (a letter the skeleton reads like another: حوالة ~ KHALIL, h and kh)
                sim = PARAMS["conflict"]
                why.append(f"{arabic}/{latin} {sim}, other letters (s/z, h/kh)")
            elif marked is not None and vowels_agree(marked, latin) is False:
                sim = PARAMS["long_vowels"]
                why.append(f"{arabic}/{latin} {sim}")
            elif sim == PARAMS["translit_short"] and _latin_h(arabic, latin, vowelless):
                sim = PARAMS["long_vowels"]
                why.append(f"{arabic}/{latin} {sim}, an h the Latin writes")
            elif sim == PARAMS["edit2"] and _consonant_more(arabic, latin, vowelless):
                sim = PARAMS["edit2_other"]
                why.append(f"{arabic}/{latin} {sim}, a consonant more at one end")
            elif sim <= PARAMS["edit1_short"] and _h_skeleton(arabic, vowelless) \
                    != _h_skeleton(latin, vowelless):
                # (a short word whose consonants differ: معین myn ~ MIR; a word that
                # differs, as a conflict does)
                sim = PARAMS["conflict"]
                why.append(f"{arabic}/{latin} {sim}, other consonants")
        out.append((i, j, sim))
    if not why:
        return pairs, ""
    what = "letters" if both_arabic or not any(w.endswith(" 0.6") for w in why) \
        else "long vowels"
    script = "Hebrew" if "hebrew" in (a.script, b.script) else "Arabic"
    return out, f"; {what} of the {script} script differ ({', '.join(why)})"


def _latin_h(arabic: str, latin: str, vowelless: int) -> bool:
    """The Latin word writes an ``h`` (ه, ح, or a digraph's: sh, kh) that the Arabic or
    Hebrew word does not write where it does, a final one aside (ة, a final ه that
    writes a vowel): the words agree only with their h's dropped, and the Latin name is
    another one (مائده ~ MEHDI, زكية ~ ISHAQ, العوازم ~ HASHMI). An ``h`` the Latin
    leaves out is a romaniser's (Ibraim); one ending the skeleton is not read on either
    side (طه ~ TAHA, ة)."""
    written, romanised = _h_skeleton(arabic, vowelless), _h_skeleton(latin, vowelless)
    return written != romanised and romanised.count("h") >= max(1, written.count("h"))


def _consonant_more(arabic: str, latin: str, vowelless: int) -> bool:
    """The consonants of one word (``_h_skeleton``) are the other's with one more at an
    end: a word with a name or a syllable more (محمدعلي mhmd-l ~ MOHAMMAD, a compound of
    Mohammad and Ali written joined), not a letter misread."""
    x, y = _h_skeleton(arabic, vowelless), _h_skeleton(latin, vowelless)
    if abs(len(x) - len(y)) != 1 or min(len(x), len(y)) < _CONSONANTS_MIN:
        return False
    long_, short = (x, y) if len(x) > len(y) else (y, x)
    return long_.startswith(short) or long_.endswith(short)


_CONSONANTS_MIN = 3


#: ``crossscript._SKELETON_RULES`` but the digraphs of h (ط and ه side by side read
#: ``th`` once romanised: طاهر ~ Tahir)
_NOT_H_RULES = [(x, y) for x, y in _SKELETON_RULES if not x.endswith("h")]
_NOT_WRITTEN_H = str.maketrans("", "", "aeiouyw'")


def _h_skeleton(token: str, vowelless: int) -> str:
    """A word's consonants as written, h's where they stand (digraphs not read), an h
    ending them aside (ة, a final ه writing a vowel); in Hebrew without ``v``."""
    out = token.replace("v", "") if vowelless == 2 else token
    for x, y in _NOT_H_RULES:
        if x in out:
            out = out.replace(x, y)
    out = out.translate(_NOT_WRITTEN_H).rstrip("h")
    return re.sub(r"(.)\1+", r"\1", out)


def _vowels_verified(a: NormName, b: NormName, ta: tuple, tb: tuple, pairs: list) -> int:
    """How many aligned words of an Arabic-script name and a Latin one agree in full: the
    Arabic word writes a long vowel and the Latin one writes its vowels where it does
    (``matres.vowels_agree``); 0 when a pair's long vowels disagree."""
    if (a.script == "arabic") == (b.script == "arabic"):
        return 0
    marks = arabic_words((a if a.script == "arabic" else b).original)
    verified = 0
    for i, j, sim in pairs:
        if sim < PARAMS["translit_short"]:
            continue
        arabic, latin = (ta[i], tb[j]) if a.script == "arabic" else (tb[j], ta[i])
        marked = marks.get(arabic)
        if marked is None or latin in STOPWORDS:
            continue
        agree = vowels_agree(marked, latin)
        if agree is False:
            return 0
        verified += bool(agree) and _has_long_vowel(marked[0])
    return verified


def _has_long_vowel(marked: str) -> bool:
    return "A" in marked or "W" in marked or "Y" in marked


def _long_vowels_in(original: str) -> int:
    """How many words of an Arabic-script name write a long vowel."""
    return sum(_has_long_vowel(m[0]) for m in set(arabic_words(original).values()))


def _only_common(a: NormName, b: NormName, ta: tuple, tb: tuple, pairs: list) -> str:
    """The agreeing words, when none of them is rare among the lists' names
    (``commonness``) and three letters long or more (three written consonants when one
    name is in Arabic or Hebrew script: Jo, yd say little on their own), agreeing across
    scripts at ``transliteration`` or better: a name in another script or misspelt that
    meets a listed one only on words thousands of people carry (محمد هوازن ~ Mohamed
    Hassan, Jane Hoàng ~ JANE SHANG) is weak evidence. A rare word misspelt (Vladimir
    Pudin) still tells, and so do ``_TELLING_COMBINATION`` common words together (Ali
    Hassan al-Majid al-Tikriti). Empty: the agreement tells."""
    words: list[str] = []
    agreeing = 0
    cross = a.script != b.script
    # (Han and Hangul read in Latin letters: the romanisations differ by system, Jeong /
    # Jong, Eun / Un, so a phonetic agreement is a close one)
    syllabic = a.script in _SYLLABIC or b.script in _SYLLABIC
    close = (PARAMS["phonetic"] if syllabic else PARAMS["transliteration"]) if cross else 0.0
    consonantal = a.script in _CONSONANTAL or b.script in _CONSONANTAL
    if cross and _vowels_verified(a, b, ta, tb, pairs) >= _VERIFIED:
        return ""  # (written in full, long vowels too: no loose agreement)
    for i, j, sim in pairs:
        x, y = ta[i], tb[j]
        if x in STOPWORDS and y in STOPWORDS:
            continue
        agreeing += sim >= close
        if agreeing >= _TELLING_COMBINATION:
            return ""  # (many common words together make a rare name)
        if sim >= close and not (is_common(x) or is_common(y)) and (
                min(len(_skeleton(x)), len(_skeleton(y))) >= 3 if consonantal
                else min(len(x), len(y)) >= 3):
            return ""
        words.append(y)
    return " ".join(words)


def reordered_syllables(pairs: list) -> bool:
    """Whether aligned words stand in another order that moving one word from one end to
    the other (a family name written first or last) does not explain."""
    seq = [j for _, j, _ in sorted(pairs)]
    if len(seq) < 3:
        return False
    for moved in (seq, seq[1:] + seq[:1], seq[-1:] + seq[:-1]):
        if all(x < y for x, y in zip(moved, moved[1:], strict=False)):
            return False
    return True


#: the head of an Arabic compound given name, ``Abd`` and the article, as lists and
#: people write it (Abdul, Abdel, Abdal, Abdoul, Abd al-, Abdo): ``abd_joined``
_ABD_HEAD = re.compile(r"abd(?:ou|u|e|a|o)?l?")


def abd_joined(tokens: tuple) -> str:
    """A name's words written together, the head of each ``Abd`` compound in one form:
    ``Abdelaziz`` and ``Abdul Aziz``, ``Abd al-Rahim`` and ``Abdulrahim`` are one name
    (the article's vowel is the writer's, the space too)."""
    joined = "".join(tokens)
    return _ABD_HEAD.sub("abdal", joined) if "abd" in joined else joined


def joined_reversed(ta: tuple, tb: tuple) -> bool:
    """One name is the other's two words written together in the other order
    (``PutinVladimir`` / ``Vladimir Putin``)."""
    return ((len(ta) == 1 and len(tb) == 2 and ta[0] == tb[1] + tb[0])
            or (len(tb) == 1 and len(ta) == 2 and tb[0] == ta[1] + ta[0]))


#: word similarities that come from edits alone (not a spelling rule, a short form, a
#: transliteration)
_EDITS = frozenset(("edit1", "edit2", "edit2_short", "edit2_other", "edge_letter"))


def _none_exact(ta: tuple, tb: tuple, pairs: list) -> str:
    """Names in Latin letters whose aligned words all differ, one pair at least by
    edits alone and starting with other letters (Alexej Hiller / Alexey MILLER, Erol Ring
    / AERO KING; consonants, not sounding alike: ``words._other_start``): two
    misspellings at once, one of them at the first letter, is more likely another name
    than a typist's. Empty when not; else the pairs."""
    edits = {PARAMS[k] for k in _EDITS}
    out = []
    for i, j, sim in pairs:
        x, y = ta[i], tb[j]
        if sim >= 1.0 or x in STOPWORDS:
            return ""
        if sim in edits and _other_start(x, y):
            out.append(f"{x}/{y}")
    return ", ".join(out)


#: particles of names romanised from Arabic (their vowels are a romaniser's choice)
_ARABIC_PARTICLES = frozenset(("al", "el", "ul", "abu", "bin", "ibn", "bint"))


_DOUBLE = re.compile(r"^\s*(?:آل\s+)?[^\W\d_]{3,}(?:-(?:آل\s+)?[^\W\d_]{3,})+\s*$")
_TWO_WORDS = 2
#: family names of partners, a firm's name: ``Davies, Campbell and Shaw``, ``Fox & Lee``
_PARTNERS = re.compile(r"^\s*[^\W\d_]{3,}(?:,\s*[^\W\d_]{3,})*\s+(?:and|&|und|et|y|e|i)"
                       r"\s+[^\W\d_]{3,}\s*$")


def _family_only(original: str) -> bool:
    """Whether a name as written is family names alone (``_DOUBLE``, ``_PARTNERS``),
    remembered per name (the same names meet many others)."""
    known = _FAMILY_ONLY.get(original)
    if known is not None:
        return known
    if len(_FAMILY_ONLY) >= _FAMILY_ONLY_MAX:
        _FAMILY_ONLY.clear()
    # (``_DOUBLE`` needs a hyphen: most names have none, and the test is cheaper)
    found = ("-" in original and _DOUBLE.match(original) is not None) \
        or _PARTNERS.match(original) is not None
    _FAMILY_ONLY[original] = found
    return found


#: ``_family_only`` of the names met so far; emptied when it holds ``_FAMILY_ONLY_MAX``
#: (values typed ``Any``: told they are ``bool``, Cython reads ``.get()`` as a C truth
#: value, and None as False)
_FAMILY_ONLY: dict[str, Any] = {}
_FAMILY_ONLY_MAX = 100_000


def _double_barrelled(a: NormName, b: NormName, pairs: list) -> bool:
    """One name is family names alone: a double-barrelled one (``Jones-Wilson``,
    ``Austin-Flores``, ``آل علي-آل حسين``: words of three letters or more, each after آل
    or not, joined by hyphens, nothing else) or
    partners' (``Davies, Campbell and Shaw``), the other a person's written ``FAMILY,
    Given`` (normalising puts the given names first) or ``Given FAMILY`` (two words, no
    comma; in Arabic script, the first word of any name), and a part of the first is aligned with a given name of the
    other (Mayer-Davis / David Mayer)."""
    for x, y, flip in ((a, b, False), (b, a, True)):
        if not _family_only(x.original):
            continue
        commas = y.original.count(",")
        if commas == 1:
            given = normalize(y.original.split(",")[1], PERSON).tokens
        elif commas == 0 and len(y.tokens) == _TWO_WORDS:
            given = y.tokens[:-1]
        elif commas == 0 and y.script == "arabic" and len(y.tokens) > _TWO_WORDS:
            given = y.tokens[:1]  # (Arabic names put the given name first)
        else:
            continue
        if not given or y.tokens[:len(given)] != given:
            continue
        for i, j, _ in pairs:
            if (i if flip else j) < len(given):
                return True
    return False


def _lone_word_strict(a: NormName, b: NormName, ta: tuple, tb: tuple) -> str:
    """``distinct.lone_word`` of two organisation names that are each one word, legal
    forms and particles aside (the words as written: a plural folded in normalising,
    Davis / davi, is put back)."""
    wa = [t for t in ta if t not in STOPWORDS]
    if len(wa) != 1:
        return ""
    wb = [t for t in tb if t not in STOPWORDS]
    if len(wb) != 1:
        return ""
    arabic = (not _ARABIC_PARTICLES.isdisjoint(ta) or not _ARABIC_PARTICLES.isdisjoint(tb)
              or "'" in a.original or "'" in b.original)
    return lone_word(_unfolded(a, wa[0]), _unfolded(b, wb[0]), a.script == b.script, arabic)


def _lone_person_word(a: NormName, b: NormName, ta: tuple, tb: tuple) -> str:
    """Two persons' names in Latin letters that are each one word (particles aside) and
    differ as ``distinct.lone_word`` says (a first letter changed at any length, Monnier
    / JONNIER; a short word changed otherwise than a typo does). Empty when not."""
    wa = [t for t in ta if t not in STOPWORDS]
    wb = [t for t in tb if t not in STOPWORDS]
    if len(wa) != 1 or len(wb) != 1:
        return ""
    x, y = wa[0], wb[0]
    arabic = (not _ARABIC_PARTICLES.isdisjoint(ta) or not _ARABIC_PARTICLES.isdisjoint(tb)
              or "'" in a.original or "'" in b.original)
    return lone_word(x, y, True, arabic)


#: a legal form this long or longer read in a person's name (SA, AG may be name words)
_FORM_MIN = 3


def _one_sided_form(a: NormName, b: NormName) -> bool:
    """One of two persons' names carries a legal form of ``_FORM_MIN`` letters or more
    (LLC, Ltd, GmbH), or any legal form written in Latin letters beside Arabic script
    (AG and SA may be name words in Latin letters, not beside عبد اللطيف), the other
    none."""
    if bool(a.forms) == bool(b.forms):
        return False
    return (any(len(f) >= _FORM_MIN for f in a.forms | b.forms)
            or _latin_form(a) or _latin_form(b))


def _second_surname(a: NormName, b: NormName, ta: tuple, tb: tuple, pairs: list) -> str:
    """One name is written ``FIRST SECOND, Given`` (two family names, as Spanish names
    write the father's and the mother's), the other carries the second family name but
    not the first, and every word of the other is aligned: a person called by the
    mother's family name alone is another person (Juan Barbosa / LOPERA BARBOSA, Juan
    Carlos), where the father's alone is the usual short form (Pedro Sanchez /
    SANCHEZ MEDRANO, Pedro). Empty when not; else the family names."""
    for x, y, tx, ty, flip in ((a, b, ta, tb, False), (b, a, tb, ta, True)):
        if x.original.count(",") != 1 or "," in y.original:
            continue
        family = [t for t in normalize(x.original.split(",")[0], PERSON).tokens
                  if t not in STOPWORDS]
        if len(family) != 2 or family[0] == family[1]:
            continue
        aligned = {j if flip else i for i, j, _ in pairs}
        if len(pairs) < len([t for t in ty if t not in STOPWORDS]):
            continue
        if family[1] not in tx or family[0] not in tx:
            continue
        first, second = tx.index(family[0]), tx.index(family[1])
        if second in aligned and first not in aligned:
            return f"{family[1]} without {family[0]}"
    return ""


def _writes(name: NormName, word: str) -> bool:
    """Whether ``name`` writes ``word`` as a word of its own, case aside (normalising
    reads the article El as ``al``: EL BARNEY does not write Al)."""
    return word in _WORD_SPLIT.split(name.original.casefold())


_WORD_SPLIT = re.compile(r"[^\w]+")


def _given_names_only(a: NormName, b: NormName, ta: tuple, tb: tuple, pairs: list) -> str:
    """One name is a person's written ``FAMILY, Given`` (one comma: the lists' way of
    saying which words are the family name), the other has no comma, two of its words
    at least and every one aligned, all with given names: the family name is not there
    (Anita Howard / GORDON, Howard A.; Gregory Martin / MARKS, Martin Gregory: two
    given names, or a given name read as a family name, are another person). The
    family name with any given name keeps its score (one may be called by a later
    given name: David Hodwalker / HODWALKER MARTINEZ, Martin David), and so does the
    family name alone (Lloyd-Webber / LLOYD WEBBER, Andrew). Empty when not; else the
    part that agrees and the part left out, as the explanation says them."""
    for x, y, tx, ty, flip in ((a, b, ta, tb, False), (b, a, tb, ta, True)):
        if x.original.count(",") != 1 or "," in y.original:
            continue
        head, tail = x.original.split(",")
        # (an initial is a name word here, though ``a`` is an article elsewhere)
        family = normalize(head, PERSON).tokens
        given = normalize(tail, PERSON).tokens
        if (not set(family).isdisjoint(given) or all(t in STOPWORDS for t in family)
                or all(t in STOPWORDS for t in given)):
            continue
        named = [t for t in ty if t not in STOPWORDS]
        aligned = [tx[j if flip else i] for i, j, _ in pairs
                   if not (ta[i] in STOPWORDS and tb[j] in STOPWORDS)]
        if len(named) < 2 or len(aligned) < len(named):
            continue
        if set(aligned) <= set(given):
            return f"given names, the family name ({' '.join(family)})"
    return ""


def _unfolded(name: NormName, word: str) -> str:
    """``word`` as ``name`` writes it: with the plural's ``s`` (or ``ies`` read ``y``:
    Davies / davy) normalising took off."""
    if name.script == "latin" and word not in name.text.split():
        written = name.text.split()
        if word + "s" in written:
            return word + "s"
        if word.endswith("y") and word[:-1] + "ies" in written:
            return word[:-1] + "ies"
    return word


def _plural_folded(a: NormName, b: NormName, ta: tuple) -> tuple[float, str]:
    """An organisation's name of one word (legal forms and particles aside) written as a
    plural on one side only (plurals are folded in normalising: Martins / Martin is
    another name, a surname)."""
    words = [t for t in ta if t not in STOPWORDS]
    if len(words) != 1 or a.text == b.text:
        return 1.0, ""
    word = words[0]
    if word in GENERIC_ORG_WORDS or _unfolded(a, word) == _unfolded(b, word):
        return 1.0, ""
    return (PARAMS["lone_word_strict"],
            f"; one word is the whole name on each side, a plural on one side only ({word}s):"
            f" x{PARAMS['lone_word_strict']}")


def _place_initials_check(ta: tuple, tb: tuple, pairs: list, org: bool) -> list:
    """A Chinese place read from its initials (``SZ`` / ``Shenzhen``) pairs only in an
    organisation's name, beside a telling word that both names write alike (``SZ DJI
    Technology``): initials beside generic words alone are as likely another name (``BJ
    Services`` is not ``Beijing Services``)."""
    place = [(i, j) for i, j, _ in pairs if tb[j] in PLACE_ABBREVIATIONS.get(ta[i], ())]
    if not place:
        return pairs
    for i, j, sim in pairs if org else ():
        x = ta[i]
        if (sim == 1.0 and x == tb[j] and len(x) >= 3 and x not in STOPWORDS
                and x not in GENERIC_ORG_WORDS):
            return pairs
    return [(i, j, sim) for i, j, sim in pairs if (i, j) not in place]


def _brand_word(word: str) -> bool:
    """A word that may be a brand on its own: 7 letters or more (shorter ones are often
    surnames or common words: Khan, Newton, Tran) and not a generic business word."""
    return len(word) >= PARAMS["brand_min"] and word not in GENERIC_ORG_WORDS


def _form_factor(a: NormName, b: NormName, ta: tuple, pairs: list) -> tuple[float, str]:
    """What the legal forms say beside the name words (factor, explanation): a vessel
    against a name with a legal form (a company); an organisation whose one telling
    word agrees while the legal forms are of other kinds (Baum AG / BAUM PVT LTD, Day
    GmbH / DAY COMPANY: a common name, two companies), unless the word may be a brand
    (``_rare_brand``); or agrees misspelt while both carry legal forms, not the same ones
    (Cochran Inc / COCHAN S.A., Novaes LLC / NOVAK OOO: a misspelt company keeps its
    form)."""
    if a.kind == VESSEL and bool(a.forms - _SHIP_FORMS) != bool(b.forms - _SHIP_FORMS):
        return PARAMS["vessel_form"], f"; a legal form on one side only: x{PARAMS['vessel_form']}"
    if a.kind != ORG or matched_telling(ta, pairs) != 1:
        return 1.0, ""
    accents = _short_accented(a, b, ta, pairs)
    if accents:
        return (PARAMS["lone_word_forms"],
                f"; one short word, written with other accents ({accents}): "
                f"x{PARAMS['lone_word_forms']}")
    if not a.forms and not b.forms:
        return 1.0, ""
    if any(sim < 1.0 for _, _, sim in pairs) and a.forms and b.forms and a.forms != b.forms:
        # (a misspelt company keeps its legal form: Appel Inc. ~ Apple Inc.; Novaes LLC ~
        # NOVAK OOO is another name; a form left out says nothing: Rosneft ~ ROSNFT OAO)
        return (PARAMS["lone_word_forms"],
                f"; one name word, misspelt, and not the same legal form: "
                f"x{PARAMS['lone_word_forms']}")
    if a.forms and b.forms and not _forms_agree(a, b) and not _rare_brand(ta, pairs):
        return (PARAMS["lone_word_forms"],
                f"; one name word, legal forms of other kinds: x{PARAMS['lone_word_forms']}")
    if len(a.tokens) == 1 == len(b.tokens) and not _forms_agree(a, b):
        word = a.tokens[0]
        if is_common(word) and not _brand_word(word):
            # (a short word many listed names carry, the whole name, with a legal form on
            # one side only or of another kind: Martin PLC / Martin, a namesake at most;
            # a long one may be a brand: Gazprom / PAO Gazprom)
            return (PARAMS["common_only"],
                    f"; one name word, common in the lists ({word}), and not the same "
                    f"legal form: x{PARAMS['common_only']}")
    return 1.0, ""


#: an organisation's name of one word this short or shorter is read with its accents
#: when they are tones (Vietnamese), or at any accent when it is this short
_ACCENTED_MAX = 5
_ACCENTED_SHORT = 3
#: combining marks that only Vietnamese writes on Latin letters (dot below, hook above,
#: horn), or two marks on one letter (ầ, ễ)
_TONE_MARKS = frozenset("\u0323\u0309\u031b")


def _tones(word: str) -> bool:
    """Whether a word carries Vietnamese tone marks."""
    marks = 0
    for ch in unicodedata.normalize("NFD", word):
        if unicodedata.combining(ch):
            marks += 1
            if ch in _TONE_MARKS or marks >= 2:
                return True
        else:
            marks = 0
    return False


def _short_accented(a: NormName, b: NormName, ta: tuple, pairs: list) -> str:
    """An organisation's name of one word, of ``_ACCENTED_MAX`` letters or fewer, written
    with accents on one side only or with other accents (gần / GAN, sẽ / SE, dáma /
    DAMA): in so short a word the accents are much of what it is (Vietnamese writes its
    tones so: gần is "near", not the name Gan). Accents only count in a word of
    ``_ACCENTED_SHORT`` letters or fewer, or when they are Vietnamese tones: Škoda is
    SKODA. Empty when not."""
    if (a.original.isascii() and b.original.isascii()) or len(a.tokens) != 1 \
            or len(b.tokens) != 1:
        return ""
    for i, _, sim in pairs:
        word = ta[i]
        if word in STOPWORDS or word in GENERIC_ORG_WORDS:
            continue
        if sim < 1.0 or len(word) > _ACCENTED_MAX:
            return ""
        wa, wb = _as_written(a.original, word), _as_written(b.original, word)
        if wa is not None and wb is not None and wa != wb and (
                len(word) <= _ACCENTED_SHORT or _tones(wa) or _tones(wb)):
            return f"{wa} / {wb}"
        return ""
    return ""


def _as_written(original: str, token: str) -> str | None:
    """The word of ``original`` (case aside) that reads ``token`` once its accents are
    removed, as written."""
    for word in re.findall(r"\w+", original.casefold()):
        if word == token or (not word.isascii() and anyascii(word) == token):
            return word
    return None


def matched_telling(ta: tuple, pairs: list) -> int:
    """How many aligned words are telling (neither a stopword nor a generic word)."""
    count = 0
    for i, _, _ in pairs:
        if ta[i] not in STOPWORDS and ta[i] not in GENERIC_ORG_WORDS:
            count += 1
    return count


def _rare_telling(ta: tuple, pairs: list) -> bool:
    """Whether an aligned word is telling (neither a stopword nor a generic word), 3
    letters or more, and not common among the lists' names."""
    for i, _, _ in pairs:
        word = ta[i]
        if (len(word) >= 3 and word not in STOPWORDS and word not in GENERIC_ORG_WORDS
                and not is_common(word)):
            return True
    return False


def _rare_brand(ta: tuple, pairs: list) -> bool:
    """The one telling aligned word may be a brand: long (``_brand_word``) and not common
    among the lists' names."""
    for i, _, _ in pairs:
        word = ta[i]
        if word not in STOPWORDS and word not in GENERIC_ORG_WORDS:
            return _brand_word(word) and not is_common(word)
    return False


def _forms_agree(a: NormName, b: NormName) -> bool:
    """Both names carry a legal form, of the same kind (the same form, or forms of one
    family: Inc ~ Corp)."""
    if not a.forms or not b.forms:
        return False
    if a.forms & b.forms:
        return True
    if all(FORM_FAMILY.get(f) == "generic" for f in a.forms | b.forms):
        return True  # (Co ~ Ltd: generic forms tell no kind: Huawei Technologies Co, Ltd.)
    for x, y in ((a, b), (b, a)):
        if x.forms == {"kk"} and all(FORM_FAMILY.get(f) == "generic" for f in y.forms):
            return True  # (株式会社, a kabushiki kaisha, is written Co., Ltd. in English)
    fam_a = {FORM_FAMILY.get(f) for f in a.forms} - {None, "generic"}
    fam_b = {FORM_FAMILY.get(f) for f in b.forms} - {None, "generic"}
    return bool(fam_a & fam_b)


def _translated_kind(ta: tuple, tb: tuple, pairs: list) -> bool:
    """An organisation's name in Arabic script whose words saying what kind of business
    it is agree, two at least, with the Latin name's (company words the script's own
    words were read as: شركة بغداد للتجارة العامة ~ Baghdad General Trading Company):
    its one telling word, a place or a name in consonants, is a transliteration, not a
    typo of another company's word."""
    return sum(1 for i, j, sim in pairs
               if sim >= 1.0 and ta[i] == tb[j] and ta[i] in GENERIC_ORG_WORDS) >= 2


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


__all__ = ["PARAMS", "TRUNCATED_MIN", "NameResult", "compare_names", "consonants",
           "cut_short", "joined_reversed", "phonetic", "skeletons", "token_sim",
           "written_text", "_clipped",
           "_near", "_near_row", "_written"]
