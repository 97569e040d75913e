"""The news party model (src/listwatch/news/models/party_model.json): collect its training
candidates, rebuild it, estimate it leave-one-set-out.

    .venv/bin/python scripts/train_party_model.py collect NAME DIR [--source COMMIT] [--tuning-only]
    .venv/bin/python scripts/train_party_model.py train [--output PATH] [--check]
    .venv/bin/python scripts/train_party_model.py loso [--real [STORED=]DIR]...
    .venv/bin/python scripts/train_party_model.py curve [--sizes 4 7 10] [--keep K] [--add A]

``collect``: read the labelled set DIR (news_real_dev's format: ``articles/`` and
``labels.jsonl``; ``written`` reads tests/news/articles with their gold) with the rules of
COMMIT (a ``git archive`` of it, given the current ``news.party_model`` to record its
candidates), or of this checkout, and store the candidates in
``bench/party_candidates/NAME.json``: per article, each candidate's act type, whether the
rules chose it, its label and its hashed features; which labelled event it matches and
which party it is, as numbers. No text, no name: the labels are turned into numbers here.
A candidate is a positive when its article's labels hold an event of its type whose party
shares a telling word with its name (the README's matching rule), a negative when none
does; one that matches only a doubtful label or an unlabelled named designee is left out.

Why the rules of an earlier commit: the rules of today were tuned on every labelled set,
so on those sets they rarely choose a wrong party and a model learns to copy them. A set
read by the rules of the commit before anyone read it (its *first look*) shows the errors a
set nobody read gets; that is what the model must learn (bench/NOTES.md).

``train``: the model from every stored set; the three thresholds (``keep``, ``add``,
``last``) are chosen on them alone: each set is scored with a model trained on the others,
and the three with the best summed F1 are kept, precision first (``choose``). The same stored candidates give the same bytes
(full-batch training, no random start). ``--check``: rebuild and compare (exit 1 if not
the same bytes).

``loso``: for each read set's stored first look (``READ_SETS``), train on the other stored
sets (thresholds chosen inside them) and score that set's candidates with and without the model; then, for
news_real_dev and each ``--real [STORED=]DIR``, read the set with this checkout's rules, with
and without a model trained on the stored sets other than that one (``STORED``, else the
folder's letter and session, ``.../pages_news29/P`` -> ``P29``), scored by bench_news's
rule (per language); per set, what ``keep`` and ``add`` each do against the rules alone.
The validation set V and the hold sets R and S are never read here: ``collect`` and
``--real`` refuse those names; ``collect`` refuses every folder of ``pages_news40`` (the
validation sets Q, W and X) and of any later session (never read).

``curve``: each read set's first look scored by models trained on 4, 7 and 10 of the other
read sets, at fixed thresholds: how the gain grows with the data.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from listwatch.news.party_model import MODEL_PATH, UNJUDGED, PartyModel, using
from listwatch.news.sentence_model import train

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "bench" / "party_candidates"
WRITTEN = ROOT / "tests" / "news" / "articles"
FORMAT = "listwatch-party-candidates/1"
L2, STEPS = 3e-3, 200
KEEPS = (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
ADDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 1.01: never add
# 0.0 only: the last party of a type always stays. The model chooses among the parties of an
# act the rules read; it never erases the act (a listing dropped with no trace is the worse
# error for a compliance reader, and our own sentences showed it dropping right ones: an act's
# only party told through an anaphor, a court order "for" its party). ``curve --last`` still
# measures what a lower bar would give.
LASTS = (0.0,)


@dataclass
class Cand:
    type: str
    chosen: bool
    label: int  # 1, 0, or -1 (left out)
    gold: int  # the labelled event it matches (label 1), else -1
    party: int  # the party, numbered within its article
    feats: np.ndarray


@dataclass
class Article:
    counted: int  # labelled events that count (not doubtful)
    cands: list[Cand] = field(default_factory=list)


# --- collecting --------------------------------------------------------------------------


def _labelled(folder: Path, tuning_only: bool) -> list[dict[str, Any]]:
    from listwatch.news.evaluate import held_apart

    if folder.name == "written" and not (folder / "labels.jsonl").exists():
        out = []
        for txt in sorted(WRITTEN.rglob("*.txt")):
            gold_file = txt.with_suffix(".json")
            if gold_file.exists():
                gold = json.loads(gold_file.read_text(encoding="utf-8"))
                out.append({"file": str(txt.relative_to(WRITTEN)), "published": gold.get("published"),
                            "text": txt.read_text(encoding="utf-8"), "events": gold["events"]})
        return out
    labels = folder / "labels.jsonl"
    if not labels.exists():
        sys.exit(f"{folder}: no labels.jsonl there (news_real_dev's format)")
    out = []
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            if tuning_only and held_apart(d["file"]):
                continue
            d["text"] = (folder / "articles" / d["file"]).read_text(encoding="utf-8")
            out.append(d)
    return out


def _read_here(arts: list[dict[str, Any]]) -> list[list[dict[str, Any]] | None]:
    """Each article's candidates (type, chosen, name, features) read by the rules on the
    import path; ``None`` for an article those rules fail on."""
    from listwatch.news import extract_article
    from listwatch.news.party_model import recording

    try:
        from listwatch.news.model_events import using as sentence_model
    except ImportError:  # (an earlier commit without the sentence model)
        sentence_model = None
    out: list[list[dict[str, Any]] | None] = []
    for d in arts:
        got: list[Any] = []
        try:
            with recording(got):
                if sentence_model is not None:
                    with sentence_model(None):
                        extract_article(d["text"], published=d.get("published"))
                else:
                    extract_article(d["text"], published=d.get("published"))
        except Exception as e:
            print(f"  an article the rules failed on ({type(e).__name__}): left out", file=sys.stderr)
            out.append(None)
            continue
        out.append([{"type": c.type, "chosen": c.chosen, "name": c.entity_name, "feats": c.feats.tolist()}
                    for c in got])
    return out


_HOOK = "    events = _resolve_acronyms(text, events, entities)\n"


def _tree_of(commit: str, into: Path) -> Path:
    """``commit``'s sources, with this checkout's party model recording its candidates."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True, check=False)
    if archive.returncode != 0:
        sys.exit(f"cannot read commit {commit}: {archive.stderr.decode(errors='replace').strip()}")
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    news = into / "src" / "listwatch" / "news"
    text = (ROOT / "src" / "listwatch" / "news" / "party_model.py").read_text(encoding="utf-8")
    text = text.replace("from ..settings import news_party_model_enabled\n",
                        "def news_party_model_enabled() -> bool:\n    return False\n")
    (news / "party_model.py").write_text(text, encoding="utf-8")
    events = (news / "events.py").read_text(encoding="utf-8")
    if "party_model" not in events:
        if events.count(_HOOK) != 1:
            sys.exit(f"commit {commit}: no place to record the candidates in news/events.py")
        events = events.replace(_HOOK, "    from .party_model import decide as _party_decide\n"
                                "    events = _party_decide(events, sents, mentions, lang)\n" + _HOOK)
        (news / "events.py").write_text(events, encoding="utf-8")
    return into / "src"


