"""Kinds of errors on the labelled real articles, so a held-apart part can be judged by
kind without reading its texts.

    .venv/bin/python bench/diagnose_news.py [--part tuning|held|all] [--lang en|fr] [--show]
                                            [--real DIR] [--help]

``--real DIR`` diagnoses another labelled set in news_real_dev's format (``DIR/articles/``
and ``DIR/labels.jsonl``) instead: all its articles (``--part`` does not apply). Use
``--show`` only on a set you may read and tune on.

Each missed label is put in one kind: ``no_mention`` (the party is not found as a name
at all), ``no_trigger`` (found, but no trigger in the sentence of the label's evidence),
``blocked`` (a trigger there was dropped as negated, hypothetical or background),
``other_type`` (an event for the party was extracted with another type),
``unattributed`` (a live trigger, the party named, but the event went elsewhere or
nowhere). Each spurious event: ``wrong_party`` (no label of any type for that name),
``wrong_type`` (the party has labels of other types), ``extra`` (the party and type are
labelled, but this one was not matched: a second date, a repeat). ``--show`` prints the
lines (never use it on the held-apart part while tuning).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_news import load_real, real_dirs

from listwatch.news import extract_article
from listwatch.news.attribution import RELATIVE as ATTR_RELATIVE
from listwatch.news.coreference import anaphor
from listwatch.news.dates import PartialDate, find_dates
from listwatch.news.dates_context import is_distractor
from listwatch.news.evaluate import held_apart, same_party, score_labelled
from listwatch.news.modality import blocked as _blocked
from listwatch.news.modality import compiled as _compiled
from listwatch.news.sentences import split_sentences
from listwatch.news.triggers import find_triggers as _find_triggers


def _sentence_of(text: str, lang: str, evidence: str) -> str | None:
    at = text.find(evidence[:60])
    if at < 0:
        return None
    for s in split_sentences(text, lang):
        if s.start <= at < s.end:
            return s.text
    return None


def classify(d: dict[str, Any], res: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [(d["file"], d["lang"], res["events"], d["events"], d.get("unlabelled_named") or [])]
    t = score_labelled(rows)["all"]
    names = [m["name"] for m in res["mentions"]] + [a for m in res["mentions"] for a in m["aliases"]]
    out: list[tuple[str, str]] = []
    for line in t.errors:
        if ": missed " in line:
            typ, rest = line.split(": missed ", 1)[1].split(" ", 1)
            g = next(g for g in d["events"] if g["type"] == typ and rest.startswith(g["entity"]))
            sent = _sentence_of(d["text"], d["lang"], g["evidence"])
            trigs = _find_triggers(sent, d["lang"]) if sent else []
            trigs_t = [x for x in trigs if x.event == typ or x.event == "similar"]
            if not any(same_party(n, g["entity"]) for n in names):
                kind = "no_mention"
                for tag in party_kinds(d["text"], g["entity"], res["mentions"]):
                    out.append((f"party:{tag}", line))
            elif not trigs_t:
                kind = "no_trigger"
            elif all(_blocked(sent or "", d["lang"], x, trigs) for x in trigs_t):
                kind = "blocked"
            elif any(same_party(e["entity"], g["entity"]) for e in res["events"]):
                kind = "other_type"
            else:
                kind = "unattributed"
                for tag in structure_kinds(sent or "", d["lang"], typ, None, [g["entity"]], names):
                    out.append((f"structure:{tag}", line))
            out.append((f"missed:{typ}:{kind}", line))
            if kind != "no_mention":
                for tag in coref_kinds(sent or "", g, typ, res, names, bool(trigs_t)):
                    out.append((f"coref:{tag}", line))
        elif ": spurious " in line:
            typ, rest = line.split(": spurious ", 1)[1].split(" ", 1)
            ent = rest.split(" :: ")[0].rsplit(" ", 1)[0]
            labelled = [g for g in d["events"] if same_party(ent, g["entity"])]
            ev = rest.split(" :: ", 1)[1] if " :: " in rest else ""
            same_sent = [g for g in d["events"] if g["type"] == typ and ev[:60] and (
                ev[:60] in g["evidence"] or g["evidence"][:60] in ev)]
            kind = ("wrong_party_swap" if same_sent else "wrong_party_nolabel") if not labelled else (
                "extra" if any(g["type"] == typ for g in labelled) else "wrong_type")
            out.append((f"spurious:{typ}:{kind}", line))
            if kind.startswith("wrong_party"):
                got = next((e for e in res["events"] if e["type"] == typ and e["entity"] == ent), None)
                if got is not None:
                    gold_names = [g["entity"] for g in same_sent]
                    for tag in structure_kinds(got["evidence"], d["lang"], typ, ent, gold_names, names):
                        out.append((f"structure:{tag}", line))
        else:
            out.append((f"date:{_date_kind(d, res, line)}", line))
    return out


def coref_kinds(sent: str, g: dict[str, Any], typ: str, res: dict[str, Any], names: list[str],
                trigger_here: bool) -> list[str]:
    """Where a missed label's party stands for coreference: named in the label's sentence
    or ``absent`` from it (told by a description, a pronoun or a passive), with or without
    a trigger of the type there, and whether an event of that type and party was
    extracted elsewhere (``merged``: the label's own telling joined another event)."""
    party = [n for n in names if same_party(n, g["entity"])]
    named = any(n and n in sent for n in party)
    tags = [f"{'named' if named else 'absent'}_{'trigger' if trigger_here else 'no_trigger'}"]
    if any(e["type"] == typ and same_party(e["entity"], g["entity"]) for e in res["events"]):
        tags.append("same_type_elsewhere")
    if not named:
        comp = _compiled(res["language"])
        plural = comp["plural"].search(sent)
        tags.append("ana_plural" if plural else "ana_singular" if anaphor(comp, sent) else "ana_none")
        here = [e for e in res["events"] if e["evidence"][:60] and e["evidence"][:60] in sent]
        tags.append("sent_events_none" if not here else "sent_events_party" if any(
            same_party(e["entity"], g["entity"]) for e in here) else "sent_events_other_party")
    return tags


_SPEECH_BEFORE = re.compile(r"(?i)\b(?:said|says|told|according\s+to|a\s+(?:déclaré|expliqué|indiqué|affirmé|dit)|"
                            r"selon|estime|explique)\s+(?:[\w-]+\s+){0,3}$")
_OWN_VERB_AFTER = re.compile(r"(?i)^\W{0,2}(?:[\w-]+\s+){0,2}?(?:said|says|told|announced|added|would|will|has|had|"
                             r"is|was|a\s+\w+é|ont|a\s+déclaré|a\s+annoncé|dénonce|affirme|estime)\b")
_REL_BEFORE = re.compile(r"(?i)\b(?:which|who|whose|that|qui|que|dont|où|where)\b[^,;]*$")


def structure_kinds(sent: str, lang: str, typ: str, took: str | None, gold: list[str],
                    names: list[str]) -> list[str]:
    """Where, in the event's sentence, the name that took the event (``took_*``) and the
    labelled party (``gold_*``) sit, by structure and never by wording: ``object`` (right
    after a trigger of the type), ``subject`` (before it, opening the sentence or its
    clause), ``acts`` (followed by a verb of its own), ``relative`` (inside a relative
    clause), ``apposition`` (between commas or in parentheses after another name),
    ``possessive`` (followed by 's), ``speaker`` (after "said"), ``of`` (after of/de),
    ``absent`` (not written in the sentence), ``headline`` (a line with no stop)."""
    trigs = [t for t in _find_triggers(sent, lang) if t.event == typ or t.event == "similar"]
    tags: list[str] = []
    if sent and "\n" not in sent and not re.search(r"[.!?]\W*$", sent):
        tags.append("headline")

    def where(name: str, label: str) -> None:
        at = sent.find(name)
        if at < 0:
            words = [w for w in name.split() if len(w) > 3]
            at = min((sent.find(w) for w in words if sent.find(w) >= 0), default=-1)
        if at < 0:
            tags.append(f"{label}_absent" if any(same_party(n, name) for n in names) else f"{label}_unfound")
            return
        end = at + len(name)
        left, right = sent[max(0, at - 60) : at], sent[end : end + 40]
        if any(0 <= at - t.end <= 12 for t in trigs):
            tags.append(f"{label}_object")
        elif trigs and at < trigs[0].start:
            tags.append(f"{label}_subject")
        elif trigs:
            tags.append(f"{label}_after")
        if _OWN_VERB_AFTER.match(right) and not any(0 <= t.start - end <= 25 for t in trigs):
            tags.append(f"{label}_acts")
        rel = _REL_BEFORE.search(left)
        if rel:
            tags.append(f"{label}_relative")
            rel_at = max(0, at - 60) + rel.start()
            near = [t for t in trigs if t.start < at]
            if near:
                # where the pronoun sits: before the nearest trigger (the trigger is inside the
                # relative clause) or between it and the name (the name is)
                tags.append(f"{label}_relative_" + ("holds_trigger" if rel_at < near[-1].start else "after_trigger"))
            tags.append(f"{label}_relative_word_{rel.group(0).split()[0].lower()}")
        if left.rstrip().endswith((",", "(")) and re.match(r"\s*[,)]", right):
            tags.append(f"{label}_apposition")
        if re.match(r"['’]s?\s", right):
            tags.append(f"{label}_possessive")
        if _SPEECH_BEFORE.search(left):
            tags.append(f"{label}_speaker")
        if re.search(r"(?i)\b(?:of|de|du|des|d['’])\s*$", left):
            tags.append(f"{label}_of")

    if took is not None:
        where(took, "took")
    for g in gold:
        where(g, "gold")
    if not trigs:
        tags.append("no_trigger_here")
    return tags


_PARTICLES = {"de", "du", "des", "van", "von", "der", "bin", "ibn", "al", "el", "da", "di", "le", "la"}


def party_kinds(text: str, entity: str, mentions: list[dict[str, Any]]) -> list[str]:
    """Kinds of a party never found as a name, from its shape and the places it is
    written (no text shown): ``shape_*`` (``lower`` a word in lower case, ``caps`` all
    capitals, ``digit``, ``hyphen``, ``symbol``, ``particle``, ``one_word``, ``long``),
    ``count_*`` (times written as labelled, ``0`` when the label's form is not in the
    text), ``headline_only``, ``ctx_*`` of its places (``colon`` after a colon in its
    sentence, ``list`` between commas, ``acronym_def`` before or inside parentheses,
    ``cue`` after a lower-case noun or "la société", ``of`` after "of"/"de",
    ``opens`` at a sentence start, ``quoted``), ``partial`` (a found name overlaps)."""
    tags = []
    words = entity.split()
    if any(w[:1].islower() and w.lower() not in _PARTICLES for w in words):
        tags.append("shape_lower")
    if any(len(w) > 1 and w.isupper() for w in words):
        tags.append("shape_caps")
    if any(c.isdigit() for c in entity):
        tags.append("shape_digit")
    if "-" in entity:
        tags.append("shape_hyphen")
    if re.search(r"[+&./]", entity):
        tags.append("shape_symbol")
    if any(w.lower() in _PARTICLES for w in words[1:]):
        tags.append("shape_particle")
    tags.append("shape_one_word" if len(words) == 1 else "shape_long" if len(words) > 4 else "shape_2_4_words")
    spots = [m.start() for m in re.finditer(re.escape(entity), text)]
    tags.append(f"count_{min(len(spots), 3)}")
    first_nl = text.find("\n")
    if spots and all(p < first_nl for p in spots):
        tags.append("headline_only")
    for p in spots:
        left = text[max(0, p - 60) : p]
        left_sent = re.split(r"[.!?]\s", left)[-1]
        right = text[p + len(entity) : p + len(entity) + 15]
        if ":" in left_sent:
            tags.append("ctx_colon")
        if left.rstrip().endswith(",") or right.lstrip().startswith(","):
            tags.append("ctx_list")
        if right.lstrip().startswith("(") or left.rstrip().endswith("("):
            tags.append("ctx_acronym_def")
        if re.search(r"(?:\b[a-zà-ÿ]{3,}|soci[ée]t[ée]|groupe)\s+$", left) and not re.search(
                r"\b(?:of|de|du|des|and|et|the|le|la|les|to|on|by|par|sur|with|against|contre)\s+$", left):
            tags.append("ctx_cue")
        if re.search(r"\b(?:of|de|du|des|d[’'])\s*$", left):
            tags.append("ctx_of")
        if re.search(r"(?:^|[.!?\n]\s*)$", left):
            tags.append("ctx_opens")
        if re.search(r"[«“\"‘]\s*$", left):
            tags.append("ctx_quoted")
        if any(m_["name"] and (entity in m_["name"] or any(entity in a for a in m_["aliases"])
                               or m_["name"] in entity) for m_ in mentions):
            tags.append("partial")
    return sorted(set(tags))


_DATE_LINE = re.compile(r"^(?P<file>[^:]+): (?P<type>\w+) (?P<ent>.+) date (?P<pred>\S+) != (?P<gold>\S+)$")


def _why_unassigned(sent: str, lang: str, pub: PartialDate | None, live: list[Any], trigs: list[Any]) -> str:
    """Why a live trigger with a date in its sentence got none: ``dateline`` or
    ``distractor`` (the dates were set aside), ``deadline`` (a deadline cue on one side
    only), ``relative`` (the date sits behind a relative clause), ``taken`` (another
    trigger was nearer), ``lost`` (assigned, then lost later)."""
    from listwatch.news import events as ev

    dates = find_dates(sent, lang, pub)
    head = ev._DATELINE.match(sent)
    if head and all(x.start < head.end() for x in dates):
        return "dateline"
    comp = ev._compiled(lang)
    all_live = [t for t in trigs if not ev._blocked(sent, lang, t, trigs)]
    kept = [x for x in dates if not (head and x.start < head.end())]
    if comp["distractor"] is not None:
        kept = [x for x in kept if not is_distractor(sent, x, all_live, comp["distractor"])]
    if not kept:
        return "distractor"
    got = ev._assign_dates(all_live, kept, sent, lang)
    if any(all_live[i] in live for i in got):
        return "lost"
    if all((x.deadline != (live[0].event == "deadline")) for x in kept):
        return "deadline"
    if any(ATTR_RELATIVE.search(sent[min(live[0].end, x.end) : max(live[0].start, x.start)]) for x in kept):
        return "relative"
    return "taken"


def _date_kind(d: dict[str, Any], res: dict[str, Any], line: str) -> str:
    """The kind of a wrong date, from the dates alone (no text shown): ``undated_*`` (no
    date given: ``bare`` when the label's sentence has no date expression, ``in_sent``
    when it has one), ``coarse`` (a coarser date that agrees), ``pub`` (the publication
    date taken), ``year`` (month and day right, year wrong), ``other_in_sent`` (the label's
    date is one reading of an expression of its sentence, another was taken), ``finer``
    (more precise than the label and wrong), ``other``."""
    m = _DATE_LINE.match(line.strip())
    if not m:
        return "unparsed"
    pred, gold = m["pred"], m["gold"]
    g = next((g for g in d["events"] if g["type"] == m["type"] and g.get("date") == gold
              and m["ent"].startswith(g["entity"])), None)
    sent = _sentence_of(d["text"], d["lang"], g["evidence"]) if g else None
    pub = PartialDate.parse(d["published"]) if d.get("published") else None
    readings: set[str] = set()
    if sent:
        for dm in find_dates(sent, d["lang"], pub):
            readings |= {x.iso() for x in (dm.past, dm.future) if x is not None}
    if pred == "None":
        if not readings:
            return "undated_bare"
        trigs = _find_triggers(sent or "", d["lang"])
        live = [t for t in trigs if t.event == m["type"] and not _blocked(sent or "", d["lang"], t, trigs)]
        if not live:  # the event was read from another sentence (a headline, an anaphor)
            return "undated_in_sent_no_trigger" if not any(t.event == m["type"] for t in trigs) \
                else "undated_in_sent_blocked"
        why = _why_unassigned(sent or "", d["lang"], pub, live, trigs)
        if why == "lost":
            here = [e for e in res["events"] if e["type"] == m["type"] and sent and e["evidence"] == sent]
            why = "lost_no_event_here" if not here else (
                "lost_other_party_here" if not any(same_party(e["entity"], m["ent"]) for e in here)
                else "lost_split")
        return "undated_in_sent_" + why
    if len(pred) < len(gold) and gold.startswith(pred):
        return "coarse"
    if d.get("published") and pred == d["published"]:
        p = next((e for e in res["events"] if e["type"] == m["type"] and e.get("date") == pred
                  and same_party(e["entity"], m["ent"])), None)
        where = "here" if p and sent and p["evidence"] == sent else "elsewhere"
        via = p.get("date_via", "?") if p else "?"
        return f"pub_{where}_{via}" + ("_reading" if pred in readings else "_dates" if readings else "")
    if pred[4:] == gold[4:] and pred[:4] != gold[:4]:
        return "year"
    if any(r[: len(gold)] == gold for r in readings):
        return "other_in_sent"
    if len(pred) > len(gold):
        return "finer"
    return "other"


def check_args(argv: list[str]) -> None:
    """``--help`` (or ``-h``) prints the usage above and stops; an argument the script does
    not know stops it with a message, before any article is read."""
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        sys.exit(0)
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("--part", "--lang", "--real"):
            i += 2
        elif arg.startswith("--real=") or arg == "--show":
            i += 1
        else:
            sys.exit(f"diagnose_news.py: unknown argument {arg!r}; options: --part tuning|held|all, "
                     f"--lang en|fr, --show, --real DIR (--help for the usage)")
    if "--part" in argv and argv[argv.index("--part") + 1 :][:1] not in (["tuning"], ["held"], ["all"]):
        sys.exit("diagnose_news.py: --part takes tuning, held or all")
    if "--lang" in argv and argv[argv.index("--lang") + 1 :][:1] not in (["en"], ["fr"]):
        sys.exit("diagnose_news.py: --lang takes en or fr")


def main() -> None:
    check_args(sys.argv[1:])
    part = "tuning"
    if "--part" in sys.argv:
        part = sys.argv[sys.argv.index("--part") + 1]
    show = "--show" in sys.argv
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else None
    extra = real_dirs(sys.argv[1:])
    if len(extra) > 1 or extra and extra[0][1]:
        sys.exit("diagnose_news.py takes one --real DIR")
    if extra:
        part = extra[0][0].resolve().name
    kinds: Counter[str] = Counter()
    for d in load_real(extra[0][0]) if extra else load_real():
        if not extra and (part == "tuning" and held_apart(d["file"])
                          or part == "held" and not held_apart(d["file"])):
            continue
        if lang and d["lang"] != lang:
            continue
        res = extract_article(d["text"], published=d["published"])
        for kind, line in classify(d, res):
            if not kind.startswith(("party:", "structure:")):
                kinds[kind.rsplit(":", 1)[-1] if not kind.startswith("date") else "date"] += 1
            kinds[kind] += 1
            if show and not kind.startswith(("party:", "structure:")):
                print(f"{kind:32} {line}")
    print(f"\n== kinds of errors, {part} part")
    for k, n in sorted(kinds.items()):
        print(f"{k:40} {n:3}")


if __name__ == "__main__":
    main()
