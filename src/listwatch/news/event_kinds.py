"""Which kind of event a trigger tells once its sentence is read: a removal a court
brought about is court relief (an injunction, or a vacatur when final); "a similar
victory" is the article's last court decision again; a market's delisting of shares is
no list removal (``MARKET``, ``DELIST_WORD``)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .lang import LISTING_ACTS
from .lang.court_verdicts import decided_for, party_won
from .sentences import Sentence
from .triggers import Trig as _Trig

if TYPE_CHECKING:
    from .legal_event import Event

COURT_TYPES = ("injunction", "vacatur")
# a market that lists shares: its delistings are no list removal
MARKET = re.compile(
    r"(?i)\b(?:de\s+la\s+cote|Nasdaq|NYSE|New\s+York\s+Stock\s+Exchange|stock\s+exchange|Bourse|"
    r"(?:American\s+)?depositary\s+(?:shares|receipts)|ADRs?|ADSs?|stock\s+market)\b"
)
DELIST_WORD = re.compile(r"(?i)\b(?:de-?list\w*|radi\w+)")
LIST_WORD = re.compile(r"(?i)\b(?:list|blacklist|liste|SDN|sanctions)\b")
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


# the challenge a court relief answered, told with it ("après une contestation réussie",
# "after a successful challenge")
CHALLENGE_WON = re.compile(
    r"(?i)\b(?:contestation\s+réussie|recours\s+victorieux|contesté\w*\s+avec\s+succès|successful\s+(?:legal\s+)?challenge)\b"
)
_LONE_JUDGE = re.compile(r"(?i)\b(?:judge|juge|magistrat|magistrate)\b(?!s)")
_EU_COURT = re.compile(r"(?i)\bGeneral\s+Court\b|\bTribunal\s+de\s+l['’](?:UE|Union)|\bTribunal\s+général\b|\bCourt\s+of\s+Justice\b|\bCJUE\b|"
                       r"\bCour\s+(?:européenne\s+)?de\s+justice\b|\bEuropean\s+Court\s+of\s+Justice\b|\bCJEU\b|\bECJ\b|"
                       r"\b(?:EU|European\s+Union)(?:['’]s)?\s+(?:(?:top|highest|second-highest|lower|general)\s+)?court\b|"
                       r"\bCourt\s+of\s+General\s+Jurisdiction\b|\bjustice\s+européenne\b|"
                       # (the Union's courts by their seat: "the Luxembourg court", « les juges de
                       # Luxembourg », « la Cour de Luxembourg »)
                       r"\b(?:Luxembourg|Luxemburg)[-\s](?:based\s+)?(?:court|judges)\b|"
                       r"\b(?:tribunal|cour|juges?|justice)\s+(?:de\s+première\s+instance\s+)?(?:de|du)\s+Luxembourg\b")


# a removal told as the outcome of a won case, with no court named ("retiré de la liste
# suite à une victoire judiciaire", "removed from the list after a court victory")
_COURT_WIN = re.compile(
    r"(?i)\b(?:(?:à\s+la\s+)?suite\s+(?:à|d['’])\s*une|après\s+une|grâce\s+à\s+une)\s+(?:\w+\s+)?"
    r"(?:victoire\s+(?:judiciaire|en\s+justice|devant\s+(?:la|le|les)\s+(?:justice|juges?|tribunal|tribunaux|cour))|"
    r"contestation\s+(?:judiciaire\s+)?réussie|décision\s+de\s+justice)|"
    r"\b(?:after|following)\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:court|legal|judicial)\s+(?:victory|win)\b|"
    r"\b(?:after|following)\s+(?:winning|a\s+successful)\s+(?:(?:a|an|its|his|her|their)\s+)?(?:court\s+case|case|appeal|lawsuit|legal\s+challenge|challenge)\b"
)
# (not another party's win: "following a court victory by his brother")
_OTHERS_WIN = re.compile(r"(?i)\s+(?:by|of|de|d['’])\s*(?:his|her|its|their|son|sa|ses|leur|another|other|un|une)\b")


# the author of the measures a court undoes, told after them
_MEASURE_AUTHOR = re.compile(
    r"(?i)\b(?:imposed|adopted|taken|decided|ordered|imposée?s?|adoptée?s?|prise?s?|décidée?s?|ordonnée?s?)\s+"
    r"(?:by|par)\s+(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?$"
)


def court_relief(t: _Trig, sent: Sentence, spans: list[tuple[int, int, str]]) -> _Trig:
    """A removal a court or judge brought about is court relief, not an agency's delisting
    ("un retrait obtenu ... après une décision d'un juge", "the court lifted the
    designation"): an injunction when it is temporary or not said to be final, a vacatur
    when final."""
    if t.event != "removal":
        return t
    win = _COURT_WIN.search(sent.text, t.end)
    if win and not _OTHERS_WIN.match(sent.text, win.end()) and not _TEMPORARY.search(sent.text):
        return replace(t, event="vacatur")
    # (a court's name inside a longer one is that court: a filing lodged before a named
    # district court has one addressee, not an addressee and a "Court" acting after it)
    inner = {(a, b) for a, b, _n in spans if any(c <= a and b <= d and (c, d) != (a, b) for c, d, _m in spans)}
    local = [(a - sent.start, n) for a, b, n in spans if sent.start <= a < sent.end and (a, b) not in inner]
    # (an authority told inside the trigger's words owns the measure undone, it does not act:
    # "the judges scrapped the EU's asset freeze on X")
    local = [(a, n) for a, n in local if not t.start < a < t.end]
    # (nor one told as the author of the measures after them: "lifted the restrictions
    # imposed by the Council on X", « lever les restrictions imposées par l'Union à X »)
    local = [(a, n) for a, n in local if not (a > t.end and _MEASURE_AUTHOR.search(sent.text[max(t.end, a - 30) : a]))]
    by_court = [a for a, n in local if ("Court" in n or n == "court") and a > t.end
                and _BY_COURT.search(sent.text[max(t.end, a - 30) : a])
                and not re.search(r"[.;]", sent.text[t.end : a])]
    if by_court and len(sent.text[t.end : by_court[0]]) <= 60:
        # "ont vu leurs sanctions levées par le Tribunal": the court lifted them, whoever
        # else the sentence names
        local = [(a, n) for a, n in local if "Court" in n or n == "court"]
    if not local or not all("Court" in n or n == "court" for _a, n in local):
        return t
    agent = [
        a for a, _n in local
        if a < t.start and not _ADDRESSEE.search(sent.text[max(0, a - 25) : a])
        or a > t.end and _BY_COURT.search(sent.text[max(t.end, a - 30) : a])
    ]
    if not agent:
        return t  # "told the court that a removal would be appropriate"
    # (a court that "cancels" the sanctions undoes them: « annule », "canceled")
    # (and so does one that abolishes, quashes or scraps them: « supprime », « abroge »)
    final = re.search(r"(?i)\b(?:final|définiti\w+|vacat\w*|annul\w*|set\s+aside|revers(?:ed|es|al)|overturn\w*|"
                      r"struck\s+down|invalid\w*|infirm\w*|cancel\w*|abolish\w*|quash\w*|scrap\w*|supprim\w*|abrog\w*|mis\s+(?:fin|un\s+terme))\b", sent.text)
    if (final or _EU_COURT.search(sent.text)) and not _TEMPORARY.search(sent.text):
        return replace(t, event="vacatur")
    return replace(t, event="injunction")


def resolve_similar(t: _Trig, events: list[Event], sent: Sentence) -> _Trig | None:
    """"a similar victory", "une décision similaire", "a obtenu gain de cause": a court
    decision of the same type as the article's last one (and so is a court's decision for
    the party told without its relief, ``court_verdicts.decided_for``, when that one is an
    injunction) (an injunction by default, when
    the sentence names a court); with no court decision told before and no court's word
    in the sentence, the similar act is an authority's ("a day after a similar decision
    was taken by the Security Council"): none. None drops the trigger."""
    if t.event == "vacatur" and decided_for(sent.text[t.start : t.end]):
        # a court's decision for the party told without its relief ("the judge sided with
        # X", « a donné raison à X »): an injunction in a sentence of interim relief, by a
        # lone judge outside the Union's courts ("Judge X sided with Y", « le juge X a donné
        # raison à Y »), or when the court's relief the article told last is one; else a
        # vacatur
        last = next((e.type for e in reversed(events) if e.type in COURT_TYPES), None)
        lone = _LONE_JUDGE.search(sent.text) is not None and _EU_COURT.search(sent.text) is None
        return replace(t, event="injunction") if last == "injunction" or lone or _TEMPORARY.search(sent.text) else t
    if t.event != "similar":
        return t
    typ = next((e.type for e in reversed(events) if e.type in COURT_TYPES), None)
    if typ is None and not _COURT_WORD.search(sent.text):
        return None
    return replace(t, event=typ or "injunction")


