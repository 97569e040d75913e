"""Candidate retrieval: an in-memory index over every name of every stored version.

Each indexed name carries its version (entry key, source, schema, validity interval), so
screening *as of* a date only filters candidates by interval: no extra work, no query to
the database. Retrieval never scans all names:

* normalised name words -> names (inverted index, words weighted by IDF);
* fuzzy keys on the *vocabulary* of name words, so a word that is not in the index still
  finds its neighbours: one-deletion neighbourhoods (typos, swapped letters), phonetic
  skeletons (transliteration variants), consonant skeletons (Arabic, Hebrew), prefixes
  (abbreviations) and splits/joins of words (``rosnefttrading`` ~ ``rosneft trading``);
* identifiers (ISIN, IMO, passport, registration, tax, USCC, LEI, id numbers) -> versions.

Retrieval itself (a cheap overlap score over these, the top candidates of a query) is
``vector.VectorIndex``: one path for a single query and a batch. The caller runs the
Scorer on the candidates.
"""

from __future__ import annotations

import bisect
import math
import re
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import orjson
from rapidfuzz import process
from rapidfuzz.distance import Indel

from listwatch.match.commonness import common_counts
from listwatch.match.features import ID_PROPERTIES, normalize_identifier
from listwatch.match.inflection import french
from listwatch.match.names import skeletons
from listwatch.match.normalize import (
    _ROMAN,
    ORG,
    PERSON,
    NormName,
    _normalize,
    _roman_value,
    _stem,
    kind_of,
    names_organisation,
    normalize,
)
from listwatch.match.sino import sino_key, wade_giles_signal
from listwatch.match.vocab import ABBREVIATIONS, FORM_WORD_CODES
from listwatch.screening.bulk_norm import CHUNK, PARALLEL_FROM, Pool, cores, reading
from listwatch.screening.fuzzy import FuzzyKeys, hash_key, hash_texts, query_keys, word_keys
from listwatch.screening.memory import gc_paused, settle_loaded, trim_heap

#: From this many versions on, an index built from a store keeps each version's
#: properties as their stored bytes (``Version``): today's lists (~25,000 versions) keep
#: plain dicts; a million entities' dicts would not fit a serving process.
COMPACT_FROM = 50_000
#: Record properties holding names, in the order results prefer them.
NAME_PROPERTIES = ("alias", "weakAlias", "previousName", "nameOriginal")
_ID_CLEAN = re.compile(r"[^0-9A-Z]")
#: A word in more names than this only re-scores candidates found through rarer words.
COMMON_DF = 1500
#: Factors of the ways a query word can reach an indexed word.
EXACT, SPLIT, DELETE1, PHONETIC, CONSONANT, PREFIX = 1.0, 0.9, 0.8, 0.8, 0.7, 0.6
#: Weight of a legal-form word in a query's cheap score, relative to its IDF.
FORM_WORD_WEIGHT = 0.25
#: Cheap score of a name whose whole consonant skeleton equals an Arabic-script query's.
SKELETON = 0.85
#: Skeletons shorter than this are too ambiguous to retrieve names by.
SKELETON_MIN = 4
#: Tags of a Latin person name's whole-name Chinese key (``sino.sino_key``: its syllables
#: in their Wade-Giles spelling) among the skeletons: a name that shows Wade-Giles
#: (``Kuo Yun-nien``) and one that does not (``GUO, Yunnian``)
SINO_WG, SINO_PLAIN = "~w", "~p"
#: New words whose fuzzy keys a large build works out together, between two chunks
WORDS_JOB = 20_000
#: Indexed words a query word not in the index reaches at most: past this, the best by
#: evidence (``_best_reached``). A short consonant skeleton (``kln``, ``lnk``) is shared
#: by more spellings the more names are loaded; each one reached costs retrieval work
#: while a far spelling is seldom the word meant. A word of a script written without
#: short vowels (Arabic, Hebrew) stands for many spellings by nature: it keeps more.
FANOUT = 128
FANOUT_CONSONANT = 256


def _count(conn: Any, sources: list[str] | None) -> int:
    """How many versions ``from_store`` is about to read."""
    from sqlalchemy import func, select

    from listwatch.store.schema import versions as vt

    query = select(func.count()).select_from(vt)
    if sources:
        query = query.where(vt.c.source.in_(sources))
    return int(conn.execute(query).scalar_one())


def identifier_keys(value: str, prop: str = "") -> list[str]:
    """Index keys of an identifier: the clean value and, for IMO numbers, the bare digits."""
    key = normalize_identifier(value, prop)
    keys = [key] if len(key) >= 4 else []
    if key.startswith("IMO") and key[3:].isdigit():
        keys.append(key[3:])
    if ":" in value and prop == "":
        whole = _ID_CLEAN.sub("", value.upper())
        if whole != key and len(whole) >= 4:
            keys.append(whole)
    return keys


class Version:
    """One stored version of an entry, as the index keeps it.

    ``properties`` is a dict, or, for an index built from a large store
    (``COMPACT_FROM``), the version's stored bytes (``codec.encode`` of its JSON), read
    back when asked for: the stored bytes take a tenth of a dict's memory (bench/NOTES.md).
    The dicts read back are shared (``_unpack`` keeps the recent
    ones): never change them."""

    __slots__ = ("key", "source", "schema", "name", "_props", "valid_from", "valid_to")

    def __init__(self, key: str, source: str, schema: str, name: str,
                 properties: dict[str, list[str]] | bytes, valid_from: str,
                 valid_to: str | None) -> None:
        self.key = key
        self.source = source
        self.schema = schema
        self.name = name
        self._props = properties
        self.valid_from = valid_from
        self.valid_to = valid_to

    @property
    def properties(self) -> dict[str, list[str]]:
        props = self._props
        return _unpack(props) if isinstance(props, bytes) else props

    @property
    def stored_properties(self) -> dict[str, list[str]] | bytes:
        """``properties`` as kept: a dict, or the stored bytes (to save the index as is)."""
        return self._props

    def __repr__(self) -> str:
        return (f"Version(key={self.key!r}, source={self.source!r}, schema={self.schema!r}, "
                f"name={self.name!r}, valid_from={self.valid_from!r}, "
                f"valid_to={self.valid_to!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.key, self.source, self.schema, self.name, self.properties,
                self.valid_from, self.valid_to) == (
                other.key, other.source, other.schema, other.name, other.properties,
                other.valid_from, other.valid_to)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, slot) for slot in self.__slots__)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for slot, value in zip(self.__slots__, state, strict=True):
            setattr(self, slot, value)

    def valid_on(self, date: str | None) -> bool:
        """Valid in the snapshot in force on ``date`` (``None``: the current snapshot)."""
        if date is None:
            return self.valid_to is None
        return self.valid_from <= date and (self.valid_to is None or self.valid_to > date)


@lru_cache(maxsize=8192)
def _unpack(data: bytes) -> dict[str, list[str]]:
    """The properties of a version kept as its stored bytes (the recent ones kept)."""
    from listwatch.store.codec import decode

    props: dict[str, list[str]] = orjson.loads(decode(data)).get("properties") or {}
    return props


