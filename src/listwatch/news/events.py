"""Sentence-level legal event extraction, driven by the per-language rule packs.

For every sentence: find trigger phrases; drop the negated, hypothetical and background
ones (``modality``); settle each one's kind (``event_kinds``); attach the entities of
the sentence (one event per entity), or, when the sentence says "the company" / "it" /
"la société", the entity mentioned last, or the parties a later sentence names for a
counted group (``event_groups``); pick the date expression nearest to the trigger, the
authority and the list. Duplicates across the article are merged (``event_merge``),
keeping the best-supported date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from .acronyms import resolve as _resolve_acronyms
from .attribution import UNNAMED_PARTIES as _UNNAMED_PARTIES
from .attribution import aside as _aside
from .attribution import fronted_end as _fronted_end
from .attribution import indefinite_head as _indefinite_head
from .attribution import of_counted as _of_counted
from .attribution import owns_company
from .attribution import targets_by_side as _targets
from .attribution import told_as_reason as _told_as_reason
from .case_names import case_name_events as _case_name_events
from .case_names import cites_relief as _cites_relief
from .coreference import anaphor as _anaphor
from .coreference import anaphora_target as _anaphora_target
from .coreference import main_entity as _main_entity
from .coreference import only_quoted as _only_quoted
from .coreference import opening_subject as _opening_subject
from .coreference import owner_anaphor as _owner_anaphor
from .coreference import pronoun_acts as _pronoun_acts
from .coreference import rival as _rival
from .court_acting import relief_without_court as _relief_without_court
from .court_answers import court_answer_events as _court_answer_events
from .court_cases import presupposed_cases as _presupposed_cases
from .court_cases import relief_over_ruling as _relief_over_ruling
from .court_nonparties import counsel as _counsel
from .court_nonparties import not_a_party as _not_a_party
from .court_objects import other_matter as _other_matter
from .court_operative import operative_events as _operative_events
from .court_papers import caption_events as _caption_events
from .court_papers import court_heading_events as _court_heading_events
from .court_papers import role_events as _role_events
from .court_requests import requested_order_events as _requested_order_events
from .credits import credit_spans, in_credit
from .dates import DateMention, PartialDate, find_dates, needs_anchor
from .dates_clauses import aside_date as _aside_date
from .dates_clauses import reported_day as _reported_day
from .dates_context import DATELINE as _DATELINE
from .dates_context import OPENING_SENTENCES as _OPENING_SENTENCES
from .dates_context import anchor_date as _anchor
from .dates_context import assign_dates as _assign_dates
from .dates_context import dated_elsewhere as _dated_elsewhere
from .dates_context import dated_in_relatives as _dated_in_relatives
from .dates_context import glued_stamp as _glued_stamp
from .dates_context import in_relative as _aside_relative
from .dates_context import later_anchor as _later_anchor
from .dates_context import news_day as _news_day
from .dates_context import page_label as _page_label
from .dates_context import past_act_anchor as _past_act_anchor
from .dates_context import printed_date as _printed_date
from .dates_context import quoted_today as _quoted_today
from .dates_context import recent as _recent
from .dates_context import refine_told_event as _refine_told_event
from .dates_context import tally_date as _tally_date
from .dates_context import text_day as _text_day
from .dates_context import untold_time as _untold_time
from .dates_context import without_distractors as _without_distractors
from .dates_effective import date_from_effective_day as _date_from_effective_day
from .dates_effective import own_effective_days as _own_effective_days
from .dates_ground import date_from_measure_day as _date_from_measure_day
from .dates_round import POINTS_BACK_REACH as _POINTS_BACK_REACH
from .dates_round import act_by_noun as _act_by_noun
from .dates_round import group_round_day as _group_round_day
from .dates_round import points_back as _points_back
from .dates_story import day_news_kinds as _day_news_kinds
from .dates_story import past_ago as _past_ago
from .dates_story import weekday_before as _weekday_before
from .enumeration_acts import enumeration_events as _enumeration_events
from .enumerations import enumeration as _enumeration
from .enumerations import object_group as _object_group
from .event_groups import BACK_REF as _BACK_REF
from .event_groups import COUNTED_PARTIES as _COUNTED_PARTIES
from .event_groups import COUNTED_PEOPLE as _COUNTED_PEOPLE
from .event_groups import NUMBER_OBJECT as _NUMBER_OBJECT
from .event_groups import OTHERS as _OTHERS
from .event_groups import QUANTIFIED as _QUANTIFIED
from .event_groups import candidates_told as _candidates_told
from .event_groups import description_names as _description_names
from .event_groups import group_size as _group_size
from .event_groups import is_bullet as _is_bullet
from .event_groups import series_act as _series_act
from .event_groups import series_intro as _series_intro
from .event_groups import series_items as _series_items
from .event_groups import series_names as _series_names
from .event_groups import unnamed_object as _unnamed_object
from .event_kinds import CHALLENGE_WON as _CHALLENGE_WON
from .event_kinds import DELIST_WORD as _DELIST_WORD
from .event_kinds import LIST_WORD as _LIST_WORD
from .event_kinds import MARKET as _MARKET
from .event_kinds import agency_act as _agency_act
from .event_kinds import court_relief as _court_relief
from .event_kinds import licence_end as _licence_end
from .event_kinds import resolve_same_act as _resolve_same_act
from .event_kinds import resolve_similar as _resolve_similar
from .event_merge import STATE as _STATE
from .event_merge import is_headline as _is_headline
from .event_merge import merge as _merge
from .event_merge import without_headline_repeats as _without_headline_repeats
from .event_offsets import count_from_event as _count_from_event
from .event_offsets import find_reference as _find_reference
from .lang import COURT_EVENTS
from .lang.common import DEFAULT_LIST, STATE_ACTOR, SUIT_NOUNS, jurisdiction
from .legal_event import Event
from .licence_designees import licence_designee_events
from .licence_objects import licence_object
from .licence_terms import LooseEnd, holder_time, licence_deadlines, loose_end, yearless_end
from .list_lines import act_of_group as _act_of_group
from .list_lines import announces_list as _announces_list
from .measures_term import measures_term as _measures_term
from .measures_term import rule_calendar as _rule_calendar
from .members import PRONOUN_GROUP as _PRONOUN_GROUP
from .members import counted_group as _counted_group
from .members import counted_parties as _counted_parties
from .members import group_named as _group_named
from .members import group_told as _group_told
from .members import list_subject as _list_subject
from .members import measure_after as _measure_after
from .members import member_span as _member_span
from .members import members_named as _members_named
from .members import one_member as _one_member
from .members import pending_names as _pending_names
from .members import people_subject as _people_subject
from .members import rest_named as _rest_named
from .members import roles_named as _roles_named
from .members import round_members as _round_members
from .members import takes_up as _takes_up
from .members import who_it_is as _who_it_is
from .mentions import Entity, Mention, authority_spans
from .modality import blocked as _blocked
from .modality import compiled as _compiled
from .modality import status as _status
from .model_events import model_events as _model_events
from .names import KIN_PLURAL
from .object_phrase import bringer_items as _bringer_items
from .object_phrase import measures_items as _measures_items
from .object_phrase import phrase_cues as _phrase_cues
from .object_phrase import phrase_items as _phrase_items
from .own_clauses import owner_ends
from .party_model import decide as _party_decide
from .plans_studied import plan_told_on as _plan_told_on
from .plans_studied import reported_plan as _reported_plan
from .roles import alias_of
from .sentences import Sentence, sentence_at, split_sentences, within
from .triggers import Trig as _Trig
from .triggers import find_triggers as _find_triggers

__all__ = ["Event", "extract_events"]

# a sentence that opens on a group its article has not named ("The individuals were all
# designated in 2020", "Les sociétés avaient été sanctionnées en 2019")
_GROUP_OPENS = re.compile(
    r"(?i)^\W*(?:the|these|those|les|ces)\s+(?:[\w-]+\s+)?(?:individuals|persons|people|men|companies|entities|"
    r"firms|personnes|individus|hommes|sociétés|entreprises|entités)\s+(?:were|have|had|are|ont|avaient|sont|étaient)\b"
)
# the same round told on in the present: "BIS is also removing X", "OFAC also removes Y":
# the day of the article's action, when the sentence gives no date of its own (told in
# the past, "Separately, the department removed X" may be another day: undated, unless
# the page is the authority's own release)
_SAME_ROUND = re.compile(
    r"(?i)\b(?:also|separately|in\s+a\s+separate\s+action|at\s+the\s+same\s+time|additionally|"
    r"in\s+addition|par\s+ailleurs|également|en\s+outre|dans\s+le\s+même\s+temps|parallèlement)\b"
)
# parties that follow the sentence ("approved the addition of the entry specified below
# to its ... Sanctions List", "the following entities were designated"): a name the
# sentence itself gives is not one of them (it names the list or the regime)
_BELOW = re.compile(
    r"(?i)\b(?:entr(?:y|ies)|entities|individuals|persons|parties|names|entités|personnes|mentions)\s+"
    r"(?:specified|listed|set\s+out|named|mentioned|indiqu\w+|énumér\w+|figurant)\s+(?:below|ci-dessous|ci-après)\b"
)
_MORE_YEAR = re.compile(r"\s*(?:,|\band\b|\bet\b)\s*(?:in\s+|en\s+)?((?:19|20)\d{2})\b")
_RESPECTIVELY = re.compile(r"(?i)\b(?:respectively|respectivement)\b")
# the present of a release's register ("BIS is also removing", "OFAC also removes")
_PRESENT_ACT = re.compile(r"(?i)(?:\w+ing|\w+s)\b")
# the round told on in the past, right after its dated act: the act's body as a pronoun
# subject ("The ministry added A and B. It removed C from the list"), or "also" just before
# the verb ("The notice also struck C from the list", "Il a également retiré C"): the same day
_TOLD_ON = re.compile(
    r"(?i)(?:^\W*(?:it|they|il|elle|ils|elles)\s+(?:(?:a|ont)\s+)?(?:(?:also|aussi|également)\s+)?"
    r"|\b(?:also|aussi|également)\s+(?:(?:été|been)\s+)?)$"
)
# ... and, for an act of the same kind, its measure as the subject of its verb, after any
# fronted phrase ("The sanctions were imposed on C", « Outre le chef, la mesure visait C »),
# or an adverb of the act's detail ("They notably added C", « Ils ont notamment ajouté C »)
_TOLD_ON_DETAIL = re.compile(
    r"(?i)(?:^\W*(?:it|they|il|elle|ils|elles)\s+(?:(?:a|ont|has|have)\s+)?"
    r"(?:notamment|notably|further|en\s+outre|then|ensuite)\s+"
    r"|(?:^|[,;]\s*)\W*(?:the|these|those|such|les|ces|la|le|l['’]|cette|ce)\s*"
    r"(?:(?:sanctions|measures?|mesures?|freezes?|gel|decision|décision|orders?|ordonnance|decree|décret|"
    r"rounds?|packages?|séries?|paquet)\s+(?:(?:also|aussi|également)\s+)?)?)$"
)
_DETERMINER = re.compile(r"(?i)(?:the|these|those|such|les|ces|la|le|l['’]|cette|ce)\b")


def _told_on_detail(text: str, start: int) -> bool:
    """``_TOLD_ON_DETAIL`` before the trigger at ``start``, the trigger's own words included
    when it opens on the measure's determiner ("the measures targeted")."""
    det = _DETERMINER.match(text, start)
    if det is not None:
        return _TOLD_ON_DETAIL.search(text[: det.end()]) is not None
    return _TOLD_ON_DETAIL.search(text[:start]) is not None


_PASSED = re.compile(r"(?i)\bhad\s+(?:until|issued|given|set)\b|\b(?:expired|lapsed)\b|\bavai(?:t|ent)\s+(?:jusqu|été\s+fixée?)|\ba\s+expiré\b|\barrivait\s+à\s+échéance\b|\b(?:a|ont|avait|avaient)\s+pris\s+fin\b|\b(?:ended|ran\s+out)\s+on\b")


def _passed(text: str, dm: DateMention, dates: Sequence[DateMention]) -> bool:
    """The end at ``dm`` is told passed: a word of an end gone by (``_PASSED``) is the one
    told nearest it among the sentence's dates. An old end and the new one told in one
    sentence ("the waiver, which expired on 3 May, was extended until 2 August", « la
    dérogation, qui arrivait à échéance le 3 mai, a été prorogée jusqu'au 2 août »): the
    new end stays ahead."""
    for m in _PASSED.finditer(text):
        nearest = min(dates, key=lambda d: min(abs(d.start - m.end()), abs(m.start() - d.end)), default=None)
        if nearest is None or nearest is dm or (nearest.start, nearest.end) == (dm.start, dm.end):
            return True
    return False


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
        near = min(pool, key=lambda x: abs(x[0] - pos))
        name = near[2]
        agency = article["agency"]
        if agency is not None and name != agency and jurisdiction(agency) == jurisdiction(name) \
                and STATE_ACTOR.fullmatch(sent.text, near[0] - sent.start, near[1] - sent.start):
            name = agency  # "The UK has sanctioned" in an article whose agency is OFSI: one authority
    else:
        name = article["court"] if courtish else article["agency"]
    if name == "court":
        name = article["court"] or "court"
    return name


def _lists_in(text: str, lang: str) -> list[tuple[int, str]]:
    comp = _compiled(lang)
    return [(m.start(), n) for (rx, n), maybe in zip(comp["lists"], comp["lists_screen"].may_match(text), strict=True) if maybe
            for m in rx.finditer(text)]


_TIED_PERSON = re.compile(
    r"(?i)\b(?:ties|links|relationship|relations|association|connections?|dealings|closeness|friendship|"
    r"liens?|relations?|proximité|amitié)\s+(?:to|with|avec|de|d['’]|à)\s+(?:(?:the|le|la|l['’])\s*)?(?:[\w'’-]+\s+){0,3}$"
)


