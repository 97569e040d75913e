"""Group commit of the API's screening records.

Each API screening is signed and chained (``store.audit_chain``) before its answer goes
out, and its id comes back in ``X-Listwatch-Screening``. Appending takes the chain's lock,
so one transaction per request would make every request wait for the others' commits.
Instead one writer per process appends whatever requests are waiting, all in one
transaction: a request still waits for its own record to be committed, but a burst of
requests costs one commit, and the records of a group keep the order they came in.

On PostgreSQL, while the app runs (its lifespan), a task on the event loop gathers the
groups and one thread runs each group's transaction over a connection of its own
(``store.audit_chain_pg``: two round trips a group, pipelined). The chain's head is
locked only for those two round trips: run on the loop itself, the lock waited for the
loop to come back between them, behind whatever screening it was doing, and the other
workers waited on the lock. Otherwise (SQLite; an app used without its lifespan) the
thread writer below does it all.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
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
        self._loop_writer: LoopWriter | None = None

    def _start(self) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="listwatch-audit",
                                                daemon=True)
                self._thread.start()

    async def start(self) -> None:
        """On PostgreSQL, write from the running event loop (the app's lifespan)."""
        if self.store.dialect == "postgresql" and self._loop_writer is None:
            self._loop_writer = LoopWriter(self, asyncio.get_running_loop())

    async def stop(self) -> None:
        writer, self._loop_writer = self._loop_writer, None
        if writer is not None:
            await writer.close()

    async def record(self, *, params: dict[str, Any] | None = None,
                     known_at: str | None = None, **kwargs: Any) -> int:
        """Append one screening (``audit.screening_row``'s arguments); its id once committed."""
        item = {"row": screening_row(**kwargs), "params": params or {}, "known_at": known_at}
        writer = self._loop_writer
        if writer is not None and writer.loop is asyncio.get_running_loop():
            return await writer.record(item)
        future: Future[int] = Future()
        self._queue.put((item, future))
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


class LoopWriter:
    """The writer as a task on one event loop that gathers the groups; each group's
    transaction runs in one thread over one PostgreSQL connection of its own."""

    def __init__(self, owner: AuditWriter, loop: asyncio.AbstractEventLoop) -> None:
        self.owner = owner
        self.loop = loop
        self.pending: list[tuple[dict[str, Any], asyncio.Future[int]]] = []
        self.wake = asyncio.Event()
        self.conn: Any = None
        self.key: Any = None
        # the group's transaction runs in a thread of its own: the chain's head stays
        # locked for two round trips, not for as long as the loop takes to come back
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="listwatch-audit")
        self.task = loop.create_task(self._run(), name="listwatch-audit")

    async def record(self, item: dict[str, Any]) -> int:
        future: asyncio.Future[int] = self.loop.create_future()
        self.pending.append((item, future))
        self.wake.set()
        return await future

    async def close(self) -> None:
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            pass
        for _i, fut in self.pending:
            if not fut.done():
                fut.set_exception(RuntimeError("the server is shutting down"))
        await self._drop()
        self.thread.shutdown(wait=False)

    async def _drop(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            try:
                await self.loop.run_in_executor(self.thread, conn.close)
            except Exception:  # a broken connection is gone anyway
                pass

    def _append_in_thread(self, batch: list[dict[str, Any]]) -> list[int]:
        from listwatch.store.audit_chain_pg import append_screenings_pipelined, connect_sync
        from listwatch.store.signing import signing_key

        url = self.owner.store.url
        if self.conn is None or self.conn.closed:
            self.conn = connect_sync(url)
        if self.key is None:
            self.key = signing_key()
        return append_screenings_pipelined(
            self.conn, url, [(i["row"], i["params"], i["known_at"]) for i in batch], self.key)

    async def _append(self, batch: list[dict[str, Any]]) -> list[int]:
        import psycopg
        from sqlalchemy.exc import OperationalError

        try:
            return await self.loop.run_in_executor(self.thread, self._append_in_thread, batch)
        except psycopg.OperationalError as exc:  # (the app answers 503, as for the pool)
            await self._drop()
            raise OperationalError("append screenings", None, exc) from exc
        except BaseException:
            await self._drop()
            raise

    async def _run(self) -> None:
        while True:
            await self.wake.wait()
            self.wake.clear()
            while self.pending:
                group = self.pending[:MAX_GROUP]
                del self.pending[:MAX_GROUP]
                started = time.perf_counter()
                try:
                    ids = await self._append([i for i, _f in group])
                except asyncio.CancelledError:
                    for _i, fut in group:
                        if not fut.done():
                            fut.set_exception(RuntimeError("the server is shutting down"))
                    raise
                except BaseException as exc:  # every waiting request gets the error
                    log.error("screening records not stored: %s", exc)
                    for _i, fut in group:
                        if not fut.done():
                            fut.set_exception(exc)
                    continue
                self.owner.busy_seconds += time.perf_counter() - started
                self.owner.groups += 1
                self.owner.records += len(group)
                for sid, (_i, fut) in zip(ids, group, strict=True):
                    if not fut.done():  # (a request whose client went away: cancelled)
                        fut.set_result(sid)
