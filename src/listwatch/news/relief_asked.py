"""Relief a party asks a court for: the request is the party's case, not the relief.

"X's preliminary injunction bid", « X avait demandé au juge, au nom de l'urgence et de
son droit de propriété, de suspendre la mesure », "the request to leave the list was
annulled", "the judge denied X's injunction", « le tribunal rejette l'injonction de X »:
the words of an injunction, a vacatur or a removal name what was asked for (or the request
the court threw out or refused), and no court granted it.
The request itself is read by the legal_challenge triggers of the packs."""

from __future__ import annotations

import re

from .lang import RELIEF
from .triggers import TriggerSpan as _Span

# the relief's words followed by the request's noun: "a preliminary injunction bid", "its
# injunction request", "une demande" after « référé-suspension »
_REQUEST_AFTER = re.compile(
    r"(?i)\s*(?:bids?|requests?|motions?|applications?|petitions?|demandes?|requêtes?)\b(?!\s+(?:was|were|has\s+been|had\s+been)\s+granted)"
)
# a verb of asking addressed to a court, whose infinitive is the relief, however long the
# phrase between ("asked the district court, citing the statute ..., to halt", « avaient
# demandé au juge de Lyon, au nom de l'urgence, de suspendre »)
_ASKED_OF_COURT = re.compile(
    r"(?i)\b(?:ask(?:ed|s|ing)|petition(?:ed|s|ing)|urg(?:ed|es|ing)|mov(?:ed|es|ing)|"
    r"demand(?:é|ée|és|ées|e|ait|aient|ent|ant)|sollicit(?:é|e|ait|ent|ant)|réclam(?:é|e|ait|ent|ant)|"
    # (the heads of claim's formula: « prie qu'il plaise à la Cour de suspendre »)
    r"plaise)\s+"
    r"(?:(?:à|au|aux|the|a|la|le|l['’])\s*)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:court|judge|tribunal|juge|juridiction|cour|Conseil\s+d['’](?:É|E)tat)\b"
    r"(?P<between>(?:[^.;]|\.(?=\s+[\da-zà-ÿ])){0,260}?)\b(?:to|de|d['’])\s*$"
)
# a verb of seeking whose object is the relief, or an order or ruling that would give it,
# with nothing but determiners, the order's and the court's words between: "the suit seeks
# a court order removing X", "said it would seek the repeal of its listing", « la plainte
# sollicite du juge une ordonnance radiant X », « sollicite le sursis à l'exécution », «
# réclame l'annulation »: asked, the party's case, no relief
_SOUGHT = re.compile(
    r"(?i)\b(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?|(?:ask|call|press|push|pray)(?:s|ed|ing)?\s+for|"
    r"demand(?:s|ed|ing)|demand(?:e|ent|ait|aient|é|ée|ant)|sollicit(?:e|ent|ait|aient|é|ée|ant)|"
    r"réclam(?:e|ent|ait|aient|é|ée|ant)|vis(?:e|ent|ait|aient|ant)\s+à\s+obtenir)\s+"
    r"(?:(?:a|an|the|its|his|her|their|une?|la|le|les|l['’]|des|du|de|d['’]|of|from|sa|son|ses|leurs?|"
    r"court|courts|tribunal|judge|juge|federal|fédéral|order|orders|ordonnance|ruling|décision|jugement|judgment|"
    r"final|immediate|définitive|immédiate|to|pour|that|qui|ordering|requiring|directing|afin\s+de|visant\s+à)\s*){0,8}$"
)
# a line that opens with the bare verb of relief, an applicant's heads of claim under its
# conclusions or "claims that the Court should:" (« annuler la décision ... », « ordonner
# qu'on efface X des annexes », "annul the decision ...", "order the removal of X"): asked,
# never done (the court's own acts are told in the present: «
# Annule », "Annuls")
_BARE_CLAIM = re.compile(
    r"(?i)^\W*(?:\d{1,2}[.)]\s*|[a-z][.)]\s*)?(?:annuler|suspendre|ordonner|lever|retirer|radier|supprimer|abroger|"
    r"déclarer|constater|enjoindre|annul|suspend|order|lift|remove|vacate|declare|set\s+aside|direct)\b"
)
# (an abbreviation's dot stays inside: « l'article L. 12 »); a clause of its own between
# the asking and the infinitive ("then the judge agreed to", « qui a accepté de ») is not read
_CLAUSE_BETWEEN = re.compile(
    r"(?i)\b(?:which|who|then|after|before|when|while|qui|puis|après|avant|lorsque|quand|"
    r"granted|ordered|ruled|agreed|accepted|decided|a\s+(?:suspendu|ordonné|prononcé|jugé|accepté|décidé))\b"
)
# the request is the subject of the court's verb: "his request to leave the list was
# annulled", « sa demande de suspension a été annulée » (the court threw the request out)
_REQUEST_SUBJECT = re.compile(
    r"(?i)\b(?:applications?|requests?|bids?|motions?|petitions?|demandes?|requêtes?)"
    r"(?:\s+(?:for|to|from|by|de|d['’]|en)\b[^.;,]{0,40}?)?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|a\s+été|ont\s+été|avait\s+été|avaient\s+été)\s+$"
)
# the case's noun whose infinitive is the relief, a clause at most between: "his claim,
# under section 4 of the Act, to set aside the decision", "an application to lift the
# freeze", « leur demande tendant à faire radier », « un recours visant à faire lever »
_CASE_NOUN_TO = re.compile(
    r"(?i)\b(?:claims?|applications?|actions?|appeals?|challenges?|petitions?|requests?|bids?|motions?|"
    r"demandes?|requêtes?|recours)\b(?P<between>[^.;]{0,120}?)"
    r"(?:\bto|\b(?:tendante?s?|visant)\s+à(?:\s+(?:faire|obtenir))?)\s*(?:l['’]|la\s+|le\s+|les\s+)?$"
)
# (the court granting that request: "allowed the application to lift", « a fait droit à la
# demande tendant à »: the relief is the court's)
_NOUN_GRANTED = re.compile(
    r"(?i)\b(?:grant(?:ed|s|ing)?|allow(?:ed|s|ing)?|upheld|uphold(?:s|ing)?|accept(?:ed|s|ing)?|"
    r"accueill\w*|fait\s+droit|faisant\s+droit)\b[^.;]{0,50}$"
)

