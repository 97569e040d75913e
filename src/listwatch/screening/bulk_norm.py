"""Normalising every name of a large index at once: each distinct name once, on every core.

``NameIndex.from_store`` normalises each name of every version (``match.normalize``):
most of a large index's build. Here the names are first reduced to their distinct
readings (a name and its ASCII capitals are one: ``normalize`` shares their work the
same way), then normalised by this process and, for many names, by helper processes
at the same time, each taking every n-th name (names of costly scripts are spread
evenly). A helper is a fresh interpreter running this module (not a fork: the caller
may be a server with threads; not ``multiprocessing``'s spawn either, which imports the
caller's main script again): it reads its names from a pipe and writes back their
fields. The result is exactly ``normalize(text, kind)`` of each name, one ``NormName``
per distinct (text, kind). A helper that fails leaves its share to this process.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from typing import Any

from listwatch.match.normalize import NormName, _normalize

#: From this many distinct readings on, helper processes share the work (below it,
#: starting one costs more than it saves).
PARALLEL_FROM = 150_000
#: Fields of ``NormName`` after ``original`` (what ``_normalize`` returns).
Fields = tuple[Any, ...]

log = logging.getLogger("listwatch.screening.bulk_norm")


def cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def reading(text: str) -> str:
    """The text ``normalize`` works on: an ASCII name in lower case (its capitals change
    nothing), any other as written."""
    return text.lower() if text.isascii() and not text.islower() else text


def normalize_many(names: Sequence[tuple[str, str]], *, workers: int | None = None,
                   parallel_from: int = PARALLEL_FROM,
                   extra: Callable[[NormName], Any] | None = None
                   ) -> tuple[dict[tuple[str, str], NormName], dict[tuple[str, str], Any]]:
    """``{(text, kind): normalize(text, kind)}`` for every (text, kind) of ``names``, and
    ``{(text, kind): extra(that NormName)}`` (worked out by the process that normalised
    it; ``extra``: a module-level function of the name's fields, not of ``original``).
    ``workers``: processes in all (default: the cores; 1: this process alone), used from
    ``parallel_from`` distinct readings on."""
    keys: dict[tuple[str, str], None] = {}
    for text, kind in names:
        keys[(reading(text), kind)] = None
    todo = list(keys)
    workers = workers or cores()
    if len(todo) < parallel_from:
        workers = 1
    done: list[tuple[Fields, Any] | None] = [None] * len(todo)
    helpers = [(part, _Helper(todo[part::workers], extra)) for part in range(1, workers)]
    done[::workers] = _work(todo[::workers], extra)
    for part, helper in helpers:
        got = helper.result()
        done[part::workers] = _work(todo[part::workers], extra) if got is None else got
    by_key = dict(zip(todo, done, strict=True))
    out: dict[tuple[str, str], NormName] = {}
    extras: dict[tuple[str, str], Any] = {}
    for text, kind in names:
        if (text, kind) not in out:
            fields, more = by_key[(reading(text), kind)]  # type: ignore[misc]
            out[(text, kind)] = NormName(text, *fields)
            extras[(text, kind)] = more
    return out, extras


def _work(keys: list[tuple[str, str]], extra: Callable[[NormName], Any] | None
          ) -> list[tuple[Fields, Any]]:
    """The fields of each (reading, kind), and ``extra`` of its ``NormName``."""
    plain = _normalize.__wrapped__  # (not through its cache: each reading comes once)
    out: list[tuple[Fields, Any]] = []
    for text, kind in keys:
        fields = plain(text, kind)
        out.append((fields, None if extra is None else extra(NormName(text, *fields))))
    return out


class _Helper:
    """A helper process normalising ``keys`` while this one works on its own share."""

    def __init__(self, keys: list[tuple[str, str]],
                 extra: Callable[[NormName], Any] | None) -> None:
        self.count = len(keys)
        self.error: BaseException | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        try:
            data = pickle.dumps((keys, extra), protocol=5)
            self.errors = tempfile.TemporaryFile()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=self.errors)
        except (OSError, pickle.PicklingError, AttributeError, TypeError) as exc:
            log.warning("names normalised in one process: no helper (%s)", exc)
            return
        # (written from a thread: the pipe holds 64 KB, the helper reads as it can)
        self.writer = threading.Thread(target=self._write, args=(data,), daemon=True)
        self.writer.start()

    def _write(self, data: bytes) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        try:
            self.proc.stdin.write(data)
            self.proc.stdin.close()
        except OSError as exc:
            self.error = exc

    def result(self) -> list[tuple[Fields, Any]] | None:
        """The helper's fields, or None when it failed (said in the log)."""
        if self.proc is None:
            return None
        assert self.proc.stdout is not None
        try:
            out = self.proc.stdout.read()
            self.proc.wait()
            self.writer.join()
            self.errors.seek(0)
            err = self.errors.read().decode(errors="replace").strip().splitlines()
            self.errors.close()
            if self.proc.returncode or self.error:
                raise RuntimeError(err[-1] if err else self.error
                                   or f"exit {self.proc.returncode}")
            fields: list[tuple[Fields, Any]] = pickle.loads(out)
            if len(fields) != self.count:
                raise RuntimeError(f"{len(fields)} results for {self.count} names")
        except Exception as exc:  # (any failure of the helper: this process does its share)
            log.warning("a name normalising helper failed (%s): its names done here", exc)
            return None
        return fields


def _main() -> None:
    """A helper: (reading, kind) pairs and ``extra`` pickled on stdin, ``_work`` of them
    pickled on stdout."""
    keys, extra = pickle.loads(sys.stdin.buffer.read())
    sys.stdout.buffer.write(pickle.dumps(_work(keys, extra), protocol=5))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _main()
