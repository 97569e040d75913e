"""Concurrent ``POST /match`` requests screened together.

The Screener retrieves a query's candidates through a sparse-matrix product
(``screening.vector``) whose fixed cost, paid once per call, is larger than a name's own
share; ``Screener.screen_batch`` pays it once for many queries and gives each query the
very results ``Screener.screen`` gives it alone (a query's candidates depend on nothing
else in the batch: the screening package checks the two paths against each other). So the
requests that reach the Screener in the same turn of the event loop, with the same
arguments, are screened as one batch: each waits at most until the loop's next turn.
"""

from __future__ import annotations

import asyncio
from typing import Any


class ScreeningBatcher:
    """Groups ``screen_batch`` calls of one event-loop turn by screener and arguments."""

    def __init__(self) -> None:
        self._pending: dict[tuple[Any, ...], tuple[Any, dict[str, Any],
                                                    list[tuple[list[dict[str, Any]],
                                                               asyncio.Future[Any]]]]] = {}
        self.calls = 0
        self.queries = 0

    async def screen(self, screener: Any, queries: list[dict[str, Any]],
                     **kwargs: Any) -> list[list[dict[str, Any]]]:
        """``screener.screen_batch(queries, **kwargs)``, shared with the other requests of
        this turn of the loop that ask the same screener with the same arguments."""
        loop = asyncio.get_running_loop()
        key = (id(loop), id(screener),
               *sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in kwargs.items()))
        future: asyncio.Future[Any] = loop.create_future()
        group = self._pending.get(key)
        if group is None:
            group = self._pending[key] = (screener, kwargs, [])
            loop.call_soon(self._flush, key)
        group[2].append((queries, future))
        result: list[list[dict[str, Any]]] = await future
        return result

    def _flush(self, key: tuple[Any, ...]) -> None:
        screener, kwargs, waiting = self._pending.pop(key)
        every = [q for queries, _f in waiting for q in queries]
        try:
            found = screener.screen_batch(every, **kwargs)
        except Exception as exc:  # each request gets the error, as if it screened alone
            for _q, fut in waiting:
                if not fut.done():
                    fut.set_exception(exc)
            return
        self.calls += 1
        self.queries += len(every)
        start = 0
        for queries, fut in waiting:
            part = [list(r) for r in found[start:start + len(queries)]]
            start += len(queries)
            if not fut.done():  # (a request whose client went away: cancelled)
                fut.set_result(part)