def extract_events(
    text: str,
    lang: str,
    published: PartialDate | None,
    mentions: list[Mention],
    entities: list[Entity],
    title: str | None = None,
    release: bool = False,
) -> list[Event]:
    """The legal events of one article. ``release``: the page is the acting authority's
    own release or notice (``releases.publisher_of``); an action it tells with no date
    of its own is the release's (its printed day, else the publication day)."""
    comp = _compiled(lang)
    spans = authority_spans(text, lang)
    agencies = Counter(n for a, b, n in spans if "Court" not in n and n != "court"
                       and not STATE_ACTOR.fullmatch(text, a, b))
    courts = Counter(n for _a, _b, n in spans if "Court" in n)
    list_hits = _lists_in(text, lang)
    lists = Counter(n for _p, n in list_hits)
    article: dict[str, str | None] = {
        "agency": agencies.most_common(1)[0][0] if agencies else None,
        "court": courts.most_common(1)[0][0] if courts else None,
        "list": lists.most_common(1)[0][0] if lists else None,
    }
    events: list[Event] = []
    recent: list[list[Entity]] = []  # entities of the sentences that name some, in order
    subjects: list[Entity | None] = []  # ... and the company each opens with, if any
    last_date: dict[str, PartialDate] = {}  # the latest dated event of each type
    last_si: dict[str, int] = {}  # ... and the sentence it was in
    lead: dict[str, PartialDate] = {}  # per type, the first date within days of publication
    opening: dict[str, PartialDate] = {}  # per type, the first day the opening sentences give
    sents = split_sentences(text, lang)
    sent_trigs = [_find_triggers(s.text, lang) for s in sents]
    # the acts the article tells as a plan a report tells ("is poised to add A, Reuters
    # reported"): told again, in a plan's form or by the report, they are that plan
    # (plans_studied), before or after (the headline "U.S. to add A")
    plan_from: dict[str, int] = {}  # per type, the first sentence that tells such a plan
    for si, trigs in enumerate(sent_trigs):
        for t in trigs:
            if t.event not in plan_from and _reported_plan(sents[si].text, lang, t):
                plan_from[t.event] = si
    printed = _printed_date(sents, lang, published)
    if printed is not None:
        published = printed[0]  # relative dates count from the notice's own day
    news_day = _news_day(sents, lang, published, release)
    if printed is not None and (news_day is None or news_day[0] == printed[0]):
        news_day = printed
    page_news_day = news_day
    # (the day of the news a sentence of the story tells, "hier jeudi 22 juin", "on Friday",
    # not the page's printed date line alone)
    told_day = news_day is not None and news_day is not printed
    headline = bool(sents) and _is_headline(sents[0].text, title)
    # the day's news is a removal, no court's: a removal told after it with no day of its
    # own is that day's ("The US on Friday removed sanctions on a unit of X ... The
    # Treasury said it had taken X off its list")
    removal_news, case_news = _day_news_kinds(sents[: news_day[2] + 1], lang) if news_day is not None \
        else (False, False)
    # the article's main party: the headline counts as its title when none was given
    topic = title or (sents[0].text if headline else None)
    lede, quoted = _lede_and_quoted(sents, mentions, 1 if headline else 0)
    main = _main_entity(entities, topic, lede, quoted)
    if main is not None and quoted[id(main)] >= main.count:
        main = None  # every party is named aside (a speaker, a founder, a relative): no topic
    rival = _rival(entities, topic, main, lede, quoted)
    # the main party heads the article: in its headline and its lede ("Luokung Wins Court
    # Order ... Luokung ... Xiaomi, which was designated the same day, ... The company sued")
    dominant = main is not None and rival is None and topic is not None and any(main is e for e in lede) \
        and any(a in topic for a in main.aliases | {main.name})
    told: Entity | None = None  # the party an anaphor in the subject place was read as
    last_named = -1  # the last sentence that named a party
    # counted parties not yet named: sentence, trigger, date, status, authority, list, count
    pending: list[tuple[int, _Trig, PartialDate | None, str, str | None, str | None, int | None]] = []
    # acts on an unnamed group whose parties the next sentence names with the related act
    # ("lifted sanctions imposed in August on ministers of both countries. ... lifted the
    # sanctions on A and B"): sentence, trigger, date, authority, list, count
    orphans: list[tuple[int, _Trig, PartialDate | None, str | None, str | None, int | None]] = []
    loose_ends: list[LooseEnd] = []  # licence ends told with no party
    unnamed_licence: dict[str, PartialDate] = {}  # the day of the first licence told with no party
    market_delisting = False
    unnamed: list[_Told] = []
    unnamed_day: dict[int, PartialDate] = {}  # an act told with no party: the day its parties take
    # per type, the act a sentence told by its noun with its day ("The step was made public
    # on 4 May"), and the sentence; the last sentence that told a designation or removal, and which
    by_noun: dict[str, tuple[int, PartialDate]] = {}
    # per type, the last act told on a group with no party named and with a day of its own
    # ("On 2 May the ministry added a number of firms to its list"), and its sentence
    group_day: dict[str, tuple[int, PartialDate]] = {}
    last_act: tuple[int, str] | None = None
    listed_acts: set[str] = set()  # the kinds of act told on a list so far
    for si, sent in enumerate(sents):
        # (a sentence that tells a time of its own the reader cannot resolve, "à la
        # mi-octobre" or "on Tuesday" on a page that shows no date, « mercredi » on a page
        # dated by its month, takes no other day: not the news day's, not the lede's)
        untold = _untold_time(sent.text, lang, published)
        news_day = None if untold else page_news_day
        local = [m for m in within(sent, mentions) if m.entity is not None]
        if told is not None:
            # "Le groupe avait été désigné ..., tout comme son concurrent X. Il avait déposé
            # plainte": the party the last sentence was about, though it named another
            if subjects and recent and recent[-1] and si - 1 == last_named:
                subjects[-1] = told
            else:
                recent.append([told])
                subjects.append(told)
            told = None
        prev_recent = recent[-4:]
        prev_subject = subjects[-1] if subjects else None
        told_of = [m for m in local if not _only_quoted(sent, m, local)]
        if told_of:
            # (a sentence that names only who speaks of the parties is no sentence about them)
            last_named = si
            named: list[Entity] = []
            for m in told_of:
                if m.entity is not None and m.entity not in named:
                    named.append(m.entity)
            # a person named only as whom another is tied to ("his friendship with X", "ses
            # liens avec X") is no one a later "he" points back to, beside another name
            tied = {id(e) for e in named if e.person and all(
                _TIED_PERSON.search(sent.text[max(0, m.start - sent.start - 50) : m.start - sent.start])
                for m in told_of if m.entity is e)}
            if tied and any(id(e) not in tied for e in named):
                named = [e for e in named if id(e) not in tied]
            recent.append(named)
            subjects.append(_opening_subject(sent, told_of))
        if sent.text.rstrip("\"”» ").endswith("?"):
            continue
        trigs = sent_trigs[si]
        cued: list[_Trig] = []
        if local:
            # an act's cue no trigger reads, whose phrase names a party ("The sanctions against
            # <title> A came into force", « geler les avoirs du <title> A »; beside another
            # act's trigger, only the series before an act it undergoes: "X was removed, and
            # A and B have just been added")
            cued = [_Trig("designation", a, b, 0.7, False)
                    for a, b in _phrase_cues(sent.text, [(m.start - sent.start, m.end - sent.start) for m in local], lang,
                                             [m.entity is not None and m.entity.person for m in local],
                                             ("object", "subject") if all(t.event == "designation" for t in trigs)
                                             else ("subject",))
                    if not any(t.start < b and a < t.end for t in trigs)]
            trigs = sorted([*trigs, *cued], key=lambda t: t.start)
        if credit_spans(text):
            # (the page's credits and the editor's notes, « (Refonte avec retrait de la
            # liste) »: how the story was written, no act)
            trigs = [t for t in trigs if not in_credit(text, sent.start + t.start)]
        # (a sentence after the news day's that tells the round again by a demonstrative,
        # "these sanctions", « ces mesures »: its undated acts are the day's)
        round_back = news_day is not None and news_day[2] < si <= news_day[2] + _POINTS_BACK_REACH \
            and _points_back(sent.text)
        _refine_told_event(sent.text, lang, published, events, sents[si - 1].start if si else None)
        if si > 0:
            _date_list_told_on(sent.text, sents[si - 1], lang, published, events)
        noun_act = _act_by_noun(sent.text, lang, published)
        if noun_act is not None:
            # "The ministry struck two airlines off its list. The step was made public
            # on 4 May": "the step" is the act told just before
            noun_type = noun_act[0] or (last_act[1] if last_act is not None and si - last_act[0] <= 2 else None)
            if noun_type is not None:
                by_noun[noun_type] = (si, noun_act[1])
        acts_here = [t.event for t in trigs if t.event in ("designation", "removal")]
        if acts_here:
            last_act = (si, acts_here[-1])
        # (the employer of the counted group a line announces is no party of the line: "The
        # twelve executives of X sanctioned are:")
        if not [m for m in local if not _of_counted(sent.text, m.start - sent.start)] \
                and _announces_list(sent.text) and si + 1 < len(sents) \
                and all(t.event in ("designation", "removal") for t in trigs):
            # "... blocked eight shipping firms. <two sentences> The eight firms are:" then a
            # name a line: the act told before (counted, or told with no party) goes to the
            # lines after this one
            # (a count of its own that is not the act's tells another group: "hosted six
            # firms. The Treasury sanctioned the navy last year. The six firms are:")
            size = _group_size(sent.text)
            if pending and si - pending[-1][0] <= 8 and pending[-1][1].event in ("designation", "removal") \
                    and (size is None or pending[-1][6] in (None, size)):
                group_si = pending[-1][0]
                pending = [(si, *p[1:]) if p[0] == group_si else p for p in pending]
            elif (kind := _act_of_group(sent.text)) is not None:
                # an act told with no party, when the line names its group by the act's
                # participle ("The companies targeted are:")
                reach = sents[max(0, si - _PART_REACH)].start
                earlier = [x for x in unnamed if x.position >= reach and x.status == "effective" and kind in ("any", x.type)]
                if earlier:
                    act0 = earlier[-1]
                    pending.append((si, _Trig(act0.type, 0, 0, act0.strength, False),
                                    act0.date or unnamed_day.get(act0.position), act0.status,
                                    act0.authority, act0.list_name, None))
        if not local and pending and si - pending[-1][0] == 1 and _is_bullet(sent.text) \
                and pending[-1][1].event in ("designation", "removal"):
            # a line of the list that names no one ("- shipping companies:") keeps the run going
            group_si = pending[-1][0]
            pending = [(si, *p[1:]) if p[0] == group_si else p for p in pending]
        # the counted parties taken up by their number with their names ("The three, A, B
        # and C, ...", "Two of them, A and B, ..."), named as the subject of the next
        # sentences, as many as the act counted ("designated two nationals. A and B ran
        # ..."), or in a list, a series or an identification ("The six entities are A, B and
        # C", "• A;"): the counted parties of an earlier event, named now (``members.py``)
        found = _pending_names(sents, si, local, mentions, pending[-1][0], pending[-1][6]) if local and pending else None
        if found is not None:
            named_here, size = found
            group_si = pending[-1][0]
            # an earlier group counted as many parties as are named here is named too
            # ("designated 3 companies ... issued GL 77 for the following persons: • A
            # • B • C"): each counted action of the article gets its parties
            joined = {p[0] for p in pending if p[0] != group_si and si - p[0] <= 8 and p[6] == size}
            group = [p for p in pending if p[0] == group_si or p[0] in joined]
            for _si, t, date, status, auth, lst, _n in group:
                told_by_noun = by_noun.get(t.event)
                if date is None and told_by_noun is not None and _si <= told_by_noun[0] < si \
                        and status == "effective":
                    # "struck two airlines off its list. The step was made public on 4 May.
                    # The carriers it struck off are A and B": the noun's day
                    date = told_by_noun[1]
                if date is None and status == "effective" and t.event in ("designation", "removal"):
                    # a group counted with no day (the headline's "sanctions seven tycoons"),
                    # named once the story has dated its act ("On 10 March it sanctioned
                    # seven tycoons ... They are:"): the day the story gives that act
                    date = lead.get(t.event) or opening.get(t.event)
                for ent in named_here:
                    events.append(Event(
                        type=t.event, entity=ent, authority=auth, list_name=lst, date=date,
                        status=status, evidence=sent.text, confidence=0.6,
                        strength=t.strength * 0.9, position=sent.start, entity_via="list",
                    ))
            # a bulleted list goes on: the whole group moves to this sentence
            pending = [(si, *p[1:]) if p[0] == group_si or p[0] in joined else p for p in pending]
            if not trigs:
                continue
        if not trigs:
            continue
        if any(t.event == "removal" and _MARKET.search(sent.text) for t in trigs):
            market_delisting = True
        live = [t for t in trigs if not _blocked(sent.text, lang, t, trigs) and not _indefinite_head(sent.text, t, lang)]
        # the plan a report told, told on ("the ministers are to delist X, two officials
        # said. X will leave the list at the end of April", "The paper added that its draft
        # also names Y"): the same plan, no act of its own
        # (the headline tells the story's plan before the body does)
        planned = {k for k, at in plan_from.items() if at < si or (si == 0 and headline)}
        live = [t for t in live if not _plan_told_on(sent.text, lang, t, planned,
                                                     _status(sent.text, lang, t) == "announced")]
        if market_delisting:
            # "The NYSE will delist the shares ... the delisting would not affect its
            # operations": the same market delisting told on, no list removal
            live = [t for t in live if not (t.event == "removal" and _DELIST_WORD.search(
                sent.text, t.start, t.end) and not _LIST_WORD.search(sent.text))]
        live = [a for a in (_resolve_similar(t, events, sent) for t in live) if a is not None]
        live = _resolve_same_act(live, events)
        live = [_licence_end(t, sent) for t in live]
        live = [_court_relief(t, sent, spans) for t in live]
        live = [a for a in (_agency_act(t, sent) for t in live) if a is not None]
        # (a halt or an undoing still read as court relief where no court acts: an
        # authority's or a market's own act, no injunction or vacatur)
        live = [t for t in live if not _relief_without_court(t, sent.text, sents[si - 1].text if si else "")]
        if not live:
            continue
        # (a page that shows no date takes the year of a day it gives without one from the
        # article's last date)
        anchor = _anchor(sents, si, lang, published) if needs_anchor(sent.text) or published is None else None
        if anchor is not None and published is None and not needs_anchor(sent.text) \
                and _past_act_anchor(sents, si, lang, [(e.position, e.date) for e in events
                                                       if e.type in ("designation", "removal")]):
            anchor = None  # "was added in October 2001. In July ...": history gives no year
        if anchor is None and published is None and not needs_anchor(sent.text):
            # (a page with no date that opens on a yearless day: the year of the first full
            # date told after it, or the year before when the day would fall after that date)
            anchor = _later_anchor(sents, si, lang)
        dates = find_dates(sent.text, lang, published, anchor)
        head = _DATELINE.match(sent.text)
        if head:  # "WASHINGTON, May 12 (Reuters) -": when it was filed, not an event's date
            dates = [d for d in dates if d.start >= head.end()]
        if si == 0:  # "date 2019-06-22 The ministry ...": the page's stamp
            dates = [d for d in dates if not _page_label(sent.text, d)]
        if news_day is not None:
            dates = [_quoted_today(sent.text, d, news_day[0], published) for d in dates]
        if len(dates) > 1 and _glued_stamp(sent.text, dates):
            dates = dates[1:]  # "December 21, 2018 On December 19, 2018, OFAC ...": the page's date
        # the acts of a tally ("has sanctioned more than 60 officials since 2015", "As of 1 March,
        # 82 persons have been designated"): the span is no act's day, and the tally no act of
        # the story's day; its counted parties are not a group a later sentence names
        tallied = [d for d in dates if _tally_date(sent.text, d)]
        # (a tally's span that opens the sentence scopes all its clauses)
        tally_acts = {id(t) for t in live} if any(_TALLY_OPENING.fullmatch(sent.text, 0, d.start) for d in tallied) \
            else {id(live[k]) for k in _assign_dates(live, tallied, sent.text, lang)} if tallied else set()
        if comp["distractor"] is not None:
            dates = _without_distractors(sent.text, dates, live, comp["distractor"])
        # (a date in an aside about a party, "X, a judge who jailed Y in 2012, was added",
        # is no act's: the act is told as undated)
        dates = [d for d in dates if not _aside_date(sent.text, d, live) and not _reported_day(sent.text, d)]
        unblocked = live
        live = [
            t for t in live
            if (not t.needs_date or any(t.start < d.start and d.start - t.end <= 40 for d in dates))
            # (a list the article names, or one an act of the same kind told before put
            # its party on: "X placé sur la liste noire ... le ministère avait ajouté Y")
            and (not t.needs_list or article["list"] is not None or t.event in listed_acts
                 or any(e.type == t.event and e.entity_via == "sentence"
                        and _LIST_WORD.search(e.evidence) for e in events))
        ]
        if _LIST_WORD.search(sent.text):
            # (an act told on a list, counted or with no party: "placed 20 firms on its
            # export list. ... The list features A, B": the list the act filled)
            listed_acts.update(t.event for t in live if not t.needs_list and _status(sent.text, lang, t) == "effective")
        yearless: set[_Trig] = set()
        if t_missing_deadline := [t for t in live if t.event == "deadline" and not any(d.deadline or d.modifier == "future" for d in dates)]:
            # a licence's end told by a day with no year on a page that gives no year (no
            # date of its own, none before): an undated deadline, not none
            yearless = {t for t in t_missing_deadline if yearless_end(sent.text, t.end, published is None and not dates)}
            live = [t for t in live if t not in t_missing_deadline or t in yearless]
        if not live:
            continue
        forced: dict[_Trig, DateMention] = {}
        ref = _find_reference(sent.text, unblocked)
        if ref is not None:  # "two months after it was added"
            live, dates, forced = _count_from_event(ref, sent.text, unblocked, live, dates, last_date)
            if not live:
                continue
        date_of = _assign_dates(live, dates, sent.text, lang)
        # (a removal whose sentence tells only the undone measures' dates, or another
        # subject's: undated, as in a sentence with none)
        undated = {i for i in _dated_elsewhere(live, dates, sent.text, lang)
                   if live[i].event == "removal" and live[i] not in forced}
        # (a main clause whose sentence dates only the acts of its relative clauses: undated)
        undated |= {i for i in _dated_in_relatives(live, dates, sent.text)
                    if live[i] not in forced and i not in date_of}
        for i, t in enumerate(live):
            if t in forced:
                date_of[i] = forced[t]
        targets = _targets(live, local, sent, lang)
        _link_phrase_items(live, targets, local, sent, lang, cued)
        for i, t in enumerate(live):
            # a deadline the act sets for dealings with its parties ("listed A and B and
            # gave their partners until 2 June to end business with them"): the
            # act's parties, all of them (a coordination the two verbs split between them
            # is one group)
            acts = [j for j, o in enumerate(live) if o.event == "designation" and o.end <= t.start and targets.get(j)]
            if t.event == "deadline" and acts and _WITH_THEM.search(sent.text, t.end):
                joint: list[Entity] = [*targets[acts[-1]], *(e for e in targets.get(i, []) if e not in targets[acts[-1]])]
                targets[i] = targets[acts[-1]] = joint
        for i, t in enumerate(live):
            # the party a time is given to is told before its "until" ("X has until 4 May to
            # sell its stake in Y", « a donné à X jusqu'au 4 mai pour céder Y »): the names
            # after it are what the time is for
            if t.event == "deadline" and targets.get(i) and holder_time(sent.text, t.start, t.end):
                held = [e for e in targets[i] if any(
                    m.entity is e and m.end - sent.start <= t.start for m in local)]
                if held:
                    targets[i] = held
        # a licence and the deadline its sentence tells are one act's two sides ("extended the
        # deadline for dealings with A and its parent B, giving buyers until 7 January"):
        # each has the parties of both
        lic_ix = [i for i, t in enumerate(live) if t.event == "license" and targets.get(i)]
        end_ix = [i for i, t in enumerate(live) if t.event == "deadline" and targets.get(i)]
        if lic_ix and end_ix:
            both: list[Entity] = []
            for i in (*lic_ix, *end_ix):
                both.extend(e for e in targets[i] if e not in both)
            for i in (*lic_ix, *end_ix):
                targets[i] = list(both)
        cut = _fronted_end(sent.text, live)  # a fronted clause with an act of its own ends there
        for i, t in enumerate(live):
            ents = targets.get(i, [])
            taken = _object_group(comp["people"], sent.text, t.start, t.end, [
                (m.start - sent.start, m.end - sent.start, m.entity) for m in local if m.entity is not None])
            if taken:
                ents = taken  # "A, B et C ... avait gelé les avoirs de ces personnes": the enumeration
            one = _GROUP_OBJECT.match(sent.text, t.end) if ents else None
            # (a counted group's tie runs to its first comma: "deux responsables du X, A et B"
            # names its members after it)
            reach = one.end() + 60 if one is not None and one.group("one") else (
                _tie_end(sent.text, one.end()) if one is not None and _TIED_AFTER.match(sent.text, one.end()) else -1)
            if one is not None and all(
                    any(m.entity is e and one.end() <= m.start - sent.start < reach for m in local) for e in ents):
                # "delisted a close associate of Governor X", "delisted three aides of X": whose
                # associates; named in a later sentence
                ents = []
            unnamed_obj = _unnamed_object(sent.text, t.start, t.end) if ents else None
            if unnamed_obj is not None:
                # the act's object is a group of unnamed parties: a name inside its words
                # qualifies it ("three Varsk militia financiers", « deux élus du X »)
                ends_at = unnamed_obj.end()
                ents = [e for e in ents if any(m.entity is e and not (
                    t.end <= m.start - sent.start < ends_at) for m in local)]
            counted_obj = _COUNTED_AFTER.match(sent.text, t.end) if ents else None
            if counted_obj is not None:
                # « l'inscription début mai d'environ 90 individus ..., un signal adressé au
                # Zembla », "the listing on Friday of some 40 firms ... aimed at Iran": the
                # act's parties are counted; a name after them is one only after a cue that
                # names some of them ("dont", "including")
                ends = counted_obj.end()
                ents = [e for e in ents if any(
                    m.entity is e and (m.start - sent.start < t.start or _member_after(
                        sent.text, ends, m.start - sent.start)) for m in local)]
            via = "sentence"
            if ents and _BELOW.search(sent.text, t.end):
                ents = []  # "the entry specified below": its parties come after
            # (an anaphor in a fronted clause of another act is that act's: "Aside from
            # delisting the airline, the Treasury added X")
            ana = _anaphor(comp, sent.text[cut if t.start >= cut else 0 : t.start]) if ents else None
            # (the words of the act's own side: "Aside from delisting the airline, the
            # Treasury added eight nationals" counts the addition's parties, not the removal's)
            own_side = sent.text[:cut] if t.start < cut else sent.text[cut:]
            plural_subject = _plural_subject(comp, sent, t, local) if ents else None
            if plural_subject is not None:
                # "The two firms were designated along with Kestrel Marine", "Both companies
                # and X were designated": the group the plural points back to, and the names
                back = _anaphora_target(sent, prev_recent, main, comp, t.event, prev_subject, rival, dominant)
                if back is not None:
                    ents = [*back[0], *(e for e in ents if e not in back[0])]
            elif ana and " " in ana.group(0) and all(m.start - sent.start > t.start for m in local) \
                    and not _QUANTIFIED.search(sent.text[: t.start]):
                # "The gaming giant was added ..., alongside CATL": the anaphor is a party too
                back = _anaphora_target(sent, prev_recent, main, comp, t.event, prev_subject, rival, dominant)
                if back is not None:
                    ents = [*back[0], *(e for e in ents if e not in back[0])]
                    if len(back[0]) == 1:
                        told = back[0][0]
            if not ents:
                # "These officials were among the twenty people listed last year": the
                # people named just before, not the larger group counted after
                subject = _people_subject(comp, sent.text[: t.start], prev_recent)
                if subject:
                    ents, via = subject, "anaphora"
            if not ents:
                if comp["generic"].search(sent.text) and t.event not in ("deadline", "license"):
                    continue
                if t.event in ("designation", "removal", "vacatur", "injunction", "legal_challenge") \
                        and _status(sent.text, lang, t) == "effective":
                    # an act told with no party named ("imposed sanctions on three outposts"):
                    # a later series whose group is told by the act's participle names them
                    # (a court's act too: "annulled the sanctions against a businessman. It
                    # is X")
                    dmu = date_of.get(i)
                    if dmu is not None and dmu.kind != "same_day" and dmu.date is not None \
                            and not dmu.deadline and id(t) not in tally_acts and not _pronoun_object(sent.text, t) \
                            and not _date_aside(sent.text, dmu, t):
                        group_day[t.event] = (si, dmu.date)
                    unnamed.append(_Told(t.event, sent.start + t.start,
                                         dmu.date if dmu is not None and dmu.kind != "same_day" else None,
                                         _authority(spans, sent, t, t.event, article),
                                         _nearest_list(list_hits, sent, t, text) or article["list"], t.strength))
                    # the day a party named in this sentence would take (the sentence's, else
                    # the lede's or the news day's): the day of the parties a list names later
                    du = dmu.date if dmu is not None and dmu.kind != "same_day" else last_date.get(t.event)
                    if du is None and not dates and not untold:
                        du = lead.get(t.event) or opening.get(t.event) or (
                            news_day[0] if news_day is not None and (si <= news_day[1] or round_back) else None)
                    if du is not None:
                        unnamed_day[sent.start + t.start] = du
                counted = _QUANTIFIED.search(own_side) or _new_count(_COUNTED_PEOPLE, own_side) \
                    or _new_count(_COUNTED_PARTIES, own_side) \
                    or sent.text.rstrip().endswith(":") or _BELOW.search(sent.text, t.end)
                if not counted and si + 1 < len(sents) and _series_intro(sents[si + 1].text) \
                        and t.event in ("designation", "removal") and _status(sent.text, lang, t) == "effective" \
                        and not any(si - p[0] <= _GROUP_ACT_REACH and (p[6] is not None or _counted_group(sents[p[0]].text))
                                    for p in pending):
                    # the next sentence names the act's parties as a group ("... imposed new
                    # sanctions. The designees include A, B and C"): they are its parties too
                    # (not when an act told of a counted group comes just before: the series
                    # names that group, and this act tells what its measures do: « Le blocage
                    # de leurs fonds prend donc fin », see ``_group_act``)
                    dms = date_of.get(i)
                    ds = dms.date if dms is not None and dms.kind != "same_day" else last_date.get(t.event)
                    if ds is None and not dates and not untold:
                        ds = lead.get(t.event) or opening.get(t.event) or (
                            news_day[0] if news_day is not None and (si <= news_day[1] or round_back) else None)
                    pending.append((si, t, ds, "effective", _authority(spans, sent, t, t.event, article),
                                    _nearest_list(list_hits, sent, t, text) or article["list"], None))
                if t.event in ("designation", "removal") and _status(sent.text, lang, t) == "effective" \
                        and (counted or _GROUP_OBJECT.match(sent.text, t.end)):
                    dmo = date_of.get(i)
                    grp = _GROUP_OBJECT.match(sent.text, t.end)
                    orphans.append((si, t, dmo.date if dmo is not None and dmo.kind != "same_day" else None,
                                    _authority(spans, sent, t, t.event, article),
                                    _nearest_list(list_hits, sent, t, text) or article["list"],
                                    (1 if grp.group("one") else _GROUP_COUNT.get(grp.group("n").lower())) if grp is not None
                                    else _group_size(sent.text)))
                if counted:
                    # "removed nine entities", "33 sociétés": unnamed parties, unless a
                    # following sentence names them
                    dm0 = date_of.get(i)
                    d0 = dm0.date if dm0 is not None else None
                    if dm0 is not None and dm0.kind == "same_day":
                        # "On the same day, OFAC issued a licence for the following persons:"
                        d0 = last_date.get(t.event, dm0.date)
                    if d0 is None and release and not dates and t.event in ("designation", "removal", "amendment") \
                            and not _past_ago(sent.text[: t.end]) and _status(sent.text, lang, t) == "effective":
                        # "The following entry has been removed from the SDN List:" in a
                        # release: the round's day (as for a party it names in the sentence)
                        day_type = max(last_si, key=lambda k: last_si[k]) if last_si else None
                        d0 = last_date.get(day_type) if day_type in ("designation", "removal", "amendment") else None
                        if d0 is None or not _recent(d0, published):
                            d0 = news_day[0] if news_day is not None else (
                                published if published is not None and published.precision == "day" else None)
                    if id(t) in tally_acts:
                        continue  # (a tally's parties: no group told on)
                    if d0 is None and not dates and not untold and t.event in ("designation", "removal", "license") \
                            and not _past_ago(sent.text[: t.end]):
                        # the day's action told again for its parties ("Le 2 janvier, la Chine
                        # a annoncé des sanctions contre dix entreprises ... le ministère a
                        # inscrit plusieurs entreprises sur une liste"): the lede's date
                        d0 = lead.get(t.event) or opening.get(t.event)
                        if d0 is None and news_day is not None and t.event != "removal" \
                                and (si <= news_day[1] or round_back) and (t.strength >= 1.0 or round_back) \
                                and not (si == 0 and headline) \
                                and _status(sent.text, lang, t) == "effective":
                            d0 = news_day[0]  # "... a déclaré mardi le département du Commerce"
                    if d0 is not None:
                        last_date[t.event] = d0
                        last_si[t.event] = si
                    if d0 is not None and t.event not in lead and _recent(d0, published):
                        lead[t.event] = d0
                    pending.append((si, t, d0, _status(sent.text, lang, t),
                                    _authority(spans, sent, t, t.event, article),
                                    _nearest_list(list_hits, sent, t, text) or article["list"],
                                    _group_size(sent.text)))
                    if not _OTHERS.search(sent.text):
                        continue
                    # "le constructeur chinois avait été blacklisté, avec huit autres
                    # sociétés": the counted parties come besides the one the sentence is about
                # (a counted object, "imposed on seven of Russia's wealthiest oligarchs", is
                # no party told before)
                # (nor one the sentence introduces unnamed: "à un homme d'affaires syrien")
                fallback = None if _pronoun_acts(sent.text, t.start, t.event) or _owner_anaphor(
                    comp, sent.text) or _UNNAMED_GROUP.search(sent.text[: t.start]) or _UNNAMED_SUBJECT.search(
                    sent.text[: t.start]) or _SOME_OF.search(sent.text[: t.start]) or _NUMBER_OBJECT.match(
                    sent.text, t.end) or _counted_target(sent.text, t) or _INDEFINITE_OBJECT.match(
                    sent.text, t.end) or _unnamed_object(sent.text, t.start, t.end) else _anaphora_target(
                    sent, prev_recent, main, comp, t.event, prev_subject, rival, dominant)
                if fallback is None and not _NUMBER_OBJECT.match(sent.text, t.end):
                    # "all three", "the two" after a sentence that named more: the parties
                    # of the act told just before, when exactly as many
                    # (a name told only beside those parties is none of them)
                    taken_back = _counted_parties(comp, sents, si, sent.text, events,
                                                  lambda e: _told_aside(e, sents, mentions))
                    fallback = (taken_back, "anaphora") if taken_back else None
                if fallback is None:
                    # no party, but a dated action: it dates the same action told on
                    # ("On the same day, OFAC issued GL 77 ... GL 77 authorizes ... the
                    # following persons:")
                    dmx = date_of.get(i)
                    dx = dmx.date if dmx is not None else None
                    if dmx is not None and dmx.kind == "same_day":
                        dx = last_date.get(t.event, dmx.date)
                    if dx is not None and t.event != "deadline" and _status(sent.text, lang, t) == "effective":
                        if t.event == "license" and dmx is not None and dmx.kind != "same_day":
                            unnamed_licence.setdefault("license", dx)
                        last_date[t.event] = dx
                        last_si[t.event] = si
                        if t.event not in lead and _recent(dx, published):
                            lead[t.event] = dx
                        if si < _OPENING_SENTENCES and dx.precision == "day":
                            opening.setdefault(t.event, dx)
                    if t.event == "deadline" and (dmx is not None and dmx.kind != "same_day" or t in yearless) \
                            and loose_end(sent.text):
                        # "The payments GL 9 authorizes are permitted until 3 June": the
                        # end of a licence whose parties another sentence names
                        passed = dmx is not None and _passed(sent.text, dmx, dates)
                        end = None if dmx is None else dmx.future if dmx.modifier != "past" and not passed else (
                            dmx.past if passed else dmx.date)
                        if end is not None or t in yearless:
                            loose_ends.append(LooseEnd(si, end, _status(sent.text, lang, t),
                                                       _authority(spans, sent, t, t.event, article),
                                                       _nearest_list(list_hits, sent, t, text) or article["list"],
                                                       t.strength))
                    if _GROUP_OPENS.match(sent.text) and t.event in ("designation", "removal") \
                            and not _BACK_REF.search(sent.text) \
                            and not any(p[1].event == t.event and si - p[0] <= 3 for p in pending):
                        # "The individuals were all designated in September 2020 ... The
                        # delisted individuals included A, B and C": the group a later
                        # sentence names
                        pending.append((si, t, dx, _status(sent.text, lang, t),
                                        _authority(spans, sent, t, t.event, article),
                                        _nearest_list(list_hits, sent, t, text) or article["list"], None))
                    continue
                ents, via = fallback
                if via == "anaphora" and si > 0 and _ALL_OF_THEM.match(sent.text):
                    # "All of them were sanctioned in January", "Tous avaient été sanctionnés":
                    # the parties of the sentence before, not every name it told in their
                    # descriptions
                    before = sents[si - 1]
                    theirs = {id(e.entity) for e in events if before.start <= e.position < before.end}
                    if len(theirs & {id(e) for e in ents}) > 1:
                        ents = [e for e in ents if id(e) in theirs]
                # "a sanctionné la société de l'homme d'affaires X": the unnamed company is
                # the party, its owner named in the sentence is not
                owners = {id(m.entity) for m in local if owns_company(sent.text, m.start - sent.start)}
                # (nor a name the sentence itself tells beside the act, set aside above: "denied
                # that he made a deal to lift sanctions in exchange for freeing X")
                owners |= {id(m.entity) for m in local if _told_as_reason(sent.text, m.start - sent.start, t)}
                ents = [e for e in ents if id(e) not in owners]
                if not ents:
                    continue
                if via == "anaphora" and len(ents) == 1 and _anaphor(comp, sent.text[: t.start]):
                    told = ents[0]
            pron = _PERSON_PRONOUN_SUBJECT.search(sent.text, max(0, t.start - 60), t.start) if via == "sentence" else None
            if pron is not None and pron.group("p").lower() in _FR_SAME_GENDER_FIRM and re.search(
                    _FR_SAME_GENDER_FIRM[pron.group("p").lower()], sent.text[: pron.start()]):
                pron = None  # « la banque X ..., et elle a été inscrite »: the firm the noun tells
            if pron is not None and ents:
                # "X chaired Y Bank, and he was put on the list", « ..., motif pour lequel il
                # fut mis sur la liste noire »: a person's pronoun is the act's subject,
                # the sentence's people are its parties (else the last person it named before
                # the pronoun), not the company named beside them
                people = [e for e in ents if e.person] or [
                    m.entity for m in sorted(local, key=lambda m: m.start)
                    if m.entity is not None and m.entity.person and m.end - sent.start <= t.start][-1:]
                if people:
                    ents = people
            dm = date_of.get(i)
            date = None
            date_via = "sentence"
            if dm is not None and dm.kind == "same_day":
                date = last_date.get(t.event, dm.date)  # "designated the same day"
            elif dm is not None:
                # a deadline told in the past perfect has passed ("had until Dec. 20")
                passed = _passed(sent.text, dm, dates)
                ahead = t.event == "deadline" and dm.modifier != "past" and not passed
                date = dm.future if ahead else (dm.past if passed else dm.date)
                told_type = max(last_si, key=lambda k: last_si[k]) if last_si else None
                if date is not None and told_type in ("designation", "removal") and t.event != "deadline":
                    # "X was listed on Friday. The US had listed X on Wednesday": the
                    # Wednesday before the story's Friday
                    date = _weekday_before(sent.text, t.start, dm, date, last_date[told_type], lang)
            if date is None and (not dates or i in undated) and not untold and id(t) not in tally_acts \
                    and t.event in ("designation", "removal", "license", "amendment") \
                    and not _past_ago(sent.text[: t.end]) \
                    and not (t.event == "designation" and _case_ground(sent.text, t, live)):
                # (the past perfect of a later clause is another matter: "removed X, saying
                # the company had cooperated")
                lead_date = lead.get(t.event)
                # "In a separate action, OFAC removed X" in an authority's own release (every
                # action it tells undated is the round's), "BIS is also removing X": the same
                # round as the action told last with a date, else the lede's
                same_round = t.event in ("removal", "designation", "amendment") \
                    and not _STATE.search(sent.text) and _status(sent.text, lang, t) == "effective" \
                    and (release or (_SAME_ROUND.search(sent.text[: t.start]) is not None
                                     and _PRESENT_ACT.match(sent.text, t.start) is not None))
                told_type = max(last_si, key=lambda k: last_si[k]) if last_si else None
                round_day = last_date.get(told_type) if told_type in ("designation", "removal", "amendment") else None
                told_si = last_si.get(told_type) if told_type is not None else None
                passage = False
                if not same_round and t.event in ("removal", "designation") and told_si is not None \
                        and 0 < si - told_si <= 2 and (_TOLD_ON.search(sent.text[: t.start]) or told_type == t.event
                                                       and _told_on_detail(sent.text, t.start)) \
                        and not _PLUPERFECT.search(sent.text[: t.end]) and not _STATE.search(sent.text) \
                        and _status(sent.text, lang, t) == "effective":
                    same_round = True  # "It removed C from the list", "The notice also struck C"
                    # (told on in the same paragraph, the act is the passage's, however old
                    # its day: "In early April the US imposed new sanctions. They notably
                    # added C")
                    passage = told_type == t.event and "\n" not in text[sents[told_si].start : sent.start]
                if same_round and round_day is not None and (_recent(round_day, published) or passage):
                    lead_date = round_day
                group_told = group_day.get(t.event)
                if group_told is not None and t.event in ("designation", "removal") \
                        and _status(sent.text, lang, t) == "effective" \
                        and not _PLUPERFECT.search(sent.text[: t.end]) and not _STATE.search(sent.text) \
                        and (news_day is None or "\n" not in text[sents[group_told[0]].start : sent.start]):
                    # "On 2 May the ministry added a number of firms to its list. The firms added
                    # include A and B": the parties of the group the round was told of, its day
                    # (past a new paragraph only on a page with no day of the news)
                    lead_date = _group_round_day(group_told, si, max(
                        (last_si[k] for k in ("designation", "removal") if k in last_si), default=None)) or lead_date
                if lead_date is None and news_day is not None and (si <= news_day[1] or round_back) \
                        and (t.event != "removal" or si < news_day[2] or removal_news) \
                        and (t.strength >= 1.0 or round_back or told_day) and not (si == 0 and headline) \
                        and not _STATE.search(sent.text) \
                        and _status(sent.text, lang, t) == "effective":
                    # "L'administration Trump a frappé lundi … Le département du Commerce a
                    # ajouté 28 entités, dont Hikvision": the lede's day is the day's action.
                    # Not a listing told after a court's or a suit's day: the case's object,
                    # made before it, on a day the page does not tell ("case")
                    if t.event == "designation" and si > news_day[2] and case_news:
                        date_via = "case"
                    else:
                        lead_date = news_day[0]
                if lead_date is None and same_round:
                    lead_date = lead.get("designation") or (news_day[0] if news_day else None)
                    if lead_date is None and release and published is not None \
                            and published.precision == "day":
                        lead_date = published
                if lead_date is None:
                    lead_date = _noun_day(by_noun, t, sent.text, si, lang)
                if lead_date is not None and date_via == "case":
                    date_via = "sentence"
                if lead_date is not None:
                    # the news of the day told on: the lede dates the action ("On Friday the
                    # US added ... entities"), later sentences name the parties without a date
                    date = lead_date
                    date_via = "lede"
            if date is None and (not dates or i in undated or all(d.deadline for d in dates)) \
                    and t.event in _DECISION_KINDS and news_day is not None and news_day[2] < si <= news_day[1] \
                    and _status(sent.text, lang, t) == "effective" and not _past_ago(sent.text[: t.end]) \
                    and _decision_told(sents[news_day[2]].text, lang):
                # the judgment the opening dated, told on ("The court on Wednesday upheld the
                # freeze ... It annulled the measures for 2014", « Le Tribunal a maintenu
                # mercredi ... Il a annulé l'inscription de Y »): that day's
                date = news_day[0]
                date_via = "lede"
            if date is None and not dates and t.event in last_date and t.event != "deadline" and (
                _BACK_REF.search(sent.text)
            ):
                # the same action told on: "On Dec. 18 BIS added 77 entities ... Among the
                # 77 entities added, SMIC ..." (a sentence with no date of its own)
                date = last_date[t.event]
            if date is None and t.event in ("designation", "removal", "amendment") and id(t) not in tally_acts:
                # "Ce décret, signé le 6 mars ... Ce décret plaçait X sur la liste": the text's day
                date = _text_day(sents, si, lang, published)
            if date is None and id(t) in tally_acts:
                date_via = "tally"  # (no later sentence's day either)
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
            # "A and B were designated in 2001 and 2007, respectively": each its own date
            each = _respective_dates(sent.text, dates, t.start) \
                if len(ents) > 1 and _RESPECTIVELY.search(sent.text) else []
            if len(each) != len(ents):
                each = [date] * len(ents)
            for ent, day in zip(ents, each, strict=True):
                events.append(
                    Event(
                        type=t.event, entity=ent, authority=auth, list_name=lst, date=day,
                        status="effective" if t in forced else _status(sent.text, lang, t),
                        evidence=sent.text,
                        confidence=max(0.1, min(0.99, conf)), strength=t.strength,
                        position=sent.start + t.start, entity_via=via, date_via=date_via,
                    )
                )
                if t.event == "vacatur" and _CHALLENGE_WON.search(sent.text):
                    # "ont vu leurs sanctions levées par le Tribunal après une contestation
                    # réussie": the challenge the court granted, undated
                    events.append(Event(
                        type="legal_challenge", entity=ent, authority=auth, list_name=lst, date=None,
                        status="effective", evidence=sent.text, confidence=max(0.1, min(0.99, conf - 0.1)),
                        strength=0.8, position=sent.start + t.start, entity_via=via,
                    ))

    news_day = page_news_day
    # (an act told with no party gives the parties named after it the day they would have
    # taken in its own sentence: its date, else the lede's or the news day's)
    unnamed = [replace(u, date=unnamed_day[u.position]) if u.date is None and u.position in unnamed_day else u
               for u in unnamed]
    events += _series_events(sents, mentions, events, unnamed)
    # a court's act told on one party described, not named, whose measures a later
    # sentence names the target of ("annulled the sanctions against a businessman ... the
    # measures against X were based on ...")
    events += _undone_target_events(sents, mentions, events, unnamed)
    # the other items of an enumeration one of whose items an act names ("removed A, a
    # banker; B, a trader; and C, ..., from its list"): the same act, each its own event
    events += _enumeration_events(sents, mentions, events, lang, unnamed)
    events += _orphan_events(orphans, sents, events)
    # the members of a group an act was told of, named in a sentence of their own after it
    # ("The seven traders include A and B", « Parmi les douze se trouvent A et B », "A is among the
    # individuals sanctioned"): the nearest act's
    events += _group_member_events(sents, mentions, events, unnamed)
    # the measure told after its members, of a plural pronoun that takes them up ("Three
    # shipowners are named: A, B and C. They are subject to an asset freeze")
    events += _measure_after_members(sents, mentions, events, lang, published)
    # a licence for the parties the round designated, told by a group word ("involving the
    # newly designated entities"): each of them
    events += licence_designee_events(
        sents, lang, events, lambda text, t, trigs: not _blocked(text, lang, t, trigs),
        lambda s, t: next((d.date for d in find_dates(s.text, lang, published) if not d.deadline), None))
    events += licence_deadlines(loose_ends, sents, events)

    def lede_day(typ: str, sent_text: str) -> PartialDate | None:
        # the day of the article's action, for a model event its sentence does not date,
        # as the rules' events take it (not for a past told as background)
        if typ not in ("designation", "removal", "license") or _past_ago(sent_text) \
                or _STATE.search(sent_text):
            return None
        day = lead.get(typ) or (news_day[0] if news_day is not None else None)
        if day is None and release and published is not None and published.precision == "day":
            day = published
        return day

    events += _model_events(sents, lang, published, mentions, events, comp, lambda s, t: (
        _authority(spans, s, t, t.event, article), _nearest_list(list_hits, s, t, text) or article["list"]), main,
        lede_day)
    # the lawsuit a court's own judgment tells in its heading ("In Case T-155/13, X, ...,
    # applicant, v Council")
    # the case a sentence names by its sides ("In A v. B, ...", "A v. B ... was filed")
    # (the same lawsuit read by a trigger with no day takes the day the paper's heading or
    # the filing's notice gives: « Recours introduit le 3 mai 2024 – A/Conseil »)
    # (and the party a court's caption names above its role: "KORLOV\nApplicant\n- and -")
    # (a heading's several applications of one party, each its day, stand each)
    # (a case cited beside the relief the court gave its first side is that relief's citation)
    named_cases = [e for e in _case_name_events(sents, mentions, lang, published) if not _cites_relief(e, events, mentions)]
    for papers in (_court_heading_events(sents, mentions, lang, published),
                  named_cases, _caption_events(text, sents, mentions)):
        prior = list(events)
        for e in papers:
            same = [o for o in prior if o.type == e.type and o.entity is e.entity]
            if not same:
                events.append(e)
            elif e.date is not None and all(o.date is None for o in same):
                same[0].date = e.date
    # the parties a court's paper names by their role ("the plaintiffs, A and B")
    events += [e for e in _role_events(sents, mentions)
               if not any(o.type == e.type and o.entity is e.entity for o in events)]
    # what a court did with a party's request ("granted the application for interim measures
    # brought by X", "Plaintiffs' motion ... is granted") and the party of the decisions it
    # suspends (« suspend l'exécution des décisions ... en tant qu'elles visent X »)
    # (the role's referents: the parties the article tells bringing a case, not a paper's labels)
    counsel_named = _counsel(text, mentions)
    challengers = list({e.entity.name.casefold(): e.entity for e in events if e.type == "legal_challenge"
                        and not _told_aside(e, sents, mentions)
                        and not _not_a_party(e, sents, mentions, counsel_named)}.values())
    events += [e for e in _court_answer_events(sents, mentions, lang, published, challengers)
               if not any(o.type == e.type and o.entity is e.entity for o in events)]
    # the order a party's request bears on, taken against it on a day the request tells
    events += _requested_order_events(sents, events, lang, published)
    # the court's acts its own operative part tells ("The Court hereby: Annuls, in so far as
    # they concern Mr X, ..."), of the party the line names or the case's one applicant
    # (the same act read by its trigger with no day takes the paper's)
    for e in _operative_events(sents, mentions, lang, published, challengers):
        same = [o for o in events if o.type == e.type and o.entity is e.entity]
        if not same:
            events.append(e)
        elif all(o.date is None for o in same) and e.date is not None:
            same[0].date = e.date
    if sents and _is_headline(sents[0].text, title) and len(sents) > 1:
        events = _without_headline_repeats(events, sents[0].end)
        # a headline's undated licence is the one the body tells for its party: the body's
        # licences stand each as its own act (an undated extension beside a dated issue)
        head_end = sents[0].end
        events = [e for e in events if not (
            e.type == "license" and e.date is None and e.position < head_end
            and any(b.type == "license" and b.entity is e.entity and b.position >= head_end for b in events))]
        if "license" in unnamed_licence:
            # "OFAC Issues Licence for X" over "On <day>, OFAC issued General License 12": a
            # headline's undated licence is the one the body tells issued that day
            for e in events:
                if e.type == "license" and e.date is None and e.position < sents[0].end and e.status == "effective":
                    e.date, e.date_via = unnamed_licence["license"], "lede"
    # a list sentence that tells its own dated act ("Within the past two weeks OFAC added nine
    # companies ... On December 16, OFAC added eight companies, including A and B"): the
    # sentence's own event, not the earlier count's again
    own = {(e.type, id(e.entity), e.evidence) for e in events if e.entity_via == "sentence" and e.date is not None}
    events = [e for e in events if not (e.entity_via == "list" and (e.type, id(e.entity), e.evidence) in own)]
    # a name its sentence tells only beside the parties (a relation of another, an
    # organisation naming an unnamed person's role, a credit, the source reporting it) is
    # no party of that sentence's event, however the event came to it (its clause, a
    # list, an anaphor pointing back to it)
    told_aside = [e for e in events if _told_aside(e, sents, mentions)]
    events = [e for e in events if all(e is not a for a in told_aside)]
    # (a licence's end whose sentence names only such a name, "the licence, without which
    # the partners of X would be exposed, expires on <day>": the deadline of the licence told
    # nearest, as when it names none)
    sent_starts = [s.start for s in sents]
    relation_ends: list[LooseEnd] = []
    for a in told_aside:
        k = bisect_right(sent_starts, a.position) - 1
        if a.type == "deadline" and k >= 0 and loose_end(sents[k].text) and not any(
                e.type == "deadline" and sents[k].start <= e.position < sents[k].end for e in events) \
                and all(x.si != k or x.date != a.date for x in relation_ends):
            relation_ends.append(LooseEnd(k, a.date, a.status, a.authority, a.list_name, a.strength))
    events += licence_deadlines(relation_ends, sents, events)
    # (the judge, the party's counsel, the defendants and the reporting outlet of a court
    # case brought none of it and won no relief)
    lawyers = _counsel(text, mentions)
    events = [e for e in events if not _not_a_party(e, sents, mentions, lawyers)]
    if _other_matter(text):
        # (a court that rules on an electoral roll or a fine, in an article that names no
        # listing measure at all: no court event of ours)
        events = [e for e in events if e.type not in COURT_EVENTS]
    # (the measures' own term, told with no party: the regime's calendar, no one's cut-off)
    events = [e for e in events if not _measures_term(e, sents, mentions)]
    # (a day a sentence of no party fixes with nothing the measures cut off: a rule's own)
    events = [e for e in events if not _rule_calendar(e, sents, mentions)]
    # (what a licence's dealings concern, named nowhere as anything else: a project, a
    # programme's initials, a bond; reached from a summary sentence of the licences too)
    events = [e for e in events if not (e.type in ("license", "deadline") and _licence_object_only(e, sents, mentions))]
    _date_restated_groups(events, sents, lang, published)
    _date_from_act_day(events, sents, lang, published)
    _date_from_effective_day(events, sents, lang, published)
    events += _own_effective_days(events, sents, lang, published)
    _date_from_measure_day(events, sents, lang, published, comp["distractor"])
    events = _party_decide(events, sents, mentions, lang)  # (unchanged unless the party model is on)
    # (a court's decision against a party answers the party's case: "upheld the listing of X")
    # (a party's court relief told as the news outweighs a ruling for it: a partial win)
    events = _relief_over_ruling(events)
    events += _presupposed_cases(events)
    # a party named by an acronym the article defines is its full name, one named by an
    # alias the name it is given after
    events = _resolve_acronyms(text, events, entities)
    _resolve_aliases(text, events, mentions)
    return _merge(events)