# the relief is the object of the court's refusal, with only its holder's name, a
# determiner or the request's noun between: "denied X's preliminary injunction", "turned
# down the motion for an injunction", « rejette l'injonction de X » (not "refused to lift the
# injunction", "dismissed the motion to dissolve the injunction": the relief stands there)
_REFUSED_BEFORE = re.compile(
    r"(?i)\b(?:den(?:ied|ies|y|ying)|reject(?:ed|s|ing)?|refus(?:ed|es|ing)|dismiss(?:ed|es|ing)|"
    r"turn(?:ed|s|ing)\s+down|ruled\s+against|thr(?:ew|ows|owing)\s+out|toss(?:ed|es|ing)(?:\s+out)?|"
    r"rejet(?:é|ée|és|te|tent|ait|aient|er|ant)|refus(?:é|ée|és|e|ent|ait|aient|er|ant)|débout(?:é|ée|e|ait)|"
    # (the refusal told by its noun: "the denial of the injunction", « le rejet du référé »)
    r"(?:denial|refusal|rejection|dismissal)\s+of|(?:rejet|refus)\s+(?:de|du|des|d['’]))\s*"
    r"(?:(?:the|an?|its|their|his|her|this|that|l['’]|la|le|les|une?|sa|son|ses|leurs?|cette|ce)\s*|"
    r"(?-i:[A-ZÀ-Ý][\w.&’'-]*)(?:['’]s?)?\s+|"
    r"(?:requests?|motions?|bids?|applications?|petitions?|demandes?|requêtes?)\s+(?:for|of|d['’]|de|en)\s*(?:an?\s+|une?\s+|the\s+)?|"
    r"(?:preliminary|temporary|interim|provisoire|préliminaire)\s+|"
    # (the day or an adverb between: "denied on Monday", « a refusé mardi »)
    r"(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|also|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|hier|aussi|également)\s+){0,7}$"
)


def refused_relief(sent: str, t: _Span) -> bool:
    """The injunction trigger ``t`` is the object of a court's refusal: none was granted."""
    return t.event == "injunction" and _REFUSED_BEFORE.search(sent, max(0, t.start - 120), t.start) is not None


# a request told by its bearer's possessive ("X's motion for a preliminary injunction") that
# the court granted: the relief tells the story, the request is no event of its own
_POSSESSED_REQUEST = re.compile(r"(?is)[\w.-]+(?:['’]s|s['’])\s+.*?\b(?:bid|request|motion|application)\b.*")
_GRANTED_BEFORE = re.compile(
    r"(?i)\b(?:grant(?:ed|s|ing)?|approv(?:ed|es|ing)|accept(?:ed|s|ing)|upheld)\s+(?:in\s+part\s+|partly\s+)?(?:[\w.&’'-]+\s+){0,5}?$"
)


def granted_request(sent: str, t: _Span) -> bool:
    """The challenge ``t`` is a possessed request the court granted ("granted X's motion for
    a preliminary injunction"), which is told by the relief alone."""
    return t.event == "legal_challenge" and _POSSESSED_REQUEST.fullmatch(sent, t.start, t.end) is not None \
        and _GRANTED_BEFORE.search(sent, max(0, t.start - 40), t.start) is not None


def asked_for(sent: str, t: _Span) -> bool:
    """The relief trigger ``t`` names what a party asked a court for, or the request the
    court dismissed: no relief was granted by it."""
    if t.event not in RELIEF:
        return False
    if t.event == "injunction" and (_REQUEST_AFTER.match(sent, t.end) or refused_relief(sent, t)):
        return True
    # (a head of claim opens its own line, under the formula that asks for it)
    if _SOUGHT.search(sent, max(0, t.start - 100), t.start) or _BARE_CLAIM.match(sent[sent.rfind("\n", 0, t.start) + 1 :]):
        return True
    asked = _ASKED_OF_COURT.search(sent, 0, t.start)
    if asked is not None and not _CLAUSE_BETWEEN.search(asked.group("between")):
        return True
    noun = _CASE_NOUN_TO.search(sent, max(0, t.start - 160), t.start)
    if noun is not None and not _CLAUSE_BETWEEN.search(noun.group("between")) \
            and not _NOUN_GRANTED.search(sent, max(0, noun.start() - 60), noun.start()):
        return True
    return _REQUEST_SUBJECT.search(sent, max(0, t.start - 90), t.start) is not None
