"""The term of the sanctions themselves is no party's deadline: a sentence that tells when
the measures take effect, or how long a renewal or an extension of them runs (an extension
that ends on a day, measures that « entreront en vigueur » on a day, freezes « prorogés
... jusqu'au » a day) tells the regime's calendar (a renewal is no event), not a cut-off a
party must meet. Such a sentence's deadline reached a party only from another sentence (an
anaphor, the article's main party). A deadline told of a licence, a wind-down, a ban on
buying or investing, or in a sentence that names the party stays.

More widely, a deadline told in a sentence that names no party is a cut-off of the
measures for the parties told elsewhere only when its sentence says what the measures cut
off: a licence's or a waiver's end, what is permitted or valid until then, a wind-down, a
sale or a divestment, operations closed or stopped, a ban on buying, investing or dealing,
an end put off. Any other day a sentence of no party fixes is a rule's own calendar: the
day a law, a rule or a decree enters into force ("The rule takes effect on 3 June", « Le
décret entrera en vigueur le 3 juin »), a duty laid on a class of actors ("Exporters must
certify compliance by 3 June", "Banks have until 3 June to file reports", « Les entreprises
devront se conformer aux nouvelles règles d'ici le 3 juin »): no party's deadline."""

from __future__ import annotations

import re

from .legal_event import Event
from .mentions import Mention
from .sentences import Sentence, sentence_at, within

# the measures told as the subject of their own term, or renewed / extended to a day
_MEASURES = (
    r"(?:(?:the|these|those|its|their|les|ces|leurs?|la|cette|l['’])\s*)?(?:(?:existing|current|new|EU|UN|"
    r"restrictive|individual|actuelles?|nouvelles?)\s+)*"
    r"(?:sanctions|measures|mesures(?:\s+restrictives)?|restrictions|extension|renewal|prolongation|prorogation|"
    r"reconduction|renouvellement|régime|regime|(?:visa|travel)\s+bans|interdictions\s+de\s+(?:visas?|voyager|"
    r"séjour|territoire)|asset\s+freezes|gels?\s+(?:des|d['’])\s*avoirs)"
)
_TERM = re.compile(
    r"(?i)(?:^|[,;:.]\s*|\b(?:and|et)\s+)" + _MEASURES + r"\b[^.;]{0,60}?\b(?:(?:is|are|was|were|will\s+be)\s+"
    r"(?:now\s+)?(?:due|set)\s+to\s+(?:expire|run|last|end)|(?:will\s+)?(?:expire|run|last|end)s?\s+(?:on|until|till)|"
    r"(?:take|takes|took|will\s+take)\s+effect|(?:come|comes|came|enter|enters|entered)\s+into\s+(?:force|effect)|"
    r"entr(?:e|ent|eront|era)\s+en\s+vigueur|expir(?:e|ent|eront|era)|(?:court|courent|courront)\s+jusqu)"
    # ... or the renewal told by its verb with the measures as its object
    r"|\b(?:extended|renewed|prolonged|prorog\w+|prolong\w+|renouvel\w+|reconduit\w*)\s+"
    + _MEASURES + r"\b[^.;]{0,160}?\b(?:until|till|through|to|jusqu['’](?:au|à))\s"
)


# what the measures cut off for a party, told in the deadline's sentence (one table for both
# languages): a licence and its end, a wind-down, a sale or a divestment, operations stopped,
# a ban on buying, investing or dealing, an end put off, a court's order in a case
_CUT_OFF = re.compile(
    r"(?i)\b(?:licen[cs]\w*|GL\s*\d|waiver\w*|exemption\w*|reprieve\w*|grace|authori[sz]\w*|permit\w*|"
    r"allow\w*|valid|expir\w*|wind(?:ing)?[- ]?down|divest\w*|sell\w*|sale|sold|dispos\w*|exit\w*|unwind\w*|"
    r"close|clos(?:ed|es|ing)|cease\w*|stop\w*|shut\w*|dark|ban|bans|banned|banning|prohibit\w*|barred|"
    r"invest\w*|purchas\w*|buy\w*|acqui\w*|stakes?|shares|securities|dealings?|transactions?|"
    r"extend\w*|extension|postpon\w*|defer\w*|delay\w*|pushed\s+back|"
    r"dérogation\w*|autoris\w*|permis|valables?|répit|liquid\w*|céd\w*|cession|vend\w*|vente|"
    r"défaire|retir\w*|ferm\w*|cess\w*|interdi\w*|achat\w*|achet\w*|acqu[ié]\w*|actions|titres|"
    r"participations?|capitaux|opérations|prolong\w*|prorog\w*|repouss\w*|report(?:é|ée|és|ées|er|ant)|"
    r"différ\w*|étend\w*|mettre\s+fin|contra(?:ts?|cts?)|se\s+passer|"
    # (an end told by a verb of lapsing: « elle arrivait à échéance », « prend fin », "lapses")
    r"arriv\w*\s+à\s+(?:son\s+)?échéance|(?:prend|prennent|prendra|prendront|pris|prendre)\s+fin|lapse\w*|"
    r"r[au]ns?\s+out|"
    # (a court's order in the case or a paper filed in it: "the judge ordered the agency to
    # file by", « le juge a ordonné ... avant le », « une proposition commune doit être
    # soumise au plus tard le »)
    r"courts?|judges?|juges?|tribunal|cour|ordered|ordonn\w*|propos(?:al|ed|ition)s?|motions?|briefs?|"
    r"record|mémoires?|sunset)\b"
)
# a licence asked for is none of those ("have until 3 June to apply for licences", « leurs
# demandes de licence »)
_ASKED_LICENCE = re.compile(
    r"(?i)\b(?:apply(?:ing)?|applied|applications?|requests?|demandes?|solliciter)\s+(?:for\s+|de\s+|d['’]\s*)?"
    r"(?:(?:a|an|new|export|une?|nouvelles?)\s+)?(?:licen[cs]es?|dérogations?|exemptions?|waivers?|autorisations?)\b"
)


def rule_calendar(e: Event, sents: list[Sentence], mentions: list[Mention]) -> bool:
    """``e`` is a deadline whose sentence names no party and says nothing the measures
    cut off for one: a rule's own day."""
    if e.type != "deadline":
        return False
    sent = sentence_at(sents, e.position)
    if sent is None or any(m.entity is e.entity for m in within(sent, mentions)):
        return False
    return _CUT_OFF.search(_ASKED_LICENCE.sub(" ", sent.text)) is None


def measures_term(e: Event, sents: list[Sentence], mentions: list[Mention]) -> bool:
    """``e`` is a deadline whose sentence tells the measures' own term and names no party."""
    if e.type != "deadline":
        return False
    sent = sentence_at(sents, e.position)
    if sent is None:
        return False
    if any(m.entity is e.entity for m in within(sent, mentions)):
        return False
    return _TERM.search(sent.text) is not None
