"""Normalising the names of a large index in bulk: each distinct name once, on every core.

``NameIndex.from_store`` normalises each name of every version (``match.normalize``):
most of a large index's build. A ``Normalizer`` takes the names a chunk of versions at a
time (what is made only to normalise them is freed chunk by chunk, so the heap of a
serving process does not keep it), reduces them to their distinct readings (a name and
its ASCII capitals are one: ``normalize`` shares their work the same way), and
normalises them in this process and, for a large index, in helper processes at the same
time, each taking every n-th reading (names of costly scripts are spread evenly).

A helper is a fresh interpreter running this module (not a fork: the caller may be a
server with threads; not ``multiprocessing``'s spawn either, which imports the caller's
main script again), kept for every chunk: it reads a chunk's readings from a pipe and
writes back their fields. The result is exactly ``normalize(text, kind)`` of each name,
one ``NormName`` per distinct (text, kind) of a chunk. A helper that fails leaves its
share, then and after, to this process (said in the log).
"""

from __future__ import annotations

import logging
import os
import pickle
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from typing import IO, Any

from listwatch.match.normalize import NormName, _normalize

#: From this many versions on, helper processes share the work (below it, starting one
#: costs more than it saves).
PARALLEL_FROM = 50_000
#: Versions whose names are normalised together.
CHUNK = 20_000
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


class Normalizer:
    """Names normalised in chunks, by this process and ``workers - 1`` helpers (started
    on the first chunk, stopped by ``close``). ``extra``: a module-level function of a
    name's fields (not of ``original``), worked out by the process that normalised it."""

    def __init__(self, *, workers: int = 1,
                 extra: Callable[[NormName], Any] | None = None) -> None:
        self.workers = max(1, workers)
        self.extra = extra
        self.helpers: list[_Helper] | None = None

    def __enter__(self) -> Normalizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for helper in self.helpers or ():
            helper.close()
        self.helpers = []

    def run(self, names: Sequence[tuple[str, str]]
            ) -> tuple[dict[tuple[str, str], NormName], dict[tuple[str, str], Any]]:
        """``{(text, kind): normalize(text, kind)}`` for every (text, kind) of ``names``,
        and ``{(text, kind): extra(that NormName)}``."""
        keys: dict[tuple[str, str], None] = {}
        for text, kind in names:
            keys[(reading(text), kind)] = None
        todo = list(keys)
        del keys
        if self.helpers is None:
            self.helpers = [_Helper(self.extra) for _ in range(self.workers - 1)]
        step = len(self.helpers) + 1
        done: list[tuple[Fields, Any] | None] = [None] * len(todo)
        sent = [helper.send(todo[part::step])
                for part, helper in enumerate(self.helpers, start=1)]
        done[::step] = _work(todo[::step], self.extra)
        for part, (helper, ok) in enumerate(zip(self.helpers, sent, strict=True), start=1):
            got = helper.receive() if ok else None
            done[part::step] = _work(todo[part::step], self.extra) if got is None else got
        by_key = dict(zip(todo, done, strict=True))
        del todo, done
        out: dict[tuple[str, str], NormName] = {}
        extras: dict[tuple[str, str], Any] = {}
        for text, kind in names:
            if (text, kind) not in out:
                fields, more = by_key[(reading(text), kind)]  # type: ignore[misc]
                out[(text, kind)] = NormName(text, *fields)
                extras[(text, kind)] = more
        return out, extras


def normalize_many(names: Sequence[tuple[str, str]], *, workers: int = 1,
                   extra: Callable[[NormName], Any] | None = None
                   ) -> tuple[dict[tuple[str, str], NormName], dict[tuple[str, str], Any]]:
    """``Normalizer.run`` of one chunk: ``workers`` processes in all."""
    with Normalizer(workers=workers, extra=extra) as normalizer:
        return normalizer.run(names)


def _work(keys: list[tuple[str, str]], extra: Callable[[NormName], Any] | None
          ) -> list[tuple[Fields, Any]]:
    """The fields of each (reading, kind), and ``extra`` of its ``NormName``."""
    plain = _normalize.__wrapped__  # (not through its cache: each reading comes once)
    out: list[tuple[Fields, Any]] = []
    for text, kind in keys:
        fields = plain(text, kind)
        out.append((fields, None if extra is None else extra(NormName(text, *fields))))
    return out


_SIZE = struct.Struct("<Q")


def _write(stream: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=5)
    stream.write(_SIZE.pack(len(data)))
    stream.write(data)
    stream.flush()


def _read(stream: IO[bytes]) -> Any:
    head = stream.read(_SIZE.size)
    if len(head) < _SIZE.size:
        raise EOFError("the stream ended")
    (size,) = _SIZE.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the stream ended within a message")
    return pickle.loads(data)


class _Helper:
    """A helper process, sent one chunk's share at a time (``send``, then ``receive``)."""

    def __init__(self, extra: Callable[[NormName], Any] | None) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.count = 0
        try:
            pickle.dumps(extra)  # (a function the helper cannot be sent: no helper)
            self.errors = tempfile.TemporaryFile()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=self.errors)
            assert self.proc.stdin is not None
            _write(self.proc.stdin, extra)
        except (OSError, pickle.PicklingError, AttributeError, TypeError) as exc:
            self._fail(f"no helper ({exc})")

    def _fail(self, why: str) -> None:
        log.warning("names normalised in this process: %s", why)
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def send(self, keys: list[tuple[str, str]]) -> bool:
        """Give the helper ``keys``; False when there is no helper (any longer)."""
        if self.proc is None:
            return False
        assert self.proc.stdin is not None
        self.count = len(keys)
        try:
            _write(self.proc.stdin, keys)
        except OSError as exc:
            self._fail(f"a helper failed ({self._why(exc)})")
            return False
        return True

    def receive(self) -> list[tuple[Fields, Any]] | None:
        """``_work`` of the keys sent, or None when the helper failed."""
        if self.proc is None:
            return None
        assert self.proc.stdout is not None
        try:
            got: list[tuple[Fields, Any]] = _read(self.proc.stdout)
            if len(got) != self.count:
                raise EOFError(f"{len(got)} results for {self.count} names")
        except Exception as exc:  # (any failure of the helper: this process does its share)
            self._fail(f"a helper failed ({self._why(exc)})")
            return None
        return got

    def _why(self, exc: BaseException) -> str:
        try:
            self.errors.seek(0)
            lines = self.errors.read().decode(errors="replace").strip().splitlines()
        except OSError:
            lines = []
        return lines[-1] if lines else f"{type(exc).__name__}: {exc}"

    def close(self) -> None:
        if self.proc is None:
            return
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        self.proc = None
        self.errors.close()


def _main() -> None:
    """A helper: ``extra``, then chunks of (reading, kind) pairs, read from stdin; ``_work``
    of each chunk written to stdout; until stdin ends."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    extra = _read(stdin)
    while True:
        try:
            keys = _read(stdin)
        except EOFError:
            return
        _write(stdout, _work(keys, extra))


if __name__ == "__main__":
    _main()