#: From this many names on, an index keeps its normalised names packed (``PackedNames``):
#: today's lists keep a ``NormName`` each; a million entities' names would each be
#: several objects whose pages a forked worker copies as it reads them. An index read
#: from the index cache reads them packed; one built from a large store packs each chunk
#: of names as it comes once it holds this many (``_add_parts``: the chunk's strings go
#: straight into the block, no ``NormName`` made and freed among the index's objects).
PACKED_FROM = 200_000
#: Normalised names ``PackedNames`` keeps made, at most (a batch meets the same list
#: names again; their ``bound_side`` is kept with them)
NAMES_KEPT = 20_000
#: What separates a packed name's fields, and its words
_FIELD, _WORD = "\0", "\x01"


class PackedNames:
    """Normalised names (``NormName``) kept packed, read like a list of them.

    Every name's strings (its original, text, native form, words and numbers) are one
    stretch of a single block of bytes; its kind, script and legal forms are codes into
    small tables. A ``NormName`` is made when one is asked for, and the recent ones are
    kept: a worker forked from the process that loaded the index reads a name without
    writing to the pages it shares with its parent (a kept ``NormName`` and its strings
    would each have their reference counts written, a page copied each), and the names
    take a fraction of their objects' memory. A name whose strings hold a separator is
    kept as its ``NormName`` (``odd``). Never changed once made (``pack``)."""

    __slots__ = ("data", "starts", "kinds", "kind_codes", "scripts", "script_codes",
                 "forms", "form_codes", "odd", "_kept", "_codes")

    def __init__(self, data: bytes | bytearray, starts: array[int], kinds: list[str],
                 kind_codes: array[int], scripts: list[str], script_codes: array[int],
                 forms: list[frozenset[str]], form_codes: array[int],
                 odd: dict[int, NormName]) -> None:
        self.data = data
        self.starts = starts
        self.kinds = kinds
        self.kind_codes = kind_codes
        self.scripts = scripts
        self.script_codes = script_codes
        self.forms = forms
        self.form_codes = form_codes
        self.odd = odd
        self._kept: dict[int, NormName] = {}
        #: while names are added (``growing``): the code of each kind, script and set of
        #: legal forms met; None once ``sealed``
        self._codes: tuple[dict[str, int], dict[str, int],
                           dict[frozenset[str], int]] | None = None

    @classmethod
    def growing(cls) -> PackedNames:
        """No names yet, names to be added (``append``, ``extend``), then ``sealed``."""
        out = cls(bytearray(), array("q", [0]), [], array("B"), [], array("B"), [],
                  array("I"), {})
        out._codes = ({}, {}, {})
        return out

    @classmethod
    def pack(cls, norms: Iterable[NormName]) -> PackedNames:
        """``norms`` packed."""
        out = cls.growing()
        for norm in norms:
            out.append(norm)
        return out.sealed()

    def codes(self, kind: str, script: str, forms: frozenset[str]) -> tuple[int, int, int]:
        """The codes of a name's kind, script and legal forms (new ones added) while the
        names grow."""
        if self._codes is None:
            raise ValueError("the packed names are sealed")
        kinds, scripts, form_set = self._codes
        kind_code = kinds.get(kind)
        if kind_code is None:
            kind_code = kinds[kind] = len(kinds)
            self.kinds.append(kind)
        script_code = scripts.get(script)
        if script_code is None:
            script_code = scripts[script] = len(scripts)
            self.scripts.append(script)
        form_code = form_set.get(forms)
        if form_code is None:
            form_code = form_set[forms] = len(form_set)
            self.forms.append(forms)
        if kind_code > 255 or script_code > 255:
            raise ValueError("more kinds or scripts than a byte counts")
        return kind_code, script_code, form_code

    def append(self, norm: NormName) -> None:
        """One more name (while they grow)."""
        kind, script, forms = self.codes(norm.kind, norm.script, norm.forms)
        raw = _packed(norm)
        if raw is None:
            self.odd[len(self)] = norm
            raw = b""
        self.kind_codes.append(kind)
        self.script_codes.append(script)
        self.form_codes.append(forms)
        data = self.data
        assert isinstance(data, bytearray)  # (growing)
        data += raw
        self.starts.append(len(data))

    def extend(self, raw: bytes, ends: np.ndarray, codes: np.ndarray,
               odd: Iterable[tuple[int, NormName]]) -> None:
        """Names packed elsewhere (while they grow): ``raw`` their stretches one after
        the other, ``ends`` where each ends in ``raw``, ``codes`` their (kind, script,
        forms) codes a row each (``codes``), ``odd`` those kept whole, by their place
        among them (their stretch empty)."""
        data = self.data
        assert isinstance(data, bytearray)  # (growing)
        first = len(self)
        for at, norm in odd:
            self.odd[first + at] = norm
        self.starts.frombytes((ends.astype(np.int64) + len(data)).tobytes())
        data += raw
        self.kind_codes.frombytes(codes[:, 0].astype(np.uint8).tobytes())
        self.script_codes.frombytes(codes[:, 1].astype(np.uint8).tobytes())
        self.form_codes.frombytes(codes[:, 2].astype(np.uint32).tobytes())

    def sealed(self) -> PackedNames:
        """Itself, no name to be added any more: its block of bytes made ``bytes``."""
        if self._codes is not None:
            self.data = bytes(self.data)
            self._codes = None
        return self

    def state(self) -> list[Any]:
        """What ``from_state`` reads back: plain data (the index cache's)."""
        return [self.data, self.starts.tobytes(), self.kinds, self.kind_codes.tobytes(),
                self.scripts, self.script_codes.tobytes(), self.forms,
                self.form_codes.tobytes(),
                {nid: [getattr(n, f) for f in NORM_FIELDS] for nid, n in self.odd.items()}]

    @classmethod
    def from_state(cls, state: list[Any]) -> PackedNames:
        (data, starts, kinds, kind_codes, scripts, script_codes, forms, form_codes,
         odd) = state
        out = cls(data, _array("q", starts), list(kinds), _array("B", kind_codes),
                  list(scripts), _array("B", script_codes), list(forms),
                  _array("I", form_codes), {int(k): NormName(*v) for k, v in odd.items()})
        size = len(out.starts) - 1
        if (len(out.kind_codes) != size or len(out.script_codes) != size
                or len(out.form_codes) != size or out.starts[size] != len(data)):
            raise ValueError("the packed names do not add up")
        return out

    def __len__(self) -> int:
        return len(self.starts) - 1

    def __getitem__(self, nid: int) -> NormName:
        kept = self._kept
        found = kept.get(nid)
        if found is None:
            found = self.made(nid)
            if len(kept) >= NAMES_KEPT:
                kept.clear()
            kept[nid] = found
        return found

    def _slot(self, nid: int) -> int:
        """``nid`` as a list reads it (negative from the end), or IndexError."""
        size = len(self.starts) - 1
        if nid < 0:
            nid += size
        if not 0 <= nid < size:
            raise IndexError("name id out of range")
        return nid

    def made(self, nid: int) -> NormName:
        """Name ``nid`` made afresh (not kept)."""
        nid = self._slot(nid)
        if self.odd:
            found = self.odd.get(nid)
            if found is not None:
                return found
        starts = self.starts
        original, text, native, words, numbers = (
            self.data[starts[nid]:starts[nid + 1]].decode().split(_FIELD))
        return NormName(original, self.kinds[self.kind_codes[nid]], text,
                        tuple(words.split(_WORD)) if words else (),
                        self.forms[self.form_codes[nid]],
                        tuple(numbers.split(_WORD)) if numbers else (),
                        self.scripts[self.script_codes[nid]], native)

    def original(self, nid: int) -> str:
        """Name ``nid`` as written (its ``original``), nothing else of it read."""
        found = self._kept.get(nid)
        if found is not None:
            return found.original
        nid = self._slot(nid)
        if self.odd:
            odd = self.odd.get(nid)
            if odd is not None:
                return odd.original
        starts = self.starts
        raw = self.data[starts[nid]:starts[nid + 1]]
        return raw[:raw.index(b"\0")].decode()

    def __iter__(self) -> Iterator[NormName]:
        for nid in range(len(self)):
            yield self.made(nid)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (list, PackedNames)):
            return NotImplemented
        return len(self) == len(other) and all(
            a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]


