"""Rebuild the news sentence model (src/listwatch/news/models/sentence_model.json).

    LISTWATCH_TEST_DATA=../shared/data .venv/bin/python scripts/train_news_model.py
        [--output PATH] [--cv] [--cv-sets] [--held] [--events [--real DIR]...]
    .venv/bin/python scripts/train_news_model.py --collect NAME DIR

Training sentences:
- the labelled real articles of $LISTWATCH_TEST_DATA/news_real_dev outside the held-apart
  part (``evaluate.held_apart``): a sentence is a positive of each type whose labelled
  evidence it overlaps, every other sentence of the article a negative (read from the
  shared folder, never copied; only hashed features reach the model file);
- the stored sentence sets of bench/sentence_samples (``--collect NAME DIR`` writes one
  from a labelled set in news_real_dev's format, its sentences labelled by the same rule,
  as hashed feature numbers and types only: no text, no name; the build reads them as
  stored, so it needs no page at hand and gives the same bytes in CI);
- the written trigger-family sentences of tests/news/test_trigger_families.py: each
  family sentence a positive of its type, each near miss a negative.

``--cv``: leave-articles-out cross-validation on the tuning articles (folds by article),
sentence precision and recall per type at several thresholds. ``--cv-sets``: the same for
each set (the dev tuning part, each stored set) read by the model trained without it. ``--held``: train on the
tuning articles, score the held-apart ones (figures only: their texts are never shown).
``--events``: the same by events, the extractor reading with each fold's model, per
threshold. ``--by story`` folds by story instead of by article: articles whose labelled
parties share a telling word (the README's matching rule) stay in one fold, so no fold
learns a story's wording from its other articles; ``--real DIR`` (repeatable, with ``--events``) adds a labelled set in
news_real_dev's format read with the model of all tuning articles and stored sets, but
the stored set collected from a folder of its name (scored only: a set never scores a
model that learnt from it).
The same inputs give the same bytes (full-batch training, no random start).
"""

from __future__ import annotations

import argparse
import ast
import base64
import json
import subprocess
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from listwatch.news.evaluate import held_apart
from listwatch.news.language import detect_language
from listwatch.news.load import from_text
from listwatch.news.mentions import find_mentions
from listwatch.news.sentence_model import MODEL_PATH, SentenceModel, features, train
from listwatch.news.sentences import split_sentences
from listwatch.news.triggers import find_triggers

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ROOT / "tests" / "news" / "test_trigger_families.py"
L2, BALANCE, STEPS = 1e-2, 0.5, 300
HARD = 1.0
TYPES = ("designation", "removal", "legal_challenge", "injunction", "vacatur", "license", "deadline")


@dataclass
class Example:
    group: str  # the article (folds never split one), or "families"
    feats: np.ndarray
    types: frozenset[str]
    weight: float = 1.0
    told: bool = False  # a rule trigger matched it: the model never reads it at run time


def sentence_examples(text: str, lang: str | None, evidence: Iterable[tuple[str, str]], group: str) -> list[Example]:
    """The sentences of one text as the extractor sees them (same body, splitter and
    mentions), each with the types whose evidence it overlaps."""
    art = from_text(text)
    body = art.text if not art.title or art.text.startswith(art.title) else f"{art.title}\n\n{art.text}"
    lang = lang or detect_language(body)
    mentions, _entities = find_mentions(body, lang, None)
    spans: list[tuple[int, int, str]] = []
    for quote, typ in evidence:
        at = body.find(quote)
        if at < 0:
            at = body.find(quote[:60])
        if at >= 0:
            spans.append((at, at + len(quote), typ))
    out = []
    for s in split_sentences(body, lang):
        masks = [(m.start - s.start, m.end - s.start) for m in mentions
                 if m.entity is not None and s.start <= m.start < s.end]
        types = frozenset(t for a, b, t in spans
                          if min(b, s.end) - max(a, s.start) >= 0.5 * min(b - a, s.end - s.start))
        out.append(Example(group, features(s.text, masks), types, told=bool(find_triggers(s.text, lang))))
    return out


