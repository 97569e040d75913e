"""A batch's worker processes start ready: what screening loads on first use is loaded
as a worker starts (``batch._worker_start``), while the parent reads the first block, and
the modules the workers run import no pyarrow (the parent imports it once they are
forked). Each test runs in a fresh interpreter: this one has loaded much already."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="batch workers are forked (Linux)")

_JOB = textwrap.dedent("""
    import json, multiprocessing as mp, sys
    from listwatch.screening import batch
    from listwatch.screening.batch_worker import WorkerTables
    from listwatch.screening.index import NameIndex
    from listwatch.screening.screen import Screener

    RECORDS = [{"key": "t:1", "schema": "Company", "name": "ROSNEFT TRADING S.A.", "properties": {}},
               {"key": "t:2", "schema": "Person", "name": "Ivan Petrov", "properties": {}}]
    NAMES = ["王伟", "華信貿易有限公司", "Иван Петров", "김민수", "محمد علي", "Acme Trading LLC Iran",
             "Rosneft Trading"]

    def modules_of_a_job(names):
        before = set(sys.modules)
        packed = batch._worker_queries(["name"], [names])
        return sorted(set(sys.modules) - before), len(packed[1])

    screener = Screener.from_index(NameIndex.from_records(RECORDS))
    batch._STATE.update(screener=screener, opts=batch.BatchOptions(), tables=WorkerTables(),
                        freeze=True)
    out = {}
    for start in ("with", "without"):
        init = batch._worker_start if start == "with" else None
        with mp.get_context("fork").Pool(1, initializer=init, initargs=(0,) if init else ()) as pool:
            out[start] = pool.apply(modules_of_a_job, (NAMES,))
    print(json.dumps(out))
""")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_a_worker_loads_before_its_first_job_what_screening_loads_on_first_use() -> None:
    out = json.loads(_run(_JOB).strip().splitlines()[-1])
    loaded_with, found_with = out["with"]
    loaded_without, found_without = out["without"]
    # without the start, the first job's Han names load pypinyin (and more) ...
    assert any(m.startswith("pypinyin") for m in loaded_without), loaded_without
    # ... with it, nothing: the job only screens, and finds the same
    assert loaded_with == []
    assert found_with == found_without >= 1


def test_what_the_workers_run_imports_no_pyarrow() -> None:
    code = textwrap.dedent("""
        import sys
        import listwatch.screening.batch, listwatch.screening.batch_worker
        import listwatch.screening.screen, listwatch.screening.batch_input
        print(sorted(m for m in sys.modules if m.split(".")[0] == "pyarrow"))
    """)
    assert _run(code).strip() == "[]"
