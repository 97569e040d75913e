"""Record versions: opened and closed by snapshot number, read as of a snapshot, wound back."""

from __future__ import annotations

from pathlib import Path

from listwatch.model import Record
from listwatch.store.db import Store
from listwatch.store.prepare import to_rows
from listwatch.store.versions import apply_rows, records_at, rewind


def _rows(**names: str) -> list:
    return to_rows([Record("custom", key, "Company", name) for key, name in names.items()])


def test_versions_follow_the_snapshots(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    try:
        with store.begin() as conn:
            assert apply_rows(conn, "custom", 1, "2024-01-01",
                              _rows(a="Alpha", b="Beta")) == (2, 0, 0)
            # (added, removed, changed): c added, b removed, a renamed
            assert apply_rows(conn, "custom", 2, "2024-02-01",
                              _rows(a="Alpha Two", c="Gamma")) == (1, 1, 1)
            assert apply_rows(conn, "custom", 3, "2024-03-01",
                              _rows(a="Alpha Two", c="Gamma")) == (0, 0, 0)
            assert records_at(conn, "custom", 0) == []
            assert sorted(r.name for r in records_at(conn, "custom", 1)) == ["Alpha", "Beta"]
            assert sorted(r.name for r in records_at(conn, "custom", 3)) == ["Alpha Two", "Gamma"]
            rewind(conn, "custom", 2)
            assert sorted(r.name for r in records_at(conn, "custom", 5)) == ["Alpha", "Beta"]
    finally:
        store.dispose()