def family_examples() -> list[Example]:
    tree = ast.parse(FAMILIES.read_text(encoding="utf-8"))
    found: dict[str, list[tuple[str, str]]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in ("EN", "FR", "NEG"):
            found[node.targets[0].id] = ast.literal_eval(node.value)
    out: list[Example] = []
    for lang in ("en", "fr"):
        for typ, sent in found[lang.upper()]:
            if typ in TYPES:
                out.extend(_one_sentence(sent, lang, typ))
    for lang, sent in found["NEG"]:
        for e in _one_sentence(sent, lang, None):
            e.weight = HARD  # written to be hard: a near miss counts as several sentences
            out.append(e)
    return out


def _one_sentence(sent: str, lang: str, typ: str | None) -> list[Example]:
    mentions, _e = find_mentions(sent, lang, None)
    masks = [(m.start, m.end) for m in mentions if m.entity is not None]
    return [Example("families", features(sent, masks), frozenset([typ]) if typ else frozenset(),
                    told=bool(find_triggers(sent, lang)))]


WRITTEN = ROOT / "tests" / "news" / "articles"


def written_examples() -> list[Example]:
    """The sentences of the written article sets: a sentence the extractor reads as an
    event its gold holds (same type and party) is a positive of that type; the other
    sentences are negatives when the extractor found every gold event of the article
    (otherwise they are left out: one of them may state the missed event)."""
    from listwatch.news import extract_article
    from listwatch.news.evaluate import same_entity

    out: list[Example] = []
    for txt in sorted(WRITTEN.rglob("*.txt")):
        gold_file = txt.with_suffix(".json")
        if not gold_file.exists():
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        with _no_model():
            pred = extract_article(text, published=gold.get("published"))["events"]
        found = [p for p in pred if any(g["type"] == p["type"] and same_entity(p["entity"], g["entity"])
                                         for g in gold["events"])]
        complete = all(any(g["type"] == p["type"] and same_entity(p["entity"], g["entity"]) for p in found)
                       for g in gold["events"])
        group = "written:" + str(txt.relative_to(WRITTEN))
        ex = sentence_examples(text, gold.get("language"), [(p["evidence"], p["type"]) for p in found
                                                             if p["type"] in TYPES], group)
        out.extend(e for e in ex if e.types or complete)
    return out


def _no_model():  # the rules alone label the written sets
    from listwatch.news.model_events import using

    return using(None)


def real_articles() -> list[dict]:
    """The labelled real articles, read with bench/bench_news.py's loader (never copied)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_news import REAL as BENCH_REAL
    from bench_news import load_real

    out = load_real()
    if not out:
        sys.exit(f"no labelled articles at {BENCH_REAL}: set LISTWATCH_TEST_DATA")
    return out


def _load_set(folder: Path) -> list[dict]:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_news import load_real

    return load_real(folder)


_PLURAL = {"article": "articles", "story": "stories"}


def fold_sets(arts: list[dict], folds: int, by: str) -> list[set[str]]:
    """The test files of each fold: every ``folds``-th article (``by="article"``), or
    every ``folds``-th story (``by="story"``: articles joined when their labelled parties
    share a telling word, transitively; an article with no event is a story of its own)."""
    from listwatch.news.evaluate import telling_words

    files = sorted(d["file"] for d in arts)
    if by == "article":
        return [set(files[f::folds]) for f in range(folds)]
    words = {d["file"]: {w for e in d["events"] for w in telling_words(e["entity"])} for d in arts}
    root = {f: f for f in files}

    def find(f: str) -> str:
        while root[f] != f:
            root[f] = root[root[f]]
            f = root[f]
        return f

    for i, a in enumerate(files):
        for b in files[i + 1:]:
            if words[a] & words[b]:
                root[find(a)] = find(b)
    stories: dict[str, list[str]] = {}
    for f in files:
        stories.setdefault(find(f), []).append(f)
    ordered = sorted(stories.values())
    return [{f for s in ordered[k::folds] for f in s} for k in range(folds)]


def real_examples(d: dict) -> list[Example]:
    """A labelled article's sentences: its labelled evidence, and the sentences where the
    rules read a labelled event again (the same type and party told twice), are
    positives; the others negatives."""
    from listwatch.news import extract_article
    from listwatch.news.evaluate import same_party

    ev = [(e["evidence"], e["type"]) for e in d["events"] if e["type"] in TYPES]
    with _no_model():
        pred = extract_article(d["text"], published=d["published"])["events"]
    ev += [(p["evidence"], p["type"]) for p in pred if p["type"] in TYPES and any(
        g["type"] == p["type"] and same_party(p["entity"], g["entity"]) for g in d["events"])]
    return sentence_examples(d["text"], d["lang"], ev, d["file"])


SAMPLES = ROOT / "bench" / "sentence_samples"
SAMPLES_FORMAT = "listwatch-sentence-samples/1"


def collect(name: str, folder: Path, store: Path = SAMPLES) -> None:
    """Store the sentences of the labelled set ``folder`` as the model learns them
    (``real_examples``: hashed feature numbers and the types each sentence states) in
    ``bench/sentence_samples/NAME.json``: no text, no name, so that a build without the
    set at hand (CI) learns from it the same."""
    arts = _load_set(folder)
    if not arts:
        sys.exit(f"{folder}: no labels.jsonl there (a set in news_real_dev's format: labels.jsonl, articles/)")
    stored = []
    for d in sorted(arts, key=lambda d: d["file"]):
        stored.append([[sorted(e.types), _pack(e.feats), int(e.told)] for e in real_examples(d)])
    by = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                        text=True, check=False).stdout.strip()
    doc = {"format": SAMPLES_FORMAT, "set": name, "folder": folder.name, "read_by": by,
           "articles": len(stored),
           "data": base64.b64encode(zlib.compress(json.dumps(stored, separators=(",", ":")).encode(), 9)).decode()}
    store.mkdir(parents=True, exist_ok=True)
    (store / f"{name}.json").write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    n = sum(len(a) for a in stored)
    pos = sum(bool(t) for a in stored for t, _f, _told in a)
    print(f"{name}: {len(stored)} articles, {n} sentences ({pos} stating an event), read by {by}")


def _pack(feats: np.ndarray) -> str:
    return base64.b64encode(np.diff(np.asarray(feats, dtype=np.int64), prepend=0).astype("<u4").tobytes()).decode()


def _unpack(text: str) -> np.ndarray:
    return np.cumsum(np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.int64))


def stored_samples(folder: Path = SAMPLES) -> dict[str, tuple[str, list[Example]]]:
    """The stored sets: name -> (the folder name they were read from, their sentences),
    each article a group of its own."""
    out: dict[str, tuple[str, list[Example]]] = {}
    for f in sorted(folder.glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        if doc.get("format") != SAMPLES_FORMAT:
            sys.exit(f"{f}: not a stored sentence set ({SAMPLES_FORMAT})")
        ex = [Example(f"{doc['set']}:{k}", _unpack(feats), frozenset(types), told=bool(told))
              for k, art in enumerate(json.loads(zlib.decompress(base64.b64decode(doc["data"]))))
              for types, feats, told in art]
        out[doc["set"]] = (doc["folder"], ex)
    return out


# the validation set (the gate) and the hold sets of the sessions: never learnt from
NEVER = ("V", "R", "S")

TOLD = 1.0  # the weight of a sentence a rule trigger matched (the model never reads those)


def fit(examples: list[Example], **kw: float) -> SentenceModel:
    model = train([(e.feats, e.types) for e in examples], TYPES,
                  weights=[e.weight * (TOLD if e.told else 1.0) for e in examples], **kw)
    return SentenceModel.loads(model.dumps())  # as the file holds it


def predict(model: SentenceModel, feats: np.ndarray) -> np.ndarray:
    rows = model._rows(feats)
    z = model.bias + model.weights[rows].sum(axis=0)
    return 1.0 / (1.0 + np.exp(-z))


def report(pairs: list[tuple[np.ndarray, frozenset[str]]], title: str) -> None:
    print(f"\n== {title}: {len(pairs)} sentences")
    print(f"{'type':16} {'n':>4}" + "".join(f"   P@{th:.2f} R@{th:.2f}" for th in (0.5, 0.7, 0.85)))
    for k, t in enumerate(TYPES):
        n = sum(t in ts for _p, ts in pairs)
        row = f"{t:16} {n:4}"
        for th in (0.5, 0.7, 0.85):
            tp = sum(p[k] >= th and t in ts for p, ts in pairs)
            fp = sum(p[k] >= th and t not in ts for p, ts in pairs)
            row += f"   {tp / (tp + fp) if tp + fp else 1:6.2f} {tp / n if n else 1:6.2f}"
        print(row)
    anyn = sum(bool(ts) for _p, ts in pairs)
    for th in (0.5, 0.7, 0.85):
        tp = sum(bool(ts) and any(p[k] >= th and TYPES[k] in ts for k in range(len(TYPES))) for p, ts in pairs)
        fp = sum(any(p[k] >= th and TYPES[k] not in ts for k in range(len(TYPES))) for p, ts in pairs)
        print(f"any type @{th:.2f}: P {tp / (tp + fp) if tp + fp else 1:.2f} R {tp / anyn if anyn else 1:.2f}")


GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def _score(items: list[tuple[dict, SentenceModel | None]], th: float) -> dict:
    from listwatch.news import extract_article
    from listwatch.news.evaluate import same_party, score_labelled
    from listwatch.news.model_events import using

    rows = []
    model_events = model_right = 0
    for d, model in items:
        with using(model, dict.fromkeys(TYPES, th)):
            res = extract_article(d["text"], published=d["published"])
        mine = [e for e in res["events"] if e["found_by"] == "model"]
        model_events += len(mine)
        model_right += sum(any(g["type"] == e["type"] and same_party(g["entity"], e["entity"])
                               for g in d["events"]) for e in mine)
        rows.append((d["file"][:40], d["lang"], res["events"], d["events"], d.get("unlabelled_named") or []))
    t = score_labelled(rows)
    a = t["all"]
    none = t.get("none:events")
    return {"P": a.precision, "R": a.recall, "F1": a.f1, "tp": a.tp, "fp": a.fp, "fn": a.fn,
            "none_events": none.fp if none else 0, "model_events": model_events, "model_right": model_right}


def event_cv(arts: list[dict], tuning: list[dict], fam: list[Example], per_art: dict, folds: int, kw: dict,
             extra: tuple[tuple[str, list[dict]], ...] = (), by: str = "article",
             samples: dict[str, tuple[str, list[Example]]] | None = None) -> None:
    """Event-level figures by threshold: each tuning article read with the model of the
    folds that left it out (and every stored set); the held-apart ones with the model of
    all; each ``extra`` set with the model of all but the stored set read from a folder of
    its name (a set never scores a model that learnt from it)."""
    samples = samples or {}
    stored = [e for _f, ex in samples.values() for e in ex]
    files = sorted(d["file"] for d in tuning)
    by_file = {d["file"]: d for d in arts}
    items: list[tuple[dict, SentenceModel | None]] = []
    for test in fold_sets(tuning, folds, by):
        model = fit(fam + stored + [e for x in files if x not in test for e in per_art[x]], **kw)
        items += [(by_file[x], model) for x in sorted(test)]
    dev = [e for x in files for e in per_art[x]]
    full = fit(fam + stored + dev, **kw)
    held = [(d, full) for d in arts if held_apart(d["file"])]
    print(f"\n== events: tuning part by {folds}-fold leave-{_PLURAL[by]}-out / held-apart part"
          f" (stored sets: {', '.join(samples) or 'none'})")
    for th in GRID:
        a, b = _score(items, th), _score(held, th)
        print(f"threshold {th:4.2f}  tuning P {a['P']:.2f} R {a['R']:.2f} F1 {a['F1']:.3f} "
              f"(+{a['model_events']} model, {a['model_right']} right, {a['none_events']} in no-event)   "
              f"held P {b['P']:.2f} R {b['R']:.2f} F1 {b['F1']:.3f} (+{b['model_events']} model, "
              f"{b['model_right']} right, {b['none_events']} in no-event)", flush=True)
    for name, items in extra:
        left = [n for n, (folder, _ex) in samples.items() if folder == name]
        model = full if not left else fit(fam + dev + [e for n, (_f, ex) in samples.items() if n not in left
                                                       for e in ex], **kw)
        print(f"\n== events: {name} ({len(items)} articles), the model of all tuning articles"
              + (f" and stored sets but {', '.join(left)}" if left else " and stored sets"))
        for th in GRID:
            c = _score([(d, model) for d in items], th)
            print(f"threshold {th:4.2f}  {name}: P {c['P']:.2f} R {c['R']:.2f} F1 {c['F1']:.3f} "
                  f"(+{c['model_events']} model, {c['model_right']} right, {c['none_events']} in no-event)",
                  flush=True)


def cv_sets(fam: list[Example], dev: list[Example], samples: dict[str, tuple[str, list[Example]]],
            kw: dict) -> None:
    """Sentence figures of each set (the dev tuning part, each stored set) scored with the
    model trained on all the others."""
    parts = {"dev": dev, **{n: ex for n, (_f, ex) in samples.items()}}
    base = fit(fam + dev, **kw) if samples else None
    for name, ex in parts.items():
        model = fit(fam + [e for n, other in parts.items() if n != name for e in other], **kw)
        report([(predict(model, e.feats), e.types) for e in ex], f"{name}, trained without it")
        if base is not None and name != "dev":
            report([(predict(base, e.feats), e.types) for e in ex],
                   f"{name}, trained on the dev tuning part alone (no stored set)")


def main() -> None:
    global HARD, TOLD
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--output", type=Path, default=MODEL_PATH)
    ap.add_argument("--collect", nargs=2, metavar=("NAME", "DIR"),
                    help="store the labelled set DIR's sentences (hashed features, types) as "
                         "bench/sentence_samples/NAME.json, then stop")
    ap.add_argument("--cv", action="store_true", help="leave-articles-out cross-validation on the tuning part")
    ap.add_argument("--cv-sets", action="store_true",
                    help="each set (dev tuning part, each stored set) scored by the model trained without it")
    ap.add_argument("--held", action="store_true", help="train on the tuning part, score the held-apart part")
    ap.add_argument("--events", action="store_true",
                    help="event-level: the extractor with each fold's model, per threshold (tuning part), then held-apart")
    ap.add_argument("--real", type=Path, action="append", default=[], metavar="DIR",
                    help="with --events: also score this labelled set (news_real_dev's format) by threshold")
    ap.add_argument("--folds", type=int, default=7)
    ap.add_argument("--by", choices=("article", "story"), default="article",
                    help="what a fold leaves out: articles, or whole stories (articles sharing a labelled party)")
    ap.add_argument("--written", action=argparse.BooleanOptionalAction, default=True,
                    help="also learn from the written article sets, labelled by the rules and their gold")
    ap.add_argument("--samples", action=argparse.BooleanOptionalAction, default=True,
                    help="also learn from the stored sets of bench/sentence_samples")
    ap.add_argument("--store", type=Path, default=SAMPLES, help="where the stored sets are (for tests)")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--balance", type=float, default=BALANCE)
    ap.add_argument("--steps", type=int, default=STEPS)
    ap.add_argument("--hard", type=float, default=HARD, help="weight of a written near miss")
    ap.add_argument("--told", type=float, default=TOLD, help="weight of a sentence a rule trigger matched")
    args = ap.parse_args()
    HARD, TOLD = args.hard, args.told
    if args.collect:
        if args.collect[0] in NEVER or Path(args.collect[1]).name in NEVER:
            ap.error("V (the gate) and R and S (the hold sets) are never learnt from")
        collect(args.collect[0], Path(args.collect[1]), args.store)
        return
    if args.real and not args.events:
        ap.error("--real DIR scores a set by events: give --events too")
    extra: list[tuple[str, list[dict]]] = []
    for folder in args.real:
        items = _load_set(folder)
        if not items:
            ap.error(f"--real {folder}: no labels.jsonl there (a set in news_real_dev's format: labels.jsonl, articles/)")
        extra.append((folder.name, items))
    arts = real_articles()
    fam = family_examples() + (written_examples() if args.written else [])
    samples = stored_samples(args.store) if args.samples else {}
    stored = [e for _f, ex in samples.values() for e in ex]
    tuning = [d for d in arts if not held_apart(d["file"])]
    per_art = {d["file"]: real_examples(d) for d in arts}
    dev = [e for d in tuning for e in per_art[d["file"]]]
    kw = {"l2": args.l2, "balance": args.balance, "steps": args.steps}
    if args.cv:
        files = sorted(d["file"] for d in tuning)
        pairs = []
        for test in fold_sets(tuning, args.folds, args.by):
            model = fit(fam + stored + [e for x in files if x not in test for e in per_art[x]], **kw)
            pairs += [(predict(model, e.feats), e.types) for x in sorted(test) for e in per_art[x]]
        report(pairs, f"tuning part, {args.folds}-fold leave-{_PLURAL[args.by]}-out")
    if args.cv_sets:
        cv_sets(fam, dev, samples, kw)
    if args.held:
        model = fit(fam + stored + dev, **kw)
        held = [d for d in arts if held_apart(d["file"])]
        report([(predict(model, e.feats), e.types) for d in held for e in per_art[d["file"]]],
               "held-apart part (trained on the tuning part and the stored sets)")
    if args.events:
        event_cv(arts, tuning, fam, per_art, args.folds, kw, tuple(extra), args.by, samples)
    if args.cv or args.cv_sets or args.held or args.events:
        return
    model = fit(fam + dev + stored, **kw)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(model.dumps())
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
