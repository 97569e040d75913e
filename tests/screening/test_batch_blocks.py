"""The block pipeline (Arrow in, cache of distinct keys, vectorised output) gives the
same bytes as the row-at-a-time path (``screen_rows`` + ``csv.writer``/``json.dumps``),
whatever the block size, the cache size and the number of workers."""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest

from listwatch.screening.batch import (
    BatchOptions,
    _count_lines,
    read_chunks,
    run_batch,
    screen_rows,
)
from listwatch.screening.index import NameIndex
from listwatch.screening.screen import Screener

RECORDS = [
    {"key": "t:1", "schema": "Company", "name": "ROSNEFT TRADING S.A.",
     "properties": {"isin": ["RU000A0J2Q06"], "program": ["UKRAINE-EO13662"]}},
    {"key": "t:2", "schema": "Company", "name": "HUAWEI TECHNOLOGIES CO., LTD.",
     "properties": {"isin": ["CND10003ND87"], "divestmentDate": ["2022-06-03"]}},
    {"key": "t:3", "schema": "Person", "name": "AL-TIKRITI, Saddam Hussein", "properties": {}},
    {"key": "t:4", "schema": "Company", "name": "=EVIL \"QUOTED\", LTD",
     "properties": {"program": ["SDGT", "IRAN"]}},
    {"key": "t:5", "schema": "Company", "name": "ROSNEFT OIL COMPANY", "properties": {}},
]
NAMES = ["Rosnef Trading", "=HYPERLINK(\"http://x\")", "Nobody Special Bakery",
         "Saddam Husein Tikriti", "-2+3", "Huawei Technologies", "evil quoted ltd",
         "Rosneft Oil", "line\nbreak, inc", "Łódź \"Trading\"", "@home", "\ttab co", "", "rosneft"]


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.from_index(NameIndex.from_records(RECORDS))


def rows(n: int, seed: int = 1, **extra: list[str]) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        row = {"id": rng.choice([str(i), "", f"=id{i}", f"a,\"{i}\""]), "name": rng.choice(NAMES)}
        for col, values in extra.items():
            row[col] = rng.choice(values)
        out.append(row)
    return out


def write_csv(path: Path, data: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(data[0]))
        w.writeheader()
        w.writerows(data)
    return path


def by_rows(screener: Screener, src: Path, out: Path, fmt: str) -> tuple[bytes, str, int]:
    """The reference: every chunk through ``screen_rows`` (the Dask path, run here)."""
    opts = BatchOptions()

    def runner(chunks):
        return (screen_rows(screener, chunk, opts) for chunk in chunks)

    report = run_batch(screener, src, out, fmt=fmt, opts=opts, chunk_size=5, chunk_runner=runner)
    return out.read_bytes(), report.matches.json_array(), report.matched_rows


def by_blocks(screener: Screener, src: Path, out: Path, fmt: str, **kw: int
              ) -> tuple[bytes, str, int]:
    report = run_batch(screener, src, out, fmt=fmt, **kw)
    return out.read_bytes(), report.matches.json_array(), report.matched_rows


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("kw", [
    {"workers": 1, "block_size": 7, "cache_size": 4, "chunk_size": 3},
    {"workers": 2, "block_size": 16, "chunk_size": 4},
    {"workers": 2, "block_size": 40, "chunk_size": 8, "first_block": 3},
    {"workers": 1, "block_size": 7, "first_block": 2, "cache_size": 5},
    {"workers": 1},
])
def test_blocks_give_the_bytes_of_the_row_path(screener, tmp_path, fmt, kw):
    src = write_csv(tmp_path / "in.csv", rows(120))
    expected = by_rows(screener, src, tmp_path / f"rows.{fmt}", fmt)
    got = by_blocks(screener, src, tmp_path / f"blocks.{fmt}", fmt, **kw)
    assert got == expected
    assert expected[2] > 10
    assert (b"'=HYPERLINK" if fmt == "csv" else b'"=HYPERLINK') in expected[0]


