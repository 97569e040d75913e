"""Screening records that verify themselves: a signed hash chain over ``screenings``.

Every record appended gets the next ``seq``, the ``record_hash`` of the record before it
(``prev_hash``) and its own ``record_hash`` = SHA-256 of
``seq|prev_hash|content_sha256|key_id|known_at``, where ``content_sha256`` is the SHA-256 of
the record's canonical JSON (``audit.record_digest``: who, when, as of, threshold, the
snapshots used with their content hashes, queries, results) plus ``params`` (how it was
screened). ``record_hash`` is signed with this installation's Ed25519 key.

Appending locks the chain's head (``BEGIN IMMEDIATE`` on SQLite, ``SELECT ... FOR UPDATE``
on PostgreSQL), so processes and machines sharing one database extend one chain. Many
records go in one transaction (the API's group commit, ``api.audit_writer``).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from listwatch.store.db import Store, utcnow
from listwatch.store.schema import (
    screening_chain,
    screening_chain_head,
    screenings,
    signing_keys,
    snapshots,
)
from listwatch.store.signing import SigningKey, signing_key

#: The record fields the content hash covers (``audit.get_screening``'s, less ``id``'s
#: derived ones) and the chain's own.
CONTENT_KEYS = ("id", "created_at", "user", "as_of", "threshold", "snapshots", "query_count",
                "match_count", "queries", "results")
_JSON_COLUMNS = ("snapshots", "queries", "results")


#: canonical JSON (one encoder for every call: ``json.dumps`` with options builds one each)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                              default=str)


def _dumps(value: Any) -> str:
    return _CANONICAL.encode(value)


def canonical_json(value: Any) -> str:
    """The canonical JSON text of ``value``: what a record's JSON columns hold, byte for
    byte, and what is hashed."""
    return _CANONICAL.encode(value)


def content_digest(record: dict[str, Any], params: dict[str, Any]) -> str:
    """SHA-256 of a record's content (parsed JSON columns) and its screening params."""
    body = {k: record.get(k) for k in CONTENT_KEYS}
    body["params"] = params
    return hashlib.sha256(_dumps(body).encode("utf-8")).hexdigest()


def content_digest_of_row(row: dict[str, Any], sid: int, params_text: str) -> str:
    """``content_digest`` of a row about to be stored, from its JSON columns as text: the
    same bytes (the columns are canonical JSON already), without parsing them again."""
    scalars = {"as_of": row["as_of"], "created_at": row["created_at"], "id": sid,
               "match_count": row["match_count"], "query_count": row["query_count"],
               "threshold": row["threshold"], "user": row["user"]}
    parts = {**{k: _dumps(v) for k, v in scalars.items()}, "params": params_text,
             **{c: row[c] for c in _JSON_COLUMNS}}
    # (hashed part by part: a batch's results are tens of MB, not copied into one text)
    digest = hashlib.sha256()
    sep = "{"
    for k in sorted(parts):
        digest.update(f"{sep}{_dumps(k)}:".encode())
        digest.update(parts[k].encode("utf-8"))
        sep = ","
    digest.update(b"}")
    return digest.hexdigest()


def record_hash(seq: int, prev_hash: str | None, digest: str, key_id: str,
                known_at: str | None) -> str:
    text = f"{seq}|{prev_hash or ''}|{digest}|{key_id}|{known_at or ''}"
    return hashlib.sha256(text.encode("ascii")).hexdigest()


_REGISTERED: set[tuple[str, str]] = set()


def _register_key(conn: Any, store: Store, key: SigningKey) -> None:
    marker = (store.url, key.key_id)
    if marker in _REGISTERED:
        return
    found = conn.execute(select(signing_keys.c.key_id)
                         .where(signing_keys.c.key_id == key.key_id)).first()
    if found is None:
        conn.execute(insert(signing_keys).values(key_id=key.key_id, public_key=key.public_b64,
                                                 created_at=utcnow()))
    # (marked registered once the transaction commits: ``_append``)


