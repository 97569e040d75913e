"""A learned decision at the party level: which names of an act's sentence the act is about
(``LISTWATCH_NEWS_PARTY_MODEL``, off by default).

The rules find an act (a trigger, a counted group named later, a series) and pick its
parties by wording. This module looks again at every name around each act the rules kept:
for each sentence that holds an event of some type, every party the mention finder found
in that sentence (and, when that sentence's act names no one of the next sentence's
parties, in the next one), paired with the act's type, is a *candidate*. A candidate is
described by features that carry across stories, the names masked: where the name stands
against the act (before or after it, how many words away, the words between), the words
and punctuation right before and after it, whether it is coordinated with another name,
in brackets, a person or an organisation, an acronym, on the gazetteer, how often the
article names it, whether it opens the sentence, whether the rules chose it (and how they
found it), and the act's type, status and language.

One logistic regression (``sentence_model.train``, hashed features, numpy only) gives
each candidate the probability that the act is about it. With the setting on, a party the
rules chose is dropped under ``keep`` and a name they left is added from ``add`` on (a
copy of the act's event with that party, ``found_by: "model"``); when every party the rules
chose for a type falls under ``keep``, the most probable stays unless it falls under
``last`` too. The weights and the three thresholds live in ``models/party_model.json``,
rebuilt by
``scripts/train_party_model.py`` from labelled articles: only hashed feature numbers and
weights are stored, no text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np

from ..settings import news_party_model_enabled
from .errors import NewsModelError
from .evaluate import UNLABELLED_TYPES
from .legal_event import Event
from .mentions import Entity, Mention
from .sentence_model import SentenceModel, _hash, fold
from .sentences import Sentence

MODEL_PATH = Path(__file__).resolve().parent / "models" / "party_model.json"
FORMAT = "listwatch-party-model/1"
TYPE = "party"

# The act types the model never judges: the types the labelled articles it learns from never
# use (``evaluate.UNLABELLED_TYPES``: a court's ruling that upholds a listing is an event of
# the contract, but their README has deliberately no type for it), so each of their
# candidates would be a false one there and the model would learn to drop every ruling.
# Their parties stay the rules'.
UNJUDGED = UNLABELLED_TYPES

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_PUNCT = re.compile(r"[^\w\s]")


@dataclass
class PartyModel:
    """The regression (one type, ``party``) and the thresholds: a chosen party is dropped
    under ``keep``, a left name added from ``add`` on, and the last party the rules chose
    for a type in an article (the most probable of them) dropped only under ``last``."""

    model: SentenceModel
    keep: float
    add: float
    last: float = 0.0

    def probabilities(self, feats: list[np.ndarray]) -> np.ndarray:
        m = self.model
        out = np.empty(len(feats))
        for k, f in enumerate(feats):
            rows = m._rows(f)
            z = float(m.bias[0]) + float(m.weights[rows, 0].sum())
            out[k] = 1.0 / (1.0 + np.exp(-z))
        return out

    def dumps(self) -> bytes:
        doc = json.loads(self.model.dumps())
        doc["party_format"] = FORMAT
        doc["keep"] = round(float(self.keep), 4)
        doc["add"] = round(float(self.add), 4)
        doc["last"] = round(float(self.last), 4)
        return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def loads(cls, data: bytes) -> PartyModel:
        try:
            doc = json.loads(data)
            if doc.pop("party_format", None) != FORMAT:
                raise ValueError("not a party model")
            keep, add = float(doc.pop("keep")), float(doc.pop("add"))
            last = float(doc.pop("last", 0.0))
        except (ValueError, KeyError, TypeError) as e:
            raise NewsModelError(f"the news party model is unreadable: {e}",
                                 hint="rebuild it with scripts/train_party_model.py") from e
        return cls(SentenceModel.loads(json.dumps(doc).encode("ascii")), keep, add, last)


@cache
def load(path: Path = MODEL_PATH) -> PartyModel:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise NewsModelError(f"cannot read the news party model {path}: {e.strerror}",
                             hint="reinstall listwatch or rebuild it with scripts/train_party_model.py") from e
    return PartyModel.loads(data)


@dataclass
class Candidate:
    """One name paired with one act of a sentence."""

    type: str
    entity_name: str
    chosen: bool  # the rules gave the act this party
    feats: np.ndarray
    date: str | None  # the act's date, as the event the party would get carries it
    sentence: int  # the sentence the act is told in
    mention_sentence: int  # the sentence the name is in (the next one for a series)
    entity: Entity | None = None  # the article's party (not kept by recording)
    template: Event | None = None  # the act's event


_record: list[list[Candidate]] = []
_override: list[PartyModel | None] = []


@contextmanager
def recording(into: list[Candidate]) -> Iterator[None]:
    """Collect the candidates of the articles read meanwhile (for training), the model off."""
    _record.append(into)
    _override.append(None)
    try:
        yield
    finally:
        _record.pop()
        _override.pop()


@contextmanager
def using(model: PartyModel | None) -> Iterator[None]:
    """Read with ``model`` whatever the setting (``None``: no party model)."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()


