"""The screening index kept on disk beside the snapshots it was built from.

Building the candidate index (``NameIndex.from_store``: every version decoded, every name
normalised), its sparse view (``VectorIndex``) and the cross-list links found in it
(``links.find_links``) is most of what a command that screens spends before its first
query. ``load_index`` reads them from a file instead when one was written for exactly
this state of the store and this code, and builds (then writes) them otherwise.

The file's name carries a key, a digest of:

* every snapshot of the store (id, source, date, position, content hash, record count)
  and the versions table's row count and largest id (an ingest, a snapshot slotted in
  late, a rewind: each changes them);
* the sources the index was asked for;
* the code that builds the index: the sources of ``listwatch.match`` and
  ``listwatch.screening`` and the helpers they read, the package version, the
  interpreter's cache tag and numpy's version.

Any change gives another key: a stale file is never read, it is replaced (written under a
temporary name, then renamed over: atomic on POSIX), and the files of other keys of the
same database are removed (and, of all databases, all but the ``MAX_FILES`` most recently
used). The key is worked out again after a build: when the store changed meanwhile,
nothing is written. A file is read with an unpickler that accepts no global at all
(builtins and bytes only: a file planted in the folder cannot run code), and its embedded
key must equal the one asked for; a file that cannot be read is rebuilt, with a warning.
The reviewers' link corrections are not in the file: they are read from the store at
each load. Beside the file, the parties its links make (``party_cache``), for what needs
an entry's party but not the index (a reviewer's decision).
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import tempfile
import time
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from listwatch.match.normalize import NormName
from listwatch.screening.cache_key import FORMAT, cache_file, store_key
from listwatch.screening.cache_key import code_digest as code_digest  # (re-exported)
from listwatch.screening.exact import ExactNames, listed_spellings
from listwatch.screening.fuzzy import FuzzyKeys
from listwatch.screening.index import (
    NORM_FIELDS,
    NameIndex,
    PackedNames,
    PackedTexts,
    Version,
)
from listwatch.screening.links import anchors, find_links, main_names
from listwatch.screening.memory import gc_paused, settle_loaded
from listwatch.screening.party_cache import parties_file, write_parties
from listwatch.screening.vector import VectorIndex
from listwatch.settings import get_settings

log = logging.getLogger("listwatch.screening.index_cache")

#: Files the folder keeps at most, the most recently written (of all databases).
MAX_FILES = 8


@dataclass
class Built:
    """What ``Screener.load`` needs from the store, and where it came from."""

    index: NameIndex
    vector: VectorIndex
    #: ``find_links(index)``, before the reviewers' corrections
    links: dict[tuple[str, str], list[str]]
    #: ``cache`` (read from the file), ``built`` (and written), ``built, not cached``
    origin: str
    seconds: float
    path: Path | None = None
    #: every name as the lists write it (``Screener.exact_names``)
    exact: ExactNames | None = None


# -- load or build ----------------------------------------------------------------------


def load_index(store: Any, sources: list[str] | None = None, *,
               folder: Path | None | bool = True) -> Built:
    """The index of ``store`` (only ``sources`` when given), from the cache ``folder``
    (default: the setting ``index_cache``; ``None`` or ``False``: no cache) when it holds
    one for this key, else built (and written there). Its objects are then out of the
    young generations of the garbage collector (``memory.settle_loaded``)."""
    built = _load_index(store, sources, folder)
    settle_loaded()
    return built


def _load_index(store: Any, sources: list[str] | None, folder: Path | None | bool) -> Built:
    if folder is True:
        folder = get_settings().index_cache
    if not folder:
        return _build(store, sources, "built, not cached")
    folder = Path(folder)
    key = store_key(store, sources)
    path = cache_file(folder, store, key)
    if path.is_file():
        started = time.perf_counter()
        try:
            index, vector, links, exact = read(path, key)
        except (OSError, CacheUnreadable) as exc:
            log.warning("screening index cache %s not used (%s): building the index", path, exc)
        else:
            try:
                os.utime(path)  # (most recently used: kept when the folder is pruned)
            except OSError:
                pass
            return Built(index, vector, links, "cache", time.perf_counter() - started, path,
                         exact)
    built = _build(store, sources, "built")
    if store_key(store, sources) != key:  # (an ingest landed meanwhile: which state is it?)
        built.origin = "built, not cached (the store changed while it was built)"
        return built
    try:
        write(folder, path, key, built)
    except OSError as exc:
        log.warning("screening index not cached in %s (%s); set LISTWATCH_INDEX_CACHE to a "
                    "writable folder, or to off", folder, exc)
        built.origin = "built, not cached"
        return built
    built.path = path
    return built


def _build(store: Any, sources: list[str] | None, origin: str) -> Built:
    started = time.perf_counter()
    index = NameIndex.from_store(store, sources=sources)
    links = find_links(index)
    vector = VectorIndex.build(index)
    exact = ExactNames.build(*listed_spellings(index))
    return Built(index, vector, links, origin, time.perf_counter() - started, exact=exact)


# -- the file ---------------------------------------------------------------------------


class CacheUnreadable(Exception):
    """A cache file that cannot be used (truncated, of another layout or key, or holding
    something other than plain data). Never raised to a caller of ``load_index``."""


class _PlainData(pickle.Unpickler):
    """Builtins only: a reference to any class or function is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise CacheUnreadable(f"it refers to {module}.{name}, which a cache file never does")


