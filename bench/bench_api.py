"""API benchmark: `listwatch serve --workers 2` on 127.0.0.1, load from a second process.

Measures
- ``POST /match/default`` with one yente query per request (names rotate over real entries)
- ``GET /healthz`` the same way (the framework's own ceiling)
- the entity page of an entry with a 10-year timeline (20 dated snapshots 2015-2025 of a
  custom list, the entry amended, removed and re-listed, plus legal-event annotations):
  server time in process (the app called directly, no network) and over HTTP.
  The load runs at two concurrency levels (--connections, default 8 and 16).

Load comes from Debian's ``wrk`` when installed (``apt-get install -y wrk``), otherwise from
a Python asyncio/httpx load generator in a subprocess. Writes ``bench/out/api.json``.

    .venv/bin/python bench/bench_api.py [--db URL] [--duration 10] [--connections 16]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
DATA = Path(os.environ.get("LISTWATCH_TEST_DATA") or ROOT.parent / "shared" / "data")
NAMES = [
    ("Company", "AEROCARIBBEAN AIRLINES"), ("Company", "Huawei Technologies"),
    ("Person", "Vladimir Putin"), ("Company", "China Mobile"), ("Company", "Rosneft"),
    ("Company", "Banco Nacional de Cuba"), ("Person", "Kim Jong Un"),
    ("Company", "Sberbank"), ("Company", "Islamic Revolutionary Guard Corps"),
    ("Company", "China National Offshore Oil"), ("Person", "Ali Khamenei"),
    ("Company", "Acme Widgets Limited"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def match_body(schema: str, name: str) -> str:
    return json.dumps({"queries": {"q1": {"schema": schema, "properties": {"name": [name]}}}})


# -- data -------------------------------------------------------------------------------

TIMELINE_KEY = "custom:decade"


def _custom_snapshot(i: int) -> bytes:
    """Snapshot i (0..21) of a small custom list: 'decade' changes over ten years."""
    rows = ["id,name,schema,aliases,country,identifiers,program,listing_date"]
    alias = ";".join(f"Decade Alias {k}" for k in range(1 + i // 3))
    program = "1237" if i < 10 else "1237;1260H"
    if not 8 <= i <= 10:  # removed for three snapshots, then re-listed
        rows.append(f"decade,Decade Industrial Group,Company,{alias},China,,{program},2015-01")
    for k in range(40):
        rows.append(f"filler{k},Filler Company {k},Company,,China,,1260H,2015-01")
    return ("\n".join(rows) + "\n").encode()


def build_db(url: str) -> None:
    from listwatch.api.annotations import AnnotationIn, add_annotation
    from listwatch.sources import get_source
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_files, ingest_paths

    store = Store(url)
    ingest_paths(store, "us_ofac_sdn", [DATA / "ofac_sdn" / "2024-05-03"])
    ingest_paths(store, "us_ofac_cons", [DATA / "ofac_consolidated" / "2025-12-19"])
    source = get_source("custom")
    for i in range(22):
        year, month = 2015 + i // 2, 1 + 6 * (i % 2)
        ingest_files(store, source, {"custom.csv": _custom_snapshot(i)},
                     date=f"{year}-{month:02d}-15", force=True)
    kinds = ["legal_challenge", "injunction", "vacatur", "license", "deadline"]
    for i in range(25):
        add_annotation(store, TIMELINE_KEY, AnnotationIn(
            type=kinds[i % 5], date=f"{2015 + i * 10 // 25}-{1 + i % 12:02d}-03",
            evidence_url=f"https://example.org/decade/{i}",
            evidence_quote=f"Reported event number {i} about Decade Industrial Group."))
    store.dispose()


# -- load generators --------------------------------------------------------------------

WRK_LUA = r"""
local bodies = {}
local n = 0
BODIES
request = function()
  n = n + 1
  local body = bodies[(n % #bodies) + 1]
  if body == nil or body == "" then return wrk.format("GET") end
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,' ..
    '"status":%d,"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"""


def run_wrk(url: str, bodies: list[str], duration: int, connections: int) -> dict[str, Any]:
    lua_bodies = "\n".join(f"bodies[{i + 1}] = {json.dumps(b)}" for i, b in enumerate(bodies))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(WRK_LUA.replace("BODIES", lua_bodies))
        script = f.name
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "-s", script, url]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    os.unlink(script)
    line = next(x for x in out.splitlines() if x.startswith("WRKJSON "))
    raw = json.loads(line[len("WRKJSON "):])
    errors = raw["connect"] + raw["read"] + raw["write"] + raw["status"] + raw["timeout"]
    seconds = raw["duration_us"] / 1e6
    return {
        "tool": f"wrk -t1 -c{connections} -d{duration}s",
        "requests": raw["requests"],
        "seconds": round(seconds, 2),
        "requests_per_s": round(raw["requests"] / seconds, 1),
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p90_ms": round(raw["p90_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 2),
        "errors": errors,
        "non_2xx": raw["status"],
    }


