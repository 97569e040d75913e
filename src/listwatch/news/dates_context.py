"""Which date an event of an article takes, beyond the date expressions of its own
sentence: the nearest date of the sentence's own clause (not a relative clause's, not a
distractor's), the article's previous date for "the same day" and counted offsets, the
day of the news for a lede told without a date, a notice's printed date line, a date line
run into the first sentence, and a later sentence refining an event told before.
``dates.py`` reads date expressions; this module decides which one an event takes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from .attribution import RELATIVE as _RELATIVE
from .dates import DateMention, PartialDate, find_dates
from .dates_clauses import in_earlier_clause, reported_day, told_within
from .dates_story import past_ago
from .lang import COURT_EVENTS, PACKS, RELIEF
from .lang.common import SUIT_NOUNS
from .mentions import authority_spans
from .names import DATELINE_CREDITED as _DATELINE_CREDITED
from .names import DATELINE_TAGGED as _DATELINE_TAGGED
from .sentences import Sentence, clause_bounds
from .triggers import Trig, find_triggers, own_date, past_told


class _Dated(Protocol):
    type: str
    date: PartialDate | None
    position: int


def recent(date: PartialDate, published: PartialDate | None) -> bool:
    """A date at most a week before (or after) publication, both known to the day (any
    full date when the article has no publication date; a full date of the month when
    only the month of publication is known: "ce lundi 13 décembre 2021" on a page dated
    December 2021)."""
    a = date.as_date()
    if published is None:
        return a is not None  # no publication date: the first full date leads
    if published.precision == "month":
        return a is not None and published.contains(date)
    b = published.as_date()
    return a is not None and b is not None and abs((b - a).days) <= 7


# "WASHINGTON, May 12 (Reuters) -", "PARIS, 14 mai (Reuters) -", "BRUXELLES, 3 mars 2022 (AFP) -"
_DATELINE_DAY = r"(?:,\s*(?:[A-Z][a-zé]+\.?\s+\d{1,2}|\d{1,2}(?:er)?\s+[A-Za-zéû]+\.?)(?:,?\s*\d{4})?)?"
DATELINE = re.compile(
    r"^[A-ZÀ-Ý][\w .'’/-]{1,40}?" + _DATELINE_DAY + r"\s*"
    r"\((?:Reuters|AP|AFP|Bloomberg|Dow\s+Jones|Xinhua)\)\s*[-—–]+\s*"
    r"|^[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{2,40}" + _DATELINE_DAY + r"\s*[—–]\s*"
    r"|" + _DATELINE_TAGGED + r"|" + _DATELINE_CREDITED
)


def _inside_quote(text: str, at: int) -> bool:
    """The offset lies inside a quotation the sentence opens before it."""
    head = text[:at]
    curly = head.count("“") + head.count("«") - head.count("”") - head.count("»")
    return curly > 0 or head.count('"') % 2 == 1


def _quoted_today_word(text: str, d: DateMention) -> bool:
    """"Today" inside a quoted statement: the day the words were spoken."""
    return d.kind == "today" and _inside_quote(text, d.start)


def quoted_today(text: str, d: DateMention, day: PartialDate, published: PartialDate | None) -> DateMention:
    """"Today" inside a quoted statement is the statement's day, not the page's: a page
    dated Monday whose opening tells that a ministry spoke on Sunday, and that then quotes
    the ministry's words ("Today we list X"), dates the act Sunday. ``day`` is the day of
    the news the opening gives; it counts only when it falls in the week before
    publication (a quote of the publication day, or one with no day told, keeps it)."""
    if d.kind != "today" or published is None or not _inside_quote(text, d.start):
        return d
    a, b = day.as_date(), published.as_date()
    if a is None or b is None or not 0 < (b - a).days <= 7:
        return d
    return replace(d, past=day, future=day)


# a date told inside "decision <date> to <verb>" belongs to the act decided, not to what
# is done to the decision ("challenged the decision in August to sanction X")
_DECIDED = frozenset({"designation", "removal", "amendment"})
_DECISION_BEFORE = re.compile(r"(?i)\b(?:decision|move|vote|décision)\b(?:[\s,]+[\w'’.-]+){0,5}?[\s,]*$")
_DECIDED_VERB = re.compile(r"(?i)[\s,]*(?:to|de|d['’])\s*")


_DECISIONS = frozenset({"vacatur", "injunction", "ruling"})
_ANSWERED = re.compile(
    r"(?i)\b(?:grant(?:ed|s)|den(?:ied|ies)|reject(?:ed|s)|dismiss(?:ed|es)|refus(?:ed|es)|threw\s+out|"
    r"ruled\s+(?:\w+\s+){0,3}?(?:against|on|in\s+favou?r\s+of)|"
    # (« le juge a écarté, jeudi 4 mai, la requête de X », « fait droit à la demande »)
    r"(?:a|ont|avait|avaient)\s+(?:\w+ment\s+)?(?:rejeté|refusé|écarté|accueilli|débouté)|"
    r"rejet(?:te|tent)|refus(?:e|ent)|accueil(?:le|lent)|écart(?:e|ent)|fait\s+droit)"
    r"[\s,]+(?:[\w.’'-]+[\s,]+){0,8}?$"
)
# a market's move: its day is the trading session's ("Shares in X were 6.5% lower in Hong
# Kong on Tuesday"), not the news of the day
_MARKET_MOVE = re.compile(
    r"(?i)\b(?:shares?|stocks?|actions?|titres?|cours|index|indice)\b(?:[^.;]|[.,](?=\d)){0,80}?\b(?:lower|higher|fell|rose|gained|lost|dropped|"
    r"jumped|slid|slumped|climbed|recul\w*|baiss\w*|hauss\w*|chut\w*|grimp\w*|cédé|perdu|gagné)\b"
)


# (acts that undo an earlier one, ``RELIEF``: a date told with the participle of their
# object is the undone act's: "annulé les prolongations décidées en 2016", "lifted the
# sanctions imposed in 2014")
_OBJECT_PARTICIPLE = re.compile(
    r"(?i)\b(?:décidée?s?|adoptée?s?|pris(?:es?)?|imposée?s?|prononcée?s?|prolongée?s?|décrétée?s?|"
    r"decided|adopted|imposed|taken|introduced|extended|issued|enacted)\s+(?:(?:by|par)\s+(?:\S+\s+){1,4}?|\w+ment\s+|"
    r"(?:à\s+(?:leur|son|sa)\s+encontre|contre\s+(?:eux|elles?|lui))\s+)?"
    r"(?:en|in|le|on|dès|since|depuis)?\s*$"
)


# ... or with the noun of the act or the legal text the act is about: a text's own date
# ("the decree of 4 March", « contre l'arrêté n° 17/2020 du 2 avril »), the time of a
# stay on a list ("his continued listing on that list in 2019", « le maintien de la société
# sur cette liste en 2016 »). (A bare "annulled the listing in March" tells the
# court's month: the noun must hold a text's date or say which list it is on.)
_OBJECT_NOUN = (r"(?:maintiens?|inscriptions?|réinscriptions?|désignations?|décisions?|règlements?|arrêtés?|"
                r"décrets?|ordonnances?|actes?|listings?|relistings?|designations?|placements?|inclusions?|"
                r"decisions?|regulations?|orders?|decrees?|acts?)")
_LISTED_AT = re.compile(
    r"(?i)\b" + _OBJECT_NOUN + r"\s+(?:(?:initiale?s?|initial|original|first|continued|renewed)\s+)?"
    r"(?:(?:de|du|des|d['’]|of)\s*(?:[\w.'’-]+\s+){1,6}?)?(?:sur|on|in)\s+(?:la|les|cette|ces|sa|leur|the|its|that|this|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:listes?|lists?)\b[^,;()]{0,60}?(?:\s(?:en|in|le|on|depuis|since|between|entre|from|du))?\s*$"
)
_TEXT_OF = re.compile(
    r"(?i)\b(?:décisions?|règlements?|arrêtés?|décrets?|actes?|decisions?|regulations?|decrees?|acts?)\b(?:\s+d['’]exécution|\s+(?:implementing|delegated))?(?:\s*\([^()]{1,12}\))?(?:\s+(?:n[o°]\s*)?[\w/.-]*\d[\w/.-]*)?"
    r"(?:\s+(?:du|of\s+the)\s+Conseil|\s+(?:of\s+the\s+)?Council)?,?\s+(?:du|of|dated)\s*$"
)


# the noun of the court's own paper right before the participle ("in a ruling issued on
# Wednesday", « par un arrêt prononcé mercredi »): the participle is that paper's, its date
# the court's act's
_COURT_PAPER = re.compile(r"(?i)\b(?:ruling|judg(?:e)?ment|decision|order|opinion|arrêt|jugement|ordonnance|décision)\s+$")


def object_date(sent: str, d: DateMention) -> bool:
    """The date is told with the participle of the act's object ("les prolongations décidées
    en 2016"), so it is that object's; not the participle of the court's own paper ("in a
    ruling issued on Wednesday")."""
    head = sent[max(0, d.start - 50) : d.start]
    m = _OBJECT_PARTICIPLE.search(head)
    return m is not None and _COURT_PAPER.search(head, 0, m.start()) is None