class PackedTexts:
    """Each name as written (``NameIndex.name_text``), read from its packed names
    (``PackedNames``: every name's ``original`` is its text): no string kept per name."""

    __slots__ = ("names",)

    def __init__(self, names: PackedNames) -> None:
        self.names = names

    def __len__(self) -> int:
        return len(self.names)

    def __getitem__(self, nid: int) -> str:
        return self.names.original(nid)

    def __iter__(self) -> Iterator[str]:
        original = self.names.original
        for nid in range(len(self.names)):
            yield original(nid)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, (list, PackedTexts)):
            return NotImplemented
        return len(self) == len(other) and all(
            a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]


def _packed(norm: NormName) -> bytes | None:
    """A name's strings as ``PackedNames`` keeps them, or None when a separator in them
    (or an empty word) would read them back otherwise."""
    tail = _packed_tail(norm.text, norm.native, norm.tokens, norm.numbers)
    return None if tail is None else _packed_with(norm.original, tail)


def _packed_tail(text: str, native: str, tokens: tuple[str, ...],
                 numbers: tuple[str, ...]) -> str | None:
    """What follows a name's original in its packed stretch (``_packed``): the same for
    every name of one reading; None when a separator in them (or an empty word) would
    read them back otherwise."""
    words = _WORD.join(tokens)
    digits = _WORD.join(numbers)
    tail = _FIELD.join(("", text, native, words, digits))
    if (tail.count(_FIELD) != 4 or (tokens and words.count(_WORD) != len(tokens) - 1)
            or (numbers and digits.count(_WORD) != len(numbers) - 1)
            or "" in tokens or "" in numbers):
        return None
    return tail


def _packed_with(original: str, tail: str) -> bytes | None:
    """A name's packed stretch: its ``original`` then its reading's ``_packed_tail``."""
    if _FIELD in original:
        return None
    try:
        return (original + tail).encode()
    except UnicodeEncodeError:
        return None


#: ``NormName``'s fields, in the order of its ``__init__``
NORM_FIELDS = ("original", "kind", "text", "tokens", "forms", "numbers", "script", "native")


def _array(code: str, data: bytes) -> array[int]:
    out = array(code)
    out.frombytes(data)
    return out


