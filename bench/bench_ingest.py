"""Benchmark the foundation targets (issue 2) on the 60 real OFAC SDN snapshots.

Targets: ingest all 60 in date order <= 60 s (measured both as 60 separate calls, one per
snapshot, and as one `listwatch ingest FOLDER` call, which overlaps parsing and writing); database size after 60 <= 2x after the
first (raw bytes aside); diff of any two snapshots <= 1 s; history of one entry <= 50 ms.
Baseline measured in the same run: reading + gunzipping + csv-parsing every file with the
standard library only (the floor any ingest pays).

    .venv/bin/python bench/bench_ingest.py [--db-url URL] [--data ../shared/data]

Writes bench/out/ingest.json.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent


def db_size_without_blobs(url: str) -> int:
    """Size of a copy of the SQLite file with the raw-bytes table emptied and vacuumed."""
    import shutil
    import sqlite3

    path = url.split("///", 1)[1]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        src = sqlite3.connect(path)
        dst = sqlite3.connect(copy)
        src.backup(dst)
        src.close()
        dst.execute("DELETE FROM blobs")
        dst.commit()
        dst.execute("VACUUM")
        dst.close()
        size = copy.stat().st_size
        shutil.rmtree(tmp, ignore_errors=True)
        return size


def baseline(days: list[Path]) -> float:
    t = time.perf_counter()
    for d in days:
        raw = gzip.decompress((d / "sdn.csv.gz").read_bytes()).decode("utf-8", "replace")
        sum(1 for _ in csv.reader(io.StringIO(raw)))
    return time.perf_counter() - t


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.environ.get("LISTWATCH_TEST_DATA", str(ROOT.parent / "shared" / "data")))
    parser.add_argument("--db-url", default=None, help="default: a fresh SQLite file")
    args = parser.parse_args()
    hist = Path(args.data) / "ofac_sdn_history"
    days = sorted(p for p in hist.iterdir() if p.is_dir())
    tmp = tempfile.mkdtemp()
    url = args.db_url or f"sqlite:///{tmp}/bench.db"
    os.environ["LISTWATCH_DB"] = url

    from listwatch.history.diff import diff
    from listwatch.history.timeline import entry_history
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    base = baseline(days)
    store = Store(url)
    per: list[float] = []
    t0 = time.perf_counter()
    first_size = None
    for i, d in enumerate(days):
        t = time.perf_counter()
        ingest_paths(store, "us_ofac_sdn", [d / "sdn.csv.gz"])
        per.append(time.perf_counter() - t)
        if i == 0 and url.startswith("sqlite"):
            first_size = db_size_without_blobs(url)
    total = time.perf_counter() - t0
    last_size = db_size_without_blobs(url) if url.startswith("sqlite") else None

    # The same 60 snapshots as one command (`listwatch ingest FOLDER`): the next snapshot is
    # read and parsed in a worker while the current one is written. Fresh database.
    folder_url = f"sqlite:///{tmp}/bench-folder.db"
    folder_store = Store(folder_url)
    t = time.perf_counter()
    folder_results = ingest_paths(folder_store, "us_ofac_sdn", [hist])
    folder_total = time.perf_counter() - t
    assert len(folder_results) == len(days)
    folder_store.dispose()

    rng = random.Random(1)
    dates = [d.name for d in days]
    diff_times = []
    for _ in range(20):
        a, b = sorted(rng.sample(dates, 2))
        t = time.perf_counter()
        diff(store, "us_ofac_sdn", a, b)
        diff_times.append(time.perf_counter() - t)
    t = time.perf_counter()
    diff(store, "us_ofac_sdn", dates[0], dates[-1])
    diff_times.append(time.perf_counter() - t)

    with store.connect() as conn:
        keys = [r[0] for r in conn.execute(text("SELECT DISTINCT key FROM versions"))]
    t = time.perf_counter()
    entry_history(store, keys[0])  # the first call pays for imports and a cold page cache
    hist_first = time.perf_counter() - t
    hist_times = []
    for key in rng.sample(keys, 200):
        t = time.perf_counter()
        entry_history(store, key)
        hist_times.append(time.perf_counter() - t)
    hist_times.sort()

    # Independent check: first/last dates and added/removed keys computed from the raw files.
    t = time.perf_counter()
    present: dict[str, list[str]] = {}
    prev: set[str] = set()
    prev_day = ""
    diff_errors = 0
    for d in days:
        raw = gzip.decompress((d / "sdn.csv.gz").read_bytes()).decode("utf-8", "replace")
        keys = {f"us_ofac_sdn:{row[0]}" for row in csv.reader(io.StringIO(raw.rstrip("\x1a"))) if len(row) >= 12}
        for k in keys:
            present.setdefault(k, []).append(d.name)
        if prev:
            got = diff(store, "us_ofac_sdn", prev_day, d.name)
            if set(got["added"]) != keys - prev or set(got["removed"]) != prev - keys:
                diff_errors += 1
        prev, prev_day = keys, d.name
    date_errors = 0
    for k, seen in present.items():
        h = entry_history(store, k)
        if (h["first_seen"], h["last_seen"]) != (seen[0], seen[-1]):
            date_errors += 1
    verify_s = time.perf_counter() - t

    result = {
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
        "database": store.dialect,
        "snapshots": len(days),
        "baseline_read_parse_s": round(base, 2),
        "ingest_total_s": round(total, 2),
        "ingest_folder_total_s": round(folder_total, 2),
        "ingest_per_snapshot_median_s": round(statistics.median(per), 3),
        "ingest_first_s": round(per[0], 2),
        "size_after_first_bytes": first_size,
        "size_after_all_bytes": last_size,
        "size_ratio": round(last_size / first_size, 3) if first_size and last_size else None,
        "diff_max_s": round(max(diff_times), 3),
        "diff_median_s": round(statistics.median(diff_times), 3),
        "history_p50_ms": round(hist_times[len(hist_times) // 2] * 1000, 2),
        "history_p99_ms": round(hist_times[int(len(hist_times) * 0.99) - 1] * 1000, 2),
        "history_max_ms": round(hist_times[-1] * 1000, 2),
        "history_first_call_ms": round(hist_first * 1000, 2),
        "verified_entries": len(present),
        "first_last_date_mismatches": date_errors,
        "consecutive_diff_mismatches": diff_errors,
        "verify_s": round(verify_s, 1),
        "targets": {"ingest_total_s": 60, "size_ratio": 2.0, "diff_max_s": 1.0, "history_max_ms": 50},
    }
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"ingest-{store.dialect}.json").write_text(json.dumps(result, indent=2))
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
