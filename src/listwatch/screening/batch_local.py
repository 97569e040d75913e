"""The local batch pipeline (``run_batch`` without a Dask runner), a block of rows at a
time with Arrow and numpy, so that the parent does almost nothing per row:

* a block's rows are reduced to their distinct query keys (``dictionary_encode``), and
  only keys not seen before (``KeyCache``) become queries, sent to the workers in jobs;
* a worker gives each distinct part of a result an id (``WorkerTables``: the entry part —
  key, source, name, match and its audit JSON before ``row`` — and the score part —
  score and its audit JSON after ``row``), sends each part once, and the results of a
  query as int32 pairs of ids;
* the parent keeps the parts in ``ResultTable`` already as output cells, and a query's
  results in the cache as a few bytes of ids;
* the output cells and audit lines of a block are made with ``take`` on those tables.
"""

from __future__ import annotations

import json
import os
from array import array
from collections import deque
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from listwatch.screening import batch_io as bio
from listwatch.screening.cells import AUDIT_KEYS, RESULT_COLUMNS, csv_cell, fragments, joined

#: Blocks read ahead of the one being written (their queries queued for the workers).
AHEAD = 1
#: The jobs of the last blocks are this many times smaller than the others.
TAIL_SPLIT = 4
_LINES = 16384  # audit lines made at a time


class WorkerTables:
    """In a worker: ids for the distinct parts of results, so that each is sent once."""

    def __init__(self) -> None:
        self.entries: dict[Any, int] = {}
        self.scores: dict[Any, int] = {}

    def pack(self, results: list[list[Any]], json_results: bool, limit: int) -> tuple[Any, ...]:
        """``batch.screen_queries`` output as ``(process id, new entry parts, new score
        parts, number of kept results per query (int32 bytes), their (entry, score) ids
        (int32 bytes), JSON output texts or None)``. Kept: the first result (the output's
        best) and every match (the audit record's)."""
        entries, scores = self.entries, self.scores
        new_entries: list[Any] = []
        new_scores: list[Any] = []
        counts = array("i")
        ids = array("i")
        texts: list[str] | None = [] if json_results else None
        for found in results:
            if texts is not None:
                texts.append(json.dumps(found[:limit], ensure_ascii=False, default=str))
                rows = [tuple(r.get(k) for k in AUDIT_KEYS) for r in found]
                found = [(*v, fragments(dict(zip(AUDIT_KEYS, v, strict=True))) if v[4]
                          else None) for v in rows]
            kept = 0
            for i, r in enumerate(found):
                if i and not r[4]:
                    continue
                kept += 1
                pre, head, tail = r[-1] or (None, None, None)
                entry = (r[0], r[1], r[2], bool(r[4]), None if head is None else (pre, head),
                         joined(r[8], r[0]), joined(r[9], r[1]))
                e = entries.get(entry)
                if e is None:
                    e = entries[entry] = len(entries)
                    new_entries.append(entry)
                score = (r[3].__class__, r[3], tail)
                s = scores.get(score)
                if s is None:
                    s = scores[score] = len(scores)
                    new_scores.append((r[3], tail))
                ids.append(e)
                ids.append(s)
            counts.append(kept)
        return (os.getpid(), new_entries, new_scores, counts.tobytes(), ids.tobytes(), texts)


