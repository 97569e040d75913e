"""Fixtures for the API tests: databases with real and hand-made lists, an in-process
client, and real uvicorn servers on free loopback ports."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files, ingest_paths

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
KEY = "test-key-0123456789"

HEADER = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
#: A small custom list over four dates: Xiaomi listed, amended, removed; Huawei stays.
CUSTOM_SNAPSHOTS = {
    "2021-01-15": [
        'xiaomi,Xiaomi Corporation,Company,Xiaomi Corp,China,isin:KYG9830T1067,1237,2021-01-14',
        'huawei,"Huawei Technologies Co., Ltd.",Company,Huawei,China,,1260H,2020-06',
        'cm,"China Mobile Communications Group Co., Ltd.",Company,China Mobile,China,,1260H,2020-06',
    ],
    "2021-03-01": [
        'xiaomi,Xiaomi Corporation,Company,Xiaomi Corp;小米集团,China,isin:KYG9830T1067,1237,2021-01-14',
        'huawei,"Huawei Technologies Co., Ltd.",Company,Huawei,China,,1260H,2020-06',
        'cm,"China Mobile Communications Group Co., Ltd.",Company,China Mobile,China,,1260H,2020-06',
    ],
    "2021-06-01": [
        'huawei,"Huawei Technologies Co., Ltd.",Company,Huawei,China,,1260H,2020-06',
        'cm,"China Mobile Communications Group Co., Ltd.",Company,China Mobile,China,,1260H,2020-06',
    ],
}


def custom_csv(date: str) -> bytes:
    return (HEADER + "\n".join(CUSTOM_SNAPSHOTS[date]) + "\n").encode()


def ingest_custom(store: Store) -> None:
    source = get_source("custom")
    for date in CUSTOM_SNAPSHOTS:
        ingest_files(store, source, {"custom.csv": custom_csv(date)}, date=date)


@pytest.fixture(scope="session")
def real_db(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> str:
    """SQLite with the real OFAC SDN (2024-05-03) and consolidated (2025-12-19) lists."""
    path = tmp_path_factory.mktemp("realdb") / "real.db"
    url = f"sqlite:///{path}"
    store = Store(url)
    ingest_paths(store, "us_ofac_sdn", [shared_data / "ofac_sdn" / "2024-05-03"])
    ingest_paths(store, "us_ofac_cons", [shared_data / "ofac_consolidated" / "2025-12-19"])
    store.dispose()
    return url


@pytest.fixture(scope="session")
def real_client(real_db: str) -> Iterator[object]:
    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app

    app = create_app(real_db)
    with TestClient(app) as client:
        yield client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def run_server(db_url: str, *, env: dict[str, str] | None = None, workers: int = 1,
               ready: bool = True, timeout: float = 60.0) -> Iterator[str]:
    """A real uvicorn server (a subprocess) on a free 127.0.0.1 port; yields its base URL."""
    port = free_port()
    full_env = {**os.environ, "LISTWATCH_DB": db_url, **(env or {})}
    cmd = [sys.executable, "-c", "from listwatch.cli import main; main()", "serve",
           "--host", "127.0.0.1",
           "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        path = "/readyz" if ready else "/healthz"
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read().decode() if proc.stdout else ""
                raise RuntimeError(f"server exited with {proc.returncode}: {out[-2000:]}")
            try:
                if httpx.get(base + path, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server on {base} not ready after {timeout}s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