# a court's words anywhere in the sentence: a relief needs one
_COURT_WORD = re.compile(
    r"(?i)\b(?:court|tribunal|tribunaux|cour|judges?|juges?|justice|judicial|judiciaire|arrêt|judgment|jugement|"
    r"ruling|panel|juridiction|magistrat\w*|appeals?|appel|recours|plainte|lawsuit|suit|référé)\b"
)
# a government or an agency as the subject of the act, named just before it ("La
# Turquie a annulé", "la Maison-Blanche avait suspendu", "Washington rescinded")
_ACTOR_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:et|and|[Mm]ais|[Bb]ut|puis|then)\s+)(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Tt]he)\s*)?"
    # (a government told by its noun and its head's name: « l'administration X », "the X
    # administration", « le gouvernement X »)
    r"(?:(?:administration|gouvernement|government)\s+(?=[A-ZÀ-Ý]))?"
    r"(?!(?:Il|Ils|Elle|Elles|On|Ce|Cette|Celle|Celui|It|He|She|They|This|That)\b)[A-ZÀ-Ý][\w'’.-]+(?:[\s-]+(?:[A-ZÀ-Ý][\w'’.-]+|de|du|des|of|the))*"
    r"(?:\s+(?:administration|government))?"
    r"(?:\s*,[^,;]{1,40},)?\s+(?:(?:a|ont|avait|avaient|have|has|had|also|aussi|également|déjà|already|then|alors|"
    # (a day told between: "the Treasury on Monday suspended", « a suspendu lundi » is after)
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|hier|"
    r"à\s+son\s+tour|à\s+leur\s+tour|,|[«“\"])\s*)*$"
)
_UNDONE = re.compile(
    r"(?i)\W*(?:\w+\s+){0,4}?(?:l['’]|les?\s+|la\s+|des\s+|the\s+|its\s+)?(?:sanctions?|mesures?|listing|designation|inscription|désignation|gel|freeze|"
    r"restrictions?|interdiction|ban|décision|decision)\b"
)