def _resolve_aliases(text: str, events: list[Event], mentions: list[Mention]) -> None:
    """Each event of a name given as another party's alias ("A, alias B", « A, dit B »)
    is that party's (news/roles.py)."""
    ends = {m.end: m.entity for m in mentions if m.entity is not None}
    first: dict[int, Entity] = {}
    for m in mentions:
        if m.entity is not None and (of := alias_of(text, m.start, ends)) is not None and of is not m.entity:
            first.setdefault(id(m.entity), of)
    for ev in events:
        if id(ev.entity) in first:
            ev.entity = first[id(ev.entity)]


# a person's pronoun as the act's subject, auxiliaries and adverbs at most between ("he was
# placed", "she had been designated", « il avait été placé », « elle a été inscrite »)
_PERSON_PRONOUN_SUBJECT = re.compile(
    r"(?i)\b(?P<p>he|she|il|elle)\s+(?:(?:was|were|had|has|have|been|being|is|also|later|then|first|already|"
    r"subsequently|eventually|a|avait|ont|avaient|été|est|fut|aussi|également|ensuite|déjà|finalement)\s+)*$"
)


# a French company told by a noun of the pronoun's gender, which « il » or « elle » may stand for
_FR_SAME_GENDER_FIRM = {
    "il": r"(?i)\b(?:le|du|au|ce)\s+(?:groupe|fonds|constructeur|géant|conglomérat|fabricant|fournisseur|opérateur|"
          r"négociant|armateur|pétrolier|chantier|cabinet|holding)\b",
    "elle": r"(?i)\b(?:la|de\s+la|à\s+la|cette)\s+(?:société|entreprise|banque|firme|compagnie|filiale|holding|"
            r"plateforme|marque|chaîne|raffinerie)\b",
}


