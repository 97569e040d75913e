"""Building a large index in chunks, on every core.

``NameIndex.from_store`` of a large store reads the versions a chunk at a time. The work
on a chunk (decoding its versions, normalising their names, the keys of their
identifiers and the names' skeletons: ``index.chunk_work``) does not depend on any other
chunk, so a ``Pool`` gives each chunk to whichever process is free: a helper process with
fewer than ``DEPTH`` chunks waiting, or else this process, which meanwhile also reads the
store and adds each chunk's results to the index, in the order of the chunks. The share
each process takes follows from how fast each one is (a loaded machine, a helper that
started late): nothing is fixed in advance.

A helper is a fresh interpreter running this module (not a fork: the caller may be a
server with threads; not ``multiprocessing``'s spawn either, which imports the caller's
main script again), kept for every chunk: a thread reads the chunks sent on its stdin, the
main thread works, another thread writes the results to its stdout, so a helper never
waits for this process while it has a chunk to work on. A helper that fails leaves its
chunks, then and after, to this process (said in the log): the results are the same.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import queue
import select
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

#: From this many versions on, helper processes share the work (below it, starting one
#: costs more than it saves).
PARALLEL_FROM = 50_000
#: Versions worked on together (small: this process looks for a free helper between two
#: chunks of its own).
CHUNK = 2_000
#: Chunks a helper is given ahead (one it works on, one waiting).
DEPTH = 2
#: Chunks whose results may wait for an earlier one still at a helper.
AHEAD = 16

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


class Pool:
    """``work`` (a module-level function: helpers are sent it by name) of chunks, in this
    process and ``workers - 1`` helpers (started on the first chunk, stopped by
    ``close``)."""

    def __init__(self, work: Callable[[Any], Any], *, workers: int = 1) -> None:
        self.work = work
        self.workers = max(1, workers)
        self.helpers: list[_Helper] | None = None
        #: chunks done here and by the helpers (what the balance came to)
        self.done_here = self.done_by_helpers = 0
        #: seconds (wall) this process spent on chunks of its own, and waiting for a
        #: helper's result; each helper's seconds of work and of life (``close``)
        self.worked = self.waited = 0.0
        self.helper_times: list[tuple[float, float]] = []

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for helper in self.helpers or ():
            helper.close()
            if helper.times is not None:
                self.helper_times.append(helper.times)
        self.helpers = []

    def map(self, chunks: Iterable[tuple[Any, ...]]) -> Iterator[tuple[Any, Any]]:
        """``(kept, work(chunk))`` of each ``(kept, chunk)`` of ``chunks``, in their order
        (``kept``: what the caller needs again with the result; never sent). An item
        ``(kept, chunk, other)`` is worked on by ``other`` (a module-level function)
        instead: the caller may slip other jobs in between the chunks."""
        if self.helpers is None:
            self.helpers = [_Helper(self.work) for _ in range(self.workers - 1)]
        done: dict[int, Any] = {}
        upto = 0  # (the next result to give)
        count = 0
        for seq, (kept, chunk, *other) in enumerate(chunks):
            work = other[0] if other else self.work
            count = seq + 1
            self._collect(done, block=False)
            if len(done) >= AHEAD and upto not in done:  # (far ahead of a slow helper)
                self._wait_for(upto, done)
            while upto in done:
                yield done.pop(upto)
                upto += 1
            free = [h for h in self.helpers if h.alive and len(h.waiting) < DEPTH]
            helper = min(free, key=lambda h: len(h.waiting)) if free else None
            if helper is None or not helper.send(seq, kept, chunk, work):
                started = time.perf_counter()
                done[seq] = (kept, work(chunk))
                self.worked += time.perf_counter() - started
                self.done_here += 1
            while upto in done:
                yield done.pop(upto)
                upto += 1
        while upto < count:
            if upto not in done:
                self._wait_for(upto, done)
            yield done.pop(upto)
            upto += 1

    def submit(self, work: Callable[[Any], Any], arg: Any) -> Callable[[], Any]:
        """``work(arg)`` (a module-level function) started on an idle helper, else done
        here when asked for: the function that gives its result (call it once)."""
        for helper in self.helpers or ():
            if helper.alive and not helper.waiting and helper.send(-1, None, arg, work):
                def result(helper: _Helper = helper) -> Any:
                    started = time.perf_counter()
                    got = helper.receive()
                    self.waited += time.perf_counter() - started
                    if helper.alive:
                        helper.waiting.popleft()
                        return got
                    helper.waiting.clear()
                    return work(arg)
                return result
        return lambda: work(arg)

    def _collect(self, done: dict[int, Any], *, block: bool) -> None:
        """The results the helpers have ready (all of a helper's when ``block``)."""
        for helper in self.helpers or ():
            while helper.waiting and (block or helper.ready()):
                self._take(helper, done)

    def _wait_for(self, seq: int, done: dict[int, Any]) -> None:
        """Until chunk ``seq`` is done (by the helper that has it, or here)."""
        if seq in done:
            return
        for helper in self.helpers or ():
            if any(s == seq for s, _, _, _ in helper.waiting):
                started = time.perf_counter()
                while seq not in done:
                    self._take(helper, done)
                self.waited += time.perf_counter() - started
                return
        raise AssertionError(f"chunk {seq} is nowhere")  # pragma: no cover

    def _take(self, helper: _Helper, done: dict[int, Any]) -> None:
        """The next result of ``helper`` (or, when it failed, all its chunks done here)."""
        got = helper.receive()
        if helper.alive:
            seq, kept, _, _ = helper.waiting.popleft()
            done[seq] = (kept, got)
            self.done_by_helpers += 1
            return
        for seq, kept, chunk, work in helper.waiting:
            done[seq] = (kept, work(chunk))
            self.done_here += 1
        helper.waiting.clear()


_SIZE = struct.Struct("<Q")
#: the last line a helper writes on its stderr: its seconds of work and of life
_TIMES = "helper times: "


def _write(stream: IO[bytes], data: bytes) -> None:
    stream.write(_SIZE.pack(len(data)))
    stream.write(data)
    stream.flush()


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    parts: list[bytes] = []
    left = size
    while left:
        part = stream.read(left)
        if not part:
            raise EOFError("the stream ended")
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _read(stream: IO[bytes]) -> bytes:
    (size,) = _SIZE.unpack(_read_exact(stream, _SIZE.size))
    return _read_exact(stream, size)


class _Helper:
    """A helper process: chunks sent (``send``), their results received in order."""

    def __init__(self, work: Callable[[Any], Any]) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.waiting: deque[tuple[int, Any, Any, Callable[[Any], Any]]] = deque()
        #: (seconds of work, seconds from its start to the end of its input), as the
        #: helper said when closed
        self.times: tuple[float, float] | None = None
        try:
            pickle.dumps(work)  # (a function it cannot be sent: no helper)
            self.errors = tempfile.TemporaryFile()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=self.errors, bufsize=0)
        except (OSError, pickle.PicklingError, AttributeError, TypeError) as exc:
            self._fail(f"no helper ({exc})")

    @property
    def alive(self) -> bool:
        return self.proc is not None

    def _fail(self, why: str) -> None:
        log.warning("index built in this process: %s", why)
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def send(self, seq: int, kept: Any, chunk: Any, work: Callable[[Any], Any]) -> bool:
        """Give the helper chunk ``seq`` to do ``work`` of; False when there is no helper
        (any longer)."""
        if self.proc is None:
            return False
        assert self.proc.stdin is not None
        try:
            _write(self.proc.stdin, pickle.dumps((work, chunk), protocol=5))
        except OSError as exc:
            self._fail(f"a helper failed ({self._why(exc)})")
            return False
        self.waiting.append((seq, kept, chunk, work))
        return True

    def ready(self) -> bool:
        """Whether a result (or the end of the helper) can be read without waiting."""
        if self.proc is None or self.proc.stdout is None:
            return True
        readable, _, _ = select.select([self.proc.stdout], [], [], 0)
        return bool(readable)

    def receive(self) -> Any:
        """The result of the oldest chunk sent (None, and the helper gone, on failure)."""
        if self.proc is None:
            return None
        assert self.proc.stdout is not None
        try:
            return pickle.loads(_read(self.proc.stdout))
        except Exception as exc:  # (any failure of the helper: this process does its share)
            self._fail(f"a helper failed ({self._why(exc)})")
            return None

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
        try:
            self.errors.seek(0)
            last = self.errors.read().decode(errors="replace").strip().rsplit("\n", 1)[-1]
            if last.startswith(_TIMES):
                busy, life = last[len(_TIMES):].split()
                self.times = (float(busy), float(life))
        except (OSError, ValueError):
            pass
        self.errors.close()


