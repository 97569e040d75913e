"""Which queries have a reviewer's decision, cached per API process.

``POST /match`` must leave out the hits a reviewer cleared for the same query
(``store.decisions.DecisionBook``); asking the database on every request costs a round trip
that almost always answers "none". This cache holds the set of query keys with an *active*
decision and a change token, ``max(decision_log.id)``: every change to a decision (added,
superseded, reopened by hand or automatically) writes one ``decision_log`` row, so the
token moves whenever the set may have grown.

* A query whose key is not in the set is screened without looking decisions up.
* A query whose key is in the set loads its decisions exactly (``DecisionBook.load``, which
  also reopens stale ones), off the event loop.
* A decision made through this process (``POST /decisions``, reopen) invalidates the cache
  at once: the next request reloads it before answering.
* A decision made elsewhere (another worker, the CLI) is seen once the token is checked
  again, at most every ``interval`` seconds (``LISTWATCH_RELOAD_INTERVAL``), in the
  background while requests keep the set they have. Until then the hit is *shown*: a
  stale cache can only show a cleared hit again, never hide one.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select

from listwatch.store.db import Store
from listwatch.store.decisions import _query_name, query_key
from listwatch.store.schema import decision_log, decisions

log = logging.getLogger("listwatch.api")


class DecidedQueries:
    """The query keys with an active decision, with their change token."""

    def __init__(self, store: Store, interval: float) -> None:
        self.store = store
        self.interval = interval
        self._keys: frozenset[str] | None = None
        self._token: int | None = None
        self._checked = 0.0
        self._generation = 0
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._checking = False
        self.loads = 0
        self.checks = 0

    def _read_token(self) -> int:
        with self.store.connect() as conn:
            return int(conn.execute(select(func.max(decision_log.c.id))).scalar() or 0)

    def _load(self, force: bool = False) -> None:
        with self._load_lock:  # one load at a time; waiters use its result
            if self._keys is not None and not force:
                return
            self._load_locked()

    def _load_locked(self) -> None:
        generation = self._generation
        with self.store.connect() as conn:
            token = int(conn.execute(select(func.max(decision_log.c.id))).scalar() or 0)
            keys = frozenset(r[0] for r in conn.execute(
                select(decisions.c.query_key).where(decisions.c.status == "active")
                .distinct()))
        with self._lock:
            if generation == self._generation:  # no invalidation while loading
                self._keys, self._token = keys, token
                self._checked = time.monotonic()
        self.loads += 1

    def _check(self) -> None:
        """Reload when the token moved (run in a worker thread)."""
        try:
            self.checks += 1
            if self._read_token() != self._token:
                self._load(force=True)
            else:
                self._checked = time.monotonic()
        except Exception as exc:  # the next check tries again; requests keep the set
            log.warning("reviewer decisions not re-read: %s: %s", type(exc).__name__, exc)
        finally:
            self._checking = False

    def invalidate(self) -> None:
        """A decision changed through this process: reload before the next answer."""
        with self._lock:
            self._generation += 1
            self._keys = None

    def current(self) -> frozenset[str] | None:
        """The set if it may be used now (None: it must be loaded first); starts a
        background check when one is due."""
        keys = self._keys
        if keys is not None and time.monotonic() - self._checked >= self.interval \
                and not self._checking:
            self._checking = True
            threading.Thread(target=self._check, name="listwatch-decisions-check",
                             daemon=True).start()
        return keys

    async def keys(self) -> frozenset[str]:
        """The set, loading it (off the event loop) when it is not held."""
        keys = self.current()
        while keys is None:
            await asyncio.to_thread(self._load)
            keys = self._keys
        return keys

    def keys_sync(self) -> frozenset[str]:
        """The set, loading it in this thread when it is not held (for the pages, which
        run in the thread pool)."""
        keys = self.current()
        while keys is None:
            self._load()
            keys = self._keys
        return keys

    @staticmethod
    def any_decided(keys: frozenset[str], queries: Iterable[dict[str, Any] | str]) -> bool:
        """Whether any of these queries (Screener queries or names) may have a decision."""
        return bool(keys) and any(query_key(_query_name(q)) in keys for q in queries)
