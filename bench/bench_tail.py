"""The slow end of single queries: CPU percentiles of one query at a time under settings of
retrieval's constants, interleaved in one process, with the slowest queries named.

    PYTHONHASHSEED=0 .venv/bin/python bench/bench_tail.py sqlite:///bench/out/m300k.db \
        [--queries 2000] [--seed 7] [--cache DIR] \
        [--config '{"uncapped": {"index.FANOUT": 1000000000}, "now": {}}']

The queries are ``bench_million``'s (70 % perturbed names of the store, 30 % invented);
the first 50 warm the process up. Each configuration (constants of
``listwatch.screening.index`` or ``.vector`` set for its runs, the rest as in the code)
screens every query twice, in the order A B … B A, its word plans cleared before each
run; a query's figure is the smaller of its two CPU times (on a shared machine the
larger one mostly measures the neighbours). Printed per configuration: CPU p50, p90, p98,
p99 and max in ms, recall of the perturbed names (a tied namesake counting), invented
names matched, how many queries' results differ from the first configuration's, and
(``--show``) its slowest queries. With ``--cache`` the index is read from (or written to)
that folder (``index_cache``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_million import _queries, pct  # type: ignore[import-not-found]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cache", default=None, help="index cache folder (default: none)")
    ap.add_argument("--config", default='{"now": {}}')
    ap.add_argument("--show", type=int, default=0, help="slowest queries shown per config")
    args = ap.parse_args()

    from listwatch.screening import index, vector
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    modules = {"index": index, "vector": vector}
    configs: dict[str, dict[str, Any]] = json.loads(args.config)
    names = {k for c in configs.values() for k in c}
    original = {k: getattr(modules[k.split(".")[0]], k.split(".")[1]) for k in names}
    t0 = time.process_time()
    screener = Screener.load(Store(args.db), cache=args.cache)
    print(f"index: {len(screener.index.versions)} versions, {screener.origin}, "
          f"{time.process_time() - t0:.1f} CPU s, load {os.getloadavg()}", flush=True)
    queries = _queries(screener, args.queries + 50, args.seed)
    for name, _ in queries[:50]:
        screener.screen({"name": name})
    queries = queries[50:]
    namesakes: dict[str, set[str]] = {}
    for v in screener.index.versions:
        namesakes.setdefault(v.name, set()).add(v.key)
    by_key = {v.key: v.name for v in screener.index.versions}

    runs: dict[str, dict[str, Any]] = {}
    labels = list(configs)
    for label in labels + labels[::-1]:
        for k, v in {**original, **configs[label]}.items():
            setattr(modules[k.split(".")[0]], k.split(".")[1], v)
        vec = screener.vector()
        vec.token_plans.clear()
        vec.old_token_plans.clear()
        cpu: list[float] = []
        results: list[list[tuple[str, float]]] = []
        found = tied = expected = matched = invented = 0
        for name, key in queries:
            c = time.process_time()
            got = screener.screen({"name": name})
            cpu.append(time.process_time() - c)
            results.append([(r["key"], r["score"]) for r in got])
            if key is None:
                invented += 1
                matched += bool(got)
                continue
            expected += 1
            keys = {k for r in got for k in (r.get("referents") or [r["key"]])}
            found += key in keys
            same = namesakes.get(by_key[key], set())
            tied += key in keys or any(r["score"] >= got[0]["score"] and bool(
                {r["key"], *(r.get("referents") or ())} & same) for r in got)
        run = runs.setdefault(label, {"cpu": [], "results": results})
        run["cpu"].append(cpu)
        run.update(recall=found / max(1, expected), ties=tied / max(1, expected),
                   invented=matched / max(1, invented))
    first = runs[labels[0]]["results"]
    for label in labels:
        run = runs[label]
        cpu = [min(a, b) for a, b in zip(*run["cpu"], strict=True)]
        diff = sum(a != b for a, b in zip(run["results"], first, strict=True))
        print(f"{label}: CPU ms p50 {pct(cpu, .5) * 1e3:.2f} p90 {pct(cpu, .9) * 1e3:.2f} "
              f"p98 {pct(cpu, .98) * 1e3:.2f} p99 {pct(cpu, .99) * 1e3:.2f} "
              f"max {max(cpu) * 1e3:.2f} | recall {run['recall']:.4f} "
              f"(ties {run['ties']:.4f}) invented matched {run['invented']:.4f} | "
              f"results differ {diff} of {len(cpu)}", flush=True)
        for c, (name, _) in sorted(zip(cpu, queries, strict=True), key=lambda x: -x[0])[
                :args.show]:
            print(f"    {c * 1e3:6.2f} ms  {name}")
    print(f"load {os.getloadavg()}")


if __name__ == "__main__":
    main()
