"""The screening chain appended over one PostgreSQL connection of its own (the API's writer).

The same records as ``audit_chain.append_screenings`` (same rows, same hashes, same
signatures, the same head lock), in two round trips per group of records whatever its
size: BEGIN and the head's lock with the group's ids from the sequence in one, then every
screening row, every chain row, the head's update and the COMMIT in the other (psycopg's
pipeline mode; one statement with two data-modifying CTEs). The API runs it in a thread
of its own (``api.audit_writer``), so the head stays locked only that long.
"""

from __future__ import annotations

from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from listwatch.store.audit_chain import (
    _CHAIN_COLUMNS,
    _REGISTERED,
    _SCREENING_COLUMNS,
    _columns,
    chain_rows,
    fill_content_hashes,
    missing_content_ids,
)
from listwatch.store.db import utcnow
from listwatch.store.signing import SigningKey

_HEAD = ("SELECT seq, record_hash, ARRAY(SELECT nextval(pg_get_serial_sequence("
         "'screenings', 'id')) FROM generate_series(1, %(n)s)) FROM screening_chain_head "
         "WHERE id = 1 FOR UPDATE")
_WRITE = (
    'WITH s AS (INSERT INTO screenings (id, created_at, "user", as_of, threshold, '
    "snapshots, query_count, match_count, queries, results) SELECT * FROM unnest("
    "%(id)b::integer[], %(created_at)b::varchar[], %(user)b::varchar[], "
    "%(as_of)b::varchar[], %(threshold)b::double precision[], %(snapshots)b::text[], "
    "%(query_count)b::integer[], %(match_count)b::integer[], %(queries)b::text[], "
    "%(results)b::text[])), "
    "c AS (INSERT INTO screening_chain (screening_id, seq, prev_hash, record_hash, "
    "signature, key_id, params, known_at) SELECT * FROM unnest(%(screening_id)b::integer[], "
    "%(seq)b::integer[], %(prev_hash)b::varchar[], %(record_hash)b::varchar[], "
    "%(signature)b::text[], %(key_id)b::varchar[], %(params)b::text[], "
    "%(known_at)b::varchar[])) "
    "UPDATE screening_chain_head SET seq = %(head_seq)s, record_hash = %(head_hash)s "
    "WHERE id = 1")


def conninfo(url: str) -> str:
    """libpq's connection string of a SQLAlchemy PostgreSQL URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def connect_sync(url: str) -> psycopg.Connection[Any]:
    return psycopg.connect(conninfo(url), autocommit=True)


def _prepare_sync(conn: psycopg.Connection[Any], url: str, key: SigningKey,
                  force: bool = False) -> None:
    marker = (url, key.key_id)
    if marker in _REGISTERED and not force:
        return
    conn.execute("INSERT INTO screening_chain_head (id, seq, record_hash) "
                 "VALUES (1, 0, NULL) ON CONFLICT (id) DO NOTHING")
    conn.execute("INSERT INTO signing_keys (key_id, public_key, created_at) "
                 "VALUES (%s, %s, %s) ON CONFLICT (key_id) DO NOTHING",
                 (key.key_id, key.public_b64, utcnow()))
    _REGISTERED.add(marker)


def append_screenings_pipelined(
        conn: psycopg.Connection[Any], url: str,
        items: list[tuple[dict[str, Any], dict[str, Any], str | None]],
        key: SigningKey) -> list[int]:
    """``audit_chain.append_screenings`` over ``conn`` (autocommit, PostgreSQL at ``url``),
    for a thread of its own: the chain's head stays locked only for the two round trips and
    the hashing between them, whatever the event loop that waits for the ids is busy with.
    The items' screening ids, in order."""
    if not items:
        return []
    rows = [row for row, _p, _k in items]
    _prepare_sync(conn, url, key)
    try:
        return _append_pipelined(conn, url, items, rows, key)
    except _NoHead:  # (the head row is made on first use: made now, the group again)
        _prepare_sync(conn, url, key, force=True)
        return _append_pipelined(conn, url, items, rows, key)


class _NoHead(Exception):
    pass


def _append_pipelined(conn: psycopg.Connection[Any], url: str,
                      items: list[tuple[dict[str, Any], dict[str, Any], str | None]],
                      rows: list[dict[str, Any]], key: SigningKey) -> list[int]:
    parsed, wanted = missing_content_ids(url, rows)
    found: list[tuple[Any, Any]] = []
    if wanted:
        found = [(r[0], r[1]) for r in conn.execute(
            "SELECT id, content_hash FROM snapshots WHERE id = ANY(%s)", (wanted,)).fetchall()]
    fill_content_hashes(url, rows, parsed, found)
    with conn.pipeline(), conn.transaction():
        head = conn.execute(_HEAD, {"n": len(rows)}).fetchone()
        if head is None:
            raise _NoHead
        seq, prev, drawn = int(head[0]), head[1], sorted(int(i) for i in head[2])
        chained = chain_rows(drawn, items, seq, prev, key)
        conn.execute(_WRITE, {
            "id": drawn, **_columns(rows, _SCREENING_COLUMNS),
            **_columns(chained, _CHAIN_COLUMNS),
            "head_seq": chained[-1]["seq"], "head_hash": chained[-1]["record_hash"]})
    return drawn
