"""A group told as acted on and some of its members picked out by name after an inclusion
cue, all in the act's own sentence: "the holdings of several lenders were frozen as well,
among them A and B", "the order also reached a few of his relatives, notably the
lawmaker C", « les comptes de plusieurs sociétés ont aussi été bloqués, dont D et E »,
« la décision touchait certains de ses associés, en particulier l'homme d'affaires F ».

One table per language, one construction for both: the act is a passive (any auxiliary,
adverbs on either side of "been" / « été », a participle of any listing verb) or a measure
as the subject of a verb of reach; then the group (its kind, its count, a place or a
time, no clause end); then a comma or a dash and the cue; then a name within a few words
(a title or a determiner may come first). The trigger is the act's word (group ``at``):
the names after the cue are its parties, read as any act's object is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .base import Trigger


@dataclass(frozen=True)
class GroupWords:
    aux: str  # the auxiliaries of a passive ("were", « ont »)
    been: str  # the participle of being between them ("been", « été »)
    adverb: str  # an adverb between the auxiliary and the participle
    participle: str  # the participle of a listing act
    loose: str  # a participle of wider sense ("hit", « touchés »): an act only beside a measure
    freeze: str  # an active freeze and the holdings it freezes, up to their owner's "of"
    measure: str  # a measure told as the subject ("the sanctions", « la mesure »)
    reach: str  # a verb of reach after that subject ("covered", « visait »)
    cue: str  # the inclusion cue that picks members out of the group
    lead: str  # a determiner or a title word that may open the first member


WORDS: dict[str, GroupWords] = {
    "en": GroupWords(
        aux=r"(?:were|was|are|is|have|has|had|will|would)",
        been=r"(?:been|be)",
        adverb=r"(?:also|now|further|likewise|similarly|already|recently|newly|all|both|each|then|later|[a-z]+ly)",
        participle=r"(?:frozen|sanctioned|targeted|designated|blacklisted|blocked|penali[sz]ed|barred)",
        loose=r"(?:hit|affected|covered|included|listed|named|added)",
        freeze=r"(?:fr(?:oze|eezes?|eezing)|block(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:assets|funds|holdings|property)"
               r"(?:\s+[a-z]+){0,2}?\s+of",
        measure=r"(?:measures?|sanctions|restrictions|(?:asset\s+)?freezes?|bans?|action|order|decision|designations?|"
                r"listings?|penalties|package|round)",
        reach=r"(?:cover(?:s|ed)?|target(?:s|ed)?|hit(?:s)?|affect(?:s|ed)?|concern(?:s|ed)?|reach(?:es|ed)?|"
              r"(?:appl(?:y|ies|ied)|extend(?:s|ed)?)\s+to)",
        cue=r"(?:including|notably|in\s+particular|particularly|among\s+them|among\s+whom|among\s+which|such\s+as|"
            r"especially|chief\s+among\s+them)",
        lead=r"(?:the|a|an|his|her|its|their|former|ex-)",
    ),
    "fr": GroupWords(
        aux=r"(?:sont|est|étaient|était|seront|sera|ont|a|avaient|avait|auront|aura)",
        been=r"(?:été)",
        adverb=r"(?:également|aussi|déjà|désormais|en\s+outre|par\s+ailleurs|ainsi|tous|toutes|[a-zà-ÿ]+ment)",
        participle=r"(?:gelée?s?|sanctionnée?s?|visée?s?|ciblée?s?|désignée?s?|bloquée?s?)",
        loose=r"(?:touchée?s?|concernée?s?|frappée?s?|inscrite?s?|ajoutée?s?)",
        freeze=r"(?:gèle(?:nt|ra|ront)?|gel(?:é|ait|aient|a|er|ant)|bloqu(?:e|ent|é|ait|aient|a|er|ant))\s+"
               r"(?:[\w'’-]+\s+){0,3}?(?:les|des)\s+(?:avoirs|actifs|fonds|biens|comptes)(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:de|d['’]|du|des)",
        measure=r"(?:mesures?|sanctions|restrictions|gel(?:\s+des\s+(?:avoirs|actifs|fonds))?|interdictions?|"
                r"décision|décret|arrêté|paquet|ordonnance)",
        reach=r"(?:(?:concern|vis|touch|cibl|frapp)(?:e|ent|ait|aient|era|eront|a)|"
              r"(?:ont|a|avait|avaient)\s+(?:[a-zà-ÿ]+\s+)?(?:concern|vis|touch|cibl|frapp)é|"
              r"s['’](?:appliqu|étend)(?:e|ent|ait|aient)\s+(?:à|aux|au))",
        cue=r"(?:dont|notamment|en\s+particulier|parmi\s+(?:eux|elles|lesquel(?:le)?s)|à\s+savoir|entre\s+autres|"
            r"tels?\s+que|telles?\s+que|surtout)",
        lead=r"(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une|l['’]ancien|l['’]ex-)",
    ),
}


# a measure or a list named between a participle of wider sense and its cue ("hit by the
# sanctions, including", « touchées par le gel, dont »; not "hit by the crisis")
_MEASURE_WORD = r"\b(?:sanction|list|measure|freez|restrict|blacklist|register|mesure|liste|gel|registre|annexe)\w*"
_GROUP = r"[^.;:!?()«»\"“”]"


def _picked(lang: str, loose: bool = False) -> str:
    """The group after an act and the cue that picks named members out of it: no clause
    end, a hundred characters at most (after a participle of wider sense, nothing or a
    measure's words), then a comma or a dash, the cue, and a name within a few words (a
    determiner, a title or a description of up to five words may open it)."""
    w = WORDS[lang]
    group = rf"(?:{_GROUP}{{0,80}}?{_MEASURE_WORD}{_GROUP}{{0,40}}?)?" if loose else _GROUP + "{0,100}?"
    return (group + rf"(?:,|\s[-–—])\s*{w.cue}\b,?\s+"
            rf"(?={w.lead}?\s*(?:[\wÀ-ÿ'’«»“”-]+\s+){{0,5}}?(?-i:[A-ZÀ-Ý0-9]))")


def _passive(lang: str) -> str:
    """A passive act: an auxiliary, adverbs on either side of "been" / « été », a
    participle of a listing act ("have now been sanctioned", « ont également été gelés »),
    told with its group and cue (a participle of wider sense only beside a measure)."""
    w = WORDS[lang]
    adverbs = rf"(?:{w.adverb}\s*,?\s+){{0,2}}"
    return (rf"{w.aux}\s+{adverbs}(?:{w.been}\s+{adverbs})?"
            rf"(?:{w.participle}\b(?={_picked(lang)})|{w.loose}\b(?={_picked(lang, loose=True)}))")


@cache
def _compiled(lang: str) -> re.Pattern[str]:
    return re.compile(_passive(lang), re.IGNORECASE)


def members_picked(sent: str, start: int, end: int, lang: str) -> bool:
    """The act at ``start:end`` is a passive whose group has members named after a cue
    ("forty people were sanctioned, including A"): an act on those members, not the kind
    of party a list holds ("firms on the list, including A" is no act)."""
    m = _compiled(lang).match(sent, start)  # (its lookahead reads past the act)
    return m is not None and m.end() == end


def group_pick_triggers(lang: str) -> tuple[Trigger, ...]:
    """The three triggers of the construction in ``lang``: the passive act, an active
    freeze and a measure as the subject, each followed in its clause by a group and a cue
    before a name."""
    w = WORDS[lang]
    picked = _picked(lang)
    passive = rf"\b(?P<at>{_passive(lang)})"
    freeze = rf"\b(?P<at>{w.freeze})(?={picked})"
    measure = rf"\b(?P<at>{w.measure}\b[^.;:]{{0,60}}?\b{w.reach})\b(?={picked})"
    return tuple(Trigger("designation", p, strength=0.9) for p in (passive, freeze, measure))
