"""The key of the screening index cache (``index_cache``) and the name of its file: a
digest of the store's snapshots, the sources asked for and the code that builds an index
(see ``index_cache``'s docstring). Kept apart, light to import: ``party_cache`` reads the
parties of the cache without the index's modules."""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from listwatch.__about__ import __version__
from listwatch.store.schema import snapshots, versions

#: Layout of the file's content; a file of another layout has another key.
FORMAT = 10
#: The package folder, and what of it builds an index (besides ``match`` and
#: ``screening``, whose every module counts).
PACKAGE = Path(__file__).resolve().parent.parent
_HELPERS = ("__about__.py", "text.py", "countries.py", "partial_dates.py", "store/codec.py")


def code_digest(package: Path = PACKAGE) -> str:
    """SHA-256 over the sources that build an index, the version, the interpreter."""
    return _code_digest(str(package))


@functools.cache
def _code_digest(package: str) -> str:
    root = Path(package)
    files = sorted([*root.glob("match/*.py"), *root.glob("screening/*.py"),
                    *(root / name for name in _HELPERS if (root / name).is_file())])
    h = hashlib.sha256()
    for path in files:
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    h.update(f"{FORMAT} {__version__} {sys.implementation.cache_tag} numpy {version('numpy')}"
             .encode())
    return h.hexdigest()


def store_key(store: Any, sources: list[str] | None = None) -> str:
    """The key of the index ``store`` would give now (see the module docstring)."""
    with store.connect() as conn:
        snaps = conn.execute(
            select(snapshots.c.id, snapshots.c.source, snapshots.c.date, snapshots.c.seq,
                   snapshots.c.content_hash, snapshots.c.record_count)
            .order_by(snapshots.c.id)).all()
        query = select(func.count(), func.max(versions.c.id)).select_from(versions)
        if sources:
            query = query.where(versions.c.source.in_(sorted(sources)))
        count, top = conn.execute(query).one()
    state = {"snapshots": [list(r) for r in snaps], "versions": [count, top],
             "sources": sorted(sources) if sources else None, "code": code_digest()}
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()


def cache_file(folder: Path, store: Any, key: str) -> Path:
    """``index-<database>-<key>.pickle``: the database part tells the files of one
    database (its URL, password left out) from those of another in the same folder."""
    url = store.engine.url.render_as_string(hide_password=True)
    return folder / f"index-{_database_tag(url)}-{key[:40]}.pickle"


def _database_tag(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:12]
