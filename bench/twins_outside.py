"""Cross-list twins found *without* the project's linker, and whether the product joins
them (issue 18, item 2; the acceptance's kind of check, built from outside).

``truth DB.sqlite OUT.json [removed]``: from a store's current records (with ``removed``:
every entry's last version, and only pairs with an entry no longer listed on one side: a
twin only in an earlier snapshot) (every property value, the
remarks included), pairs of entries of different lists that are one party by kind: a UN
reference number the UN list holds and another list cites (``un_ref``), an IMO number
(``imo``), the same identifier value of any kind held by one entry of each list (``id``;
the CSL's republications of OFAC entries apart, ``id_republished``), persons with the
same name (main or alias, words in any order) and the same full birth date
(``name_birth``), persons with one birth date whose names are alike (rapidfuzz
token-sort >= 90, one candidate per list: ``name_birth_fuzzy``), and organisations of
the same name, legal forms aside, or whose name is the short form another list writes in
brackets after its entry's name (``org_name``: one entry per list, no two country codes
that differ; the DoD lists, which carry no identifier, included).

``linked DB_URL TRUTH.json``: how many pairs of each kind the project's clusters join,
and the pairs apart.

``surfaces TRUTH.json N SEED BASE_URL LISTWATCH``: N pairs of each kind, each queried by
both sides' main names, through `listwatch screen` (a file, and single names), ``POST
/match/default`` (yente shape), ``GET /search/default``, ``POST /reconcile/default``
(OpenRefine's form field ``queries``: one candidate of the party, its description naming
both lists), ``GET /entities/{key}`` and the entity page of a running ``listwatch
serve``: one result holding both listings (``referents``, ``datasets``), one timeline.
With a ``removed`` truth only the entity route and page count: screening answers with the
entries listed now.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from urllib.parse import quote


def truth(DB: str, OUT: str, which: str = "current") -> None:
    from rapidfuzz import fuzz

    from listwatch.store.codec import decode

    c = sqlite3.connect(DB)
    recs = {}
    removed = set()
    if which == "removed":
        # every entry's last version, those no longer listed included; only pairs with
        # such an entry on one side are kept (a twin only in an earlier snapshot)
        query = ("select key, source, schema, name, data, until_seq from versions v where "
                 "first_seq = (select max(first_seq) from versions w where w.key = v.key)")
    else:
        query = ("select key, source, schema, name, data, until_seq from versions "
                 "where until_seq is null")
    for key, source, schema, name, data, until in c.execute(query):
        r = json.loads(decode(data))
        recs[key] = (source, schema, name, r["properties"])
        if until is not None:
            removed.add(key)


    def person(k):
        return recs[k][1] == "Person"


    def sub(k):
        """a CSL sub-list counts as its own list (the CSL republishes others)"""
        s = recs[k][0]
        if s == "us_trade_csl":
            return "csl:" + k.split(":", 1)[1].split("-")[0]
        return s


    UNREF = re.compile(r"\b([A-Z]{2}[ie])\s*\.\s*(\d{3})\b", re.I)
    OLD = re.compile(r"\b([QT])\.?([IE])\.([A-Z])\.(\d{1,3})\.(\d{2})\b", re.I)


    def unrefs(k):
        src, schema, name, props = recs[k]
        out = set()
        texts = list(props.get("idNumber", []))
        for n in props.get("notes", []):
            for m in re.finditer(r"UN\s*(?:Ref(?:erence)?(?:\s*(?:No\.?|number))?)\s*:?\s*"
                                 r"([A-Z0-9.]{5,16})", n, re.I):
                texts.append("UN ref " + m.group(1))
        for t in texts:
            if "UN" not in t.upper():
                continue
            for m in UNREF.finditer(t):
                out.add((m.group(1)[:2] + m.group(1)[2].lower()).upper() + m.group(2))
            for m in OLD.finditer(t):
                reg = {"Q": "QD", "T": "TA"}[m.group(1).upper()]
                out.add((reg + m.group(2).lower()).upper() + m.group(4).zfill(3))
        return out


    def imos(k):
        props = recs[k][3]
        out = set()
        for v in props.get("imoNumber", []):
            d = re.sub(r"\D", "", v)
            if len(d) == 7:
                out.add(d)
        for p, vals in props.items():
            if p == "imoNumber":
                continue
            for v in vals:
                for m in re.finditer(r"IMO\s*(?:No\.?|number)?\s*[:#]?\s*(\d{7})\b", v, re.I):
                    out.add(m.group(1))
        return out


    IDPROPS = ("passportNumber", "registrationNumber", "taxNumber", "idNumber", "isin",
               "leiCode", "uscCode", "swiftBic", "mmsi")


    def ids(k):
        props = recs[k][3]
        out = set()
        for p in IDPROPS:
            for v in props.get(p, []):
                if "reference number" in v.lower() or re.match(r"\s*UN\b", v):
                    continue
                val = v.rsplit(":", 1)[-1] if ":" in v else v
                clean = re.sub(r"[^0-9A-Za-z]", "", val).upper()
                if len(clean) >= 6 and sum(ch.isdigit() for ch in clean) >= 4:
                    out.add((p, clean))
        return out


    def norm(s):
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
        return " ".join(sorted(re.sub(r"[^\w]+", " ", s).split()))


    def names(k):
        src, schema, name, props = recs[k]
        return {norm(n) for n in [name, *props.get("alias", [])] if len(norm(n).split()) >= 2}


    LEGAL = {"co", "corp", "corporation", "company", "ltd", "limited", "inc",
             "incorporated", "llc", "plc", "jsc", "pjsc", "ojsc", "cjsc", "oao",
             "ooo", "zao", "pao", "gmbh", "ag", "sa", "srl", "bv", "nv", "fze", "fzco"}
    BRACKET = re.compile(r"\(([^()]+)\)\s*$")


    def fold(text):
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
        return [w for w in re.sub(r"[^\w]+", " ", text).split() if w not in LEGAL]


    def org_names(k):
        src, schema, name, props = recs[k]
        out = set()
        for n in [name, *props.get("alias", [])]:
            m = BRACKET.search(n)
            if m:
                short = " ".join(fold(m.group(1)))
                if short:
                    out.add(short)
            if n == name:
                main = " ".join(fold(BRACKET.sub("", n)))
                if main:
                    out.add(main)
        return {n for n in out if sum(c.isalpha() for c in n) >= 3}


    def contradicting(a, b):
        ca, cb = ({c.strip().upper() for c in recs[k][3].get("country", []) if c.strip()}
                  for k in (a, b))
        codes = {c for c in ca if len(c) == 2}, {c for c in cb if len(c) == 2}
        return bool(codes[0] and codes[1] and not codes[0] & codes[1])


    def births(k):
        return {b[:10] for b in recs[k][3].get("birthDate", []) if re.fullmatch(r"\d{4}-\d\d-\d\d", b[:10])}


    def pairs_from(groups, same_kind=True):
        out = {}
        for val, keys in groups.items():
            keys = sorted(keys)
            per = defaultdict(list)
            for k in keys:
                per[sub(k)].append(k)
            if len(per) < 2:
                continue
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    if recs[a][0] == recs[b][0]:
                        continue
                    if len(per[sub(a)]) > 1 or len(per[sub(b)]) > 1:
                        continue  # a value one list gives to two entries: nobody's
                    if same_kind and person(a) != person(b):
                        continue
                    out.setdefault((a, b), val)
        return out


    truth = {}
    g = defaultdict(set)
    for k in recs:
        for r in unrefs(k):
            g[r].add(k)
    # only references the UN list itself holds
    un_keys = {r for r, ks in g.items() if any(recs[x][0] == "un_sc" for x in ks)}
    truth["un_ref"] = pairs_from({r: g[r] for r in un_keys})
    g = defaultdict(set)
    for k in recs:
        for r in imos(k):
            g[r].add(k)
    # (a vessel and an organisation of one IMO number: the ship and the one-ship company
    # a list that types no vessels gives its number, unless the names share a word)
    vessel = {k for k in recs if recs[k][1] == "Vessel"}
    truth["imo"] = {p: v for p, v in pairs_from(g).items()
                    if (p[0] in vessel) == (p[1] in vessel)
                    or set(norm(recs[p[0]][2]).split()) & set(norm(recs[p[1]][2]).split())}
    g = defaultdict(set)
    for k in recs:
        for _prop, v in ids(k):
            g[v].add(k)
    idp = pairs_from(g)
    # CSL republications of OFAC entries, apart
    rep = {}
    other = {}
    for (a, b), v in idp.items():
        sa, sb = recs[a][0], recs[b][0]
        if "us_trade_csl" in (sa, sb) and {sa, sb} & {"us_ofac_sdn", "us_ofac_cons"}:
            csl = a if sa == "us_trade_csl" else b
            ofac = b if csl == a else a
            if csl.split("-")[-1] == ofac.split(":")[1]:
                rep[(a, b)] = v
                continue
        other[(a, b)] = v
    truth["id_republished"] = rep
    truth["id"] = other
    g = defaultdict(set)
    for k in recs:
        if not person(k):
            continue
        for n in names(k):
            for d in births(k):
                g[(n, d)].add(k)
    truth["name_birth"] = {p: list(v) for p, v in pairs_from(g).items()}
    # organisations by name: the main name, or the short form the list writes in
    # brackets after a name (``Huawei Technologies Co., Ltd. (Huawei)``), folded, without
    # a trailing bracket and without legal-form words; countries not contradicting (two
    # two-letter codes that differ); the DoD lists, which carry no identifier, included
    g = defaultdict(set)
    for k in recs:
        if person(k) or recs[k][1] in ("Vessel", "Airplane"):
            continue
        for n in org_names(k):
            g[n].add(k)
    truth["org_name"] = {p: v for p, v in pairs_from(g).items()
                         if not contradicting(*p)}

    if which == "removed":
        truth = {kind: {p: v for p, v in d.items() if set(p) & removed}
                 for kind, d in truth.items()}
    out = {kind: [[a, b, v] for (a, b), v in sorted(d.items())] for kind, d in truth.items()}
    json.dump(out, open(OUT, "w"), indent=0, default=str)
    for kind, d in truth.items():
        by = defaultdict(int)
        for a, b in d:
            by[" - ".join(sorted((recs[a][0], recs[b][0])))] += 1
        print(kind, len(d), dict(by))

    # persons with one full birth date in common whose names (any alias) are alike
    # (rapidfuzz token-sort >= 90), each list holding one such entry: a looser truth
    byd = defaultdict(set)
    for k in recs:
        if person(k):
            for d in births(k):
                byd[d].add(k)
    fz = {}
    cand = defaultdict(set)
    for d, keys in byd.items():
        if len(keys) > 80:
            continue
        keys = sorted(keys)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                if recs[a][0] == recs[b][0]:
                    continue
                na = {norm(n) for n in [recs[a][2], *recs[a][3].get("alias", [])]}
                nb = {norm(n) for n in [recs[b][2], *recs[b][3].get("alias", [])]}
                s = max(fuzz.token_sort_ratio(x, y) for x in na for y in nb)
                if s >= 90:
                    cand[(a, sub(b))].add(b)
                    cand[(b, sub(a))].add(a)
                    fz[(a, b)] = [d, s]
    fz = {p: v for p, v in fz.items() if len(cand[(p[0], sub(p[1]))]) == 1
          and len(cand[(p[1], sub(p[0]))]) == 1 and p not in truth["name_birth"]
          and (which != "removed" or set(p) & removed)}
    out["name_birth_fuzzy"] = [[a, b, v] for (a, b), v in sorted(fz.items())]
    json.dump(out, open(OUT, "w"), indent=0, default=str)
    by = defaultdict(int)
    for a, b in fz:
        by[" - ".join(sorted((recs[a][0], recs[b][0])))] += 1
    print("name_birth_fuzzy", len(fz), dict(by))


def linked(url: str, truth_path: str) -> None:
    from listwatch.screening.index import NameIndex
    from listwatch.screening.links import load_links
    from listwatch.store.db import Store

    store = Store(url)
    idx = NameIndex.from_store(store)
    el = load_links(store, idx)
    truth = json.load(open(truth_path))
    names = {v.key: v.name for v in idx.versions}
    miss = {}
    for kind, pairs in truth.items():
        bad = [(a, b, v) for a, b, v in pairs if b not in el.referents(a)]
        miss[kind] = bad
        by = Counter(" - ".join(sorted((a.split(':')[0], b.split(':')[0]))) for a, b, v in bad)
        print(kind, "joined", len(pairs) - len(bad), "of", len(pairs), dict(by))
    json.dump(miss, open(truth_path + ".missed.json", "w"), indent=0)
    for kind, bad in miss.items():
        for a, b, v in bad[:40]:
            print(kind, a, repr(names.get(a)), "|", b, repr(names.get(b)), v)


#: legal forms as users drop or abbreviate them (our own short table, not the project's)
_FORMS_DROPPED = re.compile(
    r"[,\s]+(?:co\.?,?\s*ltd\.?|company limited|corporation|corp\.?|limited|ltd\.?|"
    r"llc|inc\.?|incorporated|company|co\.?|plc|gmbh|jsc|ojsc|cjsc|pjsc|s\.?a\.?|"
    r"sarl|llp)$|^(?:ooo|oao|zao|ao|jsc|ojsc|cjsc|pjsc|tov)\s+", re.IGNORECASE)
_ABBREVIATED = [(re.compile(r"\bcorporation\b", re.I), "Corp."),
                (re.compile(r"\bcompany limited\b", re.I), "Co., Ltd."),
                (re.compile(r"\bco\.?,? ltd\.?", re.I), "Company Limited"),
                (re.compile(r"\blimited\b", re.I), "Ltd"),
                (re.compile(r"\bcompany\b", re.I), "Co."),
                (re.compile(r"\bincorporated\b", re.I), "Inc.")]


def user_spellings(name: str, person: bool) -> list[tuple[str, str]]:
    """A name as users type it: lower case, accents stripped, (organisations) a legal
    form dropped or abbreviated, two words run together, the initials in brackets left
    out; (persons) ``SURNAME, Given`` typed given name first. Only those that differ."""
    out = [("lower", name.lower())]
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                    if not unicodedata.combining(ch))
    out.append(("no_accents", plain))
    if person:
        if "," in name:
            family, _, given = name.partition(",")
            out.append(("given_first", f"{given.strip()} {family.strip()}"))
    else:
        dropped = _FORMS_DROPPED.sub("", name).strip(" ,")
        if dropped and len(dropped.split()) >= 1:
            out.append(("form_dropped", dropped))
        for rx, short in _ABBREVIATED:
            if rx.search(name):
                out.append(("form_abbreviated", rx.sub(short, name, count=1)))
                break
        bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
        if bare:
            out.append(("brackets_left_out", bare))
        words = _FORMS_DROPPED.sub("", bare).strip(" ,").split()
        if len(words) >= 2 and words[0].isalpha() and words[1].isalpha() \
                and len(words[0]) >= 3 and len(words[1]) >= 3:
            second = words[1].upper() if words[0].isupper() else words[1].lower()
            out.append(("run_together", " ".join([words[0] + second, *words[2:]])))
    seen = {name}
    res = []
    for v, s in out:
        s = re.sub(r"\s+", " ", s).strip()
        if s and s not in seen:
            seen.add(s)
            res.append((v, s))
    return res


def surfaces(truth_path: str, n: int, seed: int, base: str, lw: str) -> None:
    import httpx

    truth = json.load(open(truth_path))
    rng = random.Random(seed)
    singles = int(os.environ.get("SINGLES", "3"))
    cases = []
    for kind, pairs in truth.items():
        for a, b, v in rng.sample(pairs, min(n, len(pairs))):
            cases.append({"kind": kind, "pair": [a, b], "why": v})

    client = httpx.Client(base_url=base, timeout=120)


    def entity(key):
        return client.get(f"/entities/{quote(key, safe=':')}").json()


    # the query names: each side's main name, as its own list writes it
    both = []
    for c in cases:
        for k in c["pair"]:
            e = entity(k)
            name = e.get("caption") or e.get("name")
            both.append({**c, "name": name, "schema": e.get("schema"), "asked": k,
                         "variant": "own"})
            if os.environ.get("SPELLINGS"):
                for variant, spelt in user_spellings(name, e.get("schema") == "Person"):
                    both.append({**c, "name": spelt, "schema": e.get("schema"), "asked": k,
                                 "variant": variant})
    cases = both


    def problems(results, pair, key_of="key"):
        holding = [r for r in results
                   if {r.get(key_of), *(r.get("referents") or [])} & set(pair)]
        if not holding:
            return ["no result holds either listing"]
        out = []
        if len(holding) > 1:
            out.append(f"{len(holding)} results hold the listings: "
                       + "; ".join(f"{r.get(key_of)} refs={r.get('referents')}" for r in holding))
        r = holding[0]
        keys = {r.get(key_of), *(r.get("referents") or [])}
        if not set(pair) <= keys:
            out.append(f"referents lack {sorted(set(pair) - keys)}")
        srcs = {k.split(":", 1)[0] for k in pair}
        ds = set(r.get("datasets") or [])
        if not srcs <= ds:
            out.append(f"datasets lack {sorted(srcs - ds)}")
        return out


    fails = defaultdict(list)
    # CLI, a file
    with open(truth_path + ".queries.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "name"])
        for i, c in enumerate(cases):
            w.writerow([i, c["name"]])
    p = subprocess.run([lw, "screen", "--input", truth_path + ".queries.csv", "--format", "json",
                        "--limit", "20", "--workers", "1"], capture_output=True, text=True)
    if p.returncode:
        print("CLI batch failed", p.stderr[-2000:])
        sys.exit(1)
    rows = json.loads(p.stdout)
    for c, row in zip(cases, rows, strict=True):
        pr = problems(row["results"], c["pair"])
        if pr:
            fails["cli_file"].append((c, pr))
    # CLI single names
    for c in rng.sample(cases, min(singles, len(cases))):
        p = subprocess.run([lw, "screen", c["name"], "--format", "json", "--limit", "20"],
                           capture_output=True, text=True)
        pr = problems(json.loads(p.stdout)[0]["results"], c["pair"]) if not p.returncode \
            else [p.stderr]
        if pr:
            fails["cli_single"].append((c, pr))
    for c in cases:
        body = {"queries": {"q": {"schema": c["schema"] if c["schema"] != "LegalEntity" else
                                  "LegalEntity", "properties": {"name": [c["name"]]}}}}
        r = client.post("/match/default", json=body, params={"limit": 20}).json()
        res = r["responses"]["q"]["results"]
        pr = problems(res, c["pair"], "id")
        if pr:
            fails["api_match"].append((c, pr))
        r = client.get("/search/default", params={"q": c["name"], "limit": 20}).json()
        pr = problems(r["results"], c["pair"], "id")
        if pr:
            fails["api_search"].append((c, pr))
        # OpenRefine's reconciliation: one candidate holding a listing, its description
        # naming both lists
        q = {"q0": {"query": c["name"], "limit": 20}}
        r = client.post("/reconcile/default", data={"queries": json.dumps(q)}).json()
        cands = r["q0"]["result"]
        pr = []
        # a candidate of the party: its id one of the party's listings (the entity
        # route says which keys the party holds)
        party = set(entity(c["pair"][0]).get("referents") or [c["pair"][0]])
        holding = [x for x in cands if x["id"] in party | set(c["pair"])]
        if not holding:
            pr.append("no candidate holds either listing")
        elif len(holding) > 1:
            pr.append(f"{len(holding)} candidates hold the listings: {[x['id'] for x in holding]}")
        else:
            lists = {k.split(":", 1)[0] for k in c["pair"]}
            if not all(x in holding[0]["description"] for x in lists):
                pr.append(f"description lacks a list: {holding[0]['description']!r}")
        if pr:
            fails["reconcile"].append((c, pr))
        for k in c["pair"] if c["variant"] == "own" else ():
            e = entity(k)
            pr = []
            refs = set(e.get("referents") or [])
            if not set(c["pair"]) <= refs | {k}:
                pr.append(f"/entities/{k} referents {sorted(refs)}")
            tl = {x.get("key") for x in e.get("timeline", [])}
            if not set(c["pair"]) <= tl:
                pr.append(f"timeline lacks {sorted(set(c['pair']) - tl)}")
            if pr:
                fails["api_entity"].append((c, pr))
            page = client.get(f"/entity/{quote(k, safe=':')}").text
            if not all(x in page for x in c["pair"]):
                fails["page_entity"].append((c, [f"/entity/{k} lacks a listing"]))
    by_kind = defaultdict(lambda: defaultdict(int))
    for s, fl in fails.items():
        for c, _pr in fl:
            by_kind[c["kind"]][s] += 1
    print("cases per kind:", {k: sum(1 for c in cases if c["kind"] == k) for k in truth})
    if os.environ.get("SPELLINGS"):
        per = Counter(c["variant"] for c in cases)
        bad = defaultdict(set)
        for fl in fails.values():
            for c, _pr in fl:
                bad[c["variant"]].add((c["asked"], c["name"]))
        print("queries per spelling, and those failing a surface:",
              {v: (n, len(bad[v])) for v, n in sorted(per.items())})
    print("failures per kind and surface:", {k: dict(v) for k, v in by_kind.items()})
    for s, fl in fails.items():
        for c, pr in fl[:15]:
            print(s, c["kind"], c["pair"], repr(c["name"]), pr)
    json.dump({s: [[c, pr] for c, pr in fl] for s, fl in fails.items()},
              open(truth_path + ".fails.json", "w"), indent=1)


def main() -> None:
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "truth":
        truth(*args)
    elif mode == "linked":
        linked(*args)
    elif mode == "surfaces":
        surfaces(args[0], int(args[1]), int(args[2]), args[3], args[4])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
