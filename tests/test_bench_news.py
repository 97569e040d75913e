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


ROUTES = ROOT / "bench" / "party_routes.py"


def _routes(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, str(ROUTES), *args], capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT)


def test_party_routes_counts_right_and_wrong_parties_by_route(tmp_path: Path) -> None:
    import json

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a1.txt").write_text(
        "Treasury sanctions Korvex Trading\n\nThe Treasury on Tuesday sanctioned Korvex Trading and "
        "Velmar Shipping for shipping oil.\n", encoding="utf-8")
    label = {"file": "a1.txt", "lang": "en", "published": "2025-06-19",
             "events": [{"type": "designation", "entity": "Korvex Trading", "date": "2025-06-17",
                         "evidence": "The Treasury on Tuesday sanctioned Korvex Trading"}]}
    (tmp_path / "labels.jsonl").write_text(json.dumps(label) + "\n", encoding="utf-8")
    out = tmp_path / "dump.json"
    res = _routes("dump", str(tmp_path), str(out))
    assert res.returncode == 0, res.stderr
    res = _routes("table", f"X={out},{tmp_path}")
    assert res.returncode == 0, res.stderr
    rows = {line.split()[0]: line.split() for line in res.stdout.splitlines()[1:]}
    right = sum(int(r[1]) for r in rows.values())
    wrong = sum(int(r[2]) for r in rows.values())
    assert (right, wrong) == (1, 1)  # Korvex Trading labelled, Velmar Shipping not
    assert "Korvex" not in res.stdout  # counts only, no text


def test_party_routes_stops_on_a_folder_that_is_no_set(tmp_path: Path) -> None:
    res = _routes("dump", str(tmp_path), str(tmp_path / "x.json"))
    assert res.returncode != 0 and "not a labelled set" in res.stderr
    res = _routes("tabel")
    assert res.returncode != 0 and "--help" in res.stderr
