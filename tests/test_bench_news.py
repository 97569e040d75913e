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


def _real_set(folder: Path, pages: dict[str, str], lines: list[str]) -> Path:
    (folder / "articles").mkdir(parents=True)
    for name, text in pages.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    (folder / "labels.jsonl").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return folder


_PAGE = "Treasury Sanctions Shipping Network\n\nThe Office of Foreign Assets Control designated Korvex Trading LLC for shipping oil.\n"


def _label(file: str, **extra: object) -> str:
    import json

    gold = {"file": file, "lang": "en", "published": "2025-06-17",
            "events": [{"type": "designation", "entity": "Korvex Trading LLC", "date": "2025-06-17",
                        "evidence": "The Office of Foreign Assets Control designated Korvex Trading LLC"}]}
    gold.update(extra)
    return json.dumps(gold)


def test_a_real_set_that_cannot_be_scored_whole_stops_before_any_scoring(tmp_path: Path) -> None:
    # a set scored in part would print a figure that looks whole: each flaw is named by its
    # line or file (never the page's text) and nothing is scored
    cases = {
        "missing": ({"a1.txt": _PAGE}, [_label("a1.txt"), _label("a2.txt")],
                    ["line 2", "a2.txt not found"]),
        "unlabelled": ({"a1.txt": _PAGE, "a3.txt": _PAGE}, [_label("a1.txt")],
                       ["1 page(s) with no line", "a3.txt"]),
        "not json": ({"a1.txt": _PAGE}, ['{"file": "a1.txt", "lang": "en"'], ["line 1: not JSON"]),
        "twice": ({"a1.txt": _PAGE}, [_label("a1.txt"), _label("a1.txt")],
                  ["line 2", "a1.txt is labelled twice"]),
        "no evidence": ({"a1.txt": _PAGE},
                        [_label("a1.txt", events=[{"type": "designation", "entity": "Korvex"}])],
                        ["line 1: event 1 has no evidence"]),
        "no published": ({"a1.txt": _PAGE}, ['{"file": "a1.txt", "lang": "en", "events": []}'],
                         ["line 1: no published"]),
    }
    for name, (pages, lines, says) in cases.items():
        folder = _real_set(tmp_path / name.replace(" ", "_"), pages, lines)
        res = _run("--no-speed", "--real", str(folder))
        assert res.returncode != 0, name
        for part in says:
            assert part in res.stderr, (name, res.stderr)
        assert "Korvex" not in res.stderr  # names lines and files, not the page's text
        assert "== tuning set" not in res.stdout, name  # stopped before scoring anything


def test_a_real_set_is_scored_with_each_page_address(tmp_path: Path) -> None:
    # the page's URL tells an authority's own release, which dates what it tells undated
    # (as in use, and as the written sets are scored): dropping it would score the same
    # page as a newspaper's
    import importlib

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        bench = importlib.import_module("bench_news")
    finally:
        sys.path.remove(str(ROOT / "bench"))
    release = _real_set(tmp_path / "release", {"a1.txt": _PAGE},
                        [_label("a1.txt", url="https://ofac.treasury.gov/recent-actions/20250617")])
    news = _real_set(tmp_path / "news", {"a1.txt": _PAGE},
                     [_label("a1.txt", url="https://example.com/treasury-sanctions-network")])
    got = {}
    for folder in (release, news):
        pages = bench.load_real(folder)
        assert [p["file"] for p in pages] == ["a1.txt"] and "Korvex" in pages[0]["text"]
        got[folder.name] = bench.run_real(pages)["all"].as_dict()
    assert got["release"]["tp"] == 1 and got["release"]["date_accuracy"] == 1.0
    assert got["news"]["tp"] == 1 and got["news"]["date_accuracy"] == 0.0


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
