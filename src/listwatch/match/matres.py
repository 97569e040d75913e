"""Long vowels of Arabic script (matres lectionis) against a Latin spelling, and the
letters of two names both written in Arabic script.

Arabic writes consonants and long vowels (ا alif, و waw, ي yaa, final ى and ة); short
vowels are not written. Romanised for matching (anyascii), alif and ع vanish and و, ي
become ``w``, ``y``, which the consonant skeletons drop: كاملة (Kamila) and Kamal,
محمدی (Mohammadi) and Mohammad, حسين (Husayn) and Ehsan, خطيب كانو and WHITE PIGEON
meet on their skeletons. The letters that were dropped still tell them apart:

* where Arabic writes a long vowel between two consonants, a Latin spelling of that name
  writes a vowel there too (Latin may write more: short vowels);
* a name that starts with alif or ع starts with a vowel in Latin, and one that starts
  with a vowel in Latin starts with alif, ع, و or ي in Arabic;
* a Latin name that ends with a vowel ends with a long vowel, ة or ه in Arabic, and one
  that ends with a long vowel or ة ends with a vowel (or ``h``) in Latin.

``vowels_agree`` answers for two words, ``name_vowels_agree`` for two whole names (words
joined, as the whole-name skeleton compares them); both answer ``None`` (no opinion) when
the two consonant sequences do not line up letter for letter. Two names both written in
Arabic script are compared on their letters (``letters``): القادة and القاعدة, حماد and
أحمد, سلام and سالم romanise alike and are other words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from listwatch.match.crossscript import _SKELETON_RULES

#: Arabic letters that write a vowel or a glide (A, W, Y: long vowels), ع (E), ة (H)
_MARKS = {"ا": "A", "أ": "A", "إ": "A", "آ": "A", "ٱ": "A", "ى": "A", "و": "W", "ؤ": "W",
          "ي": "Y", "ی": "Y", "ئ": "Y", "ې": "Y", "ة": "H", "ۀ": "H", "ع": "E", "ء": "",
          "ـ": "",
          # Hebrew: vav and yod write vowels as often as v and y; alef and ayin are read
          # as ع is (a letter Latin often writes as a vowel or not at all)
          "ו": "W", "י": "Y", "א": "E", "ע": "E"}
#: what a character of a marked word says of the gap it sits in: 1 a vowel, 2 ع, 4 a
#: final a/ah (ة, a final ه; in Latin a final ``h`` after a vowel), 32 a Latin final
#: ``e`` after a consonant (mute in French spellings: Rouine, Eddine), 64 an alif before
#: ``s`` and a consonant (written before a cluster that Latin starts with: استانکزی,
#: Stanekzai; not Asma, اسما)
_FLAGS = {"a": 1 | 16384, "e": 1 | 512 | 32768, "i": 1 | 512, "o": 1 | 1024, "u": 1 | 1024,
          "y": 1 | 512 | 2048, "w": 1 | 1024 | 2048, "A": 1 | 16384, "W": 1 | 1024,
          "Y": 1 | 512,
          "E": 2, "H": 4, "?": 32, "P": 64, "'": 0, "`": 0}
#: ... and which vowel: 512 a front one (ي, Latin e, i, y), 1024 a back one (و, Latin o,
#: u, w); alif and Latin a say neither, but 16384 says an ``a`` (alif, Latin a) is
#: there; 2048 a Latin glide (y, w: ay, aw)
_FRONT = 512
_BACK = 1024
_OPEN = 16384
#: a Latin ``e``: Maghrebi and Egyptian spellings write it for an alif (Belkalem,
#: Kamel, Abdel)
_E = 32768
_QUALITY = _FRONT | _BACK
_GLIDE = 2048
#: a Latin gap of two vowels: a long vowel, a diphthong or two syllables (aa, ee, ai,
#: ay, ia: Faisal, Nadeem, Ziad), which Arabic writes with a letter (فيصل, نديم, زياد);
#: never in a gap where the Arabic word writes none (فصيل is not Faisal). French ``ou``
#: (and ``eu``) is one short vowel as often (Moustafa, مصطفى) and is left out
_LONG = 4096
#: a gap at a boundary after a word that ends with a long vowel (أبو: Abu), which a Latin
#: spelling writes, joined or not (Abubakar)
_FINAL_LONG = 8192
_TWO_VOWELS = frozenset("aeiouyw")
_ONE_VOWEL = frozenset(("ou", "eu"))
#: a gap at a boundary between words of a whole name (no rule applies there: each
#: script splits compounds its own way)
_BOUNDARY = 16
#: ... where one consonant ends a word and starts the next (written once for both)
_SHARED = 128
#: ... after the last consonant of a name whose last letter is ه or ة read as ``h`` (the
#: whole-name skeleton's reading: Latin may end it with a vowel, Kakazada)
_FINAL_H = 256
_LETTER_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي",
                               "ة": "ه", "ک": "ك", "ۀ": "ه", "ـ": None, "ؤ": "و", "ئ": "ي"})
#: a word in Arabic script (or Hebrew: the same rules hold for its matres lectionis)
_ARABIC_WORD = re.compile(r"[\u0600-\u06FF\u0590-\u05FF]+")


def _bare(word: str) -> str:
    """An Arabic word without its short-vowel signs (harakat, shadda, sukun)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", word)
                   if not unicodedata.combining(ch))


