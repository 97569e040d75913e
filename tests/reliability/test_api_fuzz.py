"""The API fuzzed with schemathesis against its own OpenAPI schema: zero 5xx answers.

Runs in-process (ASGI) over a small database with a real-format custom list; requests carry
a valid API key so the write endpoints are fuzzed past the key check too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files

# (every endpoint fuzzed: minutes, 248 s for one operation on a 2-core machine at load 3;
# CI runs it, a newcomer's quick run leaves it out)
pytestmark = pytest.mark.slow

KEY = "fuzz-key-0123456789"
LIST = (b"id,name,schema,aliases,country\nxiaomi,Xiaomi Corporation,Company,Xiaomi Corp,China\n"
        b"huawei,Huawei Technologies,Company,Huawei,China\n")


def _app() -> Any:
    import atexit
    import os
    import shutil
    import tempfile

    from listwatch.api.app import create_app

    # (made at import, as schemathesis reads the schema then: no fixture can own it, so the
    # process that made it removes it when it ends, each xdist worker its own)
    folder = Path(tempfile.mkdtemp(prefix="lw-apifuzz-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    url = f"sqlite:///{folder / 'fuzz.db'}"
    store = Store(url)
    ingest_files(store, get_source("custom"), {"custom.csv": LIST}, date="2024-01-01")
    store.dispose()
    # (the key only while the app is made: set for good at import, it leaked into every
    # test collected in the same process, e.g. under xdist "no API keys configured")
    before = os.environ.get("LISTWATCH_API_KEYS")
    os.environ["LISTWATCH_API_KEYS"] = KEY
    try:
        return create_app(url)
    finally:
        if before is None:
            del os.environ["LISTWATCH_API_KEYS"]
        else:
            os.environ["LISTWATCH_API_KEYS"] = before


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_5xx(case: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LISTWATCH_API_KEYS", KEY)
    # updates read an empty mirror: no network, no retries (an update the fuzzer starts
    # must fail fast and say so, not wait on the publishers)
    monkeypatch.setenv("LISTWATCH_MIRROR", str(tmp_path))
    monkeypatch.setenv("LISTWATCH_HTTP_RETRIES", "0")
    monkeypatch.setenv("LISTWATCH_HTTP_BACKOFF", "0")
    response = case.call(headers={"Authorization": f"ApiKey {KEY}"})
    if (case.method, case.path, response.status_code) == ("POST", "/updatez", 502):
        # the one documented 5xx: the publishers (here, the empty mirror) gave nothing;
        # it must say so in its report, never as a crash
        body = response.json()
        assert body["status"] == "failed" and body["report"]["sources"], body
        assert all(s["status"] == "failed" for s in body["report"]["sources"]), body
        return
    assert response.status_code < 500, (case.method, case.path, response.status_code,
                                        response.text[:300])