@dataclass
class NameIndex:
    """Inverted indexes over the names of all versions (see the module docstring)."""

    versions: list[Version] = field(default_factory=list)
    #: each name as written: read from ``name_norm`` once it is packed
    name_text: list[str] | PackedTexts = field(default_factory=list)
    name_version: list[int] = field(default_factory=list)
    #: each name's words' IDF summed (float32; 4 bytes a name, not a Python float's 32)
    name_weight: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    #: each name normalised for its version's schema (what the scorer mostly needs):
    #: packed when read from the index cache if there are many (``PACKED_FROM``)
    name_norm: list[NormName] | PackedNames = field(default_factory=list)
    #: word -> the ids of the names carrying it, ascending (an ``array("i")``: four
    #: bytes a name, no Python int kept per name id)
    postings: dict[str, array[int]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    #: the words in more than ``COMMON_DF`` names
    common: set[str] = field(default_factory=set)
    #: the scorer's common word keys with their counts (``commonness.common_counts``),
    #: worked out with the index and kept with it; None: counted on first use
    common_keys: dict[str, int] | None = None
    #: the fuzzy keys of the vocabulary (``fuzzy.FuzzyKeys``; word ids: ``words``)
    fuzzy: FuzzyKeys = field(default_factory=FuzzyKeys.empty)
    #: the indexed words, in the order of ``postings`` (a word's id)
    words: list[str] = field(default_factory=list)
    #: whole-name consonant skeletons of non-Arabic names (Arabic-script queries), as
    #: hashes -> name ids (``fuzzy.FuzzyKeys``)
    skeleton: FuzzyKeys = field(default_factory=FuzzyKeys.empty)
    vocab: list[str] = field(default_factory=list)
    #: identifier keys (``identifier_keys``) -> the versions carrying them (the property
    #: and value found again in the version's properties: ``by_identifier``)
    identifiers: dict[str, list[int]] = field(default_factory=dict)
    #: each version's identifier properties that hold a value, as bits (``id_bits``):
    #: what needs some kinds of identifiers reads only the versions that have them
    id_props: array[int] = field(default_factory=lambda: array("H"))
    #: each version's programs (its properties' ``program`` list) as a place in
    #: ``program_lists``: a result reads them without decoding the stored record
    version_programs: array[int] = field(default_factory=lambda: array("I"))
    #: the distinct program lists, as tuples (the first: none)
    program_lists: list[tuple[str, ...]] = field(default_factory=lambda: [()])
    intervals: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    #: each entry's listed intervals, contiguous versions merged (made when first asked)
    _merged: dict[str, list[list[str | None]]] = field(default_factory=dict, repr=False)
    #: (hashes, name ids) of the ``skeleton_keys`` of the first names, worked out while
    #: building (``from_store``), and how many names they cover
    _skeleton_parts: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list,
                                                                 repr=False)
    _skeleton_upto: int = field(default=0, repr=False)
    #: ``program_lists``' places by list, while building (``_program_list``)
    _program_places: dict[tuple[str, ...], int] = field(default_factory=dict, repr=False)
    #: the words ``_add_parts`` added, in the order of ``postings``, until their fuzzy
    #: keys are worked out (``vocabulary_part``), and those keys: (hashes, word ids)
    _new_words: list[str] = field(default_factory=list, repr=False)
    _words_sent: int = field(default=0, repr=False)
    _vocab_parts: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list,
                                                              repr=False)
    #: ``word_ids`` and ``word_idf``, once made
    _word_ids: dict[str, int] | None = field(default=None, repr=False)
    _word_idf: array[float] | None = field(default=None, repr=False)

    # -- building ---------------------------------------------------------------------

    @classmethod
    def from_records(
        cls, rows: Iterable[Any], *, valid_from: str = "0000-00-00", valid_to: str | None = None
    ) -> NameIndex:
        """Build from Records or dicts (``key``/``source``/``id``, ``schema``, ``name``,
        ``properties`` and optionally ``valid_from``/``valid_to``). For tests and tools."""
        index = cls()
        for row in rows:
            if isinstance(row, dict):
                source = row.get("source") or str(row.get("key", "custom:")).split(":", 1)[0]
                key = row.get("key") or f"{source}:{row['id']}"
                index.add(
                    Version(
                        key=key,
                        source=source,
                        schema=row.get("schema") or "LegalEntity",
                        name=row.get("name") or "",
                        properties={k: list(v) for k, v in (row.get("properties") or {}).items()},
                        valid_from=row.get("valid_from") or valid_from,
                        valid_to=row.get("valid_to", valid_to),
                    )
                )
            else:
                index.add(
                    Version(row.key, row.source, row.schema, row.name, dict(row.properties),
                            valid_from, valid_to)
                )
        return index.finish()

    @classmethod
    def from_store(cls, store: Any, sources: list[str] | None = None) -> NameIndex:
        """Build from every version in the store (all snapshots, all sources)."""
        # (the cyclic collector off: the index makes no cycles, and millions of objects
        # would be walked again and again as they are made; then they are moved to its
        # oldest generation at once, unexamined, before it is on again: its first
        # young-generation pass would walk every one of them)
        with gc_paused():
            index = cls._from_store(store, sources)
            settle_loaded()
        return index

    @classmethod
    def _from_store(cls, store: Any, sources: list[str] | None) -> NameIndex:
        from sqlalchemy import select

        from listwatch.store.codec import decode
        from listwatch.store.schema import versions as vt

        query = select(vt.c.key, vt.c.source, vt.c.schema, vt.c.data, vt.c.valid_from,
                       vt.c.valid_to).order_by(vt.c.key, vt.c.valid_from)
        if sources:
            query = query.where(vt.c.source.in_(sources))
        index = cls()
        loads = orjson.loads
        intern = sys.intern
        with store.connect() as conn:
            count = _count(conn, sources)
            compact = count >= COMPACT_FROM
            rows = conn.execute(query)
            if count >= PARALLEL_FROM:
                # (a large store: chunks of versions worked on by every core, ``bulk_norm``,
                # and between them the fuzzy keys of the words they brought)
                with Pool(chunk_work, workers=cores()) as pool:
                    for meta, parts in pool.map(index._jobs(_chunks(rows))):
                        if meta is None:
                            index._vocab_parts.append(parts)
                        else:
                            index._add_parts(meta, parts, compact)
                    index.finish(pool)
                trim_heap()
                return index
            for row in rows:
                data = loads(decode(row.data))
                version = Version(intern(row.key), intern(row.source), intern(row.schema),
                                  data.get("name") or "", data.get("properties") or {},
                                  intern(row.valid_from), row.valid_to)
                index.add(version)
                if compact:  # (names and identifiers indexed: the rest waits on disk)
                    version._props = bytes(row.data)
        return index.finish()

    def _add_parts(self, meta: list[Meta], parts: ChunkParts, compact: bool) -> None:
        """The versions of a chunk (``meta``: what the store gave of each) and the work on
        them (``chunk_work``): as ``add`` of each version would add them."""
        (names, idents, id_props, programs, fields, texts, refs, counts, sk_hashes,
         sk_owners, (raw, ends, odd)) = parts
        intern = sys.intern
        shared = []
        for kind, text, tokens, forms, numbers, script, native in fields:
            # one string per distinct word (shared by every name and the postings) and one
            # frozenset per distinct set of legal forms
            shared.append((kind, text, tuple(map(intern, tokens)),
                           _FORMS.setdefault(forms, forms), numbers, script, native))
        self.id_props.extend(id_props)
        self.version_programs.extend(map(self._program_list, programs))
        if isinstance(self.name_norm, list) and len(self.name_norm) + len(texts) >= PACKED_FROM:
            self._pack_building()
        packing = self.name_norm
        if isinstance(packing, PackedNames):
            # (the chunk's names packed as they came: the block grows, no name made)
            # (codes given to kinds, scripts and legal forms in the order of the names)
            at_ref = np.asarray(refs, np.int64)
            kept, first = np.unique(at_ref, return_index=True)
            codes = np.zeros((len(shared), 3), np.int64)
            for ref in kept[np.argsort(first)].tolist():
                got = shared[ref]
                codes[ref] = packing.codes(got[0], got[5], got[3])
            packing.extend(raw, ends, codes[at_ref],
                           [(at, NormName(texts[at], *shared[refs[at]])) for at in odd])
            self._add_postings(meta, names, idents, counts, refs, shared, compact)
            self._skeleton_parts.append((sk_hashes, sk_owners + np.int32(len(self.name_version)
                                                                          - len(texts))))
            self._skeleton_upto = len(self.name_version)
            return
        made: dict[tuple[str, int], NormName] = {}  # (a name met again in the chunk)
        postings = self.postings
        (name_text, name_norm), name_version = self._building(), self.name_version
        base = nid = len(name_text)
        new_words = self._new_words
        pos = 0
        for row, name, keys, count in zip(meta, names, idents, counts, strict=True):
            vid = self._chunk_version(row, name, keys, compact)
            for j in range(pos, pos + count):
                text, ref = texts[j], refs[j]
                norm = made.get((text, ref))
                if norm is None:
                    norm = made[(text, ref)] = NormName(text, *shared[ref])
                name_text.append(text)
                name_norm.append(norm)
                name_version.append(vid)
                for tok in set(norm.tokens + norm.numbers):
                    got = postings.get(tok)
                    if got is None:
                        postings[tok] = array("i", (nid,))
                        new_words.append(tok)
                    else:
                        got.append(nid)
                nid += 1
            pos += count
        self._skeleton_parts.append((sk_hashes, sk_owners + np.int32(base)))
        self._skeleton_upto = len(name_text)

    def _add_postings(self, meta: list[Meta], names: list[str], idents: list[list[str]],
                      counts: list[int], refs: list[int], shared: list[tuple[Any, ...]],
                      compact: bool) -> None:
        """``_add_parts`` of a chunk whose names are packed (``PackedNames.extend``): its
        versions, and each name's version and postings."""
        postings = self.postings
        name_version = self.name_version
        nid = len(name_version)
        new_words = self._new_words
        # (each reading's words and numbers once, as ``set`` orders them: the order new
        # words are numbered in, as when a name's own set is made)
        words_of: list[tuple[str, ...] | None] = [None] * len(shared)
        pos = 0
        for row, name, keys, count in zip(meta, names, idents, counts, strict=True):
            vid = self._chunk_version(row, name, keys, compact)
            for j in range(pos, pos + count):
                ref = refs[j]
                words = words_of[ref]
                if words is None:
                    got = shared[ref]
                    words = words_of[ref] = tuple(set(got[2] + got[4]))
                name_version.append(vid)
                for tok in words:
                    found = postings.get(tok)
                    if found is None:
                        postings[tok] = array("i", (nid,))
                        new_words.append(tok)
                    else:
                        found.append(nid)
                nid += 1
            pos += count

    def _chunk_version(self, row: Meta, name: str, keys: list[str], compact: bool) -> int:
        """One version of a chunk (``_add_parts``), its interval and its identifiers; its id."""
        from listwatch.store.codec import decode

        key, source, schema, data, valid_from, valid_to = row
        props: dict[str, list[str]] | bytes = data
        if not compact:
            props = orjson.loads(decode(data)).get("properties") or {}
        vid = len(self.versions)
        self.versions.append(Version(key, source, schema, name, props, valid_from, valid_to))
        span = (valid_from, valid_to)
        self.intervals.setdefault(key, []).append(_SPANS.setdefault(span, span))
        self._merged.pop(key, None)
        for ident in keys:
            self.identifiers.setdefault(ident, []).append(vid)
        return vid

    def _pack_building(self) -> None:
        """The names added so far packed (``PackedNames.growing``), those to come packed
        as they come; unless a name as written is not its normalised name's original."""
        texts, norms = self.name_text, self.name_norm
        if not all(a == b.original for a, b in zip(texts, norms, strict=True)):
            return
        packing = PackedNames.growing()
        for norm in norms:
            packing.append(norm)
        self.name_norm = packing
        self.name_text = PackedTexts(packing)

    def _jobs(self, chunks: Iterable[tuple[list[Meta], Any]]
              ) -> Iterator[tuple[Any, ...]]:
        """``bulk_norm.Pool.map``'s items: ``chunks`` (for ``chunk_work``), and after each,
        once ``_add_parts`` has met ``WORDS_JOB`` new words, their fuzzy keys to work out
        (``vocabulary_part``; its ``kept`` None)."""
        for chunk in chunks:
            yield chunk
            if len(self._new_words) - self._words_sent >= WORDS_JOB:
                first = self._words_sent
                self._words_sent = len(self._new_words)
                yield None, (first, self._new_words[first:]), vocabulary_part

    def add(self, version: Version) -> None:
        """Add a version and its names (call ``finish()`` once all are added)."""
        vid = self._add_version(version)
        kind = kind_of(version.schema)
        self._add_names(vid, [normalize(text, kind) for text in self._names_of(version)])

    def _add_version(self, version: Version) -> int:
        """The version, its interval and its identifiers; its id."""
        vid = len(self.versions)
        self.versions.append(version)
        span = (version.valid_from, version.valid_to)
        # (one tuple per distinct interval: a snapshot's versions share theirs)
        self.intervals.setdefault(version.key, []).append(_SPANS.setdefault(span, span))
        self._merged.pop(version.key, None)
        keys, bits = _identifier_keys_of(version.properties)
        for ident in keys:
            self.identifiers.setdefault(ident, []).append(vid)
        self.id_props.append(bits)
        self.version_programs.append(
            self._program_list(tuple(version.properties.get("program") or ())))
        return vid

    def _program_list(self, programs: tuple[str, ...]) -> int:
        """The place of ``programs`` in ``program_lists`` (added when new)."""
        lists = self.program_lists
        places = self._program_places
        if len(places) != len(lists):  # (an index read back: its places worked out again)
            places.clear()
            places.update((got, n) for n, got in enumerate(lists))
        place = places.get(programs)
        if place is None:
            place = places[programs] = len(lists)
            lists.append(programs)
        return place

    def _building(self) -> tuple[list[str], list[NormName]]:
        """``name_text`` and ``name_norm`` while names are added (``finish`` may pack
        them; a packed index grown on is unpacked first)."""
        texts, norms = self.name_text, self.name_norm
        if not isinstance(texts, list):
            texts = self.name_text = list(texts)
        if not isinstance(norms, list):
            norms = self.name_norm = list(norms)
        return texts, norms

    def packed(self) -> tuple[PackedNames, bool] | None:
        """The names as the index cache keeps them when there are many
        (``PACKED_FROM``): packed, and whether each name's text is its original (then
        read from them: ``PackedTexts``); None: kept as they are."""
        norms = self.name_norm
        if isinstance(norms, PackedNames):
            return norms, isinstance(self.name_text, PackedTexts)
        if len(norms) < PACKED_FROM:
            return None
        return PackedNames.pack(norms), all(
            a == b.original for a, b in zip(self.name_text, norms, strict=True))

    def programs_of(self, vid: int) -> list[str]:
        """Version ``vid``'s programs: ``list(properties.get("program", []))``, read from
        ``version_programs`` (nothing decoded)."""
        return list(self.program_lists[self.version_programs[vid]])

    def _add_names(self, vid: int, norms: list[NormName]) -> None:
        """The names of version ``vid``, normalised (those of the same words once)."""
        seen: set[tuple[str, ...]] = set()
        postings = self.postings
        for norm in norms:
            # numbers are looked up like words (RA-85155, LONG XING 611, No. 11 Institute)
            tokens = norm.tokens + norm.numbers
            if not tokens or tokens in seen:
                continue
            seen.add(tokens)
            if norm.tokens and norm.tokens[0] is not sys.intern(norm.tokens[0]):
                # one string per distinct word, shared by every name and the postings (a
                # million entities' names repeat their words millions of times)
                norm.tokens = tuple(map(sys.intern, norm.tokens))
            forms = _FORMS.setdefault(norm.forms, norm.forms)
            if forms is not norm.forms:  # (one frozenset per distinct set of legal forms)
                norm.forms = forms
            texts, norms = self._building()
            nid = len(texts)
            texts.append(norm.original)
            norms.append(norm)
            self.name_version.append(vid)
            for tok in set(tokens):
                got = postings.get(tok)
                if got is None:
                    postings[tok] = array("i", (nid,))
                else:
                    got.append(nid)

    @staticmethod
    def _names_of(version: Version) -> Iterator[str]:
        return _name_texts(version.name, version.properties)

    def finish(self, pool: Pool | None = None) -> NameIndex:
        """Compute weights and the fuzzy keys of the vocabulary (those on a helper of
        ``pool`` when it has one, meanwhile the rest here: the keys of the words whose
        keys the chunks' jobs have not worked out, and all of them sorted together)."""
        if isinstance(self.name_norm, PackedNames):
            self.name_norm.sealed()
        self.words = list(self.postings)
        fuzzy: Callable[[], FuzzyKeys]
        if self._new_words and len(self._new_words) == len(self.words):
            # (every word came through ``_add_parts``: numbered as ``postings`` are)
            job = (self._vocab_parts, self._words_sent, self.words[self._words_sent:])
            fuzzy = (pool.submit(vocabulary_merge, job) if pool is not None
                     else lambda: vocabulary_merge(job))
        else:
            fuzzy = (pool.submit(vocabulary_keys, self.words) if pool is not None
                     else lambda: vocabulary_keys(self.words))
        self._vocab_parts, self._new_words, self._words_sent = [], [], 0
        total = max(1, len(self.name_text))
        self.idf = {t: math.log(1 + total / len(p)) for t, p in self.postings.items()}
        self.common = {t for t, p in self.postings.items() if len(p) > COMMON_DF}
        # each name's words' IDF summed in float64 (a word at a time, in the order of the
        # postings), then kept as float32: what retrieval reads
        lengths = np.fromiter(map(len, self.postings.values()), np.int64, len(self.postings))
        nids = np.frombuffer(b"".join(self.postings.values()), np.int32)
        idf = np.fromiter(self.idf.values(), np.float64, len(self.idf))
        self.name_weight = np.bincount(nids, weights=np.repeat(idf, lengths),
                                       minlength=len(self.name_text)).astype(np.float32)
        texts: list[str] = []
        owners: list[int] = []
        for nid in range(self._skeleton_upto, len(self.name_norm)):
            for key in skeleton_keys(self.name_norm[nid]):
                texts.append(key)
                owners.append(nid)
        parts = [*self._skeleton_parts, (hash_texts(texts), np.asarray(owners, np.int32))]
        self.skeleton = FuzzyKeys.from_hashes(np.concatenate([h for h, _ in parts]),
                                              np.concatenate([o for _, o in parts]))
        self._skeleton_parts, self._skeleton_upto = [], 0
        self.vocab = sorted(self.postings)
        for spans in self.intervals.values():
            spans.sort(key=lambda s: s[0])
        self._merged.clear()
        # (while a helper may still be making the fuzzy keys)
        self.common_keys = common_counts(self.postings, len(self.name_text))
        self.fuzzy = fuzzy()
        return self

    # -- lookup -----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.name_text)

    def expand(self, token: str, script: str = "latin") -> dict[str, float]:
        """Indexed words a query word can stand for, each with a factor in 0..1 (not
        cached: ``vector.VectorIndex.token_plan`` keeps what retrieval needs)."""
        if token in self.postings:
            return {token: EXACT}
        return self._expand(token, script_group(script))

    def neighbours(self, token: str, script: str) -> dict[str, float]:
        """Indexed words sharing a fuzzy key with ``token`` (one edit, the same phonetic
        or consonant skeleton), each with its factor (``token`` itself too when indexed)."""
        return self._words(self.neighbour_ids(token, script))

    def neighbour_ids(self, token: str, script: str) -> dict[int, float]:
        """``neighbours`` by word id (a word's position in ``words``)."""
        keys = query_keys(token, short=script in ("arabic", "hebrew"))
        return self._near(self.fuzzy.lookup(keys))

    def neighbours_many(self, asks: list[tuple[str, str]]) -> list[dict[int, float]]:
        """``neighbour_ids(token, script)`` of each ``(token, script)``, the keys of all
        looked up together (``fuzzy.FuzzyKeys.lookup_tokens``)."""
        found = self.fuzzy.lookup_tokens([t for t, _ in asks],
                                         [s in ("arabic", "hebrew") for _, s in asks])
        return [self._near(keys) for keys in found]

    def _words(self, reached: dict[int, float]) -> dict[str, float]:
        """Word ids -> factors as words -> factors, in the same order."""
        words: list = self.words
        return {words[wid]: factor for wid, factor in reached.items()}

    @staticmethod
    def _near(found: list[tuple[str, list[int]]]) -> dict[int, float]:
        # (by word id: a word's string is not read, so a batch's forked worker does not
        # touch, and copy, the pages of the words it only reaches)
        out: dict = {}
        for tag, wids in found:
            factor = _KEY_FACTOR[tag]
            for wid in wids:
                if out.get(wid, 0.0) < factor:
                    out[wid] = factor
        return out

    def _expand(self, token: str, script: str, variants: bool = True) -> dict[str, float]:
        """``expand`` of a word not indexed."""
        return self._words(self.expand_ids(token, script, variants))

    def expand_ids(self, token: str, script: str, variants: bool = True,
                   near: dict[int, float] | None = None) -> dict[int, float]:
        """``_expand`` by word id, in the same order (``near``: its ``neighbour_ids``
        when known)."""
        # (builtin-type annotations of locals: see bounds.upper_bounds)
        out: dict = self.neighbour_ids(token, script) if near is None else near
        postings: dict = self.postings
        word_id: dict = self.word_ids()
        tok: str
        if 2 <= len(token) <= 6:
            vocab: list = self.vocab
            lo = bisect.bisect_left(vocab, token)
            for tok in vocab[lo : lo + 20]:
                if not tok.startswith(token):
                    break
                out.setdefault(word_id[tok], PREFIX)
        for i in range(2, len(token) - 1):
            left, right = token[:i], token[i:]
            if left in postings and right in postings:
                lid, rid = word_id[left], word_id[right]
                out[lid] = max(out.get(lid, 0.0), SPLIT)
                out[rid] = max(out.get(rid, 0.0), SPLIT)
                continue
            # (indexed names fold their plurals: TETIS GLOBAL FZE is indexed ``teti
            # global``, so ``tetisglobal`` is ``tetis`` read ``teti`` + ``global``; and a
            # legal form's word glued to a name word is no indexed word: STRELALIMITED,
            # FOCUSCOMPANY, LLCONELEK reach the name word alone)
            # (a half the lists' names write read out, ELECTRONICS indexed ``electric``:
            # ELECTRONICSKATRANGI TRADING reaches ``katrangi``)
            lw = left if left in postings else _read_half(left)
            rw = right if right in postings else _read_half(right)
            if right[-1] in "ivx" and rw not in postings and len(left) >= 3:
                # (a Roman number run into the word before it, SARAII: the number a
                # name written apart holds, SARA II: ``sara`` and ``2``)
                rw = roman_tail(right) or rw
            found_l, found_r = lw in postings, rw in postings
            if found_l and (found_r or (len(left) >= 3 and len(right) >= 3
                                        and right in FORM_WORD_CODES)):
                lid = word_id[lw]
                out[lid] = max(out.get(lid, 0.0), SPLIT)
            if found_r and (found_l or (len(right) >= 3 and len(left) >= 3
                                        and left in FORM_WORD_CODES)):
                rid = word_id[rw]
                out[rid] = max(out.get(rid, 0.0), SPLIT)
        if variants and script == "arabic":
            for word in _arabic_variants(token):
                for wid, factor in self._expand_word(word):
                    if out.get(wid, 0.0) < factor:
                        out[wid] = factor
        if variants and script == "latin":
            english = french(token)
            if english != token:
                # (a Russian name romanised the French way, read back: Narychkine finds
                # NARYSHKIN, as ``words._near`` lets them align)
                reached = self.neighbour_ids(english, script)
                if english in postings:
                    reached[word_id[english]] = EXACT
                for wid, factor in reached.items():
                    factor = min(factor, PHONETIC)
                    if out.get(wid, 0.0) < factor:
                        out[wid] = factor
        most = FANOUT_CONSONANT if script in ("arabic", "hebrew") else FANOUT
        if variants and len(out) > most:
            return _best_reached(token, out, most, self.words)
        return out

    def _expand_word(self, word: str) -> Any:
        """(indexed word id, factor) pairs a variant of an Arabic-script word reaches."""
        found = self.expand_ids(word, "arabic", variants=False).items()
        return [(self.word_ids()[word], EXACT), *found] if word in self.postings else found

    def word_ids(self) -> dict[str, int]:
        """Each indexed word's id (its position in ``words``; made on first use)."""
        found = self._word_ids
        if found is None or len(found) != len(self.words):
            found = self._word_ids = {w: i for i, w in enumerate(self.words)}
        return found

    def word_idf(self) -> array[float]:
        """``idf`` by word id (made on first use)."""
        found = self._word_idf
        if found is None or len(found) != len(self.words):
            found = self._word_idf = array("d", self.idf.values())
        return found

    def skeleton_hits(self, norm: NormName) -> list[int]:
        """Names whose whole consonant skeleton equals that of an Arabic-script query
        name (``names.skeletons``): a transliteration splits and vowels words its own way,
        so its words alone may not find it."""
        if norm.script != "arabic":
            return self._sino_hits(norm)
        hits: list[int] = []
        # (in a set's order the names tied at SKELETON would come in an order that changes
        # from one process to the next: the cut after the best few would too)
        keys = [("", hash_key(key)) for key in sorted(skeletons(norm.tokens or norm.numbers,
                                                                True))
                if len(key) >= SKELETON_MIN]
        for _, nids in self.skeleton.lookup(keys):
            hits.extend(nids)
        return hits

    def query_weight_ids(self, token: str, exp: dict[int, float]) -> float:
        """``query_weight`` of ``exp`` by word id."""
        if not exp:
            weight = math.log(1 + max(1, len(self.name_text)))
        else:
            weight = self.idf.get(token) or _likeliest_idf(exp, self.word_idf())
        return weight * FORM_WORD_WEIGHT if token in FORM_WORD_CODES else weight

    def _sino_hits(self, norm: NormName) -> list[int]:
        """Names that are a Latin person query's Chinese name in the other romanisation
        (``sino.same_chinese_name``: one side shows Wade-Giles), the family name first or
        last on either side: ``Kuo Yun-nien`` finds ``GUO, Yunnian``, whose words differ
        from the query's by more than retrieval's word keys reach."""
        tokens = norm.tokens
        if norm.kind != PERSON or norm.script != "latin" or not tokens:
            return []
        key = sino_key(tokens)
        if key is None:
            return []
        readings = {key}
        if len(tokens) >= 2:  # (the family name moved from one end to the other)
            for turned in ((*tokens[1:], tokens[0]), (tokens[-1], *tokens[:-1])):
                readings.add(sino_key(turned) or key)
        tags = ((SINO_WG, SINO_PLAIN) if wade_giles_signal(norm.original, tokens)
                else (SINO_WG,))
        keys = [("", hash_key(tag + one)) for one in sorted(readings) for tag in tags]
        hits: list[int] = []
        for _, nids in self.skeleton.lookup(keys):
            hits.extend(nids)
        return hits

    def query_weight(self, token: str, exp: dict[str, float]) -> float:
        """A query word's weight in the cheap score: its IDF (or that of the indexed word
        it most likely stands for; the largest IDF when it reaches none). A word of a legal
        form counts a quarter: indexed names mostly carry their forms apart, so such a word
        would look rare, yet says little about which company is meant."""
        if not exp:
            weight = math.log(1 + max(1, len(self.name_text)))
        else:
            weight = self.idf.get(token) or _likeliest_idf(exp, self.idf)
        return weight * FORM_WORD_WEIGHT if token in FORM_WORD_CODES else weight

    def by_identifier(
        self, value: str, *, as_of: str | None = None, sources: set[str] | None = None
    ) -> list[tuple[int, str, str]]:
        """Versions valid on ``as_of`` carrying the identifier: (version, property, value)."""
        out: list[tuple[int, str, str]] = []
        seen: set[int] = set()
        for key in identifier_keys(value):
            for vid in self.identifiers.get(key, ()):
                ver = self.versions[vid]
                if vid in seen or not ver.valid_on(as_of) or (sources and ver.source not in sources):
                    continue
                seen.add(vid)
                found = _identifier_of(ver.properties, key)
                if found is not None:
                    out.append((vid, *found))
        return out

    def listed_interval(self, key: str, as_of: str | None = None) -> tuple[str | None, str | None]:
        """The entry's listed interval containing ``as_of`` (or its latest): contiguous
        versions merged, ``(listed_from, listed_to)`` with ``listed_to`` None while listed."""
        merged = self._merged.get(key)
        if merged is None:
            spans = self.intervals.get(key, ())
            if len(spans) == 1:  # (most entries: that one, whether or not it holds as_of)
                return spans[0][0], spans[0][1]
            merged = []
            for start, end in spans:
                if merged and merged[-1][1] == start:
                    merged[-1][1] = end
                else:
                    merged.append([start, end])
            self._merged[key] = merged
        if not merged:
            return None, None
        if as_of is not None:
            for lo, hi in merged:
                if lo is not None and lo <= as_of and (hi is None or hi > as_of):
                    return lo, hi
        return merged[-1][0], merged[-1][1]


