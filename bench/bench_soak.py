"""Soak: N minutes (default 10) of mixed traffic on 127.0.0.1 against `listwatch serve
--workers 2`, with a new snapshot ingested by another process midway.

Traffic (from this process, asyncio + httpx, a fixed number of connections): yente
``POST /match/default`` (60 %), ``GET /search/default`` (25 %), entity pages
``GET /entity/{key}`` (15 %). Reported: errors (any non-2xx or transport error; the goal
is zero), requests and p50/p99 latency per minute, RSS of every process (the server's
parent and workers, this load generator) at start and end, and the midway ingest.
Stops by itself after ``--minutes``; bounded by ``--max-requests`` too. Writes
``bench/out/soak.json``.

    .venv/bin/python bench/bench_soak.py [--minutes 10] [--connections 8] [--db URL]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DATA = Path(os.environ.get("LISTWATCH_TEST_DATA") or ROOT.parent / "shared" / "data")
BIN = Path(sys.executable).parent / "listwatch"
NAMES = [("Company", "AEROCARIBBEAN AIRLINES"), ("Company", "Rosneft Trading"),
         ("Person", "Vladimir Putin"), ("Company", "Banco Nacional de Cuba"),
         ("Person", "Kim Jong Un"), ("Company", "Huawei Technologies"),
         ("Company", "Sberbank"), ("Person", "ZHANG Xiaoming"), ("Company", "Aeroflot"),
         ("Vessel", "ADRIAN DARYA 1")]
KEYS = ["us_ofac_sdn:36", "us_ofac_sdn:173", "us_ofac_sdn:306", "us_ofac_sdn:2681",
        "us_ofac_sdn:6365", "us_ofac_sdn:7140"]
#: Ingested before the load, and the one ingested midway.
BEFORE, MIDWAY = "2022-02-03", "2022-03-01"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ingest(url: str, day: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([str(BIN), "ingest", str(DATA / "ofac_sdn_history" / day), "--source",
                    "us_ofac_sdn"], env={**os.environ, "LISTWATCH_DB": url}, check=True,
                   capture_output=True)
    return time.perf_counter() - t0


def start_server(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LISTWATCH_DB": url}
    proc = subprocess.Popen([str(BIN), "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline, ok = time.monotonic() + 120, 0
    while ok < 20:  # every worker answers
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        try:
            ok = ok + 1 if httpx.get(f"http://127.0.0.1:{port}/readyz",
                                     timeout=2).status_code == 200 else 0
        except httpx.HTTPError:
            ok = 0
        time.sleep(0.1)
    return proc


def rss(server: subprocess.Popen[bytes]) -> dict[str, float]:
    """RSS in MB of the server's processes and of this one."""
    parent = psutil.Process(server.pid)
    out = {f"server {parent.pid} (parent)": parent.memory_info().rss / 2**20}
    for child in parent.children(recursive=True):
        try:
            out[f"server {child.pid} ({' '.join(child.cmdline()[-2:])[:40]})"] = (
                child.memory_info().rss / 2**20)
        except psutil.Error:
            pass
    me = psutil.Process()
    out[f"load generator {me.pid}"] = me.memory_info().rss / 2**20
    return {k: round(v, 1) for k, v in out.items()}


def request_for(rng: random.Random) -> tuple[str, str, dict[str, Any] | None]:
    roll = rng.random()
    schema, name = rng.choice(NAMES)
    if roll < 0.60:
        body = {"queries": {"q": {"schema": schema, "properties": {"name": [name]}}}}
        return "match", "/match/default", body
    if roll < 0.85:
        return "search", f"/search/default?q={name.split()[0]}", None
    return "entity", f"/entity/{rng.choice(KEYS)}", None