# a listing in force as what is suspended (not a decision yet to be taken)
_LISTING_UNDONE = re.compile(
    r"(?i)\W*(?:[\w-]+\s+){0,4}?(?:l['’]|les?\s+|la\s+|the\s+|its\s+|sa\s+|son\s+|leurs?\s+)?"
    r"(?:inscription|listing|designation|désignation|sanctions|gel|(?:asset\s+)?freeze)\b"
)


def agency_act(t: _Trig, sent: Sentence) -> _Trig | None:
    """A court's word said by a government or an agency, in a sentence that names no
    court: "La Turquie a annulé des sanctions" is a removal (no vacatur), and so is "L'UE
    avait suspendu l'inscription de X" (its own listing lifted), and so is an agency's
    annulment of its own designation told by a court's noun; "la Maison-Blanche avait
    suspendu la décision" is no event (an act put off, not a court's relief); None drops
    the trigger."""
    if t.event not in COURT_TYPES or _COURT_WORD.search(sent.text):
        return t
    if _SUSPEND.match(sent.text, t.start) and (
            _FOR_A_PERIOD.match(sent.text, t.end) or _PERIOD_BEFORE.search(sent.text[max(0, t.start - 30) : t.start])
            or _IN_PART.search(sent.text[max(0, t.start - 20) : min(len(sent.text), t.end + 40)])
            or _TO_ALLOW.search(sent.text, t.end, min(len(sent.text), t.end + 160))) \
            and _SANCTIONS_NEAR.search(sent.text, t.end, min(len(sent.text), t.end + 80)):
        # "suspended the sanctions on X for 180 days", « la suspension pendant six mois des
        # sanctions visant X »: a waiver for a time, no removal; and so are sanctions suspended
        # in part ("partially suspended", « une suspension partielle des sanctions », "some
        # of the sanctions") or so that dealings go on ("to allow", « afin de permettre »)
        return replace(t, event="license")
    if t.event == "vacatur" and _AGENCY_NAMED.search(sent.text) and _DESIGNATION_UNDONE.match(sent.text, t.end):
        # "OFAC amends its rules to give effect to the rescission of X's designation", « afin
        # d'appliquer l'annulation, décidée par le Trésor, de l'inscription de X »: the agency undoes its own act
        return replace(t, event="removal")
    if not _ACTOR_BEFORE.search(sent.text[: t.start]):
        return t  # "Il a annulé ...": who "il" is, another sentence says
    if t.event == "vacatur" and party_won(sent.text[t.start : t.end]):
        return t  # "X won a case over its listing": the subject is the party, no authority
    if not _UNDONE.match(sent.text, t.end) and not _UNDONE.match(sent.text[t.start : t.end].split(None, 1)[-1]):
        return t
    if t.event == "vacatur" or _LISTING_UNDONE.match(sent.text, t.end):
        # "L'UE avait « suspendu » l'inscription de X": the authority lifted its own listing
        return replace(t, event="removal")
    return None