#: one object per distinct set of legal forms (``NameIndex.add``): a few hundred distinct
#: sets among millions of names, so each name shares one instead of holding its own
_FORMS: dict[frozenset[str], frozenset[str]] = {}
#: one tuple per distinct validity interval (``NameIndex.add``)
_SPANS: dict[tuple[str, str | None], tuple[str, str | None]] = {}
_KEY_FACTOR = {"d": DELETE1, "p": PHONETIC, "c": CONSONANT}


def _likeliest_idf(exp: dict[Any, float], idf: Any) -> float:
    """The IDF of the indexed word a query word most likely stands for: of the words it
    reaches the best way, the most common (``max`` by (factor, -IDF), without a tuple a
    word: this runs for every word a query reaches)."""
    top = max(exp.values())
    return min(idf[t] for t, f in exp.items() if f == top)


def _best_reached(token: str, reached: dict[int, float], most: int, vocabulary: list[str]
                  ) -> dict[int, float]:
    """The ``most`` indexed words of ``reached`` (word id -> factor; ``vocabulary``: the
    words by id) that ``token`` most likely stands for: the highest factor (the way it is
    reached), then the closest in letters (Indel similarity), then the first reached;
    kept in the order reached (the cheap scores sum a query's words in that order)."""
    ids = list(reached)
    words = [vocabulary[i] for i in ids]
    factors = np.fromiter(reached.values(), np.float64, len(words))
    close = process.cdist([token], words, scorer=Indel.normalized_similarity,
                          dtype=np.float64)[0]
    best = np.lexsort((np.arange(len(words)), -close, -factors))[:most]
    return {ids[i]: reached[ids[i]] for i in sorted(best.tolist())}


