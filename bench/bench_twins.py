"""Cross-list twins on the real lists: how many are one entity, and does every surface
answer with ONE result carrying every listing. Writes bench/out/twins.json and, for
reading by a person, bench/out/twins-read.txt.

    PYTHONPATH=src python bench/bench_twins.py --db sqlite:////tmp/twins.db --build
    PYTHONPATH=src python bench/bench_twins.py --db URL [--sample 60] [--read 40]

``--build`` ingests the real lists of ../shared/data (OFAC SDN 2024-05-03, OFAC
consolidated 2025-12-19, the complete trade.gov CSL of 2022-05-16, BIS DPL, UN SC
2026-02-27, the two EU FSF excerpts of 2020-04-15 as one snapshot, the OFSI list of
2020-04-27) into ``--db``.

**Twins** (the truth, made without the linker's code): entries of different sources that
share an identifier value: any identifier property (IMO, ISIN, LEI, USCC, SWIFT BIC, MMSI,
passport, registration, tax or id numbers), the value after its label when it has one,
letters and digits only, at least 5 characters with 3 digits; or a UN reference number
(``QDi.123``, however it is written after its label; the old Al-Qaida / Taliban form
``QI.A.123.03`` as ``QDi.123``, ``TE.H.10.12`` as ``TAe.010``). Free text is not read (a note
quotes the references of associated parties). The two entries must be both persons or both
not, and their kinds of identifier agree (the same, or a labelled id number against any
kind). A value held by two entries of one list is not a party's (an address's, a
ministry's, a group of companies') and is left out; held by one entry of each of any
number of lists, it is.

**Recall**: twins whose two entries are in one cluster of the Screener's links (the
entity the surfaces return). **Precision**: ``--read`` links drawn at random are written
with both entries' names, birth dates, countries and identifiers to twins-read.txt for a
person to read (the count of those read and found wrong goes to bench/NOTES.md), and the
links whose entries share no identifier and whose names score under 0.8 against each
other are counted.

**Named twins**: persons of different lists with one full birth date whose names have a
rapidfuzz token-sort ratio of 90 or more (transliterations: Andreevich / Andreyevich);
recall over them, and those not linked written for reading (namesakes born the same day,
twins, brothers are among them: read, not counted as misses blindly).

**Surfaces**: for ``--sample`` clusters of twins (among them every cluster on three lists
or more, up to half the sample), the main name of one listing is screened through the CLI
(``screen --input FILE --format json`` and ``screen NAME`` for a few), ``POST
/match/default``, ``GET /search/default`` and the search page. Each must give ONE result
holding the cluster's keys, whose ``referents`` and ``datasets`` carry every listing,
whose score is the best of the listings' own scores (screened unlinked), and the entity
route ``/entities/{key}`` of each listing must give the same referents and one timeline
holding every listing's events.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("LISTWATCH_TEST_DATA") or ROOT.parent / "shared" / "data")
OUT = ROOT / "bench" / "out"
LISTS = [
    ("us_ofac_sdn", ["ofac_sdn/2024-05-03"]),
    ("us_ofac_cons", ["ofac_consolidated/2025-12-19"]),
    ("us_trade_csl", ["trade_gov_csl/2022-05-16"]),
    ("us_bis_dpl", ["bis_dpl/2022-09-07"]),
    ("un_sc", ["un_sc_consolidated/2026-02-27"]),
    ("gb_hmt", ["gb_ofsi_conlist/2020-04-27"]),
]
ID_PROPS = ("imoNumber", "isin", "leiCode", "uscCode", "swiftBic", "mmsi", "passportNumber",
            "registrationNumber", "taxNumber", "idNumber", "innCode", "ogrnCode")
UN_REF = re.compile(r"\b([A-Z]{2}[ei])\s*\.\s*(\d{3})\b", re.IGNORECASE)
#: the old form of Al-Qaida / Taliban references (``QI.A.123.03`` is ``QDi.123``,
#: ``TE.H.10.12`` ``TAe.010``: the UN kept the numbers when it renumbered)
OLD_UN_REF = re.compile(r"\b([QT])\.?([IE])\.[A-Z]\.(\d{1,3})\.\d{2}\b", re.IGNORECASE)


def build(url: str) -> None:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    store = Store(url)
    for source, folders in LISTS:
        ingest_paths(store, source, [DATA / f for f in folders])
    # the two EU excerpts of one export, as one snapshot (the reader wants eu_fsf.xml)
    eu = DATA / "eu_fsf" / "2020-04-15"
    with tempfile.TemporaryDirectory() as tmp:
        parts = [(eu / n).read_text(encoding="utf-8") for n in sorted(os.listdir(eu))]
        head, _, _ = parts[0].partition("<sanctionEntity")
        bodies = [p[p.index("<sanctionEntity"):p.rindex("</export>")] for p in parts]
        folder = Path(tmp) / "2020-04-15"
        folder.mkdir()
        (folder / "eu_fsf.xml").write_text(head + "".join(bodies) + "</export>\n",
                                           encoding="utf-8")
        ingest_paths(store, "eu_fsf", [folder])
    store.dispose()


def _clean(value: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", value.upper())


def identifiers(props: dict[str, list[str]]) -> set[tuple[str, str]]:
    """``(kind, value)`` of an entry's own identifiers, as the truth reads them (free text
    is not read: a note quotes the references of associated parties too)."""
    out: set[tuple[str, str]] = set()
    for prop in ID_PROPS:
        for raw in props.get(prop, ()):
            un = UN_REF.search(raw) if prop == "idNumber" and "UN" in raw.upper() else None
            if un:
                out.add(("un_ref", (un.group(1) + un.group(2)).upper()))
                continue
            old = OLD_UN_REF.search(raw) if prop == "idNumber" and "UN" in raw.upper() \
                else None
            if old:
                regime = {"Q": "QD", "T": "TA"}[old.group(1).upper()]
                out.add(("un_ref", f"{regime}{old.group(2)}{old.group(3).zfill(3)}".upper()))
                continue
            # "Label: VALUE" (or, in some files, "VALUE: Label"): the part with digits
            parts = [p for p in raw.split(":") if p.strip()] or [raw]
            value = _clean(max(parts, key=lambda p: sum(c.isdigit() for c in p)))
            if prop == "imoNumber" and value.startswith("IMO"):
                value = value[3:]
            if len(value) >= 5 and sum(c.isdigit() for c in value) >= 3:
                out.add((prop if prop != "idNumber" else "id", value))
    return out


def _compatible(kinds_a: set[str], kinds_b: set[str]) -> set[str]:
    """The kinds under which two holders of one value agree: the same kind, or a labelled
    id number (``id``) against any kind."""
    same = kinds_a & kinds_b
    either = kinds_a | kinds_b
    if same or "un_ref" in either:
        return same
    return either if "id" in either else set()


def _person(schema: str) -> bool:
    return schema == "Person"


def twins(index: Any) -> dict[tuple[str, str], set[str]]:
    """``{(key_a, key_b): {kind}}`` of the current entries of different sources, both
    persons or both not, sharing an identifier value (of agreeing kinds) that each list
    holding it gives to one entry only."""
    current: dict[str, Any] = {}
    for ver in index.versions:
        if ver.valid_to is None:
            current[ver.key] = ver
    holders: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, ver in current.items():
        for kind, value in identifiers(ver.properties):
            holders[value][key].add(kind)
    pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for _value, held in holders.items():
        per_source = Counter(current[k].source for k in held)
        if len(held) < 2 or max(per_source.values()) > 1:
            continue  # two entries of one list hold it: not one party's
        ks = sorted(held)
        for i, a in enumerate(ks):
            for b in ks[i + 1:]:
                va, vb = current[a], current[b]
                if va.source == vb.source or _person(va.schema) != _person(vb.schema):
                    continue
                kinds = _compatible(held[a], held[b])
                if kinds:
                    pairs[(a, b)].update(kinds)
    return dict(pairs)


def named_twins(index: Any, floor: float = 90.0) -> dict[tuple[str, str], tuple[float, str]]:
    """``{(key_a, key_b): (name similarity, birth date)}``: persons of different lists
    with the same full birth date whose names (any of them, normalised, words sorted)
    have a rapidfuzz token-sort ratio of at least ``floor``: the twins written in other
    spellings (truth by a method the linker does not use; it includes namesakes born the
    same day, which a person reads)."""
    import itertools

    from rapidfuzz import fuzz

    current = {v.key: vid for vid, v in enumerate(index.versions) if v.valid_to is None}
    names: dict[str, set[str]] = defaultdict(set)
    for nid, vid in enumerate(index.name_version):
        ver = index.versions[vid]
        if current.get(ver.key) == vid and ver.schema == "Person":
            names[ver.key].add(" ".join(sorted(index.name_norm[nid].tokens)))
    by_birth: dict[str, set[str]] = defaultdict(set)
    for key in names:
        for d in index.versions[current[key]].properties.get("birthDate", []):
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d[:10]):
                by_birth[d[:10]].add(key)
    out: dict[tuple[str, str], tuple[float, str]] = {}
    for d, keys in by_birth.items():
        if len(keys) > 60:  # a placeholder date (1 January)
            continue
        for a, b in itertools.combinations(sorted(keys), 2):
            if a.split(":")[0] == b.split(":")[0]:
                continue
            best = max(fuzz.token_sort_ratio(x, y) for x in names[a] for y in names[b])
            if best >= floor:
                out[(a, b)] = (round(best, 1), d)
    return out


def describe(ver: Any) -> str:
    p = ver.properties
    bits = [f"{ver.key} [{ver.schema}] {ver.name!r}"]
    for prop in ("birthDate", "country", "nationality", "imoNumber", "passportNumber",
                 "registrationNumber", "idNumber"):
        if p.get(prop):
            bits.append(f"{prop}={'; '.join(map(str, p[prop][:3]))}")
    return "  ".join(bits)


def check_result(results: list[dict[str, Any]], group: tuple[str, ...], best: float,
                 key_of: str = "key") -> list[str]:
    """What is wrong with the results of a twin's name (empty: right)."""
    holding = [r for r in results
               if {r.get(key_of), *(r.get("referents") or [])} & set(group)]
    if not holding:
        return ["no result holds the entity"]
    problems = []
    if len(holding) > 1:
        problems.append(f"{len(holding)} results hold the entity")
    r = holding[0]
    keys = {r.get(key_of), *(r.get("referents") or [])}
    if not set(group) <= keys:
        problems.append(f"referents lack {sorted(set(group) - keys)}")
    sources = {k.split(':', 1)[0] for k in group}
    if not sources <= set(r.get("datasets") or [r.get("source")]):
        problems.append(f"datasets lack {sorted(sources - set(r.get('datasets') or []))}")
    if r.get("score") is not None and best - float(r["score"]) > 1e-6:
        problems.append(f"score {r['score']} below the best listing's {best}")
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--build", action="store_true")
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--read", type=int, default=40)
    ap.add_argument("--no-surfaces", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cli-single", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.build:
        t0 = time.perf_counter()
        build(args.db)
        print(f"built in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

    from fastapi.testclient import TestClient

    from listwatch.api.app import create_app
    from listwatch.screening.links import EntityLinks
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    store = Store(args.db)
    screener = Screener.load(store, cache=None)
    index = screener.index
    links = screener.links
    latest = {v.key: v for v in index.versions if v.valid_to is None}
    truth = twins(index)
    report: dict[str, Any] = {"db": args.db, "load": os.getloadavg()[0],
                              "entries": len(latest), "links": len(links.links),
                              "clustered_keys": len(links.cluster), "twins": len(truth)}
    # -- recall --------------------------------------------------------------------
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    by_pair: dict[str, Counter[str]] = defaultdict(Counter)
    missed = []
    for (a, b), kinds in truth.items():
        ok = links.cluster.get(a) is not None and links.cluster.get(a) == links.cluster.get(b)
        pair_name = "–".join(sorted({a.split(':')[0], b.split(':')[0]}))
        for kind in kinds:
            by_kind[kind]["linked" if ok else "missed"] += 1
        by_pair[pair_name]["linked" if ok else "missed"] += 1
        if not ok:
            missed.append((a, b, sorted(kinds)))
    linked = sum(1 for p in truth if links.cluster.get(p[0]) is not None
                 and links.cluster.get(p[0]) == links.cluster.get(p[1]))
    report["recall"] = round(linked / len(truth), 4) if truth else None
    report["recall_linked"] = linked
    report["recall_by_kind"] = {k: dict(v) for k, v in sorted(by_kind.items())}
    report["recall_by_lists"] = {k: dict(v) for k, v in sorted(by_pair.items())}
    named = named_twins(index)
    named_ok = [p for p in named if links.cluster.get(p[0]) is not None
                and links.cluster.get(p[0]) == links.cluster.get(p[1])]
    report["named_twins"] = len(named)
    report["named_recall"] = round(len(named_ok) / len(named), 4) if named else None
    named_missed = sorted(set(named) - set(named_ok), key=lambda p: -named[p][0])
    # -- precision: links to read --------------------------------------------------
    from listwatch.match.scorer import default_scorer  # noqa: F401  (scorer warm-up)

    all_links = sorted(links.links)
    shown = rng.sample(all_links, min(args.read, len(all_links)))
    lines = ["# links drawn at random: read each pair, count the ones that are two parties", ""]
    for a, b in shown:
        if a not in latest or b not in latest:
            continue
        lines += [describe(latest[a]), describe(latest[b]),
                  "  reasons: " + " | ".join(links.links[(a, b)]), ""]
    lines += ["", "# twins not linked (a sample)", ""]
    for a, b, kinds in missed[:40]:
        if a in latest and b in latest:
            lines += [describe(latest[a]), describe(latest[b]), f"  shared: {kinds}", ""]
    lines += ["", "# same birth date, names alike (token-sort >= 90), not linked", ""]
    for a, b in named_missed[:60]:
        if a in latest and b in latest:
            lines += [describe(latest[a]), describe(latest[b]), f"  {named[(a, b)]}", ""]
    spelled = [p for p, rs in links.links.items() if any("spelled two ways" in r for r in rs)
               and len(rs) == 1]
    lines += ["", "# links by names spelled two ways alone (a sample)", ""]
    for a, b in rng.sample(sorted(spelled), min(args.read, len(spelled))):
        if a in latest and b in latest:
            lines += [describe(latest[a]), describe(latest[b]), ""]
    report["links_by_spelling_alone"] = len(spelled)
    (OUT / "twins-read.txt").write_text("\n".join(lines), encoding="utf-8")
    report["links_written_for_reading"] = len(shown)
    reason_kinds = Counter(r.split(":")[0] for rs in links.links.values() for r in rs[:1])
    report["links_by_first_reason"] = dict(reason_kinds.most_common())
    big = Counter(len(set(g)) for g in links.cluster.values())
    report["clusters_by_size"] = {str(k): v // k for k, v in sorted(big.items())}
    # -- surfaces ------------------------------------------------------------------
    if args.no_surfaces:
        print(json.dumps(report, indent=1))
        return
    groups = sorted({links.cluster[a] for a, b in truth
                     if links.cluster.get(a) and links.cluster.get(a) == links.cluster.get(b)})
    groups = [g for g in groups if all(k in latest for k in g)]
    multi = [g for g in groups if len({k.split(':')[0] for k in g}) >= 3]
    chosen = rng.sample(multi, min(len(multi), args.sample // 2))
    rest = [g for g in groups if g not in chosen]
    chosen += rng.sample(rest, min(len(rest), args.sample - len(chosen)))
    cases = []
    for g in chosen:
        key = rng.choice(list(g))
        cases.append({"group": g, "key": key, "name": latest[key].name,
                      "schema": latest[key].schema})
    # each listing's own best score for the name, screened with no links
    alone = Screener(index, screener.snapshots, screener.max_snapshot_id, screener.scorer)
    alone._links = EntityLinks()
    alone._vector = screener._vector
    for c in cases:
        res = alone.screen({"name": c["name"], "schema": c["schema"]}, limit=50,
                           min_score=0.0)
        c["best"] = max((r["score"] for r in res if r["key"] in c["group"]), default=0.0)
    fails: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def judge(surface: str, case: dict[str, Any], results: list[dict[str, Any]],
              key_of: str = "key") -> None:
        problems = check_result(results, case["group"], case["best"], key_of)
        if problems:
            fails[surface].append({"name": case["name"], "group": case["group"],
                                   "problems": problems})

    env = {**os.environ, "LISTWATCH_DB": args.db}
    exe = shutil.which("listwatch") or str(Path(sys.executable).with_name("listwatch"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "names.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["name"])
            for c in cases:
                w.writerow([c["name"]])
        out = subprocess.run([exe, "screen", "--input", str(path), "--format", "json",
                              "--threshold", "0.7"], env=env, capture_output=True, text=True,
                             check=True)
        items = json.loads(out.stdout)
    for c, item in zip(cases, items, strict=True):
        judge("cli_batch", c, item["results"])
    for c in cases[:args.cli_single]:
        out = subprocess.run([exe, "screen", c["name"], "--format", "json"], env=env,
                             capture_output=True, text=True, check=True)
        judge("cli_single", c, json.loads(out.stdout)[0]["results"])
    with TestClient(create_app(args.db)) as client:
        for c in cases:
            body = {"queries": {"q": {"schema": c["schema"], "properties": {"name": [c["name"]]}}}}
            r = client.post("/match/default", json=body, params={"audit": "false"})
            r.raise_for_status()
            judge("api_match", c, r.json()["responses"]["q"]["results"], "id")
            r = client.get("/search/default", params={"q": c["name"], "limit": 10})
            r.raise_for_status()
            judge("api_search", c, r.json()["results"], "id")
            page = client.get("/", params={"q": c["name"]}).text
            found = [k for k in c["group"] if f"/entity/{quote(k)}" in page]
            if not found:
                fails["page_search"].append({"name": c["name"], "group": c["group"],
                                             "problems": ["no listing linked from the page"]})
            for k in c["group"]:
                if k not in page:
                    fails["page_search"].append({"name": c["name"], "group": c["group"],
                                                 "problems": [f"{k} not shown"]})
                    break
            ent = client.get(f"/entities/{c['key']}").json()
            problems = []
            if set(ent.get("referents") or []) != set(c["group"]):
                problems.append("entity referents differ from the cluster")
            keys = {e.get("key") for e in ent.get("timeline", []) if e.get("key")}
            if not set(c["group"]) <= keys:
                problems.append(f"timeline lacks {sorted(set(c['group']) - keys)}")
            if problems:
                fails["api_entity"].append({"name": c["name"], "group": c["group"],
                                            "problems": problems})
            page = client.get(f"/entity/{c['key']}").text
            if not all(k in page for k in c["group"]):
                fails["page_entity"].append({"name": c["name"], "group": c["group"],
                                             "problems": ["not every listing on the page"]})
    surfaces = ["cli_batch", "cli_single", "api_match", "api_search", "page_search",
                "api_entity", "page_entity"]
    report["sample"] = len(cases)
    report["sample_three_lists"] = sum(1 for c in cases
                                       if len({k.split(':')[0] for k in c["group"]}) >= 3)
    report["surfaces"] = {s: {"checked": args.cli_single if s == "cli_single" else len(cases),
                              "failed": len(fails.get(s, []))} for s in surfaces}
    report["failures"] = {s: v[:10] for s, v in fails.items()}
    (OUT / "twins.json").write_text(json.dumps(report, indent=1, ensure_ascii=False),
                                    encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items() if k != "failures"}, indent=1))
    for s, v in fails.items():
        print(s, len(v), v[:3])
    store.dispose()


if __name__ == "__main__":
    main()
