"""Fuzzy keys of the index's vocabulary, kept as numbers in two numpy arrays.

A word meets its typos and transliteration variants under shared keys
: ``d`` + the word and ``d`` + each of its
one-deletion neighbours (a typo, a swapped pair, a letter more or less), ``p`` + its
phonetic skeleton, ``c`` + its consonant skeleton. A million entities' vocabulary has
millions of such keys: as strings in a dict of lists they were the largest part of the
index. Here each key is a 64-bit polynomial hash of its characters (the tag first), and
the index keeps one sorted ``uint64`` array of them beside an ``int32`` array of the
words (their ids: the order of ``NameIndex.postings``) that carry each, sorted by word id
within one key. A lookup is a binary search per key of the query word.

The deletion neighbours are hashed without being made: over a word's characters
``c_0 .. c_L`` (``c_0`` the tag), the hash of the word without ``c_k`` is
``P(k) * B ** (L - k) + S(k + 1)`` (``P(k)``: hash of the first ``k`` characters, ``S``:
of the rest), computed for all words of one length at once. The query side computes the
same numbers in Python (``hash_key``): both wrap at 2 ** 64. Two different keys share a
hash with a chance of about 2 ** -64 per pair (a few millionths over ten million keys):
a false neighbour would only add a candidate the scorer then judges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from listwatch.match.names import consonants, phonetic

#: The polynomial hash's base (odd, 64-bit) and modulus (the arrays' wrap-around)
BASE = 0x9E3779B97F4A7C15
MASK = (1 << 64) - 1
#: key tags and the factor of a word reached through each
DELETE_TAG, PHONETIC_TAG, CONSONANT_TAG = "d", "p", "c"
#: words up to this long are hashed together, in one block (``query_hashes``)
ALIGNED_MAX = 24


def hash_key(text: str) -> int:
    """The hash of one key (its tag first), as the arrays hold it."""
    h = 0
    for ch in text:
        h = (h * BASE + ord(ch)) & MASK
    return h


def query_keys(token: str, short: bool) -> list[tuple[str, int]]:
    """(tag, hash) of the keys a query word looks up, in this order: ``d`` + the word
    (from three letters), ``d`` + each one-deletion neighbour (from four),
    ``p`` + phonetic skeleton, ``c`` + consonant skeleton (from 2 letters when
    ``short``, else 3)."""
    out: list[tuple[str, int]] = []
    if len(token) == 3 and not token.isdigit():
        # (a three-letter word is not indexed under its deletions, but may be a
        # four-letter word less one letter: ``alx``, ``muo``)
        out.append((DELETE_TAG, hash_key(DELETE_TAG + token)))
    if len(token) >= 4 and not token.isdigit():
        seq = DELETE_TAG + token
        n = len(seq)
        prefix = [0] * (n + 1)
        for i, ch in enumerate(seq):
            prefix[i + 1] = (prefix[i] * BASE + ord(ch)) & MASK
        suffix = [0] * (n + 1)
        power = 1
        powers = [1] * (n + 1)
        for i in range(n - 1, -1, -1):
            suffix[i] = (ord(seq[i]) * power + suffix[i + 1]) & MASK
            power = (power * BASE) & MASK
            powers[n - i] = power
        out.append((DELETE_TAG, prefix[n]))
        for k in range(1, n):  # (the tag is never deleted)
            out.append((DELETE_TAG, (prefix[k] * powers[n - k - 1] + suffix[k + 1]) & MASK))
    if len(token) >= 3 and not token.isdigit():
        out.append((PHONETIC_TAG, hash_key(PHONETIC_TAG + phonetic(token))))
        cons = consonants(token)
        if len(cons) >= (2 if short else 3):
            out.append((CONSONANT_TAG, hash_key(CONSONANT_TAG + cons)))
    return out


def query_hashes(tokens: Sequence[str], shorts: Sequence[bool]
                 ) -> tuple[np.ndarray, list[list[tuple[str, int]]]]:
    """``query_keys`` of many words: one array of hashes, and for each word its keys as
    (tag, position in that array), in ``query_keys``'s order. The deletion neighbours are
    hashed as ``_deletion_keys`` hashes the index's words, but the words of up to
    ``ALIGNED_MAX`` letters all in one block, right-aligned (a leading zero leaves a
    polynomial hash as it is), not a length at a time."""
    texts: list[str] = []  # (whole words and skeletons: ``_text_hashes``)
    slots: list[list[tuple[str, int]]] = []
    blocks: dict[int, list[int]] = {}
    for i, (token, short) in enumerate(zip(tokens, shorts, strict=True)):
        keys: list[tuple[str, int]] = []
        slots.append(keys)
        if len(token) < 3 or token.isdigit():
            continue
        if len(token) == 3:
            keys.append((DELETE_TAG, len(texts)))
            texts.append(DELETE_TAG + token)
        else:
            blocks.setdefault(0 if len(token) <= ALIGNED_MAX else len(token), []).append(i)
            keys.append((DELETE_TAG, -1))  # (placed below, with the deletions)
        keys.append((PHONETIC_TAG, len(texts)))
        texts.append(PHONETIC_TAG + phonetic(token))
        cons = consonants(token)
        if len(cons) >= (2 if short else 3):
            keys.append((CONSONANT_TAG, len(texts)))
            texts.append(CONSONANT_TAG + cons)
    parts = [_text_hashes(texts)]
    offset = len(texts)
    for group in blocks.values():
        sizes = [len(tokens[i]) + 1 for i in group]  # (the tag first)
        n = max(sizes)
        prefix, suffix, powers = _prefix_suffix(
            _aligned_codes([DELETE_TAG + tokens[i] for i in group], n))
        parts.append(prefix[n])  # (each word itself)
        # the word without column j (1 .. n - 1): a word of ``size`` columns starts at
        # column n - size, so its deletions are the last size - 1 of its row, in order
        scale = np.asarray([powers[n - 1 - j] for j in range(1, n)], np.uint64)
        dropped = (prefix[1:n] * scale[:, None] + suffix[2:]).T
        pad = n - np.asarray(sizes)
        parts.append(dropped[np.arange(n - 1)[None, :] >= pad[:, None]])
        start = offset + len(group)
        for j, (i, size) in enumerate(zip(group, sizes, strict=True)):
            keys = slots[i]
            keys[0] = (DELETE_TAG, offset + j)
            keys[1:1] = [(DELETE_TAG, start + k) for k in range(size - 1)]
            start += size - 1
        offset = start
    return np.concatenate(parts), slots


def _prefix_suffix(c: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Rolling hashes of the rows of code points ``c`` (one row a word, ``n`` columns):
    ``prefix[j]`` of each row's first ``j`` columns, ``suffix[j]`` of its columns from
    ``j``, and ``powers[k]`` = ``BASE ** k`` (wrapped), so that a row without column ``j``
    hashes to ``prefix[j] * powers[n - j - 1] + suffix[j + 1]``."""
    rows, n = c.shape
    base = np.uint64(BASE)
    prefix = np.zeros((n + 1, rows), np.uint64)
    for j in range(n):
        prefix[j + 1] = prefix[j] * base + c[:, j]
    suffix = np.zeros((n + 1, rows), np.uint64)
    powers = [1]  # (Python ints: numpy warns when a scalar wraps)
    for j in range(n - 1, -1, -1):
        suffix[j] = c[:, j] * np.uint64(powers[-1]) + suffix[j + 1]
        powers.append((powers[-1] * BASE) & MASK)
    return prefix, suffix, powers