def _name_texts(name: str, props: dict[str, list[str]]) -> Iterator[str]:
    """A version's names: its main name, then those of ``NAME_PROPERTIES`` (blank ones
    left out)."""
    if name.strip():
        yield name
    for prop in NAME_PROPERTIES:
        values = props.get(prop)
        if values:
            for value in values:
                if value.strip():
                    yield value


#: each identifier property's bit in ``NameIndex.id_props``
_ID_BIT = {prop: 1 << n for n, prop in enumerate(ID_PROPERTIES)}


def id_bits(props: Iterable[str]) -> int:
    """The bits of ``NameIndex.id_props`` that stand for the identifier properties
    ``props`` (each one of ``ID_PROPERTIES``)."""
    bits = 0
    for prop in props:
        bits |= _ID_BIT[prop]
    return bits


def _identifier_keys_of(props: dict[str, list[str]]) -> tuple[list[str], int]:
    """The index keys of a version's identifiers, each once, in the order met, and the
    bits (``id_bits``) of its identifier properties that hold a value."""
    keys: dict[str, None] = {}
    bits = 0
    for prop in ID_PROPERTIES:
        values = props.get(prop)
        if values:
            bits |= _ID_BIT[prop]
            for value in values:
                for ident in identifier_keys(value, prop):
                    keys[ident] = None
    return list(keys), bits


