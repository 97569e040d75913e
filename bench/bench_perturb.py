"""Recall by kind of perturbation: real list names changed one way at a time, screened one
query at a time; a row counts when the entry it came from is among the matches.

.venv/bin/python bench/bench_perturb.py [--names 1000] [--db URL] [--seed 11]

The names: current versions of the lists that ``bench_screen.py`` loads (ingested into a
scratch SQLite file unless ``--db`` names one), ASCII, of two words or more, a random
sample. The kinds are not those of ``bench_screen.py``'s batch (typos, word order, a
dropped legal form, case) but others a customer file has: words joined or hyphenated, two
typos, a first name as an initial, a word dropped, a generic word added, punctuation,
"Last, First", accents, a long word cut short, the name cut at 35 characters (a payment
message's field). Writes bench/out/perturb.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOISE = ["Group", "Holding", "International", "Trading", "The"]


def kinds(rng: random.Random) -> dict[str, Callable[[str], str]]:
    def join2(n: str) -> str:
        w = n.split()
        i = rng.randrange(len(w) - 1)
        return " ".join(w[:i] + [w[i] + w[i + 1]] + w[i + 2:])

    def hyphen(n: str) -> str:
        w = n.split()
        i = rng.randrange(len(w) - 1)
        return " ".join(w[:i] + [w[i] + "-" + w[i + 1]] + w[i + 2:])

    def two_typos(n: str) -> str:
        w = list(n)
        for _ in range(2):
            i = rng.randrange(1, len(w) - 1)
            if w[i].isalpha():
                w[i] = rng.choice("aeioulnrst")
        return "".join(w)

    def initial(n: str) -> str:  # (persons only)
        w = n.split()
        return " ".join([w[0][0] + "."] + w[1:])

    def drop_word(n: str) -> str:
        w = n.split()
        i = rng.randrange(len(w))
        return " ".join(w[:i] + w[i + 1:])

    def add_noise(n: str) -> str:
        return n + " " + rng.choice(NOISE)

    def punct(n: str) -> str:
        return re.sub(r" ", lambda m: rng.choice([" ", ", ", ". ", " / "]), n)

    def comma_rev(n: str) -> str:
        w = n.split()
        return w[-1] + ", " + " ".join(w[:-1])

    def accents(n: str) -> str:
        return n.replace("e", "é").replace("a", "á")

    def trunc(n: str) -> str:
        w = n.split()
        i = max(range(len(w)), key=lambda k: len(w[k]))
        if len(w[i]) > 6:
            w[i] = w[i][:4]
        return " ".join(w)

    def cut35(n: str) -> str:  # (names longer than 37 characters only)
        return n[:35]

    return {"join2": join2, "hyphen": hyphen, "two_typos": two_typos, "initial": initial,
            "drop_word": drop_word, "add_noise": add_noise, "punct": punct,
            "comma_rev": comma_rev, "accents": accents, "trunc": trunc,
            "cut35": cut35}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", type=int, default=1000)
    parser.add_argument("--db", default=None)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_screen import ingest

    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'lists.db'}"
        if args.db is None:
            ingest(url)
        screener = Screener.load(Store(url))
    rng = random.Random(args.seed)
    pool = [v for v in screener.index.versions
            if v.valid_to is None and v.name and v.name.isascii() and len(v.name.split()) >= 2]
    sample = rng.sample(pool, args.names)
    report: dict[str, dict[str, float]] = {}
    for kind, change in kinds(rng).items():
        found = total = 0
        for v in sample:
            if (kind == "initial" and v.schema != "Person") or (
                    kind == "cut35" and len(v.name) <= 37):
                continue
            hits = screener.screen({"name": change(v.name)}, explain=False)
            total += 1
            # (a party on several lists is one result: its listings are its referents)
            found += v.key in {k for h in hits if h["match"]
                               for k in h.get("referents") or [h["key"]]}
        report[kind] = {"names": total, "matched": found, "recall": round(found / total, 4)}
        print(f"{kind:10s} {found:4d}/{total:<4d} {found / total:.1%}", flush=True)
    out = ROOT / "bench" / "out" / "perturb.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