class ResultTable:
    """The parent's copy of the workers' result parts, by id (the first of each, 0,
    being "no result"), as the outputs need them: CSV cells (neutralised and quoted) or
    Parquet values, and the audit line's pieces."""

    def __init__(self, fmt: str) -> None:
        self.csv = fmt != "parquet"
        self.cols: dict[str, list[Any]] = {name: [] for name in (
            "key", "source", "matched_name", "match", "referents", "datasets",
            "key_source_name", "match_eol",
            "entry_pre", "entry_json", "score", "score_json")}
        self.entry_match: list[bool] = []
        self._ids: dict[int, tuple[list[int], list[int]]] = {}  # worker's ids -> ours
        self._entries: dict[Any, int] = {}  # as WorkerTables keys them
        self._scores: dict[Any, int] = {}
        self._arrays: dict[str, tuple[int, Any]] = {}
        self._add_entry(("", "", "", False, None, "", ""))
        self._add_score((None.__class__, None, None))

    def _add_entry(self, part: tuple[Any, ...]) -> int:
        key, source, name, match, head, referents, datasets = part
        cols = self.cols
        if self.csv:
            cells: list[Any] = [bio.csv_quote(csv_cell(v)) for v in (key, source, name, match,
                                                                     referents, datasets)]
            cols["key_source_name"].append(",".join(cells[:3]))
            cols["match_eol"].append(",".join(cells[3:]) + "\r\n")
        else:
            cells = [None if v is None else str(v) for v in (key, source, name)]
            cells += [match, referents, datasets]
        for col, cell in zip(RESULT_COLUMNS[:3] + ("match", "referents", "datasets"), cells,
                             strict=True):
            cols[col].append(cell)
        # (an audit line: ``{`` entry_pre ``"id":…`` entry_json row score_json)
        cols["entry_pre"].append("{" + head[0] if head is not None else "{")
        cols["entry_json"].append(f',{head[1]},"row":' if head is not None else "")
        self.entry_match.append(match)
        self._entries[part] = len(self.entry_match) - 1
        return len(self.entry_match) - 1

    def _add_score(self, part: tuple[Any, ...]) -> int:
        _, score, tail = part
        self.cols["score"].append(bio.csv_quote(csv_cell(score)) if self.csv else score)
        self.cols["score_json"].append(f",{tail}}}\n" if tail is not None else "")
        self._scores[part] = len(self.cols["score"]) - 1
        return len(self.cols["score"]) - 1

    def lists(self, packed: tuple[Any, ...]) -> tuple[list[bytes], list[str] | None]:
        """A job's ``WorkerTables.pack`` output: each query's results as bytes of our ids."""
        pid, new_entries, new_scores, counts, ids, texts = packed
        entry_ids, score_ids = self._ids.setdefault(pid, ([], []))
        entries, scores = self._entries, self._scores
        for part in new_entries:  # (another worker may have sent it already)
            entry_ids.append(entries[part] if part in entries else self._add_entry(part))
        for score, tail in new_scores:
            part = (score.__class__, score, tail)
            score_ids.append(scores[part] if part in scores else self._add_score(part))
        flat = np.frombuffer(ids, np.int32).reshape(-1, 2)
        ours = np.empty_like(flat)
        ours[:, 0] = np.asarray(entry_ids, np.int32)[flat[:, 0]]
        ours[:, 1] = np.asarray(score_ids, np.int32)[flat[:, 1]]
        data = ours.tobytes()
        ends = np.cumsum(np.frombuffer(counts, np.int32), dtype=np.int64) * 8
        starts = ends - np.frombuffer(counts, np.int32) * 8
        return [data[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)], texts

    def array(self, name: str) -> Any:
        """A column of the table as an Arrow array (``entry_match``: numpy). Parts are
        only ever added: those added since the column was last asked for are converted
        and appended to it, not the whole column again (every block asks for every
        column, and a large batch's table holds hundreds of thousands of parts)."""
        values = self.entry_match if name == "entry_match" else self.cols[name]
        held = self._arrays.get(name)
        done = 0 if held is None else held[0]
        if held is None or done != len(values):
            if name == "entry_match":
                arr: Any = np.array(values[done:], bool)
                if held is not None:
                    arr = np.concatenate([held[1], arr])
            else:
                kind = (pa.float64() if name == "score" and not self.csv
                        else pa.bool_() if name == "match" and not self.csv else pa.string())
                arr = pa.array(values[done:], kind)
                if held is not None:
                    try:
                        arr = pa.concat_arrays([held[1], arr])
                    except (pa.ArrowInvalid, TypeError):  # (past 2 GB of text: in chunks)
                        arr = pa.array(values, kind)
            held = (len(values), arr)
            self._arrays[name] = held
        return held[1]


_KEY_COLUMNS = ("name", "schema", "country", "birth_date", "identifier")


def block_keys(cols: dict[str, pa.Array], exact: Container[str] | None = None) -> pa.Array:
    """One string per row standing for its query key (``batch.query_key``): the value of
    the one key column, or the key columns' values each prefixed by its length.

    With ``exact`` (every name as the lists write it), an ASCII ``name`` that is not one
    of them counts in lower case: screening normalises such a name through its lower-case
    form, and only a name written exactly as a listed one scores differently ("identical"
    1.0 against "same after case" 0.99), so ``ACME LTD`` and ``Acme Ltd`` are screened
    once. The query sent is still a row's own value.

    Only the block's distinct names are looked up in ``exact`` (millions of names at a
    million entities, which an Arrow ``is_in`` would hash again for every block), all at
    once when it can (``exact.ExactNames.contains_many``)."""
    present = [cols[c] for c in _KEY_COLUMNS if c in cols]
    if exact is not None and "name" in cols:
        enc = cols["name"].dictionary_encode()
        name = enc.dictionary
        values = name.to_pylist()
        many = getattr(exact, "contains_many", None)
        listed = pa.array(many(values) if many is not None else [v in exact for v in values],
                          pa.bool_())
        fold = pc.and_(pc.string_is_ascii(name), pc.invert(listed))
        present[0] = pc.if_else(fold, pc.utf8_lower(name), name).take(enc.indices)
    if len(present) == 1:
        return present[0]
    parts = []
    for col in present:
        parts += [pc.cast(pc.utf8_length(col), pa.string()), col]
    return pc.binary_join_element_wise(*parts, ":")