def _identifier_of(props: dict[str, list[str]], key: str) -> tuple[str, str] | None:
    """The first (property, value) of a version's identifiers that has index key ``key``."""
    for prop in ID_PROPERTIES:
        for value in props.get(prop) or ():
            if key in identifier_keys(value, prop):
                return prop, value
    return None


#: What the store gives of a version: key, source, schema, stored bytes, valid from, to.
Meta = tuple[str, str, str, bytes, str, "str | None"]
#: ``chunk_work`` of a chunk: each version's name, its identifiers' keys and the bits of
#: its identifier properties (``id_bits``); its programs; the distinct
#: readings' ``NormName`` fields; the names kept (text, reading) in order and how many
#: each version keeps; the hashes of their whole-name skeletons and the names (numbered
#: in the chunk) they belong to; the kept names packed (``PackedNames``: their stretches
#: one after the other, where each ends, those kept whole by their place).
ChunkParts = tuple[list[str], list[list[str]], list[int], list[tuple[str, ...]],
                   list[tuple[Any, ...]], list[str], list[int], list[int], np.ndarray,
                   np.ndarray, tuple[bytes, np.ndarray, list[int]]]


def _chunks(rows: Any) -> Iterator[tuple[list[Meta], list[tuple[str, bytes]]]]:
    """The store's versions (``rows``: the query's result) ``CHUNK`` at a time: what the
    index keeps of each, and what ``chunk_work`` needs (schema, stored bytes)."""
    intern = sys.intern
    # (rows fetched a chunk at a time and unpacked as tuples: a row's attributes looked
    # up by name, one row at a time, cost as much as the store's reading them)
    for part in rows.partitions(CHUNK):
        meta: list[Meta] = [
            (intern(key), intern(source), intern(schema),
             data if type(data) is bytes else bytes(data), intern(valid_from), valid_to)
            for key, source, schema, data, valid_from, valid_to in part]
        yield meta, [(m[2], m[3]) for m in meta]



