"""The score's upper bound (``screening.bounds``) against the score itself on every pair
a screening retrieves: a bound below its score would make screening skip a candidate it
should have scored, a calm wrong answer. For a large real sample (a million-entity
fixture's names in Arabic, Han, Hangul, Cyrillic script and across scripts), beside the
repository's test on real list names.

    PYTHONHASHSEED=0 python bench/check_bounds.py --db sqlite:///DB [--queries 4000]
        [--seed 7] [--cache DIR] [--names FILE.json]

Queries: ``bench_million``'s (perturbed names of the database's entries, 70 %, and
invented ones), or the names of ``--names`` (a JSON list). For each query, the candidates
``VectorIndex.hits`` retrieves (8 at most, a cheap score of 0.3 or more: more than
screening keeps), each candidate name read in the entry's kind, as an organisation's and
as a person's: ``upper_bounds`` against ``compare_names``. Prints the pairs by kind
(two names in Arabic script, in one CJK script, Arabic or Hebrew script against other
letters, two other scripts, one script) with how many the bound rules out at the
threshold, and every pair whose bound is below its score; exits 1 when there is one."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def pair_kind(a: Any, b: Any) -> str:
    if a.script == b.script == "arabic":
        return "arabic-arabic"
    if a.native and b.native and a.script == b.script:
        return "cjk-same-script"
    if a.script != b.script and {a.script, b.script} & {"arabic", "hebrew"}:
        return "consonantal-across"
    if a.script != b.script:
        return "other-across"
    return "same-script"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--queries", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cache", default=None, help="the index cache folder")
    ap.add_argument("--names", default=None, help="a JSON list of query names")
    args = ap.parse_args()

    from listwatch.match.names import compare_names
    from listwatch.match.normalize import kind_of, normalize
    from listwatch.match.scorer import DEFAULT_THRESHOLD
    from listwatch.screening.bounds import upper_bounds
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    t0 = time.perf_counter()
    screener = Screener.load(Store(args.db), cache=Path(args.cache) if args.cache else None)
    print(f"index {time.perf_counter() - t0:.1f} s ({screener.origin})", file=sys.stderr)
    if args.names:
        names = json.loads(Path(args.names).read_text())[: args.queries]
    else:
        sys.path.insert(0, str(ROOT / "bench"))
        import bench_million  # type: ignore[import-not-found]

        names = [q for q, _ in bench_million._queries(screener, args.queries, args.seed)]
    vector = screener.vector()
    index = screener.index
    counts: Counter[str] = Counter()
    below: list[tuple] = []
    for query in names:
        for vid, nids, _cheap in vector.hits([query], None, limit=8, min_cheap=0.3):
            kind_e = kind_of(index.versions[vid].schema)
            for kind in sorted({kind_e, "org", "person"}):
                a = normalize(query, kind)
                others = [normalize(index.name_text[n], kind) for n in nids]
                for b, bound in zip(others, upper_bounds(a, others), strict=True):
                    score = compare_names(a, b, False).score
                    what = pair_kind(a, b)
                    counts[what] += 1
                    counts[what + " ruled out"] += bound < DEFAULT_THRESHOLD
                    counts[what + " score below"] += score < DEFAULT_THRESHOLD
                    if bound < score - 1e-9:
                        below.append((kind, query, b.original, bound, score))
    report = {"queries": len(names), "pairs": sum(v for k, v in counts.items() if " " not in k),
              "by_kind": dict(sorted(counts.items())), "below": len(below)}
    print(json.dumps(report, indent=1, ensure_ascii=False))
    for row in below[:50]:
        print("bound below the score:", row, file=sys.stderr)
    sys.exit(1 if below else 0)


if __name__ == "__main__":
    main()
