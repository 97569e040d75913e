"""How common a name word is among the names of the lists loaded: the scorer's document
frequency (nomenklatura weighs name parts the same way).

A name that agrees with a listed one only through words that many listed names carry
(Mohammed, Hassan, Ali, Kim, Nguyen), and only loosely (another script, a misspelling),
says little: thousands of people are called that. ``names`` asks ``is_common`` of the
words that agree and, when no rare word agrees, lowers the score (``PARAMS["common_only"]``,
docs/matching.md).

The counts come from the lists themselves, when an index is built (``observe``: the
screening index hands over its postings), never from a hand list of names. Words are
counted by their phonetic skeleton (``key``), so Mohamed and Mohammed count as one name
(the lists write Arabic-script names too: محمد is counted as ``mhmd``). With no
lists observed (a Scorer used on its own), no word is common and nothing changes.
Counting every listed word's key takes a while on large lists: an index counts the
common keys when it is built (``common_counts``) and keeps them (the screening index
cache), so that ``is_common`` needs no count of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sized

from listwatch.match.phonetic import phonetic

#: A word is common when at least this share of the lists' names carry its key ...
COMMON_SHARE = 0.001
#: ... and at least this many names (a small custom list has no common words)
COMMON_MIN = 20

#: (postings by word, number of names) handed over by the index; counted on first use
_SOURCE: list[tuple[Mapping[str, Sized], int] | None] = [None]
#: names per key (once counted), and the least count that makes a key common (0: not
#: known yet, or nothing observed)
_COUNTS: dict[str, int] = {}
_LEAST = [0]
#: the common keys' counts (those of at least ``_LEAST``): what ``is_common`` reads
_COMMON: dict[str, int] = {}


def key(word: str) -> str:
    """The key a name word is counted by: its phonetic skeleton (``phonetic``: Mohamed
    and Mohammed, Wei and Wey count as one; consonant skeletons would be too blind,
    Emmanuel and Manila share ``mnl``)."""
    return phonetic(word)


def observe(postings: Mapping[str, Sized], names: int,
            common: Mapping[str, int] | None = None) -> None:
    """Take the counts of the lists loaded: ``postings`` maps each indexed word to the
    names holding it (only its size is read), ``names`` is how many names there are.
    Counted lazily, on the first ``is_common``; ``common``: their ``common_counts``, when
    already known (then only ``count`` of a word that is not common counts them all)."""
    _SOURCE[0] = (postings, names)
    _COUNTS.clear()
    _COMMON.clear()
    _LEAST[0] = 0
    if common is not None:
        _COMMON.update(common)
        _LEAST[0] = _least(names)


def forget() -> None:
    """No lists observed: no word is common."""
    _SOURCE[0] = None
    _COUNTS.clear()
    _COMMON.clear()
    _LEAST[0] = 0


def _least(names: int) -> int:
    return max(COMMON_MIN, int(names * COMMON_SHARE))


def _counts(postings: Mapping[str, Sized]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word, holders in postings.items():
        if word.isdigit():
            continue
        k = key(word)
        counts[k] = counts.get(k, 0) + len(holders)
    return counts


def common_counts(postings: Mapping[str, Sized], names: int) -> dict[str, int]:
    """The keys that make a word common among ``names`` names whose words are
    ``postings`` (as ``observe`` takes them), with their counts: what an index keeps for
    ``observe``'s ``common``."""
    least = _least(names)
    return {k: n for k, n in _counts(postings).items() if n >= least}


def _count() -> None:
    source = _SOURCE[0]
    _SOURCE[0] = None
    if source is None:
        return
    postings, names = source
    counts = _counts(postings)
    least = _least(names)
    _COUNTS.update(counts)
    _COMMON.clear()
    _COMMON.update({k: n for k, n in counts.items() if n >= least})
    _LEAST[0] = least


def prepare() -> None:
    """Count now what ``observe`` handed over, if not counted (or given) yet: before a
    batch forks its workers, so that they share the counts instead of each counting every
    listed word again on its first ``is_common``."""
    if _SOURCE[0] is not None and not _LEAST[0]:
        _count()


def is_active() -> bool:
    """Whether lists were observed (else no word is common: the rule is skipped)."""
    return _SOURCE[0] is not None or _LEAST[0] > 0


def is_common(word: str) -> bool:
    """Whether many of the lists' names carry ``word`` (by its ``key``)."""
    if _SOURCE[0] is not None and not _LEAST[0]:
        _count()
    return _LEAST[0] > 0 and key(word) in _COMMON


def count(word: str) -> int:
    """How many of the lists' names carry ``word``'s key (for explanations and tests)."""
    if _SOURCE[0] is not None:
        _count()
    return _COUNTS.get(key(word), 0)
