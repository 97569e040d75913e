"""Crashes: ``kill -9`` of ``listwatch ingest`` at random moments, on SQLite and PostgreSQL.

After every kill the database passes an integrity check (SQLite ``PRAGMA integrity_check``
and our invariants), holds whole snapshots only (exactly the versions an uninterrupted
ingest has up to that snapshot), and a rerun ends in exactly the uninterrupted final state.
Readers in other processes during an ingest never error and never see a partial snapshot.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text

BIN = Path(sys.executable).parent / "listwatch"
#: Three real SDN snapshots (gzipped, ~9,100 entries each, a few dozen changes between them).
DATES = ("2021-08-18", "2021-09-02", "2021-10-06")
KILLS = 20
SEED = 6


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Path:
    folder = tmp_path_factory.mktemp("sdn_history")
    for day in DATES:
        shutil.copytree(shared_data / "ofac_sdn_history" / day, folder / day)
    return folder


class Databases:
    """Fresh empty databases of one kind, made and dropped by the test."""

    def __init__(self, kind: str, tmp: Path) -> None:
        self.kind, self.tmp, self.made = kind, tmp, []  # type: list[str]
        self.admin = None
        if kind == "postgres":
            base = os.environ.get("LISTWATCH_TEST_PG")
            if not base:
                pytest.fail("LISTWATCH_TEST_PG is not set: run the suite with `make test`",
                            pytrace=False)
            self.base = base
            self.admin = create_engine(base, isolation_level="AUTOCOMMIT")

    def new(self) -> str:
        name = f"lw_crash_{uuid.uuid4().hex[:10]}"
        if self.kind == "sqlite":
            return f"sqlite:///{self.tmp / (name + '.db')}"
        assert self.admin is not None
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self.made.append(name)
        return self.base.rsplit("/", 1)[0] + "/" + name

    def drop(self, url: str) -> None:
        if self.kind == "sqlite":
            for suffix in ("", "-wal", "-shm"):
                Path(url.split("///", 1)[1] + suffix).unlink(missing_ok=True)
            return
        assert self.admin is not None
        name = url.rsplit("/", 1)[1]
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.made.remove(name)

    def close(self) -> None:
        if self.admin is not None:
            for name in list(self.made):
                with self.admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            self.admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def dbs(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Databases]:
    d = Databases(request.param, tmp_path)
    yield d
    d.close()


def start_ingest(url: str, folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LISTWATCH_DB": url}
    # its own process group, so the kill takes the parse worker too (as a power cut would)
    return subprocess.Popen([str(BIN), "ingest", str(folder), "--source", "us_ofac_sdn"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def run_ingest(url: str, folder: Path) -> float:
    t0 = time.perf_counter()
    proc = start_ingest(url, folder)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    return time.perf_counter() - t0


# --- state and invariants ---------------------------------------------------------------

State = dict[str, Any]


def has_schema(url: str) -> bool:
    """Whether the migrations ran; they run in one transaction, so all tables or none."""
    engine = create_engine(url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    if "schema_migrations" not in tables:
        assert not tables, f"a half-made schema: {sorted(tables)}"
        return False
    assert {"snapshots", "versions", "blobs"} <= tables
    return True


def read_state(url: str) -> State:
    if not has_schema(url):
        return {"snapshots": [], "versions": set()}
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            snaps = [tuple(r) for r in conn.execute(text(
                "SELECT date, seq, record_count, added, removed, changed, content_hash "
                "FROM snapshots WHERE source = 'us_ofac_sdn' ORDER BY seq"))]
            vers = {tuple(r) for r in conn.execute(text(
                "SELECT key, hash, first_seq, until_seq, valid_from, valid_to FROM versions "
                "WHERE source = 'us_ofac_sdn'"))}
    finally:
        engine.dispose()
    return {"snapshots": snaps, "versions": vers}


def check_integrity(url: str) -> None:
    if not has_schema(url):
        return
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if url.startswith("sqlite"):
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert conn.execute(text("PRAGMA foreign_key_check")).first() is None
            q = conn.execute
            assert q(text(
                "SELECT source, key FROM versions WHERE until_seq IS NULL "
                "GROUP BY source, key HAVING count(*) > 1")).first() is None, "two open versions"
            assert q(text(
                "SELECT v.id FROM versions v WHERE NOT EXISTS (SELECT 1 FROM snapshots s "
                "WHERE s.source = v.source AND s.seq = v.first_seq) OR (v.until_seq IS NOT NULL "
                "AND NOT EXISTS (SELECT 1 FROM snapshots s WHERE s.source = v.source "
                "AND s.seq = v.until_seq))")).first() is None, "a version names a missing snapshot"
            assert q(text(
                "SELECT id FROM versions WHERE until_seq IS NOT NULL AND until_seq <= first_seq"
            )).first() is None, "an empty validity interval"
            bad = q(text(
                "SELECT s.seq, s.record_count, (SELECT count(*) FROM versions v WHERE "
                "v.source = s.source AND v.first_seq <= s.seq AND (v.until_seq IS NULL OR "
                "v.until_seq > s.seq)) AS n FROM snapshots s")).all()
            assert all(r.record_count == r.n for r in bad), f"record_count != versions: {bad}"
            seqs = [r[0] for r in q(text(
                "SELECT seq FROM snapshots WHERE source = 'us_ofac_sdn' ORDER BY seq"))]
            assert seqs == list(range(1, len(seqs) + 1)), f"seq gaps: {seqs}"
            for (files,) in q(text("SELECT files FROM snapshots")):
                for f in json.loads(files):
                    assert q(text("SELECT 1 FROM blobs WHERE sha256 = :h"),
                             {"h": f["sha256"]}).first() is not None, "a raw file is missing"
    finally:
        engine.dispose()


def prefix_of(reference: State, k: int) -> State:
    """The state an uninterrupted ingest had after its first ``k`` snapshots."""
    versions = set()
    for key, digest, first, until, vfrom, vto in reference["versions"]:
        if first > k:
            continue
        if until is not None and until > k:
            until, vto = None, None
        versions.add((key, digest, first, until, vfrom, vto))
    return {"snapshots": reference["snapshots"][:k], "versions": versions}


def snapshot_count(url: str) -> int:
    """How many whole snapshots the database holds now (0 before the schema exists).

    Read while an ingest writes: a reader never blocks it (WAL on SQLite, MVCC on
    PostgreSQL). The SQLite file is not opened before the ingest created it (opening would
    create it)."""
    if url.startswith("sqlite") and not Path(url.split("///", 1)[1]).exists():
        return 0
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(
                "SELECT count(*) FROM snapshots WHERE source = 'us_ofac_sdn'")).scalar_one()
    except Exception:  # no schema yet, or the file is being created
        return 0
    finally:
        engine.dispose()


def kill_when(proc: subprocess.Popen[bytes], url: str, after: int, delay: float) -> bool:
    """Kill ``proc`` (its whole group) ``delay`` seconds after the database holds ``after``
    snapshots; False if it finished first."""
    while snapshot_count(url) < after:
        if proc.poll() is not None:
            return False
        time.sleep(0.02)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        return True


def stage_times(url: str, folder: Path) -> list[float]:
    """Run a whole ingest, watching the database: the seconds each snapshot took to become
    whole (the first includes the process's start-up; the last ends when the process does)."""
    started = time.perf_counter()
    proc = start_ingest(url, folder)
    marks: list[float] = []
    while proc.poll() is None:
        n = snapshot_count(url)
        marks += [time.perf_counter() - started] * (n - len(marks))
        time.sleep(0.02)
    _, err = proc.communicate()
    assert proc.returncode == 0, err.decode()
    marks += [time.perf_counter() - started] * (len(DATES) - len(marks))
    return [b - a for a, b in zip([0.0, *marks[:-1]], marks, strict=True)]


def test_kill_9_during_ingest(dbs: Databases, history: Path) -> None:
    ref_url = dbs.new()
    stages = stage_times(ref_url, history)
    reference = read_state(ref_url)
    idle = run_ingest(ref_url, history)  # a rerun with nothing new: start-up and checks only
    assert read_state(ref_url) == reference
    dbs.drop(ref_url)
    assert [s[0] for s in reference["snapshots"]] == list(DATES)
    rng = random.Random(f"{SEED}:{dbs.kind}")
    # Episodes on a fresh database: one kill while each snapshot is being written (the run
    # waits until the previous ones are whole, then dies after a random delay up to the time
    # that snapshot took in the reference run, plus a rerun's start-up when it resumes past
    # those), then a rerun to the end. Anchored to what the database holds, the kills fall
    # in every snapshot however fast or slow the machine is today (kills timed only from the
    # start of each run once all landed before the first commit, on a loaded machine).
    # Resumed runs die in their start-up too: a crash during recovery is a crash too.
    kills = runs = completed = 0
    seen_counts: list[int] = []
    while kills < KILLS:
        url = dbs.new()
        for after, took in enumerate(stages):
            runs += 1
            assert runs <= KILLS * 4, f"the ingest kept finishing before the kill: {seen_counts}"
            # a run that starts with that many snapshots whole first parses everything again
            start_up = idle if after and snapshot_count(url) >= after else 0.0
            delay = rng.random() * (took + start_up)
            proc = start_ingest(url, history)
            kills += kill_when(proc, url, after, delay)
            _, err = proc.communicate(timeout=60)
            assert proc.returncode in (0, -signal.SIGKILL), err.decode()
            check_integrity(url)
            state = read_state(url)
            k = len(state["snapshots"])
            seen_counts.append(k)
            assert state == prefix_of(reference, k), \
                f"not whole snapshots after a kill ({after} whole, then {delay:.2f}s)"
            if proc.returncode == 0:  # it finished first: exactly the uninterrupted result
                break
        else:
            runs += 1
            run_ingest(url, history)  # the rerun after the last kill completes
            check_integrity(url)
        assert read_state(url) == reference
        completed += 1
        dbs.drop(url)
    # the kills were spread over the ingest: they left different numbers of whole snapshots
    assert len(set(seen_counts)) >= 2 and min(seen_counts) < len(DATES), seen_counts
    print(f"{dbs.kind}: snapshots took {', '.join(f'{t:.1f}' for t in stages)}s, a rerun "
          f"with nothing new {idle:.1f}s; {kills} "
          f"kills in {runs} runs, {completed} completed; snapshots whole after each run: "
          f"{seen_counts}")


# --- readers during an ingest -----------------------------------------------------------

READER = textwrap.dedent("""
    import json, sys, time, traceback
    from pathlib import Path
    from listwatch.store.db import Store
    from listwatch.summary import sources_summary
    from listwatch.history.diff import diff
    from listwatch.store.snapshots import list_snapshots
    url, stop, out = sys.argv[1], Path(sys.argv[2]), open(sys.argv[3], "w")
    store = Store(url)
    screens = 0
    while not stop.exists():
        obs = {}
        try:
            row = next(s for s in sources_summary(store) if s["id"] == "us_ofac_sdn")
            obs["summary"] = [row["snapshots"], row["records"]]
            with store.connect() as conn:
                snaps = list_snapshots(conn, "us_ofac_sdn")
            if len(snaps) >= 2:
                d = diff(store, "us_ofac_sdn", snaps[0].date, snaps[-1].date)
                obs["diff"] = [d["from"], d["to"], len(d["added"]), len(d["removed"]),
                               len(d["changed"])]
            if screens < 6:
                from listwatch.screening.screen import Screener
                screener = Screener.load(store, sources=["us_ofac_sdn"])
                current = sum(1 for v in screener.index.versions if v.valid_to is None)
                hits = screener.screen({"name": "ROSNEFT TRADING S.A."})
                obs["screen"] = [current, bool(hits and hits[0]["match"])]
                screens += 1
        except Exception:
            obs["error"] = traceback.format_exc()
        out.write(json.dumps(obs) + "\\n")
        out.flush()
        time.sleep(0.02)
""")


def _wait_until(done: Any, timeout: float = 120.0) -> None:
    """Poll ``done()`` until it is true or ``timeout`` seconds have passed."""
    end = time.monotonic() + timeout
    while not done() and time.monotonic() < end:
        time.sleep(0.05)


def test_readers_never_see_a_partial_snapshot(dbs: Databases, history: Path,
                                              tmp_path: Path) -> None:
    ref_url = dbs.new()
    run_ingest(ref_url, history)
    reference = read_state(ref_url)
    dbs.drop(ref_url)
    counts = [s[2] for s in reference["snapshots"]]
    whole_summaries = {(0, 0)} | {(i + 1, c) for i, c in enumerate(counts)}
    url = dbs.new()
    # create the schema first, so readers and writer do not race to create it
    from listwatch.store.db import Store
    Store(url).dispose()
    script = tmp_path / "reader.py"
    script.write_text(READER)
    stop = tmp_path / "stop"
    logs = [tmp_path / f"reader{i}.jsonl" for i in range(2)]
    readers = [subprocess.Popen([sys.executable, str(script), url, str(stop), str(log)],
                                stderr=subprocess.PIPE) for log in logs]
    final = [len(counts), counts[-1]]
    try:
        # (the readers are up when each has written an observation: on a loaded machine
        # their start-up can outlast the whole ingest)
        _wait_until(lambda: all(log.exists() and log.read_text().strip() for log in logs))
        run_ingest(url, history)
        _wait_until(lambda: any(f'"summary": {json.dumps(final)}' in log.read_text()
                                for log in logs))
    finally:
        stop.touch()
        for r in readers:
            _, err = r.communicate(timeout=120)
            assert r.returncode == 0, err.decode()
    observations = [json.loads(line) for log in logs for line in log.read_text().splitlines()]
    errors = [o["error"] for o in observations if "error" in o]
    assert not errors, errors[0]
    summaries = {tuple(o["summary"]) for o in observations}
    assert summaries <= whole_summaries, summaries - whole_summaries
    assert len(summaries) >= 2, "the readers saw no snapshot arrive"
    # a diff between the first and the latest snapshot is always the diff of whole snapshots
    engine = create_engine(url)
    from listwatch.history.diff import diff as diff_of
    store = Store(url)
    expected_diffs = {}
    for later in DATES[1:]:
        d = diff_of(store, "us_ofac_sdn", DATES[0], later)
        expected_diffs[(DATES[0], later)] = [len(d["added"]), len(d["removed"]), len(d["changed"])]
    store.dispose()
    engine.dispose()
    for o in observations:
        if "diff" in o:
            frm, to, *sizes = o["diff"]
            assert sizes == expected_diffs[(frm, to)], o
        if "screen" in o:
            current, matched = o["screen"]
            assert current in {0, *counts}, o
            assert matched == (current > 0), o
    dbs.drop(url)
