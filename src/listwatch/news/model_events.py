"""Events the sentence model reads where the rules say nothing (``LISTWATCH_NEWS_MODEL``).

A sentence gives a model event when: no rule trigger matched it (a trigger the rules
then dropped, as hypothetical or negated, is their call, not the model's), it tells an
act (no question, generic statement, conditional, plan, state, regime told as such or
headline), the model's most likely type passes that type's threshold, and the mention
and attribution code finds a party *named in the sentence* (the word that speaks most for
the type stands in for the trigger) that is no authority, place, speaker, source, office
holder or example in brackets, and for a challenge the side that brought a case named by
its sides. The date is the one the existing date code assigns in the sentence, else, as
for the rules' events, the day of the article's action (the lede's); a deadline needs one
that points forward. Such events carry ``found_by: "model"`` and a lower confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from listwatch.text import name_key

from ..settings import news_model_enabled, news_model_threshold
from .acronyms import is_authority
from .attribution import targets
from .case_names import _SIDES as _CASE_SIDES
from .dates import PartialDate, find_dates
from .dates_context import assign_dates
from .event_kinds import MARKET
from .event_merge import STATE
from .legal_event import Event
from .mentions import Entity, Mention
from .modality import blocked, status
from .offices import words_re as office_words
from .places import PLACE_WORDS
from .saying import verbs
from .sentence_model import SentenceModel, load
from .sentences import Sentence, within
from .triggers import Trig, find_triggers

# per type, the probability the model must give before it speaks, chosen on the read sets
# (the dev tuning part, T, H, K, L, M, N, O, P, Q and U, each read by a model trained
# without it: bench/NOTES.md), the one that gains most right events less the false ones
# (each counted one and a half times): 1.01 where none gained more right events than false
# ones (removals, licences, deadlines, injunctions, vacaturs: the model stays silent there)
OFF = 1.01
THRESHOLDS: dict[str, float] = {
    "designation": 0.6, "removal": OFF, "legal_challenge": 0.7, "injunction": OFF,
    "vacatur": OFF, "license": OFF, "deadline": OFF,
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
# new list kept X", "est présent sur cette liste", "la présence de X sur", "currently
# includes", "also appear on the list", "is on a blacklist", « restera sous sanctions »,
# "have been under sanctions since")
_STATE_MORE = re.compile(r"(?i)\b(?:remain\w*|kept|keeps|still|présente?s?\s+sur|présence|toujours|currently|actuellement|"
                         r"appears?\s+on|figur\w*\s+sur|(?:is|are)\s+on|sous\s+(?:le\s+coup|sanctions)|rester\w*|"
                         r"since|depuis)\b")
# a regime or the text that founds it, told as such ("the EU's own sanctions regime against
# X", « le régime de sanctions visant X », « un régime autonome de sanctions », "a sanctions
# enforcement regime", "Resolution 1234 created ...", "an amendment to the
# appendix of the ordinance on X"): what the measures are, no act on a party
_REGIME = re.compile(r"(?i)\b(?:r[ée]gimes?\s+(?:[\w'’-]+\s+){0,2}(?:de\s+)?sanctions|sanctions?\s+(?:[\w'’-]+\s+)?r[ée]gimes?|r[ée]solutions?|ordinances?|"
                     r"ordonnances?|chart(?:er|e)|appendi\w+|annexe?s?|mandat\w*)\b")
# the opposite act told in a listing's sentence: a lift, a waiver, an exemption, a licence
# ("a waiver granted to X", « une dérogation accordée à X », "eased",
# « assouplit », « radiée »): the model does not read a designation there (the rules read
# lifts and licences by their triggers)
_OPPOSITE = re.compile(r"(?i)\b(?:waiv\w*|exempt\w*|exon[ée]r\w*|dérogation\w*|autoris\w*|authori[sz]\w*|licen[cs]\w*|"
                       r"lift\w*|lev(?:ée|ées|er|é|és|ant)|unfr\w*|dégel\w*|delist\w*|"
                       r"radi(?:é|ée|és|ées|er|ation)|remov\w*|retir\w*|eas(?:e|ed|es|ing)|assoupl\w*|"
                       r"suspend\w*|suspension)\b")
# the act as the time of something else: "X sold its port a week after the listing", « peu
# après l'imposition des sanctions », "since the listing", « dès l'inscription »,
# "before these new sanctions": the sentence tells what happened then, not the act
_TIME_OF = re.compile(r"(?i)\b(?:after|before|following|until|since|once|après|avant|depuis|dès|suite\s+à)\s+"
                      r"(?:(?:the|les|la|le|des|de|of|imposition|introduction|new|these|those|ces|nouvelles?)\s+"
                      r"|l['’]\s*){0,4}(?:sanctions?|imposition|listing|designation|inscription)\b")
# the sentence ends with no stop: a headline or a page's heading ("X et la liste noire",
# "Country slaps more sanctions on Y after Z launch"), not the story's own sentence
_STOPPED = re.compile(r"[.!?;:»”\")]\W*$")
# a name that tells the act, not one it bears on: who says or reports it (", a annoncé",
# "was quoted as saying", "also recalled", "reported"), the source it is credited to
# ("according to X", "as per the reports of X", « selon X »), the speaker of a clause
# that tells it a few words on ("Le document indique que le rôle de X ...")
_TELLS_AFTER = re.compile(r"(?i)[\s,]*(?:(?:has|had|have|was|were|is|a|ont|avait|also|aussi|then|quoted\s+as)\s+)*(?:"
                          + verbs(("say", "add", "report", "react", "tell")) + r"|saying|recalled|clarified)\b")
_SOURCE_BEFORE = re.compile(r"(?i)\b(?:reports?\s+(?:of|by|from)|according\s+to|as\s+per|selon|d['’]après)\s+"
                            r"(?:(?:the|le|la|l['’])\s*)?$")
_ANNOUNCING_AFTER = re.compile(r"(?i)[^.;:«»\"“”]{0,60}?\b(?:announcing|saying|declaring|stating|annonçant|déclarant|"
                               r"affirmant|indiquant)\b")
_SAID_BEFORE = re.compile(r"(?i)\b(?:" + verbs(("say", "add")) + r")\s+(?:(?:the|le|la|l['’])\s*)?(?:[\w'’-]+\s+){0,6}$")
# a person told by an office held now ("President of Ukraine X", « son ministre X »,
# "opposition leader X"): the one who acts, speaks or meets, in a sentence no trigger reads
# (a former office is a designee's description: "Former President of the Chamber X")
_OFFICE_BEFORE = re.compile(r"(?i)\b(?<!former\s)(?<!ancien\s)(?<!ancienne\s)(?:"
                            + office_words(("state", "government", "speaker", "head"))
                            + r")\b(?:\s+[\w'’-]+){0,5}\s*,?\s*$")
# ... or inside the name the mention finder read ("Vice President X", "Prime Minister X")
_OFFICE_IN = re.compile(r"(?i)(?:(?:vice|deputy|prime)[\s-]+)?(?:"
                        + office_words(("state", "government", "speaker", "head")) + r")\s+(?-i:[A-ZÉ])")
_FORMER = re.compile(r"(?i)\b(?:former|ancien(?:ne)?|ex)[\s-]+$")
# a case named by its sides, the first side brought it: "X v Council", « X/Conseil », « X contre
# Conseil » (``case_names``' separators, and "contre"/"against" before a capital)
_AGAINST_SIDE = re.compile(r"\s+(?:contre|against)\s+(?:(?:le|la|l['’]|the)\s*)?(?-i:[A-ZÉ])")
# a plan told ahead ("expected to be announced", "due to take effect"), in any tense or person
# ("was planning to", "intends to", « prévoyait de », « envisage d'ajouter »), or a work under
# way ("has been compiling a list", « est en train de dresser »)
_AHEAD = re.compile(r"(?i)\b(?:expected|set|due|poised|likely|plans?|planned|planning|intends?|intended|intending|"
                    r"prévoit|devrait|devraient|pourrai\w*)\s|\bprévo[iy]\w*\s+d(?:e\s|['’])|\benvisag\w*|"
                    r"\b(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?!being\b)\w{3,}ing\b|\ben\s+train\s+d")
_SUBJECT: dict[str, re.Pattern[str]] = {
    "designation": re.compile(_SANCTIONS, re.IGNORECASE),
    "removal": re.compile(_SANCTIONS, re.IGNORECASE),
    "legal_challenge": re.compile(_COURT, re.IGNORECASE),
    "injunction": re.compile(_COURT, re.IGNORECASE),
    "vacatur": re.compile(_COURT, re.IGNORECASE),
    "license": re.compile(r"\b(?:licen[cs]\w*|autoris\w*|authori[sz]\w*|exempt\w*|exon\w*|dérogation\w*|waiver)",
                          re.IGNORECASE),
}



def _no_party(text: str, start: int, end: int, ent: Entity, typ: str) -> bool:
    """The name at ``text[start:end]`` (its sentence) is none the model may speak of: an
    authority, a court or a list (its head word), a place, who tells or reports the act or
    its source, a person told by an office held now, an example in brackets of a group
    the act bears on ("les banques russes (A, B)"); for a challenge, anything but the side
    that brought a case named by its sides."""
    if is_authority(ent.name) or all(w in PLACE_WORDS for w in name_key(ent.name).split()):
        return True
    if _TELLS_AFTER.match(text, end) or _SOURCE_BEFORE.search(text, max(0, start - 40), start) \
            or ent.person and (_SAID_BEFORE.search(text, max(0, start - 80), start)
                               or _ANNOUNCING_AFTER.match(text, end)):
        return True
    if ent.person and (_OFFICE_BEFORE.search(text, max(0, start - 70), start) or _OFFICE_IN.match(text, start)
                       and not _FORMER.search(text, max(0, start - 12), start)):
        return True
    if text.count("(", 0, start) > text.count(")", 0, start):
        return True
    return typ == "legal_challenge" and not (_CASE_SIDES.match(text, end) or _AGAINST_SIDE.match(text, end))


def _masked(text: str, masks: list[tuple[int, int]]) -> str:
    """``text`` with the names blanked: a name's own words ("Resolution Capital") tell no act."""
    out = list(text)
    for a, b in masks:
        out[a:b] = "_" * (b - a)
    return "".join(out)


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
    rules' events take it). ``main`` (the article's main party) is not read: the model
    speaks only of a party its sentence names (an anaphor's party was its commonest false
    event, and never a right one, on the read sets)."""
    model, thresholds = _current()
    if model is None:
        return []
    told = {e.position for e in events}
    out: list[Event] = []
    for sent in sents:
        local = [m for m in within(sent, mentions) if m.entity is not None]
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
        bare = _masked(text, masks)
        if subject is not None and not subject.search(text) or STATE.search(text) or MARKET.search(text) \
                or _STATE_MORE.search(bare) or _REGIME.search(bare) or _TIME_OF.search(bare) \
                or typ == "designation" and _OPPOSITE.search(bare):
            continue  # not about a listing, a state ("remains on the list"), a stock market, a regime,
            # the act as the time of another, a listing's opposite
        if typ != "legal_challenge" and "\n" not in text.strip() and not _STOPPED.search(text.strip()):
            continue  # a headline (a case's title is read as a challenge's: "X v Council")
        if not local:
            continue  # the party is named in the sentence, or the model says nothing
        if comp["neg_b"].search(text) or comp["hyp_b"].search(text) or comp["cond"].search(text) \
                or _AHEAD.search(text):
            continue  # the rules look near their trigger; the model has none: the whole sentence
        cue = model.cue(text, typ, masks)
        if cue is None:
            continue
        t = Trig(typ, cue[0], cue[1], 1.0, False)
        if blocked(text, lang, t, []) or comp["generic"].search(text):
            continue
        ents = [e for e in targets([t], local, sent, lang).get(0, [])
                if not all(_no_party(text, m.start - sent.start, m.end - sent.start, e, typ)
                           for m in local if m.entity is e)]
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
                entity_via="sentence", date_via=date_via,
            ))
    return out
