"""Screen a few thousand perturbed real names through every screening path and write what
comes out, for a refactor to be checked byte for byte against a baseline.

    PYTHONHASHSEED=0 python bench/check_same_output.py SHARED_DATA OUT_DIR [--names 3000]
        [--db URL]

(A fixed PYTHONHASHSEED: the cross-list ``links`` reasons come out in set order.)

Builds a SQLite database from the UN list and the 2024-05-03 OFAC SDN list in SHARED_DATA
(or uses the database ``--db``, e.g. ``bench_screen.py``'s five lists: today's corpus), then
screens the same perturbed names (1) one query at a time (``Screener.screen``), (2) as one in-memory batch
(``Screener.screen_batch``), (3) through ``run_batch`` on the local Arrow path to CSV and
JSON and Parquet, and (4) through ``run_batch`` with a ``chunk_runner`` (the path the
Dask backend takes) to CSV, JSON and Parquet. Every output lands in OUT_DIR with a SHA256SUMS file; compare two runs with
``diff -r``.

Then the paths are compared with each other (a name must get the same answer alone and in
a file): each query's results as (key, score, match) one at a time against the in-memory
batch, the batch against the JSON files' results, its best result against the CSV rows,
and the Dask path's files against the local path's. The differences are written to
OUT_DIR/paths.json (not in SHA256SUMS) and the exit status is 1 when there is any."""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any


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


def _modules() -> tuple[Any, Any]:
    """``listwatch.screening.{batch,screen}`` (or, in a checkout from before issue 15,
    ``listwatch.match.{batch,screen}``: the baseline)."""
    try:
        return (importlib.import_module("listwatch.screening.batch"),
                importlib.import_module("listwatch.screening.screen"))
    except ModuleNotFoundError:
        return (importlib.import_module("listwatch.match.batch"),
                importlib.import_module("listwatch.match.screen"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--names", type=int, default=3000)
    parser.add_argument("--db", default=None,
                        help="screen against this database (not the UN and SDN lists)")
    args = parser.parse_args()
    batch, screen = _modules()
    BatchOptions, run_batch, screen_rows = batch.BatchOptions, batch.run_batch, batch.screen_rows
    Screener = screen.Screener
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lw-same-") as tmp:
        work = Path(tmp)
        store = Store(args.db or f"sqlite:///{work / 'lists.db'}")
        if args.db is None:
            ingest_paths(store, "un_sc", [args.data / "un_sc_consolidated"])
            ingest_paths(store, "us_ofac_sdn", [args.data / "ofac_sdn" / "2024-05-03"])
        screener = Screener.load(store)
        store.dispose()
        names = sorted({n for v in screener.index.versions for n in
                        [v.name, *v.properties.get("alias", [])] if n})
        rng = random.Random(15)
        picked = rng.sample(names, min(args.names, len(names)))
        queries = [{"name": perturb(n, rng)} for n in picked]
        queries += [{"name": n} for n in picked[:200]]  # exact names too
        # identifiers (alone, and with a name that differs), and other fields
        with_ids = [v for v in screener.index.versions
                    if any(k in v.properties for k in ("imoNumber", "idNumber", "passportNumber",
                                                       "registrationNumber", "taxNumber"))]
        for v in rng.sample(with_ids, min(300, len(with_ids))):
            prop = next(k for k in ("imoNumber", "idNumber", "passportNumber",
                                    "registrationNumber", "taxNumber") if k in v.properties)
            ident = v.properties[prop][0]
            queries.append({"identifier": ident})
            queries.append({"name": perturb(v.name, rng), "identifier": ident,
                            "schema": v.schema, "country": "ru", "birth_date": "1970"})
        with (args.out / "single.json").open("w", encoding="utf-8") as f:
            json.dump([screener.screen(q) for q in queries[::3]], f, sort_keys=True,
                      default=sorted)
        with (args.out / "screen_batch.json").open("w", encoding="utf-8") as f:
            json.dump(screener.screen_batch(queries, brief=True), f, sort_keys=True,
                      default=sorted)
        infile = work / "in.csv"
        with infile.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            cols = ["name", "schema", "country", "birth_date", "identifier"]
            w.writerow(["id", *cols])
            for i, q in enumerate(queries):
                w.writerow([f"r{i}", *(q.get(c, "") for c in cols)])
        for fmt in ("csv", "json"):
            report = run_batch(screener, infile, args.out / f"local.{fmt}", fmt=fmt, workers=1,
                               opts=BatchOptions())
            (args.out / f"local.{fmt}.matches.json").write_text(
                report.matches.json_array(), encoding="utf-8")
        for fmt in ("csv", "json", "parquet"):
            opts = BatchOptions()

            def runner(chunks: Any, opts: Any = opts) -> Any:  # what the Dask backend does
                for rows in chunks:
                    yield screen_rows(screener, rows, opts)

            report = run_batch(screener, infile, args.out / f"chunked.{fmt}", fmt=fmt,
                               workers=1, opts=opts, chunk_runner=runner, chunk_size=500)
            (args.out / f"chunked.{fmt}.matches.json").write_text(
                report.matches.json_array(), encoding="utf-8")
        report = run_batch(screener, infile, args.out / "local.parquet", fmt="parquet",
                           workers=1, opts=BatchOptions())
    sums = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}"
            for p in sorted(args.out.iterdir()) if p.name not in ("SHA256SUMS", "paths.json")]
    (args.out / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    print("\n".join(sums))
    diffs = compare_paths(args.out)
    (args.out / "paths.json").write_text(json.dumps(diffs, indent=1, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    print(json.dumps({k: len(v) for k, v in diffs.items()}))
    return 1 if any(diffs.values()) else 0


def _answer(results: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["key"], r["score"], r["match"]) for r in results]


def compare_paths(out: Path) -> dict[str, list[Any]]:
    """The queries whose answer differs between two paths, by pair of paths."""
    single = json.loads((out / "single.json").read_text(encoding="utf-8"))
    batch = json.loads((out / "screen_batch.json").read_text(encoding="utf-8"))
    local = json.loads((out / "local.json").read_text(encoding="utf-8"))
    with (out / "local.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    diffs: dict[str, list[Any]] = {"single_vs_batch": [], "batch_vs_json_file": [],
                                   "batch_vs_csv_file": [], "dask_vs_local": []}
    for i, found in enumerate(single):
        if _answer(found) != _answer(batch[i * 3]):
            diffs["single_vs_batch"].append({"query": i * 3, "single": _answer(found),
                                             "batch": _answer(batch[i * 3])})
    for i, (found, item) in enumerate(zip(batch, local, strict=True)):
        if _answer(found) != _answer(item["results"]):
            diffs["batch_vs_json_file"].append({"query": i, "batch": _answer(found),
                                                "file": _answer(item["results"])})
    for i, (found, row) in enumerate(zip(batch, rows, strict=True)):
        best = (found[0]["key"], found[0]["score"], found[0]["match"]) if found \
            else ("", None, False)
        cell = (row["key"], float(row["score"]) if row["score"] else None,
                row["match"] == "true")
        if best != cell:
            diffs["batch_vs_csv_file"].append({"query": i, "batch": best,
                                               "file": [row["key"], row["score"], row["match"]]})
    for name in ("csv", "json", "csv.matches.json", "json.matches.json"):
        if (out / f"local.{name}").read_bytes() != (out / f"chunked.{name}").read_bytes():
            diffs["dask_vs_local"].append(name)
    return diffs


if __name__ == "__main__":
    sys.exit(main())