# a date told between a determiner or an owner's possessive and the noun of the act, as its
# attribute ("its January 2021 designation of X", "the 2019 listing", "the agency's
# March 3, 2023, listing of X", "OFAC's 3 May order"): that act's (not a day told after a
# verb, "lifted on Friday sanctions on X")
_ATTRIBUTE_DET = re.compile(r"(?i)(?:\b(?:its|the|their|his|her|this|that|an?)|\w['’]s?)\s+$")
_ATTRIBUTE_OF = re.compile(
    r"(?i),?\s*(?:de-?)?(?:designations?|listings?|blacklistings?|delistings?|removals?|inclusions?|sanctions?|"
    r"orders?|decisions?|rules?|regulations?|determinations?)\b"
)


def _attribute_date(sent: str, d: DateMention) -> bool:
    return d.kind == "abs" and d.date is not None \
        and _ATTRIBUTE_DET.search(sent, max(0, d.start - 8), d.start) is not None \
        and _ATTRIBUTE_OF.match(sent, d.end) is not None


def text_or_stay_date(sent: str, d: DateMention, after: bool) -> bool:
    """The date is told with the noun of a stay on a list (``_LISTED_AT``: the stay's,
    whichever act of the sentence undoes or challenges it, before or after it) or, ``after``
    the act, with the noun of a legal text (``_TEXT_OF``: the text's). (A court's own order
    is no such text: "par une ordonnance du 12 avril, le juge a suspendu ..." dates the
    suspension.)"""
    head = sent[max(0, d.start - 150) : d.start]
    return bool(_LISTED_AT.search(head) or after and (_TEXT_OF.search(head) or _attribute_date(sent, d)))


# a clause with a subject and a verb of its own after the act ("..., delisted, most likely
# because he had died at sea in May", "... parce qu'il était mort en mars"): a date after
# it is that verb's
_OTHER_SUBJECT = re.compile(
    r"(?i)\b(?:that|because|when|after|before|since|as|que|qu['’]|lorsqu['’]|quand|parce\s+qu['’]|après\s+qu['’]|"
    r"avant\s+qu['’])\s*(?:he|she|they|il|elle|ils|elles)\s+(?:\w+\s+)?(?:was|were|had|has|is|are|did|died|"
    r"a|avait|était|est|fut|ont|avaient|étaient|sont)\b"
)


# the party's own deed told as the act's reason, after it ("sanctioned for attending a
# meeting on 25 February", "for his role in", "pour avoir participé à", "pour son rôle
# dans", "accused of helping", "accusé d'avoir aidé"), or in a relative clause in the past
# perfect ("who had attended a meeting in February"): a date inside it, before any comma,
# is the deed's. So is one inside the legal text the act was taken under, told with its
# own signing ("under an order signed in May", "en vertu d'un décret signé en mai"): the
# text's day, not the act's
_REASON = (
    r"for\s+(?:\w+ly\s+)?(?:having\s+)?(?!during\b|nothing\b)\w{3,}ing|"
    r"for\s+(?:his|her|its|their)\s+(?:alleged\s+)?(?:role|part|involvement|participation)\s+in|"
    r"pour\s+(?:avoir|être)|pour\s+(?:son|sa|leur)\s+(?:rôle|participation|implication)\s+(?:dans|à)|"
    r"(?:accused|suspected)\s+of\s+(?:having\s+)?\w{3,}ing|"
    r"(?:accusée?s?|soupçonnée?s?)\s+d['’](?:avoir|être)|"
    r"(?:under|pursuant\s+to|en\s+vertu\s+(?:d['’]|de|du|des)|conformément\s+(?:à|aux?))\s*"
    r"[^,;]{0,60}?\b(?:signed|adopted|issued|enacted|signée?s?|adoptée?s?|promulguée?s?)\b"
)
# (a licence's or a deadline's dealings are what it allows, no deed: "extended the deadline
# for dealings with X to 30 June", "a licence for winding down business with X until May")
_DEALINGS_FOR = re.compile(r"(?i)\bfor\s+(?:the\s+)?(?:dealings|transactions|wind(?:ing)?[- ]down|winding|selling|divesting|exiting)\b")
_DEED = re.compile(r"(?i)\b(?:" + _REASON + r"|(?:who|which|that|qui)\s+(?:had|avait|avaient)\b)[^,;]*$")
# (a past perfect relative clause may retell the act itself: "its designation, which had
# added it to the list in October"; only a reason holds a trigger that is no act)
_IN_REASON = re.compile(r"(?i)\b(?:" + _REASON + r")[^,;]*$")


# an act told as what a case is about, after a date and a word that opens the case's object
# ("sued the government Friday over sanctions it imposed last year", « ont gagné un procès
# mercredi concernant la décision de les sanctionner », "filed an appeal on 3 May against
# the decision to list it"): the date is the case's, told before its object; the act it is
# about is dated, if at all, inside that object
_ABOUT_OBJECT = re.compile(
    r"(?i)[\s,]*(?:over|against|challenging|contesting|concerning|regarding|contre|concernant|contestant|"
    r"visant|sur|quant\s+(?:à|au|aux)|au\s+sujet\s+d(?:e|u|es))(?![\w-])[^;:()]{0,80}"
)
# (the case told before the date: a verb or a noun of suing, appealing, winning or losing a
# case, as a trigger or not: "won a case", « a perdu son procès »)
_CASE_BEFORE = re.compile(
    r"(?i)\b(?:su(?:ed|es|ing)|appealed|challenged|contest\w*|attaqu\w*|poursui\w*|" + SUIT_NOUNS + r")\b[^.;]{0,60}$"
)


def case_object_date(sent: str, d: DateMention, t: Trig, triggers: Sequence[Trig]) -> bool:
    """The date is told of a case (a suit, an appeal, a trial won or lost) right before the
    word that opens what the case is about, and the act ``t`` lies in that object: the
    date is the case's, not the act's."""
    if d.end > t.start or _ABOUT_OBJECT.fullmatch(sent, d.end, t.start) is None:
        return False
    return any(o is not t and o.end <= d.start and o.event in COURT_EVENTS for o in triggers) \
        or _CASE_BEFORE.search(sent, max(0, d.start - 90), d.start) is not None


