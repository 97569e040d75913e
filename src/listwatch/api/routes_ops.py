"""Liveness and readiness: ``/healthz`` (the process answers) and ``/readyz`` (the database
answers and the match index is loaded)."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import func, select, text

from listwatch.api.state import get_state
from listwatch.store.schema import snapshots

router = APIRouter(tags=["operations"])

_HEALTHY = b'{"status":"ok"}'


@router.get("/healthz", summary="The process is alive (does not touch the database)")
async def healthz() -> Response:
    return Response(_HEALTHY, media_type="application/json")


@router.get("/readyz", summary="The database is reachable and the match index is loaded")
def readyz(request: Request) -> Response:
    state = get_state(request)
    body: dict[str, Any] = {"status": "ok", "database": "ok", "index": "loaded"}
    status = 200
    t0 = time.perf_counter()
    try:
        with state.store.connect() as conn:
            conn.execute(text("SELECT 1"))
            body["snapshots"] = conn.execute(select(func.count()).select_from(snapshots)).scalar()
        body["database_ms"] = round((time.perf_counter() - t0) * 1000, 2)
    except Exception as exc:
        status = 503
        body["status"] = "unavailable"
        body["database"] = f"unreachable: {type(exc).__name__}: {str(exc).splitlines()[0]}"
    cache = state.screeners
    if not cache.loaded:
        status = 503
        body["status"] = "unavailable"
        body["index"] = "loading" if cache.last_error is None else f"failed: {cache.last_error}"
    else:
        body["index_load_seconds"] = round(cache.load_seconds or 0.0, 3)
        body["index_loads"] = cache.loads
    audit = state.audit
    if audit is not None and audit.groups:  # this process's audit writer since it started
        body["audit"] = {"records": audit.records, "groups": audit.groups,
                         "ms_per_group": round(audit.busy_seconds / audit.groups * 1000, 1)}
    return JSONResponse(body, status_code=status)
