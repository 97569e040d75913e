"""Every name as the lists write it, kept as hashes: whether a name is written exactly as
a listed one.

A batch reduces its rows to distinct queries before screening them, and an ASCII name
counts in lower case (``ACME LTD`` and ``Acme Ltd`` are screened once), unless it is
written exactly as a listed name: that one scores "identical" and the other "same after
case" (``batch_local.block_keys``). At a million entities the lists write millions of
spellings: a set of them was most of what the batch's parent did before its workers could
start (bench/NOTES.md). Here each spelling is a 64-bit hash (``fuzzy.hash_texts``) in one
sorted array, made once with the index and kept with it in the index cache, and a block's
distinct names are hashed and searched together.

Two spellings sharing a hash (a chance of about 2 ** -64 per pair) make a name look listed
when it is not: it is then screened under its own spelling instead of with its case
variants, which gives the same answer. A listed name always looks listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import islice
from typing import Any

import numpy as np

from listwatch.screening.fuzzy import hash_texts

#: Names hashed at a time while building (their code points are held as a block)
CHUNK = 200_000


class ExactNames:
    """The hashes of a set of spellings; ``name in exact`` and ``contains_many``."""

    __slots__ = ("hashes",)

    def __init__(self, hashes: np.ndarray) -> None:
        self.hashes = hashes  # uint64, sorted, each once

    @classmethod
    def build(cls, *texts: Iterable[str]) -> ExactNames:
        """The spellings of every sequence of ``texts``."""
        parts = []
        for part in texts:
            names = iter(part)
            while chunk := list(islice(names, CHUNK)):
                parts.append(hash_texts(chunk))
        return cls(np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.uint64))

    def contains_many(self, names: Sequence[str]) -> np.ndarray:
        """Whether each of ``names`` is one of the spellings (bools)."""
        if not len(names) or not len(self.hashes):
            return np.zeros(len(names), bool)
        wanted = hash_texts(names)
        at = np.searchsorted(self.hashes, wanted)
        return self.hashes[np.minimum(at, len(self.hashes) - 1)] == wanted

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and bool(self.contains_many([name])[0])

    def __len__(self) -> int:
        return len(self.hashes)

    def state(self) -> bytes:
        """Plain data for a cache file."""
        return bytes(self.hashes.tobytes())

    @classmethod
    def from_state(cls, state: Any) -> ExactNames:
        return cls(np.frombuffer(state, np.uint64).copy())


def listed_spellings(index: Any) -> Iterable[Sequence[str]]:
    """What ``ExactNames.build`` is given for an index: every name it holds and every
    version's main name."""
    return (index.name_text, [v.name for v in index.versions])