PY_LOADGEN = r"""
import asyncio, json, sys, time
import httpx
url, duration, conns = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
bodies = json.loads(sys.stdin.read())
lat, errors = [], 0
async def worker(client, i):
    global errors
    n = i
    end = time.perf_counter() + duration
    while time.perf_counter() < end:
        body = bodies[n % len(bodies)]; n += 1
        t = time.perf_counter()
        try:
            if body:
                r = await client.post(url, content=body, headers={"content-type": "application/json"})
            else:
                r = await client.get(url)
            if r.status_code >= 300: errors += 1
        except httpx.HTTPError:
            errors += 1
        lat.append(time.perf_counter() - t)
async def main():
    limits = httpx.Limits(max_connections=conns, max_keepalive_connections=conns)
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:
        t = time.perf_counter()
        await asyncio.gather(*(worker(client, i) for i in range(conns)))
        return time.perf_counter() - t
secs = asyncio.run(main())
lat.sort()
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000
print(json.dumps({"requests": len(lat), "seconds": secs, "p50_ms": q(0.5), "p90_ms": q(0.9),
                  "p99_ms": q(0.99), "max_ms": lat[-1] * 1000, "errors": errors}))
"""


def run_python(url: str, bodies: list[str], duration: int, connections: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", PY_LOADGEN, url, str(duration), str(connections)],
                         input=json.dumps(bodies), capture_output=True, text=True, check=True)
    r = json.loads(out.stdout)
    return {
        "tool": f"python asyncio+httpx, {connections} connections, {duration}s",
        "requests": r["requests"], "seconds": round(r["seconds"], 2),
        "requests_per_s": round(r["requests"] / r["seconds"], 1),
        **{k: round(r[k], 2) for k in ("p50_ms", "p90_ms", "p99_ms", "max_ms")},
        "errors": r["errors"], "non_2xx": r["errors"],
    }


def load(url: str, bodies: list[str], duration: int, connections: int) -> dict[str, Any]:
    if shutil.which("wrk"):
        return run_wrk(url, bodies, duration, connections)
    return run_python(url, bodies, duration, connections)


# -- entity page ------------------------------------------------------------------------


def entity_page_in_process(url: str, runs: int = 50) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    times = []
    with TestClient(create_app(url)) as client:
        r = client.get(f"/entity/{TIMELINE_KEY}")
        assert r.status_code == 200 and "svg" in r.text, r.text[:300]
        history = client.get(f"/entities/{TIMELINE_KEY}").json()
        for i in range(runs):
            path = f"/entity/{TIMELINE_KEY}" + ("?as_of=2020-03-01" if i % 2 else "")
            t = time.perf_counter()
            assert client.get(path).status_code == 200
            times.append(time.perf_counter() - t)
    times.sort()
    years = int(history["last_seen"][:4]) - int(history["first_seen"][:4])
    return {
        "key": TIMELINE_KEY,
        "timeline_years": years,
        "events": len(history["events"]),
        "listed_intervals": len(history["listed_intervals"]),
        "runs": runs,
        "median_ms": round(statistics.median(times) * 1000, 2),
        "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 2),
        "max_ms": round(times[-1] * 1000, 2),
    }


