"""Batch files as Arrow columns: the input read a block of rows at a time (CSV with
``pyarrow.csv``, Parquet), and the output cells made and written a block at a time.

Every function here gives, byte for byte, what the row-at-a-time code gives
(``csv.DictReader`` in; ``csv.writer`` with ``cells.csv_cell``, ``json.dumps`` and the
Parquet writer out): the tests compare the two on awkward inputs.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator, Sequence
from itertools import islice
from json.encoder import encode_basestring as _json_str  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from listwatch.errors import ConfigError
from listwatch.screening.cells import csv_cell, typed

# -- reading -------------------------------------------------------------------------


def distinct_columns(header: Sequence[str]) -> dict[str, int]:
    """Each column name and the position of its last occurrence, in the order of first
    occurrence: the keys and values of a ``csv.DictReader`` row."""
    out: dict[str, int] = {}
    for i, name in enumerate(header):
        out[name] = i
    return {name: out[name] for name in dict.fromkeys(header)}


def read_blocks(path: Path, header: list[str], kind: str, size: int,
                first: int | None = None) -> Iterator[list[pa.Array]]:
    """The input's columns (by position in ``header``), as string arrays without nulls,
    ``size`` rows at a time: what ``csv.DictReader`` (empty and missing cells as "") or,
    for Parquet, ``str()`` of each value gives.

    With ``first``, the first block and the last are ``first`` rows at most: a small
    first block gets the workers going sooner, and a small last block leaves the parent
    little to write once the workers' last jobs are done (the block before it is
    written while they screen the last one)."""
    step = min(size, first or size)
    raw = _parquet_blocks(path, step) if kind == "parquet" else _csv_blocks(path, header, step)
    yield from _rechunk(raw, size, first)


def _rechunk(blocks: Iterator[list[pa.Array]], size: int, first: int | None = None
             ) -> Iterator[list[pa.Array]]:
    held: list[list[pa.Array]] = []
    count = 0
    want = min(size, first or size)
    # (with ``first``, a block goes out only once ``first`` rows more are read: those may
    # be the input's last, which then make a block of their own)
    last = min(size, first) if first else 0
    for cols in blocks:
        n = len(cols[0]) if cols else 0
        if n == 0:
            continue
        held.append(cols)
        count += n
        while count >= want + last:
            merged = [pa.concat_arrays([h[i] for h in held]) for i in range(len(cols))]
            yield [c.slice(0, want) for c in merged]
            count -= want
            held = [[c.slice(want) for c in merged]] if count else []
            want = size
    if count:
        merged = [pa.concat_arrays([h[i] for h in held]) for i in range(len(held[0]))]
        if last and count > last:
            yield [c.slice(0, count - last) for c in merged]
            merged = [c.slice(count - last) for c in merged]
        yield merged


def _csv_blocks(path: Path, header: list[str], size: int) -> Iterator[list[pa.Array]]:
    """``pyarrow.csv`` reads the same records as ``csv.DictReader`` when it reads them at
    all; on what it refuses (a row with more or fewer cells than the header, ...) the
    rest of the file is read with the ``csv`` module."""
    import pyarrow.csv as pacsv

    names = [f"c{i}" for i in range(len(header))]
    done = 0
    try:
        reader = pacsv.open_csv(
            path,
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, use_threads=False,
                                           block_size=1 << 18),
            parse_options=pacsv.ParseOptions(newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False,
                quoted_strings_can_be_null=False))
        with reader:
            for batch in reader:
                yield batch.columns
                done += batch.num_rows
    except pa.ArrowInvalid:
        yield from _python_csv_blocks(path, len(header), done, size)


def _python_csv_blocks(path: Path, width: int, skip: int, size: int
                       ) -> Iterator[list[pa.Array]]:
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        try:
            next(reader, None)
            rows = (r for r in reader if r)  # csv.DictReader skips blank lines
            for _ in islice(rows, skip):
                pass
            while chunk := list(islice(rows, size)):
                cells = [r[:width] if len(r) >= width else r + [""] * (width - len(r))
                         for r in chunk]
                yield [pa.array(col, pa.string()) for col in zip(*cells, strict=True)]
        except csv.Error as exc:
            # (a cell above the csv module's field limit: a quote left open that runs on
            # to the end of the file, or no customer file at all)
            raise ConfigError(
                f"{path}: line {reader.line_num:,}: not readable CSV ({exc})",
                hint="check the file's quoting (a quote left open makes the rest of the file "
                     "one cell); a name or identifier cell holds a few hundred characters",
            ) from None


def _parquet_blocks(path: Path, size: int) -> Iterator[list[pa.Array]]:
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=size):
        yield [_as_text(col) for col in batch.columns]


def _as_text(col: pa.Array) -> pa.Array:
    """``"" if v is None else str(v)`` for each value."""
    if pa.types.is_dictionary(col.type) and pa.types.is_string(col.type.value_type):
        col = col.cast(pa.string())
    if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
        return col.cast(pa.string()).fill_null("")
    return pa.array(["" if v is None else str(v) for v in col.to_pylist()], pa.string())


def block_rows(cols: list[pa.Array], header: list[str]) -> list[dict[str, str]]:
    """A block as ``csv.DictReader`` rows (for the row-at-a-time path)."""
    where = distinct_columns(header)
    values = [cols[i].to_pylist() for i in where.values()]
    return [dict(zip(where, row, strict=True)) for row in zip(*values, strict=True)]


# -- cells ---------------------------------------------------------------------------


def _flags(arr: pa.Array, chars: bytes, first: bool = False, control: bool = False
           ) -> np.ndarray | None:
    """Which strings contain one of the ASCII ``chars`` (or ``control``: a character
    below 32; ``first``: start with one of ``chars``), or None when none does."""
    offsets = np.frombuffer(arr.buffers()[1], np.int32, len(arr) + 1, arr.offset * 4)
    if arr.buffers()[2] is None or offsets[-1] == offsets[0]:
        return None
    data = np.frombuffer(arr.buffers()[2], np.uint8)
    if first:
        starts = offsets[:-1]
        lead = data[np.minimum(starts, len(data) - 1)]
        hit = np.isin(lead, np.frombuffer(chars, np.uint8)) & (offsets[1:] > starts)
        return hit if hit.any() else None
    data = data[offsets[0]:offsets[-1]]
    found = data < 32 if control else data == chars[0]
    for c in chars:
        found |= data == c
    at = np.flatnonzero(found)
    if not len(at):
        return None
    hit = np.zeros(len(arr), bool)
    hit[np.searchsorted(offsets - offsets[0], at, side="right") - 1] = True
    return hit


def _replace(arr: pa.Array, hit: np.ndarray, new: pa.Array) -> pa.Array:
    """``arr`` with the strings at ``hit`` replaced by ``new`` (one per hit)."""
    return pc.replace_with_mask(arr, pa.array(hit), new)


def neutralised(arr: pa.Array) -> pa.Array:
    """``listwatch.text.neutralise`` of each string."""
    hit = _flags(arr, b"=+-@\t\r", first=True)
    if hit is None:
        return arr
    return _replace(arr, hit, pc.binary_join_element_wise("'", arr.filter(hit), ""))


def csv_quote(value: str) -> str:
    """A cell as ``csv.writer`` writes it (the minimal quoting)."""
    if "," in value or '"' in value or "\r" in value or "\n" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_quoted(arr: pa.Array) -> pa.Array:
    """``csv_quote`` of each string."""
    hit = _flags(arr, b',"\r\n')
    if hit is None:
        return arr
    odd = pc.replace_substring(arr.filter(hit), '"', '""')
    return _replace(arr, hit, pc.binary_join_element_wise('"', odd, '"', ""))


def json_strings(arr: pa.Array) -> pa.Array:
    """Each string as a JSON string (``json.dumps(s, ensure_ascii=False)``)."""
    out = pc.binary_join_element_wise('"', arr, '"', "")
    hit = _flags(arr, b'"\\', control=True)
    if hit is None:
        return out
    odd = arr.filter(hit).to_pylist()
    return _replace(out, hit, pa.array([_json_str(s) for s in odd], pa.string()))


def text_bytes(arr: pa.Array) -> memoryview:
    """The strings of ``arr`` one after the other, as UTF-8 (no copy)."""
    if len(arr) == 0:
        return memoryview(b"")
    offsets = np.frombuffer(arr.buffers()[1], np.int32, len(arr) + 1, arr.offset * 4)
    return memoryview(arr.buffers()[2])[offsets[0]:offsets[-1]]  # type: ignore[arg-type]


def line_offsets(arr: pa.Array) -> np.ndarray:
    """Where each string of ``arr`` starts in ``text_bytes(arr)``."""
    offsets = np.frombuffer(arr.buffers()[1], np.int32, len(arr) + 1, arr.offset * 4)
    return (offsets[:-1] - offsets[0]).astype(np.int64)


# -- writing -------------------------------------------------------------------------


def item_columns(items: list[dict[str, Any]], fmt: str, columns: list[str]) -> list[pa.Array]:
    """What ``BlockWriter.write`` takes, from output items as dicts (a ``chunk_runner``'s:
    the Dask backend): CSV lines (``cells.csv_cell``, ``csv.writer`` quoting, CRLF), JSON
    texts, or one typed array per column for Parquet."""
    if fmt == "csv":
        buf = io.StringIO(newline="")
        writer = csv.writer(buf)
        lines: list[str] = []
        for item in items:
            writer.writerow([csv_cell(item.get(k)) for k in columns])
            lines.append(buf.getvalue())
            buf.seek(0)
            buf.truncate()
        return [pa.array(lines, pa.string())]
    if fmt == "json":
        return [pa.array([json.dumps(item, ensure_ascii=False, default=str) for item in items],
                         pa.string())]
    types = {"score": pa.float64(), "match": pa.bool_()}
    return [pa.array([typed(item.get(c), c) for item in items], types.get(c, pa.string()))
            for c in columns]


class BlockWriter:
    """The output of a batch, a block of rows at a time: ``write(arrays)`` takes for CSV
    one array of the rows' lines (cells neutralised, quoted, joined, ending in CRLF), for
    JSON one of the rows' JSON texts, for Parquet one typed array per output column."""

    def __init__(self, path: Path | None, fmt: str, columns: list[str]) -> None:
        self.fmt = fmt
        self.columns = columns
        self.count = 0
        self._pq: Any = None
        self._final = path
        # a file is written beside its final name and renamed when the run ends well, so a
        # run that fails leaves no half-written output under the name the user asked for
        self._path = (path.with_name(f".{path.name}.partial-{os.getpid()}")
                      if path is not None else None)
        self._own = path is not None and fmt != "parquet"
        self._stream: Any = None
        if fmt == "parquet":
            if path is None:
                from listwatch.errors import ConfigError

                raise ConfigError("Parquet output needs --output FILE")
            return
        import sys

        self._stream = open(self._path, "wb") if self._path is not None else sys.stdout
        if fmt == "csv":
            head = io.StringIO(newline="")
            csv.writer(head).writerow(columns)
            self._put(head.getvalue().encode("utf-8"))
        else:
            self._put(b"[")

    def _put(self, data: bytes | memoryview) -> None:
        out = self._stream
        if self._own:
            out.write(data)
        elif hasattr(out, "buffer"):
            out.flush()
            out.buffer.write(data)
        else:
            out.write(bytes(data).decode("utf-8"))

    def write(self, cols: list[pa.Array]) -> None:
        n = len(cols[0]) if cols else 0
        if n == 0:
            return
        if self.fmt == "parquet":
            self._write_parquet(cols)
        elif self.fmt == "csv":
            self._put(text_bytes(cols[0]))
        else:
            sep = pa.array([",\n"] * n, pa.string())
            if self.count == 0:
                sep = pa.concat_arrays([pa.array(["\n"], pa.string()), sep[1:]])
            self._put(text_bytes(pc.binary_join_element_wise(sep, cols[0], "")))
        self.count += n

    def _schema(self) -> pa.Schema:
        types = {"score": pa.float64(), "match": pa.bool_()}
        return pa.schema([(c, types.get(c, pa.string())) for c in self.columns])

    def _write_parquet(self, cols: list[pa.Array]) -> None:
        import pyarrow.parquet as pq

        schema = self._schema()
        if self._pq is None:
            self._pq = pq.ParquetWriter(self._path, schema)
        self._pq.write_table(pa.Table.from_arrays(cols, schema=schema))

    def close(self) -> None:
        if self.fmt == "json":
            self._put(b"\n]\n")
        if self.fmt == "parquet":
            if self._pq is None:  # no rows at all: still write an empty file
                self._write_parquet([pa.array([], f.type) for f in self._schema()])
            self._pq.close()
        elif self._own:
            self._stream.close()
        else:
            self._stream.flush()
        if self._path is not None and self._final is not None:
            os.replace(self._path, self._final)

    def abort(self) -> None:
        """The run failed: the partial file is removed and nothing is written under the
        output's name (an earlier file of that name is left as it was)."""
        try:
            if self._pq is not None:
                self._pq.close()
            elif self._own and self._stream is not None:
                self._stream.close()
        except Exception:  # (the run's own error is the one to report)
            pass
        if self._path is not None:
            self._path.unlink(missing_ok=True)
