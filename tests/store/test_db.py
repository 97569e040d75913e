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


def test_a_dead_pooled_connection_is_replaced_without_a_ping_per_checkout(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL: no round trip on each checkout; a connection idle for long is pinged
    and replaced when dead; one used a moment ago fails its statement once, and the pool
    connects anew for the next (reconnect on error)."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from listwatch.store import db as dbmod
    from listwatch.store.db import Store
    from tests.conftest import _pg_base

    base = _pg_base()
    name = f"lw_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    store = Store(base.rsplit("/", 1)[0] + "/" + name)
    try:
        def pid() -> int:
            with store.connect() as conn:
                return int(conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())

        def kill(backend: int) -> None:
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": backend})

        first = pid()
        assert pid() == first  # the pooled connection is reused
        kill(first)
        monkeypatch.setattr(dbmod, "IDLE_PING_SECONDS", 0.0)  # as after a long pause
        second = pid()  # pinged, found dead, replaced: no error
        assert second != first
        monkeypatch.setattr(dbmod, "IDLE_PING_SECONDS", 3600.0)  # in constant use
        kill(second)
        with pytest.raises(OperationalError):
            pid()  # the statement on the dead connection fails once ...
        assert pid() not in (first, second)  # ... and the next gets a new connection
    finally:
        store.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