def _lock_head(conn: Any, store: Store) -> tuple[int, str | None]:
    if store.dialect == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        head = conn.execute(select(screening_chain_head).where(screening_chain_head.c.id == 1))
    else:
        head = conn.execute(select(screening_chain_head)
                            .where(screening_chain_head.c.id == 1).with_for_update())
    row = head.first()
    if row is None:
        conn.execute(insert(screening_chain_head).values(id=1, seq=0, record_hash=None))
        return 0, None
    return int(row.seq), row.record_hash


def append_screenings(store: Store,
                      items: list[tuple[dict[str, Any], dict[str, Any], str | None]],
                      key: SigningKey | None = None) -> list[int]:
    """Insert ``(screenings row, params, known_at)`` items, chained and signed, in one
    transaction; their ids in order."""
    key = key or signing_key()
    for attempt in range(3):
        try:
            return _append(store, items, key)
        except IntegrityError:  # two processes created the chain's head at once
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


_CONTENT: dict[tuple[str, int], str] = {}


def missing_content_ids(url: str, rows: list[dict[str, Any]]
                        ) -> tuple[list[dict[str, Any]], list[int]]:
    """The rows' ``snapshots`` parsed, and the ids of those snapshots whose content hash
    is not known yet (``_CONTENT``, per database)."""
    parsed = [json.loads(row["snapshots"]) for row in rows]
    wanted = {int(snap["id"]) for snaps in parsed for snap in snaps.values()
              if isinstance(snap, dict) and snap.get("id") is not None
              and not snap.get("content_hash") and (url, int(snap["id"])) not in _CONTENT}
    return parsed, sorted(wanted)


def fill_content_hashes(url: str, rows: list[dict[str, Any]],
                        parsed: list[dict[str, Any]],
                        found: list[tuple[Any, Any]]) -> None:
    """Name each snapshot in ``rows`` by its content hash too (``found``: ``(id, content
    hash)`` just read)."""
    for sid, digest in found:
        _CONTENT[(url, int(sid))] = digest
    for row, snaps in zip(rows, parsed, strict=True):
        changed = False
        for snap in snaps.values():
            if isinstance(snap, dict) and snap.get("id") is not None \
                    and not snap.get("content_hash"):
                digest = _CONTENT.get((url, int(snap["id"])))
                if digest:
                    snap["content_hash"] = digest
                    changed = True
        if changed:
            row["snapshots"] = _dumps(snaps)


def _with_content_hashes(conn: Any, store: Store, rows: list[dict[str, Any]]) -> None:
    """Name each snapshot a screening used by its content hash too, so a later check can
    tell that it still holds the same bytes (a snapshot's content never changes)."""
    parsed, wanted = missing_content_ids(store.url, rows)
    found: list[tuple[Any, Any]] = []
    if wanted:
        found = [(r[0], r[1]) for r in conn.execute(
            select(snapshots.c.id, snapshots.c.content_hash).where(snapshots.c.id.in_(wanted)))]
    fill_content_hashes(store.url, rows, parsed, found)


_PG_IDS = ("SELECT nextval(pg_get_serial_sequence('screenings', 'id')) "
           "FROM generate_series(1, %(n)s)")
_PG_SCREENINGS = (
    'INSERT INTO screenings (id, created_at, "user", as_of, threshold, snapshots, '
    "query_count, match_count, queries, results) SELECT * FROM unnest("
    "%(id)b::integer[], %(created_at)b::varchar[], %(user)b::varchar[], %(as_of)b::varchar[], "
    "%(threshold)b::double precision[], %(snapshots)b::text[], %(query_count)b::integer[], "
    "%(match_count)b::integer[], %(queries)b::text[], %(results)b::text[])")
_PG_CHAIN = (
    "INSERT INTO screening_chain (screening_id, seq, prev_hash, record_hash, signature, "
    "key_id, params, known_at) SELECT * FROM unnest(%(screening_id)b::integer[], "
    "%(seq)b::integer[], %(prev_hash)b::varchar[], %(record_hash)b::varchar[], "
    "%(signature)b::text[], %(key_id)b::varchar[], %(params)b::text[], "
    "%(known_at)b::varchar[])")
