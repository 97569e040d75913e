"""Where the wall clock of ``listwatch screen --input FILE -o OUT`` goes: a timeline of
one run, the parent's phases and each worker's busy and idle time.

    .venv/bin/python bench/timeline_file.py --db URL --input FILE [--src DIR]
        [--cache DIR] [--out OUT.csv] [--json T.json]

The command runs as ``listwatch`` runs it (``listwatch.cli.main``) in a child process of
this script, with the code of ``--src`` and the index cache ``--cache`` (default: a
``cache`` folder beside the output, warm after the first run); marks are put around
the file path's steps by wrapping module functions by name (so a step that moved or was
renamed is simply not marked: the missing marks are listed). Every time is read from one
system-wide clock (``CLOCK_BOOTTIME``), so the parent's and the workers' marks line up;
the process's own start is read from ``/proc``. Printed: each step's start and end in
seconds after the process started and its CPU seconds; each worker's first job, last job,
busy and idle seconds; the whole command's wall clock and CPU (this script waits for it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CLOCK = time.CLOCK_BOOTTIME


def now() -> float:
    return time.clock_gettime(CLOCK)


def _process_start() -> float:
    """This process's start on ``CLOCK_BOOTTIME`` (``/proc/self/stat``, in clock ticks)."""
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[19]) / os.sysconf("SC_CLK_TCK")


# -- in the child ----------------------------------------------------------------------

MARKS: list[dict[str, Any]] = []
JOBS_DIR = ""


def _mark(name: str, t0: float, c0: float, **extra: Any) -> None:
    MARKS.append({"step": name, "start": t0, "end": now(), "cpu": time.process_time() - c0,
                  "pid": os.getpid(), **extra})


