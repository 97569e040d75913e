"""listwatch: dated history of government restriction lists.

The public surface, for a library user::

    from listwatch import Store, Screener, compare_names

    store = Store()                       # LISTWATCH_DB, else a SQLite file
    screener = Screener.load(store)
    screener.screen({"name": "Nord Stream 2 AG", "schema": "Company"})
    compare_names("Siemens AG", "Siemens Aktiengesellschaft", "Company").score

``Store``, ``Screener`` and ``compare_names`` are imported on first use (the screening
core needs numpy and scipy: ``import listwatch.errors`` stays light). Every error
listwatch raises on purpose is a ``ListwatchError``. Anything else is importable from its
module, without a promise that it stays there (``tests/test_public_api.py`` pins this
list).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from listwatch.__about__ import __version__
from listwatch.errors import (
    AuthError,
    ConfigError,
    FetchError,
    InputTooLarge,
    ListwatchError,
    NotFound,
    NothingScreened,
    NotInMirror,
    ParseError,
    SnapshotRefused,
    StoreError,
    UnknownParameter,
    UnknownSource,
    VerificationFailed,
)
from listwatch.model import Record

if TYPE_CHECKING:
    from listwatch.match.compare import compare_names
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

#: Exported on first use: name -> module.
_LAZY = {
    "Store": "listwatch.store.db",
    "Screener": "listwatch.screening.screen",
    "compare_names": "listwatch.match.compare",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'listwatch' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AuthError",
    "ConfigError",
    "FetchError",
    "InputTooLarge",
    "ListwatchError",
    "NotFound",
    "NotInMirror",
    "NothingScreened",
    "ParseError",
    "Record",
    "Screener",
    "SnapshotRefused",
    "Store",
    "StoreError",
    "UnknownParameter",
    "UnknownSource",
    "VerificationFailed",
    "__version__",
    "compare_names",
]