def _aligned_codes(texts: Sequence[str], width: int) -> np.ndarray:
    """Rows of code points of ``texts``, right-aligned in ``width`` columns (zeros first)."""
    rows = np.array([t[::-1] for t in texts], dtype=f"<U{width}").view(np.uint32)
    return rows.reshape(len(texts), width)[:, ::-1].astype(np.uint64)


def _text_hashes(texts: Sequence[str]) -> np.ndarray:
    """``hash_key`` of each text, those of up to ``ALIGNED_MAX`` + 1 characters in one
    right-aligned block."""
    if not texts:
        return np.zeros(0, np.uint64)
    width = max(map(len, texts))
    if width > ALIGNED_MAX + 1:
        return hash_texts(texts)
    return _hash_rows(_aligned_codes(texts, width))


def _hash_rows(codes: np.ndarray) -> np.ndarray:
    """Hashes of equal-length code-point rows (``uint64``, wrapping)."""
    h = np.zeros(codes.shape[0], np.uint64)
    base = np.uint64(BASE)
    for j in range(codes.shape[1]):
        h = h * base + codes[:, j]
    return h


def _codes(texts: Sequence[str], length: int) -> np.ndarray:
    """Rows of code points of strings of one ``length``."""
    return (np.array(texts, dtype=f"<U{length}").view(np.uint32)
            .reshape(len(texts), length).astype(np.uint64))


