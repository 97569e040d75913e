"""Screening output with each result's legal state on the screening date: the columns
``state``, ``purchase_prohibited`` and ``divest_by`` added to a batch file (CSV or
Parquet) after its ``key`` column is written, one status per distinct key."""

from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path
from typing import Any

from listwatch.errors import ConfigError
from listwatch.legal.status import party_brief
from listwatch.store.db import Store

COLUMNS = ("state", "purchase_prohibited", "divest_by")


def _values(store: Store, key: str, as_of: str, cache: dict[tuple[str, str], dict[str, Any]],
            referents: str = "") -> list[str]:
    if not key:
        return ["", "", ""]
    # (a party on several lists, its listings ``;``-joined: the state of its listing in
    # force, not only of the best-scoring one)
    b = party_brief(store, key, [k for k in referents.split(";") if k], as_of, cache)
    return [b.get("state") or "", "" if b.get("state") is None else str(bool(b["purchase_prohibited"])).lower(),
            b.get("divest_by") or ""]


def annotate_file(store: Store, path: Path, fmt: str, as_of: str) -> int:
    """Add the columns to ``path`` in place; returns the rows annotated."""
    cache: dict[tuple[str, str], dict[str, Any]] = {}
    if fmt == "csv":
        with tempfile.NamedTemporaryFile("w", delete=False, suffix=".csv", encoding="utf-8",
                                         newline="", dir=path.parent) as tmp:
            with path.open(encoding="utf-8", newline="") as fh:
                reader = csv.reader(fh)
                writer = csv.writer(tmp)
                header = next(reader, None)
                if header is None:
                    return 0
                if "key" not in header:
                    raise ConfigError(f"{path}: no key column to add the legal state to")
                at = header.index("key")
                refs = header.index("referents") if "referents" in header else None
                writer.writerow(header + list(COLUMNS))
                n = 0
                for row in reader:
                    key = row[at] if at < len(row) else ""
                    party = row[refs] if refs is not None and refs < len(row) else ""
                    writer.writerow(row + _values(store, key, as_of, cache, party))
                    n += 1
        shutil.move(tmp.name, path)
        return n
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        keys = table.column("key").to_pylist()
        parties = (table.column("referents").to_pylist() if "referents" in table.column_names
                   else [""] * len(keys))
        values = [_values(store, k or "", as_of, cache, p or "")
                  for k, p in zip(keys, parties, strict=True)]
        for i, name in enumerate(COLUMNS):
            col = [v[i] or None for v in values]
            if name == "purchase_prohibited":
                table = table.append_column(name, pa.array([None if c is None else c == "true" for c in col],
                                                           pa.bool_()))
            else:
                table = table.append_column(name, pa.array(col, pa.string()))
        pq.write_table(table, path)
        return len(keys)
    raise ConfigError(f"--as-of adds the legal state to csv and parquet output, not {fmt}",
                      hint="use --format csv or parquet")