def assign_dates(
    triggers: list[Trig], dates: list[DateMention], sent: str, lang: str
) -> dict[int, DateMention]:
    """Each date goes to its nearest trigger; each trigger keeps its nearest own date."""
    return _assign(triggers, dates, sent, lang)[0]


def dated_elsewhere(triggers: list[Trig], dates: list[DateMention], sent: str, lang: str) -> set[int]:
    """The triggers none of the sentence's dates can be told of, each date being the
    undone measures' or another subject's clause's ("lifted the sanctions on A, together
    with a travel ban adopted in 2019", "was delisted because she had sold the firm in
    May"). Such a trigger is
    told as undated, like one in a sentence with no date at all. (A date another act of the
    sentence takes is no such date: "X, blacklisted in the last days of the old government,
    was removed on Tuesday" leaves the listing told in passing; nor is a deed's: "sanctioned
    for attending a meeting in May" tells a listing after the meeting, not undated.)"""
    if not dates:
        return set()
    date_of, far = _assign(triggers, dates, sent, lang)
    return {k for k in range(len(triggers)) if k not in date_of and all(far(k, d) for d in dates)}


def _assign(
    triggers: list[Trig], dates: list[DateMention], sent: str, lang: str
) -> tuple[dict[int, DateMention], Callable[[int, DateMention], bool]]:
    """``assign_dates``, and whether a date can never be a trigger's (its cost is out of reach)."""
    # a trigger told inside the deed of an act before it ("sanctioned X, accused of helping
    # firms evade sanctions imposed in 2022"): part of the deed, it dates no act
    # (trigger, date) pairs where the date is another subject's or the undone thing's
    others: set[tuple[int, int]] = set()
    in_deed = {k for k, t in enumerate(triggers)
               if any(o.end <= t.start and _IN_REASON.search(sent, o.end, t.start) for o in triggers)
               # (the listing a suit or a court's act is about, told as its ground by the
               # listing verb itself: "sued the agency on Monday for adding it to the list",
               # « a attaqué lundi l'État pour avoir inscrit la société »)
               or t.event in ("designation", "removal") and any(
                   o.end <= t.start and (o.event == "legal_challenge" or o.event in RELIEF)
                   and _IN_REASON.search(sent, o.end, t.end) for o in triggers)}

    def dist(t: Trig, d: DateMention) -> int:
        if t.event in _DECIDED and _DECISION_BEFORE.search(sent[max(0, d.start - 50) : d.start]) \
                and _DECIDED_VERB.fullmatch(sent[d.end : t.start]):
            return 0  # "the decision, in August, to sanction X": the month is the decision's
        if d.end <= t.start:
            gap = t.start - d.end
        elif d.start >= t.end:
            gap = d.start - t.end
        else:
            gap = 0
        ca, cb = clause_bounds(sent, lang, t.start, t.end)
        # (the opening date is any clause's, unless the act's own clause tells a date: "En
        # mars, X, placée sur la liste en 2019, en a été retirée" lists X in 2019)
        if not (ca <= d.start < cb) and (d.start > 3 or any(ca <= o.start < cb for o in dates)):
            # a date after the verb in a following clause is often still its date
            # ("..., according to a filing made on Tuesday"); one before it, in an
            # earlier clause, rarely is, unless it opens the sentence ("On Friday, ...")
            gap += 40 if d.start >= t.end else 120
            between = sent[min(t.end, d.end) : max(t.start, d.start)]
            rel = list(_RELATIVE.finditer(between))
            if rel and not (d.start >= t.end and "," in between[rel[-1].end() :]):
                gap += 1000  # the date belongs to a relative clause ("..., which began in May")
        if d.start >= t.end and _OTHER_SUBJECT.search(sent, t.end, d.start) \
                and not any(t.end <= o.start < d.start for o in triggers):
            gap += 1000  # "delisted because he had died at sea in May": the death's
            others.add((id(t), id(d)))
        if d.start >= t.end and _DEED.search(sent, t.end, d.start) \
                and not (t.event in ("license", "deadline") and _DEALINGS_FOR.search(sent, t.end, d.start)) \
                and not any(t.end <= o.start < d.start and k not in in_deed for k, o in enumerate(triggers)):
            gap += 1000  # "sanctioned for attending a meeting on 25 February": the meeting's
        if any(o is t for k, o in enumerate(triggers) if k in in_deed):
            gap += 1000  # "... accused of helping firms evade sanctions imposed in 2022": the deed's
        if t.event in _DECIDED and case_object_date(sent, d, t, triggers):
            gap += 1000  # "sued Friday over sanctions imposed last year": Friday is the suit's
        if past_told(sent, t) and not own_date(sent, t, d):
            gap += 1000  # "lifted the sanctions imposed in 2014 on X in March 2020": 2014 only
        if (t.event in RELIEF or t.event == "legal_challenge") \
                and (d.start > t.start and object_date(sent, d) or text_or_stay_date(sent, d, d.start > t.start)):
            gap += 1000  # "a annulé les prolongations décidées en 2016": the undone thing's date
            others.add((id(t), id(d)))
            # (and the challenged one's: « de suspendre l'arrêté pris à leur encontre le 3 mars »)
        if told_within(sent, t, d):
            gap += 1000  # "slid on Monday after the Treasury blacklisted X": the main clause's
        wants_deadline = t.event == "deadline"
        if d.deadline != wants_deadline:
            gap += 1000
        return gap

    # a challenge inside the decision on it ("a gagné son appel contre les sanctions, a
    # déclaré la Cour mercredi"): the day is the decision's
    inside = {k for k, t in enumerate(triggers) if t.event == "legal_challenge" and any(
        o.event in _DECISIONS and o.start <= t.start < o.end for o in triggers)}

    # a request told as the object of the court's answer ("granted X's motion for a
    # preliminary injunction", "ruled Wednesday against X's injunction bid"): a day told
    # before it is the answer's, never the request's
    answered = {k for k, t in enumerate(triggers) if t.event == "legal_challenge"
                and _ANSWERED.search(sent, max(0, t.start - 90), t.start)}

    def cost(k: int, d: DateMention) -> int:
        return dist(triggers[k], d) + (500 if k in inside else 0) + (1000 if k in answered and d.end <= triggers[k].start else 0)

    best: dict[int, tuple[int, DateMention]] = {}
    for d in dates:
        if not triggers:
            break
        i = min(range(len(triggers)), key=lambda k: cost(k, d))
        g = dist(triggers[i], d) + (1000 if i in answered and d.end <= triggers[i].start else 0)
        if g >= 1000:
            continue
        if i not in best or g < best[i][0]:
            best[i] = (g, d)
    # a date its nearest act did not keep (that act has a nearer date of its own) goes to
    # the nearest act left with none: "Le 14 novembre, X, sanctionnée en 2019, a été retirée
    # de la liste" (the listing keeps 2019, the removal takes the opening day)
    kept = {id(d) for _g, d in best.values()}
    for d in dates:
        if id(d) in kept:
            continue
        # (not a challenge told inside the decision on it or answered by it: its day is the
        # decision's)
        free = [k for k in range(len(triggers)) if k not in best and k not in inside and k not in answered]
        if not free:
            break
        i = min(free, key=lambda k: cost(k, d))
        g = dist(triggers[i], d) + (1000 if i in answered and d.end <= triggers[i].start else 0)
        if g < 1000:
            best[i] = (g, d)
            kept.add(id(d))
    return {i: d for i, (_g, d) in best.items()}, \
        lambda k, d: cost(k, d) >= 1000 and (id(triggers[k]), id(d)) in others


