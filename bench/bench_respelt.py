"""Arabic-script names of the lists respelt as people write them: is the entry still
found first? Each current Arabic-script name of the lists is written again with one kind
of variant at a time (a final ى for ي and back, hamza seats on and off the alif, ة as ه,
ئ as ي, vowel signs, a tatweel) and screened; a variant counts as found when a result
holding the entry is a match and ties the first. Writes bench/out/respelt.json.

    .venv/bin/python bench/bench_respelt.py --db URL [--seed 7] [--show 10]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

_HARAKAT = "\u064e\u064f\u0650\u0651\u0652"
_FINAL_YA = re.compile("ي(?=\\s|$)")
_FINAL_ALIF_MAQSURA = re.compile("ى(?=\\s|$)")
_FIRST_ALIF = re.compile("(?<![\\w])ا")
_SEATED_ALIF = re.compile("[أإآ]")
_JOINING = "بتثجحخسشصضطظعغفقكلمنهي"


def variants(name: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, respelt name) for each kind of variant the name allows."""
    out = []
    if _FINAL_YA.search(name):
        out.append(("final ى for ي", _FINAL_YA.sub("ى", name)))
    if _FINAL_ALIF_MAQSURA.search(name):
        out.append(("final ي for ى", _FINAL_ALIF_MAQSURA.sub("ي", name)))
    if "ة" in name:
        out.append(("ه for ة", name.replace("ة", "ه")))
    if _FIRST_ALIF.search(name):
        out.append(("hamza seat added", _FIRST_ALIF.sub("أ", name)))
    if _SEATED_ALIF.search(name):
        out.append(("hamza seat dropped", _SEATED_ALIF.sub("ا", name)))
    if "ؤ" in name:
        out.append(("و for ؤ", name.replace("ؤ", "و")))
    if "ئ" in name:
        out.append(("ي for ئ", name.replace("ئ", "ي")))
    out.append(("vowel signs", "".join(
        c + (rng.choice(_HARAKAT) if c.isalpha() and rng.random() < 0.4 else "")
        for c in name)))
    out.append(("tatweel", re.sub(f"(?<=[{_JOINING}])(?=[\\u0600-\\u06ff])", "ـ", name,
                                  count=1)))
    return [(k, v) for k, v in out if v != name]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    from listwatch.match.normalize import script_of
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    screener = Screener.load(Store(args.db))
    index = screener.index
    keys: dict[str, set[str]] = {}
    for text, vid in zip(index.name_text, index.name_version, strict=True):
        version = index.versions[vid]
        if script_of(text) == "arabic" and version.valid_to is None:
            keys.setdefault(text, set()).add(version.key)
    rng = random.Random(args.seed)
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    missed = []
    for name in sorted(keys):
        for kind, query in variants(name, rng):
            total[kind] += 1
            results = screener.screen({"name": query}, explain=False)
            top = results[0]["score"] if results else 0.0
            if any(r["match"] and r["score"] >= top - 1e-9
                   and set(r.get("referents") or [r["key"]]) & keys[name] for r in results):
                found[kind] += 1
            else:
                missed.append({"kind": kind, "listed": name, "query": query,
                               "first": [(r["name"], r["score"]) for r in results[:2]]})
    for kind in total:
        print(f"{kind:22s} {found[kind]:5d} / {total[kind]}")
    print(f"{len(keys)} names, {sum(found.values())} of {sum(total.values())} respellings "
          f"found first")
    for row in missed[: args.show]:
        print("  missed:", row)
    out = ROOT / "bench" / "out" / "respelt.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"names": len(keys), "respellings": sum(total.values()),
                               "found": sum(found.values()),
                               "by_kind": {k: [found[k], total[k]] for k in total},
                               "missed": missed}, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