def make_queries(names: list[str], values: list[list[str]]) -> list[dict[str, Any]]:
    """Queries from the values of their key columns ``names`` (``batch.row_query``
    without ``id``): how they travel to a worker (a list of strings per column is
    smaller and quicker to send than dicts)."""
    if len(names) == 1:
        name = names[0]
        return [{name: v} if v else {} for v in values[0]]
    return [{k: v for k, v in zip(names, vs, strict=True) if v}
            for vs in zip(*values, strict=True)]


class KeyCache:
    """Results by query key, in two generations: lookups see both, and when the newer
    holds ``size / 2`` keys the older is dropped (recent keys stay; memory stays
    bounded). A key's results are bytes of ``ResultTable`` ids (and the JSON text)."""

    def __init__(self, size: int) -> None:
        self.half = max(1, size // 2)
        self.new: dict[str, Any] = {}
        self.old: dict[str, Any] = {}

    def get_many(self, keys: list[str]) -> list[Any]:
        new, old = self.new.get, self.old.get
        return [v if (v := new(k)) is not None else old(k) for k in keys]

    def put_many(self, keys: list[str], values: list[Any]) -> None:
        if len(self.new) >= self.half:
            self.old, self.new = self.new, {}
        self.new.update(zip(keys, values, strict=True))


@dataclass
class _Block:
    cols: dict[str, pa.Array]  # by distinct column name
    codes: np.ndarray  # each row's distinct key
    values: list[Any]  # each distinct key's results (None: not known yet)
    waiting: list[tuple[int, _Block, int]]  # (key, block screening it, its position there)
    new: list[int]  # keys screened for this block
    new_keys: list[str]
    jobs: list[Any]
    new_values: list[Any] = field(default_factory=list)


def run_blocks(
    blocks: Iterator[list[pa.Array]],
    header: list[str],
    columns: list[str],
    *,
    fmt: str,
    submit: Callable[[list[str], list[list[str]]], Any],
    chunk: int,
    cache_size: int,
    writer: bio.BlockWriter,
    report: Any,
    on_progress: Callable[[int, int | None], None] | None,
    total: int | None,
    exact: Container[str] | None = None,
) -> None:
    """Screen and write every block. ``submit(names, values)`` returns a job whose
    ``get()`` is ``WorkerTables.pack`` of the results of ``make_queries(names, values)``."""
    table = ResultTable(fmt)
    cache = KeyCache(cache_size)
    window: deque[_Block] = deque()
    pending: dict[str, tuple[_Block, int]] = {}  # keys screened for blocks not written yet
    where = bio.distinct_columns(header)
    names = [c for c in _KEY_COLUMNS if c in where]
    read = 0

    def start(raw: list[pa.Array]) -> _Block:
        nonlocal read
        count = len(raw[0]) if raw else 0
        read += count
        # (near the end, fewer rows left than in this block: smaller jobs, so that the
        # workers finish together, neither waiting for the other's last long job)
        size = chunk if total is None or total - read >= count else max(1, chunk // TAIL_SPLIT)
        cols = {name: raw[i] for name, i in where.items()}
        enc = block_keys(cols, exact).dictionary_encode()
        codes = enc.indices.to_numpy()
        keys = enc.dictionary.to_pylist()
        values = cache.get_many(keys)
        waiting = []
        new = []
        for i, v in enumerate(values):
            if v is None:
                hit = pending.get(keys[i])
                if hit is None:
                    new.append(i)
                else:
                    waiting.append((i, *hit))
        new_keys = [keys[i] for i in new]
        if len(names) == 1 and exact is None:  # the keys are the values
            columns = [new_keys]
        else:
            firsts = np.unique(codes, return_index=True)[1]  # codes are 0 .. len(keys) - 1
            rows = pa.array(firsts[new])
            columns = [cols[c].take(rows).to_pylist() for c in names]
        report.screened += len(new)
        jobs = [submit(names, [c[i:i + size] for c in columns])
                for i in range(0, len(new), size)]
        block = _Block(cols, codes, values, waiting, new, new_keys, jobs)
        for j, key in enumerate(block.new_keys):
            pending[key] = (block, j)
        return block

    def finish(block: _Block) -> None:
        texts: list[str] = []
        for job in block.jobs:
            found, text = table.lists(job.get())
            block.new_values += found
            texts += text or ()
        if fmt == "json":
            block.new_values = list(zip(texts, block.new_values, strict=True))
        values = block.values
        for i, value in zip(block.new, block.new_values, strict=True):
            values[i] = value
        for i, other, j in block.waiting:
            values[i] = other.new_values[j]
        cache.put_many(block.new_keys, block.new_values)
        for key in block.new_keys:
            del pending[key]
        _write_block(block, table, columns, fmt, writer, report)
        pa.default_memory_pool().release_unused()  # keep the parent's memory flat
        if on_progress:
            on_progress(report.rows, total)

    for raw in blocks:
        window.append(start(raw))
        while len(window) > AHEAD:
            finish(window.popleft())
    while window:
        finish(window.popleft())


def _write_block(block: _Block, table: ResultTable, columns: list[str], fmt: str,
                 writer: bio.BlockWriter, report: Any) -> None:
    codes, cols, values = block.codes, block.cols, block.values
    texts: Any = None
    if fmt == "json":
        texts = [t for t, _ in values]
        values = [v for _, v in values]
    counts = np.fromiter(map(len, values), np.int64, len(values)) // 8
    flat = np.frombuffer(b"".join(values), np.int32).reshape(-1, 2)
    best = np.zeros((len(values), 2), np.int32)
    has = counts > 0
    best[has] = flat[(np.cumsum(counts) - counts)[has]]
    entry = pa.array(best[codes, 0])
    score = pa.array(best[codes, 1])
    if fmt == "json":
        parts: list[Any] = []
        for i, name in enumerate(cols):
            parts += [("{\"query\": {" if i == 0 else ", ") + json.dumps(name, ensure_ascii=False)
                      + ": ", bio.json_strings(cols[name])]
        results = pa.array(texts, pa.string()).take(pa.array(codes))
        out = [pc.binary_join_element_wise(*parts, "}, \"results\": ", results, "}", "")]
    elif fmt == "csv" and tuple(columns[-_N:]) == RESULT_COLUMNS and not (
            set(RESULT_COLUMNS) & set(columns[:-_N])):
        cells = [bio.csv_quoted(bio.neutralised(cols[name])) for name in columns[:-_N]]
        out = [pc.binary_join_element_wise(
            *cells, table.array("key_source_name").take(entry), table.array("score").take(score),
            table.array("match_eol").take(entry), ",")]
    else:
        result = {name: table.array(name).take(score if name == "score" else entry)
                  for name in RESULT_COLUMNS}
        done: dict[str, pa.Array] = {}
        for name in columns:
            if name not in result and name not in done:
                done[name] = (bio.csv_quoted(bio.neutralised(cols[name])) if fmt == "csv"
                              else cols[name])
        out = [result.get(name, done.get(name)) for name in columns]
        if fmt == "csv":
            out = [pc.binary_join_element_wise(pc.binary_join_element_wise(*out, ","),
                                               "\r\n", "")]
    writer.write(out)
    _audit(block, counts, flat, table, report)
    report.rows += len(codes)


#: the result columns (the fast CSV path: ``match_eol`` is the cells after ``score``)
_N = len(RESULT_COLUMNS)


def _audit(block: _Block, counts: np.ndarray, flat: np.ndarray, table: ResultTable,
           report: Any) -> None:
    """Append the block's matches to ``report.matches``, in row order."""
    codes = block.codes
    if not len(flat):
        return
    is_match = table.array("entry_match")[flat[:, 0]]
    owner = np.repeat(np.arange(len(counts)), counts)
    counts = np.bincount(owner[is_match], minlength=len(counts))
    flat = flat[is_match]
    per_row = counts[codes]
    if not per_row.any():
        return
    rows = np.repeat(np.arange(len(codes)), per_row)
    pick = flat[_ranges((np.cumsum(counts) - counts)[codes], per_row)]
    ids: Any = '"id":null'
    if "id" in block.cols:
        ids = block.cols["id"]
        ids = pc.if_else(pc.equal(ids, ""), '"id":null', pc.binary_join_element_wise(
            '"id":', bio.json_strings(ids), ""))
    pres = table.array("entry_pre")
    heads, tails = table.array("entry_json"), table.array("score_json")
    for at in range(0, len(rows), _LINES):  # a few MB of text at a time
        part = rows[at:at + _LINES]
        entries = pa.array(pick[at:at + _LINES, 0])
        lines = pc.binary_join_element_wise(
            pres.take(entries),
            ids if isinstance(ids, str) else ids.take(pa.array(part)),
            heads.take(entries),
            pc.cast(pa.array(part + (report.rows + 1)), pa.string()),
            tails.take(pa.array(pick[at:at + _LINES, 1])), "")
        report.matches.append_lines(bio.text_bytes(lines), bio.line_offsets(lines))
    report.matched_rows += int(np.count_nonzero(per_row))


def _ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``concatenate([arange(s, s + c) for s, c in zip(starts, counts)])``."""
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, np.int64)
    ends = np.cumsum(counts)
    return np.arange(total) + np.repeat(starts - (ends - counts), counts)
