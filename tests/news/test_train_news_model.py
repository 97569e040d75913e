"""scripts/train_news_model.py's folds and options (articles written here, no real text):
folds by story keep the articles that share a labelled party together, folds by article
are every n-th file, and a set to score needs --events and a labels file."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "train_news_model.py"


def _script():
    spec = importlib.util.spec_from_file_location("train_news_model", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _art(file: str, *parties: str) -> dict:
    return {"file": file, "events": [{"type": "designation", "entity": p} for p in parties]}


ARTS = [
    _art("a1.txt", "Talvex Robotics Ltd"),
    _art("a2.txt", "Talvex Robotics"),  # the same story as a1 (shares "talvex")
    _art("a3.txt", "Corvane Systems Co", "Ostrava Mining"),
    _art("a4.txt", "Ostrava Mining JSC"),  # joins a3 through "ostrava"
    _art("a5.txt", "Pellinor SA"),
    _art("a6.txt"),  # no event: a story of its own
    _art("a7.txt", "China Group Holding"),  # no telling word: shares nothing
    _art("a8.txt", "China National Holding"),
]


def test_story_folds_keep_shared_parties_together() -> None:
    folds = _script().fold_sets(ARTS, 3, "story")
    assert sorted(f for s in folds for f in s) == sorted(a["file"] for a in ARTS)  # each file once
    where = {f: k for k, s in enumerate(folds) for f in s}
    assert where["a1.txt"] == where["a2.txt"]
    assert where["a3.txt"] == where["a4.txt"]
    # six stories over three folds: two in each, so no fold is empty
    assert all(folds)
    # words that tell nothing ("China", "Holding") join no stories: six folds, one story each
    six = _script().fold_sets(ARTS, 6, "story")
    assert sorted(len(s) for s in six) == [1, 1, 1, 1, 2, 2]


def test_article_folds_are_every_nth_file() -> None:
    folds = _script().fold_sets(ARTS, 3, "article")
    files = sorted(a["file"] for a in ARTS)
    assert folds == [set(files[0::3]), set(files[1::3]), set(files[2::3])]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True,
                          text=True, timeout=120, check=False)


def test_a_set_to_score_needs_events_and_labels(tmp_path: Path) -> None:
    done = _run("--real", str(tmp_path))
    assert done.returncode == 2 and "give --events too" in done.stderr
    done = _run("--events", "--real", str(tmp_path))
    assert done.returncode == 2 and "no labels.jsonl there" in done.stderr
