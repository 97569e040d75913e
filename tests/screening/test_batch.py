"""Batch screening: CSV/Parquet in and out, order, CSV injection, Dask = local."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from listwatch.errors import ConfigError
from listwatch.screening.batch import BatchOptions, run_batch
from listwatch.screening.index import NameIndex
from listwatch.screening.screen import Screener
from listwatch.text import neutralise

ROWS = [
    {"key": "t:1", "schema": "Company", "name": "ROSNEFT TRADING S.A.",
     "properties": {"isin": ["RU000A0J2Q06"], "program": ["UKRAINE-EO13662"]}},
    {"key": "t:2", "schema": "Company", "name": "HUAWEI TECHNOLOGIES CO., LTD.",
     "properties": {"isin": ["CND10003ND87"], "divestmentDate": ["2022-06-03"]}},
    {"key": "t:3", "schema": "Person", "name": "AL-TIKRITI, Saddam Hussein", "properties": {}},
]
INPUT = [
    {"id": "r1", "name": "Rosnef Trading", "identifier": ""},
    {"id": "r2", "name": "=HYPERLINK(\"http://x\")", "identifier": ""},
    {"id": "r3", "name": "", "identifier": "CND10003ND87"},
    {"id": "r4", "name": "Nobody Special Bakery", "identifier": ""},
    {"id": "r5", "name": "Saddam Husein Tikriti", "identifier": ""},
    {"id": "r6", "name": "-2+3", "identifier": ""},
]


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.from_index(NameIndex.from_records(ROWS))


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_neutralise():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("+49 30") == "'+49 30"
    assert neutralise("Rosneft") == "Rosneft"
    assert neutralise(0.5) == 0.5


@pytest.mark.parametrize("workers", [1, 2])
def test_csv_in_csv_out_order_and_injection(screener, tmp_path, workers):
    src = write_csv(tmp_path / "in.csv", INPUT * 50)
    out = tmp_path / "out.csv"
    report = run_batch(screener, src, out, fmt="csv", workers=workers, chunk_size=7)
    rows = read_csv(out)
    assert report.rows == len(rows) == 300
    assert [r["id"] for r in rows] == [r["id"] for r in INPUT * 50]
    assert list(rows[0])[:3] == ["id", "name", "identifier"]
    assert {"key", "source", "matched_name", "score", "match"} <= set(rows[0])
    first = rows[:6]
    assert first[0]["key"] == "t:1" and first[0]["match"] == "true"
    assert first[1]["name"].startswith("'=") and first[5]["name"] == "'-2+3"
    assert first[2]["key"] == "t:2"
    assert first[3]["key"] == "" and first[3]["match"] == "false"
    assert first[4]["key"] == "t:3"
    assert report.matched_rows == 150
    assert report.matches[0]["row"] == 1 and report.matches[0]["key"] == "t:1"


def test_parquet_in_parquet_out(screener, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(INPUT), src)
    out = tmp_path / "out.parquet"
    run_batch(screener, src, out, fmt="parquet", workers=1)
    table = pq.read_table(out).to_pylist()
    assert [r["id"] for r in table] == [r["id"] for r in INPUT]
    assert table[0]["key"] == "t:1" and table[0]["match"] is True
    assert table[3]["score"] is None and table[3]["match"] is False


def test_json_out_has_design_shape(screener, tmp_path):
    src = write_csv(tmp_path / "in.csv", INPUT)
    out = tmp_path / "out.json"
    run_batch(screener, src, out, fmt="json", workers=1, opts=BatchOptions(limit=3))
    items = json.loads(out.read_text())
    assert len(items) == len(INPUT)
    assert items[0]["query"]["id"] == "r1"
    top = items[0]["results"][0]
    assert {"key", "source", "name", "caption", "score", "match", "explanation",
            "listed_from", "listed_to"} <= set(top)
    assert top["explanation"]
    assert items[2]["results"][0]["divestment_date"] == "2022-06-03"


def test_identifier_only_column(screener, tmp_path):
    src = write_csv(tmp_path / "isin.csv", [{"identifier": "CND10003ND87"},
                                            {"identifier": "US0000000000"}])
    out = tmp_path / "o.csv"
    run_batch(screener, src, out, workers=1)
    rows = read_csv(out)
    assert rows[0]["key"] == "t:2" and rows[1]["key"] == ""


def test_missing_columns_is_a_config_error(screener, tmp_path):
    src = write_csv(tmp_path / "bad.csv", [{"address": "x", "ref": "1"}])
    with pytest.raises(ConfigError) as info:
        run_batch(screener, src, tmp_path / "o.csv")
    assert "address" in info.value.message and "ref" in info.value.message
    with pytest.raises(ConfigError):
        run_batch(screener, tmp_path / "missing.csv", tmp_path / "o.csv")


@pytest.mark.realdata
def test_dask_local_cluster_gives_the_same_output(shared_data, tmp_path):
    from distributed import LocalCluster

    from listwatch.screening.batch_dask import dask_runner
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    url = f"sqlite:///{tmp_path / 'dpl.db'}"
    store = Store(url)
    ingest_paths(store, "us_bis_dpl", [shared_data / "bis_dpl" / "2022-09-07"])
    screener = Screener.load(store)
    names = [v.name for v in screener.index.versions[:40]]
    rows = [{"id": str(i), "name": n if i % 3 else n.lower()[::-1]} for i, n in enumerate(names)]
    src = write_csv(tmp_path / "in.csv", rows)
    local_out, dask_out = tmp_path / "local.csv", tmp_path / "dask.csv"
    run_batch(screener, src, local_out, workers=1, chunk_size=9)
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None,
                      processes=True) as cluster:
        opts = BatchOptions()
        runner = dask_runner(cluster.scheduler_address, url, screener.max_snapshot_id, opts)
        report = run_batch(screener, src, dask_out, opts=opts, chunk_size=9, chunk_runner=runner)
    assert report.rows == len(rows)
    assert dask_out.read_text() == local_out.read_text()
    assert sum(r["match"] == "true" for r in read_csv(local_out)) >= 20
    store.dispose()


def test_batch_retrieval_agrees_with_single_queries(screener):
    """screen_batch (sparse retrieval for many queries) gives the results of screen()."""
    queries = [{"name": r["name"]} for r in INPUT if r["name"]] + [{"name": "Huawei Tech"}]
    batch = screener.screen_batch(queries, explain=False)
    single = [screener.screen(q, explain=False) for q in queries]
    assert [[(r["key"], r["score"]) for r in rs] for rs in batch] == [
        [(r["key"], r["score"]) for r in rs] for rs in single]
    brief = screener.screen_batch(queries, brief=True)
    assert brief[0][0]["key"] == "t:1" and "properties" not in brief[0][0]


_HEAP_PROBE = """
import sys
from listwatch.screening.memory import keep_heap
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096
kept = keep_heap(int(sys.argv[1]))
block = b"x" * (24 << 20)  # (every page written)
held = rss()
del block
print(kept, held - rss())
"""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux's /proc")
def test_a_worker_keeps_freed_memory_for_its_next_job():
    """With ``keep_heap`` a freed 24 MB block stays in the process (the next job reuses
    its pages); without it, the C library gives it back at once."""
    import subprocess
    import sys

    def freed(mb: int) -> tuple[str, int]:
        out = subprocess.run([sys.executable, "-c", _HEAP_PROBE, str(mb)], check=True,
                             capture_output=True, text=True).stdout.split()
        return out[0], int(out[1])

    kept, given_back = freed(64)
    assert kept == "True" and given_back < 4 << 20
    kept, given_back = freed(0)
    assert kept == "False" and given_back > 20 << 20


#: One party on three lists (a passport and a birth date link them) and a namesake.
PARTY = [
    {"key": "un_sc:1", "schema": "Person", "name": "KIM CHOL SU",
     "properties": {"birthDate": ["1961-02-03"], "passportNumber": ["PD1234567"]}},
    {"key": "us_ofac_sdn:9", "schema": "Person", "name": "KIM, Chol Su",
     "properties": {"birthDate": ["1961-02-03"]}},
    {"key": "eu_fsf:5", "schema": "Person", "name": "Chol-Su Kim",
     "properties": {"passportNumber": ["PD 1234567"]}},
    {"key": "us_ofac_sdn:10", "schema": "Person", "name": "KIM, Chol Su",
     "properties": {"birthDate": ["1977-07-07"]}},
]


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("workers", [1, 2])
def test_batch_audit_rows_carry_the_party_listings_of_a_single_screening(
        store, tmp_path, fmt, workers):
    from listwatch.store.audit import get_screening, record_screening

    screener = Screener.from_index(NameIndex.from_records(PARTY))
    query = {"name": "Kim Chol Su", "schema": "Person"}
    single = screener.screen(query, explain=False)
    party = next(r for r in single if r.get("referents"))
    assert party["referents"] == ["eu_fsf:5", "un_sc:1", "us_ofac_sdn:9"]
    rows = [{"id": f"c{i}", **query} for i in range(3)] + [{"id": "n", "name": "Nobody Else"}]
    report = run_batch(screener, write_csv(tmp_path / "in.csv", rows), tmp_path / f"o.{fmt}",
                       fmt=fmt, workers=workers)
    sid = record_screening(store, queries={"file": "in.csv", "rows": len(rows)},
                           results=report.matches, as_of=None, threshold=0.7, snapshots={})
    one = record_screening(store, queries=[query], results=[{"query": query,
                                                             "results": single}],
                           as_of=None, threshold=0.7, snapshots={})
    kept = get_screening(store, sid)["results"]
    alone = next(r for r in get_screening(store, one)["results"][0]["results"]
                 if r.get("referents"))
    merged = [m for m in kept if m["key"] == party["key"]]
    assert [m["id"] for m in merged] == ["c0", "c1", "c2"]
    for m in merged:  # as the single screening's record keeps them
        assert m["referents"] == alone["referents"] == party["referents"]
        assert m["datasets"] == alone["datasets"] == ["eu_fsf", "un_sc", "us_ofac_sdn"]
        assert m["listed_from"] == alone["listed_from"]
    namesake = [m for m in kept if m["key"] == "us_ofac_sdn:10"]
    assert namesake and all("referents" not in m and "datasets" not in m for m in namesake)


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"])
def test_batch_matches_are_stored_as_canonical_json_as_they_are(tmp_path, fmt):
    """The audit record stores ``Matches.json_array()`` without parsing it again: it must
    be the canonical JSON of the matches, whatever the ids hold."""
    from listwatch.store.audit import canonical_json

    screener = Screener.from_index(NameIndex.from_records(PARTY + ROWS))
    ids = ['q"uote', "back\\slash", "tab\there", "ünï 中", "", "\x01ctl", "plain"]
    names = ["Kim Chol Su", "Rosnef Trading", "Saddam Husein Tikriti"]
    rows = [{"id": i, "name": n} for i in ids for n in names]
    report = run_batch(screener, write_csv(tmp_path / "in.csv", rows), tmp_path / f"o.{fmt}",
                       fmt=fmt, workers=1)
    text = report.matches.json_array()
    parsed = json.loads(text)
    assert len(parsed) == len(report.matches) > len(rows)
    assert text == canonical_json(parsed)
    assert {m["id"] for m in parsed} == {i or None for i in ids}


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
@pytest.mark.parametrize("path", ["blocks", "blocks_2", "rows"])
def test_csv_and_parquet_rows_name_every_listing_of_the_party(tmp_path, fmt, path):
    """CSV and Parquet rows end with the best result's ``referents`` and ``datasets``
    (joined by ``;``; the key and source alone for an entry on one list), after the
    columns they had before, whose cells stay those of the best result."""
    import pyarrow.parquet as pq

    from listwatch.screening.batch import screen_rows
    from listwatch.screening.cells import cell

    screener = Screener.from_index(NameIndex.from_records(PARTY))
    kim = {"name": "Kim Chol Su", "schema": "Person"}
    other = {"name": "KIM, Chol Su", "schema": "Person", "birth_date": "1977-07-07"}
    rows = ([{"id": f"c{i}", **kim, "birth_date": ""} for i in range(3)]
            + [{"id": "o", **other}, {"id": "n", "name": "Nobody Else", "schema": "",
                                      "birth_date": ""}])
    opts = BatchOptions()
    runner = ((lambda chunks: (screen_rows(screener, c, opts) for c in chunks))
              if path == "rows" else None)
    out = tmp_path / f"o.{fmt}"
    run_batch(screener, write_csv(tmp_path / "in.csv", rows), out, fmt=fmt, opts=opts,
              workers=2 if path == "blocks_2" else 1, chunk_runner=runner, chunk_size=2)
    if fmt == "csv":
        with open(out, newline="", encoding="utf-8") as f:
            header, *cells = list(csv.reader(f))
    else:
        table = pq.read_table(out)
        header = table.column_names
        cells = [[cell(v) for v in r.values()] for r in table.to_pylist()]
    assert header == ["id", "name", "schema", "birth_date", "key", "source", "matched_name",
                      "score", "match", "referents", "datasets"]
    for row, got in zip(rows, cells, strict=True):
        query = {k: v for k, v in row.items() if v and k != "id"}
        best = screener.screen(query, explain=False)[0] if row["id"] != "n" else None
        old = [best["key"], best["source"], best["name"], cell(best["score"]),
               cell(best["match"])] if best else ["", "", "", "", "false"]
        assert got[:4] == [row[k] for k in header[:4]]
        assert got[4:9] == old  # the columns as before
        if row["id"].startswith("c"):
            assert got[9:] == ["eu_fsf:5;un_sc:1;us_ofac_sdn:9", "eu_fsf;un_sc;us_ofac_sdn"]
        elif row["id"] == "o":
            assert best["key"] == "us_ofac_sdn:10"
            assert got[9:] == ["us_ofac_sdn:10", "us_ofac_sdn"]
        else:
            assert got[9:] == ["", ""]