def _rules(text: str) -> str:
    for a, b in _SKELETON_RULES:
        if a in text:
            text = text.replace(a, b)
    return text


def _gapped(text: str) -> tuple[str, tuple[int, ...]]:
    """Consonants (as ``crossscript._skeleton`` reads them: a consonant written twice is
    one) and, for each gap before, between and after them, what was written there (a
    consonant but ``h`` written twice with a vowel between, تات, is one consonant whose gap
    after it says 8)."""
    cons: list[str] = []
    gaps = [0]
    before = ""
    for ch in text:
        flag = _FLAGS.get(ch)
        if flag is not None:
            gaps[-1] |= flag
            if before in _TWO_VOWELS and ch in _TWO_VOWELS and before + ch not in _ONE_VOWEL:
                gaps[-1] |= _LONG
        elif not cons or cons[-1] != ch:
            cons.append(ch)
            gaps.append(0)
        elif gaps[-1] & 3 and ch != "h":
            # (or ع between: عبدالعلی writes l twice, Abdoulaye once; which vowel is
            # kept: بنان, Banan, is not Panin)
            gaps[-1] = 8 | (gaps[-1] & (_QUALITY | _OPEN))
        before = ch
    return "".join(cons), tuple(gaps)


#: an alif before ``s`` or ``sh`` (ش) and a consonant
_CLUSTER = re.compile(r"^As(?:h[^AWYEH]|[^AWYEHh])")


def _marked(word: str, joined: bool = False) -> str:
    """An Arabic word (no article) in Latin letters with its long vowels, ع and ة marked
    (``joined``: ة and a final ه as the letter ``h``, as the whole-name skeleton reads
    them)."""
    out = "".join(_MARKS[ch] if ch in _MARKS else anyascii(ch).lower() for ch in word)
    if joined:
        out = out.replace("H", "h")
    elif word.endswith(("ه", "ה")) and out.endswith("h"):
        out = out[:-1] + "H"  # (a final ه reads a/ah as ة does)
    if _CLUSTER.match(out):
        out = "P" + out[1:]
    return _rules(out)


_CONSONANT = "bcdfgjklmnpqrstvxz"


def _latin(token: str, joined: bool = False) -> str:
    """A Latin name word as ``_gapped`` reads it (a final ``h`` after a vowel: ah, eh,
    unless ``joined``; a final ``e`` after a consonant may be mute)."""
    if len(token) > 2 and token[-2] in "aeiou" and token[-1] == "h" and not joined:
        token = token[:-1] + "H"
    elif len(token) > 2 and token[-1] == "e" and token[-2] in _CONSONANT:
        token = token[:-1] + "?"
    return _rules(token)


@lru_cache(maxsize=20_000)
def arabic_words(original: str) -> dict[str, tuple[str, str]]:
    """The Arabic-script words of a name by their romanised form (as ``normalize`` writes
    the tokens, the article glued or split off), each marked (``_marked``) without its
    article and with it (empty when it has none)."""
    out: dict[str, tuple[str, str]] = {}
    for word in _ARABIC_WORD.findall(_bare(original)):
        rest = word[2:] if word.startswith("ال") and len(word) > 3 else word
        plain = re.sub(r"[^a-z0-9]", "", anyascii(rest).lower())
        if plain:
            # (with the article's alif too: الله is Allah, not l + lah)
            marked = (_marked(rest), "Al" + _marked(rest) if rest is not word else "")
            out.setdefault(plain, marked)
            if rest is not word:
                out.setdefault("al" + plain, marked)
    return out


