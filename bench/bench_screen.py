"""Screening benchmark: index build, one-query latency, a plain rapidfuzz scan as the
baseline (same run), a large batch on every core with peak memory, and cross-script pairs
taken from real list entries. Writes bench/out/screen.json.

    .venv/bin/python bench/bench_screen.py [--rows 1000000] [--queries 2000] [--db URL]

The batch: ``--rows`` rows written to a temporary CSV (50,000 queries — 70 % perturbed list
names, 30 % invented names — then perturbations of those: typos, word order, dropped legal
forms, case), screened by ``run_batch`` with 2 worker processes. The load average is
recorded with the figures: the machine may be shared.

The lists: the latest snapshots in ../shared/data (OFAC SDN 2024-05-03, OFAC consolidated
2025-12-19, trade.gov CSL, BIS DPL 2022-09-07, UN SC), ingested into a scratch SQLite file
unless --db is given.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("LISTWATCH_TEST_DATA") or ROOT.parent / "shared" / "data")
LATEST = [
    ("us_ofac_sdn", "ofac_sdn/2024-05-03"),
    ("us_ofac_cons", "ofac_consolidated/2025-12-19"),
    ("us_trade_csl", "trade_gov_csl/2023-11-30"),
    ("us_bis_dpl", "bis_dpl/2022-09-07"),
    ("un_sc", "un_sc_consolidated"),
]
FORMS = {"ltd", "ltd.", "limited", "llc", "inc", "inc.", "co.", "co", "corp", "corp.",
         "corporation", "company", "s.a.", "sa", "gmbh", "ag", "ooo", "jsc", "pjsc", "plc",
         "co.,", "ltd.,", "llc."}
SYLLABLES = ["ka", "lo", "mer", "ta", "vin", "dor", "sel", "bri", "qua", "nor", "pel", "zan",
             "tor", "fi", "gal", "wen", "hob", "rus", "tel", "cam", "ber", "lin", "mo", "ster"]
OWN_WORDS = ["Bakery", "Plumbing", "Consulting", "Garden", "Studio", "Dental", "Logistics",
             "Partners", "Foods", "Textiles", "Software", "Holdings", "Farms", "Books"]


def cpu_model() -> str:
    """The processor's name as the kernel reports it (this workplace's VMs run on more
    than one kind of host, and the figures differ by host)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or platform.machine()


def ingest(url: str) -> None:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    store = Store(url)
    for source, folder in LATEST:
        ingest_paths(store, source, [DATA / folder])
    store.dispose()


# -- queries -------------------------------------------------------------------------


def perturb(name: str, rng: random.Random) -> str:
    """A realistic variant: a typo, word order, a dropped legal form, case."""
    words = name.split()
    kind = rng.random()
    if kind < 0.3 and words:
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 3:
            j = rng.randrange(1, len(w) - 1)
            op = rng.random()
            if op < 0.33:
                w = w[:j] + w[j + 1 :]
            elif op < 0.66:
                w = w[:j - 1] + w[j] + w[j - 1] + w[j + 1 :]
            else:
                w = w[:j] + rng.choice("aeioulnrst") + w[j + 1 :]
        words[i] = w
    elif kind < 0.5 and len(words) > 1:
        rng.shuffle(words)
    elif kind < 0.7:
        kept = [w for w in words if w.lower().strip(",") not in FORMS]
        words = kept or words
    out = " ".join(words)
    r = rng.random()
    return out.lower() if r < 0.3 else out.title() if r < 0.5 else out


