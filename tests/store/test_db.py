"""Opening the database and its migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from listwatch.errors import StoreError
from listwatch.store.db import Store


def tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_a_failed_migration_leaves_no_half_schema_on_sqlite(tmp_path: Path) -> None:
    """The migration's tables are created in one transaction: when one of them cannot be
    made (here an index already holds the name ``versions``), the ones made before it are
    gone too, as after a crash between two of them."""
    url = f"sqlite:///{tmp_path / 'lists.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE other (x INTEGER)")
        conn.exec_driver_sql("CREATE INDEX versions ON other (x)")
    engine.dispose()
    with pytest.raises(StoreError):
        Store(url)
    assert tables(url) == {"other"}
    with create_engine(url).begin() as conn:
        conn.exec_driver_sql("DROP INDEX versions")
    store = Store(url)  # the next open migrates the whole schema
    assert {"schema_migrations", "blobs", "snapshots", "versions"} <= tables(url)
    assert store.migrate() == []
    store.dispose()
