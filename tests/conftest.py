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