def invented(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    if rng.random() < 0.5:
        return f"{word} {rng.choice(OWN_WORDS)} {rng.choice(['Ltd', 'LLC', 'GmbH', 'Inc', ''])}".strip()
    last = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    return f"{word} {last}"


def make_queries(screener: Any, n: int, seed: int) -> list[tuple[str, str | None]]:
    """(query name, expected entry key or None) — 70 % perturbed list names, 30 % not."""
    rng = random.Random(seed)
    versions = [v for v in screener.index.versions if v.valid_to is None and v.name]
    out: list[tuple[str, str | None]] = []
    for _ in range(n):
        if rng.random() < 0.7:
            v = rng.choice(versions)
            out.append((perturb(v.name, rng), v.key))
        else:
            out.append((invented(rng), None))
    return out


# -- measurements --------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def bench_single(screener: Any, queries: list[tuple[str, str | None]]) -> dict[str, Any]:
    for name, _ in queries[:50]:
        screener.screen({"name": name})
    times: list[float] = []
    found = expected = false_pos = unlisted = 0
    for name, key in queries:
        t = time.perf_counter()
        results = screener.screen({"name": name})
        times.append(time.perf_counter() - t)
        if key is None:
            unlisted += 1
            false_pos += bool(results)
        else:
            expected += 1
            found += key in {k for r in results for k in r.get("referents") or [r["key"]]}
    return {
        "queries": len(queries),
        "p50_ms": round(pct(times, 0.5) * 1e3, 3),
        "p90_ms": round(pct(times, 0.9) * 1e3, 3),
        "p99_ms": round(pct(times, 0.99) * 1e3, 3),
        "mean_ms": round(statistics.mean(times) * 1e3, 3),
        "recall_perturbed": round(found / max(1, expected), 4),
        "false_positive_rate_unlisted": round(false_pos / max(1, unlisted), 4),
    }


def bench_baseline(screener: Any, queries: list[tuple[str, str | None]]) -> dict[str, Any]:
    from rapidfuzz import fuzz, process, utils

    choices = list(screener.index.name_text)
    times = []
    found = expected = 0
    for name, key in queries:
        t = time.perf_counter()
        best = process.extractOne(name, choices, scorer=fuzz.WRatio, processor=utils.default_process)
        times.append(time.perf_counter() - t)
        if key is not None and best:
            expected += 1
            found += screener.index.versions[screener.index.name_version[best[2]]].key == key
    return {"queries": len(queries), "names": len(choices),
            "p50_ms": round(pct(times, 0.5) * 1e3, 3),
            "mean_ms": round(statistics.mean(times) * 1e3, 3),
            "top1_exact_entry_share": round(found / max(1, expected), 4)}


class PeakMemory:
    """Samples the memory of this process and its children: the sum of RSS (pages shared
    by fork are counted once per process, so this over-counts) and the sum of PSS (each
    shared page split between the processes sharing it: the memory really used)."""

    def __init__(self, interval: float = 1.0) -> None:
        import psutil

        self.proc = psutil.Process()
        self.error = psutil.Error
        self.interval = interval
        self.peak_rss = 0
        self.peak_pss = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stop.is_set():
            rss = pss = 0
            try:
                for p in [self.proc, *self.proc.children(recursive=True)]:
                    info = p.memory_full_info()
                    rss += info.rss
                    pss += getattr(info, "pss", info.rss)
                self.peak_rss = max(self.peak_rss, rss)
                self.peak_pss = max(self.peak_pss, pss)
            except self.error:  # a child may exit while sampled: skip this sample
                time.sleep(0.01)
            time.sleep(self.interval)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def write_batch(screener: Any, rows: int, path: Path, seed: int) -> dict[int, str | None]:
    """The batch file: 50,000 queries (70 % perturbed list names, 30 % invented), then
    perturbations of those (customer files repeat names). Returns the expected entry of
    the first 50,000 rows (row number, 1-based)."""
    queries = make_queries(screener, 50_000, seed)
    rng = random.Random(seed + 1)
    expected: dict[int, str | None] = {}
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name"])
        for i in range(rows):
            if i < len(queries):
                name, key = queries[i]
                expected[i + 1] = key
            else:
                name = perturb(rng.choice(queries)[0], rng)
            w.writerow([i, name])
    return expected


def bench_batch(screener: Any, rows: int, workdir: Path, seed: int) -> dict[str, Any]:
    from listwatch.screening.batch import run_batch

    src = workdir / "batch.csv"
    expected = write_batch(screener, rows, src, seed)
    out = workdir / "batch-out.csv"
    load_before = os.getloadavg()
    cpu_before = os.times()
    with PeakMemory() as mem:
        report = run_batch(screener, src, out, fmt="csv", workers=2)
    cpu = os.times()
    parent_cpu = cpu.user - cpu_before.user + cpu.system - cpu_before.system
    children_cpu = (cpu.children_user - cpu_before.children_user
                    + cpu.children_system - cpu_before.children_system)
    import resource

    # quality of the batch path on the first 50,000 rows (their expected entries are known)
    keys: dict[int, set[str]] = {}
    for m in report.matches:
        keys.setdefault(m["row"], set()).add(m["key"])
    listed = [r for r, k in expected.items() if k is not None]
    unlisted = [r for r, k in expected.items() if k is None]
    return {
        "rows": report.rows,
        "distinct_queries_screened": report.screened,
        "workers": report.workers,
        "seconds": round(report.seconds, 2),
        "rows_per_second": round(report.rows_per_second),
        "cpu_seconds_parent": round(parent_cpu, 1),
        "cpu_seconds_workers": round(children_cpu, 1),
        "rows_per_cpu_second": round(report.rows / max(1e-9, parent_cpu + children_cpu)),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "matched_rows": report.matched_rows,
        "recall_perturbed_first_50k": round(
            # (a party on several lists is one result, named by one of its listings)
            sum(bool(set(screener.links.referents(expected[r])) & keys.get(r, set()))
                for r in listed) / max(1, len(listed)), 4),
        "false_positive_rate_unlisted_first_50k": round(
            sum(bool(keys.get(r)) for r in unlisted) / max(1, len(unlisted)), 4),
        "peak_rss_sum_mb": round(mem.peak_rss / 2**20),
        "peak_pss_sum_mb": round(mem.peak_pss / 2**20),
        "parent_maxrss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "children_maxrss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }


def bench_scripts(screener: Any) -> dict[str, Any]:
    """Entries that carry a name in another script beside a Latin one: screen that name
    against an index built *without* any name in that script, and see whether the entry is
    found. Arabic and Cyrillic: the ``nameOriginal`` of UN and OFAC entries. Han: every
    name with Han characters (aliases too; "Jin Tiesan (金铁三)" gives the pair 金铁三 ~
    Jin Tiesan and leaves "Jin Tiesan" in the index). Some Han names are translations or
    Korean readings of the Latin ones (朝鲜联合机械贸易会社 ~ Unsan Solid Tools): they are
    counted, and expected to fail."""
    import re

    from listwatch.match.normalize import script_of
    from listwatch.screening.index import NAME_PROPERTIES, NameIndex, Version
    from listwatch.screening.screen import Screener

    groups = {"han": "han", "cyrillic": "cyrillic", "arabic": "arabic"}
    inner = re.compile(r"\s*[(（]([^)）]*)[)）]")

    def split(text: str, script: str) -> tuple[str, list[str]]:
        """(text without parts in ``script``, those parts)"""
        parts = [m.group(1) for m in inner.finditer(text) if script_of(m.group(1)) == script]
        kept = inner.sub(lambda m: "" if script_of(m.group(1)) == script else m.group(0), text)
        if parts and kept.strip() and script_of(kept) != script:
            return kept.strip(), parts
        return ("", [text]) if script_of(text) == script else (text, [])

    stats: dict[str, dict[str, int]] = {}
    for group, script in groups.items():
        stripped = NameIndex()
        pairs: list[tuple[str, Any]] = []
        for v in screener.index.versions:
            props: dict[str, list[str]] = {}
            found: list[str] = []
            for prop, values in v.properties.items():
                if prop not in NAME_PROPERTIES:
                    props[prop] = values
                    continue
                if script != "han" and prop != "nameOriginal":
                    props[prop] = values
                    continue
                kept = []
                for value in values:
                    text, parts = split(value, script)
                    found += parts
                    if text:
                        kept.append(text)
                props[prop] = kept
            name, parts = split(v.name, script) if script == "han" else (v.name, [])
            found += parts
            stripped.add(Version(v.key, v.source, v.schema, name, props, v.valid_from,
                                 v.valid_to))
            if v.valid_to is None:
                pairs += [(text, v) for text in dict.fromkeys(found)]
        bare = Screener.from_index(stripped.finish())
        s = stats[group] = {"pairs": 0, "matched": 0, "other_entries_matched": 0}
        for original, v in pairs:
            s["pairs"] += 1
            results = bare.screen({"name": original, "schema": v.schema}, explain=False)
            s["matched"] += v.key in {k for r in results for k in r.get("referents") or [r["key"]]}
            # (the price of recall: other entries the name matches, namesakes or not)
            s["other_entries_matched"] += sum(
                v.key not in (r.get("referents") or [r["key"]]) for r in results)
    return {k: {**s, "share": round(s["matched"] / max(1, s["pairs"]), 4)}
            for k, s in stats.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--baseline-queries", type=int, default=200)
    parser.add_argument("--db", default=None)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from listwatch.match import compiled
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        url = args.db or f"sqlite:///{work / 'lists.db'}"
        if args.db is None:
            ingest(url)
        store = Store(url)
        report: dict[str, Any] = {"load_average_start": [round(x, 2) for x in os.getloadavg()],
                                  "cpus": os.cpu_count(), "cpu_model": cpu_model(),
                                  # (which build of Python: it changes the figures,
                                  # bench/NOTES.md "Seventh pass")
                                  "python": f"{sys.version.split()[0]} {sys._base_executable}",
                                  # (the compiled screening core, or pure Python and why)
                                  "compiled": compiled.status().reason if compiled.in_use()
                                  else f"pure Python: {compiled.status().reason}"}
        t = time.perf_counter()
        screener = Screener.load(store)
        build = time.perf_counter() - t
        t = time.perf_counter()
        screener.vector()
        vector = time.perf_counter() - t
        report["index"] = {"build_seconds": round(build, 2),
                           "vector_build_seconds": round(vector, 2),
                           "names": len(screener.index),
                           "versions": len(screener.index.versions),
                           "words": len(screener.index.postings)}
        print(json.dumps(report), flush=True)
        queries = make_queries(screener, args.queries, args.seed)
        report["single"] = bench_single(screener, queries)
        print(json.dumps(report["single"]), flush=True)
        report["baseline_rapidfuzz_extractOne_WRatio"] = bench_baseline(
            screener, queries[: args.baseline_queries])
        report["speedup_mean"] = round(
            report["baseline_rapidfuzz_extractOne_WRatio"]["mean_ms"]
            / report["single"]["mean_ms"], 1)
        print(json.dumps(report["baseline_rapidfuzz_extractOne_WRatio"]), flush=True)
        report["scripts"] = bench_scripts(screener)
        print(json.dumps(report["scripts"]), flush=True)
        report["batch"] = bench_batch(screener, args.rows, work, args.seed)
        base_rows_s = 1e3 / report["baseline_rapidfuzz_extractOne_WRatio"]["mean_ms"]
        report["batch"]["speedup_over_extractOne_scan"] = round(
            report["batch"]["rows_per_second"] / base_rows_s, 1)
        print(json.dumps(report["batch"]), flush=True)
        report["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
        store.dispose()
    out = ROOT / "bench" / "out" / "screen.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