def test_the_first_and_last_blocks_are_smaller_and_the_rest_as_asked(tmp_path):
    """A small first block (the workers start sooner), then blocks of the size asked, and
    a small last block (little left to write after the last jobs), every row once, in
    order, for CSV and Parquet."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from listwatch.screening.batch_io import read_blocks

    data = rows(50)
    src = write_csv(tmp_path / "in.csv", data)
    pq.write_table(pa.Table.from_pylist(data), tmp_path / "in.parquet")
    for path, kind in ((src, "csv"), (tmp_path / "in.parquet", "parquet")):
        for first, size, sizes in ((3, 20, [3, 20, 20, 4, 3]), (None, 20, [20, 20, 10]),
                                   (30, 20, [20, 10, 20]), (1, 50, [1, 48, 1]),
                                   (3, 47, [3, 44, 3]), (3, 44, [3, 44, 3]),
                                   (40, 100, [10, 40])):
            blocks = list(read_blocks(path, ["id", "name"], kind, size, first))
            assert [len(b[0]) for b in blocks] == sizes
            assert [v for b in blocks for v in b[1].to_pylist()] == [r["name"] for r in data]


def test_the_last_jobs_are_smaller(screener, tmp_path):
    """Near the end of the input (fewer rows left than in the block) the distinct queries
    go out in smaller jobs, so that the workers finish together."""
    from listwatch.screening import batch_local
    from listwatch.screening.batch import BatchReport, _workers
    from listwatch.screening.batch_io import BlockWriter, read_blocks

    names = [f"Company number {i}" for i in range(90)]
    src = write_csv(tmp_path / "in.csv", [{"id": str(i), "name": n} for i, n in
                                          enumerate(names)])
    sizes: list[int] = []
    with _workers(screener, BatchOptions(), 1) as submit:
        def counting(names_: list[str], values: list[list[str]]):
            sizes.append(len(values[0]))
            return submit(names_, values)

        report = BatchReport(str(src), "")
        writer = BlockWriter(tmp_path / "out.csv", "csv", ["id", "name", "key", "source",
                                                          "matched_name", "score", "match"])
        batch_local.run_blocks(read_blocks(src, ["id", "name"], "csv", 40), ["id", "name"],
                               writer.columns, fmt="csv", submit=counting, chunk=8,
                               cache_size=1000, writer=writer, report=report,
                               on_progress=None, total=90)
        writer.close()
    # blocks of 40, 40, 10: the first is not near the end (50 rows left), the last two are
    assert sizes == [8] * 5 + [2] * 20 + [2] * 5
    assert report.rows == 90 and report.screened == 90


def test_parquet_output_has_the_row_path_values(screener, tmp_path):
    import pyarrow.parquet as pq

    src = write_csv(tmp_path / "in.csv", rows(80))
    ref = by_rows(screener, src, tmp_path / "rows.parquet", "parquet")
    got = by_blocks(screener, src, tmp_path / "blocks.parquet", "parquet", workers=1,
                    block_size=9, cache_size=6)
    assert got[1:] == ref[1:]
    a, b = pq.read_table(tmp_path / "rows.parquet"), pq.read_table(tmp_path / "blocks.parquet")
    assert a.schema == b.schema and a.to_pylist() == b.to_pylist()


def test_several_key_columns_and_result_named_columns(screener, tmp_path):
    """Rows differing only in country are different queries; input columns named like
    result columns (``score``, ``key``) are overwritten in place, as before."""
    data = rows(60, country=["", "RU", "CN"], score=["x", "=1"], key=["k", ""])
    src = write_csv(tmp_path / "in.csv", data)
    for fmt in ("csv", "json"):
        assert by_blocks(screener, src, tmp_path / f"b.{fmt}", fmt, workers=1, block_size=11) \
            == by_rows(screener, src, tmp_path / f"r.{fmt}", fmt)
    report = run_batch(screener, src, tmp_path / "c.csv", workers=1, block_size=11)
    assert report.screened == len({(r["name"] or None, r["country"] or None) for r in data})


def test_each_distinct_key_is_screened_once_when_the_cache_holds_them(screener, tmp_path):
    data = rows(300)
    src = write_csv(tmp_path / "in.csv", data)
    distinct = len({r["name"] for r in data})
    for block in (4, 50, 1000):
        report = run_batch(screener, src, tmp_path / "o.csv", workers=1, block_size=block)
        assert report.screened == distinct
    # a cache of 2 keys forgets: more screening, same output
    small = run_batch(screener, src, tmp_path / "s.csv", workers=1, block_size=4, cache_size=2)
    assert small.screened > distinct
    assert (tmp_path / "s.csv").read_bytes() == (tmp_path / "o.csv").read_bytes()


TRICKY = [
    "\ufeffid,name\r\n1,a\r\n2,\"b,\r\nc\"\r\n",
    "id,name\r1,a\r2,b\r",
    "id,name\n\n1,a\n\n2,\"x\"\"y\"\n3,\"a\"b\n",
    "id,name,name\n1,first,second\n",
    "name\n\"\"\nx\n",
    "id,name\n1,a\n2,b\n3\n4,c,extra\n5,d\n6,e\n",  # short and long rows, then more
    "id,name\n1,a\n2,b\n3,c\n4,d\n5, \"e\"\n6,f\\,g\n7,h\n",
]


@pytest.mark.parametrize("text", TRICKY)
def test_reading_gives_the_rows_of_csv_dictreader(tmp_path, text):
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode("utf-8"))
    with open(path, newline="", encoding="utf-8-sig") as f:
        expected = [{k: v or "" for k, v in row.items() if k is not None}
                    for row in csv.DictReader(f)]
    for size in (1, 2, 1000):
        got = [row for chunk in read_chunks(path, size) for row in chunk]
        assert got == expected


def test_reading_parquet_gives_str_of_each_value(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [1, None, 3], "name": ["a", None, "c"],
                             "ok": [True, False, None], "x": [1.0, 2.5, None]}), path)
    got = [row for chunk in read_chunks(path, 2) for row in chunk]
    assert got == [{"id": "1", "name": "a", "ok": "True", "x": "1.0"},
                   {"id": "", "name": "", "ok": "False", "x": "2.5"},
                   {"id": "3", "name": "c", "ok": "", "x": ""}]


def test_count_lines_is_the_line_count():
    rng = random.Random(3)
    for _ in range(500):
        text = "".join(rng.choice(["a", "\n", "\r", "\r\n", ","]) for _ in range(rng.randrange(12)))
        f = io.StringIO(text, newline="")
        read = f.read
        f.read = lambda n, read=read: read(2)  # type: ignore[method-assign]
        assert _count_lines(f) == sum(1 for _ in io.StringIO(text, newline=""))


def test_json_output_is_valid_json(screener, tmp_path):
    src = write_csv(tmp_path / "in.csv", rows(30))
    run_batch(screener, src, tmp_path / "o.json", fmt="json", workers=1, block_size=8)
    items = json.loads((tmp_path / "o.json").read_text())
    assert len(items) == 30 and all(set(i) == {"query", "results"} for i in items)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_stdout_gets_the_bytes_of_the_file(screener, tmp_path, capsysbinary, fmt):
    src = write_csv(tmp_path / "in.csv", rows(25))
    run_batch(screener, src, tmp_path / f"o.{fmt}", fmt=fmt, workers=1, block_size=6)
    run_batch(screener, src, None, fmt=fmt, workers=1, block_size=6)
    assert capsysbinary.readouterr().out == (tmp_path / f"o.{fmt}").read_bytes()


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_a_file_with_only_its_header(screener, tmp_path, fmt):
    src = tmp_path / "in.csv"
    src.write_text("id,name\n")
    got = by_blocks(screener, src, tmp_path / f"b.{fmt}", fmt, workers=1)
    ref = by_rows(screener, src, tmp_path / f"r.{fmt}", fmt)
    assert got[1:] == ref[1:] == ("[]", 0)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        a, b = pq.read_table(tmp_path / "b.parquet"), pq.read_table(tmp_path / "r.parquet")
        assert a.schema == b.schema and a.num_rows == b.num_rows == 0
    else:
        assert got[0] == ref[0]


def test_case_variants_are_screened_once_and_listed_spellings_keep_their_score(
        screener, tmp_path):
    """ASCII names differing only in case share one screening, unless a name is written
    exactly as a listed one (that scores "identical", 1.0, the others 0.99): the output is
    still that of screening each row on its own."""
    names = ["ROSNEFT OIL COMPANY", "Rosneft Oil Company", "rosneft oil company",
             "ROSNEFT oil COMPANY", "Łódź Trading", "ŁÓDŹ TRADING"]
    data = [{"id": str(i), "name": names[i % len(names)]} for i in range(60)]
    src = write_csv(tmp_path / "in.csv", data)
    expected = by_rows(screener, src, tmp_path / "rows.csv", "csv")
    for kw in ({"workers": 1, "block_size": 5}, {"workers": 2}):
        assert by_blocks(screener, src, tmp_path / "blocks.csv", "csv", **kw) == expected
        report = run_batch(screener, src, tmp_path / "o.csv", **kw)
        # the listed spelling, the three other ASCII spellings as one, the two non-ASCII ones
        assert report.screened == 4
    scores = {r["name"]: r["score"] for r in csv.DictReader(io.StringIO(expected[0].decode()))}
    assert scores["ROSNEFT OIL COMPANY"] == "1.0000"
    assert scores["Rosneft Oil Company"] == scores["rosneft oil company"] == "0.9900"


def test_audit_values_are_the_audit_keys_in_order(screener):
    """``screen_queries``' compact results: the values of ``AUDIT_KEYS`` in that order (a
    party's ``referents`` and ``datasets`` too), then a match's JSON fragments."""
    from listwatch.screening.batch import _audit_values
    from listwatch.screening.cells import AUDIT_KEYS, fragments

    found = screener.screen_batch([{"name": "Rosneft Trading"}, {"name": "Huawei"}],
                                  brief=True, threshold=0.5)
    results = [r for rs in found for r in rs]
    results.append({**results[0], "referents": ["t:1", "x:9"], "datasets": ["t", "x"]})
    results.append({**results[0], "match": False, "score": 0.1})
    for r in results:
        values = _audit_values(r)
        assert values[:len(AUDIT_KEYS)] == tuple(r.get(k) for k in AUDIT_KEYS)
        assert values[len(AUDIT_KEYS)] == (fragments(r) if r["match"] else None)
    assert any(r["match"] for r in results) and not results[-1]["match"]


def test_a_quote_left_open_is_said(screener, tmp_path):
    """A quote left open makes the rest of the file one cell (as ``csv`` reads it): the
    rows it swallowed are not screened one by one, and the warning says where; a name
    written on two lines is no such case."""
    lines = [f"{i},Company number {i}" for i in range(30)]
    lines[12] = '12,"Open quote'
    src = tmp_path / "in.csv"
    src.write_text("id,name\n" + "\n".join(lines) + "\n", encoding="utf-8")
    report = run_batch(screener, src, tmp_path / "o.csv", workers=1, block_size=8,
                       first_block=3)
    assert report.rows == 13
    said = [w for w in report.warnings if "quote left open" in w]
    assert len(said) == 1 and "data row 13 holds 19 lines" in said[0]
    ok = tmp_path / "ok.csv"
    ok.write_text('id,name\n1,"Two\nlines"\n2,Acme\n', encoding="utf-8")
    assert not run_batch(screener, ok, tmp_path / "o2.csv", workers=1).warnings


@pytest.mark.parametrize("kept", ["set", "hashes"])
def test_block_keys_fold_the_case_of_unlisted_ascii_names_only(kept):
    """A block's keys: an ASCII name not written exactly as a listed one counts in lower
    case; a listed spelling, a non-ASCII name, an empty or missing one is kept as it is;
    the key of several columns prefixes each value by its length. The listed spellings
    as a set or as the screener keeps them (``exact.ExactNames``): the same keys."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from listwatch.screening.batch_local import block_keys
    from listwatch.screening.exact import ExactNames

    spelled = ["ACME LTD", "Ivan Petrov", "Müller GmbH"]
    listed: Any = set(spelled) if kept == "set" else ExactNames.build(spelled)
    rng = random.Random(5)
    pool = ["ACME LTD", "Acme Ltd", "acme ltd", "Ivan Petrov", "IVAN PETROV", "Müller GmbH",
            "MÜLLER GMBH", "Zhang Wei", "", None]
    names = pa.array([rng.choice(pool) for _ in range(500)], pa.string())
    keys = block_keys({"name": names}, listed)
    # (the rule as Arrow states it, over the whole column)
    fold = pc.and_(pc.string_is_ascii(names),
                   pc.invert(pc.is_in(names, value_set=pa.array(sorted(spelled)))))
    assert keys.equals(pc.if_else(fold, pc.utf8_lower(names), names))
    assert set(keys.to_pylist()) == {"ACME LTD", "acme ltd", "Ivan Petrov", "ivan petrov",
                                     "Müller GmbH", "MÜLLER GMBH", "zhang wei", "", None}
    assert block_keys({"name": names}).equals(names)
    two = block_keys({"name": pa.array(["Acme Ltd", "ACME LTD"]),
                      "country": pa.array(["ru", "ru"])}, listed)
    assert two.to_pylist() == ["8:acme ltd:2:ru", "8:ACME LTD:2:ru"]


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_a_run_that_fails_leaves_no_half_written_output(screener, tmp_path, fmt):
    src = write_csv(tmp_path / "in.csv", rows(300, seed=7))
    out = tmp_path / f"o.{fmt}"
    out.write_bytes(b"an earlier result\n")

    def interrupted(done: int, total: int | None) -> None:
        raise KeyboardInterrupt  # as a user's Ctrl-C or a worker's crash mid-run

    with pytest.raises(KeyboardInterrupt):
        run_batch(screener, src, out, fmt=fmt, workers=1, chunk_size=50,
                  on_progress=interrupted)
    assert out.read_bytes() == b"an earlier result\n"  # the earlier file as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", f"o.{fmt}"]

    report = run_batch(screener, src, out, fmt=fmt, workers=1, chunk_size=50)
    assert report.rows == 300 and out.read_bytes() != b"an earlier result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.csv", f"o.{fmt}"]


