"""Start-up and a 200,000-row file screened end to end, measured from outside: the wall
clock of the ``listwatch`` command, with the screening index cache off (every command
builds the index: the code before the cache), cold (the first command builds and writes
it) and warm (read from it). Writes bench/out/startup.json.

    .venv/bin/python bench/bench_startup.py [--db URL] [--rows 200000] [--distinct 0.49]
        [--repeat 3] [--src DIR] [--baseline-src DIR]

* The lists: the latest snapshots of ../shared/data (``bench_screen.LATEST``) ingested
  into a scratch SQLite file, unless ``--db`` is given.
* The file: ``--rows`` rows of which about ``--distinct`` are distinct names: perturbed
  list names (``bench_screen.perturb``: typos, word order, dropped legal forms, case) and
  invented names, 70 / 30, then repeats of those names in random order (a customer file
  names its parties more than once).
* Ready: ``listwatch screen NAME --format json``, the whole command (start, open the
  store, load or build the index, screen one name, record it), beside ``python -c pass``
  and ``listwatch --help``.
* The file: ``listwatch screen --input FILE -o OUT.csv``: rows/s and distinct names/s,
  wall clock.

``--src`` (default: this checkout's src) is the code measured; ``--baseline-src`` another
checkout's src measured in the same run (repeatable), each step run for one then the
other in turn.
``--file-modes warm`` leaves out the file runs with the index cache off. The load average is
recorded beside each figure: the machine may be shared.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_screen import cpu_model, ingest, invented, perturb  # noqa: E402

LISTWATCH = Path(sys.executable).parent / "listwatch"


def write_file(url: str, path: Path, rows: int, distinct: float, seed: int) -> int:
    """The batch file; returns its number of distinct names."""
    sys.path.insert(0, str(ROOT / "src"))
    from sqlalchemy import select

    from listwatch.store.db import Store
    from listwatch.store.schema import versions

    store = Store(url)
    with store.connect() as conn:
        names = [r.name for r in conn.execute(
            select(versions.c.name).where(versions.c.until_seq.is_(None))) if r.name]
    store.dispose()
    rng = random.Random(seed)
    wanted = int(rows * distinct)
    pool: list[str] = []
    seen: set[str] = set()
    while len(pool) < wanted:
        name = perturb(rng.choice(names), rng) if rng.random() < 0.7 else invented(rng)
        if name not in seen:
            seen.add(name)
            pool.append(name)
    order = pool + [rng.choice(pool) for _ in range(rows - len(pool))]
    rng.shuffle(order)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name"])
        for i, name in enumerate(order):
            w.writerow([f"c{i}", name])
    return len(set(order))


def run(cmd: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Wall clock and CPU time (the command and the processes it waited for) of ``cmd``."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return {"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
            "load_average": round(load, 2),
            "stderr_tail": done.stderr.strip().splitlines()[-1:]}


def environments(label: str, src: Path, url: str, work: Path) -> dict[str, dict[str, str]]:
    """The environments of one checkout's commands: ``base``, index cache ``off``, ``on``."""
    # (bytecode written and kept, as an installed package has it: without it every
    # command compiles each module it imports again)
    base = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPATH": str(src), "LISTWATCH_DB": url,
            "LISTWATCH_DATA_DIR": str(work / f"data-{label}")}
    return {"base": base, "off": {**base, "LISTWATCH_INDEX_CACHE": "off"},
            "on": {**base, "LISTWATCH_INDEX_CACHE": str(work / f"cache-{label}")}}


def measure(labels: list[tuple[str, Path]], url: str, infile: Path, work: Path, rows: int,
            distinct: int, repeat: int, name: str,
            file_modes: tuple[str, ...] = ("off", "warm")) -> dict[str, dict[str, Any]]:
    """Every step for each checkout in turn (``before``, ``after``, ``before`` ...), so
    that both see the same load."""
    envs = {label: environments(label, src, url, work) for label, src in labels}
    out: dict[str, dict[str, Any]] = {label: {"src": str(src)} for label, src in labels}
    lw = [sys.executable, str(LISTWATCH)]
    one = [*lw, "screen", name, "--format", "json"]

    def step(key: str, cmd: Any, env: str, times: int, before: Any = None) -> None:
        for _ in range(times):
            for label, _src in labels:
                if before:
                    before(label)
                c = cmd(label) if callable(cmd) else cmd
                out[label].setdefault(key, []).append(run(c, envs[label][env]))

    def clear(label: str) -> None:
        for f in Path(envs[label]["on"]["LISTWATCH_INDEX_CACHE"]).glob("*"):
            f.unlink()

    step("warm_up", one, "off", 1)  # (bytecode, signing key: once)
    step("python_c_pass", [sys.executable, "-c", "pass"], "base", repeat)
    step("help", [*lw, "--help"], "base", repeat)
    step("ready_cache_off", one, "off", repeat)
    step("ready_cache_cold", one, "on", 1, before=clear)
    step("ready_cache_warm", one, "on", repeat)
    for mode in [m for m in file_modes if m in ("off", "warm")]:
        key = f"file_cache_{mode}"
        step(key, lambda label: [*lw, "screen", "--input", str(infile), "-o",
                                 str(work / f"out-{label}.csv")],
             "off" if mode == "off" else "on", max(1, repeat - 1))
        for label, _src in labels:
            for r in out[label][key]:
                r["rows_per_second"] = round(rows / r["seconds"])
                r["distinct_names_per_second"] = round(distinct / r["seconds"])
    return out


def median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default=None)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--distinct", type=float, default=0.49)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--baseline-src", type=Path, action="append", default=[],
                        help="another checkout's src measured in the same run (repeat the "
                        "option for several: labels before, before2, ...)")
    parser.add_argument("--name", default="Rosneft Trading")
    parser.add_argument("--file-modes", default="off,warm",
                        help="which file runs: off (index cache off), warm, both, or none")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lw-startup-") as tmp:
        work = Path(tmp)
        url = args.db or f"sqlite:///{work / 'lists.db'}"
        if args.db is None:
            sys.path.insert(0, str(args.src))
            ingest(url)
        infile = work / "customers.csv"
        distinct = write_file(url, infile, args.rows, args.distinct, args.seed)
        report: dict[str, Any] = {"cpu_model": cpu_model(), "cpus": os.cpu_count(),
                                  "rows": args.rows, "distinct_names": distinct,
                                  "load_average_start": [round(x, 2) for x in os.getloadavg()]}
        print(json.dumps(report), flush=True)
        labels = [(f"before{i + 1 if i else ''}", src)
                  for i, src in enumerate(args.baseline_src)] + [("after", args.src)]
        report.update(measure(labels, url, infile, work, args.rows, distinct, args.repeat,
                              args.name, tuple(args.file_modes.split(","))))
        for label, _src in labels:
            r = report[label]
            summary: dict[str, Any] = {}
            for key, runs in r.items():
                if key in ("src", "warm_up"):
                    continue
                summary[f"{key}_s"] = median([x["seconds"] for x in runs])
                summary[f"{key}_cpu_s"] = median([x["cpu_seconds"] for x in runs])
                summary[f"{key}_load"] = median([x["load_average"] for x in runs])
                if key.startswith("file_"):
                    summary[f"{key}_rows_s"] = median([x["rows_per_second"] for x in runs])
                    summary[f"{key}_distinct_s"] = median([x["distinct_names_per_second"]
                                                           for x in runs])
            r["summary"] = summary
            print(label, json.dumps(summary), flush=True)
        report["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    out = ROOT / "bench" / "out" / "startup.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
