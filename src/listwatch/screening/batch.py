"""Batch screening: ``listwatch screen --input FILE`` (CSV or Parquet in; CSV, JSON or
Parquet out), on every core of this machine or on a Dask cluster.

The input is streamed in blocks and the output written block by block, in input order,
so memory stays flat however long the file is (``batch_io``: Arrow in and out;
``batch_local``: distinct keys, the cache and the results as ids). Worker processes are
forked after the index is built, so they share it (copy-on-write) instead of each
building their own.
"""

from __future__ import annotations

import csv
import hashlib
import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from listwatch.errors import ConfigError
from listwatch.screening import memory
from listwatch.screening.cells import (
    AUDIT_KEYS,
    MATCH_INDEX,
    RESULT_COLUMNS,
    Matches,
    fragments,
    joined,
    match_dict,
)
from listwatch.screening.screen import CANDIDATES, Screener
from listwatch.settings import get_settings

#: Columns a batch input may carry; ``name`` or ``identifier`` must be present.
INPUT_COLUMNS = ("name", "id", "schema", "country", "birth_date", "identifier")
FORMATS = ("csv", "json", "parquet")
CHUNK = 2000
#: Rows the parent reads, de-duplicates and writes at a time (``batch_local``); the
#: first block is smaller, so that the workers get their first jobs sooner.
BLOCK = 65536
FIRST_BLOCK = 8192


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
        rows = _count_lines(f)
    return columns, rows


def _count_lines(f: Any) -> int:
    """``sum(1 for _ in f)`` for a file opened with ``newline=""`` (lines end in LF, CR
    or CRLF), without a string per line."""
    count = 0
    last = ""
    while block := f.read(1 << 20):
        count += block.count("\n") + block.count("\r") - block.count("\r\n")
        if last == "\r" and block[0] == "\n":  # a CRLF across two blocks
            count -= 1
        last = block[-1]
    return count + (last not in ("", "\r", "\n"))