def hash_texts(texts: Sequence[str]) -> np.ndarray:
    """``hash_key`` of each text, computed a length at a time."""
    out = np.zeros(len(texts), np.uint64)
    by_len: dict[int, list[int]] = {}
    for i, t in enumerate(texts):
        by_len.setdefault(len(t), []).append(i)
    for length, idx in by_len.items():
        if length:
            out[idx] = _hash_rows(_codes([texts[i] for i in idx], length))
    return out


def _deletion_keys(words: Sequence[str], ids: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, word ids) of ``d`` + each word and of its one-deletion neighbours."""
    keys: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    by_len: dict[int, list[int]] = {}
    for pos, w in enumerate(words):
        by_len.setdefault(len(w), []).append(pos)
    for length, group in by_len.items():
        n = length + 1  # (the tag first)
        prefix, suffix, powers = _prefix_suffix(
            _codes([DELETE_TAG + words[p] for p in group], n))
        owner = np.asarray([ids[p] for p in group], np.int32)
        keys.append(prefix[n])
        owners.append(owner)
        for k in range(1, n):
            keys.append(prefix[k] * np.uint64(powers[n - k - 1]) + suffix[k + 1])
            owners.append(owner)
    if not keys:
        return np.zeros(0, np.uint64), np.zeros(0, np.int32)
    return np.concatenate(keys), np.concatenate(owners)


def word_keys(words: Sequence[str], first: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, word ids) of the keys of ``words``, the word ``words[i]`` numbered
    ``first + i``, unsorted: ``FuzzyKeys.from_hashes`` of the parts of a vocabulary is
    ``FuzzyKeys.build`` of the whole, whatever the parts."""
    long_words: list[str] = []
    long_ids: list[int] = []
    texts: list[str] = []
    text_ids: list[int] = []
    for wid, tok in enumerate(words, first):
        if len(tok) < 3 or tok.isdigit():
            continue
        if len(tok) >= 4:
            long_words.append(tok)
            long_ids.append(wid)
        texts.append(PHONETIC_TAG + phonetic(tok))
        text_ids.append(wid)
        cons = consonants(tok)
        if len(cons) >= 2:
            texts.append(CONSONANT_TAG + cons)
            text_ids.append(wid)
    dkeys, downers = _deletion_keys(long_words, long_ids)
    return (np.concatenate([dkeys, hash_texts(texts)]),
            np.concatenate([downers, np.asarray(text_ids, np.int32)]))


