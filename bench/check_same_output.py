"""Screen a few thousand perturbed real names through every screening path and write what
comes out, for a refactor to be checked byte for byte against a baseline.

    PYTHONHASHSEED=0 python bench/check_same_output.py SHARED_DATA OUT_DIR [--names 3000]

(A fixed PYTHONHASHSEED: the cross-list ``links`` reasons come out in set order.)

Builds a SQLite database from the UN list and the 2024-05-03 OFAC SDN list in SHARED_DATA, then screens the same
perturbed names (1) one query at a time (``Screener.screen``), (2) as one in-memory batch
(``Screener.screen_batch``), (3) through ``run_batch`` on the local Arrow path to CSV and
JSON and Parquet, and (4) through ``run_batch`` with a ``chunk_runner`` (the path the
Dask backend takes) to CSV, JSON and Parquet. Every output lands in OUT_DIR with a SHA256SUMS file; compare two runs with
``diff -r``."""

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
    args = parser.parse_args()
    batch, screen = _modules()
    BatchOptions, run_batch, screen_rows = batch.BatchOptions, batch.run_batch, batch.screen_rows
    Screener = screen.Screener
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lw-same-") as tmp:
        work = Path(tmp)
        store = Store(f"sqlite:///{work / 'lists.db'}")
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
            for p in sorted(args.out.iterdir()) if p.name != "SHA256SUMS"]
    (args.out / "SHA256SUMS").write_text("\n".join(sums) + "\n")
    print("\n".join(sums))
    return 0


if __name__ == "__main__":
    sys.exit(main())