# a counted object right after an act (its day may come between): "the listing on Friday
# of some 90 people", « l'inscription début mai d'environ 90 individus »
_COUNTED_AFTER = re.compile(
    r"(?i)(?:\s+(?:on\s+\w+day|last\s+\w+|mi-[a-zéû]+|(?:début|fin)\s+[a-zéû]+|(?:in|en)\s+[a-zéû]+|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)))?,?"
    r"\s+(?:of\s+|de\s+|d['’])?(?:(?:près\s+de|plus\s+de|environ|quelque|about|nearly|some|more\s+than|over|almost|"
    r"around|roughly)\s+|(?:près|plus)\s+d['’])?"
    r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|onze|douze|vingt|cent|dizaines|centaines)\s+(?:(?:de|d['’]|of)\s*)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:people|persons|individuals|entities|companies|firms|names|personnes|entités|sociétés|entreprises|individus|noms)\b"
)
# the words that name some of a counted group: "dont", "including", "parmi lesquels", a colon
_MEMBER_CUE = re.compile(r"(?i)\b(?:dont|including|includes|notamment|among\s+them|parmi|such\s+as|namely|à\s+savoir|"
                         r"comprennent|comprenant|y\s+compris)\b|:")


# the words set off right after a counted group ("two entities – A-based X and B-based Y –",
# "deux sociétés, X et Y,", "three firms: X, Y and Z"): its members' names
_SET_OFF_SERIES = re.compile(r"(?:\s+[\w-]+)?\s*(?:\((?P<seg>[^()]*)\)|(?:[–—]|\s--?\s)(?P<seg2>(?:[^–—;()-]|-(?!-?\s))*)(?:[–—]|\s--?\s|$))")
# what qualifies a counted group before the dash or the bracket that sets its names off: a
# relative clause, a participle's phrase or a preposition's ("three firms that ship fuel
# to the army - X, Y and Z -", "three companies linked to A — X, Y and Z", "two lenders
# based in B (X and Y)", « trois sociétés liées à A (X, Y et Z) »), or a second counted
# group joined to it
_GROUP_CLAUSE = re.compile(
    r"(?i)\s+(?:(?:that|which|who|qui)\s|(?:[a-zà-ÿ]+ed|owned|held|run|based|linked|tied|connected|close|"
    r"lié(?:e|s|es)?|proches?|basé(?:e|s|es)?|détenu(?:e|s|es)?|contrôlé(?:e|s|es)?)\s+(?:to|by|in|with|from|à|au|aux|par|en)\s|"
    r"(?:of|from|in|with|de|du|des|en)\s|"
    # (or a second counted group joined to it: "two entities and one individual — X, Y and Z")
    r"(?:and|et)\s+(?:an?|one|une?|\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq)\s)"
    r"[^,;:()–—.]{1,80}?(?=\s*(?:\(|[–—]|\s--?\s))")
_APPOSED = re.compile(r"(?:\s+[\w-]+)?\s*(?P<open>[,:(–—]|\s-\s)(?P<seg>[^,:;()–—]*(?:(?:,\s*(?:and|et)\b)[^,:;()–—]*)?)")


def _link_phrase_items(live: Sequence[_Trig], targets: dict[int, list[Entity]], local: Sequence[Mention],
                       sent: Sentence, lang: str, cued: Sequence[_Trig] = ()) -> None:
    """Every party item of a listing's or a removal's phrase is its party when the act
    takes one of them: the list is one structure ("lifted sanctions on <title> A and
    <title> B", "added A and B to its list", « vise le ministre A et son adjoint B »), its
    items read by ``object_phrase`` (not the body a title is of, an owner, a relative's kin,
    a possessor, a speaker)."""
    spots = [(m.start - sent.start, m.end - sent.start) for m in local]
    people = [m.entity is not None and m.entity.person for m in local]
    for i, t in enumerate(live):
        have = targets.get(i) or []
        if t.event not in ("designation", "removal") and t.event not in COURT_EVENTS:
            continue
        # (an item past another act's trigger is that act's: "froze the assets of A and on
        # 3 May the assets of B")
        lo = max((o.end for o in live if o.end <= t.start), default=0)
        hi = min((o.start for o in live if o.start >= t.end), default=len(sent.text))
        if t.event in COURT_EVENTS:
            # (a court's act, a party's case: the items of the measures it bears on, past the
            # other acts' triggers of its clause)
            found = _measures_items(sent.text, t.start, t.end, spots, lang, people)
            bringers = _bringer_items(sent.text, t.start, spots, lang, people) if t.event == "legal_challenge" else []
            if bringers and not have:
                # (the series right before the case's verb brought it, whatever the
                # words set off between: "A and B, in separate complaints, sued")
                have = [e for e in (local[k].entity for k in bringers) if e is not None][:1]
            found = [*found, *bringers]
            hi = len(sent.text)
        else:
            found = _phrase_items(sent.text, t.start, t.end, spots, lang, people)
        items = [local[k].entity for k in found if lo <= spots[k][0] and spots[k][1] <= hi]
        if any(t is c for c in cued):
            # (a cue no trigger reads was taken for its phrase's items: they are its parties)
            have = []
        elif not any(e is not None and any(e is o for o in have) for e in items):
            continue
        added: list[Entity] = []
        for e in items:
            if e is not None and all(e is not o for o in (*have, *added)):
                added.append(e)
        if added or any(t is c for c in cued) or have and not targets.get(i):
            targets[i] = [*have, *added]


# a dash's words that tell a clause, not the group's members: a verb, a contrast, a
# negation, the act told again by a noun ("— a step X called unfair", "— X says it will
# appeal", "— but not X")
_NO_SERIES = re.compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|could|can|says?|said|called|calls|told|argues?|"
    r"welcomed|but|not|no|nor|a\s+(?:step|move|decision|measure)|est|sont|était|a|ont|mais|pas|"
    r"(?:une?|la|cette)\s+(?:mesure|décision))\b"
)


def _member_after(text: str, start: int, at: int) -> bool:
    """A name at ``at`` after a counted group ending at ``start`` names one of its members:
    after a cue ("dont", "including"), or in the words set off right after the group ("two
    entities – X and Y –", "deux sociétés, X et Y,"), not in a later clause ("... people,
    mostly from mining, was a signal aimed at X")."""
    if _MEMBER_CUE.search(text, start, at):
        return True
    # (a relative clause on the group before its set-off names: "three firms that ship fuel
    # to the army - X, Y and Z -", « trois sociétés qui livrent l'armée (X et Y) »)
    clause = _GROUP_CLAUSE.match(text, start)
    if clause is not None and (b := _SET_OFF_SERIES.match(text, clause.end())) is not None:
        seg = "seg" if b.group("seg") is not None else "seg2"
        if b.start(seg) <= at < b.end(seg) and not _NO_SERIES.search(b.group(seg)):
            return True
    m = _APPOSED.match(text, start)
    if m is not None and m.start("seg") <= at < m.end("seg"):
        return True
    # (a bracket or a dash holds the whole series to its closer: "three firms (X, Y and Z)",
    # "three firms — X, Y and Z — for ...")
    b = _SET_OFF_SERIES.match(text, start)
    if b is None:
        return False
    seg = "seg" if b.group("seg") is not None else "seg2"
    return b.start(seg) <= at < b.end(seg) and (seg == "seg" or not _NO_SERIES.search(b.group(seg)))


# the list an act just made public, told on by its noun: "The list, sent to lawmakers in a
# letter dated 24 June, names ...", « La liste, publiée le 24 juin, comprend ... »
_LIST_TOLD_ON = re.compile(r"(?i)^\W{0,3}(?:the|this|that|la|cette)\s+(?:(?:new|updated|nouvelle)\s+)?(?:list|liste)\b(?!\s+(?:of|de|des|d['’]))")


def _date_list_told_on(text: str, prev: Sentence, lang: str, published: PartialDate | None,
                       events: list[Event]) -> None:
    """The listings the sentence before told undated, by the list it made public ("The
    Pentagon published a list of 20 firms ..., including X. The list, sent to lawmakers in a
    letter dated 24 June, ..."), take the one day, within a week of publication, that the
    sentence naming the list again gives."""
    if not _LIST_TOLD_ON.match(text):
        return
    days = [d.date for d in find_dates(text, lang, published)
            if d.date is not None and d.date.precision == "day" and not d.deadline and d.modifier != "future"]
    if len(days) != 1 or not _recent(days[0], published):
        return
    for e in events:
        if e.type == "designation" and e.date is None and e.status == "effective" and prev.start <= e.position < prev.end:
            e.date, e.date_via = days[0], "lede"


# a court's decisions: one the opening dates, told on in the next sentences, is that day's
_DECISION_KINDS = frozenset({"vacatur", "injunction", "ruling"})


def _case_ground(text: str, t: _Trig, live: Sequence[_Trig]) -> bool:
    """The listing is told in the sentence of a suit or a court's act, after it, as what
    the case is about ("bring this action ..., alleging that the agency, in placing X on
    its list, acted unlawfully", « a introduit un recours, estimant que le Conseil, en
    inscrivant X, ... »): made before the case, on a day the page does not tell (not the
    day of the news). Not a suit told in an aside ("X, which sued last year, was added")."""
    return any(o.end <= t.start and o.event in COURT_EVENTS and not _aside_relative(text, o.start) for o in live) \
        or any(not _aside_relative(text, m.start()) for m in _SUING.finditer(text, 0, t.start))


# a suit brought, told by its verb and noun, whether or not a trigger reads it ("bring this
# civil action against", "filed a complaint", « ont introduit un recours », « a assigné l'État »)
_SUING = re.compile(
    r"(?i)\b(?:su(?:ed|es|ing)|(?:bring|brings|brought|filed?|files|lodged?|lodges)\s+(?:(?:a|an|this|the|their|its|his|her)\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + SUIT_NOUNS + r"|"
    r"(?:a|ont|avait|avaient)\s+(?:déposé|introduit|formé|engagé|intenté)\s+(?:un|une|le|la|leur|son|sa)\s+"
    r"(?:[\w-]+\s+)?" + SUIT_NOUNS + r"|(?:a|ont)\s+(?:attaqué|assigné|poursuivi))\b"
)


def _decision_told(text: str, lang: str) -> bool:
    """The sentence tells a court's decision (a relief, a vacatur or a ruling) as done."""
    trigs = _find_triggers(text, lang)
    return any(t.event in _DECISION_KINDS and _status(text, lang, t) == "effective" for t in trigs)


# dealings "with them" after a deadline: the parties the act told before it
_WITH_THEM = re.compile(r"(?i)\b(?:with|avec)\s+(?:them|eux|elles|ces\s+(?:entreprises|sociétés|entités|groupes)|"
                        r"these\s+(?:companies|entities|firms|groups))\b")


# an unnamed group the act is about, after its trigger ("... prises en août contre des
# ministres des deux pays", "sanctions on two Turkish officials")
_GROUP_OBJECT = re.compile(
    r"(?i)(?:[^.;:]{0,60}?\b(?:contre|on|against|à\s+l['’]encontre|visant|targeting|aux)\s+|\s*)(?P<n>des|deux|trois|quatre|plusieurs|"
    r"two|three|four|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:ministres|responsables|dirigeants|officials|ministers|"
    r"leaders|personnes|individus|individuals|persons|people|allies|associates|members|alliés|"
    r"associés|membres|" + KIN_PLURAL + r")\b"
    # one person told by a role tied to another ("delisted a close associate of the
    # governor", "a radié une collaboratrice du gouverneur"): named next
    r"|\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|également|aussi|also)\s+)?(?P<one>an?|un|une)\s+(?:(?:senior|top|close|high-ranking|key|proche|haut|haute|influent|influente)\s+)?"
    r"(?:aide|adviser|advisor|associate|ally|official|confidant|conseill(?:er|ère)|allié|alliée|collaborat(?:eur|rice)|"
    r"responsable)\s+(?:to|of|du|de|de\s+la|d['’])\b"
)
_GROUP_COUNT = {"deux": 2, "trois": 3, "quatre": 4, "two": 2, "three": 3, "four": 4,
                **{str(n): n for n in range(2, 100)}}
# the earlier act told in the past perfect ("had sanctioned", "avaient été imposées")
_PLUPERFECT = re.compile(r"(?i)\b(?:had|avait|avaient)\b")


# the person or body a group of people is tied to ("four allies of X", "trois proches de X")
_TIED_AFTER = re.compile(r"(?i)\s+(?:of|to|close\s+to|connected\s+to|linked\s+to|du|de|d['’]|des)\b")
def _tie_end(text: str, start: int) -> int:
    """Where the complement that ties a group to someone ends: its first comma, dash,
    colon or parenthesis."""
    m = re.compile(r"[,;:()–—]").search(text, start)
    return m.start() if m is not None else len(text)


# how far on a counted group's parties may be named (sentences after the count's)
_GROUP_REACH = 5


def _orphan_events(orphans: list[tuple[int, _Trig, PartialDate | None, str | None, str | None, int | None]],
                   sents: list[Sentence], events: list[Event]) -> list[Event]:
    """The acts of a sentence told on an unnamed group go to the parties the next sentence
    names with the related act: the lifting of sanctions "imposed in August" on ministers,
    then "Washington lifted the sanctions on A and B" (A and B's listing, dated August);
    the lifting of sanctions on "two officials", then "had sanctioned A and B" (A and B's
    removal). A count told with the group must be the number of parties named."""
    out: list[Event] = []
    for si, t, date, auth, lst, size in orphans:
        own = [o for o in orphans if o[0] == si]
        parties: list[Entity] = []
        # the next sentence; a counted group a few sentences on, where the first sentence
        # that names parties with the related act names as many as it counts ("removed four
        # allies of X ... A, B, C and D were sanctioned in January")
        for k in range(si + 1, min(len(sents), si + (_GROUP_REACH if size is not None and size > 1 else 2))):
            nxt = sents[k]
            told = [e for e in events if nxt.start <= e.position < nxt.end and e.entity_via in ("sentence", "list")]
            if t.event == "removal":
                # the same removal told for named parties is theirs already; a listing told in
                # the past perfect names the group the removal undid
                # (or dated before the removal: "X, a high-ranking official, was sanctioned in January")
                named = [e for e in told if e.type == "designation" and (_PLUPERFECT.search(nxt.text) or (
                    date is not None and e.date is not None and e.date.iso() < date.iso()[: len(e.date.iso())]))]
            else:
                # a past listing told inside the group's removal: the parties of the removal
                # told again by name
                named = [e for e in told if e.type == "removal"] if any(o[1].event == "removal" for o in own) else []
            for e in named:
                if e.entity not in parties:
                    parties.append(e.entity)
            if parties:
                break
        if not parties or size is not None and size != len(parties):
            continue
        for ent in parties:
            if any(e.type == t.event and e.entity is ent for e in events + out):
                continue
            out.append(Event(type=t.event, entity=ent, authority=auth, list_name=lst, date=date,
                             status="effective", evidence=nxt.text, confidence=0.6, strength=t.strength * 0.9,
                             position=nxt.start, entity_via="list"))
    return out


# a counted group of parties ("59 sociétés chinoises", "77 entities"): the same count told
# again names the same act
_COUNT_GROUP = re.compile(
    r"(?i)\b(?P<n>\d{2,4})\s+(?:[\w-]+\s+){0,2}?(?:entités|sociétés|entreprises|firmes|compagnies|groupes|"
    r"personnes|individus|personnalités|entities|companies|firms|individuals|persons|people|organi[sz]ations)\b"
)


# a tally's span that opens the sentence ("As of 1 March, ...", « Depuis 2014, ... »)
_TALLY_OPENING = re.compile(r"(?i)[\W_]*(?:as\s+(?:of|at)|since|depuis|à\s+la\s+date\s+du|en\s+date\s+du)?\s*(?:the\s+|le\s+)?")


def _date_restated_groups(events: list[Event], sents: list[Sentence], lang: str,
                          published: PartialDate | None) -> None:
    """An undated listing of a counted group ("Les Etats-Unis interdisent d'investir dans 59
    sociétés chinoises, dont Huawei") takes the day of the one sentence that tells the same
    counted group's act with a full date ("Le président a signé, le 3 juin 2021, un ordre
    interdisant tout investissement dans 59 entités"): the same act told again."""
    if not any(e.date is None and e.type in ("designation", "removal") for e in events):
        return
    days: dict[int, set[PartialDate]] = {}
    for sent in sents:
        counts = {int(m.group("n")) for m in _COUNT_GROUP.finditer(sent.text)}
        if not counts:
            continue
        found = [d.date for d in find_dates(sent.text, lang, published)
                 if d.date is not None and d.date.precision == "day" and not d.deadline
                 and d.modifier != "future" and d.kind == "abs" and not _tally_date(sent.text, d)]
        for n in counts:
            days.setdefault(n, set()).update(found)
    for e in events:
        if e.date is not None or e.type not in ("designation", "removal") or e.status != "effective" \
                or e.date_via == "tally":
            continue
        counts = {int(m.group("n")) for m in _COUNT_GROUP.finditer(e.evidence)}
        dated = {d for n in counts for d in days.get(n, ())}
        if len(dated) == 1:
            day = next(iter(dated))
            on, pub = day.as_date(), published.as_date() if published is not None else None
            if published is None or _recent(day, published) or on is not None and pub is not None and on <= pub:
                e.date = day
                e.date_via = "restated"


# the act's object is a party the sentence introduces without its name ("a imposé des
# sanctions à un homme d'affaires syrien", "sanctioned a businessman"): no earlier party
# (... nor when it is unnamed parties told by their plural, bare, after a partitive or a
# word of number or kind: "penalties on persons and firms tied to X", "new sanctions on
# Norlandian officials", « des sanctions contre des personnes proches de X »; the party
# named in what describes them, often the article's main one, is whom they serve)
_INDEFINITE_OBJECT = re.compile(
    r"(?i)\s*+(?:\w+\s+)?(?:(?:à|contre|on|against|sur|visant|targeting)\s+)?(?:un|une|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:homme|femme|businessman|businesswoman|company|firm|société|entreprise|person|personne|individu|"
    r"individual|oligarque|oligarch|banque|bank|groupe|group|ressortissant|national)\b"
    r"|\s*+(?:(?:à|contre|on|against|sur|visant|targeting|to|at)\s+)?(?:(?:des|de|d['’])\s*)?"
    r"(?:(?!(?:the|its|their|his|her|this|these|those|le|la|les|l['’]|ces|ses|leurs?|cette)\b)[\w'’-]+\s+){0,2}?"
    r"(?:" + _UNNAMED_PARTIES + r")\b(?!['’])"
)
# the day the act is named by ("Thursday's action by the UK", "l'annonce de jeudi")
_ACT_DAY = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:action|move|decision|announcement|designations?|sanctions|measures|listings?|order)\b|"
    r"\b(?:l['’]action|la\s+décision|les\s+sanctions|les\s+mesures|l['’]annonce|les\s+désignations)\s+"
    r"de\s+(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)


