"""scripts/train_news_model.py's folds and options (articles written here, no real text):
folds by story keep the articles that share a labelled party together, folds by article
are every n-th file, a set to score needs --events and a labels file, and a labelled set
is stored as hashed features and types only."""

from __future__ import annotations

import base64
import importlib.util
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np

from listwatch.news.sentence_model import features

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


# --- the stored sentence sets (bench/sentence_samples): numbers and types only ----------

SAMPLES = ROOT / "bench" / "sentence_samples"
ALL_TYPES = {"designation", "removal", "legal_challenge", "injunction", "vacatur", "license", "deadline"}


def _stored(path: Path) -> list[list[list]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert set(doc) == {"format", "set", "folder", "read_by", "articles", "data"}
    assert doc["format"] == "listwatch-sentence-samples/1"
    arts = json.loads(zlib.decompress(base64.b64decode(doc["data"])))
    assert len(arts) == doc["articles"]
    return arts


def test_stored_sets_hold_numbers_and_types_only() -> None:
    files = sorted(SAMPLES.glob("*.json"))
    assert {f.stem for f in files} >= {"T23", "H23"}
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        assert doc["set"] == f.stem and doc["folder"] not in ("V", "R", "S")  # never the gate or a hold set
        for art in _stored(f):
            for types, feats, told in art:
                assert set(types) <= ALL_TYPES and told in (0, 1)
                raw = base64.b64decode(feats)
                assert len(raw) % 4 == 0  # feature numbers, nothing else
                nums = np.cumsum(np.frombuffer(raw, dtype="<u4").astype(np.int64))
                assert np.all(np.diff(nums) > 0) and (not len(nums) or nums[-1] < 1 << 20)


def test_collect_stores_a_labelled_set_without_its_words(tmp_path) -> None:
    """A set of three invented pages is stored as hashed features: the sentence holding a
    labelled event's evidence is a positive of its type, the others negatives; no word of
    the pages reaches the file; V, R and S are refused (by the name or the folder's)."""
    pages = {
        "a.txt": ("Quillon Freight Ltd reported a loss for the year. On 4 June 2024 the sanctions office "
                  "blacklisted Quillon Freight Ltd for shipping drones. Its shares fell."),
        "b.txt": "Le tribunal de Lyon a annulé le 2 mai 2024 la décision visant Maisonneuve Rail SA. Rien d'autre.",
        "c.txt": "Brindle Orchards opened a packing plant near the river in 2023.",
    }
    labels = [
        {"file": "a.txt", "lang": "en", "published": "2024-06-05", "events": [
            {"type": "designation", "entity": "Quillon Freight Ltd", "evidence":
             "On 4 June 2024 the sanctions office blacklisted Quillon Freight Ltd for shipping drones."}]},
        {"file": "b.txt", "lang": "fr", "published": "2024-05-03", "events": [
            {"type": "vacatur", "entity": "Maisonneuve Rail SA", "evidence":
             "Le tribunal de Lyon a annulé le 2 mai 2024 la décision visant Maisonneuve Rail SA."}]},
        {"file": "c.txt", "lang": "en", "published": "2024-01-02", "events": []},
    ]
    folder = tmp_path / "Z9"
    (folder / "articles").mkdir(parents=True)
    for name, text in pages.items():
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    (folder / "labels.jsonl").write_text("".join(json.dumps(d) + "\n" for d in labels), encoding="utf-8")
    store = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(SCRIPT.parents[1] / "src")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, str(SCRIPT), *args, "--store", str(store)], env=env,
                              capture_output=True, text=True, timeout=300, check=False)

    done = run("--collect", "Z9", str(folder))
    assert done.returncode == 0, done.stderr[-2000:]
    stored = (store / "Z9.json").read_bytes()
    arts = _stored(store / "Z9.json")
    plain = zlib.decompress(base64.b64decode(json.loads(stored)["data"]))
    for word in ("Quillon", "blacklisted", "Maisonneuve", "tribunal", "Brindle", "drones"):
        assert word.encode() not in stored and word.encode() not in plain
    assert [[sorted(types) for types, _f, _t in art] for art in arts] == [
        [[], ["designation"], []], [["vacatur"], []], [[]]]
    # the positive's features are the sentence's, its name masked
    feats = np.cumsum(np.frombuffer(base64.b64decode(arts[0][1][1]), dtype="<u4").astype(np.int64))
    sent = "On 4 June 2024 the sanctions office blacklisted Quillon Freight Ltd for shipping drones."
    at = sent.index("Quillon")
    assert np.array_equal(feats, features(sent, [(at, at + len("Quillon Freight Ltd"))]))
    for name, where in (("V", folder), ("R", folder), ("S", folder), ("Z8", folder.parent / "R"),
                        ("Z7", folder.parent / "S"), ("Z6", folder.parent / "V")):
        refused = run("--collect", name, str(where))
        assert refused.returncode != 0 and "never learnt from" in refused.stderr
    for name in ("V", "R", "S", "Z8", "Z7", "Z6"):
        assert not (store / f"{name}.json").exists()
