"""Speed of the screening paths on the code at PYTHONPATH, for comparing two checkouts
in the same run (issue 15's refactor: figures must hold within noise).

    PYTHONPATH=A/src python bench/compare_speed.py SHARED_DATA [--rows 40000] [--db URL]
    PYTHONPATH=B/src python bench/compare_speed.py SHARED_DATA [--rows 40000] [--db URL]

Builds a SQLite database from the UN list and the 2024-05-03 OFAC SDN list (or uses the
database ``--db``, e.g. bench_screen's five lists), then times
(1) one query at a time (``Screener.screen``, median and p95 over 1,000 perturbed names)
and (2) ``run_batch`` on the local path with 2 workers over ``--rows`` rows (perturbed
names, a fifth of them repeated), and prints one JSON line."""

from __future__ import annotations

import argparse
import csv
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_same_output import _modules, perturb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("--rows", type=int, default=40_000)
    parser.add_argument("--db", default=None)
    parser.add_argument("--candidates", type=int, default=None,
                        help="entries scored per query (default: the code's own)")
    args = parser.parse_args()
    import os

    load_start = os.getloadavg()[0]
    batch, screen = _modules()
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    with tempfile.TemporaryDirectory(prefix="lw-speed-") as tmp:
        work = Path(tmp)
        store = Store(args.db or f"sqlite:///{work / 'lists.db'}")
        if args.db is None:
            ingest_paths(store, "un_sc", [args.data / "un_sc_consolidated"])
            ingest_paths(store, "us_ofac_sdn", [args.data / "ofac_sdn" / "2024-05-03"])
        screener = screen.Screener.load(store)
        store.dispose()
        names = sorted({v.name for v in screener.index.versions if v.name})
        kw = {"candidates": args.candidates} if args.candidates else {}
        rng = random.Random(15)
        singles = [{"name": perturb(n, rng)} for n in rng.choices(names, k=1000)]
        for q in singles[:50]:  # (warm the caches)
            screener.screen(q, **kw)
        times = []
        for q in singles:
            t = time.perf_counter()
            screener.screen(q, **kw)
            times.append(time.perf_counter() - t)
        times.sort()
        rows = [perturb(n, rng) for n in rng.choices(names, k=args.rows * 4 // 5)]
        rows += rng.choices(rows, k=args.rows - len(rows))
        infile = work / "in.csv"
        with infile.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "name"])
            w.writerows([f"r{i}", n] for i, n in enumerate(rows))
        report = batch.run_batch(screener, infile, work / "out.csv", fmt="csv", workers=2,
                                 opts=batch.BatchOptions(**kw))
    print(json.dumps({
        "compiled": __import__("listwatch.match.compiled", fromlist=["x"]).in_use(),
        "load_average": [round(load_start, 2), round(os.getloadavg()[0], 2)],
        "single_median_ms": round(statistics.median(times) * 1000, 3),
        "single_p95_ms": round(times[int(len(times) * 0.95)] * 1000, 3),
        "single_p99_ms": round(times[int(len(times) * 0.99)] * 1000, 3),
        "batch_rows": report.rows,
        "batch_rows_per_s": round(report.rows_per_second),
        "batch_distinct_screened": report.screened,
        "batch_matched_rows": report.matched_rows,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