_OLD_EXPIRY = re.compile(r"(?i)\b(?:expiration|expiry|expiring|échéance|expiration)\s+(?:date\s+)?(?:from|du|de)\s+$|"
                         r"\b(?:date\s+d['’]expiration|échéance)\s+(?:du|de)\s+$")


# a tally: a count of parties ("more than 60 officials", "57 persons and firms", « plus
# de 1 200 personnes », "16 businesses") or an ordinal of rounds ("the fifth round", « cette
# troisième série »), told with the span it counts over ("since 2015", "as of 30 June",
# "this year", « depuis 2014 », « à ce jour », « cette année »): the span bounds the count,
# it is the day of no act the count holds
_TALLY_COUNT = re.compile(
    r"(?i)(?<![\w,.])(?:(?:more|fewer|less)\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+|a\s+total\s+of\s+|"
    r"plus\s+de\s+|moins\s+de\s+|près\s+de\s+|environ\s+|au\s+total\s+)?"
    r"(?!(?:1[89]|20)\d\d\b)(?:\d{1,3}(?:[ ,.\u202f]\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|hundreds|dozens|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|"
    r"douze|quinze|vingt|trente|quarante|cinquante|cent|centaines|dizaines)"
    r"(?:\s+(?:of|d['’]|de))?\s+(?:[\w'’-]+\s+(?:and\s+|et\s+)?){0,3}?"
    r"(?:[a-zà-ÿ-]{3,}[sx])\b"
)
_TALLY_ORDINAL = re.compile(
    r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th|e|ème|è)|"
    r"deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:rounds?|series|packages?|tranches?|batch(?:es)?|waves?|sets?|séries?|vagues?|"
    r"paquets?|trains?|salves?)\b"
)
# the span: what opens the date ("since", "as of", « depuis », « à la date du »), or the date
# itself ("this year", "so far this year", « cette année », « à ce jour »)
_TALLY_FROM = re.compile(
    r"(?i)\b(?:since|as\s+(?:of|at)|depuis|à\s+la\s+date\s+du|en\s+date\s+du|au)\s+(?:the\s+|le\s+|l['’])?$"
)
_TALLY_OPENS = re.compile(r"(?i)(?:since|as\s+(?:of|at)|depuis)\b")
_TALLY_SPAN = re.compile(r"(?i)^(?:(?:so\s+far\s+)?this\s+year|cette\s+année|depuis\s+le\s+début\s+de\s+l['’]année)$")
_TALLY_REACH = 90  # characters around the date where its count is told


def tally_date(text: str, d: DateMention) -> bool:
    """The date bounds a tally its clause tells ("has sanctioned more than 60 officials since
    2015", "As of 30 June, 57 persons had been listed", « cette cinquième série
    de sanctions infligées cette année »): no act of the tally takes it."""
    lead = text[max(0, d.start - 40) : d.start]
    opening = _TALLY_OPENS.match(d.text)
    if not (_TALLY_FROM.search(lead) or opening or _TALLY_SPAN.match(d.text.strip())):
        return False
    before = re.split(r"[;:()]|,\s+(?=(?:and|but|et|mais|while|tandis)\b)", text[max(0, d.start - _TALLY_REACH) : d.start])[-1]
    after = re.split(r"[;:()]|(?<=\w)\.(?:\s|$)", text[d.end : d.end + _TALLY_REACH])[0]
    return any(rx.search(part) for rx in (_TALLY_COUNT, _TALLY_ORDINAL) for part in (before, after))


def is_distractor(text: str, d: DateMention, live: list[Trig], rx: re.Pattern[str]) -> bool:
    """A date that belongs to a thing no event is about: "depuis l'invasion de l'Ukraine le
    24 février 2022", "after an attack on January 14, 2006", "shares fell on Monday". The
    word sits right before the date, in the same clause, with no trigger in between. A
    cut-off date ("buy its shares as of March 15") is a deadline's when one is told."""
    if d.deadline and any(t.event == "deadline" for t in live):
        return False
    if tally_date(text, d):
        return True
    lead_in = re.split(r"[.;:()]", text[max(0, d.start - 60) : d.start])[-1]
    if _OLD_EXPIRY.search(lead_in):
        return True  # "extending the expiration date from Dec. 12 to Jan. 7": the end replaced
    counted = _COUNTED_FROM.search(lead_in)
    if counted is not None:
        # "deux mois après l'incendie du 14 mars", "two years after the coup on 1 February
        # 2021": the date is the reference's; the act is counted from it
        at = d.start - len(lead_in) + counted.start()
        if not any(at <= t.start < d.start for t in live):
            return True
    m = rx.search(lead_in)
    if m is None:
        return False
    if _AUTHORITY_PAPER.search(lead_in[: m.start()]) and m.group(0).lower().startswith("publi"):
        return False  # "said in a statement published Thursday": the authority's own day
    if m.group(0)[:1].isupper() and re.search(r"[A-ZÀ-Ý][\w&.-]*\s+$", lead_in[: m.start()]):
        return False  # a name's last word ("Orvex Trading on Tuesday"), no trading session
    word_at = d.start - len(lead_in) + m.start()
    return not any(word_at <= t.start < d.start or t.start <= word_at < t.end for t in live)



# dates coordinated with a distractor share its introducer: "the list extended in June,
# August and December", "depuis ses visites en mars et en mai"
_MONTH_WORD = (r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
               r"January|February|March|April|May|June|July|August|September|October|November|December)")
_DATE_AND = re.compile(r"(?i)(?:\s*,\s*(?:(?:en|in)\s+)?" + _MONTH_WORD + r")*"
                       r"\s*(?:,\s*)?(?:(?:et|and|or|ou|puis|then)\s+)?(?:(?:en|in|le|on)\s+)?")


def without_distractors(text: str, dates: list[DateMention], live: list[Trig], rx: re.Pattern[str]) -> list[DateMention]:
    """The dates of the sentence that belong to its acts: a distractor (``is_distractor``)
    goes, and so does each date coordinated right after it, with only a comma or a
    conjunction between (a trigger between them ends the run)."""
    kept: list[DateMention] = []
    prev: DateMention | None = None
    for d in sorted(dates, key=lambda x: x.start):
        run = prev is not None and prev.end <= d.start and _DATE_AND.fullmatch(text, prev.end, d.start) is not None \
            and not any(prev.end <= t.start < d.start for t in live)
        if run or is_distractor(text, d, live, rx):
            prev = d
            continue
        prev = None
        kept.append(d)
    return kept

# a span counted from an event told with its date: "deux mois après l'incendie du 14 mars",
# "two years after the coup on 1 February 2021"
_COUNTED_FROM = re.compile(
    r"(?i)\b(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quelques|plusieurs|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several)\s+(?:jours?|semaines?|mois|ans|années|"
    r"days?|weeks?|months?|years?)\s+(?:après|avant|after|before)\s+(?:l['’]\s*)?(?:[\w'’-]+\s+){1,6}?"
    r"(?:le|du|en|depuis|on|in|of|,)?\s*$"
)


