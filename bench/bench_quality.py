"""Quality of the pairwise scorer on labelled pairs, next to nomenklatura's logic-v2.

Usage:
    .venv/bin/python bench/bench_quality.py [--cases PATH] [--threshold T] [--no-nk]
                                            [--errors] [--cv]

Prints precision/recall/F1 overall and per schema for listwatch and (when importable)
nomenklatura logic-v2 side by side, and writes bench/out/quality.json. ``--cv`` also
reports a 2-fold split on case_group halves: the threshold is picked on one half and the
F1 reported on the other.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from listwatch.match.compare import compare_names  # noqa: E402 (after the path set-up)
from listwatch.match.scorer import DEFAULT_THRESHOLD  # noqa: E402

DEFAULT_CASES = (
    Path(os.environ.get("LISTWATCH_TEST_DATA") or ROOT.parent / "shared" / "data")
    / "name_matching_nomenklatura" / "2026-05-03" / "cases-dev.csv"
)


def load(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def prf(rows: list[dict[str, str]], scores: list[float], threshold: float) -> dict[str, float]:
    tp = fp = fn = tn = 0
    for row, score in zip(rows, scores, strict=True):
        truth = row["is_match"].strip().lower() == "true"
        pred = score >= threshold
        tp += truth and pred
        fp += pred and not truth
        fn += truth and not pred
        tn += not truth and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "n": len(rows),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
    }


def report(rows: list[dict[str, str]], scores: list[float], threshold: float) -> dict:
    out = {"overall": prf(rows, scores, threshold), "per_schema": {}}
    for schema in sorted({r["schema"] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r["schema"] == schema]
        out["per_schema"][schema] = prf([rows[i] for i in idx], [scores[i] for i in idx], threshold)
    return out


def listwatch_scores(rows: list[dict[str, str]]) -> tuple[list[float], float]:
    start = time.perf_counter()
    scores = [compare_names(r["name1"], r["name2"], r["schema"]).score for r in rows]
    return scores, time.perf_counter() - start


def nomenklatura_scorer() -> Callable[[list[dict[str, str]]], tuple[list[float], float]] | None:
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm
    except ImportError:
        return None
    alg = get_algorithm("logic-v2")
    if alg is None:
        return None
    config = alg.default_config()

    def run(rows: list[dict[str, str]]) -> tuple[list[float], float]:
        scores = []
        start = time.perf_counter()
        for n, row in enumerate(rows):
            ents = []
            for side in ("name1", "name2"):
                ent = model.make_entity(row["schema"])
                # unique ids: nomenklatura's matchers cache by entity id
                ent.id = hashlib.sha1(f"{n}:{side}:{row[side]}".encode()).hexdigest()
                ent.add("name", row[side])
                ents.append(ent)
            scores.append(float(alg.compare(ents[0], ents[1], config).score))
        return scores, time.perf_counter() - start

    return run


def best_threshold(rows: list[dict[str, str]], scores: list[float]) -> float:
    grid = [round(0.5 + i * 0.01, 2) for i in range(46)]
    return max(grid, key=lambda t: (prf(rows, scores, t)["f1"], -abs(t - DEFAULT_THRESHOLD)))


def cross_validate(rows: list[dict[str, str]], scores: list[float]) -> list[dict]:
    """2 folds: each case_group split in halves by row position; tune on one, test other."""
    by_group: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_group.setdefault(r["case_group"], []).append(i)
    fold_a: list[int] = []
    fold_b: list[int] = []
    for idx in by_group.values():
        fold_a += idx[::2]
        fold_b += idx[1::2]
    out = []
    for name, tune, test in (("A->B", fold_a, fold_b), ("B->A", fold_b, fold_a)):
        t = best_threshold([rows[i] for i in tune], [scores[i] for i in tune])
        res = prf([rows[i] for i in test], [scores[i] for i in test], t)
        fixed = prf([rows[i] for i in test], [scores[i] for i in test], DEFAULT_THRESHOLD)
        out.append({"fold": name, "tuned_threshold": t, "test": res, "test_at_default": fixed})
    return out


def speed(rows: list[dict[str, str]]) -> dict[str, float]:
    """Per-pair cost with names already normalised (cache warm), and cold normalisation."""
    from listwatch.match.features import Entity
    from listwatch.match.normalize import kind_of, normalize
    from listwatch.match.scorer import Scorer

    scorer = Scorer()
    ents = [(Entity(r["schema"], [r["name1"]]), Entity(r["schema"], [r["name2"]])) for r in rows]
    for a, b in ents:
        scorer.compare(a, b)
    out: dict[str, float] = {}
    for explain in (False, True):
        start = time.perf_counter()
        for _ in range(20):
            for a, b in ents:
                scorer.compare(a, b, explain=explain)
        out[f"us_per_compare_explain_{explain}".lower()] = round(
            (time.perf_counter() - start) / (20 * len(ents)) * 1e6, 2
        )
    names = [(f"{r['name1']} {i}", kind_of(r["schema"])) for i, r in enumerate(rows * 20)]
    normalize.cache_clear()
    start = time.perf_counter()
    for n, k in names:
        normalize(n, k)
    out["normalize_cold_names_per_s"] = round(len(names) / (time.perf_counter() - start))
    start = time.perf_counter()
    for n, k in names:
        normalize(n, k)
    out["normalize_cached_names_per_s"] = round(len(names) / (time.perf_counter() - start))
    return out


def fmt(name: str, res: dict[str, float]) -> str:
    return (
        f"{name:<22} n={res['n']:>4}  P={res['precision']:.3f}  R={res['recall']:.3f}  "
        f"F1={res['f1']:.3f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--nk-threshold", type=float, default=0.7)
    ap.add_argument("--no-nk", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print misclassified pairs")
    ap.add_argument("--cv", action="store_true", help="2-fold cross-validation")
    ap.add_argument("--speed", action="store_true", help="time compare and normalize")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "quality.json")
    args = ap.parse_args()

    rows = load(args.cases)
    scores, secs = listwatch_scores(rows)
    result: dict = {
        "cases": str(args.cases),
        "pairs": len(rows),
        "listwatch": {
            "threshold": args.threshold,
            "seconds": round(secs, 3),
            **report(rows, scores, args.threshold),
        },
    }
    print(f"{len(rows)} pairs from {args.cases}")
    print(f"\nlistwatch (threshold {args.threshold}, {len(rows) / secs:,.0f} pairs/s cold)")
    print(fmt("overall", result["listwatch"]["overall"]))
    for schema, res in result["listwatch"]["per_schema"].items():
        print(fmt(f"  {schema}", res))
    if args.cv:
        result["listwatch"]["cross_validation"] = cross_validate(rows, scores)
        for fold in result["listwatch"]["cross_validation"]:
            print(
                f"  CV {fold['fold']}: threshold {fold['tuned_threshold']}: "
                f"{fmt('test half', fold['test'])}; at default F1="
                f"{fold['test_at_default']['f1']:.3f}"
            )
    if args.speed:
        result["listwatch"]["speed"] = speed(rows)
        print("  speed:", result["listwatch"]["speed"])
    nk = None if args.no_nk else nomenklatura_scorer()
    if nk is not None:
        nk_scores, nk_secs = nk(rows)
        result["nomenklatura_logic_v2"] = {
            "threshold": args.nk_threshold,
            "seconds": round(nk_secs, 3),
            **report(rows, nk_scores, args.nk_threshold),
        }
        print(
            f"\nnomenklatura logic-v2 (threshold {args.nk_threshold}, "
            f"{len(rows) / nk_secs:,.0f} pairs/s)"
        )
        print(fmt("overall", result["nomenklatura_logic_v2"]["overall"]))
        for schema, res in result["nomenklatura_logic_v2"]["per_schema"].items():
            print(fmt(f"  {schema}", res))
        if args.cv:
            result["nomenklatura_logic_v2"]["cross_validation"] = cross_validate(rows, nk_scores)
    elif not args.no_nk:
        print("\nnomenklatura not importable: pip install -e '.[bench]' to compare")
    if args.errors:
        print("\nmisclassified (listwatch):")
        for row, score in zip(rows, scores, strict=True):
            truth = row["is_match"].strip().lower() == "true"
            if truth != (score >= args.threshold):
                print(
                    f"  {'FN' if truth else 'FP'} {score:.3f} {row['schema']:<12} "
                    f"{row['name1']!r} | {row['name2']!r}"
                )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