def _main() -> None:
    """A helper: (function, chunk) pairs read from stdin; the function's result of each
    chunk written to stdout, in order, until stdin ends."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    inbox: queue.Queue[bytes | None] = queue.Queue()
    outbox: queue.Queue[bytes | None] = queue.Queue()

    def receive() -> None:
        while True:
            try:
                inbox.put(_read(stdin))
            except EOFError:
                inbox.put(None)
                return

    def send() -> None:
        while (data := outbox.get()) is not None:
            _write(stdout, data)

    threading.Thread(target=receive, daemon=True).start()
    writer = threading.Thread(target=send)
    writer.start()
    # (the cyclic collector off, as in the process: what a chunk makes is freed by
    # reference counting; a full pass now and then, on this small heap, in case)
    gc.disable()
    born = time.perf_counter()
    busy = 0.0
    try:
        done = 0
        while (data := inbox.get()) is not None:
            started = time.perf_counter()
            work, chunk = pickle.loads(data)
            outbox.put(pickle.dumps(work(chunk), protocol=5))
            done += 1
            if done % 64 == 0:
                gc.collect()
            busy += time.perf_counter() - started
    finally:
        life = time.perf_counter() - born
        outbox.put(None)
        writer.join()
        sys.stderr.write(f"{_TIMES}{busy:.3f} {life:.3f}\n")
        sys.stderr.flush()


if __name__ == "__main__":
    _main()