_SCREENING_COLUMNS = ("created_at", "user", "as_of", "threshold", "snapshots", "query_count",
                      "match_count", "queries", "results")
_CHAIN_COLUMNS = ("screening_id", "seq", "prev_hash", "record_hash", "signature", "key_id",
                  "params", "known_at")


def _columns(rows: list[dict[str, Any]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    return {name: [row[name] for row in rows] for name in names}


def _insert_screenings(conn: Any, store: Store, rows: list[dict[str, Any]]) -> list[int]:
    """Insert the rows; their ids in order. On PostgreSQL: the ids drawn from the table's
    sequence first, then every row in one statement over arrays (two round trips for a
    group, whatever its size, and one fixed statement that the server keeps prepared;
    ``%b``: the arrays travel in binary, the JSON text without array escaping)."""
    if store.dialect != "postgresql":
        result = conn.execute(insert(screenings).returning(screenings.c.id,
                                                           sort_by_parameter_order=True), rows)
        return [int(r[0]) for r in result]
    ids = sorted(int(r[0]) for r in conn.exec_driver_sql(_PG_IDS, {"n": len(rows)}))
    conn.exec_driver_sql(_PG_SCREENINGS, {"id": ids, **_columns(rows, _SCREENING_COLUMNS)})
    return ids


def _insert_chain(conn: Any, store: Store, chain_rows: list[dict[str, Any]]) -> None:
    if store.dialect != "postgresql":
        conn.execute(insert(screening_chain), chain_rows)
    else:
        conn.exec_driver_sql(_PG_CHAIN, _columns(chain_rows, _CHAIN_COLUMNS))


def chain_rows(ids: list[int], items: list[tuple[dict[str, Any], dict[str, Any], str | None]],
               seq: int, prev: str | None, key: SigningKey) -> list[dict[str, Any]]:
    """The ``screening_chain`` rows of screenings ``ids`` appended after ``(seq, prev)``."""
    out = []
    for sid, (row, params, known_at) in zip(ids, items, strict=True):
        seq += 1
        params_text = _dumps(params)
        digest = content_digest_of_row(row, sid, params_text)
        rhash = record_hash(seq, prev, digest, key.key_id, known_at)
        out.append({"screening_id": sid, "seq": seq, "prev_hash": prev,
                    "record_hash": rhash, "signature": key.sign(rhash.encode()),
                    "key_id": key.key_id, "params": params_text, "known_at": known_at})
        prev = rhash
    return out


def _append(store: Store, items: list[tuple[dict[str, Any], dict[str, Any], str | None]],
            key: SigningKey) -> list[int]:
    if not items:
        return []
    rows = [row for row, _p, _k in items]
    with store.begin() as conn:
        seq, prev = _lock_head(conn, store)
        _register_key(conn, store, key)
        _with_content_hashes(conn, store, rows)
        ids = _insert_screenings(conn, store, rows)
        chained = chain_rows(ids, items, seq, prev, key)
        _insert_chain(conn, store, chained)
        conn.execute(update(screening_chain_head).where(screening_chain_head.c.id == 1)
                     .values(seq=chained[-1]["seq"], record_hash=chained[-1]["record_hash"]))
    _REGISTERED.add((store.url, key.key_id))  # committed: the key and the head are stored
    return ids


def chain_entry(store: Store, screening_id: int) -> dict[str, Any] | None:
    """A screening's chain entry (``seq, prev_hash, record_hash, signature, key_id,
    params, known_at``) or None for a record made before chaining."""
    with store.connect() as conn:
        row = conn.execute(select(screening_chain)
                           .where(screening_chain.c.screening_id == screening_id)).first()
    if row is None:
        return None
    out = dict(row._mapping)
    out.pop("screening_id")
    out["params"] = json.loads(out["params"] or "{}")
    return out