def _date_from_act_day(events: list[Event], sents: list[Sentence], lang: str,
                       published: PartialDate | None) -> None:
    """Undated acts of the day take the weekday a nearby sentence names the act by ("The
    sanctions will be imposed on A, B and C. ... Thursday's action by the UK is being taken
    in tandem with Canada"), when the article names one such day."""
    if not any(e.date is None for e in events) or published is None or published.precision != "day":
        return
    days: list[tuple[int, PartialDate]] = []
    for si, sent in enumerate(sents):
        for m in _ACT_DAY.finditer(sent.text):
            found = [d.date for d in find_dates(m.group(0), lang, published) if d.date is not None]
            if found and found[0].precision == "day" and _recent(found[0], published):
                days.append((si, found[0]))
    if len({d for _si, d in days}) != 1:
        return
    for e in events:
        if e.date is not None or e.type not in ("designation", "removal", "license") or e.status != "effective":
            continue
        at = next((k for k, s in enumerate(sents) if s.start <= e.position < s.end), None)
        if at is not None and any(abs(at - k) <= 4 for k, _d in days) \
                and not find_dates(sents[at].text, lang, published):
            e.date = days[0][1]
            e.date_via = "act_day"


def _respective_dates(text: str, dates: list[DateMention], after: int) -> list[PartialDate | None]:
    """The dates after a trigger, in order, with the bare years coordinated after the last
    one ("in 2001 and 2007, respectively")."""
    found: list[PartialDate | None] = [d.date for d in dates if d.date is not None and d.start > after]
    if found and dates:
        end = dates[-1].end
        while (m := _MORE_YEAR.match(text, end)) is not None:
            found.append(PartialDate(int(m.group(1))))
            end = m.end()
    return found


