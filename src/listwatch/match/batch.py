"""Batch screening: ``listwatch screen --input FILE`` (CSV or Parquet in; CSV, JSON or
Parquet out), on every core of this machine or on a Dask cluster.

The input is streamed in chunks and the output written chunk by chunk, in input order,
so memory stays flat however long the file is. Worker processes are forked after the
index is built, so they share it (copy-on-write) instead of each building their own.
"""

from __future__ import annotations

import csv
import hashlib
import json
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from listwatch.errors import ConfigError
from listwatch.match.screen import Screener

#: Columns a batch input may carry; ``name`` or ``identifier`` must be present.
INPUT_COLUMNS = ("name", "id", "schema", "country", "birth_date", "identifier")
#: Columns added to every output row (the best result). ``matched_name`` is the best
#: result's ``name`` (renamed: the input has its own ``name`` column).
RESULT_COLUMNS = ("key", "source", "matched_name", "score", "match")
FORMATS = ("csv", "json", "parquet")
CHUNK = 2000
_INJECTION = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Defuse CSV injection: a text cell starting with = + - @ (or tab/CR) gets a quote."""
    if isinstance(value, str) and value.startswith(_INJECTION):
        return "'" + value
    return value


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _kind(path: Path, fmt: str | None = None) -> str:
    if fmt:
        return fmt
    return "parquet" if path.suffix.lower() in (".parquet", ".pq") else "csv"


def _check_columns(path: Path, columns: list[str]) -> None:
    if "name" not in columns and "identifier" not in columns:
        raise ConfigError(
            f"{path}: no 'name' or 'identifier' column (found: {', '.join(columns) or 'none'})",
            hint="give a column 'name' (and optionally id, schema, country, birth_date, "
            "identifier), or 'identifier' alone",
        )


def input_info(path: Path) -> tuple[list[str], int | None]:
    """The input's columns and (an estimate of) its row count."""
    if not path.is_file():
        raise ConfigError(f"input file {path} not found")
    if _kind(path) == "parquet":
        import pyarrow.parquet as pq

        meta = pq.ParquetFile(path)
        return list(meta.schema_arrow.names), meta.metadata.num_rows
    with open(path, newline="", encoding="utf-8-sig") as f:
        columns = next(csv.reader(f), [])
        rows = sum(1 for _ in f)
    return columns, rows


