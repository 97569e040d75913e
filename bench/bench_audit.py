"""Audited screening over HTTP, and what signing and chaining cost (issue 19).

Targets: on PostgreSQL, ``listwatch serve --workers 2``: ``POST /match`` with one query at
>= 1,000 requests/s with p99 <= 50 ms, audit on; a reconciliation batch of 10 queries
(form-encoded as OpenRefine sends it) at >= 200 requests/s; signing and chaining add
<= 1 ms to a screening.

The machine is shared and noisy, so every figure has its baseline in the same run: the
same server with ``LISTWATCH_AUDIT_API=false`` for the HTTP runs (and, with
``--baseline-src``, the code before a change), and plain inserts of the
same screening rows for the chain. Load from ``wrk`` (one thread) on 127.0.0.1.

    python bench/bench_audit.py --db postgresql+psycopg://postgres@127.0.0.1:55432/i19bench
    [--duration 10] [--connections 32] [--workers 2] [--skip-build]
    [--baseline-src ../main-checkout/src]   # the code before a change, in the same run

Each server is also measured on ``GET /healthz``: the most this machine serves at that
moment through the same framework, uvicorn and wrk (the ceiling a route can approach).

writes ``bench/out/audit.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_api  # noqa: E402  (the same database, server start-up and wrk driver)

OUT = HERE / "out"
RECONCILE_NAMES = [("Company", "AEROCARIBBEAN AIRLINES"), ("Person", "Vladimir Putin"),
                   ("Company", "Huawei Technologies"), ("Company", "China Mobile"),
                   ("Person", "Kim Jong Un"), ("Company", "Rosneft Oil Company"),
                   ("Company", "Sberbank of Russia"), ("Person", "Ali Khamenei"),
                   ("Company", "Banco Nacional de Cuba"), ("Company", "Nobody Such Ltd")]


def reconcile_bodies() -> list[str]:
    out = []
    for shift in range(len(RECONCILE_NAMES)):
        names = RECONCILE_NAMES[shift:] + RECONCILE_NAMES[:shift]
        queries = {f"q{i}": {"query": n, "type": s, "type_strict": "should", "limit": 3}
                   for i, (s, n) in enumerate(names)}
        out.append(urlencode({"queries": json.dumps(queries)}))
    return out


def load(url: str, bodies: list[str], duration: int, connections: int,
         content_type: str = "application/json") -> dict[str, Any]:
    original = bench_api.WRK_LUA
    bench_api.WRK_LUA = original.replace("application/json", content_type)
    try:
        return bench_api.load(url, bodies, duration, connections)
    finally:
        bench_api.WRK_LUA = original


def chain_cost(url: str, records: int = 1600, group: int = 16) -> dict[str, Any]:
    """ms per screening: plain inserts of the rows vs signed and chained appends, in
    groups as the API's writer commits them; and the signing and hashing alone."""
    from sqlalchemy import insert

    from listwatch.store.audit import screening_row
    from listwatch.store.audit_chain import _append, content_digest, record_hash
    from listwatch.store.db import Store
    from listwatch.store.schema import screenings
    from listwatch.store.signing import signing_key

    store = Store(url)
    key = signing_key()
    example = {"ref": "q", "schema": "Company", "properties": {"name": ["Huawei Technologies"]}}
    results = [{"key": f"us_ofac_sdn:{i}", "caption": f"Name {i}", "score": 0.9, "match": True}
               for i in range(3)]

    def rows(n: int) -> list[dict[str, Any]]:
        return [screening_row(queries=[example], results=[{"query": example,
                                                            "results": results}],
                              as_of=None, threshold=0.7,
                              snapshots={"us_ofac_sdn": {"id": 1, "date": "2024-05-03"}},
                              user="bench") for _ in range(n)]

    def plain(batch: list[dict[str, Any]]) -> None:
        with store.begin() as conn:
            conn.execute(insert(screenings), batch)

    def chained(batch: list[dict[str, Any]]) -> None:
        _append(store, [(r, {"endpoint": "match", "limit": 5}, None) for r in batch], key)

    timings: dict[str, list[float]] = {"plain": [], "chained": []}
    for _round in range(3):  # interleaved: the machine's noise hits both alike
        for name, fn in (("plain", plain), ("chained", chained)):
            batches = [rows(group) for _ in range(records // group // 3)]
            t = time.perf_counter()
            for b in batches:
                fn(b)
            timings[name].append((time.perf_counter() - t) / (len(batches) * group))
    one = rows(1)[0]
    record = {**one, "id": 1, **{c: json.loads(one[c]) for c in ("snapshots", "queries",
                                                                    "results")}}
    t = time.perf_counter()
    n = 2000
    for i in range(n):
        h = record_hash(i + 1, "0" * 64, content_digest(record, {"limit": 5}), key.key_id, None)
        key.sign(h.encode())
    alone = (time.perf_counter() - t) / n
    store.dispose()
    plain_ms = statistics.median(timings["plain"]) * 1000
    chained_ms = statistics.median(timings["chained"]) * 1000
    return {"records": records, "group": group, "plain_ms": round(plain_ms, 3),
            "chained_ms": round(chained_ms, 3),
            "added_ms_per_screening": round(chained_ms - plain_ms, 3),
            "hash_and_sign_ms": round(alone * 1000, 3)}


def chain_cost_async(url: str, records: int = 1600, group: int = 16) -> dict[str, Any]:
    """The same on the API's PostgreSQL writer path (``store.audit_chain_pg``, one
    connection, two pipelined round trips a group): plain rows inserted as it inserts them
    (ids from the sequence, one statement over arrays) against signed and chained appends."""
    from listwatch.store.audit import screening_row
    from listwatch.store.audit_chain import _PG_IDS, _PG_SCREENINGS, _SCREENING_COLUMNS, _columns
    from listwatch.store.audit_chain_pg import append_screenings_pipelined, connect_sync
    from listwatch.store.signing import signing_key

    key = signing_key()
    example = {"ref": "q", "schema": "Company", "properties": {"name": ["Huawei Technologies"]}}
    results = [{"key": f"us_ofac_sdn:{i}", "caption": f"Name {i}", "score": 0.9, "match": True}
               for i in range(3)]

    def rows(n: int) -> list[dict[str, Any]]:
        return [screening_row(queries=[example], results=[{"query": example,
                                                            "results": results}],
                              as_of=None, threshold=0.7,
                              snapshots={"us_ofac_sdn": {"id": 1, "date": "2024-05-03"}},
                              user="bench") for _ in range(n)]

    conn = connect_sync(url)

    def plain(batch: list[dict[str, Any]]) -> None:
        with conn.pipeline(), conn.transaction():
            ids = sorted(int(r[0]) for r in conn.execute(_PG_IDS, {"n": len(batch)}).fetchall())
            conn.execute(_PG_SCREENINGS, {"id": ids, **_columns(batch, _SCREENING_COLUMNS)})

    def chained(batch: list[dict[str, Any]]) -> None:
        append_screenings_pipelined(conn, url, [(r, {"endpoint": "match", "limit": 5}, None)
                                                for r in batch], key)

    chained(rows(1))
    timings: dict[str, list[float]] = {"plain": [], "chained": []}
    for _round in range(3):
        for name, fn in (("plain", plain), ("chained", chained)):
            batches = [rows(group) for _ in range(records // group // 3)]
            t = time.perf_counter()
            for b in batches:
                fn(b)
            timings[name].append((time.perf_counter() - t) / (len(batches) * group))
    conn.close()
    plain_ms = statistics.median(timings["plain"]) * 1000
    chained_ms = statistics.median(timings["chained"]) * 1000
    return {"path": "API writer (PostgreSQL, pipelined)", "records": records, "group": group,
            "plain_ms": round(plain_ms, 3), "chained_ms": round(chained_ms, 3),
            "added_ms_per_screening": round(chained_ms - plain_ms, 3)}


def _loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def serve_and_load(url: str, workers: int, audit: bool, duration: int, connections: int,
                   reconcile: bool, src: str | None = None,
                   env: dict[str, str] | None = None) -> dict[str, Any]:
    """One server (the code under ``src``, default this checkout's; ``env`` set besides):
    ``GET /healthz`` (the ceiling of the framework on this machine now), ``POST /match``
    and the reconciliation batch, each with the load average when it started."""
    env = {**(env or {}), "LISTWATCH_AUDIT_API": "true" if audit else "false"}
    if src:
        env["PYTHONPATH"] = src
    port = bench_api.free_port()
    proc = bench_api.start_server(url, port, workers, env)
    base = f"http://127.0.0.1:{port}"
    out: dict[str, Any] = {"audit": audit, "src": src or str(HERE.parent / "src"),
                           "env": {k: v for k, v in env.items() if k != "LISTWATCH_AUDIT_API"}}
    try:
        bodies = [bench_api.match_body(s, n) for s, n in bench_api.NAMES]
        r = httpx.post(base + "/match/default", content=bodies[0],
                       headers={"content-type": "application/json"})
        assert r.status_code == 200, r.text
        assert ("x-listwatch-screening" in r.headers) == audit
        load(base + "/healthz", [""], 2, connections)  # warm-up
        out["healthz_load_average"] = _loadavg()
        out["healthz"] = load(base + "/healthz", [""], duration, connections)
        load(base + "/match/default", bodies, 2, connections)  # warm-up
        out["match_load_average"] = _loadavg()
        out["match_one_query"] = load(base + "/match/default", bodies, duration, connections)
        print(f"{out['src']} audit={audit} GET /healthz: {out['healthz']['requests_per_s']}/s;"
              f" POST /match: {out['match_one_query']}", file=sys.stderr)
        if reconcile:
            rb = reconcile_bodies()
            form = "application/x-www-form-urlencoded"
            r = httpx.post(base + "/reconcile/default", content=rb[0],
                           headers={"content-type": form})
            assert r.status_code == 200 and len(r.json()) == 10, r.text
            load(base + "/reconcile/default", rb, 2, connections, form)
            out["reconcile_load_average"] = _loadavg()
            out["reconcile_batch_10"] = load(base + "/reconcile/default", rb, duration,
                                             connections, form)
            print(f"{out['src']} audit={audit} POST /reconcile (10): "
                  f"{out['reconcile_batch_10']}", file=sys.stderr)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="database URL (PostgreSQL for the targets)")
    ap.add_argument("--duration", type=int, default=10)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--skip-build", action="store_true", help="the database is already built")
    ap.add_argument("--baseline-src", help="the src folder of another checkout (e.g. a "
                    "worktree at main before a change): its server is measured in the same "
                    "run, interleaved with this checkout's")
    ap.add_argument("--variant", action="append", default=[], metavar="NAME:VAR=VALUE",
                    help="also this checkout with an environment variable set (e.g. "
                    "switch5ms:LISTWATCH_API_SWITCH_MS=0), interleaved; repeatable")
    ap.add_argument("--no-audit-off", action="store_true",
                    help="skip the audit-off servers")
    ap.add_argument("--no-chain-cost", action="store_true")
    ap.add_argument("--chain-cost-only", action="store_true",
                    help="only the signing and chaining cost (no servers)")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("LISTWATCH_DATA_DIR", str(OUT / "audit-bench-data"))
    if not args.skip_build:
        t = time.perf_counter()
        bench_api.build_db(args.db)
        print(f"database built in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    if args.chain_cost_only:
        print(json.dumps({"load_average": _loadavg(), "chain_cost": chain_cost(args.db),
                          "chain_cost_api_writer": chain_cost_async(args.db)
                          if args.db.startswith("postgresql") else None,
                          "load_average_end": _loadavg()}, indent=2))
        return
    codes: list[tuple[str, str | None, dict[str, str]]] = (
        [("baseline", args.baseline_src, {})] if args.baseline_src else [])
    codes.append(("this", None, {}))
    for variant in args.variant:
        name, _, assignment = variant.partition(":")
        var, _, value = assignment.partition("=")
        codes.append((name, None, {var: value}))
    runs: dict[str, Any] = {}
    for audit in ((True,) if args.no_audit_off else (False, True)):
        for name, src, env in codes:  # interleaved: the machine's noise hits all alike
            label = f"{name}_audit_{'on' if audit else 'off'}"
            runs[label] = serve_and_load(args.db, args.workers, audit, args.duration,
                                         args.connections, reconcile=True, src=src, env=env)
    cost = None if args.no_chain_cost else chain_cost(args.db)
    print(f"chain cost: {cost}", file=sys.stderr)
    cost_async = None
    if cost is not None and args.db.startswith("postgresql"):
        cost_async = chain_cost_async(args.db)
        print(f"chain cost (API writer): {cost_async}", file=sys.stderr)
    on = runs["this_audit_on"]
    result = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                    "note": "2 cores shared by the server, wrk and other developers' work",
                    "load_average_end": _loadavg()},
        "database": args.db.split("://")[0].split("+")[0],
        "server": f"listwatch serve --workers {args.workers}",
        "command": "python bench/bench_audit.py " + " ".join(sys.argv[1:]),
        "runs": runs,
        "chain_cost": cost,
        "chain_cost_api_writer": cost_async,
        "chain_cost_load_average": _loadavg(),
        "targets": {
            "match_1000_rps_audit_on": on["match_one_query"]["requests_per_s"] >= 1000,
            "match_p99_50ms_audit_on": on["match_one_query"]["p99_ms"] <= 50,
            "reconcile_10_200_rps": on["reconcile_batch_10"]["requests_per_s"] >= 200,
            "sign_and_chain_1ms": cost["added_ms_per_screening"] <= 1.0 if cost else None,
            "sign_and_chain_1ms_api_writer":
                cost_async["added_ms_per_screening"] <= 1.0 if cost_async else None,
        },
    }
    (OUT / "audit.json").write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
