"""The words a regular expression cannot match without: a cheap test before a costly
search. ``needs(pattern)`` reads the pattern's parse tree (the ``re`` module's own parser)
and returns sets of lower-case strings; a text the pattern matches, under any flags,
holds at least one string of every set (folded by ``fold``). A text that lacks one set
entirely is skipped without running the pattern: the test only ever skips searches that
would find nothing, so it changes no output.

    >>> needs(r"\\bdesignat(?:ed|ing)\\b(?=.{0,40}\\b(?:list|roster))")
    (frozenset({'designat'}), frozenset({'list', 'roster'}))
"""

from __future__ import annotations

import re._constants as _c
import re._parser as _parser
from typing import Any

import ahocorasick

Needs = tuple[frozenset[str], ...]

# letters that ``re.IGNORECASE`` matches with a letter ``str.lower`` does not give: the
# dotless i and the long s match "i" and "s", the dotted capital I lowers to two
# characters. A text holding one is not folded (every pattern then runs).
_UNFOLDABLE = frozenset("ıſİẛ")


def fold(text: str) -> str | None:
    """``text`` in lower case for ``possible``, or None when lower case would hide a match
    (a text with a dotless i, a long s ...)."""
    if not _UNFOLDABLE.isdisjoint(text):
        return None
    return text.lower()


def possible(sets: Needs, folded: str | None) -> bool:
    """Whether a text (``fold``'s output) holds a string of every set of ``sets``."""
    if folded is None:
        return True
    for strings in sets:
        for s in strings:
            if s in folded:
                break
        else:
            return False
    return True


def _plain(ch: str) -> bool:
    # a letter whose case-insensitive matches are exactly what ``str.lower`` gives: Latin
    # letters, digits, punctuation (not the micro sign, which matches the Greek mu)
    low = ch.lower()
    return len(low) == 1 and ord(low) < 0x180 and low not in "µıſ"


def _score(strings: frozenset[str]) -> float:
    # a set of long strings tells more than a set of short ones
    return min(len(s) for s in strings) - 0.1 * len(strings)


def _sets(items: Any) -> list[frozenset[str]]:
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL and _plain(chr(av)):
            run.append(chr(av))
            continue
        if op is _c.AT:
            continue  # "\b", "^": nothing read, the literals on both sides stay together
        flush()
        if op is _c.SUBPATTERN:
            out += _sets(av[-1])
        elif op is _c.ATOMIC_GROUP:
            out += _sets(av)
        elif op is _c.ASSERT:
            out += _sets(av[1])  # a lookahead or lookbehind: its text is in the text too
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                out += _sets(av[2])
        elif op is _c.BRANCH:
            # one string of the best set of each alternative
            best = []
            for alt in av[1]:
                sets = _sets(alt)
                if not sets:
                    break
                best.append(max(sets, key=_score))
            else:
                out.append(frozenset().union(*best))
        # anything else (a class, any character, a negative lookaround, a back
        # reference, a conditional group): nothing needed
    flush()
    return out


def needs(pattern: str, flags: int = 0, keep: int = 2, shortest: int = 3) -> Needs:
    """The ``keep`` most telling sets of strings a match of ``pattern`` needs (strings of
    ``shortest`` characters or more); () when none is known (every text is possible)."""
    try:
        sets = _sets(_parser.parse(pattern, flags))
    except Exception:  # pragma: no cover  (a parser of another Python version)
        return ()
    sets = [s for s in sets if min(len(x) for x in s) >= shortest]
    sets.sort(key=_score, reverse=True)
    return tuple(dict.fromkeys(sets))[:keep]


class Screen:
    """Many patterns screened at once: which of them a text may match (each string any
    pattern needs is looked for once)."""

    def __init__(self, patterns: list[str], flags: int = 0) -> None:
        self._needs = [needs(p, flags) for p in patterns]
        # the patterns that need nothing known, always searched
        self._always = [i for i, sets in enumerate(self._needs) if not sets]
        # each string of a pattern's first set -> the patterns it may open the way to
        self._opens: dict[str, list[int]] = {}
        for i, sets in enumerate(self._needs):
            if sets:
                for s in sets[0]:
                    self._opens.setdefault(s, []).append(i)
        # every string once, found in one pass over the text (Aho-Corasick)
        self._automaton = ahocorasick.Automaton()
        for s in sorted({s for sets in self._needs for strings in sets for s in strings}):
            self._automaton.add_word(s, s)
        if len(self._automaton):
            self._automaton.make_automaton()

    def present(self, text: str) -> set[str]:
        """The strings the patterns need that ``text`` (folded) holds."""
        if not len(self._automaton):
            return set()
        return {s for _end, s in self._automaton.iter(text)}

    def may_match(self, text: str) -> list[bool]:
        """For each pattern, in order: False when ``text`` cannot match it."""
        folded = fold(text)
        if folded is None:
            return [True] * len(self._needs)
        present = self.present(folded)
        out = [False] * len(self._needs)
        for i in self._always:
            out[i] = True
        for s in present:
            for i in self._opens.get(s, ()):
                # (its first set holds s: the other sets must hold a present string too)
                out[i] = all(not strings.isdisjoint(present) for strings in self._needs[i][1:])
        return out
