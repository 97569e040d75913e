"""The heap after a large build (``memory.trim_heap``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

_TRIM_PROBE = """
from listwatch.screening.memory import keep_heap, trim_heap
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096
keep_heap(64)  # (freed blocks stay in the heap, as they may after a build)
block = b"x" * (24 << 20)
del block
kept = rss()
print(trim_heap(), kept - rss())
"""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux's /proc")
def test_memory_the_heap_holds_free_is_given_back() -> None:
    out = subprocess.run([sys.executable, "-c", _TRIM_PROBE], check=True,
                         capture_output=True, text=True).stdout.split()
    assert out[0] == "True"
    assert int(out[1]) > 20 << 20
