"""Group commit of the API's screening records.

Each API screening is signed and chained (``store.audit_chain``) before its answer goes
out, and its id comes back in ``X-Listwatch-Screening``. Appending takes the chain's lock,
so one transaction per request would make every request wait for the others' commits.
Instead one thread per process appends whatever requests are waiting, all in one
transaction: a request still waits for its own record to be committed, but a burst of
requests costs one commit.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from concurrent.futures import Future
from typing import Any

from listwatch.store.audit import screening_row
from listwatch.store.audit_chain import append_screenings
from listwatch.store.db import Store

log = logging.getLogger("listwatch.api")

#: Most records appended in one transaction.
MAX_GROUP = 256


class AuditWriter:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._queue: queue.SimpleQueue[tuple[dict[str, Any], Future[int]]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.groups = 0
        self.records = 0
        self.busy_seconds = 0.0  # time spent appending groups (for benchmarks)

    def _start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="listwatch-audit",
                                                daemon=True)
                self._thread.start()

    async def record(self, *, params: dict[str, Any] | None = None,
                     known_at: str | None = None, **kwargs: Any) -> int:
        """Append one screening (``audit.screening_row``'s arguments); its id once committed."""
        future: Future[int] = Future()
        self._queue.put(({"row": screening_row(**kwargs), "params": params or {},
                          "known_at": known_at}, future))
        if self._thread is None or not self._thread.is_alive():
            self._start()
        return await asyncio.wrap_future(future)

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < MAX_GROUP:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            started = time.perf_counter()
            try:
                ids = append_screenings(
                    self.store, [(i["row"], i["params"], i["known_at"]) for i, _f in batch])
            except BaseException as exc:  # every waiting request gets the error
                log.error("screening records not stored: %s", exc)
                for _i, fut in batch:
                    fut.set_exception(exc)
                continue
            self.busy_seconds += time.perf_counter() - started
            self.groups += 1
            self.records += len(batch)
            for sid, (_i, fut) in zip(ids, batch, strict=True):
                fut.set_result(sid)
