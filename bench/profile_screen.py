"""Where a batch worker's time goes: screen a worker's share of the benchmark's batch file
in one process, as a pool worker does (2,000 distinct queries a job, the cyclic GC off and
what a job leaves frozen), and print the CPU time per distinct query. Run it under a
sampling profiler for the split by function:

    .venv/bin/python bench/profile_screen.py [--warm 40000] [--queries 50000]
    py-spy record -r 250 -f raw -o spy.txt -- .venv/bin/python bench/profile_screen.py

This VM's speed drifts by ±15 % within minutes, so small steps cannot be told apart by
time. Instructions can: under callgrind, with ``--callgrind`` the counting is switched on
for the timed queries only (the set-up runs uninstrumented), and the same commit gives the
same count (two counts of one commit, run side by side on the two cores: 0.005 % apart;
``PYTHONHASHSEED`` fixed):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \
        --callgrind-out-file=cg.out .venv/bin/python bench/profile_screen.py \
        --db sqlite:///lists.db --batch batch.csv --warm 30000 --queries 4000 --callgrind
    callgrind_annotate --inclusive=yes cg.out | grep __pyx_pw_   # by compiled function

The lists and the file are those of ``bench_screen.py`` (same seed), made in a temporary
folder unless ``--db`` and ``--batch`` name existing ones. The first ``--warm`` queries
fill the caches and are not timed.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Container
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def distinct_share(path: Path, exact: Container[str], job: int = 2000) -> list[str]:
    """The distinct queries of the file as the batch dedupes them (``block_keys``: ASCII
    names in lower case unless written as a listed name), every other job of them: one of
    two workers' share."""
    import pyarrow as pa
    from pyarrow import csv as pacsv

    from listwatch.screening.batch_local import block_keys

    table = pacsv.read_csv(path, convert_options=pacsv.ConvertOptions(
        column_types={"id": pa.string(), "name": pa.string()}))
    column = table["name"].combine_chunks()
    keys = block_keys({"name": column}, exact)
    seen: set[str] = set()
    names: list[str] = []
    for key, name in zip(keys.to_pylist(), column.to_pylist(), strict=True):
        if key not in seen:
            seen.add(key)
            names.append(name)
    return [n for i in range(0, len(names), 2 * job) for n in names[i:i + job]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--warm", type=int, default=40_000)
    parser.add_argument("--queries", type=int, default=50_000)
    parser.add_argument("--db", default=None)
    parser.add_argument("--batch", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--callgrind", action="store_true",
                        help="switch callgrind's counting on for the timed queries only")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import bench_screen

    from listwatch.screening.batch import BatchOptions, screen_queries
    from listwatch.screening.batch_local import WorkerTables
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'lists.db'}"
        if args.db is None:
            bench_screen.ingest(url)
        screener = Screener.load(Store(url))
        screener.vector()
        batch = args.batch
        if batch is None:
            batch = Path(tmp) / "batch.csv"
            bench_screen.write_batch(screener, 1_000_000, batch, args.seed)
        share = distinct_share(batch, screener.exact_names())
    opts, tables = BatchOptions(), WorkerTables()

    def run(names: list[str]) -> float:
        start = time.process_time()
        for i in range(0, len(names), 2000):
            gc.disable()
            found = screen_queries(screener, [{"name": n} for n in names[i:i + 2000]], opts)
            tables.pack(found, False, opts.limit)
            gc.freeze()
            gc.enable()
        return time.process_time() - start

    gc.collect()
    gc.freeze()
    run(share[: args.warm])
    timed = share[args.warm : args.warm + args.queries]
    if args.callgrind:
        _callgrind("on")
    seconds = run(timed)
    if args.callgrind:
        _callgrind("off")
    from listwatch.match import compiled

    print(f"{seconds / len(timed) * 1e6:.0f} µs of CPU per distinct query "
          f"({len(timed):,} queries after {args.warm:,} to warm the caches; "
          f"{'compiled' if compiled.in_use() else 'pure Python'})")


def _callgrind(state: str) -> None:
    """Switch the instrumentation of this process (run under ``valgrind --tool=callgrind
    --instr-atstart=no``) on or off."""
    import os
    import subprocess

    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True,
                   stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
