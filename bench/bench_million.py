"""A million entities: ingest, index build, memory of a serving process, one-query latency,
batch rows/s. Writes bench/out/million.json (and prints it).

    .venv/bin/python bench/make_million.py bench/out/m1m            # the fixture, once
    .venv/bin/python bench/bench_million.py bench/out/m1m/entities.ftm.json \
        [--db sqlite:///bench/out/million.db] [--stages ingest,serve] [--rows 200000] \
        [--queries 2000]

Each stage runs in a process of its own, sampled for its peak resident memory (RSS) and,
with the batch's workers, proportional memory (PSS: pages shared by fork counted once):

* ``ingest``: ``ingest_paths(store, "ftm", [FILE])`` into a new database (the file is
  removed first when it is SQLite): wall clock, peak RSS, database size on disk;
* ``restart``: a second screening process: with ``LISTWATCH_INDEX_CACHE`` set, the index
  is read from disk (start-up time and memory);
* ``serve``: what a process that screens does: ``Screener.load`` (the index; ``compiled``
  says whether the compiled core ran, ``index_origin`` whether it was built), then one
  query at a time (``--queries``: 70 % perturbed names of the file, 30 % invented), then
  the vector index and a batch of ``--rows`` rows (half of them distinct) through
  ``run_batch`` on 2 workers: rows/s and distinct queries/s. RSS after load and after the
  single queries is the serving figure.

The load average is recorded beside every figure: the machine is shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


class Sampler:
    """Peak RSS and PSS of a process tree, sampled every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        import psutil

        self.proc = psutil.Process(pid)
        self.interval = interval
        self.peak_rss = self.peak_pss = self.peak_tree_rss = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        import psutil

        tick = 0
        while not self.stop.is_set():
            try:
                self.peak_rss = max(self.peak_rss, self.proc.memory_info().rss)
                children = self.proc.children(recursive=True)
                if children and tick % 10 == 0:  # (PSS reads smaps: costly, so seldom)
                    rss = pss = 0
                    for p in [self.proc, *children]:
                        info = p.memory_full_info()
                        rss += info.rss
                        pss += getattr(info, "pss", info.rss)
                    self.peak_tree_rss = max(self.peak_tree_rss, rss)
                    self.peak_pss = max(self.peak_pss, pss)
            except psutil.Error:
                pass
            tick += 1
            time.sleep(self.interval)

    def done(self) -> dict[str, int]:
        self.stop.set()
        self.thread.join()
        return {"peak_rss_mb": round(self.peak_rss / 2**20),
                "peak_tree_rss_mb": round(self.peak_tree_rss / 2**20),
                "peak_tree_pss_mb": round(self.peak_pss / 2**20)}


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _children_cpu() -> float:
    """CPU seconds of the child processes waited for so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _compiled() -> str:
    """``compiled`` or ``pure: <why>`` (``listwatch.match.compiled.status``)."""
    from listwatch.match.compiled import status

    state = status()
    return "compiled" if state.active else f"pure: {state.reason}"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


# -- stages (each in its own process) --------------------------------------------------


def stage_ingest(args: argparse.Namespace) -> dict[str, Any]:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    before = load()
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    store = Store(args.db)
    results = ingest_paths(store, "ftm", [Path(args.file)], date=args.date)
    seconds = time.perf_counter() - t0
    store.dispose()
    out: dict[str, Any] = {
        "seconds": round(seconds, 1), "cpu_seconds": round(time.process_time() - cpu0, 1),
        "records": results[0].records, "warnings": results[0].warnings[:5],
        "load_before": before, "load_after": load(),
    }
    if args.db.startswith("sqlite:///"):
        path = Path(args.db.split("///", 1)[1])
        out["db_mb"] = round(sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
                             / 1e6)
    return out


def _queries(screener: Any, n: int, seed: int) -> list[tuple[str, str | None]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_screen import invented, perturb  # type: ignore[import-not-found]

    rng = random.Random(seed)
    versions = screener.index.versions
    out: list[tuple[str, str | None]] = []
    while len(out) < n:
        if rng.random() < 0.7:
            v = versions[rng.randrange(len(versions))]
            if v.name:
                out.append((perturb(v.name, rng), v.key))
        else:
            out.append((invented(rng), None))
    return out


def stage_serve(args: argparse.Namespace) -> dict[str, Any]:
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    out: dict[str, Any] = {"rss_start_mb": round(rss_mb())}
    store = Store(args.db)
    before = load()
    t0, c0, h0 = time.perf_counter(), time.process_time(), _children_cpu()
    screener = Screener.load(store)
    out["index_seconds"] = round(time.perf_counter() - t0, 1)
    out["index_cpu_seconds"] = round(time.process_time() - c0, 1)
    # (the names' normalising helper processes: ``screening.bulk_norm``)
    out["index_cpu_helpers"] = round(_children_cpu() - h0, 1)
    out["index_load"] = [before, load()]
    # (built, or read from the cache: LISTWATCH_INDEX_CACHE), and whether the compiled
    # core ran (a user's install builds it; LISTWATCH_COMPILED=0: pure Python)
    out["index_origin"] = screener.origin
    out["compiled"] = _compiled()
    out["versions"] = len(screener.index.versions)
    out["names"] = len(screener.index)
    out["rss_after_load_mb"] = round(rss_mb())

    queries = _queries(screener, args.queries, args.seed)
    for name, _ in queries[:50]:
        screener.screen({"name": name})
    times: list[float] = []
    cpu: list[float] = []  # (on a loaded machine the CPU time says what the code costs)
    found = expected = fp = unlisted = tied = 0
    # entries sharing their main name with another (the generator draws names from
    # finite pools: at a million entities namesakes are common, and no name screening
    # can tell them apart)
    namesakes: dict[str, list[str]] = {}
    for v in screener.index.versions:
        namesakes.setdefault(v.name, []).append(v.key)
    by_key = {v.key: v.name for v in screener.index.versions}
    before = load()
    for name, key in queries:
        t, c = time.perf_counter(), time.process_time()
        results = screener.screen({"name": name})
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        if key is None:
            unlisted += 1
            fp += bool(results)
        else:
            expected += 1
            keys = {k for r in results for k in (r.get("referents") or [r["key"]])}
            found += key in keys
            # counting a result that ties the first: a namesake of the entry at the top
            same = set(namesakes.get(by_key[key], ())) if key not in keys else set()
            tied += key in keys or any(r["score"] >= results[0]["score"] and (
                {r["key"], *(r.get("referents") or ())} & same) for r in results)
    out["single"] = {
        "queries": len(queries), "p50_ms": round(pct(times, 0.5) * 1e3, 2),
        "p90_ms": round(pct(times, 0.9) * 1e3, 2), "p99_ms": round(pct(times, 0.99) * 1e3, 2),
        "max_ms": round(max(times) * 1e3, 1),
        "cpu_p50_ms": round(pct(cpu, 0.5) * 1e3, 2), "cpu_p90_ms": round(pct(cpu, 0.9) * 1e3, 2),
        "cpu_p98_ms": round(pct(cpu, 0.98) * 1e3, 2), "cpu_p99_ms": round(pct(cpu, 0.99) * 1e3, 2),
        # the slowest 1 % by CPU, to tell their kind (script, words reaching many)
        "slowest": [(round(c * 1e3, 2), q) for c, (q, _) in sorted(
            zip(cpu, queries, strict=True), key=lambda x: -x[0])[:max(1, len(cpu) // 100)]],
        "recall_perturbed": round(found / max(1, expected), 4),
        "recall_perturbed_ties": round(tied / max(1, expected), 4),
        "matched_invented": round(fp / max(1, unlisted), 4), "load": [before, load()],
    }
    out["rss_serving_mb"] = round(rss_mb())
    if args.rows:
        out["batch"] = _batch(screener, queries, args)
    return out


def _batch(screener: Any, queries: list[tuple[str, str | None]], args: argparse.Namespace
           ) -> dict[str, Any]:
    from listwatch.screening.batch import run_batch

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_screen import perturb

    t0 = time.perf_counter()
    screener.vector()
    vector_seconds = time.perf_counter() - t0
    rss_vector = rss_mb()
    rng = random.Random(args.seed + 1)
    distinct = max(1, args.rows // 2)
    pool = [q for q, _ in queries]
    src = OUT / "million-batch.csv"
    names: list[str] = []
    seen: set[str] = set()
    versions = screener.index.versions
    while len(names) < distinct:  # half the rows distinct, as customer files
        v = versions[rng.randrange(len(versions))]
        name = perturb(v.name, rng) if rng.random() < 0.7 else rng.choice(pool) + f" {len(names)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    with open(src, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name"])
        for i in range(args.rows):
            w.writerow([i, names[i] if i < distinct else names[rng.randrange(distinct)]])
    before = load()
    cpu0 = os.times()
    report = run_batch(screener, src, OUT / "million-batch-out.csv", fmt="csv", workers=2)
    cpu = os.times()
    used = (cpu.children_user - cpu0.children_user + cpu.children_system - cpu0.children_system
            + cpu.user - cpu0.user + cpu.system - cpu0.system)  # (workers and parent)
    return {
        "vector_seconds": round(vector_seconds, 1), "rss_after_vector_mb": round(rss_vector),
        "rows": report.rows, "distinct_queries": report.screened,
        "seconds": round(report.seconds, 1),
        "rows_per_second": round(report.rows_per_second),
        "distinct_per_second": round(report.screened / max(1e-9, report.seconds)),
        "cpu_workers": round(cpu.children_user - cpu0.children_user
                             + cpu.children_system - cpu0.children_system, 1),
        "cpu_parent": round(cpu.user - cpu0.user + cpu.system - cpu0.system, 1),
        "rows_per_cpu_second": round(report.rows / max(1e-9, used)),
        "distinct_per_cpu_second": round(report.screened / max(1e-9, used)),
        "load": [before, load()],
    }


def stage_restart(args: argparse.Namespace) -> dict[str, Any]:
    """A second process that screens: with ``LISTWATCH_INDEX_CACHE`` set, the index the
    ``serve`` stage built is read back from disk."""
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    t0, c0 = time.perf_counter(), time.process_time()
    store = Store(args.db)
    screener = Screener.load(store)
    out: dict[str, Any] = {"load_seconds": round(time.perf_counter() - t0, 1),
                           "load_cpu_seconds": round(time.process_time() - c0, 1),
                           "rss_after_load_mb": round(rss_mb()), "load": load()}
    t = time.perf_counter()
    screener.screen({"name": "Ivan Petrov"})
    out["first_query_ms"] = round((time.perf_counter() - t) * 1e3, 1)
    return out


STAGES = {"ingest": stage_ingest, "serve": stage_serve, "restart": stage_restart}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", help="the FtM file (bench/make_million.py)")
    ap.add_argument("--db", default=f"sqlite:///{OUT / 'million.db'}")
    ap.add_argument("--stages", default="ingest,serve")
    ap.add_argument("--date", default="2024-06-01")
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--child", choices=sorted(STAGES), help=argparse.SUPPRESS)
    ap.add_argument("--label", default="", help="a name for this run in the output")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.child:
        print(json.dumps(STAGES[args.child](args)))
        return
    report: dict[str, Any] = {"label": args.label, "file": args.file,
                              "file_mb": round(Path(args.file).stat().st_size / 1e6),
                              "db": args.db, "cpus": os.cpu_count()}
    for stage in args.stages.split(","):
        if stage == "ingest" and args.db.startswith("sqlite:///"):
            path = Path(args.db.split("///", 1)[1])
            for p in path.parent.glob(path.name + "*"):
                p.unlink()
        cmd = [sys.executable, __file__, args.file, "--db", args.db, "--child", stage,
               "--date", args.date, "--rows", str(args.rows), "--queries", str(args.queries),
               "--seed", str(args.seed)]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        sampler = Sampler(proc.pid)
        stdout, _ = proc.communicate()
        mem = sampler.done()
        if proc.returncode:
            report[stage] = {"error": f"exit {proc.returncode}", **mem}
            break
        report[stage] = {**json.loads(stdout.strip().splitlines()[-1]), **mem}
        print(stage, json.dumps(report[stage]), file=sys.stderr, flush=True)
    name = f"million{'-' + args.label if args.label else ''}.json"
    (OUT / name).write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
