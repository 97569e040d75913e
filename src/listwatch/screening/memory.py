"""How screening processes treat the garbage collector and the heap: the one policy, for
the API's process, a batch's parent and its forked workers.

* The index is millions of long-lived objects and screening makes no reference cycles
  (``tests/screening/test_screen.py`` checks it): the cyclic collector walking them finds
  nothing and costs time (batch time and API pauses: bench/NOTES.md). Long-lived objects are frozen out of its sight (``freeze_index``,
  ``freeze_before_fork``), and a batch of queries runs with it off (``gc_paused``,
  ``worker_job``); reference counting still frees what is dropped.
* A batch worker keeps freed memory for the next job (``keep_heap``)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a batch of queries. Screening makes many small
    objects and keeps some in caches: automatic collections then keep walking the caches
    (bench/NOTES.md). Reference counting still frees what a
    batch drops; cycles, if any, wait for the next collection after the batch."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settle_loaded() -> None:
    """After an index is loaded or built (with the collector off): the objects made so
    far frozen, out of the collector's sight, unexamined. Left in the youngest
    generation, the next automatic collections would walk every one of them on the way
    up (most of a one-name ``listwatch screen``'s time after its load); moved to the
    oldest one, the next full pass would, and one comes soon (what counts towards it is
    the objects that full passes found, not the ones moved there): bench/NOTES.md. The
    index makes no reference cycles: dropped, it is freed by reference counting all the
    same; ``unfreeze`` puts everything frozen back in the collector's sight."""
    gc.freeze()


def freeze_index() -> None:
    """A newly loaded index in a long-running process (the API): collected once, then
    frozen out of the cyclic collector's full passes, which would otherwise pause
    requests for tens of ms."""
    gc.collect()
    gc.freeze()


def freeze_before_fork() -> None:
    """Before forking a batch's workers: frozen, the shared index's objects are out of
    the children's collector's sight, so their pages stay shared. No collection first
    (as the gc.freeze documentation advises: the holes it frees would be filled by the
    children's allocations, copying pages), and it found next to nothing while delaying
    the workers' start (bench/NOTES.md); what cyclic garbage there is waits for
    ``unfreeze``."""
    gc.freeze()


def unfreeze() -> None:
    """After the workers are gone: the parent's frozen objects back in the collector's
    sight."""
    gc.unfreeze()


@contextmanager
def worker_job(frozen: bool) -> Iterator[None]:
    """One job of a batch worker. In a forked pool worker (``frozen``) the caches grow
    with every job, and the cyclic GC would walk them again and again (bench/NOTES.md):
    the job runs with the collector
    off and what it leaves is frozen, out of the collector's sight, still freed by
    reference counting. In the parent itself (one worker) nothing changes."""
    if not frozen:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


#: ``mallopt`` parameters (glibc's malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD_MAX = 32  # MB: glibc refuses a larger one on 64-bit systems


def keep_heap(mb: int) -> bool:
    """Let this process keep up to ``mb`` MB of freed memory for later allocations
    (glibc only; False where it is not glibc, or ``mb`` is 0). A batch worker allocates
    and frees the same large blocks (the sparse product, numpy arrays) job after job;
    given back each time, every new page is faulted in and zeroed by the kernel again
    (what that costs a worker, and what keeping some saves: bench/NOTES.md)."""
    if mb <= 0 or not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # (not glibc)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    size = min(mb, 2047) << 20
    ok = mallopt(_M_TRIM_THRESHOLD, size) == 1
    # (a fixed mmap threshold also stops glibc from moving it; below it, blocks are taken
    # from the heap and stay there when freed)
    ok = mallopt(_M_MMAP_THRESHOLD, min(mb, _MMAP_THRESHOLD_MAX) << 20) == 1 and ok
    return ok


def trim_heap() -> bool:
    """Give the memory the heap holds free back to the system (glibc's
    ``malloc_trim``; False where it is not glibc). After a large build: the blocks it
    freed (chunks' results, the parts of the words' keys) sit between the index's
    objects and would count as resident for the life of the process."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # (not glibc)
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return bool(trim(0))


def worker_start(heap_keep_mb: int) -> None:
    """A pool worker's set-up (``keep_heap``)."""
    keep_heap(heap_keep_mb)
