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
"""

from __future__ import annotations

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
