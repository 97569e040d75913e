"""scripts/train_party_model.py: how a candidate is labelled (the README's rule), how the
decisions are counted, how thresholds are chosen, and what it refuses (names and labels
invented here, no real text)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "train_party_model.py"


def _script():
    spec = importlib.util.spec_from_file_location("train_party_model", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


GOLD = [
    {"type": "designation", "entity": "Talvex Robotics Ltd"},
    {"type": "designation", "entity": "Corvane Systems", "doubtful": True},
    {"type": "removal", "entity": "Ostrava Mining JSC"},
]


def test_a_candidate_is_labelled_by_the_readme_rule() -> None:
    label = _script()._label
    # a telling word shared with a counted label of the same type: a positive, and which one
    assert label({"type": "designation", "name": "Talvex Robotics"}, GOLD, []) == (1, 0)
    assert label({"type": "removal", "name": "Ostrava Mining"}, GOLD, []) == (1, 2)
    # the same party with another type: a negative
    assert label({"type": "removal", "name": "Talvex Robotics"}, GOLD, []) == (0, -1)
    # only a doubtful label, or an unlabelled named designee: left out
    assert label({"type": "designation", "name": "Corvane Systems Co"}, GOLD, []) == (-1, -1)
    assert label({"type": "designation", "name": "Pellinor SA"}, GOLD, ["Pellinor"]) == (-1, -1)
    # no telling word in common: a negative
    assert label({"type": "designation", "name": "Halvard Group"}, GOLD, []) == (0, -1)


def _cand(mod, typ: str, chosen: bool, label: int, gold: int, party: int):
    return mod.Cand(typ, chosen, label, gold, party, np.array([party + 1], dtype=np.int64))


def test_decisions_are_counted_once_per_event_and_party() -> None:
    mod = _script()
    art = mod.Article(counted=2, cands=[
        _cand(mod, "designation", True, 1, 0, 0),   # the labelled party, chosen
        _cand(mod, "designation", True, 1, 0, 0),   # ... told again: the same event
        _cand(mod, "designation", True, 0, -1, 1),  # a wrong party, chosen
        _cand(mod, "designation", True, 0, -1, 1),  # ... twice: one false event
        _cand(mod, "removal", False, 1, 1, 2),      # a labelled party the rules left
        _cand(mod, "removal", False, -1, -1, 3),    # left out of the count whatever is decided
    ])
    p = np.array([0.9, 0.9, 0.2, 0.2, 0.7, 0.9])
    assert mod.tally([art], [p], 0.0, 1.01) == (1, 1, 1)  # the rules alone
    assert mod.tally([art], [p], 0.3, 1.01) == (1, 0, 1)  # the wrong party dropped
    assert mod.tally([art], [p], 0.3, 0.6) == (2, 0, 0)  # ... and the left one added
    # every chosen party of a type under keep: the most probable one stays, as the reader does
    assert mod.tally([art], [p], 0.95, 1.01) == (1, 0, 1)
    assert mod.tally([art], [np.array([0.2, 0.2, 0.9, 0.9, 0.7, 0.9])], 0.95, 1.01) == (0, 1, 2)
    assert mod.f1((2, 0, 0)) == 1.0 and mod.f1((0, 3, 2)) == 0.0


def test_thresholds_are_chosen_on_the_sets_given() -> None:
    mod = _script()
    rng = np.random.default_rng(5)

    def article() -> object:
        # a feature that tells right from wrong, the rules choosing wrongly half the time
        cands = []
        for k in range(8):
            right = k % 2 == 0
            feats = np.array([1 if right else 2, 10 + int(rng.integers(0, 50))], dtype=np.int64)
            cands.append(mod.Cand("designation", k < 6, 1 if right else 0, k if right else -1, k, feats))
        return mod.Article(counted=4, cands=cands)

    sets = {name: [article() for _ in range(6)] for name in ("a", "b", "c")}
    keep, add, last = mod.choose(sets)
    assert keep > 0.0 and add < 1.01  # wrong choices dropped, the left right ones added
    assert 0.0 <= last <= keep
    model = mod.fit([a for v in sets.values() for a in v], keep, add, last)
    ps = mod.probs(model, sets["a"])
    assert mod.tally(sets["a"], ps, keep, add, last) == (24, 0, 0)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_collect_refuses_a_folder_without_labels_and_a_bad_name(tmp_path: Path) -> None:
    done = _run("collect", "P", str(tmp_path))
    assert done.returncode == 1 and "no labels.jsonl there" in done.stderr
    done = _run("collect", "../P", str(tmp_path))
    assert done.returncode == 1 and "a set's name is letters" in done.stderr


def test_stored_files_of_another_format_are_refused(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    mod = _script()
    try:
        mod.load_store(tmp_path)
    except SystemExit as e:
        assert "not a stored candidate set" in str(e)
    else:
        raise AssertionError("a file of another format was read")


def test_a_read_set_names_the_stored_first_look_it_leaves_out() -> None:
    real_arg = _script()._real_arg
    # the folder's name by default; ``STORED=DIR`` when its first look is stored by another name
    assert real_arg("/data/pages/K") == ("K", Path("/data/pages/K"))
    assert real_arg("K31=/data/pages/K") == ("K31", Path("/data/pages/K"))
    # a folder of a session's pages goes by its letter and the session's number
    assert real_arg("/data/pages_news29/P") == ("P29", Path("/data/pages_news29/P"))
    # an '=' that names no set is part of the path
    assert real_arg("/data/a=b/K") == ("K", Path("/data/a=b/K"))