def chunk_work(versions: list[tuple[str, bytes]]) -> ChunkParts:
    """What ``add`` works out of each of a chunk of versions ((schema, stored bytes)
    each): its name and properties decoded, its identifiers' keys, its names normalised
    (a distinct reading once: ``bulk_norm.reading``) and kept as ``_add_names`` keeps them
    (those of the same words once), their whole-name skeletons hashed. Done by whichever
    process is free (``bulk_norm.Pool``): plain data in, plain data out."""
    from listwatch.store.codec import decode

    plain = _normalize.__wrapped__  # (not through its cache: a reading comes once here)
    loads = orjson.loads
    found: dict[tuple[str, str], int] = {}
    fields: list[tuple[Any, ...]] = []
    skeletons_of: list[tuple[str, ...] | None] = []
    names: list[str] = []
    idents: list[list[str]] = []
    id_props: list[int] = []
    programs: list[tuple[str, ...]] = []
    texts: list[str] = []
    refs: list[int] = []
    counts: list[int] = []
    sk_keys: list[str] = []
    sk_owners: list[int] = []
    tails: list[str | None | bool] = []  # (each reading's ``_packed_tail``; False: not yet)
    packed: list[bytes] = []
    odd: list[int] = []
    for schema, data in versions:
        doc = loads(decode(data))
        props = doc.get("properties") or {}
        name = doc.get("name") or ""
        names.append(name)
        keys, bits = _identifier_keys_of(props)
        idents.append(keys)
        id_props.append(bits)
        programs.append(tuple(props.get("program") or ()))
        kind = kind_of(schema)
        seen: set[tuple[str, ...]] = set()
        kept = 0
        for text in dict.fromkeys(_name_texts(name, props)):
            key = (reading(text), kind)
            ref = found.get(key)
            if ref is None:
                ref = found[key] = len(fields)
                fields.append(plain(*key))
                skeletons_of.append(None)
                tails.append(False)
            got = fields[ref]
            tokens = got[2] + got[4]  # (words, then numbers: ``_add_names``)
            if not tokens or tokens in seen:
                continue
            seen.add(tokens)
            sk = skeletons_of[ref]
            if sk is None:
                sk = skeletons_of[ref] = skeleton_keys(NormName(text, *got))
            for one in sk:
                sk_keys.append(one)
                sk_owners.append(len(texts))
            tail = tails[ref]
            if tail is False:
                tail = tails[ref] = _packed_tail(got[1], got[6], got[2], got[4])
            raw = None if tail is None else _packed_with(text, tail)  # type: ignore[arg-type]
            if raw is None:
                odd.append(len(texts))
                raw = b""
            packed.append(raw)
            texts.append(text)
            refs.append(ref)
            kept += 1
        counts.append(kept)
    ends = np.cumsum(np.fromiter(map(len, packed), np.int64, len(packed)))
    return (names, idents, id_props, programs, fields, texts, refs, counts,
            hash_texts(sk_keys), np.asarray(sk_owners, np.int32),
            (b"".join(packed), ends, odd))


def vocabulary_keys(words: list[str]) -> FuzzyKeys:
    """``FuzzyKeys.build`` of the indexed words (a module-level function: a helper
    process can be sent it)."""
    return FuzzyKeys.build(words)


def vocabulary_part(job: tuple[int, list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """The fuzzy keys of some indexed words (``fuzzy.word_keys``): ``(first id, words)``
    in, (hashes, word ids) out."""
    first, words = job
    return word_keys(words, first)


def vocabulary_merge(job: tuple[list[tuple[np.ndarray, np.ndarray]], int, list[str]]
                     ) -> FuzzyKeys:
    """``vocabulary_keys`` of the whole vocabulary from the keys of its first words,
    worked out in parts (``vocabulary_part``), and its words from id ``first`` on."""
    parts, first, rest = job
    parts = [*parts, word_keys(rest, first)]
    return FuzzyKeys.from_hashes(np.concatenate([h for h, _ in parts]),
                                 np.concatenate([o for _, o in parts]))


def skeleton_keys(norm: NormName) -> tuple[str, ...]:
    """The whole-name consonant skeletons a name is found by (``NameIndex.skeleton``):
    none for an Arabic-script name (found through its own words); a Latin person name
    read as Chinese syllables also has its Wade-Giles key (``NameIndex._sino_hits``)."""
    if norm.script == "arabic":
        return ()
    keys = tuple(key for key in skeletons(norm.tokens or norm.numbers, False)
                 if len(key) >= SKELETON_MIN)
    if norm.kind == PERSON and norm.script == "latin" and norm.tokens:
        key = sino_key(norm.tokens)
        if key is not None:
            tag = SINO_WG if wade_giles_signal(norm.original, norm.tokens) else SINO_PLAIN
            keys = (*keys, tag + key)
    return keys


def roman_tail(word: str) -> str | None:
    """The number a Roman numeral of two letters or more stands for, as normalising
    writes it among an organisation's or a vessel's numbers (``ii``: ``2``), else None:
    the end of a word the numeral was run into (``SARAII``: ``SARA II``)."""
    if len(word) < 2 or not _ROMAN.match(word):
        return None
    return str(_roman_value(word))


def _read_half(word: str) -> str:
    """One half of a word run together as normalising reads a word: an abbreviation or
    a business word read out (``electronics`` -> ``electric``), else a plural folded."""
    read = ABBREVIATIONS.get(word)
    return read if read is not None and " " not in read else _stem(word)


def script_group(script: str) -> str:
    """How a query word's script changes its expansion: ``arabic`` (short consonant keys
    and ``_arabic_variants``), ``hebrew`` (short keys) or ``latin`` (every other script,
    romanised)."""
    return script if script in ("arabic", "hebrew") else "latin"


def _arabic_variants(token: str) -> list[str]:
    """Other readings of a word romanised from Arabic script that Latin spellings follow:
    the article apart (التكريتي: altkryty ~ AL-TIKRITI, as ``names._split_article`` reads
    it) and a final taa marbuta as ``a`` (خولة: khwlh ~ KHAWLA, حمزة: hmzh ~ HAMZA)."""
    out: list[str] = []
    word = token[2:] if len(token) >= 5 and token.startswith("al") else token
    if word is not token:
        out.append(word)
    if len(word) >= 4 and word.endswith("h"):
        out.append(word[:-1] + "a")
    return out


def _query_norms(name: str, schema: str | None) -> list[NormName]:
    """A query name normalised as its schema says, or both ways when it is not known."""
    if schema and schema != "LegalEntity":
        return [normalize(name, kind_of(schema))]
    org = normalize(name, ORG)
    if names_organisation(org):  # (an LLC is not a person)
        return [org]
    person = normalize(name, PERSON)
    return [org] if org.tokens == person.tokens else [org, person]
