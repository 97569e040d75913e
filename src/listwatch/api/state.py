"""Per-process state of the API: the Store and caches over the database, nothing else
(the match index here; which queries have reviewers' decisions: ``decision_cache``).

The Screener (the in-memory match index) is loaded once per process and reloaded when the
store has new snapshots. Staleness is checked at most every ``reload_interval`` seconds,
in a background thread (a request never waits for the check or the reload); requests keep
answering from the index they have until the new one is loaded. So several
worker processes (or machines) can serve one PostgreSQL database: each converges on the
database's state within ``reload_interval`` seconds of an ingest.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from listwatch.errors import StoreError
from listwatch.settings import Settings, get_settings
from listwatch.store.db import Store

log = logging.getLogger("listwatch.api")

#: Default seconds between two staleness checks of the match index.
DEFAULT_RELOAD_INTERVAL = 3.0
#: Default most queries in one POST /match request.
DEFAULT_MAX_BATCH = 100


class ScreenerCache:
    """The process's Screener, reloaded when the database has new snapshots."""

    def __init__(self, store: Store, reload_interval: float) -> None:
        self.store = store
        self.reload_interval = reload_interval
        self._screener: Any = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self.loaded_at: float | None = None
        self.load_seconds: float | None = None
        self.loads = 0
        self.last_error: str | None = None

    @property
    def loaded(self) -> bool:
        return self._screener is not None

    def _load(self) -> Any:
        from listwatch.screening.memory import freeze_index
        from listwatch.screening.screen import Screener

        t0 = time.perf_counter()
        screener = Screener.load(self.store)
        freeze_index()  # (out of the cyclic collector's passes: screening.memory)
        self.load_seconds = time.perf_counter() - t0
        self.loaded_at = time.time()
        self.loads += 1
        self._checked = time.monotonic()
        self.last_error = None
        log.info("match index loaded in %.2fs", self.load_seconds)
        return screener

    def get(self) -> Any:
        """The current Screener (loading it on first use)."""
        screener = self._screener
        if screener is None:
            with self._lock:
                if self._screener is None:
                    self._screener = self._load()
                return self._screener
        if time.monotonic() - self._checked >= self.reload_interval and self._lock.acquire(
            blocking=False
        ):  # the check (and a reload) runs beside the requests, which keep this index
            self._checked = time.monotonic()
            try:
                threading.Thread(target=self._check, name="listwatch-index-check",
                                 daemon=True).start()
            except BaseException:
                self._lock.release()
                raise
        return screener

    def _check(self) -> None:
        """Reload when the database has new snapshots (holding the lock, in a thread)."""
        try:
            screener = self._screener
            if screener is not None and screener.is_stale(self.store):
                self._screener = self._load()
        except Exception as exc:
            self.last_error = f"{type(exc).__name__}: {exc}"
            log.warning("match index reload failed: %s", self.last_error)
        finally:
            self._checked = time.monotonic()
            self._lock.release()

    def reload_now(self) -> None:
        """Reload at once (after an ingest through this process)."""
        with self._lock:
            self._screener = self._load()

    def warm(self) -> None:
        """Load in the background so the first request does not wait (errors are kept)."""

        def run() -> None:
            try:
                self.get()
            except Exception as exc:
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("match index load failed: %s", self.last_error)

        threading.Thread(target=run, name="listwatch-index-load", daemon=True).start()


@dataclass
class AppState:
    store: Store
    settings: Settings
    screeners: ScreenerCache
    audit: Any = None
    decisions: Any = None
    batcher: Any = None
    max_batch: int = DEFAULT_MAX_BATCH
    started: float = field(default_factory=time.time)


def make_state(db_url: str | None) -> AppState:
    settings = get_settings()
    try:
        store = Store(db_url or settings.db_url)
    except StoreError:
        # Serve /healthz and a clear 503 elsewhere; migrations run on the first good open.
        store = Store(db_url or settings.db_url, migrate=False)
    interval = settings.reload_interval
    max_batch = settings.max_batch
    from listwatch.api.audit_writer import AuditWriter
    from listwatch.api.coalesce import ScreeningBatcher
    from listwatch.api.decision_cache import DecidedQueries

    return AppState(
        store=store,
        settings=settings,
        screeners=ScreenerCache(store, interval),
        audit=AuditWriter(store),
        decisions=DecidedQueries(store, interval),
        batcher=ScreeningBatcher(),
        max_batch=max_batch,
    )


def get_state(request: Any) -> AppState:
    """FastAPI dependency: the app's state."""
    state: AppState = request.app.state.lw
    return state