# an authority's or a court's paper published on a day: that day is its act's ("the
# Department said in a statement published Thursday", "annulled the freeze, in a ruling
# published Wednesday", « dans un arrêt publié mercredi »), not the page's
_AUTHORITY_PAPER = re.compile(
    r"(?i)\b(?:statement|notice|release|rule|order|filing|ruling|judg(?:e)?ment|decision|opinion|"
    r"communiqué|avis|décision|arrêté|arrêt|jugement|ordonnance)"
    r"(?:\s+(?:officiel(?:le)?|official|written|de\s+presse|du\s+\w+|of\s+the\s+\w+))?\s+$"
)
# a page's own stamp: "Publié le 8 octobre 2019", "Updated May 12", "Mis à jour le ..."
# a verb of publishing with its auxiliary or its subject ("a déclaration que le ministère a publiée
# vendredi", "the ministry published on Friday", "which it has posted"): an authority's act,
# no page's stamp
_PUBLISHED_BY = re.compile(r"(?i)(?:\b(?:a|ont|avait|avaient|has|have|had)|\b(?:it|they|il|elle|ils|elles)|\bministry|\bdepartment|\bministère)\s+$")
_STAMP = re.compile(r"(?i)\b(?:publié|published|updated|posted|mis\s+à\s+jour|modifié)\b[^.]{0,12}$")
OPENING_SENTENCES = 6  # the article's opening: where the day of its main action is told
_PRINTED_LINE = 60  # a line of the opening this short that holds one date is the document's date
_PRINTED_LABEL = 26  # words beside it ("Publié le", "Date de publication :")
_BYLINE_HEAD = re.compile(r"(?:(?:By|Par)\s+[^|.]{2,40}?\s*[|•–—-]\s*)?")
_BYLINE = re.compile(r"\s*(?:,?\s*(?:at|à)\s*)?(?:\d{1,2}[:h]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|CET)?)?")
_BYLINE_LINE = re.compile(r"\s*(?:By|Par)\s+[^|.\n]{2,40}?\s*[|•]")
_PRINTED_REACH = 1500  # characters from the start that the printed date still dates
_NEWS_DAY_REACH = 3  # sentences after the lede's date that may still tell the day's action


def in_relative(text: str, at: int) -> bool:
    """The offset lies in a relative clause set off by a comma and still open (", which
    were sanctioned in April", « , qui avait été inscrite en mai »): an aside about a party,
    not the story's time."""
    return _relative_opening(text, at) is not None


def _relative_opening(text: str, at: int) -> int | None:
    """Where the relative clause that holds the offset opens, if one does."""
    opened = [m for m in _RELATIVE.finditer(text, 0, at)]
    if opened and not re.search(r"[,;:]", text[opened[-1].end() : at]):
        return opened[-1].start()
    return None


def dated_in_relatives(triggers: Sequence[Trig], dates: Sequence[DateMention], sent: str) -> set[int]:
    """The triggers of the main clause when every date of the sentence lies in a relative
    clause set off by a comma that tells an act of its own ("The list names A, which was
    added in 2019, and B", « Le décret vise A, qui avait été inscrite en 2019, et B »): each
    such date is the act of its relative clause, an aside about one party; the main
    clause's act is told with no date of its own, as in a sentence with none. (A date in
    a relative clause that tells no act, "which has traded since 2019", is another matter.)"""
    clause_of = {k: _relative_opening(sent, t.start) for k, t in enumerate(triggers)}
    openings = [_relative_opening(sent, d.start) for d in dates]
    if not dates or any(o is None or o not in clause_of.values() for o in openings):
        return set()
    return {k for k, o in clause_of.items() if o is None}


def _day_told_until(sents: list[Sentence], si: int, lang: str, published: PartialDate | None,
                    day: PartialDate) -> int:
    """The last sentence that may still tell the day's action: the story stays on its day
    until a sentence turns to another time (a date of its own that is not the day's, nor a
    deadline ahead, nor a span holding the day: "cette année", "this month"), and at least
    the few sentences after the one that gives the day. A date in a relative clause is an
    aside about a party, no turn of the story."""
    for k in range(si + 1, len(sents)):
        if any(d.date is not None and not d.deadline and d.modifier != "future"
               and not (d.date.contains(day) or day.contains(d.date))
               and not in_relative(sents[k].text, d.start)
               for d in find_dates(sents[k].text, lang, published)):
            return max(si + _NEWS_DAY_REACH, k - 1)
    return max(si + _NEWS_DAY_REACH, len(sents) - 1)


def glued_stamp(text: str, dates: list[DateMention]) -> bool:
    """The sentence opens with a full date right followed by another date: the page's or
    the notice's date line run into its first sentence (a lost line break), not a date of
    what the sentence tells."""
    if len(dates) < 2:
        return False  # (the two ends of a span are read as one date: ``dates._periods``)
    first, second = dates[0], dates[1]
    glue = _STAMP_GLUE.fullmatch(text[first.end : second.start])
    # "January 14 - March 3, 2021" is a span; "December 21, 2018 - On December 19" a stamp
    return (first.start <= 3 and first.date is not None and first.date.precision == "day"
            and glue is not None and bool(glue["op"] or not re.search(r"[–—-]", glue.group(0))))


_STAMP_GLUE = re.compile(r"(?i)[\s\-–—:|•]{0,6}(?P<op>on|le|in|en)?\s*")


# a sentence that opens on an event told before, by its noun: "The suit, filed March 15,
# asks ...", "La plainte, déposée le 15 mars, ..."
_TOLD_BEFORE = re.compile(
    r"(?i)^\W{0,3}(?:the|this|that|its|his|her|their|la|le|cette|ce|sa|son|leur)\s+(?:[\w-]+\s+)?"
    r"(?P<noun>suit|lawsuit|complaint|legal\s+challenge|plainte|recours|requête|action\s+en\s+justice|"
    r"designation|listing|blacklisting|désignation|inscription)\b"
)
# a sentence that opens on the round of measures told before, by its noun and a participle
# of its making with its day set off by commas ("The measures, announced on 22 October, ...",
# "These sanctions, imposed on Tuesday, ...", « Ces sanctions, décidées le 3 mars, ... »):
# the day of that round's listings, told before to a month that holds it
_ROUND_TOLD = re.compile(
    r"(?i)^\W{0,3}(?:the|these|those|such|les|ces)\s+(?:[\w-]+\s+)?(?:measures|sanctions|restrictions|designations|"
    r"mesures|désignations)\s*,\s*(?:announced|imposed|adopted|unveiled|decided|taken|issued|annoncée?s|"
    r"imposée?s|adoptée?s|décidée?s|dévoilée?s|prises|publiée?s)\s+[^,]{2,40},"
)
_TOLD_TYPE = {
    "designation": "designation", "listing": "designation", "blacklisting": "designation",
    "désignation": "designation", "inscription": "designation",
}


# a sentence that tells the day of a court's act or a filing told just before, by its noun
# and a verb of issuing or filing: "The judgment was handed down on Wednesday", "The order,
# issued Tuesday, ...", « L'arrêt a été rendu mercredi », « La requête a été introduite le 1er
# décembre »
_DAY_OF_TOLD = re.compile(
    r"(?i)^\W{0,3}(?:the|this|that|its|his|her|their|la|le|l['’]|cette|ce|cet|sa|son|leur)\s*(?:[\w-]+\s+)?"
    r"(?P<noun>judg(?:e)?ment|ruling|order|injunction|decision|arrêt|jugement|ordonnance|décision|"
    r"suit|lawsuit|complaint|petition|application|plainte|recours|requête)\b\s*,?\s*"
    r"(?:(?:was|were|had\s+been|has\s+been|a\s+été|avait\s+été|est|fut)\s+)?(?:(?:also|only|finally|aussi|finalement)\s+)?"
    r"(?:handed\s+down|issued|delivered|rendered|announced|filed|lodged|brought|submitted|dated|came|"
    r"rendue?|prononcée?|annoncée?|déposée?|introduite?|intervenue?|tombée?|datée?|est\s+tombée?)\b"
)
_COURT_NOUNS = ("judgment", "judgement", "ruling", "order", "injunction", "decision", "arrêt", "jugement",
                "ordonnance", "décision")


