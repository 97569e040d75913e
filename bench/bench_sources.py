"""Benchmark the targets of issue 20 on the real files of ../shared/data.

1. Back-fill of the three OFSI Consolidated List files (gb_hmt, 2014/2016/2020) into a new
   SQLite database, one `ingest_paths` call on the folder: target <= 10 s.
2. An OpenSanctions delta of 1,700 operations (the real entities.delta.json of
   2024-05-30) applied to the snapshot in force: target <= 2 s. The base is made from the
   delta itself (each MOD entity with one name fewer, each DEL id as a person): the real
   delta's base export is not in the shared data. Timed: reading the base snapshot back,
   applying the ops, parsing the result, the diff and the write.

Baseline in the same run: reading + csv-parsing the three OFSI files with the standard
library only, and json-loading the delta's lines (the floor any ingest pays).

    .venv/bin/python bench/bench_sources.py [--data ../shared/data] [--repeat 3]

Writes bench/out/sources.json.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def base_for(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    base = []
    for item in ops:
        entity = item["entity"]
        if item["op"] == "MOD":
            old = json.loads(json.dumps(entity))
            names = old["properties"].get("name") or []
            if len(names) > 1:
                old["properties"]["name"] = names[:-1]
            old["last_change"] = "2024-01-01T00:00:00"
            old["last_seen"] = "2024-05-29T00:00:00"
            base.append(old)
        elif item["op"] == "DEL":
            base.append({"id": entity["id"], "schema": "Person",
                         "properties": {"name": [f"Deleted person {entity['id']}"]},
                         "last_seen": "2024-05-29T00:00:00"})
    return base


def bench_backfill(data: Path, tmp: Path, run: int) -> dict[str, Any]:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    store = Store(f"sqlite:///{tmp / f'hmt{run}.db'}")
    start = time.perf_counter()
    results = ingest_paths(store, "gb_hmt", [data / "gb_ofsi_conlist"])
    elapsed = time.perf_counter() - start
    store.dispose()
    return {"seconds": elapsed, "snapshots": [(r.date, r.records, r.added, r.removed, r.changed)
                                              for r in results]}


def baseline_csv(data: Path) -> float:
    start = time.perf_counter()
    for path in sorted((data / "gb_ofsi_conlist").glob("*/*.csv")):
        rows = list(csv.reader(io.StringIO(path.read_bytes().decode("cp1252"), newline="")))
        assert len(rows) > 1000
    return time.perf_counter() - start


def bench_delta(data: Path, tmp: Path, run: int) -> dict[str, Any]:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    delta = data / "ftm" / "opensanctions-delta" / "2024-05-30" / "entities.delta.json"
    ops = [json.loads(line) for line in delta.read_text().splitlines() if line.strip()]
    root = tmp / f"os{run}"
    base_dir = root / "2024-05-29"
    base_dir.mkdir(parents=True)
    (base_dir / "entities.ftm.json").write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in base_for(ops)))
    delta_dir = root / "2024-05-30"
    delta_dir.mkdir()
    (delta_dir / "entities.delta.json").write_bytes(delta.read_bytes())
    store = Store(f"sqlite:///{root / 'os.db'}")
    (base,) = ingest_paths(store, "os_sanctions", [base_dir])
    start = time.perf_counter()
    (result,) = ingest_paths(store, "os_sanctions", [delta_dir])
    elapsed = time.perf_counter() - start
    store.dispose()
    return {"seconds": elapsed, "ops": len(ops), "base_records": base.records,
            "records": result.records, "added": result.added, "removed": result.removed,
            "changed": result.changed}


def baseline_delta(data: Path) -> float:
    delta = data / "ftm" / "opensanctions-delta" / "2024-05-30" / "entities.delta.json"
    start = time.perf_counter()
    ops = [json.loads(line) for line in delta.read_text().splitlines() if line.strip()]
    assert len(ops) == 1700
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    out: dict[str, Any] = {"machine": platform.processor() or platform.machine(),
                           "cpus": os.cpu_count(), "python": sys.version.split()[0],
                           "load": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        backfills = [bench_backfill(args.data, tmp, i) for i in range(args.repeat)]
        deltas = [bench_delta(args.data, tmp, i) for i in range(args.repeat)]
    out["backfill"] = {"median_s": statistics.median(b["seconds"] for b in backfills),
                       "runs_s": [round(b["seconds"], 3) for b in backfills],
                       "snapshots": backfills[0]["snapshots"], "target_s": 10,
                       "baseline_csv_s": round(baseline_csv(args.data), 3)}
    out["delta"] = {"median_s": statistics.median(d["seconds"] for d in deltas),
                    "runs_s": [round(d["seconds"], 3) for d in deltas],
                    **{k: v for k, v in deltas[0].items() if k != "seconds"}, "target_s": 2,
                    "baseline_json_s": round(baseline_delta(args.data), 3)}
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    (ROOT / "bench" / "out" / "sources.json").write_text(json.dumps(out, indent=2))
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