async def load(base: str, seconds: float, connections: int, max_requests: int,
               midway: Any, sample: Any = None) -> dict[str, Any]:
    start = time.monotonic()
    per_minute: dict[int, list[float]] = {}
    errors: list[str] = []
    counts: dict[str, int] = {}
    sent = 0
    midway_task: asyncio.Task[Any] | None = None

    async def worker(i: int) -> None:
        nonlocal sent
        rng = random.Random(i)
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            while time.monotonic() - start < seconds and sent < max_requests:
                sent += 1
                kind, path, body = request_for(rng)
                t0 = time.monotonic()
                try:
                    r = (await client.post(path, json=body) if body is not None
                         else await client.get(path))
                    if r.status_code >= 300:
                        errors.append(f"{kind} {path}: {r.status_code} {r.text[:120]}")
                except httpx.HTTPError as exc:
                    errors.append(f"{kind} {path}: {type(exc).__name__} {exc}")
                t1 = time.monotonic()
                per_minute.setdefault(int((t0 - start) // 60), []).append(t1 - t0)
                counts[kind] = counts.get(kind, 0) + 1

    async def at_midway() -> Any:
        await asyncio.sleep(seconds / 2)
        return await asyncio.to_thread(midway)

    rss_per_minute: list[dict[str, Any]] = []

    async def sampler() -> None:
        """RSS of every process once a minute, so growth can be told from a reload."""
        minute = 0
        while sample is not None and time.monotonic() - start < seconds:
            await asyncio.sleep(min(60.0, max(0.0, seconds - (time.monotonic() - start))))
            minute += 1
            snap = await asyncio.to_thread(sample)
            rss_per_minute.append({"minute": minute, **{k: round(v, 1) for k, v in snap.items()}})

    midway_task = asyncio.create_task(at_midway())
    sampler_task = asyncio.create_task(sampler())
    await asyncio.gather(*(worker(i) for i in range(connections)))
    midway_result = await midway_task
    await sampler_task
    minutes = []
    for minute, lat in sorted(per_minute.items()):
        lat.sort()
        minutes.append({"minute": minute + 1, "requests": len(lat),
                        "p50_ms": round(lat[len(lat) // 2] * 1000, 1),
                        "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 1)})
    return {"requests": sum(counts.values()), "by_kind": counts, "errors": len(errors),
            "first_errors": errors[:10], "per_minute": minutes, "midway": midway_result,
            "rss_per_minute_mb": rss_per_minute}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--max-requests", type=int, default=2_000_000)
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="lw-soak-"))
    url = args.db or f"sqlite:///{tmp / 'soak.db'}"
    print(f"ingesting {BEFORE} into {url} ...", flush=True)
    ingest(url, BEFORE)
    port = free_port()
    server = start_server(url, port, args.workers)
    try:
        rss_start = rss(server)
        print(f"load: {args.minutes} min, {args.connections} connections; RSS {rss_start}",
              flush=True)

        def midway() -> dict[str, Any]:
            seconds = ingest(url, MIDWAY)
            return {"ingested": MIDWAY, "seconds": round(seconds, 1),
                    "at_minute": round(args.minutes / 2, 1)}

        result = asyncio.run(load(f"http://127.0.0.1:{port}", args.minutes * 60,
                                  args.connections, args.max_requests, midway,
                                  lambda: rss(server)))
        # VTB Bank was designated between the two snapshots: both workers must find it now
        after = httpx.post(f"http://127.0.0.1:{port}/match/default", json={"queries": {"q": {
            "schema": "Company", "properties": {"name": ["VTB Bank Public Joint Stock Company"]}}}},
            timeout=60).json()
        result["rss_start_mb"] = rss_start
        result["rss_end_mb"] = rss(server)
        result["after_midway_top_hit"] = (after["responses"]["q"]["results"] or [{}])[0].get("id")
    finally:
        server.terminate()
        server.wait(timeout=30)
    result.update({"minutes": args.minutes, "connections": args.connections,
                   "server": f"listwatch serve --workers {args.workers} on 127.0.0.1",
                   "db": url.split(":", 1)[0], "cpus": os.cpu_count()})
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "soak.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))
    if not args.db:
        shutil.rmtree(tmp, ignore_errors=True)
    raise SystemExit(1 if result["errors"] else 0)


if __name__ == "__main__":
    main()
