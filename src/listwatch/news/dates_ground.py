"""The day of an act the article tells without one, told elsewhere by what the act made:
a listing by its measure, a relief by its grant, a case by its bringing. A party's listing
told undated (the ground of its case, a listing told in passing) takes the one day of the
past that another sentence tells for the party's measure with no act of its own there
("The first sanctions on X in May 2020 cited ...", "X says he lost millions since the
ministry first placed sanctions on it in March 2017", "measures which X says were wrongly
applied to him last April", « les sanctions infligées à X en 2022 »); a relief told
undated, the day it was issued or came into force ("It came into force on 14 May", « la
dérogation accordée à X en mai »); a case told undated, the day it was brought ("X filed
its suit in October", « le pourvoi formé le 3 mai par X »). The sentence names the party,
or follows the one that does and takes it up by a pronoun or a definite noun phrase ("the
firm", « la société »).

The day is the measure's only when it stands nearer to the measure's words than to any
word of another act (a court's, a suit's, a removal's, a renewal's: "the judgment on 28
April deemed the sanctions unlawful" dates the judgment). Not when the sentence names
another party the article acts on (whose act the day may be), tells the act as not done,
weighed or done anew, or gives that day to an event of its own; not when two sentences
tell two days; not for a listing the article tells as done again, a relief told as
renewed or extended in its own sentence, nor for a party whose act of that kind the
article dates already. Not a day of the act's own sentence (weighed there: a deed's, a
tally's, a text's), nor a weekday or the day before (the time of the news, which the day
of the news weighs)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .dates import DateMention, PartialDate, find_dates
from .lang import weekday_names
from .legal_event import Event
from .members import counts_parties
from .mentions import authority_spans
from .sentences import Sentence
from .triggers import find_triggers

# the measure a listing puts on its party, by its noun or its verb; and the verbs that
# put a measure told by its noun ("sanctions imposed on him in 2018")
_MEASURE = re.compile(
    r"(?i)\b(?:sanctions?|sanctioned|sanctionn\w*|(?:black)?listed|blacklisting|listing|designated|designation|"
    r"restrictive\s+measures|asset\s+freeze|frozen|additions?\s+of|inscrite?s?|inscription|désignée?s?|désignation|ajouts?\s+d[e'’]|"
    r"mesures\s+restrictives|gel\s+(?:de\s+ses|des|de\s+leurs)\s+(?:avoirs|fonds|actifs))\b"
)
_PUT = re.compile(r"(?i)\b(?:imposed|applied|placed|infligée?s?|imposée?s?|appliquée?s?|prises?)\b")
# a relief by its noun, and the verbs that grant it or bring it into force ("the licence
# was first issued on 3 May", "It came into force on 3 May", « la dérogation accordée en mai »)
_RELIEF = re.compile(
    r"(?i)\b(?:licen[cs]es?|GL\s*\d+\w*|waivers?|exemptions?|dérogations?|autorisations?)\b"
)
_GRANT = re.compile(
    r"(?i)\b(?:issued|granted|came\s+into\s+(?:force|effect)|took\s+effect|entered\s+into\s+force|"
    r"délivrée?s?|accordée?s?|octroyée?s?|émise?s?|(?:est|sont)\s+entrée?s?\s+en\s+vigueur)\b"
)
# what tells a relief's later act: its renewal, extension or end ("renewed in March")
_RELIEF_LATER = re.compile(
    r"(?i)\b(?:renew\w*|extend\w*|extension|prolong\w*|expir\w*|revok\w*|replac\w*|renouvel\w*|prorog\w*|"
    r"rallong\w*|révoqu\w*|remplac\w*)\b"
)
# a relief's start told in the past ("It came into force on 14 May"): the day it began, not a
# cut-off to come
_BEGAN = re.compile(r"(?i)\b(?:came|entered)\s+into\s+(?:force|effect)\s+(?:on\s+)?$|\btook\s+effect\s+(?:on\s+)?$")
# a party's case by its noun, and the verbs that bring it ("his suit, filed on 15 March",
# « le recours introduit le 3 mai »)
_CASE = re.compile(
    r"(?i)\b(?:suits?|lawsuits?|complaints?|legal\s+challenges?|appeals?|petitions?|plaintes?|recours|pourvois?|"
    r"requêtes?|actions?\s+en\s+justice)\b"
)
_BRING = re.compile(
    r"(?i)\b(?:filed|brought|lodged|launched|sued|déposée?s?|introduite?s?|formée?s?|intentée?s?)\b"
)
# what ends a case or answers it: its day is no filing's ("dismissed his complaint on 7 April")
_CASE_LATER = re.compile(
    r"(?i)\b(?:dismiss\w*|withdr[ae]w\w*|dropp\w*|settl\w*|reject\w*|won|lost|upheld|rejet\w*|retir\w*|"
    r"désist\w*|débout\w*|gagn\w*|perd\w*)\b"
)
_LATER = {"license": _RELIEF_LATER, "legal_challenge": _CASE_LATER}
_WORDS = {"designation": (_MEASURE, _PUT), "license": (_RELIEF, _GRANT), "legal_challenge": (_CASE, _BRING)}
# what tells the measure as not done, weighed, or done again or anew
_NOT_TOLD = re.compile(
    r"(?i)\b(?:again|re-?(?:list|impos|designat)\w*|fresh|additional|further|nouvelles?|nouveau|"
    r"réinscri\w*|de\s+nouveau|à\s+nouveau|not|never|ne|n['’]|pas|jamais|pourrai\w*|serai\w*)\b"
    r"|\b(?-i:new|could|would|may|might)\b"  # (in lower case: "New York", "last May" are none)
)
_AGAIN = re.compile(r"(?i)\b(?:again|re-?(?:list|impos|designat|add)\w*|de\s+nouveau|à\s+nouveau|réinscri\w*)\b")
# the party told by name in the sentence before, taken up by a pronoun or a definite noun
# phrase ("applied to him", "the company was listed", "the group's assets", « la société »,
# « les élites », « le visent »)
_PRONOUN = re.compile(
    r"(?i)\b(?:he|she|it|they|him|her|them|his|its|their|both|the|this|that|these|those|"
    r"il|elle|ils|elles|lui|le|la|les|ce|cet|cette|ces|sa|son|ses)\b"
    r"|\bl['’]"
)
_PLURAL = re.compile(r"(?i)\b(?:they|them|their|both|these|those|ils|elles|eux|leurs?|les|ces)\b")
# a sentence whose subject is a name of its own ("B filed its complaint in May", « B affirme
# que ... »): its pronouns take up that name, not the party of the sentence before. The
# subject: capitalised words opening the sentence, before a word in lower case, the first
# none of the words that open a sentence about the party told before (a pronoun, a
# determiner, a preposition, an adverb of time or of linking).
_OPENER = (
    r"(?:The|This|That|These|Those|It|Its|He|His|She|Her|They|Their|Both|Each|All|Neither|Such|"
    r"In|On|At|By|For|Since|After|Before|Last|Earlier|Later|From|Under|During|When|While|As|But|And|"
    r"Then|Also|However|According|Le|La|Les|L|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|Son|Sa|Ses|Leurs?|"
    r"En|Dans|Depuis|Après|Avant|Lors|Par|Pour|Mais|Et|Puis|Selon|Ensuite)"
)
_NAMED_SUBJECT = re.compile(
    rf"^[\W_]*(?!{_OPENER}\b)[A-ZÀ-Ý][\w&'’.-]*(?:\s+[A-ZÀ-Ý][\w&'’.-]*){{0,4}}(?=\s+[a-zà-ÿ])"
)


def _other_subject(sent: Sentence, lang: str) -> bool:
    """The sentence opens on a name of its own that is no authority (an agency acting on
    the party told before is no other party: "OFAC placed sanctions on it in 2018")."""
    m = _NAMED_SUBJECT.match(sent.text)
    if m is None:
        return False
    return not any(a < m.end() and m.start() < b for a, b, _n in authority_spans(sent.text, lang))
# the nouns of other acts that may hold the day instead ("the judgment on 28 April", "a
# lawsuit filed on 5 Nov.")
_OTHER_NOUN = re.compile(
    r"(?i)\b(?:judg(?:e)?ments?|rulings?|opinions?|orders?|decisions?|verdicts?|hearings?|filings?|suits?|lawsuits?|appeals?|"
    r"challenges?|complaints?|petitions?|arrêts?|jugements?|ordonnances?|décisions?|recours|plaintes?|"
    r"audiences?|requêtes?)\b"
)
# a day told by its weekday or as the day before: the time of the news, which the day of the
# news weighs (``dates_context.news_day``), not a measure's of the past
_NEWS_TIME = re.compile(r"(?i)\b(?:" + weekday_names() + r"|yesterday|hier|la\s+veille)\b")
_NEAR = 80  # characters between the measure's word and its day


def _sentence_of(sents: Sequence[Sentence], at: int) -> int | None:
    return next((k for k, s in enumerate(sents) if s.start <= at < s.end), None)


def _names(sent: Sentence, spans: Sequence[tuple[int, int]]) -> bool:
    return any(sent.start <= a < sent.end for a, _b in spans)


def _measure_days(sent: Sentence, kind: str, lang: str, published: PartialDate | None,
                  distractor: re.Pattern[str] | None, taken_up: bool = False) -> set[PartialDate]:
    """The days of the past the sentence tells for a measure: each nearer to a word of the
    measure than to any word of another act (a court's, a suit's, a removal's: "the
    judgment on 28 April deemed the sanctions unlawful" dates the judgment; "a bid to lift
    sanctions imposed on him in 2018" dates the sanctions); not a weekday's nor the day
    before's (the time of the news, which the day of the news weighs). A relief's (``kind`` "license") likewise by its noun and its verbs of granting; told by
    a pronoun (``taken_up``), by the verb alone ("It came into force on 14 May")."""
    text = sent.text
    if _NOT_TOLD.search(text):
        return set()
    nouns, verbs = _WORDS[kind]
    measures = [(m.start(), m.end()) for m in nouns.finditer(text)]
    if not measures and not taken_up:
        return set()
    if kind == "legal_challenge":
        measures = []  # (a case's day is its bringing's: "wrote in its complaint" tells none)
    measures += [(m.start(), m.end()) for m in verbs.finditer(text)]
    acts = [(t.start, t.end) for t in find_triggers(text, lang) if t.event != kind
            and not (kind == "license" and any(a <= t.start < b or t.start <= a < t.end for a, b in measures))]
    acts += [(m.start(), m.end()) for m in _OTHER_NOUN.finditer(text)
             if not (kind == "legal_challenge" and _CASE.fullmatch(m.group(0)))]
    if kind in _LATER:
        acts += [(m.start(), m.end()) for m in _LATER[kind].finditer(text)]
    out: set[PartialDate] = set()
    for d in find_dates(text, lang, published):
        began = kind == "license" and d.past is not None and _BEGAN.search(text[max(0, d.start - 30) : d.start])
        if began:
            d = replace(d, deadline=False, effect=False)  # (a relief in force from the day it began)
        if d.kind == "same_day" or d.date is None or d.deadline or d.effect or d.modifier == "future":
            continue
        if published is not None and (d.date.contains(published) or published.contains(d.date)
                                      or d.date.iso() > published.iso()):
            continue  # (the day of the news, or one ahead: the story's own act)
        if distractor is not None and distractor.search(text[max(0, d.start - 60) : d.start]) \
                or _NEWS_TIME.search(d.text):
            continue

        def gap(a: int, b: int, d: DateMention = d) -> int:
            return d.start - b if b <= d.start else a - d.end if a >= d.end else -1

        near = [g for a, b in measures if 0 <= (g := gap(a, b)) <= _NEAR
                and not re.search(r"[;:]", text[min(b, d.end) : max(a, d.start)])]
        other = [g for a, b in acts if (g := gap(a, b)) >= 0]
        if near and min(near) < min(other, default=_NEAR + 1):
            out.add(d.date)
    return out


def date_from_measure_day(events: list[Event], sents: Sequence[Sentence], lang: str,
                          published: PartialDate | None, distractor: re.Pattern[str] | None) -> None:
    """Give each undated listing in effect the one past day the article tells for its
    party's measure in a sentence that makes no event of that day (see the module's
    words)."""
    undated = [e for e in events if e.type in _WORDS and e.date is None and e.status == "effective"]
    if not undated:
        return
    # (parties whose listing the article leaves undated may be told together: "when the
    # office sanctioned the two brothers in May")
    sharing = {id(e.entity) for e in undated}
    party_spans = {id(e.entity): e.entity.spans for e in events if id(e.entity) not in sharing}
    all_spans = {id(e.entity): e.entity.spans for e in events}
    for e in undated:
        if any(o.type == e.type and o.entity is e.entity and o.date is not None for o in events):
            continue
        own = _sentence_of(sents, e.position)
        if own is not None and e.type != "legal_challenge" \
                and (_AGAIN if e.type == "designation" else _RELIEF_LATER).search(sents[own].text):
            continue
        days: set[PartialDate] = set()
        for k, sent in enumerate(sents):
            if k == own:
                continue  # (its own sentence's dates were weighed there: a deed's, a tally's)
            named = _names(sent, e.entity.spans)
            # (a sentence that counts a group takes up no party: "had already sanctioned 17
            # firms in June")
            taken_up = not named and k > 0 and _names(sents[k - 1], e.entity.spans) \
                and _PRONOUN.search(sent.text) is not None and not counts_parties(sent.text) \
                and not _other_subject(sent, lang)
            # (another party named blocks, bar one whose act of the kind is undated too, told
            # with this one: named beside it, "sanctioned the two brothers in May", or taken up
            # with it by a plural, "the measures on them and on B")
            plural = taken_up and _PLURAL.search(sent.text) is not None
            others = party_spans.values() if named or plural else \
                [v for key, v in all_spans.items() if key != id(e.entity)]
            if not (named or taken_up) or any(_names(sent, spans) for spans in others):
                continue
            given = {o.date for o in events if o.date is not None and sent.start <= o.position < sent.end}
            days |= _measure_days(sent, e.type, lang, published, distractor, taken_up=taken_up) - given
        if len(days) == 1:
            e.date = days.pop()
            e.date_via = "measure"