@dataclass(eq=False)
class FuzzyKeys:
    """Sorted key hashes and the ids of the words carrying each (see the module)."""

    hashes: np.ndarray  # uint64, sorted
    words: np.ndarray  # int32 ids (of words, or of names), ascending within one hash

    @classmethod
    def empty(cls) -> FuzzyKeys:
        return cls(np.zeros(0, np.uint64), np.zeros(0, np.int32))

    @classmethod
    def build(cls, vocabulary: Sequence[str]) -> FuzzyKeys:
        """The keys of ``vocabulary`` (a word's id: its position there)."""
        return cls.from_hashes(*word_keys(vocabulary))

    @classmethod
    def from_texts(cls, texts: Sequence[str], ids: Sequence[int]) -> FuzzyKeys:
        """Any strings -> ids (``texts[i]`` carries ``ids[i]``), looked up by
        ``hash_key`` of the string (the index's whole-name skeletons)."""
        return cls.from_hashes(hash_texts(texts), np.asarray(ids, np.int32))

    @classmethod
    def from_hashes(cls, hashes: np.ndarray, owners: np.ndarray) -> FuzzyKeys:
        # one (hash, word) pair once (a word met twice under one key: ``anna`` -> ``ana``),
        # words in id order within a hash
        order = np.lexsort((owners, hashes))
        hashes, owners = hashes[order], owners[order]
        if len(hashes):
            keep = np.r_[True, (hashes[1:] != hashes[:-1]) | (owners[1:] != owners[:-1])]
            hashes, owners = hashes[keep], owners[keep]
        return cls(np.ascontiguousarray(hashes), np.ascontiguousarray(owners))

    def lookup(self, keys: list[tuple[str, int]]) -> list[tuple[str, list[int]]]:
        """(tag, ids) of each key found, in the order of ``keys``, ids ascending."""
        if not keys or not len(self.hashes):
            return []
        wanted = np.fromiter((h for _, h in keys), np.uint64, len(keys))
        lo = np.searchsorted(self.hashes, wanted, "left").tolist()
        hi = np.searchsorted(self.hashes, wanted, "right").tolist()
        words = self.words
        return [(tag, words[a:b].tolist()) for (tag, _), a, b in zip(keys, lo, hi, strict=True)
                if b > a]

    def lookup_tokens(self, tokens: Sequence[str], shorts: Sequence[bool]
                      ) -> list[list[tuple[str, list[int]]]]:
        """``lookup(query_keys(token, short))`` of many words at once: their keys hashed
        and searched a few array operations at a time, not one word at a time (a batch
        meets hundreds of new words in each of its jobs)."""
        hashes, slots = query_hashes(tokens, shorts)
        table = self.hashes
        if not len(hashes) or not len(table):
            return [[] for _ in tokens]
        # (searched in ascending order, each search starts near the last one; the end of
        # a key's run is searched only for the few keys found)
        order = np.argsort(hashes, kind="stable")
        wanted = hashes[order]
        lo = np.searchsorted(table, wanted, "left")
        found = np.flatnonzero(table[np.minimum(lo, len(table) - 1)] == wanted)
        starts = lo[found]
        counts = np.searchsorted(table, wanted[found], "right") - starts
        # the ids of every key found in one list, then cut per key
        begin = np.zeros(len(found) + 1, np.int64)
        np.cumsum(counts, out=begin[1:])
        ids = self.words.take(np.repeat(starts - begin[:-1], counts)
                              + np.arange(begin[-1])).tolist()
        cuts = begin.tolist()
        where = {p: k for k, p in enumerate(order[found].tolist())}
        out: list[list[tuple[str, list[int]]]] = []
        for keys in slots:
            got: list[tuple[str, list[int]]] = []
            for tag, p in keys:
                k = where.get(p)
                if k is not None:
                    got.append((tag, ids[cuts[k]:cuts[k + 1]]))
            out.append(got)
        return out

    def state(self) -> dict[str, Any]:
        """Plain data for a cache file (bytes)."""
        return {"hashes": self.hashes.tobytes(), "words": self.words.tobytes()}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> FuzzyKeys:
        return cls(np.frombuffer(state["hashes"], np.uint64).copy(),
                   np.frombuffer(state["words"], np.int32).copy())

    def nbytes(self) -> int:
        return int(self.hashes.nbytes + self.words.nbytes)