def read_chunks(path: Path, size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    """The input's rows as dicts of strings, ``size`` at a time."""
    from listwatch.screening.batch_io import block_rows, read_blocks

    columns, _ = input_info(path)
    _check_columns(path, columns)
    for cols in read_blocks(path, columns, _kind(path), size):
        yield block_rows(cols, columns)


def row_query(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in INPUT_COLUMNS if row.get(k)}


def query_key(query: dict[str, Any]) -> tuple[Any, ...]:
    """What screening depends on in a query (not its ``id``): rows with the same key get
    the same results, so each distinct key is screened once."""
    return tuple(query.get(k) for k in _KEY_COLUMNS)


_KEY_COLUMNS = tuple(c for c in INPUT_COLUMNS if c != "id")


@dataclass
class BatchOptions:
    as_of: str | None = None
    threshold: float | None = None
    limit: int = 10
    sources: list[str] | None = None
    json_results: bool = False  # JSON output wants every result with its explanation
    candidates: int = CANDIDATES
    #: how an all-numeric birth date like 07/10/1952 is read (``dmy`` or ``mdy``)
    date_order: str = "dmy"
    #: reviewers' active decisions, ``{query key: entry keys}`` (``store.decisions.
    #: decided_keys``): those hits are left out of the query's results, as a single
    #: ``screen`` leaves them out (None: none applied, ``--show-decided``)
    decided: dict[str, frozenset[str]] | None = None

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


def screen_queries(screener: Screener, queries: list[dict[str, Any]], opts: BatchOptions
                   ) -> list[list[Any]]:
    """Results of each query: full result dicts for JSON output, else tuples of the
    ``AUDIT_KEYS`` (small to send between processes and to keep in the cache)."""
    queries = [read_birth_date(q, opts.date_order) if q.get("birth_date") else q
               for q in queries]
    queries = [_read_schema(q) if q.get("schema") else q for q in queries]
    results = screener.screen_batch(queries, brief=not opts.json_results,
                                    **opts.screen_kwargs())
    if opts.decided:
        results = [_undecided(q, found, opts.decided) for q, found in
                   zip(queries, results, strict=True)]
    if opts.json_results:
        return results
    return [[_audit_values(r) for r in rs] for rs in results]


def _audit_values(r: dict[str, Any]) -> tuple[Any, ...]:
    """A result as the values of ``AUDIT_KEYS`` and, for a match, its JSON ``fragments``
    (the keys spelled out: a generator over ``AUDIT_KEYS`` costs several times more)."""
    get = r.get
    return (r["key"], r["source"], r["name"], r["score"], r["match"], get("listed_from"),
            get("listed_to"), get("programs"), get("referents"), get("datasets"),
            fragments(r) if r["match"] else None)


def _undecided(query: dict[str, Any], results: list[dict[str, Any]],
               decided: dict[str, frozenset[str]]) -> list[dict[str, Any]]:
    """``results`` without the hits a reviewer decided on for this query (by the entry's
    key or any of its party's ``referents``)."""
    from listwatch.store.decisions import query_key

    keys = decided.get(query_key(str(query.get("name") or "")))
    if not keys:
        return results
    return [r for r in results
            if r["key"] not in keys and not keys.intersection(r.get("referents") or ())]


def _read_schema(query: dict[str, Any]) -> dict[str, Any]:
    """The query with its schema as the screener knows it (``individual`` -> Person);
    a value that is no schema is left out (counted in a warning), never guessed."""
    from listwatch.match.checks import read_schema

    out = dict(query)
    schema = read_schema(query["schema"])
    if schema is None:
        del out["schema"]
    else:
        out["schema"] = schema
    return out


def read_birth_date(query: dict[str, Any], order: str) -> dict[str, Any]:
    """The query with its birth date as a date (``partial_dates``): ``07/10/1952`` as
    ``1952-10-07``. A cell that is no date is left out of the query (an unreadable
    qualifier never lowers a score; ``check_birth_dates`` warns about it)."""
    from listwatch.partial_dates import try_parse

    found = try_parse(query["birth_date"], order)
    out = dict(query)
    if found is None:
        del out["birth_date"]
    else:
        out["birth_date"] = found.iso
    return out


def _assemble(rows: list[dict[str, Any]], results: list[list[Any]], opts: BatchOptions
              ) -> tuple[list[dict[str, Any]], list[Any]]:
    """Output items of a chunk from the results of its rows, and its matches as
    ``(position in the chunk, row id, AUDIT_KEYS values)``."""
    out: list[dict[str, Any]] = []
    matches: list[Any] = []
    for pos, (row, found) in enumerate(zip(rows, results, strict=True)):
        compact = [tuple(r.get(k) for k in AUDIT_KEYS) for r in found] if opts.json_results \
            else found
        row_id = row.get("id") or None
        matches.extend((pos, row_id, r) for r in compact if r[MATCH_INDEX])
        if opts.json_results:
            out.append({"query": row, "results": found[: opts.limit]})
            continue
        best = compact[0] if compact else None
        flat = dict(row)
        flat.update(
            key=best[0] if best else "",
            source=best[1] if best else "",
            matched_name=best[2] if best else "",
            score=best[3] if best else None,
            match=bool(best and best[MATCH_INDEX]),
            referents=joined(best[8], best[0]) if best else "",
            datasets=joined(best[9], best[1]) if best else "",
        )
        out.append(flat)
    return out, matches


def screen_rows(screener: Screener, rows: list[dict[str, Any]], opts: BatchOptions
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Screen one chunk. Returns one output item per row (``{"query", "results"}`` for
    JSON, else the row with the best result's columns) and every match, for the audit
    record (``row`` is the row's position in the chunk)."""
    queries = [row_query(row) for row in rows]
    keys = [query_key(q) for q in queries]
    unique = dict(zip(keys, queries, strict=True))
    done = dict(zip(unique, screen_queries(screener, list(unique.values()), opts),
                    strict=True))
    out, matches = _assemble(rows, [done[k] for k in keys], opts)
    return out, [match_dict(pos, row_id, r) for pos, row_id, r in matches]


#: Distinct queries whose results the parent keeps (two generations of half each).
CACHE_SIZE = 400_000


# -- running -------------------------------------------------------------------------

_STATE: dict[str, Any] = {}


def _worker_queries(names: list[str], values: list[list[str]]) -> tuple[Any, ...]:
    """Screen ``make_queries(names, values)`` in a worker; their results as
    ``WorkerTables.pack`` gives them."""
    from listwatch.screening.batch_local import make_queries

    opts: BatchOptions = _STATE["opts"]
    with memory.worker_job(frozen=bool(_STATE.get("freeze"))):
        found = screen_queries(_STATE["screener"], make_queries(names, values), opts)
        return _STATE["tables"].pack(found, opts.json_results, opts.limit)


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value

    def get(self) -> Any:
        return self.value


@contextmanager
def _workers(screener: Screener, opts: BatchOptions, workers: int
             ) -> Iterator[Callable[[list[str], list[list[str]]], Any]]:
    """``submit(names, values)``: a job screening those queries here (one worker) or in
    one of ``workers`` processes forked after the index is built, so they share it."""
    from listwatch.screening.batch_local import WorkerTables

    _STATE.update(screener=screener, opts=opts, tables=WorkerTables())
    if workers <= 1:
        try:
            yield lambda *job: _Done(_worker_queries(*job))
        finally:
            _STATE.clear()
        return
    # (built once, shared with the workers by fork)
    screener.prepare(as_of=opts.as_of, sources=opts.sources)
    memory.freeze_before_fork()
    _STATE["freeze"] = True  # (read by the forked workers only)
    pool = mp.get_context("fork").Pool(
        workers, initializer=memory.worker_start,
        initargs=(get_settings().worker_heap_keep_mb,))
    ok = False
    try:
        yield lambda *job: pool.apply_async(_worker_queries, job)
        ok = True
    finally:
        if ok:
            pool.close()
        else:
            pool.terminate()
        pool.join()
        memory.unfreeze()
        _STATE.clear()


@dataclass
class BatchReport:
    input: str
    sha256: str
    rows: int = 0
    matched_rows: int = 0
    seconds: float = 0.0
    workers: int = 1
    #: distinct queries screened (the other rows reused a result)
    screened: int = 0
    matches: Matches = field(default_factory=Matches)
    #: what the reader had to say about the input (encoding, columns, unread dates)
    warnings: list[str] = field(default_factory=list)

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
            "screened": self.screened,
            "warnings": list(self.warnings),
        }


class _DateCheck:
    """Counts the input's birth dates that are no date and schemas that are no schema
    (each left out of its query, never held against a match), for the warnings."""

    def __init__(self, order: str, schema_at: int | None = None,
                 screened_at: list[int] | None = None, name_at: int | None = None) -> None:
        self.order = order
        self.schema_at = schema_at
        #: the name column: a name longer than ``MAX_NAME_CHARS`` refuses the file, as the
        #: API refuses it (one such name held a worker for most of a minute, and a file of
        #: them ran for hours)
        self.name_at = name_at
        #: the columns a row is screened by (name, identifier): a row with all blank is
        #: not screened, and said so (``blank``)
        self.screened_at = screened_at or []
        self.blank = 0
        #: name or identifier cells spanning many lines (a quote left open swallows the
        #: rows after it into one cell): how many, and (row, line breaks) of the first
        self.spanning = 0
        self.first_span: tuple[int, int] | None = None
        self._rows = 0
        self.bad: dict[str, int] = {}
        self.bad_schema: dict[str, int] = {}
        self._seen: dict[str, bool] = {}

    def _ok(self, value: str) -> bool:
        from listwatch.partial_dates import try_parse

        known = self._seen.get(value)
        if known is None:
            if len(self._seen) > 100_000:
                self._seen.clear()
            known = self._seen[value] = try_parse(value, self.order) is not None
        return known

    def blocks(self, blocks: Iterator[Any], where: int | None) -> Iterator[Any]:
        import pyarrow.compute as pc

        for cols in blocks:
            for at, bad, ok in ((where, self.bad, self._ok),
                                (self.schema_at, self.bad_schema, _schema_ok)):
                if at is None:
                    continue
                counts = pc.value_counts(cols[at])
                for value, n in zip(counts.field("values").to_pylist(),
                                    counts.field("counts").to_pylist(), strict=True):
                    if value and value.strip() and not ok(value):
                        bad[value] = bad.get(value, 0) + n
            if self.name_at is not None:
                self._long_names(cols[self.name_at])
            if self.screened_at:
                self.blank += _blank_rows(cols, self.screened_at)
                self._spanning(cols)
            self._rows += len(cols[0]) if cols else 0
            yield cols

    def _long_names(self, names: Any) -> None:
        import pyarrow.compute as pc

        from listwatch.screening.ftm_query import MAX_NAME_CHARS

        lengths = pc.utf8_length(names)
        longest = pc.max(lengths).as_py() or 0
        if longest > MAX_NAME_CHARS:
            at = pc.index(pc.greater(lengths, MAX_NAME_CHARS), True).as_py()
            raise ConfigError(
                f"data row {self._rows + at + 1:,} has a name of "
                f"{lengths[at].as_py():,} characters: the limit is {MAX_NAME_CHARS:,} (the "
                "lists' longest names are a few hundred); nothing was screened",
                hint="put one party's name in each name cell; a cell holding many rows "
                     "comes from a quote left open: check the file's quoting near that row")

    def _spanning(self, cols: Any) -> None:
        import pyarrow.compute as pc

        for i in self.screened_at:
            breaks = pc.count_substring(cols[i], "\n")
            if (pc.max(breaks).as_py() or 0) >= SPANNING_LINES:
                many = pc.greater_equal(breaks, SPANNING_LINES)
                found = int(pc.sum(many).as_py() or 0)
                if found:
                    if self.first_span is None:
                        at = pc.index(many, True).as_py()
                        self.first_span = (self._rows + at + 1, breaks[at].as_py())
                    self.spanning += found

    def warnings(self) -> list[str]:
        out = []
        if self.first_span is not None:
            row, lines = self.first_span
            out.append(f"{self.spanning:,} name or identifier cell(s) span many lines (data "
                       f"row {row:,} holds {lines + 1:,} lines): a quote left open makes the "
                       "rows after it one cell, and those rows were not screened one by one; "
                       "check the quoting of the file near that row")
        if self.blank:
            out.append(f"{self.blank:,} row(s) with no name and no identifier: nothing was "
                       "screened for them (their match column reads false, not a result)")
        if self.bad:
            total = sum(self.bad.values())
            shown = ", ".join(repr(v) for v in list(self.bad)[:5])
            out.append(f"{total:,} birth date(s) not read as dates and not compared (e.g. "
                       f"{shown}); write them like 1952-10-07, 07/10/1952, 7 Oct 1952, "
                       "Oct 1952 or 1952")
        if self.bad_schema:
            total = sum(self.bad_schema.values())
            shown = ", ".join(repr(v) for v in list(self.bad_schema)[:5])
            out.append(f"{total:,} schema value(s) not understood and left out (e.g. {shown}); "
                       "use Person, Company, Organization, Vessel ... (or individual, "
                       "corporate)")
        return out


#: Line breaks from which a name or identifier cell is taken for rows swallowed by an
#: open quote, not a name written on several lines.
SPANNING_LINES = 3


def _blank_rows(cols: Any, at: list[int]) -> int:
    """Rows of an Arrow block whose columns ``at`` are all empty or blank."""
    import pyarrow.compute as pc

    blank = None
    for i in at:
        col = pc.utf8_trim_whitespace(pc.fill_null(cols[i].cast("string"), ""))
        empty = pc.equal(col, "")
        blank = empty if blank is None else pc.and_(blank, empty)
    return int(pc.sum(blank).as_py() or 0) if blank is not None else 0


def _schema_ok(value: str) -> bool:
    from listwatch.match.checks import read_schema

    return read_schema(value) is not None


def _collect(report: BatchReport, start: int, matches: list[Any]) -> None:
    rows: set[int] = set()
    for m in matches:
        if isinstance(m, dict):
            m = (m["row"], m.get("id"), tuple(m.get(k) for k in AUDIT_KEYS))
        row = start + m[0] + 1  # 1-based data row of the input
        rows.add(row)
        report.matches.append_compact(row, m[1], m[2])
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
    cache_size: int = CACHE_SIZE,
    block_size: int = BLOCK,
    first_block: int = FIRST_BLOCK,
) -> BatchReport:
    """Screen every row of ``in_path`` and write the results to ``out_path`` (stdout when
    None, except Parquet). ``workers`` processes (default: every core) share the index by
    fork and get jobs of ``chunk_size`` distinct queries; the parent reads and writes
    ``block_size`` rows at a time (the first block ``first_block`` rows) and keeps the
    results of ``cache_size`` recent keys.
    ``chunk_runner`` replaces all that (the Dask backend: partitions of ``chunk_size``
    rows). Returns counts and the matched rows (for the audit record)."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown output format {fmt!r}", hint="use csv, json or parquet")
    from listwatch.screening.batch_input import prepare_input

    original = Path(in_path)
    prepared = prepare_input(original)
    try:
        return _run_prepared(screener, original, prepared.path, prepared.columns,
                             prepared.warnings, out_path, fmt=fmt, opts=opts or BatchOptions(),
                             workers=workers, chunk_size=chunk_size, on_progress=on_progress,
                             chunk_runner=chunk_runner, cache_size=cache_size,
                             block_size=block_size, first_block=first_block)
    finally:
        prepared.close()


def _run_prepared(screener: Screener, original: Path, in_path: Path, columns: list[str],
                  warnings: list[str], out_path: Path | None, *, fmt: str, opts: BatchOptions,
                  workers: int | None, chunk_size: int,
                  on_progress: Callable[[int, int | None], None] | None,
                  chunk_runner: Callable[[Iterator[list[dict[str, Any]]]], Iterator[Any]] | None,
                  cache_size: int, block_size: int, first_block: int = FIRST_BLOCK
                  ) -> BatchReport:
    _, total = input_info(in_path)
    _check_columns(in_path, columns)
    opts.json_results = fmt == "json"
    report = BatchReport(str(original), file_sha256(original))
    report.warnings = list(warnings)
    dates = _DateCheck(opts.date_order,
                       columns.index("schema") if "schema" in columns else None,
                       [columns.index(c) for c in ("name", "identifier") if c in columns],
                       columns.index("name") if "name" in columns else None)
    workers = workers or os.cpu_count() or 1
    if workers > 1 and "fork" not in mp.get_all_start_methods():
        workers = 1
    out = Path(out_path) if out_path else None
    started = time.perf_counter()
    # One reader (``read_blocks``: Arrow blocks of the input's columns) and one writer
    # (``BlockWriter``) for both paths: the local pipeline (``batch_local.run_blocks``)
    # and a ``chunk_runner`` (the Dask backend), which gets the blocks' rows as dicts.
    from listwatch.screening.batch_io import BlockWriter, block_rows, item_columns, read_blocks
    from listwatch.screening.batch_local import run_blocks

    out_columns = columns + [c for c in RESULT_COLUMNS if c not in columns]
    where = columns.index("birth_date") if "birth_date" in columns else None
    writer = BlockWriter(out, fmt, out_columns)
    report.workers = workers
    try:
        if chunk_runner is not None:
            blocks = dates.blocks(read_blocks(in_path, columns, _kind(in_path), chunk_size),
                                  where)
            for items, matches in chunk_runner(block_rows(b, columns) for b in blocks):
                _collect(report, report.rows, matches)
                writer.write(item_columns(items, fmt, out_columns))
                report.rows += len(items)
                if on_progress:
                    on_progress(report.rows, total)
        else:
            # (made before the workers are forked: made after, every listed name it
            # holds would be touched in the parent, copying the pages it shares with them)
            exact = None if fmt == "json" else screener.exact_names()
            with _workers(screener, opts, workers) as submit:
                run_blocks(dates.blocks(read_blocks(in_path, columns, _kind(in_path),
                                                    block_size, first_block), where),
                           columns, out_columns, fmt=fmt, submit=submit, chunk=chunk_size,
                           cache_size=cache_size, writer=writer,
                           report=report, on_progress=on_progress, total=total,
                           exact=exact)
        writer.close()  # (the output takes its name here, when everything is written)
    except BaseException:
        writer.abort()
        raise
    report.warnings += dates.warnings()
    report.seconds = time.perf_counter() - started
    return report
