"""The person finder's answer is the same in every process: Python randomises the order of
a set of strings per process (PYTHONHASHSEED), so an order taken from a set would make an
article's parties depend on which process read it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

# invented: a court caption in capitals naming an official, then the official by name and
# by surname in running text, and a person named in full then by surname
CAPTION = (
    "KAREL DOVNIK, Plaintiff,\nv.\nMARTA OSTROVA, in her official capacity as Secretary of the "
    "Treasury, et al., Defendants.\n\nMEMORANDUM OPINION\n\nKarel Dovnik challenges his designation "
    "by the Office of Foreign Assets Control. Secretary Marta Ostrova defends it. Ostrova says the "
    "record supports it. They have now filed a motion to dismiss."
)

_PROBE = """
import json, sys
from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions
from listwatch.news.persons import find_persons
text = sys.stdin.read()
out = {
    "persons": [(m.start, m.end, m.name, m.text) for m in find_persons(text, "en", ())],
    "mentions": [(m.start, m.end, m.name, m.via) for m in find_mentions(text, "en", None)[0]],
    "events": [(e["type"], e["entity"], e["date"]) for e in extract_article(text, published="2025-03-14")["events"]],
}
print(json.dumps(out))
"""


def _read_in(seed: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", _PROBE], input=CAPTION, capture_output=True, text=True,
                          env=env, check=True, timeout=120)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_same_article_gives_the_same_parties_in_every_process() -> None:
    first = _read_in(0)
    assert first["persons"], "the probe found no person: the test would prove nothing"
    for seed in (1, 2, 3, 4, 5):
        assert _read_in(seed) == first, f"PYTHONHASHSEED={seed} read the article differently"