def _current() -> PartyModel | None:
    if _override:
        return _override[-1]
    return load() if news_party_model_enabled() else None


def _bucket(n: int) -> str:
    for top, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"), (15, "9-15")):
        if n <= top:
            return name
    return "16+"


def _masked_words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Words of ``text`` with the names (offsets in ``text``) as ``_ent_``."""
    out: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out.extend(fold(w.lower()) if not w[0].isdigit() else "0" for w in _WORD.findall(text[pos:a]))
        out.append("_ent_")
        pos = max(pos, b)
    out.extend(fold(w.lower()) if not w[0].isdigit() else "0" for w in _WORD.findall(text[pos:]))
    return out


def _features(sent: Sentence, m: Mention | None, at: int, typ: str, lang: str, where: str, chosen: bool,
              rule_via: str, status: str, local: list[Mention], count: int, first: bool,
              picked: frozenset[int] = frozenset()) -> np.ndarray:
    """Hashed features of a candidate: ``m`` in ``sent`` (``None``: a party the rules
    found by coreference, unnamed here), the act at offset ``at`` of its own sentence;
    ``picked``: the ids of the parties the rules chose for the act."""
    f = [f"t:{typ}", f"lang:{lang}", f"rule:{int(chosen)}", f"rule:{int(chosen)}|t:{typ}", f"via:{rule_via}",
         f"where:{where}", f"where:{where}|rule:{int(chosen)}", f"st:{status}", f"cnt:{_bucket(count)}",
         f"first:{int(first)}"]
    if m is None:
        return np.unique(np.fromiter((_hash(s) for s in f), dtype=np.int64))
    text = sent.text
    a, b = m.start - sent.start, m.end - sent.start
    spans = [(x.start - sent.start, x.end - sent.start) for x in local if x is not m]
    ent = m.entity
    person = bool(getattr(ent, "person", False))
    f.append(f"person:{int(person)}")
    name = text[a:b]
    if name.isupper() and " " not in name.strip():
        f.append("acronym")
    if m.key is not None:
        f.append("gazetteer")
    f.append(f"nlen:{_bucket(len(name.split()))}")
    f.append(f"nin:{_bucket(len(local))}")
    order = sorted(x.start for x in local).index(m.start) if m in local else 0
    f.append("pos:first" if order == 0 else ("pos:last" if order == len(local) - 1 else "pos:mid"))
    if where == "next":
        side, between = "after", _masked_words(text[:a], spans)
    elif a >= at:
        side, between = "after", _masked_words(text[at:a], spans)[1:]  # (the trigger's own word first)
    else:
        side, between = "before", _masked_words(text[b:at], spans)
    d = len(between)
    f += [f"side:{side}", f"side:{side}|d:{_bucket(d)}", f"side:{side}|d:{_bucket(d)}|t:{typ}",
          f"side:{side}|rule:{int(chosen)}"]
    if d <= 12:
        f += [f"b:{side}:{w}" for w in set(between)]
    if d <= 3:
        f.append(f"bs:{side}:{'_'.join(between)}")
    before = _masked_words(text[max(0, a - 60) : a], [(s - max(0, a - 60), e - max(0, a - 60)) for s, e in spans
                                                      if e <= a and s >= max(0, a - 60)])
    p1 = before[-1] if before else "^"
    p2 = "_".join(before[-2:]) if len(before) >= 2 else "^" + p1
    after = _masked_words(text[b : b + 60], [(s - b, e - b) for s, e in spans if s >= b and e <= b + 60])
    n1 = after[0] if after else "$"
    n2 = "_".join(after[:2]) if len(after) >= 2 else n1 + "$"
    f += [f"p1:{p1}", f"p2:{p2}", f"p1:{p1}|{side}", f"n1:{n1}", f"n2:{n2}", f"p1:{p1}|t:{typ}"]
    pre = text[:a].rstrip()
    pc = pre[-1] if pre and _PUNCT.match(pre[-1]) else ("^" if not pre else "w")
    post = text[b:].lstrip()
    nc = post[0] if post and _PUNCT.match(post[0]) else ("$" if not post else "w")
    f += [f"pc:{pc}", f"nc:{nc}", f"pc:{pc}|nc:{nc}"]
    if text[:a].count("(") > text[:a].count(")"):
        f.append("bracket")
    # coordinated with another name ("A, B and C", "A et B")
    gap_prev = [text[e:a] for s, e in spans if e <= a]
    gap_next = [text[b:s] for s, e in spans if s >= b]
    coord = re.compile(r"(?i)^\s*(?:,|;|and|et|&|or|ou|as\s+well\s+as|ainsi\s+que|,\s*and|,\s*et)\s*$")
    others = sorted((x for x in local if x.entity is not ent), key=lambda x: x.start)
    prev = [x for x in others if x.end - sent.start <= a]
    nxt = [x for x in others if x.start - sent.start >= b]
    if gap_prev and coord.match(gap_prev[-1]):
        f.append("coord:prev")
        if prev and id(prev[-1].entity) in picked:
            f.append("coord:prev:chosen")  # one of a series whose other items the rules chose
    if gap_next and coord.match(min(gap_next, key=len)):
        f.append("coord:next")
        if nxt and id(nxt[0].entity) in picked:
            f.append("coord:next:chosen")
    near = prev[-1:] + nxt[:1]
    f.append(f"nbch:{int(any(id(x.entity) in picked for x in near))}|p1:{p1}")
    f.append(f"chosen_here:{_bucket(len({id(x.entity) for x in local if id(x.entity) in picked}))}")
    if where == "same":
        trig = _masked_words(text[at : at + 30], [])
        if trig:
            f.append(f"trig:{trig[0]}|{side}")
    if not text[:a].strip(" •*-–\"“«"):
        f.append("opens")
    return np.unique(np.fromiter((_hash(s) for s in f), dtype=np.int64))


def candidates(events: list[Event], sents: list[Sentence], mentions: list[Mention], lang: str) -> list[Candidate]:
    """Every name paired with every act the rules kept, sentence by sentence."""
    out: list[Candidate] = []
    if not events or not sents:
        return out
    starts = [s.start for s in sents]

    def sent_of(pos: int) -> int:
        return max(0, int(np.searchsorted(starts, pos, side="right")) - 1)

    named = [m for m in mentions if m.entity is not None]
    by_sent: dict[int, list[Mention]] = {}
    for m in named:
        by_sent.setdefault(sent_of(m.start), []).append(m)
    parties: dict[int, Entity] = {id(m.entity): m.entity for m in named if m.entity is not None}
    firsts = sorted((e.spans[0][0], k) for k, e in parties.items() if e.spans)
    first_id = firsts[0][1] if firsts else None
    acts: dict[tuple[int, str], list[Event]] = {}
    for e in events:
        acts.setdefault((sent_of(e.position), e.type), []).append(e)
    seen: set[tuple[int, str, int]] = set()
    for (si, typ), evs in sorted(acts.items(), key=lambda kv: kv[0]):
        sent = sents[si]
        own = [e for e in evs if e.entity_via != "list"]
        template = min(own or evs, key=lambda e: e.position)
        at = template.position - sent.start if own else 0
        chosen = {id(e.entity): e for e in evs}
        picked = frozenset(chosen)
        local = by_sent.get(si, [])
        for m in local:
            key = (si, typ, id(m.entity))
            if key in seen:
                continue
            seen.add(key)
            rule = chosen.get(id(m.entity))
            ent = m.entity
            mine = [x for x in local if x.entity is ent]
            pick = min(mine, key=lambda x: abs(x.start - sent.start - at))
            out.append(Candidate(
                typ, ent.name, rule is not None,  # type: ignore[union-attr]
                _features(sent, pick, at, typ, lang, "same", rule is not None,
                          rule.entity_via if rule else "none", template.status, local, ent.count,  # type: ignore[union-attr]
                          id(ent) == first_id, picked),
                (rule or template).date.iso() if (rule or template).date else None, si, si, ent, rule or template))
        for e in evs:  # parties found by coreference, unnamed in the sentence
            key = (si, typ, id(e.entity))
            if key in seen:
                continue
            seen.add(key)
            out.append(Candidate(typ, e.entity.name, True,
                                 _features(sent, None, at, typ, lang, "anaphora", True, e.entity_via, e.status,
                                           local, e.entity.count, id(e.entity) == first_id),
                                 e.date.iso() if e.date else None, si, si, e.entity, e))
        for nxt, where in _after(sents, si, typ, template.status, acts):
            for m in by_sent.get(nxt, []):
                key = (nxt, typ, id(m.entity))
                if key in seen or id(m.entity) in chosen:
                    continue
                seen.add(key)
                ent = m.entity
                out.append(Candidate(
                    typ, ent.name, False,  # type: ignore[union-attr]
                    _features(sents[nxt], m, 0, typ, lang, where, False, "none", template.status,
                              by_sent[nxt], ent.count, id(ent) == first_id, picked),  # type: ignore[union-attr]
                    template.date.iso() if template.date else None, si, nxt, ent, template))
    return out


_LINE = re.compile(r"\s*(?:[-•*–—▪·]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s")
_LEAD_IN = re.compile(r"[:–—-]\s*$")


def _after(sents: list[Sentence], si: int, typ: str, status: str,
           acts: dict[tuple[int, str], list[Event]]) -> list[tuple[int, str]]:
    """The sentences after the act of sentence ``si`` whose names are candidates too, each
    with its kind: ``next``, the next sentence of a listing or a lift in force that holds no
    act of its type (a series told after the act); ``next-any``, the next one for the other
    acts; ``next2``, the one after it when neither holds an act of the type (a series told
    after a sentence between); ``line``, the lines of a list after a lead-in (the act's
    sentence or the next one ends with a colon or a dash, or the next one opens with a bullet
    or a number), up to the first line that is not one."""
    out: list[tuple[int, str]] = []
    nxt = si + 1
    if nxt >= len(sents) or (nxt, typ) in acts:
        return out
    listing = status == "effective" and typ in ("designation", "removal")
    out.append((nxt, "next" if listing else "next-any"))
    if _LEAD_IN.search(sents[si].text) or _LEAD_IN.search(sents[nxt].text) or _LINE.match(sents[nxt].text):
        k = nxt + 1
        while k < len(sents) and _LINE.match(sents[k].text) and (k, typ) not in acts and k - nxt < 40:
            out.append((k, "line"))
            k += 1
        return out
    if nxt + 1 < len(sents) and (nxt + 1, typ) not in acts:
        out.append((nxt + 1, "next2"))
    return out


# the gap between two items of a coordinated series, an article allowed after it
_SERIES_GAP = re.compile(r"(?i)^\s*(?:,|;|,?\s*(?:and|et|&|or|ou|as\s+well\s+as|ainsi\s+que))\s*"
                         r"(?:(?:the|le|la|les|l['’])\s*)?$")


def _series(cands: list[Candidate], sents: list[Sentence], mentions: list[Mention]) -> list[list[tuple[str, int]]]:
    """The chosen parties of each act that are told as one coordinated series in its
    sentence, as keys (type, entity id): two names are of one series when only a
    conjunction or a comma (and an article) stands between them."""
    chosen: dict[tuple[int, str], set[int]] = {}
    for c in cands:
        if c.chosen and c.entity is not None and c.mention_sentence == c.sentence:
            chosen.setdefault((c.sentence, c.type), set()).add(id(c.entity))
    if not chosen:
        return []
    starts = [s.start for s in sents]
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.entity is not None:
            by_sent.setdefault(max(0, int(np.searchsorted(starts, m.start, side="right")) - 1), []).append(m)
    groups: list[list[tuple[str, int]]] = []
    for (si, typ), ids in chosen.items():
        if len(ids) < 2:
            continue
        text, base = sents[si].text, sents[si].start
        run: list[int] = []
        prev: Mention | None = None
        for m in sorted(by_sent.get(si, []), key=lambda x: x.start):
            mine = id(m.entity) in ids
            if mine and prev is not None and run and _SERIES_GAP.match(text[prev.end - base : m.start - base]):
                if id(m.entity) not in run:
                    run.append(id(m.entity))
            else:
                if len(run) > 1:
                    groups.append([(typ, k) for k in run])
                run = [id(m.entity)] if mine else []
            prev = m
        if len(run) > 1:
            groups.append([(typ, k) for k in run])
    return groups


def decide(events: list[Event], sents: list[Sentence], mentions: list[Mention], lang: str) -> list[Event]:
    """The events with the party model's decisions, when it is on (else ``events``)."""
    if _record:
        cands = candidates(events, sents, mentions, lang)
        for c in cands:
            c.entity = None
            c.template = None
        _record[-1].extend(cands)
        return events
    model = _current()
    if model is None:
        return events
    cands = [c for c in candidates(events, sents, mentions, lang) if c.type not in UNJUDGED]
    if not cands:
        return events
    probs = model.probabilities([c.feats for c in cands])
    starts = [s.start for s in sents]
    # a party the rules chose is judged once per type in the article, by its most probable
    # act: dropping it from one act while another keeps it would only move its date
    best: dict[tuple[str, int], float] = {}
    for c, p in zip(cands, probs, strict=True):
        if c.chosen:
            k = (c.type, id(c.entity))
            best[k] = max(best.get(k, 0.0), float(p))
    # names the rules chose together as one coordinated series ("A, B and C", "le A et le B")
    # share their role in the sentence: the series stays if any of them stays
    series = _series(cands, sents, mentions)
    for group in series:
        top = max(best.get(k, 0.0) for k in group)
        for k in group:
            best[k] = top
    out = {k for k, p in best.items() if p < model.keep}
    # never drop every party the rules chose for a type on ``keep`` alone: when all of them
    # fall under it, the most probable one stays unless it falls under ``last`` too (a party
    # beside right ones is what the model tells best; an act's only party it mistakes for a
    # false one more often, so only a lower probability drops it)
    for typ in {t for t, _e in best}:
        mine = [(p, k) for k, p in best.items() if k[0] == typ]
        if all(k in out for _p, k in mine):
            p, k = max(mine, key=lambda pk: pk[0])
            if p >= model.last:
                out.discard(k)
    for group in series:  # (a series kept as its type's last party stays whole)
        if any(k not in out for k in group):
            out.difference_update(group)
    drop = {(c.sentence, c.type, id(c.entity)) for c in cands if c.chosen and (c.type, id(c.entity)) in out}
    added: list[Event] = []
    for c, p in zip(cands, probs, strict=True):
        if not c.chosen and p >= model.add and c.template is not None and c.entity is not None:
            sent = sents[c.mention_sentence]
            added.append(replace(c.template, entity=c.entity, found_by="model",
                                 entity_via="sentence" if c.mention_sentence == c.sentence else "list",
                                 evidence=sent.text, position=sent.start if c.mention_sentence != c.sentence
                                 else c.template.position, confidence=round(0.6 * float(p), 2)))

    def sent_of(pos: int) -> int:
        return max(0, int(np.searchsorted(starts, pos, side="right")) - 1)

    kept = [e for e in events if (sent_of(e.position), e.type, id(e.entity)) not in drop]
    return kept + added
