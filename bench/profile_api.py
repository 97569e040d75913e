"""Where a request's time goes, in process: per-request SQL statements and a cProfile.

Drives the app through ``httpx.ASGITransport`` (no network, no server), ``--concurrency``
requests in flight at a time (so the audit's group commit sees company), counts the
statements each request sends to the database (SQLAlchemy's ``before_cursor_execute``, as
``pg_stat_statements`` would) and prints the top of a cProfile.

    python bench/profile_api.py --db postgresql+psycopg://postgres@127.0.0.1:55432/i19bench \
        [--route match|reconcile|healthz] [--requests 2000] [--concurrency 16] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import json
import os
import pstats
import sys
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_api  # noqa: E402
import bench_audit  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--route", default="match", choices=["match", "reconcile", "healthz"])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--httpx", action="store_true",
                    help="through httpx's ASGI transport (default: the ASGI app called directly)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--thread-writer", action="store_true",
                    help="the audit's thread writer even on PostgreSQL")
    ap.add_argument("--switch-interval", type=float, help="sys.setswitchinterval (s)")
    ap.add_argument("--callers", nargs="*", default=[], help="functions whose callers to show")
    args = ap.parse_args()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    os.environ.setdefault("LISTWATCH_DATA_DIR", str(HERE / "out" / "audit-bench-data"))

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from listwatch.api.app import create_app

    statements: collections.Counter[str] = collections.Counter()

    @event.listens_for(Engine, "before_cursor_execute")
    def count(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
        statements[" ".join(statement.split())[:110]] += 1

    app = create_app(args.db)
    app.state.lw.screeners.get()
    if args.route == "match":
        url, ctype = "/match/default", "application/json"
        bodies = [bench_api.match_body(s, n) for s, n in bench_api.NAMES]
    elif args.route == "reconcile":
        url, ctype = "/reconcile/default", "application/x-www-form-urlencoded"
        bodies = bench_audit.reconcile_bodies()
    else:
        url, ctype, bodies = "/healthz", "", [""]

    async def call(body: str) -> int:
        """One request through the ASGI app itself (no client library in the way)."""
        raw = body.encode()
        headers = [(b"host", b"t"), (b"content-length", str(len(raw)).encode())]
        if body:
            headers.append((b"content-type", ctype.encode()))
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": "POST" if body else "GET", "scheme": "http", "path": url,
                 "raw_path": url.encode(), "query_string": b"", "root_path": "",
                 "headers": headers, "client": ("127.0.0.1", 1), "server": ("t", 80),
                 "state": {}}
        sent = False
        status = 0

        async def receive() -> dict:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": raw, "more_body": False}
            await asyncio.sleep(3600)
            return {"type": "http.disconnect"}

        async def send(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]

        await app(scope, receive, send)
        return status

    async def run_direct(n: int) -> list[float]:
        lat: list[float] = []
        sem = asyncio.Semaphore(args.concurrency)
        if not args.thread_writer:  # as the app's lifespan does
            await app.state.lw.audit.start()

        async def one(i: int) -> None:
            async with sem:
                t = time.perf_counter()
                status = await call(bodies[i % len(bodies)])
                lat.append(time.perf_counter() - t)
                assert status == 200, status

        await asyncio.gather(*(one(i) for i in range(n)))
        await app.state.lw.audit.stop()
        return lat

    async def run_httpx(n: int) -> list[float]:
        transport = httpx.ASGITransport(app=app)
        lat: list[float] = []
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            sem = asyncio.Semaphore(args.concurrency)

            async def one(i: int) -> None:
                body = bodies[i % len(bodies)]
                async with sem:
                    t = time.perf_counter()
                    if body:
                        r = await client.post(url, content=body, headers={"content-type": ctype})
                    else:
                        r = await client.get(url)
                    lat.append(time.perf_counter() - t)
                    assert r.status_code == 200, r.text[:300]

            await asyncio.gather(*(one(i) for i in range(n)))
        return lat

    run = run_httpx if args.httpx else run_direct
    asyncio.run(run(50))  # warm-up
    statements.clear()
    prof = cProfile.Profile() if args.profile else None
    t = time.perf_counter()
    cpu = time.process_time()
    if prof:
        prof.enable()
    lat = asyncio.run(run(args.requests))
    if prof:
        prof.disable()
    secs = time.perf_counter() - t
    cpu = time.process_time() - cpu
    lat.sort()
    print(json.dumps({"route": url, "requests": args.requests, "seconds": round(secs, 2),
                      "requests_per_s": round(args.requests / secs, 1),
                      "ms_per_request": round(secs / args.requests * 1000, 3),
                      "cpu_ms_per_request": round(cpu / args.requests * 1000, 3),
                      "p50_ms": round(lat[len(lat) // 2] * 1000, 2),
                      "p99_ms": round(lat[int(len(lat) * 0.99)] * 1000, 2),
                      "load_average": os.getloadavg()}))
    total = sum(statements.values())
    print(f"SQL statements per request: {total / args.requests:.3f}")
    for stmt, n in statements.most_common(15):
        print(f"  {n / args.requests:8.3f}  {stmt}")
    if prof:
        st = pstats.Stats(prof)
        st.sort_stats("cumulative").print_stats(args.top)
        st.sort_stats("tottime").print_stats(args.top)
        for name in args.callers:
            st.print_callers(name)
    audit = app.state.lw.audit
    if audit.groups:
        print(f"audit groups {audit.groups} records {audit.records}: "
              f"{audit.busy_seconds / audit.groups * 1000:.1f} ms per group")


if __name__ == "__main__":
    main()