def read_chunks(path: Path, size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    """The input's rows as dicts of strings, ``size`` at a time."""
    columns, _ = input_info(path)
    _check_columns(path, columns)
    if _kind(path) == "parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=size):
            yield [{k: ("" if v is None else str(v)) for k, v in row.items()}
                   for row in batch.to_pylist()]
        return
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        chunk: list[dict[str, Any]] = []
        for row in reader:
            chunk.append({k: v or "" for k, v in row.items() if k is not None})
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk


def row_query(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in INPUT_COLUMNS if row.get(k)}


@dataclass
class BatchOptions:
    as_of: str | None = None
    threshold: float | None = None
    limit: int = 10
    sources: list[str] | None = None
    json_results: bool = False  # JSON output wants every result with its explanation
    candidates: int = 6

    def screen_kwargs(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of,
            "threshold": self.threshold,
            # every match is kept for the audit record, even when the output shows one
            "limit": max(self.limit, self.candidates),
            "sources": self.sources,
            "explain": self.json_results,
            "candidates": self.candidates,
        }


def screen_rows(screener: Screener, rows: list[dict[str, Any]], opts: BatchOptions
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Screen one chunk. Returns one output item per row (``{"query", "results"}`` for
    JSON, else the row with the best result's columns) and every match, for the audit
    record (``row`` is the row's position in the chunk)."""
    kwargs = opts.screen_kwargs()
    out: list[dict[str, Any]] = []
    matches: list[dict[str, Any]] = []
    for pos, row in enumerate(rows):
        results = screener.screen(row_query(row), **kwargs)
        for r in results:
            if r["match"]:
                matches.append({
                    "row": pos, "id": row.get("id") or None,
                    **{k: r.get(k) for k in AUDIT_KEYS},
                })
        if opts.json_results:
            out.append({"query": row, "results": results[: opts.limit]})
            continue
        best = results[0] if results else None
        flat = dict(row)
        flat.update(
            key=best["key"] if best else "",
            source=best["source"] if best else "",
            matched_name=best["name"] if best else "",
            score=best["score"] if best else None,
            match=bool(best and best["match"]),
        )
        out.append(flat)
    return out, matches


#: What the audit record keeps of each match of a batch.
AUDIT_KEYS = ("key", "source", "name", "score", "match", "listed_from", "listed_to", "programs")


# -- writers -------------------------------------------------------------------------


class _Writer:
    def __init__(self, path: Path | None, fmt: str, columns: list[str]) -> None:
        import sys

        self.fmt = fmt
        self.columns = columns + [c for c in RESULT_COLUMNS if c not in columns]
        self.count = 0
        self._pq: Any = None
        if fmt == "parquet":
            if path is None:
                raise ConfigError("Parquet output needs --output FILE")
            self.path = path
            self.stream: Any = None
            self._own = False
            return
        self._own = path is not None
        self.stream = open(path, "w", newline="", encoding="utf-8") if path else sys.stdout  # noqa: SIM115
        if fmt == "csv":
            self._csv = csv.DictWriter(self.stream, fieldnames=self.columns, extrasaction="ignore")
            self._csv.writeheader()
        else:
            self.stream.write("[")

    def write(self, items: list[dict[str, Any]]) -> None:
        if self.fmt == "csv":
            for item in items:
                self._csv.writerow({k: neutralise(_cell(item.get(k))) for k in self.columns})
        elif self.fmt == "json":
            for item in items:
                self.stream.write(("\n" if self.count == 0 else ",\n")
                                  + json.dumps(item, ensure_ascii=False, default=str))
                self.count += 1
        else:
            self._write_parquet(items)

    def _write_parquet(self, items: list[dict[str, Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"score": pa.float64(), "match": pa.bool_()}
        schema = pa.schema([(c, types.get(c, pa.string())) for c in self.columns])
        if self._pq is None:
            self._pq = pq.ParquetWriter(self.path, schema)
        data = {c: [_typed(item.get(c), c) for item in items] for c in self.columns}
        self._pq.write_table(pa.table(data, schema=schema))

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n")
        if self._pq is not None:
            self._pq.close()
        elif self.fmt == "parquet":  # no rows at all: still write an empty file
            self._write_parquet([])
            self._pq.close()
        if self._own:
            self.stream.close()
        elif self.stream is not None:
            self.stream.flush()


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.4f}"
    return "" if value is None else value


def _typed(value: Any, column: str) -> Any:
    if column in ("score", "match"):
        return value
    return None if value is None else str(value)


# -- running -------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _worker_chunk(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return screen_rows(_STATE["screener"], rows, _STATE["opts"])


@dataclass
class BatchReport:
    input: str
    sha256: str
    rows: int = 0
    matched_rows: int = 0
    seconds: float = 0.0
    workers: int = 1
    matches: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "sha256": self.sha256,
            "rows": self.rows,
            "matched_rows": self.matched_rows,
            "seconds": round(self.seconds, 3),
            "rows_per_second": round(self.rows_per_second, 1),
            "workers": self.workers,
        }


def _collect(report: BatchReport, start: int, matches: list[dict[str, Any]]) -> None:
    rows: set[int] = set()
    for m in matches:
        m["row"] = start + m["row"] + 1  # 1-based data row of the input
        rows.add(m["row"])
        report.matches.append(m)
    report.matched_rows += len(rows)


def run_batch(
    screener: Screener,
    in_path: Path,
    out_path: Path | None,
    *,
    fmt: str = "csv",
    opts: BatchOptions | None = None,
    workers: int | None = None,
    chunk_size: int = CHUNK,
    on_progress: Callable[[int, int | None], None] | None = None,
    chunk_runner: Callable[[Iterator[list[dict[str, Any]]]], Iterator[Any]] | None = None,
) -> BatchReport:
    """Screen every row of ``in_path`` and write the results to ``out_path`` (stdout when
    None, except Parquet). ``workers`` processes (default: every core) share the index by
    fork; ``chunk_runner`` replaces them (the Dask backend). Returns counts and the
    matched rows (for the audit record)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}", hint="use csv, json or parquet")
    in_path = Path(in_path)
    columns, total = input_info(in_path)
    _check_columns(in_path, columns)
    opts = opts or BatchOptions()
    opts.json_results = fmt == "json"
    report = BatchReport(str(in_path), file_sha256(in_path))
    writer = _Writer(Path(out_path) if out_path else None, fmt, columns)
    chunks = read_chunks(in_path, chunk_size)
    workers = workers or os.cpu_count() or 1
    started = time.perf_counter()
    pool = None
    try:
        if chunk_runner is not None:
            results: Iterator[Any] = chunk_runner(chunks)
        elif workers > 1 and "fork" in mp.get_all_start_methods():
            import gc

            _STATE.update(screener=screener, opts=opts)
            gc.collect()
            gc.freeze()  # keep the shared index's pages untouched by the children's GC
            pool = mp.get_context("fork").Pool(workers)
            results = pool.imap(_worker_chunk, chunks)
        else:
            workers = 1
            results = (screen_rows(screener, rows, opts) for rows in chunks)
        report.workers = workers
        for items, matches in results:
            _collect(report, report.rows, matches)
            writer.write(items)
            report.rows += len(items)
            if on_progress:
                on_progress(report.rows, total)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
            import gc

            gc.unfreeze()
            _STATE.clear()
        writer.close()
    report.seconds = time.perf_counter() - started
    return report
