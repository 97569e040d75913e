"""Watchlists: named portfolios of names to re-screen. Create, list, delete; add items one
by one or from a CSV; list and remove items.

An item is a screening query (``name``, optional ``schema``, ``country``, ``birth_date``,
``identifier``) plus the caller's own reference (``id`` in a CSV, ``ref`` in the database).
Adding the same query twice to a list is a no-op; a reference must be unique in its list.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from listwatch.errors import ConfigError, InputTooLarge, NotFound
from listwatch.model import SCHEMAS
from listwatch.settings import get_settings
from listwatch.store.db import Store, utcnow
from listwatch.store.schema import alerts, watch_items, watchlists

#: Columns a watchlist CSV may have; ``name`` is required.
CSV_COLUMNS = ("name", "id", "schema", "country", "birth_date", "identifier")
QUERY_FIELDS = ("name", "schema", "country", "birth_date", "identifier")
DEFAULT_LIST = "default"
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.\-]{0,99}$")
_LIMITS = {"name": 500, "country": 100, "identifier": 200, "id": 200}
_ALIASES = {
    "ref": "id",
    "birthdate": "birth_date",
    "dob": "birth_date",
    "date_of_birth": "birth_date",
    "type": "schema",
}
_MAX_ERRORS = 10


def check_list_name(name: str) -> str:
    name = (name or "").strip()
    if not NAME_RE.match(name):
        raise ConfigError(
            f"invalid watchlist name {name!r}",
            hint="use 1-100 letters, digits, spaces, '_', '.' or '-', starting with a letter or digit",
        )
    return name


def _problems(raw: Mapping[str, Any], date_order: str | None = None
              ) -> tuple[dict[str, str], str | None, list[str]]:
    """Validate one item; returns (query, ref, problems)."""
    problems: list[str] = []
    values: dict[str, str] = {}
    for field, value in raw.items():
        if value is None:
            continue
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            problems.append(f"{field} must be text")
            continue
        text = " ".join(str(value).split())
        if text:
            values[field] = text
    unknown = sorted(set(values) - set(CSV_COLUMNS) - {"ref"})
    if unknown:
        problems.append(
            f"unknown field(s) {', '.join(unknown)} (allowed: {', '.join(CSV_COLUMNS)})"
        )
    ref = values.pop("id", None) or values.pop("ref", None)
    values.pop("ref", None)
    query = {k: values[k] for k in QUERY_FIELDS if k in values}
    if not query.get("name"):
        problems.append("name is required")
    for field, limit in _LIMITS.items():
        value = ref if field == "id" else query.get(field)
        if value is not None and len(value) > limit:
            problems.append(f"{field} is longer than {limit} characters")
    if "schema" in query:
        from listwatch.match.checks import read_schema

        canonical = read_schema(query["schema"])  # person, individual, corporate ...
        canonical = canonical if canonical in SCHEMAS else None
        if canonical is None:
            problems.append(f"schema {query['schema']!r} is not one of {', '.join(SCHEMAS)}")
        else:
            query["schema"] = canonical
    if "birth_date" in query:
        from listwatch.partial_dates import DateFormatError, normalise_date

        try:
            query["birth_date"] = normalise_date(
                query["birth_date"], date_order or get_settings().date_order, "birth_date")
        except DateFormatError as exc:
            problems.append(str(exc))
    return query, ref, problems


def validate_item(raw: Mapping[str, Any]) -> tuple[dict[str, str], str | None]:
    """One item's query and reference, or a ConfigError saying what is wrong."""
    query, ref, problems = _problems(raw)
    if problems:
        raise ConfigError("invalid watch item: " + "; ".join(problems))
    return query, ref


def _decode(data: bytes) -> str:
    """UTF-8, else Windows-1252 (a spreadsheet export), as the list readers decode."""
    from listwatch.errors import ParseError
    from listwatch.sources._decode import decode

    try:
        return decode(data, "the CSV", [])
    except ParseError as exc:
        raise ConfigError(exc.message, hint="save it as a CSV file (UTF-8)") from None