def write(folder: Path, path: Path, key: str, built: Built) -> None:
    """Write ``built`` to ``path`` atomically, then remove the database's other files."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    exact = built.exact or ExactNames.build(*listed_spellings(built.index))
    data = pickle.dumps({"format": FORMAT, "key": key, "index": _index_state(built.index),
                         "vector": _vector_state(built.vector), "exact": exact.state(),
                         "links": [[a, b, r] for (a, b), r in built.links.items()]},
                        protocol=5)
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    # (the parties beside it, for what needs them without the index: ``party_cache``)
    write_parties(path, key, built.links, main_names(built.index), anchors(built.index))
    prefix = path.name.rsplit("-", 1)[0] + "-"
    for other in folder.glob(f"{prefix}*.pickle"):
        if other != path:
            other.unlink(missing_ok=True)
            parties_file(other).unlink(missing_ok=True)
    # (databases come and go, scratch ones above all: the folder keeps the last few)
    others = sorted(folder.glob("index-*.pickle"), key=_mtime, reverse=True)
    for other in others[MAX_FILES:]:
        if other != path:
            other.unlink(missing_ok=True)
            parties_file(other).unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def read(path: Path, key: str) -> tuple[NameIndex, VectorIndex, dict[tuple[str, str], list[str]],
                                        ExactNames]:
    """The index, its view, its links and its names as written from ``path``, written
    for ``key``."""
    with gc_paused():  # (millions of objects made at once: nothing for the collector)
        try:
            state = _PlainData(io.BytesIO(path.read_bytes())).load()
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError,
                AttributeError, IndexError, KeyError, MemoryError) as exc:
            raise CacheUnreadable(f"unreadable: {type(exc).__name__}: {exc}") from None
        if not isinstance(state, dict) or state.get("format") != FORMAT \
                or state.get("key") != key:
            raise CacheUnreadable("written for another key or layout")
        try:
            index = _index_from(state["index"])
            vector = _vector_from(index, state["vector"])
            links = {(a, b): list(r) for a, b, r in state["links"]}
            exact = ExactNames.from_state(state["exact"])
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise CacheUnreadable(f"incomplete: {type(exc).__name__}: {exc}") from None
        del state
        # (before the collector is on again: its first young-generation pass would walk
        # every object read)
        settle_loaded()
    return index, vector, links, exact


def _index_state(ix: NameIndex) -> dict[str, Any]:
    # (versions and normalised names kept a column per field: read back through ``map``,
    # without a tuple per object made, unpacked and freed)
    packed = ix.packed()  # (many names: kept packed, read back packed)
    return {
        "versions": [[getattr(v, f) for v in ix.versions] for f in _VERSION_FIELDS],
        # (read from the packed names: ``index.PackedTexts``)
        "name_text": {"packed": True} if packed is not None and packed[1] else ix.name_text,
        "name_version": ix.name_version,
        "name_weight": np.asarray(ix.name_weight, np.float32).tobytes(),
        # (packed: its blocks of bytes as they are, ``index.PackedNames``)
        "name_norm": ({"packed": packed[0].state()} if packed is not None
                      else [[getattr(n, f) for n in ix.name_norm] for f in NORM_FIELDS]),
        # (the words, each one's count of names, every name id: one block of bytes)
        "postings": [list(ix.postings),
                     np.fromiter(map(len, ix.postings.values()), np.int64,
                                 len(ix.postings)).tobytes(),
                     b"".join(ix.postings.values())],
        "idf": ix.idf,
        "common": list(ix.common),
        "common_keys": ix.common_keys,
        "vocab": ix.vocab,
        "fuzzy": ix.fuzzy.state(),
        "skeleton": ix.skeleton.state(),
        "identifiers": ix.identifiers,
        "id_props": ix.id_props.tobytes(),
        "programs": [ix.program_lists, ix.version_programs.tobytes()],
        "intervals": ix.intervals,
    }


_VERSION_FIELDS = ("key", "source", "schema", "name", "stored_properties", "valid_from",
                   "valid_to")


def _index_from(state: dict[str, Any]) -> NameIndex:
    postings = _postings_from(*state["postings"])
    norms = _norms_from(state["name_norm"])
    texts = state["name_text"]
    if isinstance(texts, dict):
        if not isinstance(norms, PackedNames):
            raise ValueError("names as written read from names not packed")
        texts = PackedTexts(norms)
    return NameIndex(
        versions=list(map(Version, *state["versions"])),
        name_text=texts,
        name_version=state["name_version"],
        name_weight=np.frombuffer(state["name_weight"], np.float32).copy(),
        name_norm=norms,
        postings=postings,
        idf=state["idf"],
        common=set(state["common"]),
        common_keys=state["common_keys"],
        fuzzy=FuzzyKeys.from_state(state["fuzzy"]),
        words=list(postings),
        skeleton=FuzzyKeys.from_state(state["skeleton"]),
        vocab=state["vocab"],
        identifiers=state["identifiers"],
        id_props=_array("H", state["id_props"]),
        program_lists=list(state["programs"][0]),
        version_programs=_array("I", state["programs"][1]),
        intervals=state["intervals"],
    )


def _norms_from(state: Any) -> list[NormName] | PackedNames:
    if isinstance(state, dict):
        return PackedNames.from_state(state["packed"])
    return list(map(NormName, *state))


def _array(code: str, data: bytes) -> array[int]:
    out = array(code)
    out.frombytes(data)
    return out


def _postings_from(words: list[str], lengths: bytes, ids: bytes) -> dict[str, array[int]]:
    ends = np.cumsum(np.frombuffer(lengths, np.int64)) * 4
    if len(words) != len(ends) or (len(ends) and int(ends[-1]) != len(ids)):
        raise ValueError("the postings do not add up")
    out: dict[str, array[int]] = {}
    start = 0
    for word, end in zip(words, ends.tolist(), strict=True):
        got = out[word] = array("i")
        got.frombytes(ids[start:end])
        start = end
    return out


def _vector_state(vector: VectorIndex) -> dict[str, Any]:
    member = vector.common_member  # (already one bit a name)
    return {"indptr": vector.matrix.indptr.astype(np.int64).tobytes(),
            "indices": vector.matrix.indices.astype(np.int32).tobytes(),
            "member": member.tobytes(), "shape": list(member.shape)}


def _vector_from(index: NameIndex, state: dict[str, Any]) -> VectorIndex:
    shape = tuple(state["shape"])
    member = np.frombuffer(state["member"], np.uint8).reshape(shape).copy()
    return VectorIndex.from_parts(index, np.frombuffer(state["indptr"], np.int64).copy(),
                                  np.frombuffer(state["indices"], np.int32).copy(), member)