def refine_told_event(sent: str, lang: str, published: PartialDate | None, events: Sequence[_Dated],
                      since: int | None = None) -> None:
    """"Xiaomi sued last week ... The suit, filed March 15, asks ...": a later sentence that
    names an event already told, by its noun, with a more precise date that agrees with
    the one it had, gives that event its precise date (a reader refines, not adds). A
    court's act or a filing told undated, in the sentences from ``since`` on, takes the day
    the next sentence gives it by its noun and a verb of issuing or filing ("The judgment
    was handed down on Wednesday", « La requête a été introduite le 1er décembre »)."""
    told = _DAY_OF_TOLD.match(sent)
    if told is not None and since is not None:
        noun = told["noun"].lower()
        kinds = ("vacatur", "injunction", "ruling") if noun in _COURT_NOUNS else ("legal_challenge",)
        days = [d.date for d in find_dates(sent, lang, published)
                if d.date is not None and not d.deadline and d.modifier != "future"]
        if len(days) == 1:
            last = next((e for e in reversed(events) if e.type in kinds), None)
            if last is not None and last.date is None and last.position >= since:
                same = [e for e in events if e.type == last.type and e.date is None and e.position == last.position]
                for e in same:
                    e.date = days[0]
                return
    # a told event by its noun, or a round by its measures' noun and participle ("The
    # measures, announced on 22 October, ..."): the day counts only before the round's comma
    rnd = _ROUND_TOLD.match(sent)
    m = rnd or _TOLD_BEFORE.match(sent)
    if m is None:
        return
    typ = "designation" if rnd is not None else _TOLD_TYPE.get(m["noun"].lower(), "legal_challenge")
    days = [d.date for d in find_dates(sent, lang, published)
            if (rnd is None or d.start < m.end()) and d.date is not None and d.date.precision == "day"
            and not d.deadline and d.modifier != "future"]
    last = next((e for e in reversed(events) if e.type == typ), None)
    if len(days) != 1 or last is None or last.date is None or last.date == days[0] \
            or not last.date.contains(days[0]):
        return
    # (the event's parties told together, one act: each takes the day)
    for e in [e for e in events if e.type == typ and e.position == last.position and e.date == last.date]:
        e.date = days[0]


# words of the acts an article tells: a sentence with none of them, no trigger and no
# authority that acts tells another thing ("a meeting took place on 21 May", "the premier
# said on Monday that his country is ready to cooperate"), and its day is not the news of
# the day
_ACT_WORD = re.compile(
    r"(?i)\b(?:sanction\w*|lists?|listes?|listings?|blacklist\w*|designat\w*|désign\w*|decisions?|décisions?|"
    r"measures?|mesures?|orders?|ordonnance|décret\w*|decree|resolution|résolution|notice|avis|rul(?:e|ing)s?|"
    r"court|tribunal|cour|judge|juge|appeal|recours|licen[cs]es?|embargo|ban(?:s|ned)?|interdi\w*|freez\w*|gel\w*|"
    r"frozen|asset\w*|avoirs|entit(?:y|ies)|entités?|companies|sociétés|entreprises|firms?|"
    r"statement|communiqué|déclaration|release|annonc\w*|announc\w*|action|restrict\w*|frapp\w*|cibl\w*|target\w*|"
    r"vis(?:e|ent|ée?s?)|puni\w*|punish\w*|hit|struck|strikes?|acte|act(?:ed|ion)?)\b"
)


# a past perfect in the date's own clause, before it ("said he had discussed it with X on
# Tuesday", "qui avait rencontré X lundi"): the day of a thing before the news
_PAST_PERFECT_BEFORE = re.compile(r"(?i)\b(?:had|avait|avaient)\b[^;.]{0,80}$")


# the label of the page's own date line, opening the page ("date 2019-06-22", "Date: 3 May
# 2021", "Dated 3 May", « Date : 3 mai 2021 »): the day the page was stamped, not one its story tells
_PAGE_LABEL = re.compile(r"(?i)\W{0,3}dated?\s*:?\s*")
# a sentence of the story's prose ends on its stop; the page's headline, byline, author's name,
# section label and photo credit do not ("By Jane Roe", "(Photo: X/Agency)")
_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|[\"”»]\s*$")
_NEWS_DAY_OPENING = 7  # sentences of prose where the opening may give the day of the news


def page_label(text: str, d: DateMention) -> bool:
    """The date opens the page's first line after the label of a date line ("date 2019-06-22
    WASHINGTON - ...", "Date: 3 May 2021 The ministry ..."): the page's stamp, which dates no
    act its first sentence tells."""
    return _PAGE_LABEL.fullmatch(text, 0, d.start) is not None


def _date_line(text: str, d: DateMention) -> bool:
    """The line is a date and a short label at most ("22 December 2025", "Publié le 3 mai"):
    the page's or the document's printed date (``printed_date``), no day its story tells."""
    line = text.strip()
    return len(line) <= _PRINTED_LINE and not line.endswith(".") and len(line) - len(d.text) <= _PRINTED_LABEL


def _opening(sents: list[Sentence], prose: int) -> list[tuple[int, Sentence]]:
    """The page's opening: its first ``prose`` sentences of prose with the lines of page
    furniture among them (a headline, a byline, a date line, an author's name, a caption's
    credit), which are read but not counted: a page that repeats its headline and names its
    author before the lede still opens on the lede's sentences."""
    out: list[tuple[int, Sentence]] = []
    told = 0
    for si, sent in enumerate(sents):
        if told >= prose or si >= 3 * prose:
            break
        out.append((si, sent))
        told += bool(_PROSE_END.search(sent.text))
    return out


def news_day(
    sents: list[Sentence], lang: str, published: PartialDate | None, release: bool = False
) -> tuple[PartialDate, int, int] | None:
    """The day of the news: a day within a week of publication that the article's first
    sentences give ("a frappé lundi", "said on Friday"), with the last sentence that may
    still tell that day's action and the sentence that gives it; None when the opening gives no such day (or the
    publication date is known only to the year). A page that shows no date takes the full
    date its opening gives an act ("On 3 February 2025, the treasury announced ..."). A page dated only by its month takes a
    full date of that month the opening writes out (its weekdays stay unresolved). An
    official's "today" quoted on a page not the authority's own (``release``) gives no
    day of the news: the words were spoken on a day the page does not tell, so the acts
    the page tells outside the quote take none from it (the quote's own words keep
    their "today": ``quoted_today``)."""
    if published is not None and published.precision == "year":
        return None
    stamped: tuple[PartialDate, int, int] | None = None
    for si, sent in _opening(sents, _NEWS_DAY_OPENING):
        if _MARKET_MOVE.search(sent.text) or _BYLINE_LINE.match(sent.text):
            continue  # (a byline's date is the page's: "By Jane Roe | Jan. 28, 2019 at 5:20 PM")
        head = DATELINE.match(sent.text)
        for d in find_dates(sent.text, lang, published):
            if not release and _quoted_today_word(sent.text, d) or tally_date(sent.text, d) or reported_day(sent.text, d):
                continue  # (an official's "today", quoted: the day of the words, not the page's)
            if si == 0 and page_label(sent.text, d):
                # ("date 2019-06-22 WASHINGTON - ...": the page's date line, the day of the news
                # only when the story tells none of its own)
                stamped = (d.date, _day_told_until(sents, si, lang, published, d.date), si) \
                    if d.date is not None and d.date.precision == "day" else None
                continue
            if _date_line(sent.text, d) or in_earlier_clause(sent.text, d):
                continue  # ("22 December 2025" on a line of its own: the page's date line)
            stamp = _STAMP.search(sent.text[max(0, d.start - 25) : d.start])
            if stamp is not None and (_AUTHORITY_PAPER.search(sent.text[max(0, d.start - 60) : d.start - 25 + stamp.start()])
                                      or _PUBLISHED_BY.search(sent.text[max(0, d.start - 40) : max(0, d.start - 25) + stamp.start()])):
                stamp = None  # "in a statement published Thursday", "a statement the ministry published Friday"
            if head and d.start < head.end() or stamp is not None:
                continue
            if d.date is not None and d.date.precision == "day" and d.modifier != "future" \
                    and not d.deadline and recent(d.date, published) \
                    and (head or si == 0 or find_triggers(sent.text, lang)
                         or (_ACT_WORD.search(sent.text) or authority_spans(sent.text, lang))
                         and not _PAST_PERFECT_BEFORE.search(sent.text[: d.start])):
                return d.date, _day_told_until(sents, si, lang, published, d.date), si
    if stamped is not None:
        return stamped
    if published is not None and published.precision == "month":
        return _news_month(sents, lang, published)
    return None