def _header_name(raw: str) -> str:
    from listwatch.screening.batch_input import COLUMN_ALIASES, column_key

    key = column_key(raw)
    return _ALIASES.get(key) or COLUMN_ALIASES.get(key) or key


def read_csv(
    data: bytes | str | Path, *, max_bytes: int | None = None, date_order: str | None = None,
    warnings: list[str] | None = None,
) -> tuple[list[dict[str, str]], list[str]]:
    """Parse a watchlist CSV; returns (rows as dicts, ignored columns). Rows are validated
    here: any problem rejects the whole file, naming up to ten lines. Birth dates written
    in the other order than ``date_order`` (the setting by default) refuse the file, as a
    screened file's do; dates written in both orders append a warning to ``warnings``."""
    where = str(data) if isinstance(data, Path) else "the CSV"
    if isinstance(data, Path):
        if not data.is_file():
            raise ConfigError(f"{data}: no such file", hint="check the path")
        data = data.read_bytes()
    if isinstance(data, bytes):
        if max_bytes is not None and len(data) > max_bytes:
            raise InputTooLarge(f"the CSV is {len(data):,} bytes, above the limit of {max_bytes:,}")
        data = _decode(data)
    if not data.strip():
        raise ConfigError(
            "the CSV is empty", hint="give a header line with at least a 'name' column"
        )
    from listwatch.screening.batch_input import sniff_delimiter

    delimiter = sniff_delimiter(data.splitlines()[0])
    reader = csv.reader(io.StringIO(data), delimiter=delimiter)
    raw_header = next(reader)
    header = [_header_name(h) for h in raw_header]
    if "name" not in header:
        raise ConfigError(
            f"the CSV has no 'name' column (columns: {', '.join(header) or 'none'})",
            hint="the first line must name the columns: name, and optionally "
            + ", ".join(CSV_COLUMNS[1:]),
        )
    dupes = sorted({h for h in header if h and header.count(h) > 1})
    if dupes:
        raise ConfigError(f"the CSV has duplicate columns: {', '.join(dupes)}")
    ignored = [h for h in header if h not in CSV_COLUMNS]
    order = date_order or get_settings().date_order
    body = list(reader)
    if "birth_date" in header:
        from listwatch.screening.batch_input import judge_date_order

        at = header.index("birth_date")
        found = judge_date_order((row[at] for row in body if at < len(row)), order, where,
                                 where if where == "the CSV" else Path(where).name,
                                 raw_header[at].strip())
        if warnings is not None:
            warnings.extend(found)
    rows: list[dict[str, str]] = []
    errors: list[str] = []
    seen_refs: dict[str, int] = {}
    for line, row in enumerate(body, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            errors.append(f"line {line}: {len(row)} cells but {len(header)} columns")
            continue
        item = {h: row[i] for i, h in enumerate(header) if h in CSV_COLUMNS and i < len(row)}
        query, ref, problems = _problems(item, order)
        if ref is not None:
            if ref in seen_refs:
                problems.append(f"id {ref!r} is also on line {seen_refs[ref]}")
            seen_refs.setdefault(ref, line)
        errors.extend(f"line {line}: {p}" for p in problems)
        rows.append({**query, **({"id": ref} if ref else {})})
    if errors:
        more = f" ... and {len(errors) - _MAX_ERRORS} more" if len(errors) > _MAX_ERRORS else ""
        raise ConfigError(
            "the CSV was not added: " + "; ".join(errors[:_MAX_ERRORS]) + more,
            hint="fix these lines and add the file again (nothing was added)",
        )
    if not rows:
        raise ConfigError("the CSV has a header but no rows")
    return rows, ignored


def _watchlist_row(conn: Connection, name: str) -> Any:
    row = conn.execute(select(watchlists).where(watchlists.c.name == name)).first()
    if row is None:
        raise NotFound(f"no watchlist named {name!r}", hint="see `listwatch watch list`")
    return row


def get_watchlist(store: Store, name: str) -> dict[str, Any]:
    with store.connect() as conn:
        row = _watchlist_row(conn, name)
        return {"id": row.id, "name": row.name, "created_at": row.created_at}


def create_watchlist(store: Store, name: str, *, exist_ok: bool = False) -> dict[str, Any]:
    name = check_list_name(name)
    with store.begin() as conn:
        row = conn.execute(select(watchlists).where(watchlists.c.name == name)).first()
        if row is not None:
            if not exist_ok:
                raise ConfigError(f"a watchlist named {name!r} already exists")
            return {"id": row.id, "name": row.name, "created_at": row.created_at, "created": False}
        now = utcnow()
        wid = conn.execute(
            insert(watchlists).values(name=name, created_at=now)
        ).inserted_primary_key[0]
    return {"id": wid, "name": name, "created_at": now, "created": True}


def list_watchlists(store: Store) -> list[dict[str, Any]]:
    """Every watchlist with its item count, alert count and undelivered alert count."""
    with store.connect() as conn:
        n_items: dict[int, int] = dict(
            conn.execute(
                select(watch_items.c.watchlist_id, func.count()).group_by(
                    watch_items.c.watchlist_id
                )
            ).all()
        )
        joined = alerts.join(watch_items, alerts.c.watch_item_id == watch_items.c.id)
        n_alerts: dict[int, tuple[int, int]] = {}
        for wid, total, pending in conn.execute(
            select(
                watch_items.c.watchlist_id,
                func.count(),
                func.count(alerts.c.id).filter(alerts.c.delivered_at.is_(None)),
            )
            .select_from(joined)
            .group_by(watch_items.c.watchlist_id)
        ):
            n_alerts[wid] = (total, pending)
        rows = conn.execute(select(watchlists).order_by(watchlists.c.name)).all()
    return [
        {
            "name": r.name,
            "id": r.id,
            "created_at": r.created_at,
            "items": n_items.get(r.id, 0),
            "alerts": n_alerts.get(r.id, (0, 0))[0],
            "undelivered": n_alerts.get(r.id, (0, 0))[1],
        }
        for r in rows
    ]


def delete_watchlist(store: Store, name: str) -> dict[str, Any]:
    """Delete a watchlist with its items and their alerts."""
    with store.begin() as conn:
        row = _watchlist_row(conn, name)
        ids = select(watch_items.c.id).where(watch_items.c.watchlist_id == row.id)
        n_alerts = conn.execute(delete(alerts).where(alerts.c.watch_item_id.in_(ids))).rowcount
        n_items = conn.execute(
            delete(watch_items).where(watch_items.c.watchlist_id == row.id)
        ).rowcount
        conn.execute(delete(watchlists).where(watchlists.c.id == row.id))
    return {"name": name, "items": n_items, "alerts": n_alerts}


def _query_json(query: Mapping[str, str]) -> str:
    return json.dumps(dict(query), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def add_items(
    store: Store, list_name: str, items: Iterable[Mapping[str, Any]], *, create: bool = True
) -> dict[str, Any]:
    """Add items to a watchlist (created if missing unless ``create`` is false), in one
    transaction. Any invalid item rejects them all. Returns counts and the added items."""
    checked: list[tuple[dict[str, str], str | None]] = []
    errors: list[str] = []
    for n, raw in enumerate(items, start=1):
        if not isinstance(raw, Mapping):
            errors.append(f"item {n}: not an object with a name")
            continue
        query, ref, problems = _problems(raw)
        errors.extend(f"item {n}: {p}" for p in problems)
        checked.append((query, ref))
    if errors:
        more = f" ... and {len(errors) - _MAX_ERRORS} more" if len(errors) > _MAX_ERRORS else ""
        raise ConfigError("nothing was added: " + "; ".join(errors[:_MAX_ERRORS]) + more)
    if not checked:
        raise ConfigError("no items to add")
    wl = (
        create_watchlist(store, list_name, exist_ok=True)
        if create
        else get_watchlist(store, list_name)
    )
    added: list[dict[str, Any]] = []
    skipped = 0
    with store.begin() as conn:
        existing = conn.execute(
            select(watch_items.c.ref, watch_items.c.query).where(
                watch_items.c.watchlist_id == wl["id"]
            )
        ).all()
        refs = {r.ref for r in existing if r.ref}
        queries = {(r.ref, r.query) for r in existing}
        for query, ref in checked:
            qj = _query_json(query)
            if (ref, qj) in queries:
                skipped += 1
                continue
            if ref and ref in refs:
                raise ConfigError(
                    f"id {ref!r} is already in watchlist {wl['name']!r} with another query",
                    hint="remove it first (`listwatch watch remove --id ...`) or use another id",
                )
            row = conn.execute(
                insert(watch_items).values(watchlist_id=wl["id"], ref=ref, query=qj, matches="{}")
            )
            item_id = row.inserted_primary_key[0]
            queries.add((ref, qj))
            if ref:
                refs.add(ref)
            added.append({"id": item_id, "ref": ref, "query": query})
    return {"watchlist": wl["name"], "added": len(added), "skipped": skipped, "items": added}


def add_item(store: Store, list_name: str, name: str, **fields: str | None) -> dict[str, Any]:
    """Add one item: ``add_item(store, "default", "Xiaomi", country="cn", id="X1")``."""
    return add_items(store, list_name, [{"name": name, **fields}])


def add_csv(
    store: Store, list_name: str, data: bytes | str | Path, *, max_bytes: int | None = None,
    date_order: str | None = None,
) -> dict[str, Any]:
    warnings: list[str] = []
    rows, ignored = read_csv(data, max_bytes=max_bytes, date_order=date_order,
                             warnings=warnings)
    result = add_items(store, list_name, rows)
    result["ignored_columns"] = ignored
    if warnings:
        result["warnings"] = warnings
    return result


def item_dict(row: Any, list_name: str | None = None) -> dict[str, Any]:
    matches = json.loads(row.matches or "{}")
    out: dict[str, Any] = {"id": row.id, "ref": row.ref, "query": json.loads(row.query)}
    if list_name is not None:
        out = {"watchlist": list_name, **out}
    out["matches"] = {k: v for k, v in sorted(matches.items()) if v.get("state") == "listed"}
    return out


def list_items(store: Store, list_name: str | None = None) -> list[dict[str, Any]]:
    """Items of one watchlist (or of all), with their current listed matches."""
    stmt = select(watch_items, watchlists.c.name.label("list_name")).join(
        watchlists, watchlists.c.id == watch_items.c.watchlist_id
    )
    with store.connect() as conn:
        if list_name is not None:
            wl = _watchlist_row(conn, list_name)
            stmt = stmt.where(watch_items.c.watchlist_id == wl.id)
        rows = conn.execute(stmt.order_by(watchlists.c.name, watch_items.c.id)).all()
    return [item_dict(r, r.list_name) for r in rows]


def remove_items(
    store: Store,
    list_name: str,
    *,
    item_ids: Iterable[int] = (),
    refs: Iterable[str] = (),
    names: Iterable[str] = (),
) -> int:
    """Remove items (with their alerts) by item id, by reference or by exact name.
    Raises NotFound when nothing matches."""
    item_ids, refs, names = list(item_ids), list(refs), list(names)
    if not (item_ids or refs or names):
        raise ConfigError(
            "say which items to remove", hint="give --item N, --id REF or --name NAME"
        )
    with store.begin() as conn:
        wl = _watchlist_row(conn, list_name)
        rows = conn.execute(select(watch_items).where(watch_items.c.watchlist_id == wl.id)).all()
        folded = {n.casefold() for n in names}
        doomed = [
            r.id
            for r in rows
            if r.id in item_ids
            or (r.ref and r.ref in refs)
            or json.loads(r.query).get("name", "").casefold() in folded
        ]
        if not doomed:
            raise NotFound(
                f"no such item in watchlist {list_name!r}",
                hint="see `listwatch watch list --list ...`",
            )
        conn.execute(delete(alerts).where(alerts.c.watch_item_id.in_(doomed)))
        conn.execute(delete(watch_items).where(watch_items.c.id.in_(doomed)))
    return len(doomed)