def _label(c: dict[str, Any], gold: list[dict[str, Any]], unlabelled: list[str]) -> tuple[int, int]:
    from listwatch.news.evaluate import same_party

    same = [k for k, g in enumerate(gold) if g["type"] == c["type"] and same_party(c["name"], g["entity"])]
    counted = [k for k in same if not gold[k].get("doubtful")]
    if counted:
        return 1, counted[0]
    if same or any(same_party(c["name"], u) for u in unlabelled):
        return -1, -1
    return 0, -1


def collect(name: str, folder: Path, source: str | None, tuning_only: bool) -> None:
    arts = _labelled(folder, tuning_only)
    if not arts:
        sys.exit(f"{folder}: no labelled article")
    if source is None:
        read = _read_here(arts)
        by = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip() + " (this checkout)"
    else:
        with tempfile.TemporaryDirectory() as tmp:
            src = _tree_of(source, Path(tmp))
            out = Path(tmp) / "read.json"
            env = {**os.environ, "PYTHONPATH": str(src), "LISTWATCH_NEWS_MODEL": "false"}
            done = subprocess.run([sys.executable, __file__, "_read", str(folder), str(out)]
                                  + (["--tuning-only"] if tuning_only else []), env=env, check=False)
            if done.returncode != 0:
                sys.exit(f"commit {source} could not read {folder}")
            read = json.loads(out.read_text(encoding="utf-8"))
        by = source
    stored: list[dict[str, Any]] = []
    left_out = 0
    for d, cands in zip(arts, read, strict=True):
        if cands is None:
            left_out += 1
            continue
        gold = d["events"]
        names: dict[str, int] = {}
        rows = []
        for c in cands:
            label, g = _label(c, gold, d.get("unlabelled_named") or [])
            party = names.setdefault(c["name"], len(names))
            rows.append([c["type"], int(c["chosen"]), label, g, party, _pack(c["feats"])])
        stored.append({"counted": sum(1 for g in gold if not g.get("doubtful")), "cands": rows})
    STORE.mkdir(parents=True, exist_ok=True)
    doc = {"format": FORMAT, "set": name, "read_by": by, "articles": len(stored), "left_out": left_out,
           "data": base64.b64encode(zlib.compress(json.dumps(stored, separators=(",", ":")).encode(), 9)).decode()}
    (STORE / f"{name}.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    n = sum(len(a["cands"]) for a in stored)
    print(f"{name}: {len(stored)} articles ({left_out} left out), {n} candidates, read by {by}")


def _pack(feats: list[int]) -> str:
    return base64.b64encode(np.diff(np.asarray(feats, dtype=np.int64), prepend=0).astype("<u4").tobytes()).decode()


def _unpack(text: str) -> np.ndarray:
    return np.cumsum(np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.int64))