def entity_page_over_http(base: str, runs: int = 50) -> dict[str, Any]:
    times = []
    with httpx.Client(timeout=10) as client:
        client.get(f"{base}/entity/{TIMELINE_KEY}")
        for _ in range(runs):
            t = time.perf_counter()
            assert client.get(f"{base}/entity/{TIMELINE_KEY}").status_code == 200
            times.append(time.perf_counter() - t)
    times.sort()
    return {"runs": runs, "median_ms": round(statistics.median(times) * 1000, 2),
            "p95_ms": round(times[int(0.95 * (len(times) - 1))] * 1000, 2)}


# -- main -------------------------------------------------------------------------------


def start_server(url: str, port: int, workers: int,
                 env_extra: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LISTWATCH_DB": url, **(env_extra or {})}
    cmd = [sys.executable, "-c", "from listwatch.cli import main; main()", "serve",
           "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    ok = 0
    while ok < 20:  # every worker ready (requests land on either)
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        try:
            ok = ok + 1 if httpx.get(base + "/readyz", timeout=2).status_code == 200 else 0
        except httpx.HTTPError:
            ok = 0
        time.sleep(0.1)
    return proc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file in bench/out)")
    ap.add_argument("--duration", type=int, default=10)
    ap.add_argument("--connections", type=int, nargs="+", default=[8, 16])
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    url = args.db
    if url is None:
        path = OUT / "api-bench.db"
        for p in OUT.glob("api-bench.db*"):
            p.unlink()
        url = f"sqlite:///{path}"
    t = time.perf_counter()
    build_db(url)
    print(f"database built in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    page = entity_page_in_process(url)
    print(f"entity page (in process): {page}", file=sys.stderr)
    port = free_port()
    proc = start_server(url, port, args.workers)
    base = f"http://127.0.0.1:{port}"
    try:
        bodies = [match_body(s, n) for s, n in NAMES]
        check = httpx.post(base + "/match/default", content=bodies[0],
                           headers={"content-type": "application/json"}).json()
        assert check["responses"]["q1"]["results"][0]["id"] == "us_ofac_sdn:36"
        load(base + "/healthz", [""], 2, 8)  # warm-up
        load(base + "/match/default", bodies, 2, 8)
        runs: list[dict[str, Any]] = []
        for conns in args.connections:
            health = load(base + "/healthz", [""], args.duration, conns)
            print(f"GET /healthz c={conns}: {health}", file=sys.stderr)
            match = load(base + "/match/default", bodies, args.duration, conns)
            print(f"POST /match/default c={conns}: {match}", file=sys.stderr)
            runs.append({"connections": conns, "match_default_one_query": match,
                         "healthz": health})
        http_page = entity_page_over_http(base)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    result = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "database": url.split("://")[0],
        "server": f"listwatch serve --workers {args.workers} (uvicorn) on 127.0.0.1",
        "command": "python bench/bench_api.py " + " ".join(sys.argv[1:]),
        "load": runs,
        "entity_page": {"in_process": page, "over_http": http_page},
        "targets": {
            f"c={r['connections']}": {
                "match_rps_500": r["match_default_one_query"]["requests_per_s"] >= 500,
                "match_p99_50ms": r["match_default_one_query"]["p99_ms"] <= 50,
                "match_no_errors": r["match_default_one_query"]["errors"] == 0,
            }
            for r in runs
        },
        "entity_page_100ms": page["median_ms"] <= 100 and page["p95_ms"] <= 100,
    }
    (OUT / "api.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
