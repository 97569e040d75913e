"""The news sentence model: the shipped file loads and is in its canonical form, a rebuild
from the same labelled sentences gives the same bytes, and the model learns what a tiny
labelled set written here teaches (sentences written for this test)."""

from __future__ import annotations

import numpy as np
import pytest

from listwatch.news.errors import NewsModelError
from listwatch.news.sentence_model import MODEL_PATH, SentenceModel, features, load, tokens, train

TYPES = ("designation", "removal")

# a tiny labelled set: an invented verb for each type, and sentences stating neither
TINY = [
    ("Corvane Ltd was blackballed by the sanctions office on 3 March 2024.", {"designation"}),
    ("The sanctions office blackballed Pellinor SA last week.", {"designation"}),
    ("Ostrava Mining was blackballed in 2019 by the sanctions office.", {"designation"}),
    ("Le bureau des sanctions a blackboulé Corvane le 3 mars 2024.", {"designation"}),
    ("The sanctions office whitewashed Corvane Ltd on 3 May 2024.", {"removal"}),
    ("Pellinor SA was whitewashed by the sanctions office in June.", {"removal"}),
    ("Ostrava Mining was whitewashed last month.", {"removal"}),
    ("Corvane Ltd reported higher sales in 2024.", set()),
    ("Shares of Pellinor SA rose 3% on Tuesday.", set()),
    ("The sanctions office publishes its annual report in May.", set()),
    ("Ostrava Mining opened a new plant near the border.", set()),
    ("Analysts expect the office to hire more staff.", set()),
]


def _examples(rows: list[tuple[str, set[str]]]) -> list[tuple[np.ndarray, frozenset[str]]]:
    return [(features(text), frozenset(types)) for text, types in rows]


def test_shipped_model_loads_in_canonical_form() -> None:
    model = load()
    assert set(model.types) >= {"designation", "removal", "legal_challenge", "injunction",
                                "vacatur", "license", "deadline"}
    assert len(model.index) > 1000 and model.weights.shape == (len(model.index), len(model.types))
    assert np.all(np.diff(model.index) > 0)  # sorted, distinct feature numbers
    # what the file holds is what writing the loaded model gives: nothing else in it
    assert model.dumps() == MODEL_PATH.read_bytes()
    probs = model.probabilities("The Commerce Department added Talvex Robotics to the Entity List.")
    assert set(probs) == set(model.types) and all(0.0 <= p <= 1.0 for p in probs.values())


def test_shipped_model_reads_a_plain_listing_sentence() -> None:
    model = load()
    text = "The Commerce Department added Talvex Robotics Ltd to the Entity List on March 3, 2024."
    masks = [(text.index("Talvex"), text.index(" to the"))]
    probs = model.probabilities(text, masks)
    assert max(probs, key=lambda t: probs[t]) == "designation"
    calm = model.probabilities("Talvex Robotics Ltd reported record profits in its third quarter.",
                               [(0, 19)])
    assert calm["designation"] < probs["designation"]


def test_rebuild_is_deterministic() -> None:
    first = train(_examples(TINY), TYPES, steps=150).dumps()
    second = train(_examples(TINY), TYPES, steps=150).dumps()
    assert first == second
    assert SentenceModel.loads(first).dumps() == first
    other = train(_examples(TINY[:-1]), TYPES, steps=150).dumps()
    assert other != first


def test_tiny_model_learns_its_wording() -> None:
    model = SentenceModel.loads(train(_examples(TINY), TYPES, steps=300).dumps())
    new = model.probabilities("Hartwell Shipping was blackballed by the sanctions office yesterday.")
    assert new["designation"] > 0.8 and new["removal"] < 0.5
    lift = model.probabilities("Hartwell Shipping was whitewashed yesterday.")
    assert lift["removal"] > 0.8 and lift["designation"] < 0.5
    calm = model.probabilities("Hartwell Shipping opened a new plant in 2023.")
    assert max(calm.values()) < 0.5
    assert model.cue("Hartwell Shipping was blackballed yesterday.", "designation") == (22, 33)


def test_names_and_numbers_are_masked() -> None:
    text = "Corvane Ltd was added on 3 March 2024."
    assert tokens(text, [(0, 11)]) == ["_ent_", "was", "added", "on", "0", "march", "0"]
    # the same sentence about another party on another day has the same features
    other = "Pellinor SA was added on 9 March 2019."
    assert np.array_equal(features(text, [(0, 11)]), features(other, [(0, 11)]))
    assert "levee" in tokens("La levée des sanctions") or "levée" in tokens("La levée des sanctions")


def test_a_damaged_file_says_what_to_do(tmp_path) -> None:
    bad = tmp_path / "model.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(NewsModelError, match="rebuild it with scripts/train_news_model.py"):
        load(bad)
    with pytest.raises(NewsModelError, match="cannot read"):
        load(tmp_path / "missing.json")


@pytest.mark.realdata
def test_committed_model_is_the_rebuild_of_the_current_rules(shared_data, tmp_path) -> None:
    """The model learns from sentences the rules label (the written sets) and the mention
    finder masks: a change of rules changes its training set. The committed file must be
    what the training script gives now (full-batch training: same inputs, same bytes)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "model.json"
    env = {**os.environ, "LISTWATCH_TEST_DATA": str(shared_data), "PYTHONPATH": str(root / "src")}
    done = subprocess.run([sys.executable, str(root / "scripts" / "train_news_model.py"), "--output", str(out)],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_bytes() == MODEL_PATH.read_bytes(), (
        "the committed sentence model is stale: rebuild it with "
        "`LISTWATCH_TEST_DATA=../shared/data python scripts/train_news_model.py` and commit it")
