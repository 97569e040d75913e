"""Names on no list: invented persons and companies in many scripts and locales, screened
one at a time against the lists; how many match something (target: at most 1 % in every
locale and kind). Writes bench/out/nolist.json.

    .venv/bin/python bench/bench_nolist.py [--db URL] [--per 200] [--seed 5] [--show 5]

Kinds per locale (Faker, the bench extra): ``person`` (first and last name), ``company``
(Faker's company name), and three built the way the issue's misses were: ``script_form``
(a word in the locale's own script — Arabic, Cyrillic, Han ... — plus a Latin legal form:
``<word> PLC``), ``surname_form`` (``<surname> GmbH`` and other forms) and, for Chinese,
``han_2char`` (a two-character Han name). A hit is any result at or above the threshold.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "pl_PL", "tr_TR",
           "ru_RU", "uk_UA", "ar_AA", "ar_SA", "fa_IR", "zh_CN", "zh_TW", "ja_JP", "ko_KR",
           "hi_IN", "nl_NL", "cs_CZ", "el_GR", "he_IL", "vi_VN", "id_ID", "th_TH"]
FORMS = ["PLC", "LLC", "Ltd", "GmbH", "AG", "SA", "JSC", "Inc", "Co., Ltd."]


def names(fake, locale: str, rng: random.Random, per: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for _ in range(per):
        out["person"].append(f"{fake.first_name()} {fake.last_name()}")
        try:
            out["company"].append(fake.company())
        except AttributeError:
            pass
        word = fake.last_name()
        out["surname_form"].append(f"{word} {rng.choice(FORMS)}")
        native = fake.word() if hasattr(fake, "word") else word
        if not native.isascii():
            out["script_form"].append(f"{native} {rng.choice(FORMS)}")
        if locale.startswith("zh"):
            fam = fake.last_name()
            if len(fam) == 1:
                out["han_2char"].append(fam + fake.first_name()[:1])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=None)
    ap.add_argument("--per", type=int, default=200)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", type=int, default=5, help="hits shown per locale and kind")
    args = ap.parse_args()
    from faker import Faker

    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db
        if url is None:
            from bench_screen import ingest

            url = f"sqlite:///{Path(tmp) / 'lists.db'}"
            ingest(url)
        screener = Screener.load(Store(url))
    rng = random.Random(args.seed)
    report: dict[str, dict[str, dict]] = {}
    worst = 0.0
    for locale in LOCALES:
        try:
            fake = Faker(locale)
        except AttributeError:
            continue
        fake.seed_instance(args.seed)
        report[locale] = {}
        for kind, queries in names(fake, locale, rng, args.per).items():
            queries = sorted(set(queries))
            hits = []
            for q in queries:
                found = [r for r in screener.screen({"name": q}, explain=False) if r["match"]]
                if found:
                    hits.append((q, found[0]["name"], found[0]["score"]))
            rate = len(hits) / len(queries) if queries else 0.0
            worst = max(worst, rate)
            report[locale][kind] = {"names": len(queries), "matched": len(hits),
                                    "rate": round(rate, 4), "examples": hits[: args.show]}
            flag = "  <-- above 1 %" if rate > 0.01 else ""
            print(f"{locale:6s} {kind:12s} {len(hits):4d}/{len(queries):<4d} {rate:6.1%}{flag}",
                  flush=True)
            for q, name, score in hits[: args.show] if rate > 0.01 else []:
                print(f"         {q!r} -> {name!r} {score}")
    out = ROOT / "bench" / "out" / "nolist.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"worst_rate": round(worst, 4), "by_locale": report},
                              ensure_ascii=False, indent=1) + "\n")
    print(f"worst rate {worst:.1%}; wrote {out}")


if __name__ == "__main__":
    main()
