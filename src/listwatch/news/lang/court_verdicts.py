"""Who decides what in a court's sentence: the court's verb and its object.

A court that grants what a party brought against its listing undoes the listing: "the court
upheld the actions of A and B", "allowed B's appeal", "granted the claims brought by C",
« le Tribunal accueille le recours de D », « fait droit à la requête de E et de F ». The
object is the party's act (its action, appeal, claim, plea, challenge, complaint;
« recours », « requête », « pourvoi », « conclusions »), and the party is its owner, told
by a possessive or after "of" / « de » (read by the sentence's parties as any act's).
Then the act is a vacatur, whatever the court's verb of granting. A verb of granting whose
object is the measure itself ("upheld the listing", « a confirmé les sanctions ») or an
authority's act ("upheld the Council's appeal") is a ruling for the listing: the ruling
triggers of the packs read it.

Two kinds of object:

- a case's own noun (an action, an appeal, a plea, a challenge, a claim, a complaint; «
  recours », « pourvoi », « conclusions ») is only ever answered by a court: granted, it is
  the party's win wherever the court is named;
- a request's noun (a request, a petition, an application; « demande », « requête »)
  may be answered by an agency too ("the Treasury granted the petition"): it is a court's
  grant only when a court is named before the verb in the sentence.

Neither is a vacatur when what was asked is interim relief ("granted the application for
interim measures", « accueille la demande en référé »: an injunction, read by the court's
answer), nor when its owner is an authority ("the appeal of the Council", « le recours de
la Commission »).

A court's decision for the party is told without the party's act as well (``SIDES``, one
table per language, read by ``side_triggers``):

- the court decides for the party named as its object, whatever its verb of siding ("the
  court sided with A", "the judges partly agreed with him", "found in favour of the
  applicants", "cleared B", « le Tribunal a donné raison, lundi, à C », « a tranché en
  faveur de D », « lui a donné raison »): the court named before the verb, the object a
  name, a pronoun or an applicant's noun; not an authority ("sided with the Council", «
  a donné raison au Conseil »: a ruling for the listing, no vacatur);
- the party cleared by the court, a passive with the court as its agent ("E was cleared by
  the General Court", « F a été blanchi par le Tribunal »); not of charges (a trial's);
- the party won its case, whatever the case's noun and the verb of winning ("G won a
  lawsuit over its designation", "H secured a favourable judgment on the sanctions", « I a
  gagné l'an dernier une bataille judiciaire contre son gel », « J a obtenu un arrêt
  favorable concernant son inscription »): the listing told after what was won.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .base import Trigger


@dataclass(frozen=True)
class VerdictWords:
    grant: str  # a court's verb of granting what a party brought
    partly: str  # "in part" and its kin, between the verb and the object
    det: str  # the determiners before the object
    case: str  # a case's own nouns: only a court answers them
    request: str  # a request's nouns: a court's only with a court named before
    court: str  # a court's words, named before the verb
    interim: str  # what makes the request interim relief (told right after the object)
    authority: str  # an authority as the owner of the object ("of the Council")
    possessor: str  # a party told by a possessive before the object ("X's appeal")


# an authority's words: the owner that makes the grant a ruling for the listing
_AUTHORITY_EN = (r"(?:the\s+)?(?:EU\s+|European\s+)?(?:Council|Commission|Government|government|Treasury|State|Department|"
                 r"Secretary|Ministry|Minister|OFAC|Office|United\s+States|US|U\.S\.|Member\s+States?)\b")
# what may stand between a French verb and its object: a day, a year, an adverb
_BETWEEN_FR = (r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aussi|également|donc|finalement|"
               r"la\s+semaine\s+(?:dernière|passée)|le\s+mois\s+(?:dernier|passé)|cette\s+semaine|"
               r"l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée)|"
               r"(?:en|dès)\s+(?:19|20)\d{2}|(?:le\s+)?(?:1er|\d{1,2})\s+\w+(?:\s+\d{4})?),?\s+){0,3}")
_AUTHORITY_FR = (r"(?:la\s+|le\s+|l['’]\s*|du\s+|de\s+la\s+|de\s+l['’]\s*)?(?:Conseil|Commission|gouvernement|Gouvernement|"
                 r"ministre|Ministre|ministère|Ministère|État|Etat|Trésor|OFAC|Union)\b")

WORDS: dict[str, VerdictWords] = {
    "en": VerdictWords(
        grant=r"(?:uph(?:eld|olds?|olding)|allow(?:ed|s)|grant(?:ed|s))",
        partly=r"(?:in\s+part\s+|partly\s+|partially\s+|in\s+full\s+|fully\s+)?",
        det=r"(?:the|their|its|his|her|both|all)\s+",
        case=r"(?:actions?|appeals?|pleas?|challenges?|claims?|complaints?|(?:applications?|requests?)\s+for\s+(?:the\s+)?annulment)",
        request=r"(?:requests?|petitions?|applications?)",
        court=r"(?:[Cc]ourts?|[Tt]ribunal|[Jj]udges?|[Jj]ustices?|CJEU|ECJ|[Pp]anel)",
        interim=r"\s+(?:for|seeking)\s+(?:an?\s+|the\s+)?(?:interim|preliminary|temporary|injunct|stay|suspension|restraining)",
        authority=r"\s+(?:of|by|brought\s+by|lodged\s+by|filed\s+by)\s+" + _AUTHORITY_EN,
        possessor=(r"(?!(?-i:" + _AUTHORITY_EN + r"))"
                   r"(?-i:[A-ZÀ-Ý][\w.&-]*)(?:\s+(?-i:[A-ZÀ-Ý][\w.&-]*)){0,4}['’]s?\s+"),
    ),
    "fr": VerdictWords(
        grant=r"(?:accueill(?:e|i|ie|ies|is|it|ait|aient|ent)|(?:fait|faisait|fera|font|ont\s+fait|a\s+fait)\s+droit)",
        partly=r"(?:\s*[»\"”]\s*)?(?:\s+(?:donc|partiellement|en\s+partie|également|aussi|intégralement|"
               r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))*\s*[»\"”]?\s*",
        det=r"[«\"“]?\s*(?:le|la|les|son|sa|ses|leur|leurs|l['’]|à\s+la|à\s+l['’]|au|aux|à\s+leur|à\s+leurs|à\s+son|à\s+sa|à\s+ses)\s*",
        case=r"(?:recours|pourvois?|conclusions|plaintes?|appels?)",
        request=r"(?:demandes?|requêtes?)",
        court=r"(?:[Tt]ribunal|[Cc]our|CJUE|[Jj]uges?|[Jj]ustice|[Jj]uridiction)",
        interim=r"\s+(?:en\s+référé|de\s+suspension|de\s+sursis|de\s+mesures\s+provisoires|en\s+suspension|aux\s+fins\s+de\s+sursis)",
        authority=r"\s+(?:de|du|des|d['’]|formée?s?\s+par|introduite?s?\s+par|présentée?s?\s+par)\s*" + _AUTHORITY_FR,
        possessor=r"(?!)",  # (no possessive before the object in French)
    ),
}


def verdict_triggers(lang: str) -> tuple[Trigger, ...]:
    """The vacatur triggers of a court granting a party's act, for ``lang``: the trigger is
    the verb and its object (group ``at`` when a court must be named before it)."""
    w = WORDS[lang]
    tail = r"\b(?!" + w.interim + r")(?!" + w.authority + r")"
    case = r"\b" + w.grant + r"\s*" + w.partly + r"(?:" + w.det + r"|" + w.possessor + r")(?:[\w-]+\s+)?" + w.case + tail
    request = (r"\b" + w.court + r"\b[^.;]{0,120}?(?P<at>\b" + w.grant + r"\s*" + w.partly + r"(?:" + w.det + r"|"
               + w.possessor + r")(?:[\w-]+\s+)?" + w.request + tail + r")")
    return (Trigger("vacatur", case), Trigger("vacatur", request))


@dataclass(frozen=True)
class SideWords:
    court: str  # a court's words, named before its verb of siding
    side: str  # the court's verb of deciding for someone, its object the party
    party: str  # what stands in the object's place: a name, a pronoun, an applicant's noun
    before: str  # the party as a pronoun before the verb (« lui a donné raison »)
    passive: str  # the auxiliary of a passive, before ``cleared``
    cleared: str  # the party cleared, a passive whose agent is the court
    charges: str  # what a trial clears a person of (no listing's vacatur)
    won: str  # the party's verb of winning its case ...
    win: str  # ... and what was won
    obtained: str  # the party's verb of obtaining ...
    obtain: str  # ... a favourable decision or a victory
    measure: str  # the listing the case was about, told after what was won


_WEEKDAYS_EN = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
_ADJ_EN = (r"(?:rare|first|major|significant|partial|legal|court|judicial|landmark|notable|key|big|important|separate|"
           r"second|new|fresh|final|historic|surprise|partially|partly|favou?rable|long-running)")
_ADJ_FR = (r"(?:rare|premi(?:er|ère)|nouvel(?:le)?|nouveau|importante?|grande?|éclatante?|judiciaire|juridique|partielle|"
           r"historique|symbolique|longue?)")

SIDES: dict[str, SideWords] = {
    "en": SideWords(
        court=WORDS["en"].court,
        side=(r"(?:(?:partly|partially|in\s+part|largely|fully|also)\s+)?(?:sid(?:ed|es|ing)\s+with|agree(?:d|s)\s+with|"
              r"(?:ruled|rules|found|finds|decided|decides|c(?:a|o)mes?\s+down)\s+(?:partly\s+|partially\s+|in\s+part\s+|largely\s+)?"
              r"(?:in\s+fav(?:o|ou)r\s+of|for)|clear(?:ed|s)|vindicated|exonerated|"
              r"(?:gave|gives|handed|hands)\s+(?:a\s+)?(?:partial\s+|rare\s+|major\s+)?(?:victory|win)\s+to)"),
        party=(r"\s+(?!(?:the\s+)?(?:EU|European\s+Union|UK|Britain|Washington|London|Brussels)\b)(?!" + _AUTHORITY_EN + r")"
               r"(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:applicants?|plaintiffs?|claimants?|appellants?|petitioners?)\b|"
               r"(?:annull?ing|lifting|removing|quashing|setting\s+aside)\b|"
               r"(?:the\s+|both\s+|two\s+|three\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?-i:[A-ZÀ-Ý]))"),
        before=r"(?!)",
        passive=r"\b(?:was|were|been|being|is|are)\s+(?:(?:also|later|finally|now|fully|partly|partially)\s+)?",
        cleared=(r"(?:cleared|vindicated|exonerated)\s+by\s+(?:the\s+|a\s+|an\s+)?(?:[\w.'’-]+\s+){0,4}?"
                 r"(?:[Cc]ourts?|[Tt]ribunal|[Jj]udges?|CJEU|ECJ)\b"),
        charges=(r"[^.;]{0,60}?\b(?:charges?|accusations?|allegations?|crimes?|wrongdoing|fraud|corruption|murder|"
                 r"bribery|embezzlement|guilt)\b"),
        won=r"w(?:on|ins?|inning)",
        win=(r"\s+(?:(?:on\s+)?" + _WEEKDAYS_EN + r"\s+)?(?:a|an|the|its|his|her|their)\s+(?:" + _ADJ_EN
             + r"\s+){0,3}(?:case|lawsuit|suit|appeal|challenge|trial|battle|fight|victory|win|ruling|judge?ment|decision|verdict)s?\b"),
        obtained=r"(?:secur|obtain|achiev|clinch|scor)(?:ed|es|s|ing)",
        obtain=(r"\s+(?:(?:on\s+)?" + _WEEKDAYS_EN + r"\s+)?"
             r"(?:a|an|the|its|his|her|their)\s+(?:" + _ADJ_EN + r"\s+){0,3}?(?:(?:partially\s+|partly\s+)?favou?rable\s+"
             r"(?:ruling|judge?ment|decision|verdict)|(?:court\s+|legal\s+|judicial\s+)?(?:victory|win))s?\b"),
        measure=(r"(?=[^.;]{0,150}?\b(?:sanction\w*|designat\w*|(?:de-?|re-?)?listing|blacklist\w*|asset\s+freezes?|"
                 r"freez\w+|restrictive\s+measures|inclusion|(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?list)\b)"),
    ),
    "fr": SideWords(
        court=WORDS["fr"].court,
        side=(r"(?:(?:donn|rend)(?:é|u|e|ait|aient|ent|ant)\s+raison|(?:tranch|statu|jug|décid|prononc)(?:é|e|ait|aient|ent)\s+"
              r"(?:partiellement\s+)?en\s+faveur|donn(?:é|e|ait|aient|ent)\s+gain\s+de\s+cause|rangée?s?\s+(?:du\s+côté|aux\s+côtés))"),
        party=(r"[^.;]{0,40}?\b(?:à|aux?|de|des|du|d['’])(?:\s+|(?<=['’]))(?!(?:la\s+|le\s+|l['’]\s*|les\s+)?(?:Conseil|Commission|gouvernement|"
               r"Gouvernement|État|Etat|Union|UE|Vingt-Sept|ministère|Ministère|ministre|Trésor|autorités|administration|Bruxelles)\b)"),
        before=(r"\b(?:lui|leur)\s+(?:a|ont|avait|avaient|donne|donnent|aurait)\s+(?:(?:finalement|partiellement|donc|aussi|"
                r"également)\s+)?(?:donné\s+)?(?:raison|gain\s+de\s+cause)\b"),
        passive=r"\b(?:a|ont|avait|avaient|aurait)\s+été\s+(?:(?:finalement|aussi|également|partiellement)\s+)?",
        cleared=(r"(?:blanchie?s?|disculpée?s?|innocentée?s?|lavée?s?)\s+par\s+(?:la|le|les|l['’])\s*(?:[\w'’-]+\s+){0,3}?"
                 r"(?:[Tt]ribunal|[Cc]our|CJUE|[Jj]uges?|[Jj]ustice|[Jj]uridiction)\b"),
        charges=(r"[^.;]{0,60}?\b(?:charges?|accusations?|crimes?|corruption|fraude|meurtre|détournement|culpabilité|délits?)\b"),
        won=r"(?:gagn|remport)(?:é|e|ait|aient|ent|a|ant)",
        win=(r"\s+" + _BETWEEN_FR + r"(?:un|une|son|sa|leur|le|la|ses|leurs)\s+"
             r"(?:" + _ADJ_FR + r"\s+){0,2}(?:procès|recours|appel|bras\s+de\s+fer|bataille|combat|affaire|victoire)\b"),
        obtained=r"(?:obten|décroch|arrach)(?:u|ue|us|ues|ait|aient|ent|é|ée|és|ées)",
        obtain=(r"\s+" + _BETWEEN_FR + r"(?:un|une|sa|son|leur)\s+"
             r"(?:" + _ADJ_FR + r"\s+){0,2}(?:victoire|(?:jugement|arrêt|décision)\s+(?:partiellement\s+)?favorable)\b"),
        measure=(r"(?=[^.;]{0,150}?\b(?:sanction\w*|inscri\w*|désign\w*|gel|listes?|mesures|radiation|levée)\b)"),
    ),
}


def _spans(lang: str) -> tuple[str, ...]:
    """The trigger spans of a court's decision for the party (each trigger's group ``at``)."""
    w = SIDES[lang]
    return (w.side + _ASIDE, w.before, w.cleared, w.won + w.win, w.obtained + w.obtain)


# (a day or a place set off by commas after the verb belongs to it: « a donné raison,
# lundi 3 mars, à X »; the party's clause opens after it)
_ASIDE = r"\b(?:\s*,[^,;.]{1,40}?,)?"
_DECIDED_FOR = re.compile("|".join(f"(?:{p})" for lang in SIDES for p in _spans(lang)), re.IGNORECASE)
_WON = re.compile("|".join(f"(?:{SIDES[lang].won}{SIDES[lang].win}|{SIDES[lang].obtained}{SIDES[lang].obtain})"
                           for lang in SIDES), re.IGNORECASE)


def party_won(span: str) -> bool:
    """The trigger's span is a party's case won ("won a lawsuit", « a remporté un procès »):
    the subject before it is the party, never an authority undoing its own act."""
    return _WON.fullmatch(span) is not None


def decided_for(span: str) -> bool:
    """The trigger's span is a court's decision for the party (``side_triggers``): which
    relief it gave, the article's court told before says."""
    return _DECIDED_FOR.fullmatch(span) is not None


def side_triggers(lang: str) -> tuple[Trigger, ...]:
    """The vacatur triggers of a court deciding for the party, for ``lang``: the court's verb
    of siding with the party as its object (the court named before it) or the party's
    pronoun before it, the party cleared by the court, the party's case won (group ``at``:
    the verb and what was won)."""
    w = SIDES[lang]
    side = r"\b" + w.court + r"\b[^.;]{0,120}?(?P<at>\b" + w.side + _ASIDE + r")(?=" + w.party + r")"
    before = r"\b" + w.court + r"\b[^.;]{0,120}?(?P<at>" + w.before + r")"
    cleared = w.passive + r"(?P<at>" + w.cleared + r")(?!" + w.charges + r")"
    win = r"\b(?P<at>" + w.won + w.win + r")" + w.measure
    obtain = r"\b(?P<at>" + w.obtained + w.obtain + r")" + w.measure
    return tuple(Trigger("vacatur", p) for p in (side, before, cleared, win, obtain))