# sanctions suspended for a time told by the period: after the verb or the noun ("for 180
# days", « pendant six mois », « pour 90 jours »), or before the noun ("a 180-day suspension")
_SUSPEND = re.compile(r"(?i)suspen")
_PERIOD = (r"(?:\d+|un|une|deux|trois|quatre|six|douze|quatre-vingt-dix|cent\s+quatre-vingts|one|two|three|four|six|"
           r"twelve|ninety)")
_FOR_A_PERIOD = re.compile(
    r"(?i)\W*(?:[\w'’-]+\s+){0,4}?(?:pendant|pour|durant|for|during)\s+(?:another\s+|a\s+further\s+|une\s+durée\s+de\s+|"
    r"une\s+période\s+de\s+|a\s+period\s+of\s+)?" + _PERIOD + r"\s+(?:jours|mois|semaines|ans|days|months|weeks|years)\b"
)
_PERIOD_BEFORE = re.compile(r"(?i)\b" + _PERIOD + r"[-\s](?:day|month|week|year)\s+$")
# sanctions suspended in part: "partially suspended", "a partial suspension", "suspended in
# part", "suspended some of", « suspension partielle », « partiellement », « en partie »,
# « certaines (de ses) sanctions »
_IN_PART = re.compile(
    r"(?i)\b(?:partial(?:ly)?|in\s+part|some\s+(?:of\s+(?:the|its|their)\s+)?sanctions|certain\s+(?:of\s+(?:the|its|their)\s+)?sanctions|"
    r"partiel(?:le)?s?|partiellement|en\s+partie|certaines\s+(?:de\s+(?:ses|leurs|ces)\s+)?sanctions)\b"
)
# sanctions suspended so that something may go on: "to allow", "so as to permit", "in order
# to let", « afin de permettre », « pour permettre », « de manière à autoriser »
_TO_ALLOW = re.compile(
    r"(?i)\b(?:(?:in\s+order\s+|so\s+as\s+)?to\s+(?:allow|permit|let|enable|authori[sz]e)|"
    r"(?:afin\s+de|pour|de\s+manière\s+à|de\s+façon\s+à)\s+(?:permettre|autoriser))\b"
)
# an agency that lists, named in a sentence that names no court (a court's word said of its
# act is the agency's undoing)
_AGENCY_NAMED = re.compile(
    r"\b(?:OFAC|BIS|OFSI|FCDO|(?i:Treasury|Trésor|State\s+Department|Département\s+d['’]État|Department\s+of\s+State|"
    r"Commerce\s+Department|Département\s+du\s+Commerce|Department\s+of\s+Commerce|Foreign\s+Office))\b"
)
_DESIGNATION_UNDONE = re.compile(
    r"(?i)\W*(?:of|de|du|des|d['’])?\s*(?:the\s+|la\s+|le\s+|l['’]|its\s+|sa\s+|son\s+)?(?:[\w'’-]+['’]s\s+)?"
    r"(?:designation|listing|inscription|désignation)\b"
)
_SANCTIONS_NEAR = re.compile(r"(?i)\b(?:sanctions?|mesures\s+restrictives|restrictions|embargo)\b")


def resolve_same_act(live: list[_Trig], events: list[Event]) -> list[_Trig]:
    """"a pris une mesure similaire concernant X", "took a similar step on X": the act told
    just before in the sentence (else the article's last listing or removal), taken again
    for other parties; with no such act, nothing."""
    out: list[_Trig] = []
    for t in live:
        if t.event != "same_act":
            out.append(t)
            continue
        before = [o for o in live if o.event in LISTING_ACTS and o.end <= t.start]
        typ = before[-1].event if before else next((e.type for e in reversed(events) if e.type in LISTING_ACTS), None)
        if typ is not None:
            out.append(replace(t, event=typ))
    return out


# a licence named only by when it ends ("the scheduled expiration on February 4 of a general
# license", "l'expiration le 4 février de la licence"): its deadline, no issue
_ENDS_BEFORE = re.compile(
    r"(?i)\b(?:expiration|expiry|échéance)\s+(?:(?:on|le|du)\s+[^,.;]{1,30}?\s+)?(?:of|de|du|d['’])\s*(?:a|an|the|la|le|l['’]|une?)?\s*$"
)


def licence_end(t: _Trig, sent: Sentence) -> _Trig:
    """A licence told by its expiry before it is that expiry's deadline."""
    if t.event == "license" and _ENDS_BEFORE.search(sent.text[max(0, t.start - 60) : t.start]):
        return replace(t, event="deadline")
    return t
