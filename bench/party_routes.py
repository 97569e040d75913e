"""Each way the news reader picks an event's party, with how often it is right, on labelled
real sets: the record that says whether a route should demand more evidence.

    .venv/bin/python bench/party_routes.py dump DIR OUT.json
    .venv/bin/python bench/party_routes.py table NAME=OUT.json[,DIR] ...

``dump`` reads every article of a labelled set (``DIR/articles/`` and ``DIR/labels.jsonl``,
news_real_dev's format) with the ``listwatch`` found on ``PYTHONPATH`` and writes its events;
it uses nothing but ``extract_article``, so it runs on any older tree (a set's first look:
``PYTHONPATH=/path/to/old/src``). ``table`` classifies those events with this checkout's
rules: the route (``entity_via``: ``sentence``, ``list``, ``anaphora``, ``article``; for
``sentence``, where the name stands relative to the act's trigger, by
``diagnose_news.structure_kinds``: headline, relative clause, possessive, after "of",
apposition, speaker, object, subject, after the trigger, absent), and the verdict: ``right``
(the party holds a label of the event's type), ``wrong`` (the party holds no label at all),
``wtype`` (labels of other types only); names the labels allow either way are left out.
Counts only; no text is printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

_ORDER = ("headline", "took_relative", "took_possessive", "took_of", "took_apposition", "took_speaker",
          "took_object", "took_subject", "took_after", "took_absent", "took_unfound")


def _labels(folder: Path) -> dict[str, dict[str, Any]]:
    if not (folder / "labels.jsonl").is_file() or not (folder / "articles").is_dir():
        sys.exit(f"party_routes.py: {folder}: not a labelled set (expected {folder}/labels.jsonl and "
                 f"{folder}/articles/, as in news_real_dev)")
    out = {}
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[d["file"]] = d
    return out


def dump(folder: Path, out: Path) -> None:
    """The events of every article of ``folder``, as read by the importable listwatch."""
    from listwatch.news import extract_article

    rows = []
    for name, d in _labels(folder).items():
        text = (folder / "articles" / name).read_text(encoding="utf-8")
        try:
            res = extract_article(text, published=d["published"])
        except Exception as exc:  # an old tree's crash on one page leaves that page out
            print(f"{name}: not read ({type(exc).__name__})", file=sys.stderr)
            continue
        rows.append({"file": name, "events": res["events"],
                     "names": [m["name"] for m in res["mentions"]]
                     + [a for m in res["mentions"] for a in m.get("aliases", [])]})
    out.write_text(json.dumps(rows), encoding="utf-8")
    print(f"{folder.name}: {len(rows)} articles -> {out}")


def route(event: dict[str, Any], lang: str, names: list[str]) -> str:
    """The route that gave ``event`` its party."""
    via = event.get("entity_via") or "sentence"
    if via != "sentence":
        return via
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from diagnose_news import structure_kinds

    tags = structure_kinds(event["evidence"], lang, event["type"], event["entity"], [], names)
    return next((t for t in _ORDER if t in tags), "took_none")


def table(specs: list[str]) -> None:
    from listwatch.news.evaluate import same_party

    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    sets = []
    for spec in specs:
        name, _, rest = spec.partition("=")
        dumped, _, folder = rest.partition(",")
        if not folder:
            sys.exit(f"party_routes.py table: {spec!r}: give NAME=OUT.json,DIR")
        sets.append(name)
        labels = _labels(Path(folder))
        for art in json.loads(Path(dumped).read_text(encoding="utf-8")):
            d = labels[art["file"]]
            for e in art["events"]:
                if any(same_party(e["entity"], n) for n in d.get("unlabelled_named") or []):
                    continue
                same = [g for g in d["events"] if same_party(e["entity"], g["entity"])]
                verdict = "right" if any(g["type"] == e["type"] for g in same) else "wtype" if same else "wrong"
                counts[route(e, d["lang"], art["names"])][name][verdict] += 1
    print(f"{'route':16} {'right':>5} {'wrong':>5} {'wtype':>5}  " + "  ".join(f"{s:>7}" for s in sets))
    for r in sorted(counts):
        tot: Counter[str] = Counter()
        for c in counts[r].values():
            tot.update(c)
        cells = "  ".join(f"{counts[r][s]['right']:>3}/{counts[r][s]['wrong']:<3}" for s in sets)
        print(f"{r:16} {tot['right']:>5} {tot['wrong']:>5} {tot['wtype']:>5}  {cells}")


def main() -> None:
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
        return
    if args[0] == "dump" and len(args) == 3:
        dump(Path(args[1]), Path(args[2]))
    elif args[0] == "table" and len(args) > 1:
        table(args[1:])
    else:
        sys.exit("party_routes.py: use `dump DIR OUT.json` or `table NAME=OUT.json,DIR ...` (--help for more)")


if __name__ == "__main__":
    main()
