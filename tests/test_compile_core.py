"""scripts/compile_core.py as make runs it: without a compiler a newcomer gets one line and
pure Python; where the compiled core is required (CI) the same failure stops make."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "compile_core.py"


def _run(**env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "LISTWATCH_REQUIRE_DATA"}
    full |= {"PYTHONPATH": str(ROOT / "src"), "CC": "no-such-cc-listwatch", **env}
    # (--force: a build in place, fresh or not, is not a reason to skip the attempt)
    return subprocess.run([sys.executable, str(SCRIPT), "--force"], env=full,
                          capture_output=True, text=True, timeout=120, check=False)


def test_no_compiler_is_one_line_and_pure_python() -> None:
    done = _run()
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "no C compiler (no-such-cc-listwatch" in lines[0]
    assert "runs in pure Python" in lines[0]


def test_no_compiler_fails_loudly_when_required() -> None:
    done = _run(LISTWATCH_REQUIRE_DATA="1")
    assert done.returncode == 1
    assert "FAILED: the compiled screening core is required" in done.stderr
    assert "no C compiler (no-such-cc-listwatch" in done.stderr


def test_the_compiler_s_own_error_lines_are_kept() -> None:
    spec = importlib.util.spec_from_file_location("compile_core", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    output = ("gcc -O3 -c a.c\n"
              "a.c:1:10: fatal error: Python.h: No such file or directory\n"
              "compilation terminated.\n"
              "a.c:1:10: fatal error: Python.h: No such file or directory\n")
    assert module.error_lines(output) == "a.c:1:10: fatal error: Python.h: No such file or directory"
    assert module.error_lines("line one\nline two\n") == "line one\nline two"
