"""Sentence-level legal event extraction, driven by the per-language rule packs.

For every sentence: find trigger phrases; drop those under a negation ("did not
designate", "n'a pas été ajoutée") or a hypothetical ("could be re-added", "if ... were
added", "threatened to", "pourrait être réinscrite"); mark the rest ``announced`` when
the sentence reports an intention or agreement ("agreed that a removal would be
appropriate", "plans to", "will be removed") and ``effective`` otherwise; attach the
entities of the sentence (one event per entity), or, when the sentence says "the
company" / "it" / "la société", the entity mentioned last; pick the date expression
nearest to the trigger, the authority and the list. Duplicates across the article are
merged, keeping the best-supported date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from .attribution import anaphor as _anaphor
from .attribution import anaphora_target as _anaphora_target
from .attribution import main_entity as _main_entity
from .attribution import opening_subject as _opening_subject
from .attribution import targets as _targets
from .dates import PartialDate, find_dates, needs_anchor
from .dates_context import DATELINE as _DATELINE
from .dates_context import OPENING_SENTENCES as _OPENING_SENTENCES
from .dates_context import anchor_date as _anchor
from .dates_context import assign_dates as _assign_dates
from .dates_context import glued_stamp as _glued_stamp
from .dates_context import is_distractor as _distractor
from .dates_context import news_day as _news_day
from .dates_context import printed_date as _printed_date
from .dates_context import recent as _recent
from .dates_context import refine_told_event as _refine_told_event
from .lang import PACKS, LangPack
from .lang.common import DEFAULT_LIST, LISTS
from .mentions import Entity, Mention, authority_spans
from .sentences import Sentence, clause_bounds, split_sentences
from .triggers import Trig as _Trig
from .triggers import find_triggers as _find_triggers

_QUANTIFIED = re.compile(
    r"(?i)(?<!\bles\s)(?<!\bthe\s)(?<!\bces\s)(?<!these\s)(?<!those\s)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|some|other|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|d['’]autres)\s+(?:[\w–-]+\s+){0,3}?"
    r"(?:entities|companies|firms|individuals|entités|sociétés|entreprises|personnes)\b"
)
# a request the court granted is a decision, not a request ("granted Xiaomi's motion for
# a preliminary injunction", "a fait droit à la demande d'injonction")
# a sentence that names the counted parties of an earlier one
_LIST_INTRO = re.compile(
    r"(?i)^\s*(?:[•*\-–]|\d{1,3}[.)]?\s)|\b(?:are|were|include[sd]?|including|among\s+them|namely|sont|comprennent|"
    r"parmi\s+(?:elles|eux|lesquel\w+)|notamment|dont|outre|il\s+s['’]agit)\b|[:–—]\s"
)
# one party of a counted group, named on its own ("Kazan Shipping is one of them", "l'une
# d'elles est Alpha")
_ONE_OF = re.compile(
    r"(?i)\b(?:(?:is|was)\s+(?:also\s+)?(?:one|among)\s+of\s+(?:them|those|the\s+(?:\w+\s+)?(?:companies|entities|firms|"
    r"individuals|designees))|l['’]une?\s+d['’](?:elles|eux|entre\s+(?:elles|eux))|(?:est|figure)\s+(?:parmi\s+(?:elles|eux)|"
    r"l['’]une?\s+d['’](?:elles|eux)))\b"
)
# counted parties besides the subject ("along with eight other companies", "aux côtés de
# huit autres sociétés", "avec d'autres entreprises")
_OTHERS = re.compile(
    r"(?i)\b(?:along\s+with|together\s+with|with|as\s+well\s+as|alongside|avec|aux\s+côtés\s+d['’e]|"
    r"ainsi\s+que|parmi)\s+(?:\w+\s+){0,2}?(?:other|autres)\s+(?:\w+\s+)?"
    r"(?:entities|companies|firms|individuals|entités|sociétés|entreprises|personnes|groupes)\b"
)
_COUNTED_PEOPLE = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|several|plusieurs)\s+(?:\w+\s+)?(?:people|persons|individuals|personnes|personnalités|"
    r"responsables|vessels|navires|banks|banques|entities|entités)\b"
)
# background told in the past: not the news of the day
_PAST_AGO = re.compile(
    r"(?i)\b(?:had\s+been|had|already|previously|earlier|originally|initially|first|once|"
    r"avait|avaient|déjà|auparavant|précédemment|initialement|d['’]abord|since|depuis)\b"
)


_CONDITIONAL_OPENING = re.compile(
    r"(?i)^[\s•*\-–“\"«]*(?:if|unless|should\s+(?:it|they|the)|were\s+(?:it|they|the)|whether|"
    r"si|s['’]il|s['’]ils|au\s+cas\s+où|à\s+moins\s+que)\b"
)
_BACK_REF = re.compile(
    r"(?i)\b(?:the|these|those|ces|les)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix)\s+(?:\w+\s+)?(?:entities|companies|firms|individuals|"
    r"entités|sociétés|entreprises|personnes)\b|\b(?:today|aujourd['’]hui)['’]s\s+designations\b"
)
_GRANTED = re.compile(
    r"(?i)\b(?:grant(?:ed|s|ing)?|won|wins|obtain(?:ed|s)?|secured|approv(?:ed|es)|accept(?:ed|é|e)|"
    r"fait\s+droit|accord(?:é|e|ait))\b"
)
# a trigger that is an infinitive coordinated under an earlier verb ("ask the court to
# declare ... and to vacate it"): hypothetical cues before that verb count too
_INFINITIVE = re.compile(r"(?i)\b(?:and|or|then)?\s*to\s+(?:\w+\s+)?$")
_COURT_TYPES = ("injunction", "vacatur")
# a market that lists shares: its delistings are no list removal
_MARKET = re.compile(
    r"(?i)\b(?:de\s+la\s+cote|Nasdaq|NYSE|New\s+York\s+Stock\s+Exchange|stock\s+exchange|Bourse|"
    r"(?:American\s+)?depositary\s+(?:shares|receipts)|ADRs?|ADSs?|stock\s+market)\b"
)
# after a participle opening a sentence, a noun phrase (not "by", "in", a date, a colon)
# makes it an adjective: "Sanctioned Russian bank …", "Designated entities must …"
_ADJECTIVE_NEXT = re.compile(
    r"\s+(?!(?:by|in|on|of|to|from|with|last|since|under|for|at|as|that|was|were|is|are|has|have|had|and|or|"
    r"par|en|le|la|les|de|du|des|d|depuis|dès|sous|pour|lors|à|au|aux|et|ou|a|été|est|sont|ont)\b)"
    r"(?:[A-Z][a-z]+\s+)?[a-zà-ÿ]+\b(?!\s*:)"
)
_DELIST_WORD = re.compile(r"(?i)\b(?:de-?list\w*|radi\w+)")
_LIST_WORD = re.compile(r"(?i)\b(?:list|blacklist|liste|SDN|sanctions)\b")
# a clause that continues the one before it: its cues govern the trigger too
_GOVERNED = re.compile(r"(?i)^\W*(?:including|such\s+as|notably|like|by|for\s+example|notamment|comme|"
                       r"y\s+compris|en\s+particulier)\b")
_PASSED = re.compile(r"(?i)\bhad\s+(?:until|issued|given|set)\b|\b(?:expired|lapsed)\b|\bavai(?:t|ent)\s+(?:jusqu|été\s+fixée?)|\ba\s+expiré\b|\barrivait\s+à\s+échéance\b")
@dataclass
class Event:
    type: str
    entity: Entity
    authority: str | None
    list_name: str | None
    date: PartialDate | None
    status: str
    evidence: str
    confidence: float
    strength: float
    position: int
    entity_via: str = "sentence"
    date_via: str = "sentence"  # "lede": the date of the day's action, not of this sentence
    other_dates: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "entity": self.entity.name,
            "entity_key": self.entity.key,
            "authority": self.authority,
            "list": self.list_name,
            "date": self.date.iso() if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "status": self.status,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 2),
            "entity_via": self.entity_via,
            "date_via": self.date_via,
            "other_dates": self.other_dates,
        }


@cache
def _compiled(lang: str) -> dict[str, Any]:
    pack: LangPack = PACKS[lang]
    return {
        "excl": {k: re.compile(v) for k, v in pack.trigger_exclusions.items()},
        "neg_b": re.compile(pack.negation_before),
        "neg_a": re.compile(pack.negation_after),
        "hyp_b": re.compile(pack.hypothetical_before),
        "hyp_a": re.compile(pack.hypothetical_after),
        "cond": re.compile(pack.conditional_verb),
        "ann": re.compile(pack.announced),
        "ana": re.compile(pack.anaphora),
        "generic": re.compile(pack.generic_subject),
        "plural": re.compile(pack.plural_anaphora),
        "lists": [(re.compile(p), n) for p, n in (*LISTS, *pack.lists)],
        "distractor": re.compile(pack.date_distractor) if pack.date_distractor else None,
        "unnamed": re.compile(pack.unnamed_source),
        "planned": re.compile(pack.planned),
        "refuted": re.compile(pack.refuted),
    }


def _blocked(sent: str, lang: str, t: _Trig, others: list[_Trig]) -> bool:
    """Negated, hypothetical, excluded or background trigger."""
    comp = _compiled(lang)
    if _CONDITIONAL_OPENING.match(sent):
        return True  # "If Tencent were added ...", "• If found in violation ..., the company ..."
    if t.event == "removal" and _MARKET.search(sent):
        return True  # a stock-exchange delisting ("radié de la cote", "Nasdaq delisted")
    if t.strength >= 1.0 and not sent[: t.start].strip(" \"“«•*-–") and " " not in sent[t.start : t.end].strip() \
            and _ADJECTIVE_NEXT.match(sent, t.end):
        return True  # "Sanctioned Russian bank X was cut off": an adjective opening the sentence
    if comp["refuted"].search(sent):
        return True  # "Earlier reports that ByteDance had been blacklisted were wrong"
    if comp["unnamed"].search(sent) and comp["planned"].search(sent[max(0, t.start - 60) : t.end]):
        return True  # "... is expected to add SMIC ..., two people familiar with the matter said"
    ex = comp["excl"].get(t.event)
    window = sent[max(0, t.start - 60) : t.start]
    if ex is not None and ex.search(window) and not _GRANTED.search(sent[max(0, t.start - 110) : t.start]):
        return True
    ca, cb = clause_bounds(sent, lang, t.start, t.end)
    before = sent[max(ca, t.start - 60) : t.start]
    after = sent[t.end : cb]
    if comp["neg_b"].search(before) or comp["neg_a"].search(sent[t.end : min(cb, t.end + 40)]):
        return True
    lead_in = before[-20:]
    neg_in = comp["neg_b"].search(lead_in + " ".join(sent[t.start : t.end].split()[:2]))
    if neg_in and neg_in.start() < len(lead_in):
        return True  # "ne figure pas sur la liste": the negation closes inside the trigger
    span = sent[t.start : t.end]
    inner = span.split(None, 1)[1] if t.end - t.start > 12 and len(span.split(None, 1)) > 1 else ""
    if inner and (comp["neg_b"].search(inner) or comp["hyp_b"].search(inner)):
        return True  # "the ban will not be lifted", "sanctions could be lifted if ..."
    hyp_from = max(ca, t.start - 90) if t.strength >= 1.0 else max(0, t.start - 90)
    if _GOVERNED.match(sent[ca : t.start]):
        hyp_from = max(0, t.start - 90)  # "threatened to go further, including by designating"
    if _INFINITIVE.search(sent[max(0, t.start - 20) : t.start]):
        # "declined to vacate the designation or to order the department to take it off"
        hyp_from = max(0, t.start - 150)
        if comp["neg_b"].search(sent[hyp_from : t.start]):
            return True
    if comp["hyp_b"].search(sent[hyp_from : t.start]):
        return True  # nouns ("a lawsuit") look past commas: "its options, including a lawsuit"
    if comp["cond"].search(before) and (
        comp["hyp_a"].search(sent[t.end :]) or comp["hyp_a"].search(sent[: t.start])
    ):
        return True  # "... would be added if ...", "The measure, if passed, would add ..."
    if t.strength < 1.0 or t.needs_date:
        # a noun right after another event's verb is its object ("vacated the designation")
        for o in others:
            if o.event != t.event and o.start < t.start and t.start - o.end < 35 and o.start >= ca:
                return True
    del after
    return False


def _status(sent: str, lang: str, t: _Trig) -> str:
    comp = _compiled(lang)
    _ca, cb = clause_bounds(sent, lang, t.start, t.end)
    before, after = sent[max(0, t.start - 80) : t.start], sent[t.end : min(cb, t.end + 60)]
    # searched apart: joined, "X is" + "to the list" would read as "is to"
    return "announced" if comp["ann"].search(before) or comp["ann"].search(after) else "effective"


def _authority(
    spans: list[tuple[int, int, str]], sent: Sentence, t: _Trig, event: str, article: dict[str, str | None]
) -> str | None:
    local = [(a, b, n) for a, b, n in spans if sent.start <= a < sent.end]
    courtish = event in ("injunction", "vacatur")

    def is_court(n: str) -> bool:
        return "Court" in n or n == "court"

    pool = [x for x in local if is_court(x[2]) == courtish] or ([] if courtish else local)
    name: str | None
    if pool:
        pos = sent.start + t.start
        name = min(pool, key=lambda x: abs(x[0] - pos))[2]
    else:
        name = article["court"] if courtish else article["agency"]
    if name == "court":
        name = article["court"] or "court"
    return name


def _lists_in(text: str, lang: str) -> list[tuple[int, str]]:
    return [(m.start(), n) for rx, n in _compiled(lang)["lists"] for m in rx.finditer(text)]


def extract_events(
    text: str,
    lang: str,
    published: PartialDate | None,
    mentions: list[Mention],
    entities: list[Entity],
    title: str | None = None,
) -> list[Event]:
    comp = _compiled(lang)
    spans = authority_spans(text, lang)
    agencies = Counter(n for _a, _b, n in spans if "Court" not in n and n != "court")
    courts = Counter(n for _a, _b, n in spans if "Court" in n)
    list_hits = _lists_in(text, lang)
    lists = Counter(n for _p, n in list_hits)
    article: dict[str, str | None] = {
        "agency": agencies.most_common(1)[0][0] if agencies else None,
        "court": courts.most_common(1)[0][0] if courts else None,
        "list": lists.most_common(1)[0][0] if lists else None,
    }
    main = _main_entity(entities, title)
    events: list[Event] = []
    recent: list[list[Entity]] = []  # entities of the sentences that name some, in order
    subjects: list[Entity | None] = []  # ... and the company each opens with, if any
    last_date: dict[str, PartialDate] = {}  # the latest dated event of each type
    last_si: dict[str, int] = {}  # ... and the sentence it was in
    lead: dict[str, PartialDate] = {}  # per type, the first date within days of publication
    opening: dict[str, PartialDate] = {}  # per type, the first day the opening sentences give
    sents = split_sentences(text, lang)
    printed = _printed_date(sents, lang, published)
    if printed is not None:
        published = printed[0]  # relative dates count from the notice's own day
    news_day = _news_day(sents, lang, published)
    if printed is not None and (news_day is None or news_day[0] == printed[0]):
        news_day = printed
    headline = bool(sents) and _is_headline(sents[0].text, title)
    pending: list[tuple[int, _Trig, PartialDate | None, str, str | None, str | None]] = []
    market_delisting = False
    for si, sent in enumerate(sents):
        local = [m for m in mentions if sent.start <= m.start < sent.end and m.entity is not None]
        prev_recent = recent[-4:]
        prev_subject = subjects[-1] if subjects else None
        if local:
            named: list[Entity] = []
            for m in local:
                if m.entity is not None and m.entity not in named:
                    named.append(m.entity)
            recent.append(named)
            subjects.append(_opening_subject(sent, local))
        if sent.text.rstrip("\"”» ").endswith("?"):
            continue
        trigs = _find_triggers(sent.text, lang)
        _refine_told_event(sent.text, lang, published, events)
        if local and pending and si - pending[-1][0] <= 3 and (
                _LIST_INTRO.search(sent.text) or _ONE_OF.search(sent.text)):
            # "... designated 3 companies ... The six entities are A, B and C" / "• A;":
            # the counted parties of an earlier event, named now
            named_here = _listed_names(sent, local)
            if named_here and (len(named_here) >= 2 or _ONE_OF.search(sent.text)
                               or re.match(r"\s*(?:[•*\-–]|\d{1,3}[.)]?\s)", sent.text)):
                group_si = pending[-1][0]
                group = [p for p in pending if p[0] == group_si]
                for _si, t, date, status, auth, lst in group:
                    for ent in named_here:
                        events.append(Event(
                            type=t.event, entity=ent, authority=auth, list_name=lst, date=date,
                            status=status, evidence=sent.text, confidence=0.6,
                            strength=t.strength * 0.9, position=sent.start, entity_via="list",
                        ))
                # a bulleted list goes on: the whole group moves to this sentence
                pending = [(si, *p[1:]) if p[0] == group_si else p for p in pending]
                if not trigs:
                    continue
        if not trigs:
            continue
        if any(t.event == "removal" and _MARKET.search(sent.text) for t in trigs):
            market_delisting = True
        live = [t for t in trigs if not _blocked(sent.text, lang, t, trigs)]
        if market_delisting:
            # "The NYSE will delist the shares ... the delisting would not affect its
            # operations": the same market delisting told on, no list removal
            live = [t for t in live if not (t.event == "removal" and _DELIST_WORD.search(
                sent.text, t.start, t.end) and not _LIST_WORD.search(sent.text))]
        live = [_resolve_similar(t, events) for t in live]
        live = [_court_relief(t, sent, spans) for t in live]
        if not live:
            continue
        anchor = _anchor(sents, si, lang, published) if needs_anchor(sent.text) else None
        dates = find_dates(sent.text, lang, published, anchor)
        head = _DATELINE.match(sent.text)
        if head:  # "WASHINGTON, May 12 (Reuters) -": when it was filed, not an event's date
            dates = [d for d in dates if d.start >= head.end()]
        if len(dates) > 1 and _glued_stamp(sent.text, dates):
            dates = dates[1:]  # "December 21, 2018 On December 19, 2018, OFAC ...": the page's date
        if comp["distractor"] is not None:
            dates = [d for d in dates if not _distractor(sent.text, d, live, comp["distractor"])]
        live = [
            t for t in live
            if not t.needs_date or any(0 <= d.start - t.end <= 40 for d in dates)
        ]
        if t_missing_deadline := [t for t in live if t.event == "deadline" and not any(d.deadline or d.modifier == "future" for d in dates)]:
            live = [t for t in live if t not in t_missing_deadline]
        if not live:
            continue
        date_of = _assign_dates(live, dates, sent.text, lang)
        targets = _targets(live, local, sent, lang)
        for i, t in enumerate(live):
            ents = targets.get(i, [])
            via = "sentence"
            ana = _anaphor(comp, sent.text[: t.start]) if ents else None
            if ana and " " in ana.group(0) and all(m.start - sent.start > t.start for m in local) \
                    and not _QUANTIFIED.search(sent.text[: t.start]):
                # "The gaming giant was added ..., alongside CATL": the anaphor is a party too
                back = _anaphora_target(sent, prev_recent, main, comp, t.event, prev_subject)
                if back is not None:
                    ents = [*back[0], *(e for e in ents if e not in back[0])]
            if not ents:
                if comp["generic"].search(sent.text) and t.event not in ("deadline", "license"):
                    continue
                if _QUANTIFIED.search(sent.text) or _COUNTED_PEOPLE.search(sent.text) \
                        or sent.text.rstrip().endswith(":"):
                    # "removed nine entities", "33 sociétés": unnamed parties, unless a
                    # following sentence names them
                    dm0 = date_of.get(i)
                    d0 = dm0.date if dm0 is not None else None
                    if dm0 is not None and dm0.kind == "same_day":
                        # "On the same day, OFAC issued a licence for the following persons:"
                        d0 = last_date.get(t.event, dm0.date)
                    if d0 is None and not dates and t.event in ("designation", "removal", "license") \
                            and not _PAST_AGO.search(sent.text):
                        # the day's action told again for its parties ("Le 2 janvier, la Chine
                        # a annoncé des sanctions contre dix entreprises ... le ministère a
                        # inscrit plusieurs entreprises sur une liste"): the lede's date
                        d0 = lead.get(t.event) or opening.get(t.event)
                        if d0 is None and news_day is not None and t.event != "removal" \
                                and si <= news_day[1] and t.strength >= 1.0 \
                                and _status(sent.text, lang, t) == "effective":
                            d0 = news_day[0]  # "... a déclaré mardi le département du Commerce"
                    if d0 is not None:
                        last_date[t.event] = d0
                        last_si[t.event] = si
                    if d0 is not None and t.event not in lead and _recent(d0, published):
                        lead[t.event] = d0
                    pending.append((si, t, d0, _status(sent.text, lang, t),
                                    _authority(spans, sent, t, t.event, article),
                                    _nearest_list(list_hits, sent, t, text) or article["list"]))
                    if not _OTHERS.search(sent.text):
                        continue
                    # "le constructeur chinois avait été blacklisté, avec huit autres
                    # sociétés": the counted parties come besides the one the sentence is about
                fallback = _anaphora_target(sent, prev_recent, main, comp, t.event, prev_subject)
                if fallback is None:
                    # no party, but a dated action: it dates the same action told on
                    # ("On the same day, OFAC issued GL 77 ... GL 77 authorizes ... the
                    # following persons:")
                    dmx = date_of.get(i)
                    dx = dmx.date if dmx is not None else None
                    if dmx is not None and dmx.kind == "same_day":
                        dx = last_date.get(t.event, dmx.date)
                    if dx is not None and t.event != "deadline" and _status(sent.text, lang, t) == "effective":
                        last_date[t.event] = dx
                        last_si[t.event] = si
                        if t.event not in lead and _recent(dx, published):
                            lead[t.event] = dx
                        if si < _OPENING_SENTENCES and dx.precision == "day":
                            opening.setdefault(t.event, dx)
                    continue
                ents, via = fallback
            dm = date_of.get(i)
            date = None
            date_via = "sentence"
            if dm is not None and dm.kind == "same_day":
                date = last_date.get(t.event, dm.date)  # "designated the same day"
            elif dm is not None:
                # a deadline told in the past perfect has passed ("had until Dec. 20")
                passed = _PASSED.search(sent.text)
                ahead = t.event == "deadline" and dm.modifier != "past" and not passed
                date = dm.future if ahead else (dm.past if passed else dm.date)
            if date is None and not dates and t.event in ("designation", "removal", "license") \
                    and not _PAST_AGO.search(sent.text):
                lead_date = lead.get(t.event)
                if lead_date is None and news_day is not None and si <= news_day[1] \
                        and (t.event != "removal" or si < news_day[2]) \
                        and t.strength >= 1.0 and not (si == 0 and headline) \
                        and not _STATE.search(sent.text) \
                        and _status(sent.text, lang, t) == "effective":
                    # "L'administration Trump a frappé lundi … Le département du Commerce a
                    # ajouté 28 entités, dont Hikvision": the lede's day is the day's action
                    lead_date = news_day[0]
                if lead_date is not None:
                    # the news of the day told on: the lede dates the action ("On Friday the
                    # US added ... entities"), later sentences name the parties without a date
                    date = lead_date
                    date_via = "lede"
            if date is None and not dates and t.event in last_date and t.event != "deadline" and (
                _BACK_REF.search(sent.text)
            ):
                # the same action told on: "On Dec. 18 BIS added 77 entities ... Among the
                # 77 entities added, SMIC ..." (a sentence with no date of its own)
                date = last_date[t.event]
            if date is not None:
                last_date[t.event] = date
                last_si[t.event] = si
                if t.event not in lead and _recent(date, published):
                    lead[t.event] = date
                if si < _OPENING_SENTENCES and date.precision == "day" and date_via == "sentence":
                    opening.setdefault(t.event, date)
            lst = _nearest_list(list_hits, sent, t, text) or article["list"]
            auth = _authority(spans, sent, t, t.event, article)
            if lst is None and auth in DEFAULT_LIST:
                lst = DEFAULT_LIST[auth]
            conf = 0.9 * t.strength
            if via != "sentence":
                conf -= 0.2
            if date is None:
                conf -= 0.1
            for ent in ents:
                events.append(
                    Event(
                        type=t.event, entity=ent, authority=auth, list_name=lst, date=date,
                        status=_status(sent.text, lang, t), evidence=sent.text,
                        confidence=max(0.1, min(0.99, conf)), strength=t.strength,
                        position=sent.start + t.start, entity_via=via, date_via=date_via,
                    )
                )
    if sents and _is_headline(sents[0].text, title) and len(sents) > 1:
        events = _without_headline_repeats(events, sents[0].end)
    return _merge(events)


_RELIEF = frozenset({"removal", "vacatur", "injunction"})


def _is_headline(first: str, title: str | None) -> bool:
    """The article's first line is its title: the given title, or a short line with no
    final stop."""
    if title and first.strip() == title.strip():
        return True
    return "\n" not in first and not re.search(r"[.!?:;]\W*$", first) and len(first.split()) <= 25


def _without_headline_repeats(events: list[Event], head_end: int) -> list[Event]:
    """A headline sums up what the body tells with care: "Xiaomi retiré de la liste noire"
    over a body where the Pentagon only *agreed* that the designation be vacated. An
    event read in the headline gives way to the body's own telling of the same thing: the
    same party with court relief and removal told as each other, or the same type told
    as done in the headline and as only announced in the body. (The same type with the
    same status is merged later; a different list or date may be another event.)"""
    body = [e for e in events if e.position >= head_end]
    out = []
    for ev in events:
        if ev.position < head_end and any(
            b.entity is ev.entity and (
                (b.type != ev.type and b.type in _RELIEF and ev.type in _RELIEF)
                or (b.type == ev.type and b.status != ev.status)
            )
            for b in body
        ):
            continue
        out.append(ev)
    return out


def _listed_names(sent: Sentence, local: list[Mention]) -> list[Entity]:
    """The parties a list sentence names, in order (not owners or relatives of others)."""
    from .attribution import possessed, possessor

    out: list[Entity] = []
    mine = [m for m in local if m.entity is not None]
    for m in sorted(mine, key=lambda x: x.start):
        if m.entity is None or m.entity in out:
            continue
        if m.entity.person and possessed(sent.text, m.start - sent.start):
            continue
        if all(possessor(sent.text, o.end - sent.start) for o in mine if o.entity is m.entity):
            continue  # "Putin’s key political allies": the allies are listed, not Putin
        out.append(m.entity)
    return out


_ADDRESSEE = re.compile(
    r"(?i)\b(?:told|asked|to|before|with|filed\s+(?:in|with)|au|aux|devant|auprès\s+du|soumettr\w+|"
    r"saisi\w*|à)\s+(?:the\s+|le\s+|la\s+|un\s+|une\s+|a\s+)?(?:\w+\s+)?$"
)
_BY_COURT = re.compile(
    r"(?i)\b(?:by|par|décision|ruling|order|ordonnance|jugement)\s+(?:d['’]une?|of\s+an?|du|de\s+la|of\s+the|the|a|le|la)?\s*$"
)
_TEMPORARY = re.compile(
    r"(?i)\b(?:temporar\w*|temporaire\w*|provisoire\w*|preliminar\w*|interim|pending|dans\s+l['’]attente|"
    r"en\s+attendant|pour\s+l['’]instant|suspen\w+)\b"
)


def _court_relief(t: _Trig, sent: Sentence, spans: list[tuple[int, int, str]]) -> _Trig:
    """A removal a court or judge brought about is court relief, not an agency's delisting
    ("un retrait obtenu ... après une décision d'un juge", "the court lifted the
    designation"): an injunction when it is temporary or not said to be final, a vacatur
    when final."""
    if t.event != "removal":
        return t
    local = [(a - sent.start, n) for a, _b, n in spans if sent.start <= a < sent.end]
    if not local or not all("Court" in n or n == "court" for _a, n in local):
        return t
    agent = [
        a for a, _n in local
        if a < t.start and not _ADDRESSEE.search(sent.text[max(0, a - 25) : a])
        or a > t.end and _BY_COURT.search(sent.text[max(t.end, a - 30) : a])
    ]
    if not agent:
        return t  # "told the court that a removal would be appropriate"
    final = re.search(r"(?i)\b(?:final|définiti\w+|vacat\w*|annul\w*|set\s+aside)\b", sent.text)
    if final and not _TEMPORARY.search(sent.text):
        return replace(t, event="vacatur")
    return replace(t, event="injunction")


def _resolve_similar(t: _Trig, events: list[Event]) -> _Trig:
    """"a similar victory", "une décision similaire", "a obtenu gain de cause": a court
    decision of the same type as the article's last one (an injunction by default)."""
    if t.event != "similar":
        return t
    typ = next((e.type for e in reversed(events) if e.type in _COURT_TYPES), "injunction")
    return replace(t, event=typ)


def _nearest_list(hits: list[tuple[int, str]], sent: Sentence, t: _Trig, text: str) -> str | None:
    local = [(p, n) for p, n in hits if sent.start <= p < sent.end]
    if not local:
        return None
    pos = sent.start + t.start
    return min(local, key=lambda x: abs(x[0] - pos))[1]


def _merge(events: list[Event]) -> list[Event]:
    """One event per (type, entity, status, list) and date: the best-supported date wins.
    Two dates neither of which holds the other, each stated by a verb about the party
    itself, are two events ("placed on the list in 2023" and "added yesterday"), as a
    careful reader counts them."""
    groups: dict[tuple[str, int, str, str | None], list[Event]] = {}
    listed = {(e.type, id(e.entity), e.status): e.list_name for e in events if e.list_name}
    for ev in events:
        if ev.list_name is None:
            # a list sentence ("The entities designated today are A, B") repeats the
            # sentence that named the list: one event, with that list
            ev.list_name = listed.get((ev.type, id(ev.entity), ev.status))
        groups.setdefault((ev.type, id(ev.entity), ev.status, ev.list_name), []).append(ev)
    out: list[Event] = []

    def rank(e: Event) -> tuple[int, float, int, int]:
        prec = {"day": 3, "month": 2, "year": 1}[e.date.precision] if e.date else 0
        return (1 if e.date else 0, e.strength, prec, -e.position)

    for whole in groups.values():
        for group in _by_date(sorted(whole, key=rank, reverse=True)):
            best = max(group, key=rank)
            for e in group:
                if (
                    e.date and best.date and e.date != best.date
                    and best.date.contains(e.date) and e.strength >= best.strength
                ):
                    best.date = e.date  # "in January" then "on 14 January 2021"
            best.other_dates = sorted(
                {e.date.iso() for e in whole if e.date and best.date and not (
                    e.date.contains(best.date) or best.date.contains(e.date))}
            )
            best.confidence = min(0.99, max(e.confidence for e in group) + 0.03 * (len(group) - 1))
            out.append(best)
    out.sort(key=lambda e: e.position)
    return out


# a listing told as a state ("déjà visé par des sanctions depuis 2022", "already on the
# list since 2019"): background to the article's own listing, not a second one
_STATE = re.compile(
    r"(?i)\b(?:déjà|already|still|toujours|remains?|reste|restent|demeure|figur\w*|"
    r"(?:is|are)\s+(?:also\s+)?on\s+(?:the|its|that|this))\b"
)


def _same_time(a: PartialDate, b: PartialDate) -> bool:
    """Dates that may tell one event: one holds the other, or the spans they name lie
    within two months of each other (a relative date read a little off); farther apart,
    they are two events (a licence renewed every 90 days, a listing in 2023 and another
    in 2025)."""
    if a.contains(b) or b.contains(a):
        return True
    a0, a1 = _span(a)
    b0, b1 = _span(b)
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    return gap <= 60


def _span(d: PartialDate) -> tuple[dt.date, dt.date]:
    if d.month is None:
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if d.day is None:
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return dt.date(d.year, d.month, 1), nxt - dt.timedelta(days=1)
    day = dt.date(d.year, d.month, d.day)
    return day, day


def _by_date(ranked: list[Event]) -> list[list[Event]]:
    """Split one party's events of one kind by date: a dated event starts a group of its
    own when its date agrees with no earlier group's and a verb (not a noun, not a state)
    said it about the party in its own sentence; the rest (undated, nouns, anaphora,
    states) join the best group."""
    groups: list[list[Event]] = []
    for e in ranked:
        home = next((g for g in groups if e.date is not None and any(
            x.date is not None and _same_time(x.date, e.date) for x in g)), None)
        if home is not None:
            home.append(e)
        elif groups and (e.date is None or (e.type != "deadline" and (
                e.strength < 0.75 or e.entity_via != "sentence" or e.date_via != "sentence"
                or _STATE.search(e.evidence)))):
            groups[0].append(e)  # (a deadline is its date: two dates, two deadlines)
        else:
            groups.append([e])
    return groups
