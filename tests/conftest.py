"""Shared fixtures.

Real official files are read from ``LISTWATCH_TEST_DATA`` (default ``../shared/data``
beside the checkout). Tests that need them fail with a clear message when the folder is
missing: they are never skipped. The PostgreSQL server comes from ``LISTWATCH_TEST_PG``
(``make test`` starts a scratch cluster and sets it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def shared_data_dir() -> Path:
    raw = os.environ.get("LISTWATCH_TEST_DATA") or str(ROOT.parent / "shared" / "data")
    return Path(raw)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The folder of real official list files (see ../shared/data/SOURCES.md)."""
    path = shared_data_dir()
    if not (path / "SOURCES.md").exists():
        pytest.fail(
            f"real list files not found at {path}: set LISTWATCH_TEST_DATA to the shared data "
            "folder (the one holding SOURCES.md)",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test touches the user's real database or mirror."""
    monkeypatch.setenv("LISTWATCH_DB", f"sqlite:///{tmp_path / 'listwatch.db'}")
    monkeypatch.delenv("LISTWATCH_MIRROR", raising=False)


def _pg_base() -> str:
    url = os.environ.get("LISTWATCH_TEST_PG")
    if not url:
        pytest.fail(
            "LISTWATCH_TEST_PG is not set: run the suite with `make test`, which starts a "
            "scratch PostgreSQL server, or point it at a server you may create databases on",
            pytrace=False,
        )
    return url


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A fresh, empty database on SQLite and on the real PostgreSQL server, in turn."""
    import uuid

    from sqlalchemy import create_engine, text

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
        monkeypatch.setenv("LISTWATCH_DB", url)
        yield url
        return
    base = _pg_base()
    name = f"lw_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    monkeypatch.setenv("LISTWATCH_DB", url)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def store(db_url: str):
    from listwatch.store.db import Store

    s = Store(db_url)
    yield s
    s.dispose()