def load_store(folder: Path = STORE) -> dict[str, list[Article]]:
    sets: dict[str, list[Article]] = {}
    for f in sorted(folder.glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        if doc.get("format") != FORMAT:
            sys.exit(f"{f}: not a stored candidate set ({FORMAT})")
        arts = []
        for a in json.loads(zlib.decompress(base64.b64decode(doc["data"]))):
            arts.append(Article(a["counted"], [Cand(t, bool(ch), lab, g, p, _unpack(fe))
                                               for t, ch, lab, g, p, fe in a["cands"] if t not in UNJUDGED]))
        sets[doc["set"]] = arts
    return sets


# --- training and scoring the stored candidates ----------------------------------------


def fit(arts: list[Article], keep: float = 0.0, add: float = 1.01, last: float = 0.0) -> PartyModel:
    ex = [(c.feats, frozenset(["party"]) if c.label == 1 else frozenset()) for a in arts for c in a.cands
          if c.label >= 0]
    pm = PartyModel(train(ex, ("party",), l2=L2, steps=STEPS, balance=0.5), keep, add, last)
    return PartyModel.loads(pm.dumps())  # as the file holds it


def probs(model: PartyModel, arts: list[Article]) -> list[np.ndarray]:
    return [model.probabilities([c.feats for c in a.cands]) for a in arts]


def tally(arts: list[Article], ps: list[np.ndarray], keep: float, add: float,
          last: float = 0.0) -> tuple[int, int, int]:
    """tp, fp, fn of the events the decisions give, by the README's rule: a labelled event
    matched once, a party's false event of one type counted once. As the reader decides:
    when every party the rules chose for a type in an article falls under ``keep``, the
    most probable one stays unless it falls under ``last`` too (``party_model.decide``)."""
    tp = fp = fn = 0
    for a, p in zip(arts, ps, strict=True):
        on = [bool(q >= keep) if c.chosen else bool(q >= add) for c, q in zip(a.cands, p, strict=True)]
        for typ in {c.type for c in a.cands if c.chosen}:
            mine = [i for i, c in enumerate(a.cands) if c.chosen and c.type == typ]
            if not any(on[i] for i in mine):
                top = max(mine, key=lambda i: p[i])
                if p[top] < last:
                    continue
                best = a.cands[top].party
                for i in mine:
                    on[i] = on[i] or a.cands[i].party == best
        hit: set[int] = set()
        wrong: set[tuple[str, int]] = set()
        for c, o in zip(a.cands, on, strict=True):
            if o:
                if c.label == 1:
                    hit.add(c.gold)
                elif c.label == 0:
                    wrong.add((c.type, c.party))
        tp, fp, fn = tp + len(hit), fp + len(wrong), fn + a.counted - len(hit)
    return tp, fp, fn


def f1(t: tuple[int, int, int]) -> float:
    return 2 * t[0] / (2 * t[0] + t[1] + t[2]) if t[0] else 0.0


def choose(sets: dict[str, list[Article]]) -> tuple[float, float, float]:
    """The thresholds with the best summed F1 over ``sets`` (``written`` apart), each scored
    by a model trained on the others; precision first: a ``keep`` only when it removes more
    false events than right ones on most of those sets; a ``last`` (at most ``keep``) only
    when, over them, it removes at least four false events for each right one it loses, and
    when the model trained on every set loses no right event of ``written`` with it (the
    written articles' acts told with one party, a court's ruling most often, are right
    there; the rules were made to read them); an ``add`` only when it gains at least twice
    as many right events as false ones over all of them, ``written`` included (else it
    never adds)."""
    scored = []
    for n in sets:
        model = fit([a for k, v in sets.items() if k != n for a in v])
        scored.append((n, sets[n], probs(model, sets[n])))
    read = [(arts, ps) for n, arts, ps in scored if n != "written"]
    rules = [tally(arts, ps, 0.0, 1.01) for arts, ps in read]
    written = sets.get("written", [])
    in_sample = probs(fit([a for v in sets.values() for a in v]), written) if written else []
    adds = {}
    for add in ADDS:  # (what adding does is the same whatever is dropped)
        gains = [sides(arts, ps, 0.0, add)["add"] for _n, arts, ps in scored]
        adds[add] = (sum(r for r, _f in gains), sum(f for _r, f in gains))
    best = (-1.0, 0.0, 1.01, 0.0)
    for keep in KEEPS:
        for last in LASTS:
            if last > keep:
                continue
            drops = [tally(arts, ps, keep, 1.01, last) for arts, ps in read]
            false = [r[1] - d[1] for r, d in zip(rules, drops, strict=True)]
            right = [r[0] - d[0] for r, d in zip(rules, drops, strict=True)]
            if keep > 0 and last == 0.0 and 2 * sum(1 for f, r in zip(false, right, strict=True) if f > r) <= len(read):
                break  # (this keep is not taken)
            if last > 0.0:
                base = [tally(arts, ps, keep, 1.01) for arts, ps in read]
                f_more = sum(b[1] - d[1] for b, d in zip(base, drops, strict=True))
                r_lost = sum(b[0] - d[0] for b, d in zip(base, drops, strict=True))
                if f_more <= 0 or f_more < 4 * r_lost:
                    continue
                if written and tally(written, in_sample, keep, 1.01, last)[0] < tally(
                        written, in_sample, keep, 1.01)[0]:
                    continue
            for add in ADDS:
                right_add, false_add = adds[add]
                if add <= 1 and (right_add == 0 or right_add < 2 * false_add):
                    continue
                tot = np.zeros(3, dtype=np.int64)
                for arts, ps in read:
                    tot += tally(arts, ps, keep, add, last)
                score = f1((int(tot[0]), int(tot[1]), int(tot[2])))
                if score > best[0] + 1e-9:
                    best = (score, keep, add, last)
    return best[1], best[2], best[3]


def build(sets: dict[str, list[Article]]) -> PartyModel:
    keep, add, last = choose(sets)
    return fit([a for v in sets.values() for a in v], keep, add, last)


# --- leave one set out -------------------------------------------------------------------


def _real_line(name: str, t: dict[str, Any]) -> str:
    a = t["all"].as_dict()

    def lang(k: str) -> str:
        return f"{t[k].as_dict()['f1']:.2f}" if k in t else "  - "
    none = t["none:events"].fp if "none:events" in t else 0
    return (f"{name:24} P {a['precision']:.2f} R {a['recall']:.2f} F1 {a['f1']:.2f} (tp {a['tp']} fp {a['fp']} "
            f"fn {a['fn']})  EN {lang('lang:en')}  FR {lang('lang:fr')}  events in no-event pages {none}")


def score_real(arts: list[dict[str, Any]], model: PartyModel | None) -> dict[str, Any]:
    from listwatch.news import extract_article
    from listwatch.news.evaluate import score_labelled
    from listwatch.news.model_events import using as sentence_model

    rows = []
    for d in arts:
        with sentence_model(None), using(model):
            pred = extract_article(d["text"], published=d["published"])["events"]
        rows.append((d["file"], d["lang"], pred, d["events"], d.get("unlabelled_named") or []))
    return score_labelled(rows)


# The validation set and the two hold sets: never collected, never read here (their
# figures come from bench_news alone, by the lead).
NEVER = frozenset({"V", "R", "S"})


# From the thirty-fifth session on, the validation sets are a session's folder as a whole
# and every later folder is never read: none is collected. In the thirty-seventh, N, O and P
# (``pages_news39``) became read sets; Q, W and X (``pages_news40``) are the validation sets.
FIRST_UNREAD_SESSION = 40


def _refuse(folder: Path, collecting: bool = False) -> None:
    if folder.name in NEVER or folder.resolve().name in NEVER:
        sys.exit(f"{folder}: the validation and hold sets ({', '.join(sorted(NEVER))}) are never read here")
    session = re.fullmatch(r"pages_news(\d+)", folder.resolve().parent.name)
    if collecting and session and int(session.group(1)) >= FIRST_UNREAD_SESSION:
        sys.exit(f"{folder}: a validation or never-read set (pages_news{FIRST_UNREAD_SESSION} and later) "
                 "is never collected")


def stored_name(folder: Path) -> str:
    """The stored set a folder's first look goes by: its letter and its session's number
    (``.../pages_news29/P`` -> ``P29``), else the folder's name."""
    folder = folder.resolve()
    session = re.fullmatch(r"pages_news(\d+)", folder.parent.name)
    return folder.name + session.group(1) if session else folder.name


def _real_arg(arg: str) -> tuple[str, Path]:
    """``DIR`` or ``STORED=DIR``: the folder, under the name of the stored set that holds its
    first look (left out of the model that reads it); a bare ``DIR`` goes by ``stored_name``."""
    name, sep, folder = arg.partition("=")
    if sep and re.fullmatch(r"[\w-]+", name):
        _refuse(Path(folder))
        return name, Path(folder)
    _refuse(Path(arg))
    return stored_name(Path(arg)), Path(arg)


def sides(arts: list[Article], ps: list[np.ndarray], keep: float, add: float,
          last: float = 0.0) -> dict[str, tuple[int, ...]]:
    """What each side does to a set's events against the rules alone: ``keep`` (drops
    only, ``last`` with it): false events removed, right events lost; ``add`` (adds only):
    right events gained, false events added; and the events of both (tp, fp, fn)."""
    r = tally(arts, ps, 0.0, 1.01)
    k = tally(arts, ps, keep, 1.01, last)
    a = tally(arts, ps, 0.0, add)
    return {"rules": r, "keep": (r[1] - k[1], r[0] - k[0]), "add": (a[0] - r[0], a[1] - r[1]),
            "both": tally(arts, ps, keep, add, last)}


def _sides_line(name: str, keep: float, add: float, s: dict[str, tuple[int, ...]], last: float = 0.0) -> str:
    r, b = s["rules"], s["both"]
    (kf, kr), (ar, af) = s["keep"], s["add"]
    return (f"{name:8} keep {keep:.2f} last {last:.2f} add {add:.2f}  rules {f1(r):.3f} ({r[0]}/{r[1]}/{r[2]})  "  # type: ignore[arg-type]
            f"model {f1(b):.3f} ({b[0]}/{b[1]}/{b[2]})  keep: false -{kf} right -{kr} (gain {kf - kr:+d})  "  # type: ignore[arg-type]
            f"add: right +{ar} false +{af} (gain {ar - af:+d})")


def loso(extra: list[str]) -> None:
    from listwatch.news.evaluate import held_apart

    real_sets = [_real_arg(a) for a in extra]  # (refuses V, R and S before anything is read)
    sets = load_store()
    print("stored sets: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    print("\n== each read set's stored first look scored with a model trained on the other stored sets; "
          "events tp/fp/fn; keep: false events it removes, right ones it loses; add: right and false it adds")
    total = {"rules": np.zeros(3, dtype=np.int64), "model": np.zeros(3, dtype=np.int64)}
    for name in [k for k in READ_SETS if k in sets]:
        train_sets = {k: v for k, v in sets.items() if k != name}
        keep, add, last = choose(train_sets)
        model = fit([a for v in train_sets.values() for a in v], keep, add, last)
        s = sides(sets[name], probs(model, sets[name]), keep, add, last)
        total["rules"] += s["rules"]
        total["model"] += s["both"]
        print(_sides_line(name, keep, add, s, last), flush=True)
    r, m = (tuple(int(x) for x in total[k]) for k in ("rules", "model"))
    print(f"{'all':8}                   rules F1 {f1(r):.3f}  model F1 {f1(m):.3f}")  # type: ignore[arg-type]
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_news import REAL, load_real

    real = [("dev", REAL), *real_sets]
    print("\n== read by this checkout's rules, with a model trained on the stored sets but that one "
          "(bench_news's rule)")
    for name, folder in real:
        arts = load_real(folder)
        if not arts:
            sys.exit(f"{folder}: no labelled articles")
        train_sets = {k: v for k, v in sets.items() if k != name}
        model = build(train_sets)
        print(f"-- {name}: {len(arts)} articles (keep {model.keep}, add {model.add}, last {model.last})", flush=True)
        print(_real_line("rules alone", score_real(arts, None)))
        print(_real_line("with the party model", score_real(arts, model)))
        if name == "dev":
            for part, keep_it in (("tuning", False), ("held apart", True)):
                sub = [d for d in arts if held_apart(d["file"]) == keep_it]
                print(_real_line(f"  {part}, rules alone", score_real(sub, None)))
                print(_real_line(f"  {part}, party model", score_real(sub, model)))


# The first looks of the sets read by the team (news_real_dev's tuning part read by the
# rules tuned on it): the sets ``curve`` draws from.
READ_SETS = ("dev", "T23", "H23", "K24", "L25", "M26", "N27", "O28", "P29", "Q30", "U31",
             "A33", "B33", "C34", "D34", "E35", "F35", "G36", "H36", "I37", "J37", "K38", "L38", "M38",
             "N39", "O39", "P39")


def curve(sizes: list[int], keep: float, add: float, draws: int, last: float = 0.0) -> None:
    """How the gain grows with the training data: each read set scored by models trained on
    ``n`` of the other read sets (``draws`` random choices of them, the same every run), at
    fixed thresholds; the gain summed over the read sets, per draw."""
    import random

    sets = load_store()
    read = [k for k in READ_SETS if k in sets]
    rng = random.Random(29)
    print(f"read sets: {', '.join(read)}; keep {keep}, add {add}, last {last}")
    for n in sizes:
        if n > len(read) - 1:
            continue
        k_t = a_t = np.zeros(2)
        wins = runs = 0
        rounds = draws if n < len(read) - 1 else 1
        for name in read:
            others = [k for k in read if k != name]
            for _ in range(rounds):
                pool = rng.sample(others, n) if n < len(others) else others
                model = fit([a for k in pool for a in sets[k]])
                s = sides(sets[name], probs(model, sets[name]), keep, add, last)
                k_t, a_t = k_t + s["keep"], a_t + s["add"]
                wins += (s["keep"][0] - s["keep"][1] + s["add"][0] - s["add"][1]) > 0
                runs += 1
        k_t, a_t = k_t / rounds, a_t / rounds
        print(f"{n:2} training sets: keep false -{k_t[0]:.1f} right -{k_t[1]:.1f} (gain {k_t[0] - k_t[1]:+.1f}); "
              f"add right +{a_t[0]:.1f} false +{a_t[1]:.1f} (gain {a_t[0] - a_t[1]:+.1f}); "
              f"a gain on {wins} of {runs} set readings")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect", help="store a labelled set's candidates")
    c.add_argument("name")
    c.add_argument("folder", type=Path)
    c.add_argument("--source", help="read with the rules of this commit (default: this checkout)")
    c.add_argument("--tuning-only", action="store_true", help="leave out news_real_dev's held-apart part")
    r = sub.add_parser("_read")  # (inside an earlier commit's tree: its candidates as JSON)
    r.add_argument("folder", type=Path)
    r.add_argument("output", type=Path)
    r.add_argument("--tuning-only", action="store_true")
    t = sub.add_parser("train", help="rebuild the model from the stored candidates")
    t.add_argument("--output", type=Path, default=MODEL_PATH)
    t.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    lo = sub.add_parser("loso", help="leave-one-set-out estimate")
    lo.add_argument("--real", action="append", default=[], metavar="[STORED=]DIR",
                    help="one more labelled set to read (STORED: the stored set of its first look, left out)")
    cu = sub.add_parser("curve", help="the gain against the number of training sets")
    cu.add_argument("--sizes", type=int, nargs="+", default=[4, 7, 10])
    cu.add_argument("--keep", type=float, default=0.4)
    cu.add_argument("--add", type=float, default=0.6)
    cu.add_argument("--last", type=float, default=0.0)
    cu.add_argument("--draws", type=int, default=3)
    args = ap.parse_args()
    if args.command == "collect":
        if not re.fullmatch(r"[\w-]+", args.name):
            sys.exit(f"{args.name!r}: a set's name is letters, digits, '_' or '-'")
        if args.name in NEVER:
            sys.exit(f"{args.name!r}: the validation and hold sets are never collected")
        _refuse(args.folder, collecting=True)
        collect(args.name, args.folder, args.source, args.tuning_only)
    elif args.command == "_read":
        got = _read_here(_labelled(args.folder, args.tuning_only))
        args.output.write_text(json.dumps(got), encoding="utf-8")
    elif args.command == "train":
        sets = load_store()
        if not sets:
            sys.exit(f"no stored candidates in {STORE}: run `collect` first")
        data = build(sets).dumps()
        if args.check:
            same = args.output.exists() and args.output.read_bytes() == data
            print("the same bytes" if same else f"{args.output} is not the rebuild of the stored candidates")
            sys.exit(0 if same else 1)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_bytes(data)
        print(f"wrote {args.output}: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    elif args.command == "curve":
        curve(args.sizes, args.keep, args.add, args.draws, args.last)
    else:
        loso(args.real)


if __name__ == "__main__":
    main()
