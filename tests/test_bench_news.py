"""The news benches' command lines (bench/bench_news.py, bench/diagnose_news.py): ``--help``
prints the usage and scores nothing; an argument they do not know stops them with a
message."""

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


DIAGNOSE = ROOT / "bench" / "diagnose_news.py"


def _diag(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, str(DIAGNOSE), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT)


def test_diagnose_help_prints_usage_and_reads_nothing() -> None:
    res = _diag("--help")
    assert res.returncode == 0, res.stderr
    assert "bench/diagnose_news.py [--part tuning|held|all]" in res.stdout
    assert "== kinds of errors" not in res.stdout


def test_diagnose_unknown_argument_or_value_stops_with_a_message() -> None:
    res = _diag("--shw")
    assert res.returncode != 0 and "unknown argument '--shw'" in res.stderr
    res = _diag("--part", "heldout")
    assert res.returncode != 0 and "--part takes tuning, held or all" in res.stderr
    res = _diag("--lang", "de")
    assert res.returncode != 0 and "--lang takes en or fr" in res.stderr
    assert "== kinds of errors" not in res.stdout
