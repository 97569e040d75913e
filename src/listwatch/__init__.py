"""listwatch: dated history of government restriction lists.

The public surface is small and re-exported here.
"""

from listwatch.__about__ import __version__
from listwatch.errors import (
    ConfigError,
    FetchError,
    InputTooLarge,
    ListwatchError,
    NotFound,
    ParseError,
    SnapshotRefused,
    StoreError,
    UnknownSource,
)
from listwatch.model import Record

__all__ = [
    "ConfigError",
    "FetchError",
    "InputTooLarge",
    "ListwatchError",
    "NotFound",
    "ParseError",
    "Record",
    "SnapshotRefused",
    "StoreError",
    "UnknownSource",
    "__version__",
]