@lru_cache(maxsize=20_000)
def word_marks(original: str) -> tuple[tuple[str, str], ...]:
    """``arabic_words``' marked forms of a name's Arabic-script words in order, one per
    word (two words that romanise alike, حامد and أحمد, keep their own)."""
    out = []
    for word in _ARABIC_WORD.findall(_bare(original)):
        rest = word[2:] if word.startswith("ال") and len(word) > 3 else word
        out.append((_marked(rest), "Al" + _marked(rest) if rest is not word else ""))
    return tuple(out)


def _agree(arabic: tuple[str, tuple[int, ...]], latin: tuple[str, tuple[int, ...]]
           ) -> bool | None:
    (ca, ga), (cl, gl) = arabic, latin
    if ca != cl or not ca:
        return None
    if bool(ga[0]) != bool(gl[0]) and not (ga[0] & 64 and cl[0] == "s" and not gl[1]
                                           and not (cl[:2] == "sh" and gl[2])):
        # (a vowel or alif/ع first on one side only; an alif before a cluster that the
        # Latin starts with, no vowel inside it: استانکزی ~ Stanekzai, اشتیه ~ Shtayyeh,
        # not اشرفی ~ Zhirova)
        return False
    if not (gl[-1] & 32 or ga[-1] & _FINAL_H) and (
            (gl[-1] and not ga[-1]) or (ga[-1] & 5 and not gl[-1])):
        return False  # (a vowel last on one side only)
    last = len(ga) - 1
    for k in range(1, len(ga)):
        if (ga[k] ^ gl[k]) & _SHARED and not (ga[k] | gl[k]) & 8:
            return False  # (محمد ضابطی: two d's; Mohamed Abbattay: one)
        if ga[k] & _FINAL_LONG and not gl[k] & 3:
            return False  # (أبو داوود ~ ABDULALI: Abu writes its u, joined or not)
        if (ga[k] | gl[k]) & _BOUNDARY:
            continue
        if ga[k] & 8 and not gl[k] & 8:
            return False  # (two of one consonant with a long vowel between: -tat, -t)
        if gl[k] & 8 and not ga[k] & 8 and ga[k] & 3:
            # (the Latin writes a consonant again after a vowel, the Arabic a long vowel
            # or ع after it and not the consonant: زارعی ~ SARWAR, Arabic writes سرور)
            return False
        if ga[k] & 1 and not gl[k] and k < last:
            return False  # (a long vowel where Latin writes none)
        if gl[k] & _LONG and not ga[k]:
            return False  # (a long vowel or diphthong Latin writes, Arabic not: فصيل ~ Faisal)
        if (k < last or (ga[k] | gl[k]) & 8) and _quality_unwritten(ga[k], gl[k]):
            # (ي or و where the Latin writes only a: كافور ~ GAFFAR; an alif alone where it
            # writes only e, i: بنان ~ PANIN)
            return False
        if _other_quality(ga[k] & _QUALITY, gl[k] & _QUALITY):
            # (ي where Latin writes o or u: خضير ~ KHADOUR; و for e or i, last too:
            # كانو ~ AL-KANI)
            return False
        if k < last and gl[k] & _GLIDE and ga[k] & 1 and not ga[k] & _QUALITY:
            return False  # (alif alone where Latin writes ay, aw: حاتم ~ HAYTHEM)
    return True


def _quality_unwritten(arabic: int, latin: int) -> bool:
    """Inside a word: a long vowel of one quality (ي front, و back) where the Latin
    writes vowels but only ``a``; or an alif alone (no ي, و) where it writes only front
    vowels (e, i, y). The last gap is left out (Persian writes a final ``a`` with ی:
    مصطفی, Mostafa), unless a consonant written twice closes it (بنان ~ PANIN)."""
    if not latin & 9:
        return False
    if arabic & _QUALITY in (_FRONT, _BACK) and not latin & _QUALITY:
        return True
    return bool(arabic & _OPEN and not arabic & (_QUALITY | 2)
                and latin & _QUALITY == _FRONT and not latin & (_OPEN | _GLIDE | _E))


def _other_quality(arabic: int, latin: int) -> bool:
    """A long vowel of one quality only (ي front, و back) where the Latin writes vowels
    of the other quality only."""
    return arabic in (_FRONT, _BACK) and latin in (_FRONT, _BACK) and arabic != latin


_ASSIMILATED = re.compile(r"^[aeu]([bcdfgjklmnpqrstvxz])\1")


