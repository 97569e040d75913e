"""The audit record of a batch: the CPU and wall time of ``record_screening`` for the
matches of a batch screening already recorded, written again into a scratch copy of the
lists (the record then verified: certificate checks, chain).

    .venv/bin/python bench/bench_audit_record.py --db LISTS.db --from SCREENED.db
        [--screening ID] [--repeat 3]

``--from``: a database where ``listwatch screen --input FILE`` recorded the batch
(``--screening``: its id, default the latest); ``--db``: the lists the scratch copies are
made from (each run writes into a fresh copy). Run it with ``PYTHONPATH`` set to the
``src`` of each checkout to compare (the matches are the same bytes for both)."""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--from", dest="source", type=Path, required=True)
    parser.add_argument("--screening", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import numpy as np

    from listwatch.screening.cells import Matches
    from listwatch.store.audit import record_screening
    from listwatch.store.db import Store
    from listwatch.store.verify import verify_screening

    con = sqlite3.connect(args.source)
    sid = args.screening or con.execute("SELECT max(id) FROM screenings").fetchone()[0]
    text, rows = con.execute("SELECT results, query_count FROM screenings WHERE id = ?",
                             (sid,)).fetchone()
    con.close()
    lines = [json.dumps(m, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
             .encode() + b"\n" for m in json.loads(text)]
    starts = np.cumsum([0] + [len(x) for x in lines[:-1]]).astype("int64")
    for _ in range(args.repeat):
        matches = Matches()
        matches.append_lines(b"".join(lines), starts)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "lists.db"
            shutil.copyfile(args.db, db)
            store = Store(f"sqlite:///{db}")
            load = os.getloadavg()[0]
            t, c = time.perf_counter(), cpu()
            new = record_screening(store, queries={"file": "batch", "rows": rows,
                                                   "sha256": "0" * 64},
                                   results=matches, as_of=None, threshold=0.8,
                                   snapshots={}, query_count=rows)
            wall, used = time.perf_counter() - t, cpu() - c
            ok = verify_screening(store, new)["ok"]
            store.dispose()
        matches.close()
        print(json.dumps({"src": str(Path(sys.modules["listwatch"].__file__ or "").parent),
                          "matches": len(lines), "mb": round(len(text.encode()) / 2**20, 1),
                          "wall_s": round(wall, 3), "cpu_s": round(used, 3),
                          "load": round(load, 2), "verified": ok}), flush=True)
        if not ok:
            raise SystemExit("the record does not verify")


if __name__ == "__main__":
    main()
