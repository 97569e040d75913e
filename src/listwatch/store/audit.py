"""The audit record of screenings: who screened what, when, against which list versions.

Every screening (one name or a batch) is stored in the ``screenings`` table with the user
(``LISTWATCH_USER``), the time, the queries (for a batch: the input file's name, row
count and SHA-256, not every row), ``as_of``, the threshold, the snapshot of every source
in force at ``as_of`` and the results (for a batch: the matched rows). The SHA-256 of
the stored record lets a filed certificate be checked against the database later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from listwatch.errors import NotFound
from listwatch.settings import get_settings
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import screenings

#: Result keys kept in the audit record (the record's properties are in the store).
KEPT = ("key", "source", "name", "caption", "score", "match", "listed_from", "listed_to",
        "schema", "programs", "listing_date", "effective_date", "divestment_date",
        "referents", "datasets", "decision")


def _slim(result: dict[str, Any]) -> dict[str, Any]:
    return {k: result[k] for k in KEPT if k in result}


def screening_row(
    *,
    queries: list[dict[str, Any]] | dict[str, Any],
    results: Sequence[dict[str, Any]],
    as_of: str | None,
    threshold: float,
    snapshots: dict[str, dict[str, Any]],
    user: str | None = None,
    query_count: int | None = None,
) -> dict[str, Any]:
    """The ``screenings`` row of one screening (see ``record_screening``)."""
    slim: list[dict[str, Any]] = []
    matches = 0
    dumped = getattr(results, "json_array", None)  # a batch's matches, already as JSON
    for item in [] if dumped else results:
        if "results" in item:
            kept = [_slim(r) for r in item["results"]]
            matches += sum(1 for r in kept if r.get("match"))
            entry = {"query": item.get("query"), "results": kept}
            if item.get("decided"):  # hits left out by reviewers' decisions
                entry["decided"] = [_slim(r) for r in item["decided"]]
            slim.append(entry)
        else:
            matches += 1
            slim.append(item)
    if dumped:
        matches = len(results)
    count = query_count if query_count is not None else (
        len(queries) if isinstance(queries, list) else int(queries.get("rows", 0))
    )
    return {
        "created_at": utcnow(),
        "user": user or get_settings().user,
        "as_of": as_of,
        "threshold": float(threshold),
        "snapshots": _dumps(snapshots),
        "query_count": count,
        "match_count": matches,
        "queries": _dumps(queries),
        # (canonical, as the other columns: the chain hashes the stored text as it is; a
        # batch's ``json_array`` is canonical already: ``screening.cells.Matches``)
        "results": dumped() if dumped else _dumps(slim),
    }


def record_screening(
    store: Store,
    *,
    queries: list[dict[str, Any]] | dict[str, Any],
    results: Sequence[dict[str, Any]],
    as_of: str | None,
    threshold: float,
    snapshots: dict[str, dict[str, Any]],
    user: str | None = None,
    query_count: int | None = None,
    params: dict[str, Any] | None = None,
    known_at: str | None = None,
) -> int:
    """Store one screening, signed and chained to the previous one; returns its id.

    ``queries`` is the list of queries, or for a batch a description of the input file
    (``{"file", "rows", "sha256", ...}``). ``results`` is one item per query
    (``{"query", "results"}``) or, for a batch, the matched rows (a list, or
    ``screening.cells.Matches``, which hands over its rows already as canonical JSON). ``params``
    says how it was screened (limit, sources...: what a replay needs).
    """
    from listwatch.store.audit_chain import append_screenings

    row = screening_row(queries=queries, results=results, as_of=as_of, threshold=threshold,
                        snapshots=snapshots, user=user, query_count=query_count)
    return append_screenings(store, [(row, params or {}, known_at)])[0]


def canonical_json(value: Any) -> str:
    """The JSON form the audit record stores (sorted keys, no spaces, dates as text)."""
    return _dumps(value)


#: canonical JSON (one encoder for every call: ``json.dumps`` with options builds one each)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                              default=str)


def _dumps(value: Any) -> str:
    return _CANONICAL.encode(value)


def record_digest(record: dict[str, Any]) -> str:
    """SHA-256 of a screening record's canonical JSON (without the digest itself and its
    chain entry)."""
    body = {k: v for k, v in record.items() if k not in ("sha256", "chain")}
    return hashlib.sha256(_dumps(body).encode("utf-8")).hexdigest()


def get_screening(store: Store, screening_id: int) -> dict[str, Any]:
    """One screening record as a dict, with its ``sha256``."""
    with store.connect() as conn:
        row = conn.execute(select(screenings).where(screenings.c.id == screening_id)).first()
    if row is None:
        raise NotFound(f"no screening with id {screening_id}",
                       hint="`listwatch screen` prints the id of the screening it records")
    record = {
        "id": row.id,
        "created_at": row.created_at,
        "user": row.user,
        "as_of": row.as_of,
        "threshold": row.threshold,
        "snapshots": json.loads(row.snapshots),
        "query_count": row.query_count,
        "match_count": row.match_count,
        "queries": json.loads(row.queries),
        "results": json.loads(row.results),
    }
    record["sha256"] = record_digest(record)
    from listwatch.store.audit_chain import chain_entry

    record["chain"] = chain_entry(store, screening_id)
    return record


def list_screenings(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """The latest screenings (id, when, who, counts), newest first."""
    cols = (screenings.c.id, screenings.c.created_at, screenings.c.user, screenings.c.as_of,
            screenings.c.query_count, screenings.c.match_count)
    with store.connect() as conn:
        rows = conn.execute(select(*cols).order_by(screenings.c.id.desc()).limit(limit))
        return [dict(r._mapping) for r in rows]