@lru_cache(maxsize=100_000)
def vowels_agree(marked: tuple[str, str], token: str) -> bool | None:
    """Whether an Arabic word (``arabic_words``' marked forms) and a Latin name word whose
    consonants line up write their vowels compatibly (see the module's docstring);
    ``None`` when the consonants do not line up. A Latin word that starts with the
    article assimilated (ed-Din, ar-Rahman) is read without it too."""
    latin = [_gapped(_latin(token))]
    if marked[1] and _ASSIMILATED.match(token):
        latin.append(_gapped(_latin(token[2:])))
    verdict = None
    for form in marked:
        for reading in latin:
            agree = _agree(_gapped(form), reading) if form else None
            if agree:
                return True
            if agree is False:
                verdict = False
    return verdict


def _join(words: list[tuple[str, tuple[int, ...]]]) -> tuple[str, tuple[int, ...]]:
    """Words' ``_gapped`` forms as one name (their boundaries marked)."""
    cons = ""
    gaps: list[int] = []
    for c, g in words:
        if not gaps:
            cons, gaps = c, list(g)
        elif c[:1] and cons[-1:] == c[:1] and not (gaps[-1] | g[0]) & 1:
            # (one consonant ending a word and starting the next is one, as in the
            # whole-name skeleton: Shabbaz Zadran)
            cons += c[1:]
            gaps[-1] = g[1] | _BOUNDARY | _SHARED
            gaps.extend(g[2:])
        else:
            cons += c
            gaps[-1] |= g[0] | _BOUNDARY | (_FINAL_LONG if gaps[-1] & 1 else 0)
            gaps.extend(g[1:])
    return cons, tuple(gaps)


@lru_cache(maxsize=20_000)
def _arabic_joined(original: str) -> tuple[tuple[str, tuple[int, ...]], ...]:
    words = _ARABIC_WORD.findall(_bare(original))
    kept = [_gapped("Al" + _marked(w[2:], True) if w.startswith("ال") and len(w) > 3
                    else _marked(w, True)) for w in words]
    dropped = [_gapped(_marked(w[2:] if w.startswith("ال") and len(w) > 3 else w, True))
               for w in words]
    last = _FINAL_H if words and words[-1].endswith(("ه", "ة", "ה")) else 0
    return tuple((c, (*g[:-1], g[-1] | last)) for c, g in (_join(kept), _join(dropped)))


_ABD = re.compile(r"^abd(?:u|e|a|ou|oul|ul|el|al|ol)l?")


def name_vowels_agree(original: str, latin_tokens: tuple[str, ...]) -> bool | None:
    """``vowels_agree`` for whole names, words joined (the whole-name skeleton): ``None``
    when no reading of the two lines up consonant for consonant, else whether one that
    does agrees (no rule applies at a boundary between words)."""
    words = [t for t in latin_tokens if t not in ("al", "el", "ul")]
    readings = {_join([_gapped(_latin(t, True)) for t in words]),
                _join([_gapped(_latin(_ABD.sub("abd", t), True)) for t in words]),
                _join([_gapped(_latin(t, True)) for t in latin_tokens])}
    verdict: bool | None = None
    for arabic in _arabic_joined(original):
        for latin in readings:
            agree = _agree(arabic, latin)
            if agree:
                return True
            if agree is False:
                verdict = False
    return verdict


@lru_cache(maxsize=20_000)
def fold_letters(original: str) -> str:
    """A name in Arabic script with each letter's written variants read as one letter:
    vowel signs and tatweel off, hamza seats (أ إ آ ٱ ؤ ئ), the final ى and Persian ی
    as ي, ة as ه. Spellings of one name differ by these (محمد الحسيني / الحسينى)."""
    return _bare(original).translate(_LETTER_FORMS)


@lru_cache(maxsize=20_000)
def letters(original: str) -> dict[str, str]:
    """The Arabic-script words of a name by their romanised form, each as written (short
    vowel signs aside, hamza seats and final forms read as one letter: أ = ا, ى = ي,
    ة = ه), for comparing two names both in Arabic script letter by letter."""
    out: dict[str, str] = {}
    for word in _ARABIC_WORD.findall(_bare(original)):
        rest = word[2:] if word.startswith("ال") and len(word) > 3 else word
        plain = re.sub(r"[^a-z0-9]", "", anyascii(rest).lower())
        if plain:
            out.setdefault(plain, rest.translate(_LETTER_FORMS))
            if rest is not word:
                out.setdefault("al" + plain, word.translate(_LETTER_FORMS))
    return out


