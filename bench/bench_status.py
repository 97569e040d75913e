"""Benchmark of issue 16: back-fill of the DoD lists and their legal record from a fresh
database, and `status` of one entity.

    .venv/bin/python bench/bench_status.py [--data /work/shared/data] [--repeat 200]

Prints the back-fill time (both DoD lists, all editions and notices, plus
`record import events.csv`) against the 10 s target, and p50/p95 of `entry_status` for
the five companies of the record on dates of their own, against the 5 ms target; a
baseline in the same run (`entry_history` alone) shows the share the status adds. The
database is a fresh SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

KEYS = [
    ("us_dod_1237:xiaomi", "2021-03-15"),
    ("us_dod_1237:luokung-technology", "2021-05-08"),
    ("us_dod_1260h:hesai-technology", "2026-07-01"),
    ("us_dod_1260h:shenzhen-dji-innovation-technology", "2025-09-26"),
    ("us_dod_1260h:advanced-micro-fabrication-equipment-inc-china", "2024-12-17"),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.environ.get("LISTWATCH_TEST_DATA", "/work/shared/data"))
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    data = Path(args.data) / "us_dod_cmc"
    from listwatch.history.record import import_record
    from listwatch.history.timeline import entry_history
    from listwatch.legal.status import entry_status
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        store = Store(f"sqlite:///{tmp}/bench.db")
        for sid in ("us_dod_1237", "us_dod_1260h"):
            ingest_paths(store, sid, [data])
        t1 = time.perf_counter()
        report = import_record(store, data / "events.csv")
        t2 = time.perf_counter()
        cpu = time.process_time() - cpu0
        print(f"python {platform.python_version()} ({sys.executable}), {platform.processor() or platform.machine()}, "
              f"load average {os.getloadavg()[0]:.1f}")
        print(f"back-fill from a fresh database: ingest {t1 - t0:.2f} s + record import {t2 - t1:.2f} s "
              f"= {t2 - t0:.2f} s wall ({cpu:.2f} s CPU in this process), {report.stored} events; target < 10 s")
        for key, day in KEYS:  # warm
            entry_status(store, key, as_of=day)
        base, stat = [], []
        for _ in range(args.repeat):
            for key, day in KEYS:
                a = time.perf_counter()
                entry_history(store, key)
                b = time.perf_counter()
                entry_status(store, key, as_of=day)
                c = time.perf_counter()
                base.append((b - a) * 1000)
                stat.append((c - b) * 1000)
        q = statistics.quantiles(stat, n=20)
        qb = statistics.quantiles(base, n=20)
        print(f"entry_history alone (baseline): p50 {statistics.median(base):.2f} ms, p95 {qb[18]:.2f} ms")
        print(f"status of one entity: p50 {statistics.median(stat):.2f} ms, p95 {q[18]:.2f} ms "
              f"over {len(stat)} calls; target p50 <= 5 ms")


if __name__ == "__main__":
    main()