def test_the_workers_share_what_the_first_query_works_out(tmp_path: Path) -> None:
    # (made in the parent before the fork: each worker would otherwise count every
    # listed word and mark every valid name on its own)
    from listwatch.match import commonness

    index = NameIndex.from_records(RECORDS)
    index.common_keys = None  # (an index that did not count its words when built)
    fresh = Screener.from_index(index)
    assert commonness._SOURCE[0] is not None  # (observed, not counted yet)
    assert not commonness._LEAST[0]
    src = write_csv(tmp_path / "in.csv", rows(50))
    report = run_batch(fresh, src, tmp_path / "out.csv", fmt="csv", workers=2,
                       opts=BatchOptions(as_of="2024-01-01", sources=["t"]))
    assert report.rows == 50
    assert commonness._SOURCE[0] is None and commonness._LEAST[0] > 0
    assert ("2024-01-01", ("t",)) in fresh.vector().masks


def test_candidates_retrieved_a_few_queries_at_a_time_are_the_same(monkeypatch) -> None:
    # (a large index retrieves a job's candidates in slices: ``RETRIEVAL_PAIRS``)
    import listwatch.screening.screen as screen_module

    fresh = Screener.from_index(NameIndex.from_records(RECORDS))
    queries = [{"name": n} for n in NAMES] * 2
    whole = fresh.screen_batch(queries, brief=True)
    monkeypatch.setattr(screen_module, "RETRIEVAL_PAIRS", 2 * len(fresh.index.name_text))
    assert fresh.screen_batch(queries, brief=True) == whole
    assert sum(map(len, whole)) >= 10  # (results to compare)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_result_table_columns_grow_with_their_parts(fmt):
    """``ResultTable.array`` appends the parts added since it was last asked for: each
    column, asked for between additions, holds every part so far, in order."""
    from listwatch.screening.batch_local import ResultTable

    table = ResultTable(fmt)
    for step in range(3):
        for i in range(step * 4, step * 4 + 4 - step):
            table._add_entry((f"k:{i}", "src", f"=Name, {i}", i % 2 == 0,
                              ('"datasets":["x"],', f'"key":"k:{i}"') if i % 3 else None,
                              "", "src"))
            table._add_score((float, 0.5 + i / 100, '"score":0.5' if i % 2 else None))
        for name in [*table.cols, "entry_match"]:
            values = table.entry_match if name == "entry_match" else table.cols[name]
            got = table.array(name)
            assert (got.tolist() if name == "entry_match" else got.to_pylist()) == values
        assert len(table.entry_match) == len(table.cols["score"]) == 1 + (step + 1) * 4 - sum(
            range(step + 1))  # (parts added at every step, asked for in between)
