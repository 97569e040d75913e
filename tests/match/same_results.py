"""Run by ``test_compiled.py`` in a subprocess, once compiled and once in pure Python:
prints (as JSON) what the screening core makes of real data, for the two to be compared.

    python tests/match/same_results.py SHARED_DATA WORKDIR
"""

from __future__ import annotations

import csv
import json
import random
import sys
from dataclasses import asdict
from pathlib import Path


def perturb(name: str, rng: random.Random) -> str:
    words = name.split()
    op = rng.random()
    if op < 0.3 and words:
        i = rng.randrange(len(words))
        if len(words[i]) > 3:
            j = rng.randrange(1, len(words[i]) - 1)
            words[i] = words[i][:j] + words[i][j + 1:]
    elif op < 0.5:
        rng.shuffle(words)
    elif op < 0.7:
        words = words[:-1] or words
    out = " ".join(words)
    return out.lower() if rng.random() < 0.3 else out


def main() -> None:
    data, work = Path(sys.argv[1]), Path(sys.argv[2])
    from listwatch.match import compiled
    from listwatch.match.names import compare_names
    from listwatch.match.normalize import ORG, PERSON, VESSEL, normalize
    from listwatch.match.scorer import default_scorer
    from listwatch.screening.bounds import upper_bounds
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    out: dict[str, object] = {"compiled": compiled.in_use()}
    store = Store(f"sqlite:///{work / 'lists.db'}")
    ingest_paths(store, "un_sc", [data / "un_sc_consolidated"])
    screener = Screener.load(store)
    store.dispose()
    names = sorted({n for v in screener.index.versions for n in
                    [v.name, *v.properties.get("alias", []), *v.properties.get("nameOriginal", [])]
                    if n})
    out["normalize"] = [[asdict(normalize(n, k)) for k in (PERSON, ORG, VESSEL)]
                        for n in names]
    with open(data / "name_matching_nomenklatura" / "2026-05-03" / "cases-dev.csv",
              newline="", encoding="utf-8") as f:
        pairs = [(r["name1"], r["name2"], r["schema"]) for r in csv.DictReader(f)]
    scorer = default_scorer()
    out["compare"] = []
    for a, b, schema in pairs:
        comp = scorer.compare({"schema": schema, "names": [a]}, {"schema": schema, "names": [b]})
        na, nb = normalize(a, "org"), normalize(b, "org")
        out["compare"].append([comp.score, comp.explanation,
                               asdict(compare_names(na, nb)), upper_bounds(na, [nb])])
    rng = random.Random(5)
    queries = [{"name": perturb(n, rng)} for n in names for _ in range(2)]
    out["batch"] = screener.screen_batch(queries, brief=True)
    out["single"] = [screener.screen(q) for q in queries[::25]]
    json.dump(out, sys.stdout, sort_keys=True, default=sorted)


if __name__ == "__main__":
    main()
