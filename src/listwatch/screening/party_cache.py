"""The parties of the screening index cache, small and quick to read.

A reviewer's decision needs the entry's *party* (its listings on other lists), not the
index: ``decisions add`` must not build or load the index to learn it. When
``index_cache`` writes an index it also writes, beside it, ``…-<key>.parties.json``: the
links found in that index (``links.find_links``) with the main names and one-per-party
identifiers of the entries they join (what ``clusters.EntityLinks`` needs). ``party``
reads it when it was written for the store's present state and code (the same key as the
index) and applies the reviewers' corrections from the store; with no such file it
answers None and the caller records the entry alone (the party's other listings are
then taken from the links at each screening, as for a listing that joins later).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select

from listwatch.screening.cache_key import FORMAT, cache_file, store_key
from listwatch.screening.clusters import EntityLinks
from listwatch.settings import get_settings
from listwatch.store.schema import entity_links

log = logging.getLogger("listwatch.screening.party_cache")

Pair = tuple[str, str]


def parties_file(index_path: Path) -> Path:
    """The parties file beside an index cache file."""
    return index_path.with_name(index_path.name.removesuffix(".pickle") + ".parties.json")


def write_parties(index_path: Path, key: str, links: Mapping[Pair, list[str]],
                  names: Mapping[str, str], anchors: Mapping[str, frozenset[str]]) -> None:
    """Write the parties file of ``index_path`` (atomically): the links, and the names and
    anchors of the entries they join."""
    keys = {k for p in links for k in p}
    data = {"format": FORMAT, "key": key,
            "links": [[a, b, r] for (a, b), r in sorted(links.items())],
            "names": {k: names[k] for k in sorted(keys) if k in names},
            "anchors": {k: sorted(anchors[k]) for k in sorted(keys) if k in anchors}}
    path = parties_file(index_path)
    fd, tmp = tempfile.mkstemp(prefix=".parties-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def reviewed_links(store: Any) -> dict[Pair, tuple[str, str]]:
    """``{pair: (status, reason)}`` of the links a reviewer confirmed or split."""
    with store.connect() as conn:
        rows = conn.execute(select(entity_links.c.key_a, entity_links.c.key_b,
                                   entity_links.c.status, entity_links.c.review_reason)
                            .where(entity_links.c.status != "auto")).all()
    return {(r.key_a, r.key_b): (r.status, r.review_reason or "") for r in rows}


def _read(store: Any, folder: Path | None | bool) -> tuple[
        dict[Pair, list[str]], dict[str, str], dict[str, frozenset[str]]] | None:
    """(links found, names, anchors) of the parties file for the store's present state."""
    if folder is True:
        folder = get_settings().index_cache
    if not folder:
        return None
    key = store_key(store, None)
    path = parties_file(cache_file(Path(folder), store, key))
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("key") != key:
            return None
        found = {(a, b): list(r) for a, b, r in data["links"]}
        names = dict(data["names"])
        anchors = {k: frozenset(v) for k, v in data["anchors"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("parties file %s not used (%s)", path, exc)
        return None
    return found, names, anchors


def cached_found(store: Any, folder: Path | None | bool = True) -> dict[Pair, list[str]] | None:
    """The links found in the index cached for the store's present state (before the
    reviewers' corrections), or None when it is not cached."""
    read = _read(store, folder)
    return None if read is None else read[0]


def cached_links(store: Any, folder: Path | None | bool = True) -> EntityLinks | None:
    """The parties of the index cached for the store's present state (reviewers'
    corrections applied), or None when no such file is there (or it cannot be read)."""
    read = _read(store, folder)
    if read is None:
        return None
    found, names, anchors = read
    return EntityLinks.build(found, reviewed_links(store), names, anchors)


def party(store: Any, key: str, folder: Path | None | bool = True) -> tuple[str, ...] | None:
    """Every listing of ``key``'s party as the screening index of the store's present
    state joins them, or None when that index is not cached (see the module's
    docstring)."""
    links = cached_links(store, folder)
    return None if links is None else links.referents(key)


__all__ = ["cached_found", "cached_links", "parties_file", "party", "reviewed_links", "write_parties"]