# an act told as done now: "today", "effective immediately", "with immediate effect",
# « aujourd'hui », « avec effet immédiat »
_NOW = re.compile(
    r"(?i)\b(?:today|aujourd['’]\s*hui|effective\s+immediately|with\s+immediate\s+effect|"
    r"(?:avec|à)\s+effet\s+immédiat|(?:prend|prennent)\s+effet\s+immédiatement)\b"
)
# a verb of saying right before it: the words' day, not the act's ("said today that ...",
# « a fait savoir aujourd'hui que »)
_SAID_NOW = re.compile(
    r"(?i)\b(?:said|says|told|stated|declared|noted|added|dit|déclaré|indiqué|précisé|affirmé|ajouté|"
    r"fait\s+savoir)\s*,?\s*$"
)


def _news_month(sents: list[Sentence], lang: str, published: PartialDate) -> tuple[PartialDate, int, int] | None:
    """On a page dated only by its month, an opening sentence that tells its act as done
    now ("today", "effective immediately") gives the month of the news: "today" lies in
    the month of publication, its day is not told (a weekday there stays unresolved). Not
    when the word is inside a quotation or is the day of someone's words, nor when the
    sentence tells no act of its own (a trigger not told as background)."""
    for si, sent in enumerate(sents[:OPENING_SENTENCES]):
        now = _NOW.search(sent.text)
        if now is None or _inside_quote(sent.text, now.start()) \
                or _SAID_NOW.search(sent.text, 0, now.start()):
            continue
        if any(not past_ago(sent.text[: t.end]) for t in find_triggers(sent.text, lang)):
            month = PartialDate(published.year, published.month)
            return month, _day_told_until(sents, si, lang, published, month), si
    return None


def printed_date(sents: list[Sentence], lang: str, published: PartialDate | None) -> tuple[PartialDate, int, int] | None:
    """The document's own printed date: a short line of the opening that is a date ("14
    March 2023", "Publié le 3 février 2023"), at most three months before the page's date
    (a notice stored or re-dated later), with the last sentence of the opening it dates.
    A notice is written on its day: its "today", weekdays and listed parties count from
    it. Not a sentence that holds a date ("Les mesures entrent en vigueur le 20 décembre.").
    A page without a publication date takes its byline's date ("By Jane Roe | Jan. 28,
    2019 at 5:20 PM"), only that."""
    pub = published.as_date() if published is not None else None
    if pub is None and published is not None:
        return None
    for si, sent in enumerate(sents[:8]):
        found = find_dates(sent.text, lang, published)
        if len(sent.text) > _PRINTED_LINE or len(found) != 1 or sent.text.rstrip().endswith("."):
            continue
        # a page without a date: its byline's date ("By Jane Roe | Jan. 28, 2019 at 5:20 PM")
        line = sent.text.rstrip()
        byline = pub is None and _BYLINE_HEAD.fullmatch(line[: found[0].start].strip()) is not None \
            and _BYLINE.fullmatch(line[found[0].end :]) is not None
        if not byline and len(sent.text.strip()) - len(found[0].text) > _PRINTED_LABEL:
            continue
        d = found[0]
        day = d.date.as_date() if d.date is not None and d.kind == "abs" else None
        if day is None or d.date is None or d.deadline or pub is not None and not 0 <= (pub - day).days <= 92 \
                or pub is None and not byline:
            continue
        until = si
        while until + 1 < len(sents) and sents[until + 1].start < _PRINTED_REACH:
            until += 1
        return d.date, until, si
    return None


def anchor_date(sents: list[Sentence], si: int, lang: str, published: PartialDate | None) -> PartialDate | None:
    """The last date the article gave before sentence ``si`` (for "the same day", "that year").
    On a page that shows no date, not an end told ahead ("runs until 16 February 2020"): the
    writing lies before it, an act told without a year need not lie in its year."""
    for prev in reversed(sents[max(0, si - 12) : si]):
        found = [d.date for d in find_dates(prev.text, lang, published) if d.date and d.kind != "same_day"
                 and not (published is None and (d.deadline or incidental_date(prev.text, d, lang)))]
        if found:
            return found[-1]
    return None


def incidental_date(sent: str, d: DateMention, lang: str) -> bool:
    """The date tells when a fact beside the story happened: it lies in the main clause of
    a sentence that tells no act the reader reads, past its opening words ("He was accused
    of funding raids in 2017", "The firm was founded in 1998", « Il avait fui le pays en
    2015 »). On a page that shows no date, such a date sets no year for a day told later
    without one ("In July, the ministry froze ..."): the writer's time is not that of a
    person's past. A date that frames what follows still does: one that opens its sentence
    ("In 2023, the agency ...", « Le premier trimestre 2024 fut chargé »), one that names a
    season or a part of a year ("busy in the spring of 2023"), one in a clause of time or
    cause set before the main clause ("After the coup in February 2021, ..."), and an act's
    own date ("The Council sanctioned X on 5 March 2023")."""
    if _FRAME.fullmatch(sent, 0, d.start) or in_earlier_clause(sent, d) or _PERIOD.search(d.text) \
            or _FRONTED.fullmatch(sent, 0, d.start) and _FRONTED_END.match(sent, d.end):
        return False
    return not find_triggers(sent, lang)


# the opening words of a sentence before a date that frames it ("In 2023, ...", "During
# March 2024 the ministry ...", « Le premier trimestre 2024 fut chargé »)
_FRAME = re.compile(r"(?i)\W*(?:[\w'’-]+\s+){0,4}")
# an adverbial of time set before the main clause, up to its comma ("After the coup in
# February 2021, ...", "Following the vote in May 2019, ...", « Après le coup d'État de
# février 2021, », « Depuis l'invasion de février 2022, »)
_FRONTED = re.compile(
    r"(?i)\W*(?:after|following|since|before|during|amid|until|upon|après|depuis|avant|lors|pendant|dès|"
    r"à\s+la\s+suite)\b[^,;:.]*"
)
_FRONTED_END = re.compile(r"[^,;:.]*,")
# a season or a part of a year names a period the story runs in, not the day of a fact
# ("the authorities were busy in the spring of 2023", « au premier semestre 2023 »)
_PERIOD = re.compile(
    r"(?i)\b(?:spring|summer|autumn|fall|winter|half|quarter|printemps|été|automne|hiver|semestre|"
    r"trimestre)\b|\bQ[1-4]\b"
)