#: Arabic letters that the consonant skeleton reads like others but whose Latin spellings
#: keep them apart: س and ص are written s (never z), ز is z (never s), ح and ه are h (never
#: kh, which is خ). Other letters, and Hebrew's, say nothing here
_STRICT = {"س": "s", "ص": "s", "ز": "z", "ح": "h", "ه": "h", "خ": "kh"}
#: (Arabic, Latin) spellings of one skeleton letter that are two letters
_OTHER_LETTERS = frozenset((("s", "z"), ("z", "s"), ("h", "kh")))
_DIGRAPHS = frozenset(("kh", "sh", "th", "dh", "gh", "ch", "ph", "zh"))
#: letters the skeleton does not read (as ``crossscript._skeleton``: vowels, w and y)
_UNREAD = str.maketrans("", "", "aeiouyw'`")
_Units = tuple[tuple[str, str], ...]


def _collapse(units: list[tuple[str, str, str]]) -> _Units:
    """Units (skeleton letter, letter as written, the letter or digraph it comes from)
    with a skeleton letter written twice read once, and without a final ``h`` written
    alone (ة, a Latin ``-ah``; not the h of ``sh``)."""
    out: list[tuple[str, str, str]] = []
    for unit in units:
        if not out or out[-1][0] != unit[0]:
            out.append(unit)
    while out and out[-1][0] == "h" and out[-1][2] in ("h", "ة", "ه"):
        out.pop()
    return tuple((c, strict) for c, strict, _ in out)


def _arabic_units(words: list[str]) -> _Units:
    """The skeleton letters of Arabic words letter by letter (a letter is never read as
    half of a Latin digraph with the next one), each with its ``_STRICT`` spelling."""
    units: list[tuple[str, str, str]] = []
    for word in words:
        for ch in word:
            loose = _rules(re.sub(r"[^a-z]", "", anyascii(ch).lower())).translate(_UNREAD)
            units.extend((c, _STRICT.get(ch, ""), ch) for c in loose)
    return _collapse(units)


def _latin_units(words: list[str]) -> _Units:
    """The skeleton letters of Latin words, each with its spelling where it is s, z, h
    or kh (a digraph is one letter: kh, sh, th ...)."""
    units: list[tuple[str, str, str]] = []
    for word in words:
        k = 0
        while k < len(word):
            unit = word[k:k + 2] if word[k:k + 2] in _DIGRAPHS else word[k]
            k += len(unit)
            strict = unit if unit in ("s", "z", "h", "kh") else ""
            units.extend((c, strict, unit) for c in _rules(unit).translate(_UNREAD))
    return _collapse(units)


def _units_differ(arabic: set[_Units], latin: set[_Units]) -> bool:
    """Whether some reading of each lines up letter for letter, and every one that does
    pairs a letter with another one's spelling (``_OTHER_LETTERS``)."""
    verdict = False
    for ua in arabic:
        for ul in latin:
            if len(ua) != len(ul) or any(x[0] != y[0] for x, y in zip(ua, ul, strict=True)):
                continue
            if not any((x[1], y[1]) in _OTHER_LETTERS for x, y in zip(ua, ul, strict=True)):
                return False
            verdict = True
    return verdict


@lru_cache(maxsize=100_000)
def consonants_differ(arabic: str, token: str) -> bool:
    """An Arabic word (``letters``' form) and a Latin name word whose consonant skeletons
    agree only by reading two letters as one: a Latin z for س or ص (حسام ~ Hazim), s for
    ز, kh for ح (حوالة ~ Khalil). Spellings of one name keep them apart: the real lists'
    Arabic names and their Latin forms agree letter for letter there."""
    readings = {_arabic_units([arabic])}
    if arabic.startswith("ال") and len(arabic) > 3:
        readings.add(_arabic_units([arabic[2:]]))
    latin = {_latin_units([token])}
    if token.startswith(("al", "el")) and len(token) >= 5:
        latin.add(_latin_units([token[2:]]))
    return _units_differ(readings, latin)


@lru_cache(maxsize=20_000)
def name_consonants_differ(original: str, latin_tokens: tuple[str, ...]) -> bool:
    """``consonants_differ`` for whole names, words joined as the whole-name skeleton
    joins them (the article kept or dropped; ``Abdul`` read as ``abd``)."""
    words = [w.translate(_LETTER_FORMS) for w in _ARABIC_WORD.findall(_bare(original))]
    dropped = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
    named = [t for t in latin_tokens if t not in ("al", "el", "ul")]
    return _units_differ({_arabic_units(words), _arabic_units(dropped)},
                         {_latin_units(named), _latin_units(list(latin_tokens)),
                          _latin_units([_ABD.sub("abd", t) for t in named])})
