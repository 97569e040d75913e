"""Opening the database: SQLite by default (WAL, busy timeout), PostgreSQL by URL."""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, insert, inspect, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from listwatch.errors import StoreError
from listwatch.settings import get_settings
from listwatch.store.clock import utcnow
from listwatch.store.schema import MIGRATIONS, blobs, schema_migrations


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_folder(url: str, folder: Path) -> None:
    """The default database's folder is made on first use; a folder named in a URL given
    by a person must exist (a typo must not create folders and an empty database)."""
    if folder.is_dir():
        return
    from listwatch.settings import default_db_url

    if url == default_db_url():
        folder.mkdir(parents=True, exist_ok=True)
        return
    raise StoreError(
        f"cannot open {url}: the folder {folder} does not exist",
        hint="create the folder first, or give another path (sqlite:///path/listwatch.db)",
    )


#: A pooled connection idle longer than this (seconds) is checked before use.
IDLE_PING_SECONDS = 30.0


def _ping_when_idle(engine: Engine) -> None:
    """Reconnect on error instead of a round trip on every checkout (``pool_pre_ping``):
    a connection used within ``IDLE_PING_SECONDS`` is handed out as it is (a server
    restarted meanwhile fails that one statement: SQLAlchemy then drops the whole pool, so
    the next checkout connects anew); one idle for longer (a database restarted over a
    quiet night) is pinged first and replaced if dead, so the first request after the
    pause does not fail."""
    import time

    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine, "checkin")
    def _used(_dbapi_conn: Any, record: Any) -> None:
        if record is not None:
            record.info["lw_used"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        used = record.info.get("lw_used")
        if used is None or time.monotonic() - used < IDLE_PING_SECONDS:
            return  # fresh, or used a moment ago
        try:
            cur = dbapi_conn.cursor()
            cur.execute("SELECT 1")
            cur.close()
            dbapi_conn.rollback()
        except Exception as exc:  # the pool retries with a new connection
            raise DisconnectionError(f"an idle connection was dead: {exc}") from exc


def make_engine(url: str) -> Engine:
    try:
        if url.startswith("sqlite"):
            path = url.split("///", 1)[1] if "///" in url else ""
            if path and path != ":memory:":
                _sqlite_folder(url, Path(path).expanduser().parent)
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        engine = create_engine(url)
        _ping_when_idle(engine)
        return engine
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StoreError(
            f"cannot use database URL {url!r}: {exc}",
            hint="give e.g. sqlite:///path/listwatch.db or postgresql+psycopg://user@host/db",
        ) from None


class Store:
    """The database. One instance per process; connections come from its pool."""

    def __init__(self, url: str | None = None, *, migrate: bool = True) -> None:
        self.url = url or get_settings().db_url
        self.engine = make_engine(self.url)
        self.dialect = self.engine.dialect.name
        if migrate:
            self.migrate()
        from listwatch.store.site_sources import load_site_sources

        load_site_sources(self)  # sources the site defined become known by their ids

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    def connect(self) -> Connection:
        try:
            return self.engine.connect()
        except OperationalError as exc:
            raise StoreError(
                f"cannot open the database {self.engine.url.render_as_string(hide_password=True)}: "
                f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}",
                hint="check LISTWATCH_DB / --db and that the server is running",
            ) from None

    def begin(self) -> Any:
        try:
            return self.engine.begin()
        except OperationalError as exc:
            raise StoreError(
                f"cannot open the database: {str(exc.orig).strip().splitlines()[0]}",
                hint="check LISTWATCH_DB / --db and that the server is running",
            ) from None

    def migrate(self) -> list[int]:
        """Apply the numbered migrations not yet applied; returns the versions applied."""
        applied: list[int] = []
        try:
            if self.dialect == "sqlite" and not self._pending():
                return applied  # (no write lock taken by a reader opening the store)
            with self.begin() as conn:
                if self.dialect == "sqlite":
                    # pysqlite runs CREATE TABLE outside any transaction unless one is begun
                    # explicitly: a crash between two tables then left half a schema. One
                    # IMMEDIATE transaction makes the migration whole or absent, and one at
                    # a time when several processes open a new database at once.
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                schema_migrations.create(conn, checkfirst=True)
                done = set(conn.scalars(select(schema_migrations.c.version)))
                for version, name, tables in MIGRATIONS:
                    if version in done:
                        continue
                    for table in tables:
                        table.create(conn, checkfirst=True)
                    conn.execute(
                        insert(schema_migrations).values(
                            version=version, name=name, applied_at=utcnow()
                        )
                    )
                    applied.append(version)
        except SQLAlchemyError as exc:
            if isinstance(exc, OperationalError):
                raise StoreError(
                    f"cannot open the database: {str(exc.orig).strip().splitlines()[0]}",
                    hint="check LISTWATCH_DB / --db and that the server is running",
                ) from None
            raise
        return applied

    def _pending(self) -> bool:
        """Whether some migration is not applied yet (read without a transaction)."""
        with self.connect() as conn:
            if not inspect(conn).has_table("schema_migrations"):
                return True
            done = set(conn.scalars(select(schema_migrations.c.version)))
        return any(version not in done for version, _, _ in MIGRATIONS)

    def dispose(self) -> None:
        self.engine.dispose()


def put_blob(conn: Connection, data: bytes) -> str:
    """Store bytes once per SHA-256 (compressed); returns the hash."""
    digest = hashlib.sha256(data).hexdigest()
    exists = conn.execute(select(blobs.c.sha256).where(blobs.c.sha256 == digest)).first()
    if exists is None:
        conn.execute(
            insert(blobs).values(
                sha256=digest, size=len(data), compression="zlib", data=zlib.compress(data, 6)
            )
        )
    return digest


def get_blob(conn: Connection, digest: str) -> bytes:
    row = conn.execute(select(blobs.c.data, blobs.c.compression).where(blobs.c.sha256 == digest)).first()
    if row is None:
        raise StoreError(f"raw file {digest} is missing from the database")
    return zlib.decompress(row.data) if row.compression == "zlib" else bytes(row.data)
