"""The news bench's command line (bench/bench_news.py): ``--help`` prints the usage and
scores nothing; an argument it does not know stops it with a message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench" / "bench_news.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT)


def test_help_prints_usage_and_scores_nothing() -> None:
    for flag in ("--help", "-h"):
        res = _run(flag)
        assert res.returncode == 0, res.stderr
        assert "bench/bench_news.py [--errors]" in res.stdout
        assert "--real DIR" in res.stdout
        assert "== tuning set" not in res.stdout  # no set was scored


def test_unknown_argument_stops_with_a_message() -> None:
    res = _run("--no-sped")
    assert res.returncode != 0
    assert "unknown argument '--no-sped'" in res.stderr
    assert "--help" in res.stderr
    assert "== tuning set" not in res.stdout


def test_a_real_folder_that_is_no_set_is_named(tmp_path: Path) -> None:
    res = _run("--no-speed", "--real", str(tmp_path))
    assert res.returncode != 0
    assert "not a labelled set" in res.stderr and str(tmp_path) in res.stderr