def _wrap(module: Any, attr: str, name: str | None = None) -> bool:
    fn = getattr(module, attr, None)
    if fn is None:
        return False

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        t0, c0 = now(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _mark(name or attr, t0, c0)

    setattr(module, attr, wrapped)
    return True


def _wrap_iter(module: Any, attr: str, name: str) -> bool:
    """A generator function: each ``next()`` marked apart (the time spent producing)."""
    fn = getattr(module, attr, None)
    if fn is None:
        return False

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        it = iter(fn(*args, **kwargs))
        while True:
            t0, c0 = now(), time.process_time()
            try:
                item = next(it)
            except StopIteration:
                return
            _mark(name, t0, c0)
            yield item

    setattr(module, attr, wrapped)
    return True


def _instrument() -> list[str]:
    import listwatch.cli  # noqa: F401  (the commands registered)
    from listwatch.commands import screen as cmd
    from listwatch.screening import batch, batch_input, batch_io, batch_local, screen
    from listwatch.store import audit

    missing = []
    for module, attr, name in [
        (cmd, "_load_screener", "load index"),
        (cmd, "_batch", "screen command (batch)"),
        (batch, "run_batch", "run_batch"),
        (batch_input, "prepare_input", "prepare input"),
        (batch_input, "check_input", "check input"),
        (batch, "input_info", "input_info (count lines)"),
        (batch, "file_sha256", "sha256 of input"),
        (batch_local, "_write_block", "write block (+audit lines)"),
        (audit, "record_screening", "record_screening"),
        (batch_local, "block_keys", "block keys"),
        (batch_local.ResultTable, "lists", "result table: job's parts"),
        (batch_local.KeyCache, "get_many", "key cache: get"),
        (batch_local, "_audit", "audit lines"),
        (screen.Screener, "exact_names", "exact names"),
        (screen.Screener, "vector", "vector index"),
        (cmd, "_apply_decisions", "decisions"),
    ]:
        if not _wrap(module, attr, name):
            missing.append(f"{module.__name__}.{attr}")
    if not _wrap_iter(batch_io, "read_blocks", "read block"):
        missing.append("batch_io.read_blocks")

    workers = getattr(batch, "_workers", None)
    if workers is not None:
        from contextlib import contextmanager

        @contextmanager
        def timed_workers(*args: Any, **kwargs: Any) -> Any:
            t0, c0 = now(), time.process_time()
            with workers(*args, **kwargs) as submit:
                _mark("fork workers", t0, c0)

                def timed_submit(*job: Any) -> Any:
                    t1, c1 = now(), time.process_time()
                    res = submit(*job)
                    _mark("submit job", t1, c1, n=len(job[1][0]) if job[1] else 0)
                    return _Timed(res)

                t2 = now()
                try:
                    yield timed_submit
                finally:
                    MARKS.append({"step": "pipeline", "start": t2, "end": now(), "cpu": 0.0,
                                  "pid": os.getpid()})
                    t3, c3 = now(), time.process_time()
            _mark("join workers", t3, c3)

        batch._workers = timed_workers
    else:
        missing.append("batch._workers")
    job_fn = getattr(batch, "_worker_queries", None)
    if job_fn is not None:
        def timed_job(*args: Any, **kwargs: Any) -> Any:
            t0, c0, s0 = now(), time.process_time(), os.times().system
            res = job_fn(*args, **kwargs)
            line = {"pid": os.getpid(), "start": t0, "end": now(),
                    "cpu": time.process_time() - c0, "sys": os.times().system - s0}
            with open(os.path.join(JOBS_DIR, f"jobs-{os.getpid()}.jsonl"), "a") as f:
                f.write(json.dumps(line) + "\n")
            return res

        # (sent to the pool by reference: the name it is found under)
        timed_job.__module__, timed_job.__qualname__ = batch.__name__, "_worker_queries"
        batch._worker_queries = timed_job
    else:
        missing.append("batch._worker_queries")
    return missing


class _Timed:
    def __init__(self, res: Any) -> None:
        self.res = res

    def get(self) -> Any:
        t0, c0 = now(), time.process_time()
        try:
            return self.res.get()
        finally:
            _mark("wait for job", t0, c0)


def child(marks_path: str, argv: list[str]) -> None:
    global JOBS_DIR
    import atexit

    start = _process_start()
    t_main = now()
    JOBS_DIR = str(Path(marks_path).parent)

    def dump() -> None:  # (registered first: runs last)
        MARKS.append({"step": "atexit", "start": now(), "end": now(), "cpu": 0.0,
                      "pid": os.getpid()})
        Path(marks_path).write_text(json.dumps({
            "process_start": start, "main": t_main, "missing": missing,
            "cpu_at_exit": time.process_time(), "marks": MARKS}))

    atexit.register(dump)
    c0 = time.process_time()
    t_imp = now()
    missing = _instrument()
    MARKS.append({"step": "imports", "start": t_imp, "end": now(), "cpu":
                  time.process_time() - c0, "pid": os.getpid()})
    from listwatch.cli import main

    sys.argv = ["listwatch", *argv]
    t1, c1 = now(), time.process_time()
    try:
        main()
    finally:
        _mark("cli main", t1, c1)


# -- in this script ----------------------------------------------------------------------

def _merge(intervals: list[tuple[float, float]]) -> float:
    total, last = 0.0, None
    for a, b in sorted(intervals):
        if last is None or a > last:
            total += b - a
            last = b
        elif b > last:
            total += b - last
            last = b
    return total


def report(data: dict[str, Any], jobs: list[dict[str, Any]], wall: float, cpu: float
           ) -> dict[str, Any]:
    t0 = data["process_start"]
    marks = data["marks"]
    rel = lambda t: round(t - t0, 3)  # noqa: E731
    steps: dict[str, dict[str, Any]] = {}
    for m in marks:
        s = steps.setdefault(m["step"], {"first": rel(m["start"]), "last": rel(m["end"]),
                                         "count": 0, "wall": 0.0, "cpu": 0.0})
        s["count"] += 1
        s["wall"] += m["end"] - m["start"]
        s["cpu"] += m["cpu"]
        s["first"] = min(s["first"], rel(m["start"]))
        s["last"] = max(s["last"], rel(m["end"]))
    for s in steps.values():
        s["wall"], s["cpu"] = round(s["wall"], 3), round(s["cpu"], 3)
    by_pid: dict[int, list[dict[str, Any]]] = {}
    for j in jobs:
        by_pid.setdefault(j["pid"], []).append(j)
    workers = {}
    fork = steps.get("fork workers", {}).get("last")
    join = steps.get("join workers", {}).get("first")
    for pid, js in sorted(by_pid.items()):
        busy = sum(j["end"] - j["start"] for j in js)
        first, last = min(j["start"] for j in js), max(j["end"] for j in js)
        workers[pid] = {"jobs": len(js), "first_job": rel(first), "last_job_end": rel(last),
                        "busy": round(busy, 3), "cpu": round(sum(j["cpu"] for j in js), 3),
                        "sys": round(sum(j.get("sys", 0.0) for j in js), 3),
                        "idle_between": round(last - first - busy, 3),
                        "idle_from_fork_to_join": None if fork is None or join is None else
                        round(join - fork - busy, 3)}
    return {"wall": round(wall, 3), "cpu": round(cpu, 3),
            "exit_after_last_mark": round(wall - (max(m["end"] for m in marks) - t0), 3),
            "parent_cpu_at_exit": round(data["cpu_at_exit"], 3), "missing": data["missing"],
            "steps": steps, "workers": workers,
            "worker_busy_union": round(_merge([(j["start"], j["end"]) for j in jobs]), 3)}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        sys.path.insert(0, os.environ["TIMELINE_SRC"])
        child(sys.argv[2], sys.argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--input", type=Path, required=True)
    parser.add_argument("--src", type=Path, default=Path(__file__).resolve().parent.parent
                        / "src")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lw-timeline-") as tmp:
        out = args.out or Path(tmp) / "out.csv"
        cache = args.cache or out.parent / "cache"
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
               "TIMELINE_SRC": str(args.src), "PYTHONPATH": str(args.src),
               "LISTWATCH_DB": args.db, "LISTWATCH_INDEX_CACHE": str(cache)}
        marks = Path(tmp) / "marks.json"
        cmd = [sys.executable, __file__, "--child", str(marks), "screen", "--input",
               str(args.input), "-o", str(out)]
        if args.workers:
            cmd += ["--workers", str(args.workers)]
        load = os.getloadavg()[0]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(cmd, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode:
            raise SystemExit(done.stderr[-3000:])
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        jobs = [json.loads(line) for f in Path(tmp).glob("jobs-*.jsonl")
                for line in f.read_text().splitlines()]
        result = report(json.loads(marks.read_text()), jobs, wall, cpu)
        result["load_average"] = round(load, 2)
        result["src"] = str(args.src)
        result["stderr_tail"] = done.stderr.strip().splitlines()[-1:]
    print(f"{args.src}: wall {result['wall']} s, CPU {result['cpu']} s, load {load:.2f}")
    print(f"  {'step':32} {'first':>7} {'last':>7} {'n':>5} {'wall':>7} {'cpu':>7}")
    for name, s in sorted(result["steps"].items(), key=lambda kv: kv[1]["first"]):
        print(f"  {name:32} {s['first']:7.3f} {s['last']:7.3f} {s['count']:5d} "
              f"{s['wall']:7.3f} {s['cpu']:7.3f}")
    for pid, w in result["workers"].items():
        print(f"  worker {pid}: {w}")
    print(f"  worker busy (union) {result['worker_busy_union']} s; exit after the last mark "
          f"{result['exit_after_last_mark']} s; missing marks: {result['missing']}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
