"""Events the sentence model reads where the rules say nothing (``LISTWATCH_NEWS_MODEL``).

A sentence gives a model event when: no rule trigger matched it (a trigger the rules
then dropped, as hypothetical or negated, is their call, not the model's), it is not a
question, a generic statement or a conditional, the model's most likely type passes
that type's threshold, and the mention and attribution code finds the party it is about
(the word that speaks most for the type stands in for the trigger). The date is the
one the existing date code assigns in the sentence, else, as for the rules' events, the
day of the article's action (the lede's); a deadline needs one that points forward. Such events carry ``found_by: "model"`` and a lower confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..settings import news_model_enabled, news_model_threshold
from .attribution import targets
from .coreference import anaphora_target, opening_subject
from .dates import PartialDate, find_dates
from .dates_context import assign_dates
from .event_kinds import MARKET
from .event_merge import STATE
from .legal_event import Event
from .mentions import Entity, Mention
from .modality import blocked, status
from .sentence_model import SentenceModel, load
from .sentences import Sentence, within
from .triggers import Trig, find_triggers

# per type, the probability the model must give before it speaks (chosen on the
# leave-articles-out cross-validation of the tuning articles: bench/NOTES.md)
THRESHOLDS: dict[str, float] = {
    "designation": 0.7, "removal": 0.7, "legal_challenge": 0.7, "injunction": 0.7,
    "vacatur": 0.7, "license": 0.7, "deadline": 0.7,
}
CONFIDENCE = 0.5

# the model speaks about a sentence of its subject only: a listing or a lift names a list
# or sanctions, a court action a court or a case, a licence a licence or an exemption
# (restrictions and bans are sanctions' other names: "restrictive measures were imposed on
# X", « des restrictions visent X », "a travel ban on X", « une interdiction de voyager »)
_SANCTIONS = (r"\b(?:list\w*|blacklist\w*|liste\w*|SDN|sanction\w*|embargo\w*|gel\w*|frozen|freez\w*|désign\w*|"
              r"designat\w*|restrict\w*|punitive?s?|(?:travel|entry|visa)\s+bans?|"
              r"interdictions?\s+(?:de\s+(?:voyager|séjour|territoire|visa)|d['’]entrée))")
_COURT = (r"\b(?:courts?|tribunal\w*|judges?|juge\w*|justice|lawsuits?|suit|su(?:ed|es|ing)|plaintes?|"
          r"recours|appeal\w*|appel|cour|CJUE|injunction|annul\w*|vacat\w*)\b")
# a listing told as a state, more shapes than the rules' ("remaining on the list", "the
# new list kept X", "est présent sur cette liste", "la présence de X sur")
_STATE_MORE = re.compile(r"(?i)\b(?:remaining|kept|keeps|still|présente?s?\s+sur|présence|toujours)\b")
# a plan told ahead ("expected to be announced", "due to take effect"), in any tense or person
# ("was planning to", "intends to", « prévoyait de », « envisage d'ajouter »)
_AHEAD = re.compile(r"(?i)\b(?:expected|set|due|poised|likely|plans?|planned|planning|intends?|intended|intending|"
                    r"prévoit|devrait|devraient|pourrai\w*)\s|\bprévo[iy]\w*\s+d(?:e\s|['’])|\benvisag\w*")
_SUBJECT: dict[str, re.Pattern[str]] = {
    "designation": re.compile(_SANCTIONS, re.IGNORECASE),
    "removal": re.compile(_SANCTIONS, re.IGNORECASE),
    "legal_challenge": re.compile(_COURT, re.IGNORECASE),
    "injunction": re.compile(_COURT, re.IGNORECASE),
    "vacatur": re.compile(_COURT, re.IGNORECASE),
    "license": re.compile(r"\b(?:licen[cs]\w*|autoris\w*|authori[sz]\w*|exempt\w*|exon\w*|dérogation\w*|waiver)",
                          re.IGNORECASE),
}

_override: list[tuple[SentenceModel | None, dict[str, float] | None]] = []

# authority and list of an event, as the rules decide them
Describe = Callable[[Sentence, Trig], tuple[str | None, str | None]]


@contextmanager
def using(model: SentenceModel | None, thresholds: dict[str, float] | None = None) -> Iterator[None]:
    """Read with ``model`` (and ``thresholds``) whatever the setting: for evaluation.
    ``None`` as the model: no model events."""
    _override.append((model, thresholds))
    try:
        yield
    finally:
        _override.pop()


def _current() -> tuple[SentenceModel | None, dict[str, float]]:
    if _override:
        model, th = _override[-1]
        return model, th or THRESHOLDS
    if not news_model_enabled():
        return None, THRESHOLDS
    one = news_model_threshold()
    return load(), (THRESHOLDS if one is None else dict.fromkeys(THRESHOLDS, one))


def model_events(
    sents: list[Sentence], lang: str, published: PartialDate | None, mentions: list[Mention],
    events: list[Event], comp: dict, describe: Describe, main: Entity | None = None,
    lede: Callable[[str, str], PartialDate | None] | None = None,
) -> list[Event]:
    """The model's events for the sentences the rules gave none. ``lede(type, sentence)``:
    the day of the article's action, for an event its own sentence does not date (as the
    rules' events take it)."""
    model, thresholds = _current()
    if model is None:
        return []
    told = {e.position for e in events}
    out: list[Event] = []
    recent: list[list[Entity]] = []  # the parties of the sentences that name some, in order
    subjects: list[Entity | None] = []
    for sent in sents:
        local = [m for m in within(sent, mentions) if m.entity is not None]
        prev_recent, prev_subject = recent[-4:], (subjects[-1] if subjects else None)
        if local:
            named: list[Entity] = []
            for m in local:
                if m.entity is not None and all(m.entity is not e for e in named):
                    named.append(m.entity)
            recent.append(named)
            subjects.append(opening_subject(sent, local))
        if any(sent.start <= p < sent.end for p in told):
            continue
        text = sent.text
        if text.rstrip("\"”» ").endswith("?") or find_triggers(text, lang):
            continue
        masks = [(m.start - sent.start, m.end - sent.start) for m in local]
        probs = model.probabilities(text, masks)
        typ = max(probs, key=lambda t: probs[t])
        if probs[typ] < thresholds.get(typ, 1.01):
            continue
        subject = _SUBJECT.get(typ)
        if subject is not None and not subject.search(text) or STATE.search(text) or MARKET.search(text) \
                or _STATE_MORE.search(text):
            continue  # not about a listing, a state ("remains on the list"), a stock market
        if comp["neg_b"].search(text) or comp["hyp_b"].search(text) or comp["cond"].search(text) \
                or _AHEAD.search(text):
            continue  # the rules look near their trigger; the model has none: the whole sentence
        cue = model.cue(text, typ, masks)
        if cue is None:
            continue
        t = Trig(typ, cue[0], cue[1], 1.0, False)
        if blocked(text, lang, t, []) or comp["generic"].search(text):
            continue
        if local:
            ents = targets([t], local, sent, lang).get(0, [])
        else:  # "the company sued ...": the party an anaphor points to, as the rules find it
            back = anaphora_target(sent, prev_recent, main, comp, typ, prev_subject)
            ents = back[0] if back is not None else []
        if not ents:
            continue
        dates = find_dates(text, lang, published)
        dm = assign_dates([t], dates, text, lang).get(0)
        if typ == "deadline":
            if dm is None or not (dm.deadline or dm.modifier == "future"):
                continue
            date = dm.future
        else:
            date = dm.date if dm is not None else None
        date_via = "sentence"
        if date is None and not dates and lede is not None:
            date = lede(typ, text)
            date_via = "lede" if date is not None else "sentence"
        auth, lst = describe(sent, t)
        for ent in ents:
            out.append(Event(
                type=typ, entity=ent, authority=auth, list_name=lst, date=date,
                status=status(text, lang, t), evidence=text,
                confidence=round(CONFIDENCE * probs[typ], 2), strength=0.5,
                position=sent.start + t.start, found_by="model",
                entity_via="sentence" if local else "anaphora", date_via=date_via,
            ))
    return out