# the act's subject is one party left unnamed ("One entity was added for its role in ...",
# "Une autre société a été inscrite"): no party told before is meant
# a determiner that tells a counted group as one already told ("the two banks", "these
# three firms", "les deux banques", "ces trois personnes"): no new parties a later sentence
# names, but the ones an earlier sentence named (coreference.anaphora_target)
_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:the|these|those|both|les|ces|des|aux)\s+$")


def _new_count(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first count of ``rx`` in ``text`` that tells new parties: not one a definite
    determiner tells as already known."""
    return next((m for m in rx.finditer(text) if not _DEFINITE_BEFORE.search(text, max(0, m.start() - 8), m.start())), None)


_UNNAMED_SUBJECT = re.compile(
    r"(?i)^\W*(?:one|another|a|an|une?|une?\s+autre)\s+(?:[\w'’-]+\s+){0,2}?(?:entity|company|firm|individual|person|"
    r"entité|société|entreprise|personne|individu)\s+(?:(?:was|has\s+been|is|a\s+été|est)\s+)?(?:also\s+|aussi\s+|également\s+)?$"
)


# an unnamed part of a group told before as the act's subject ("some of which have sued",
# « dont certaines ont porté plainte », « plusieurs d'entre elles »): a reader cannot tell
# which of the group, so no party told before is the act's
_SOME_OF = re.compile(
    r"(?i)\b(?:(?:some|several|a\s+few|many|most|one|two|three)\s+of\s+(?:which|whom|them|these|those)|"
    r"dont\s+(?:certaine?s|plusieurs|quelques-une?s|une\s+partie)|"
    r"(?:certaine?s|plusieurs|quelques-une?s|beaucoup|la\s+plupart)\s+d['’]entre\s+(?:elles|eux))\b[^,;.]{0,60}$"
)
# the act's object counted after a preposition ("imposed sanctions against 40 other
# persons", « a frappé à l'encontre de 12 entités »): the counted parties, no one
# told before (searched from the trigger on: its span may end inside the preposition)
_COUNTED_TARGET = re.compile(
    r"(?i)(?<![\w'’])(?:(?:on|against|targeting|upon|contre|visant|sur|à\s+l['’]encontre\s+(?:de|d['’]|des)|"
    r"à\s+(?:l['’]égard|l['’]endroit)\s+(?:de|d['’]|des))\s*)"
    r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|dizaines)\s+"
    r"(?!(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"percent|per\s+cent|pour\s+cent)\b)"
    r"(?:autres\s+|other\s+|more\s+|additional\s+|nouvelles?\s+|nouveaux\s+)?(?-i:[a-zà-ÿ])"
)


# a round's parties told as a kind ("released a list of foreign nationals it has identified
# to be sanctioned"): unnamed here
_UNNAMED_GROUP = re.compile(
    r"(?i)\b(?:list|liste)\s+(?:of|de|d['’])\s*(?:[\w'’-]+\s+){0,2}?(?:nationals|individuals|persons|people|entities|"
    r"companies|officials|ressortissants|personnes|individus|entités|sociétés|entreprises|responsables)\b"
)


def _counted_target(text: str, t: _Trig) -> bool:
    """The act's object right after its trigger is counted after a preposition."""
    m = _COUNTED_TARGET.search(text, t.start, t.end + 40)
    return m is not None and m.end() > t.end and not text[t.end : m.start()].strip(" ,")


_BRACKET_AFTER_NAME = re.compile(r"(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}\s*\(\s*")


def _told_aside(e: Event, sents: list[Sentence], mentions: list[Mention]) -> bool:
    """Every mention of the event's party in its sentence is told beside the parties."""
    sent = sentence_at(sents, e.position)
    if sent is None:
        return False
    own = [m for m in within(sent, mentions) if m.entity is e.entity]  # (in the text's order)
    # (an acronym in brackets right after the name is that mention's: "X's Center for Y (CSET)")
    # (only the mention just before can be the name: mentions do not overlap)
    own = [m for i, m in enumerate(own)
           if not (i and own[i - 1].end <= m.start
                   and sent.text[own[i - 1].end - sent.start : m.start - sent.start].strip() == "(")]
    if not own:
        # (a party reached by an anaphor or as the article's: named nowhere but beside the
        # parties, "the commanders of X", "Y, qui commande la milice X", it is none)
        own = [m for m in mentions if m.entity is e.entity]
        return bool(own) and all(_aside_in_sentence(sents, m, e.entity) for m in own)
    # (a name the act's own clause is hung on is its party, whatever else it is told as: "sat
    # on the board of X, which was sanctioned in 2022"; news/own_clauses.py)
    # (an acronym in brackets is told where the name before it is: "A, coordinator of the X
    # Alliance (XA)", even when the reader took the two for two parties)
    told = within(sent, mentions)

    def named_at(m: Mention) -> Mention:
        # (the name's last words may be read as a place: "the X River Alliance (XRA)")
        return next((o for o in reversed(told) if o.end <= m.start and _BRACKET_AFTER_NAME.fullmatch(
            sent.text, o.end - sent.start, m.start - sent.start)), m)

    return all(_aside(sent.text, (n := named_at(m)).start - sent.start, n.end - sent.start, e.entity)
               and not owner_ends(sent.text, e.position - sent.start, len(sent.text), m.end - sent.start)
               for m in own)


def _licence_object_only(e: Event, sents: list[Sentence], mentions: list[Mention]) -> bool:
    """Every mention of the licence's party names what its dealings concern."""
    own = [m for m in mentions if m.entity is e.entity]
    return bool(own) and all(
        (sent := sentence_at(sents, m.start)) is not None
        and licence_object(sent.text, m.start - sent.start, m.end - sent.start) for m in own)


def _aside_in_sentence(sents: list[Sentence], m: Mention, entity: Entity) -> bool:
    sent = sentence_at(sents, m.start)
    return sent is not None and _aside(sent.text, m.start - sent.start, m.end - sent.start, entity)


_NOUN_REACH = 3  # sentences after an act told by its noun that may still name its parties
# an act the sentence tells beside the round, as one before it ("It comes after the removal
# of X", "Ce paquet s'ajoute aux mesures antérieures, comme le gel des fonds de X")
_BESIDE_ROUND = re.compile(
    r"(?i)\b(?:comes?\s+after|follows?|followed|adds?\s+to|previous|earlier|prior|s['’]ajout\w*|fait\s+suite|"
    r"succède|intervient\s+après|précédent\w*|antérieur\w*)\b"
)


# the act's object told by a pronoun: a party told before, no group ("added it to", "put them
# on", « l'a ajoutée », « les a inscrits »)
_PRONOUN_OBJECT = re.compile(r"(?i)\s*(?:it|them|him|her|itself|themselves|himself|herself)\b")
_CLITIC_OBJECT = re.compile(r"(?i)(?:\bl['’]|\b(?:les|la|le|lui|leur)\s+)(?:a|ont|avait|avaient|aurait|auraient)\s+(?:été\s+)?$")


def _date_aside(text: str, dm: DateMention, t: _Trig) -> bool:
    """The date lies in a phrase set off by commas on both sides that does not hold the
    act ("16 firms, most already listed by the Union in May, were sanctioned"): another
    act's day, or a description's."""
    left = text.rfind(",", 0, dm.start)
    right = text.find(",", dm.end)
    return left >= 0 and right >= 0 and not left < t.start < right


def _pronoun_object(text: str, t: _Trig) -> bool:
    """The act's object is a pronoun (a party told before, which the reader did not take
    up): no group of parties the next sentences would name."""
    return bool(_PRONOUN_OBJECT.match(text, t.end) or _CLITIC_OBJECT.search(text[max(0, t.start - 30) : t.start]))


def _noun_day(by_noun: dict[str, tuple[int, PartialDate]], t: _Trig, text: str, si: int, lang: str) -> PartialDate | None:
    """The day of the act a sentence just before told by its noun ("The step was made
    public on 4 May. Two carriers were struck off: A and B"), for an act of its type this
    sentence tells done, undated: not a past told in the past perfect, not a state, not
    an act told as one before the round or beside it."""
    told = by_noun.get(t.event)
    if told is None or not 0 < si - told[0] <= _NOUN_REACH or _STATE.search(text) \
            or _PLUPERFECT.search(text[: t.end]) or _BESIDE_ROUND.search(text[: t.end]) \
            or _status(text, lang, t) != "effective":
        return None
    return told[1]


def _lede_and_quoted(sents: list[Sentence], mentions: list[Mention], first: int) -> tuple[list[Entity], Counter[int]]:
    """The parties of the lede (the first sentence from ``first`` on that names one), and
    per entity id the mentions that only speak of the parties."""
    lede: list[Entity] = []
    quoted: Counter[int] = Counter()
    ordered = sorted((m for m in mentions if m.entity is not None), key=lambda m: m.start)
    k = 0
    for si, sent in enumerate(sents):
        while k < len(ordered) and ordered[k].start < sent.start:
            k += 1
        local = []
        j = k
        while j < len(ordered) and ordered[j].start < sent.end:
            local.append(ordered[j])
            j += 1
        told = []
        for m in local:
            if _only_quoted(sent, m, local):
                quoted[id(m.entity)] += 1
            elif m.entity is not None:
                told.append(m.entity)
        if si >= first and told and not lede:
            lede = told
    return lede, quoted


# a sentence that opens on every one of the parties just told
_ALL_OF_THEM = re.compile(r"(?i)^\W*(?:(?:all|each|both)\s+(?:\w+\s+)?of\s+them|tou(?:te)?s(?:\s+(?:les\s+)?deux)?|"
                          r"chacun(?:e)?\s+d['’](?:eux|elles))\b")


def _plural_subject(comp: dict[str, Any], sent: Sentence, t: _Trig, local: list[Mention]) -> re.Match[str] | None:
    """A plural anaphor in the trigger's subject place, before any name of the sentence
    ("The three companies, as well as X, were added", "They were designated along with X"),
    not a counted group of unnamed parties."""
    head = sent.text[: t.start]
    m = comp["plural"].search(head)
    if m is None or _QUANTIFIED.search(head) or _COUNTED_PEOPLE.search(head):
        return None
    if any(x.start - sent.start < m.end() for x in local) or re.search(r"[;:]", head[m.end() :]):
        return None
    if not re.fullmatch(r"(?i)\W*(?:(?:on|in|last|this|le|en|ce)\s+[\w ]{1,20},\s*)?", head[: m.start()]):
        return None  # the plural opens the sentence (after a short date at most)
    return m


# how many sentences back a participle group's series finds its act
_PART_REACH = 6


@dataclass(frozen=True)
class _Told:
    """An act told with no party named: its type, place, day, authority, list, strength."""

    type: str
    position: int
    date: PartialDate | None
    authority: str | None
    list_name: str | None
    strength: float
    status: str = "effective"
    date_via: str = "sentence"


# how many sentences back an act told of a counted group keeps its members from the acts
# told of none after it
_GROUP_ACT_REACH = 3


def _group_act(acts: Sequence[Event | _Told], sents: Sequence[Sentence]) -> Event | _Told:
    """The act whose members a later sentence names: the nearest of ``acts`` told of a
    counted group of parties ("removed five former ministers", « a radié trois armateurs
    grecs ») a few sentences before the nearest at most, past the acts told of none that
    come between (what the sanctions are for, what lifting them undoes); else the nearest."""
    nearest = max(acts, key=lambda e: e.position)
    near_si = next((k for k, s in enumerate(sents) if s.start <= nearest.position < s.end), 0)
    grouped = [e for e in acts
               if any(s.start <= e.position < s.end and near_si - k <= _GROUP_ACT_REACH and _counted_group(s.text)
                      for k, s in enumerate(sents))]
    return max(grouped, key=lambda e: e.position) if grouped else nearest


def _series_events(sents: list[Sentence], mentions: list[Mention], events: list[Event],
                   unnamed: Sequence[_Told] = ()) -> list[Event]:
    """A designee series introduced by the group it forms, whatever word introduces it ("The
    designees include A, B and C", "Les entités visées sont A, B et C"), in a sentence that
    tells a round's listing act or right after one: each named party gets that act."""
    out: list[Event] = []
    for si, sent in enumerate(sents):
        local = [m for m in within(sent, mentions) if m.entity is not None]
        if not local:
            continue
        found = _series_names(sent, local) if len(local) >= 2 else None
        if found is None or len(found[1]) < 2:
            members = _round_members(sent.text, sents[si - 1].text if si > 0 else "")
            more = _member_events(sents, si, local, members, [*events, *unnamed, *out]) if members is not None else []
            out += more
            if not more and (rest := _rest_named(sent.text)) is not None:
                more = _rest_events(sents, si, local, rest, [*events, *unnamed, *out])
                out += more
            if not more and (who := _who_it_is(sent.text, sents[si - 1].text if si > 0 else "")) is not None:
                more = _identified_events(sents, si, local, who, [*events, *unnamed, *out])
                out += more
            if not more and (roles := _roles_named(sent.text)):
                out += _apposed_role_events(sents, si, local, roles, [*events, *unnamed, *out])
            continue
        start, names = found
        since = sents[si - 1].start if si > 0 else sent.start
        # a group told by the act's participle ("the sanctioned outposts include") names the
        # parties of that act told a few sentences before
        kind = _series_act(sent.text)
        reach = sents[max(0, si - _PART_REACH)].start if kind is not None else since
        told: list[Event | _Told] = [*events, *unnamed]
        acts = [
            e for e in told if e.type in ("designation", "removal") and e.status == "effective"
            and reach <= e.position < sent.start + start and (e.position >= since or e.type == kind)]
        if not acts:
            continue
        act = _group_act(acts, sents)
        have = {id(e.entity) for e in events if e.type == act.type and e.evidence == sent.text}
        for ent in names:
            if id(ent) in have:
                continue
            out.append(_member_event(act, ent, sent))
    return out


def _member_event(act: Event | _Told, ent: Entity, sent: Sentence) -> Event:
    """One member's event: the act's type, authority, list, date and status, told in the
    sentence that names the member (a member is a lower-confidence party of the act)."""
    return Event(
        type=act.type, entity=ent, authority=act.authority, list_name=act.list_name, date=act.date,
        status=act.status, evidence=sent.text, confidence=0.6, strength=act.strength * 0.9,
        position=sent.start, entity_via="list", date_via=act.date_via,
    )


def _member_events(sents: list[Sentence], si: int, local: list[Mention], members: tuple[int, str | None],
                   told: Sequence[Event | _Told]) -> list[Event]:
    """More parties of the round ("The new sanctions also include X", "Also placed under
    sanction is X"): the round's act told in the sentences before (of the type the wording
    tells, if it tells one) is theirs too, one name or several."""
    sent = sents[si]
    start, typ = members
    # (a name told as an owner is no item: "also include X's allies", "X's logistics unit Y")
    owners = {id(m.entity) for m in local if re.match(r"['’]s?\b", sent.text[m.end - sent.start :])}
    # (nor a name told only in an item's description: « Il s'agit de A, de l'unité de la
    # Garde B, et de C », "also include A, head of the B militia, and C")
    aside = _description_names(sent, local, start)
    names = [e for e in _series_items(sent, local, start) if id(e) not in owners and e not in aside]
    if _list_subject(sent.text):
        # what a list includes, read as an enumeration: its items, not the employer in a
        # title ("X agency deputy director Y") nor a place told in a description
        ordered = sorted(local, key=lambda m: m.start)
        found = _enumeration(sent.text, [(m.start - sent.start, m.end - sent.start) for m in ordered], start,
                             strict=True)
        names = []
        for k in found.items:
            e = ordered[k].entity
            if e is not None and id(e) not in owners and all(e is not n for n in names):
                names.append(e)
    if _one_member(sent.text):
        names = names[-1:]  # "the individual targeted is the general of X, Y": one party, Y
    reach = sents[max(0, si - _PART_REACH)].start
    acts = [e for e in told if e.type in ("designation", "removal") and e.status == "effective"
            and reach <= e.position < sent.start and (typ is None or e.type == typ)]
    if not names or not acts:
        return []
    act = _group_act(acts, sents)
    have = {id(e.entity) for e in told if isinstance(e, Event) and e.type == act.type and e.evidence == sent.text}
    return [_member_event(act, ent, sent) for ent in names if id(ent) not in have]


# how many sentences back the act whose group a member sentence names may be told (further
# when the group is told by the act's own noun: "Further additions comprise A"; the sentence
# before for a group told by its count alone: "Among the twelve are A and B")
_MEMBER_REACH = 6
_MEMBER_REACH_NOUN = 8
_MEMBER_ACTS = ("designation", "removal", "license")
_ACT_NOUN_GROUP = re.compile(r"(?i)\b(?:additions?|designations?|listings?|removals?|delistings?|désignations?|"
                             r"inscriptions?|radiations?|ajouts?|list|liste)\b")


def _group_member_events(sents: list[Sentence], mentions: list[Mention], events: list[Event],
                         unnamed: Sequence[_Told]) -> list[Event]:
    """The members of a group an act was told of, named in a sentence of their own after it
    with an inclusion cue (``members.member_span``), in a sentence that yields no event of
    its own: the nearest act told in the sentences before (a listing, a removal or a
    licence, with its deadline; of the type the group's words tell, if they tell one) is
    each member's, with its authority, list and date. The members so named carry the act
    on to the next such sentence ("The seven traders include A. Further additions comprise B")."""
    out: list[Event] = []
    told_here = {e.evidence for e in events}
    for si, sent in enumerate(sents):
        if sent.text in told_here:
            continue
        local = [m for m in within(sent, mentions) if m.entity is not None]
        if not local:
            continue
        span = _member_span(sent.text, sents[si - 1].text if si > 0 else "")
        if span is None:
            continue
        start, end, typ, group = span
        names = _members_named(sent, local, start, end)
        if not names or _candidates_told(sent.text, min(m.start for m in local) - sent.start):
            continue
        pronoun = _PRONOUN_GROUP.fullmatch(group) is not None
        if pronoun and not (si > 0 and _group_told(sents[si - 1].text)):
            continue  # "They include A": the group the sentence before counted, no other
        # (a group told by its count alone takes up the act told just before; a pronoun, the
        # act of its counted group's sentence or the one before it)
        back = 2 if pronoun else 1 if not group else _MEMBER_REACH_NOUN if _ACT_NOUN_GROUP.search(group) else _MEMBER_REACH
        reach = sents[max(0, si - back)].start
        told: list[Event | _Told] = [*events, *unnamed, *out]
        acts = [e for e in told if e.type in _MEMBER_ACTS and reach <= e.position < sent.start
                and (typ is None or e.type == typ)]
        if not acts:
            continue
        act = _group_act(acts, sents)
        with_act: list[Event | _Told] = [act]
        if act.type == "license" and isinstance(act, Event):
            # a licence's end told with it is the members' too
            at = next(s for s in sents if s.start <= act.position < s.end)
            with_act += [e for e in events if e.type == "deadline" and e.evidence == at.text][:1]
        for a in with_act:
            for ent in names:
                out.append(Event(
                    type=a.type, entity=ent, authority=a.authority, list_name=a.list_name, date=a.date,
                    status=a.status, evidence=sent.text, confidence=0.6, strength=a.strength * 0.9,
                    position=sent.start, entity_via="list", date_via=a.date_via,
                ))
    return out


def _measure_after_members(sents: list[Sentence], mentions: list[Mention], events: list[Event], lang: str,
                           published: PartialDate | None) -> list[Event]:
    """The parties a sentence names as a group with no act of its own (``members.group_named``)
    take the measure the next sentence tells of a plural pronoun or a demonstrative that
    takes them up (``members.measure_after``): a listing, dated by that sentence if it
    dates it, announced when told in the future; two names at least (a group)."""
    out: list[Event] = []
    told_here = {e.evidence for e in events}
    for si in range(1, len(sents)):
        status = _measure_after(sents[si].text)
        prev = sents[si - 1]
        if status is None or prev.text in told_here:
            continue
        span = _group_named(prev.text)
        local = [m for m in within(prev, mentions) if m.entity is not None]
        if span is None or not local:
            continue
        names = _members_named(prev, local, span[0], span[1])
        if len(names) < 2 or _candidates_told(prev.text, min(m.start for m in local) - prev.start):
            continue
        date = next((d.date for d in find_dates(sents[si].text, lang, published) if not d.deadline), None)
        out += [Event(type="designation", entity=ent, authority=None, list_name=None, date=date, status=status,
                      evidence=prev.text, confidence=0.6, strength=0.7, position=prev.start, entity_via="list")
                for ent in names]
    return out


# how many sentences back the act on an unnamed party may be told before the one that names it
# a court's act told on one party described by a noun, not named ("annulled the sanctions
# against a businessman", "the listing of a minister", « a annulé les sanctions prises
# contre un cousin de X », « l'inscription d'un ancien ministre »)
_ONE_DESCRIBED = re.compile(
    r"(?i)[^.;]{0,90}?(?:\b(?:against|targeting|on|of|contre|visant)\s+(?:a|an|un|une)\s+|\bd['’](?:un|une)\s+)(?!few\b|number\b)")
# the measures told again with their target named ("the measures against X", « les
# sanctions visant X »), or the target told among the listed (« Parmi elles figurait X »)
_MEASURE_TARGET = re.compile(
    r"(?i)(?:\b(?:measures?|sanctions?|freeze|listing|designation|mesures|gel|inscription|désignation)\b[^.;]{0,30}?"
    r"\b(?:against|on|targeting|contre|visant|à\s+l['’]encontre\s+d['’e])|\b(?:parmi\s+(?:elles|eux|celles-ci|ceux-ci)\s+"
    r"(?:figurai(?:t|ent)|se\s+trouvai(?:t|ent)|il\s+y\s+avait)|among\s+(?:them|those)\s+(?:was|were))|\bincluding)"
    r"\s+(?:(?:the|le|la|l['’]|M\.|Mr\.?|Mme)\s*)?(?:[\w-]+\s+){0,2}?$")
_TARGET_REACH = 3


def _undone_target_events(sents: list[Sentence], mentions: list[Mention], events: list[Event],
                          unnamed: Sequence[_Told]) -> list[Event]:
    """A court's act told on one party described by a noun, not named: the one party a
    sentence of the next three names as the target of the measures ("the punitive measures
    against X", « les sanctions visant X », « Parmi elles figurait X ») is its party, when
    no court act of a named party comes between."""
    out: list[Event] = []
    for u in unnamed:
        if u.type not in ("vacatur", "injunction"):
            continue
        si = next((k for k, s in enumerate(sents) if s.start <= u.position < s.end), None)
        if si is None or not _ONE_DESCRIBED.match(sents[si].text, u.position - sents[si].start):
            continue
        for k in range(si + 1, min(len(sents), si + 1 + _TARGET_REACH)):
            sent = sents[k]
            if any(sent.start <= e.position < sent.end and e.type in COURT_EVENTS for e in events):
                break  # another court act, its parties named
            local = [m for m in within(sent, mentions) if m.entity is not None]
            named = [m.entity for m in local if _MEASURE_TARGET.search(sent.text[max(0, m.start - sent.start - 120) : m.start - sent.start])]
            ents = [e for i, e in enumerate(named) if e is not None and all(e is not o for o in named[:i])]
            if not ents:
                continue
            if len(ents) == 1 and not any(e.type == u.type and e.entity is ents[0] for e in events + out):
                out.append(_member_event(u, ents[0], sent))
            break
    return out


_WHO_REACH = 2


def _identified_events(sents: list[Sentence], si: int, local: list[Mention], who: tuple[int, str | None, bool],
                       told: Sequence[Event | _Told]) -> list[Event]:
    """A party told first without its name, then named by a sentence of being ("... annulled
    the sanctions against a businessman. It is X", « Il s'agit de X », "The banker in
    question is X", "They are A and B"): the last act of the two sentences before told on no
    named party is the named one's, whatever its type, when no named party's act comes
    between; "the banker" must be the noun that act told its party by."""
    sent = sents[si]
    start, noun, plural = who
    ordered = sorted((m for m in local if m.start - sent.start >= start), key=lambda m: m.start)
    if not ordered or ordered[0].start - sent.start != start:
        return []  # the name follows the verb at once ("It is X", not "It is the son of X")
    if re.match(r"['’]s?\b", sent.text[ordered[0].end - sent.start :]):
        return []  # "It is X's largest rival": an owner, no party
    names = _series_items(sent, local, start) if plural else [ordered[0].entity]
    reach = sents[max(0, si - _WHO_REACH)].start
    acts = [e for e in told if reach <= e.position < sent.start and e.status == "effective"]
    if not names or not acts:
        return []
    # (several named, "They are A and B", « Il s'agit de A et de B »: a group's members)
    several = plural or len(_series_items(sent, local, start)) > 1
    act = _group_act(acts, sents) if several else max(acts, key=lambda e: e.position)
    if not isinstance(act, _Told):
        return []  # the last act named its party: "He is X" tells who that party is
    at = next(s for s in sents if s.start <= act.position < s.end)
    if noun is not None and not _takes_up(noun, at.text[act.position - at.start :]):
        return []  # "the banker is X" names the party the act told as a banker (or a synonym), no other
    return [_member_event(act, ent, sent) for ent in names if ent is not None]


# the acts the rest of a counted group may take: a listing, a removal, a licence, a case
_REST_ACTS = ("designation", "removal", "license", "legal_challenge", "vacatur")


def _rest_events(sents: list[Sentence], si: int, local: list[Mention], rest: tuple[int, int, bool],
                 told: Sequence[Event | _Told]) -> list[Event]:
    """The rest of a counted group named after some of it was told apart ("... lifted the
    sanctions on five officials. Two have died. The other three were A, B and C", « Trois
    oligarques, dont A, ont saisi la justice ... Les deux autres sont B et C », "Three other
    firms, A, B and C, are accused of ..."): the nearest act of the two sentences before told
    of a counted group, or of no named party, is theirs, of its type and day; "other" with a
    count takes up the act told just before too, named or not."""
    sent = sents[si]
    start, end, one = rest
    reach = sents[max(0, si - _WHO_REACH)].start
    acts = [e for e in told if reach <= e.position < sent.start and e.status == "effective" and e.type in _REST_ACTS]
    grouped = [e for e in acts if isinstance(e, _Told) or any(
        s.start <= e.position < s.end and _counted_group(s.text) for s in sents[max(0, si - _WHO_REACH) : si])]
    if not grouped and re.search(r"(?i)\b(?:other|autres)\b", sent.text[:start]) and end < len(sent.text):
        grouped = [e for e in acts if e.type in ("designation", "removal")]
    if not grouped:
        return []
    act = max(grouped, key=lambda e: e.position)
    aside = _description_names(sent, local, start, relatives_only=True)
    names = [e for e in _series_items(sent, local, start, end) if e not in aside]
    if one:
        names = names[:1]  # "The third designee is X, who ...": one member, by its rank
    have = {id(e.entity) for e in told if isinstance(e, Event) and e.type == act.type and e.evidence == sent.text}
    return [_member_event(act, ent, sent) for ent in names if id(ent) not in have]


def _apposed_role_events(sents: list[Sentence], si: int, local: list[Mention], roles: list[tuple[int, str]],
                 told: Sequence[Event | _Told]) -> list[Event]:
    """Parties told first by their role, with no name, then named in apposition to that
    role ("... designated a judge and a former governor. The judge, A, and the former
    governor, B, took bribes"): the last act of the two sentences before, told on no named
    party, is each name's whose role the text from that act to here tells."""
    sent = sents[si]
    reach = sents[max(0, si - _WHO_REACH)].start
    acts = [e for e in told if reach <= e.position < sent.start and e.status == "effective"]
    if not acts:
        return []
    act = max(acts, key=lambda e: e.position)
    if not isinstance(act, _Told):
        return []  # the last act named its party: the role is another's
    between = sent.text[:0].join(s.text for s in sents if s.end > act.position and s.start < sent.start)
    at = next(s for s in sents if s.start <= act.position < s.end)
    between = between[act.position - at.start :]
    names: list[Entity] = []
    for start, noun in roles:
        m = next((x for x in local if x.start - sent.start == start), None)
        if m is None or m.entity is None or m.entity in names:
            continue  # the name follows the comma at once
        if not re.search(r"(?i)(?:\b(?:an?|one|the|two|three|un|une|le|la|les|des|deux|trois|\d+)\s+|\bl['’])(?:[\w'’-]+\s+){0,3}?(?:[\w'’]+-)?"
                         + re.escape(noun) + r"s?\b", between):
            continue  # a role the act did not tell its party by: a speaker, a relative, an official
        names.append(m.entity)
    return [_member_event(act, ent, sent) for ent in names]


def _nearest_list(hits: list[tuple[int, str]], sent: Sentence, t: _Trig, text: str) -> str | None:
    local = [(p, n) for p, n in hits if sent.start <= p < sent.end]
    if not local:
        return None
    pos = sent.start + t.start
    return min(local, key=lambda x: abs(x[0] - pos))[1]
