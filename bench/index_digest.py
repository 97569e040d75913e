"""Build the screening index of a store, say what it cost and how the work was shared,
and print a digest of every field: two trees built on the same store must give the
same digests (run each with the same PYTHONHASHSEED: words come in set order).

    PYTHONHASHSEED=0 LISTWATCH_COMPILED=0 PYTHONPATH=TREE/src \\
        .venv/bin/python bench/index_digest.py sqlite:///STORE.db [--out A.json] [--compare B.json]

Prints JSON: the CPU seconds of this process and of its helper (``bulk_norm``) for
``NameIndex.from_store``, then for the links, the vector view and the parties
(``Screener.load``'s other steps), the wall clock, the load average, resident memory after
the build, the pool's balance (chunks done here and by the helper, seconds this process
waited for it, the helper's seconds of work and of life) and a SHA-256 (12 hex digits) of
each of the index's fields. ``--compare`` names the fields whose digests differ from an
earlier run's output (exit status 1 when any does).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _digest(obj: Any) -> str:
    if isinstance(obj, bytes):
        data = obj
    else:
        data = json.dumps(obj, default=lambda o: o.hex() if isinstance(o, bytes) else sorted(o),
                          ensure_ascii=False).encode()
    return hashlib.sha256(data).hexdigest()[:12]


def digests(ix: Any) -> dict[str, str]:
    """A digest of each field of a ``NameIndex``."""
    fields = ("original", "kind", "text", "tokens", "forms", "numbers", "script", "native")
    # (a field an older tree's index lacks is left out, not compared)
    extra = {"id_props": _digest(list(ix.id_props))} if hasattr(ix, "id_props") else {}
    return {**extra,
        "versions": _digest([(v.key, v.source, v.schema, v.name, v.properties, v.valid_from,
                              v.valid_to) for v in ix.versions]),
        "name_text": _digest(ix.name_text),
        "name_version": _digest(list(ix.name_version)),
        "name_weight": _digest(np.asarray(ix.name_weight).tobytes()),
        "name_norm": _digest([[sorted(n.forms) if f == "forms" else getattr(n, f)
                               for f in fields] for n in ix.name_norm]),
        "postings": _digest([(w, p.tolist()) for w, p in ix.postings.items()]),
        "idf": _digest(list(ix.idf.items())),
        "common": _digest(sorted(ix.common)),
        "words": _digest(ix.words),
        "vocab": _digest(ix.vocab),
        "fuzzy": _digest(ix.fuzzy.hashes.tobytes() + ix.fuzzy.words.tobytes()),
        "skeleton": _digest(ix.skeleton.hashes.tobytes() + ix.skeleton.words.tobytes()),
        "identifiers": _digest(list(ix.identifiers.items())),
        "intervals": _digest(list(ix.intervals.items())),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="the store's URL")
    ap.add_argument("--out", type=Path, help="write the JSON there too")
    ap.add_argument("--compare", type=Path, help="an earlier run's --out: fields that differ")
    args = ap.parse_args()

    import psutil

    from listwatch.screening import bulk_norm
    from listwatch.screening.index import NameIndex
    from listwatch.screening.links import anchors, find_links, main_names
    from listwatch.screening.vector import VectorIndex
    from listwatch.store.db import Store

    pools: list[Any] = []
    close = bulk_norm.Pool.close

    def keep(self: Any) -> None:  # (the pool's figures, once its helpers are closed)
        close(self)
        pools.append(self)

    bulk_norm.Pool.close = keep  # type: ignore[method-assign]
    store = Store(args.db)
    load = [round(os.getloadavg()[0], 2)]
    t0, c0, h0 = time.perf_counter(), time.process_time(), _children_cpu()
    ix = NameIndex.from_store(store)
    t1, c1, h1 = time.perf_counter(), time.process_time(), _children_cpu()
    rss = psutil.Process().memory_info().rss / 2**20
    links = find_links(ix)
    vector = VectorIndex.build(ix)
    main_names(ix)
    anchors(ix)
    t2, c2 = time.perf_counter(), time.process_time()
    load.append(round(os.getloadavg()[0], 2))
    out: dict[str, Any] = {
        "db": args.db, "versions": len(ix.versions), "names": len(ix),
        "build_cpu": round(c1 - c0, 2), "build_cpu_helper": round(h1 - h0, 2),
        "build_wall": round(t1 - t0, 1), "after_cpu": round(c2 - c1, 2),
        "wall": round(t2 - t0, 1), "load": load, "rss_after_build_mb": round(rss),
        "links": len(links),
    }
    for pool in pools[:1]:
        out["pool"] = {"chunks_here": pool.done_here, "chunks_helpers": pool.done_by_helpers,
                       "waited_s": round(getattr(pool, "waited", 0.0), 2),
                       "helpers_work_life_s": getattr(pool, "helper_times", [])}
    out["digest"] = {**digests(ix),
                     "matrix": _digest(vector.matrix.indptr.tobytes()
                                       + vector.matrix.indices.tobytes())}
    text = json.dumps(out, indent=1)
    print(text)
    if args.out:
        args.out.write_text(text)
    if args.compare:
        other = json.loads(args.compare.read_text())["digest"]
        differ = sorted(k for k, v in out["digest"].items() if k in other and other[k] != v)
        print("differ:", ", ".join(differ) or "none")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
