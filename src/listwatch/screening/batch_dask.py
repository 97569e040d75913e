"""Batch screening on a Dask cluster (``listwatch screen --input F --scheduler ADDRESS``).

Partitions of the input go to the workers; results come back in input order and are
written to one output by the client. Each worker builds the index once from the same
database (``LISTWATCH_DB`` as the client sees it, so it must be reachable from the
workers: PostgreSQL, or a SQLite file on a shared disk) and keeps it for later batches
until the database holds newer snapshots.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any

from listwatch.errors import ConfigError
from listwatch.screening.batch import BatchOptions, screen_rows
from listwatch.screening.screen import Screener

_CACHE: dict[tuple[str, tuple[str, ...]], tuple[int, Screener]] = {}


def _worker_screener(db_url: str, sources: list[str] | None, snapshot_id: int) -> Screener:
    """The worker's screener for ``db_url``, rebuilt when the client saw newer snapshots."""
    key = (db_url, tuple(sources or ()))
    hit = _CACHE.get(key)
    if hit is not None and hit[0] >= snapshot_id:
        return hit[1]
    from listwatch.store.db import Store

    store = Store(db_url, migrate=False)
    try:
        screener = Screener.load(store)
    finally:
        store.dispose()
    _CACHE[key] = (screener.max_snapshot_id, screener)
    return screener


def screen_partition(db_url: str, snapshot_id: int, rows: list[dict[str, Any]],
                     opts: BatchOptions) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Run on a worker: screen one partition of rows."""
    return screen_rows(_worker_screener(db_url, None, snapshot_id), rows, opts)


def dask_runner(address: str, db_url: str, snapshot_id: int, opts: BatchOptions,
                in_flight: int = 8) -> Any:
    """A ``chunk_runner`` for ``run_batch``: partitions to the cluster at ``address``
    (at most ``in_flight`` at a time, so the client's memory stays flat), results back in
    input order."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise ConfigError(f"dask.distributed is not installed: {exc}") from None

    def run(chunks: Iterator[list[dict[str, Any]]]) -> Iterator[Any]:
        try:
            client = Client(address, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(
                f"cannot reach the Dask scheduler at {address}: {exc}",
                hint="give its address as tcp://host:8786 and check that it is running",
            ) from None
        try:
            pending: deque[Any] = deque()
            for rows in chunks:
                pending.append(client.submit(screen_partition, db_url, snapshot_id, rows, opts,
                                             pure=False))
                if len(pending) >= in_flight:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            client.close()

    return run