def later_anchor(sents: list[Sentence], si: int, lang: str) -> PartialDate | None:
    """On a page that shows no date, for sentence ``si`` that no earlier date anchors: the
    year of the first full end date (a month with its year the act runs to) told in the sentences after it, or
    the year before when a yearless day of the sentence would fall after that date ("On 12
    April, the treasury issued a general licence ... It runs until 30 June 2023": 2023;
    "On 20 December ... It runs until 15 January 2026": 2025). None when no later sentence
    gives one, or when an earlier sentence gave a date (``anchor_date`` decides then)."""
    if any(d.date and d.kind != "same_day" for prev in sents[max(0, si - 12) : si]
           for d in find_dates(prev.text, lang, None)):
        return None
    for nxt in sents[si + 1 : si + 1 + _LATER_REACH]:
        # (only a day ahead of the act: the end it runs to, "until 30 June 2023"; a past
        # date of another act told after it, "after he left office in May 2012", or a
        # span's end, "the period from 1 March 2022 to 15 May 2023", fixes no year)
        found = [d.date for d in find_dates(nxt.text, lang, None)
                 if d.kind == "abs" and d.date is not None and d.date.month is not None
                 and _OWN_YEAR.search(d.text) and d.deadline and not _SPAN_END.search(nxt.text[: d.start])]
        if not found:
            continue
        later = found[0]
        own = [d.date for d in find_dates(sents[si].text, lang, None, PartialDate(later.year))
               if d.date is not None and d.date.month is not None]
        late = any((d.month or 0, d.day or 0) > (later.month or 0, later.day or 0) for d in own)
        return PartialDate(later.year - 1 if late else later.year)
    return None


_LATER_REACH = 6  # sentences after a yearless day where its year may still be told
_SPAN_END = re.compile(r"(?i)\b(?:du|from|between|entre)\s+[^,;()]{3,40}?\s+(?:au|to|and|et|through)\s*$")


def past_act_anchor(sents: list[Sentence], si: int, lang: str, dated: Sequence[tuple[int, PartialDate | None]]) -> bool:
    """On a page that shows no date, the last date before sentence ``si`` is a past act's
    told in passing, to the month or the year and with a year of its own ("X was added to
    the list in October 2001"): history, no time of the story, so a month told later
    without a year ("In July the committee removed Y") takes no year from it. ``dated``
    holds the (position, date) of the listings and removals read so far: the date must be
    one of theirs, in that sentence. A day ("removed X on 5 October 2012") is the story's
    own, a date told with no act read ("March 2023 was a busy month") frames the page, and
    a month that writes no year ("the mid-January round") borrowed the story's: all still
    give their year."""
    for prev in reversed(sents[max(0, si - 12) : si]):
        found = [d for d in find_dates(prev.text, lang, None) if d.date and d.kind != "same_day"]
        if found:
            last = found[-1]
            return last.date is not None and last.date.precision != "day" \
                and _OWN_YEAR.search(prev.text, last.start, last.end) is not None \
                and any(prev.start <= pos < prev.end and date == last.date for pos, date in dated)
    return False


# a date that writes its own year (a month borrowing the page's year, "mi-janvier", is the
# story's)
_OWN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


# a pasted page's own publication line: "Publié le 5 mai 2021 à 10h32", "Published on May 5,
# 2021", "Date de publication : 05/05/2021", "By Jane Roe | Posted March 3, 2024" (an update
# line is not the publication: a page updated days later would move "hier" with it)
_PUBLICATION_LINE = re.compile(
    r"(?im)^[^\S\n]*(?:[^\n|•]{0,40}[|•][^\S\n]*)?(?:first\s+)?(?:publié|publiée|published|posted|"
    r"date\s+de\s+publication|mis\s+en\s+ligne)\b[^\S\n]*(?:le|on|:)?[^\S\n]*:?[^\S\n]*(?P<rest>[^\n]{4,90})$"
)


def page_stamp(text: str, lang: str) -> PartialDate | None:
    """The publication day a page prints in its opening lines ("Publié le 5 mai 2021",
    "Published on May 5, 2021"), for a page given without one: a date the page shows is
    evidence of when it was written. Only a full date right after the label counts; a
    sentence that tells something published ("The rule was published on ...") does not."""
    for m in _PUBLICATION_LINE.finditer(text[:_PRINTED_REACH]):
        rest = m["rest"]
        found = [d for d in find_dates(rest, lang, None)
                 if d.kind == "abs" and d.date is not None and d.date.precision == "day"]
        if found and found[0].start <= 12 and len(rest) - found[0].end <= 40:
            return found[0].date
    return None


# an act whose subject is a legal text told before by a demonstrative ("Ce décret plaçait
# X sur la liste", "This order blocked X", "The decree named X"): the text's own day, as a
# sentence before gave it with the same noun ("signed the decree on 6 March")
_TEXT_NOUN = (r"(?:décret(?:\s+(?:exécutif|présidentiel))?|ordonnance|arrêté|règlement|"
              r"(?:executive\s+)?order|decree|regulation|proclamation)")
_TEXT_SUBJECT = re.compile(r"(?i)^\W*(?:ce|cet|cette|this|that|the|le|l['’])\s*(?P<noun>" + _TEXT_NOUN + r")\b")
_TEXT_TOLD = re.compile(r"(?i)\b" + _TEXT_NOUN + r"\b")
_TEXT_REACH = 2  # sentences back


def text_day(sents: list[Sentence], si: int, lang: str, published: PartialDate | None) -> PartialDate | None:
    """The day of the legal text an act is told by, when the sentence opens with that text
    as its subject by a demonstrative or a definite article, and one of the two sentences
    before names a text of the same kind with exactly one full date (its signature or
    adoption). None when the date before is not to the day, when it gives two dates (which
    is the text's is not told), or when no sentence before names the text."""
    m = _TEXT_SUBJECT.match(sents[si].text)
    if m is None:
        return None
    for prev in reversed(sents[max(0, si - _TEXT_REACH) : si]):
        if not _TEXT_TOLD.search(prev.text):
            continue
        found = [d for d in find_dates(prev.text, lang, published)
                 if d.date is not None and d.kind != "same_day" and not d.deadline]
        if len(found) == 1 and found[0].modifier != "future" and found[0].date is not None \
                and found[0].date.precision == "day":
            return found[0].date
        return None
    return None


def untold_time(sent: str, lang: str, published: PartialDate | None) -> bool:
    """The sentence names a month or a weekday that no date it gives covers: a time of its
    own that the reader cannot resolve ("à la mi-octobre" or "on Tuesday" on a page that
    shows no date, « mercredi » on a page dated only by its month). It takes no other day
    (the lede's, the news day's): its act happened on a day the page does not tell."""
    covered = [(d.start, d.end) for d in find_dates(sent, lang, published)]
    return any(not any(a <= m.start(m.lastgroup or 0) < b for a, b in covered)
               and not _YEAR_AFTER.match(sent, m.end()) for m in _CALENDAR_WORD.finditer(sent))


# a year right after the name ("juillet 2014", "March 3, 2021"): a time told in full, that
# a span or another reading may have taken ("les mois de mai 2018-août 2019")
_YEAR_AFTER = re.compile(r"[\s,]*(?:\d{1,2}(?:er|st|nd|rd|th)?,?\s*)?(?:1[89]|20)\d\d\b")


def _calendar_words(code: str) -> str:
    # a pack's weekday and full month names
    pack = PACKS[code]
    full = [k for k, n in pack.months.items() if len(k) == max(len(j) for j, o in pack.months.items() if o == n)]
    return "|".join(sorted({*pack.weekdays, *full}, key=len, reverse=True))


# a month or weekday named as a time: in English capitalised after a word of time ("on
# Tuesday", "in mid-June", "last March", not the modal "may" nor "the Sunday Times"); in
# French in either case, bare or after "mi-" (« mardi », « à la mi-octobre »)
_CALENDAR_WORD = re.compile(
    r"\b(?:on|in|last|this|next|since|early|late|mid|by|until|from|during)[\s\-‑]+(?:the\s+)?"
    r"(?P<w>(?:" + _calendar_words("en").title() + r"))\b"
    r"|(?<![\w])(?:mi[\-‑])?(?P<w2>(?i:" + _calendar_words("fr") + r"))(?![\w])"
)
