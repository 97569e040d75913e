"""Word-level similarity (``listwatch.match.words``): the near-word test that the word
alignment and the bounds share."""

from __future__ import annotations

import random

from rapidfuzz.distance import OSA

from listwatch.match.words import _near, phonetic

#: name words of several origins (the letters of most list names)
WORDS = ("mohammed", "muhammad", "abdullah", "hussein", "hassan", "aleksandr", "vladimirovich",
         "zelenskyy", "selenskyj", "petrov", "ivanova", "nikolaev", "xiaomi", "huawei",
         "zhang", "chang", "wei", "li", "ng", "kim", "jong", "rosneft", "gazprom", "sberbank",
         "petrochemical", "industries", "trading", "shipping", "abu", "bakr", "al", "bin",
         "laden", "qassem", "soleimani", "khamenei", "yevgeny", "prigozhin", "oleg",
         "deripaska", "jsc", "llc", "ltd", "gmbh", "novatek", "lukoil", "kyiv", "kiev")


def _edited(word: str, rng: random.Random) -> str:
    """``word`` after one or two edits: a letter changed, added or dropped, or two
    neighbours swapped."""
    chars = list(word)
    for _ in range(rng.randint(1, 2)):
        op = rng.random()
        k = rng.randrange(len(chars)) if chars else 0
        if op < 0.25 and len(chars) > 1:
            del chars[k]
        elif op < 0.5 and len(chars) > 1 and k < len(chars) - 1:
            chars[k], chars[k + 1] = chars[k + 1], chars[k]
        elif op < 0.75:
            chars.insert(k, rng.choice("abdehikmnorsuvyz"))
        elif chars:
            chars[k] = rng.choice("abdehikmnorsuvyz")
    return "".join(chars)


def test_words_two_edits_apart_are_near() -> None:
    """``_near`` keeps every pair at most two edits apart as written or as phonetic
    skeletons (its cheap letter test only rules out pairs the distance would), and says
    the same whichever word comes first."""
    rng = random.Random(18)
    pool = list(WORDS) + [_edited(w, rng) for w in WORDS for _ in range(6)]
    close = 0
    for _ in range(40_000):
        x, y = rng.choice(pool), rng.choice(pool)
        if rng.random() < 0.5:
            y = _edited(x, rng)
        if not x or not y:
            continue
        near = OSA.distance(x, y) <= 2 or OSA.distance(phonetic(x), phonetic(y)) <= 2
        if near:
            close += 1
            assert _near(x, y), (x, y)
            assert _near(y, x), (y, x)
    assert close > 10_000


def test_other_words_are_not_near() -> None:
    """Words many letters apart, of no rule's kind, are not near: the test says no, not
    merely yes to everything."""
    for x, y in (("gazprom", "novatek"), ("hussein", "deripaska"), ("sberbank", "lukoil"),
                 ("petrov", "soleimani")):
        assert not _near(x, y)
        assert not _near(y, x)
