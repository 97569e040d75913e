"""F1 on the generated pairs (bench/build_pairs.py), tune part and never-tuned report part,
then the development file last, listwatch next to nomenklatura logic-v2 in the same run.
Writes bench/out/pairs.json.

    .venv/bin/python bench/bench_pairs.py [--pairs bench/out/pairs.csv] [--errors KIND]
        [--nk-path DIR]   # a folder holding nomenklatura (pip install --target DIR)
        [--lists-db URL]  # weigh words by the lists' counts, as screening does

The threshold is calibrated on the tune part (best F1 on a 0.50-0.95 grid) and the report
part is scored both at the default (0.7) and at the calibrated threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from bench_quality import (  # noqa: E402
    DEFAULT_CASES,
    DEFAULT_THRESHOLD,
    best_threshold,
    listwatch_scores,
    load,
    nomenklatura_scorer,
    prf,
)

PAIRS = ROOT / "bench" / "out" / "pairs.csv"
OUT = ROOT / "bench" / "out" / "pairs.json"


def by_kind(rows: list[dict[str, str]], scores: list[float], thr: float) -> dict[str, dict]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[r.get("kind") or r["case_group"]].append(i)
    return {k: prf([rows[i] for i in idx], [scores[i] for i in idx], thr)
            for k, idx in sorted(groups.items())}


def line(label: str, res: dict) -> str:
    return (f"{label:14s} n={res['n']:5d}  P {res['precision']:.3f}  R {res['recall']:.3f}  "
            f"F1 {res['f1']:.3f}  (fp {res['fp']}, fn {res['fn']})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=Path, default=PAIRS)
    ap.add_argument("--dev", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--nk-path", help="folder to append to sys.path for nomenklatura")
    ap.add_argument("--no-nk", action="store_true")
    ap.add_argument("--errors", help="print the errors of this kind (tune part)")
    ap.add_argument("--tune-kinds", action="store_true", help="print the tune part by kind")
    ap.add_argument("--lists-db", help="a database of the lists: the scorer then weighs "
                    "words by how common they are in its names, as screening does")
    args = ap.parse_args()
    if args.nk_path:
        sys.path.append(args.nk_path)
    if args.lists_db:
        from listwatch.screening.screen import Screener
        from listwatch.store.db import Store

        Screener.load(Store(args.lists_db))  # (observes the lists' word counts)
    rows = load(args.pairs)
    dev = load(args.dev)
    out: dict = {}
    nk = None if args.no_nk else nomenklatura_scorer()
    systems = [("listwatch", lambda r: listwatch_scores(r)[0])]
    if nk is not None:
        systems.append(("nomenklatura logic-v2", lambda r: nk(r)[0]))
    else:
        print("nomenklatura not importable: give --nk-path or install the bench extra")
    for name, score in systems:
        scores = score(rows)
        tune = [i for i, r in enumerate(rows) if r["part"] == "tune"]
        rep = [i for i, r in enumerate(rows) if r["part"] == "report"]
        t_rows, t_sc = [rows[i] for i in tune], [scores[i] for i in tune]
        r_rows, r_sc = [rows[i] for i in rep], [scores[i] for i in rep]
        thr_default = DEFAULT_THRESHOLD if name == "listwatch" else 0.7
        calibrated = best_threshold(t_rows, t_sc)
        dev_scores = score(dev)
        res = {
            "threshold": thr_default,
            "calibrated_on_tune": calibrated,
            "tune": prf(t_rows, t_sc, thr_default),
            "report": prf(r_rows, r_sc, thr_default),
            "report_at_calibrated": prf(r_rows, r_sc, calibrated),
            "report_by_kind": by_kind(r_rows, r_sc, thr_default),
            "tune_by_kind": by_kind(t_rows, t_sc, thr_default),
            "dev": prf(dev, dev_scores, thr_default),
        }
        out[name] = res
        print(f"\n== {name} (threshold {thr_default}; calibrated on tune: {calibrated})")
        print(line("tune", res["tune"]))
        print(line("REPORT", res["report"]))
        print(line("report@calib", res["report_at_calibrated"]))
        for kind, kr in res["report_by_kind"].items():
            print("  " + line(kind, kr))
        if args.tune_kinds:
            for kind, kr in res["tune_by_kind"].items():
                print("  tune " + line(kind, kr))
        print(line("dev file", res["dev"]))
        if args.errors and name == "listwatch":
            # (errors are read on the tune part only: the report part stays unseen)
            for i in tune:
                r = rows[i]
                if (r.get("kind") == args.errors and
                        (scores[i] >= thr_default) != (r["is_match"] == "true")):
                    print(f"   {scores[i]:.3f} {r['is_match']:5s} {r['name1']} | {r['name2']}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, indent=2))
    print(f"\n-> {OUT}")


if __name__ == "__main__":
    main()
