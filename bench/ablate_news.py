"""What each trigger pattern earns: the news reader run with one trigger left out at a
time, scored on the written sets, the tuning part of the real articles and the
held-apart part (scores only: its texts are not printed).

    .venv/bin/python bench/ablate_news.py [--lang en|fr] [--only N,M]

For each trigger (by index in its language pack) prints the change in true and false
positives when it is removed: a trigger whose removal costs nothing anywhere, or costs
one tuning article and gains on the held-apart part, fits one article's wording rather
than a kind of phrasing.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_news import ARTICLES, load_real, load_set

from listwatch.news import extract_article, mentions, modality, triggers
from listwatch.news.evaluate import held_apart, score, score_labelled
from listwatch.news.lang import PACKS


def _clear() -> None:
    triggers.compiled.cache_clear()
    triggers._find.cache_clear()
    modality.compiled.cache_clear()
    mentions.authority_spans.cache_clear()


def _run(written: list[Any], tune: list[Any], held: list[Any]) -> tuple[tuple[int, int], ...]:
    pairs = [(n, extract_article(t, published=g["published"])["events"], g["events"]) for n, t, g in written]
    w = score(pairs)["all"]
    out = [(w.tp, w.fp)]
    for part in (tune, held):
        rows = [(d["file"], d["lang"], extract_article(d["text"], published=d["published"])["events"],
                 d["events"], d.get("unlabelled_named") or []) for d in part]
        t = score_labelled(rows)["all"]
        out.append((t.tp, t.fp))
        if part is tune:  # tuning articles whose score a trigger changes (never the held-apart ones)
            for row in rows:
                a = score_labelled([row])["all"]
                _PER.setdefault(row[0], []).append((a.tp, a.fp))
    return tuple(out)


_PER: dict[str, list[tuple[int, int]]] = {}


def _articles_changed() -> int:
    """How many tuning articles the last run scored differently from the baseline."""
    n = sum(1 for runs in _PER.values() if len(runs) > 1 and runs[-1] != runs[0])
    for runs in _PER.values():
        del runs[1:]
    return n


def main() -> None:
    langs = ["en", "fr"]
    if "--lang" in sys.argv:
        langs = [sys.argv[sys.argv.index("--lang") + 1]]
    only: set[int] | None = None
    if "--only" in sys.argv:
        only = {int(x) for x in sys.argv[sys.argv.index("--only") + 1].split(",")}
    written = [x for sub in ("", "heldout", "blind", "blind2", "blind3") for x in load_set(ARTICLES / sub)]
    real = load_real()
    for lang in langs:
        w = [x for x in written if x[2].get("language", lang) == lang]
        tune = [d for d in real if d["lang"] == lang and not held_apart(d["file"])]
        held = [d for d in real if d["lang"] == lang and held_apart(d["file"])]
        pack = PACKS[lang]
        _clear()
        _PER.clear()
        base = _run(w, tune, held)
        print(f"== {lang}: baseline written tp/fp {base[0]}, tuning {base[1]}, held-apart {base[2]}")
        print(f"{'#':>3} {'type':16} {'written':>9} {'tuning':>9} {'arts':>4} {'held':>9}  pattern")
        for i, trig in enumerate(pack.triggers):
            if only is not None and i not in only:
                continue
            PACKS[lang] = dataclasses.replace(pack, triggers=pack.triggers[:i] + pack.triggers[i + 1:])
            _clear()
            try:
                got = _run(w, tune, held)
            finally:
                PACKS[lang] = pack
                _clear()
            deltas = [f"{g[0] - b[0]:+d}/{g[1] - b[1]:+d}" for g, b in zip(got, base, strict=True)]
            n = _articles_changed()
            print(f"{i:3} {trig.event:16} {deltas[0]:>9} {deltas[1]:>9} {n:>4} {deltas[2]:>9}  {trig.pattern[:60]}")


if __name__ == "__main__":
    main()
