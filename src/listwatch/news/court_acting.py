"""Who grants court relief: a court, or the authority or the market itself.

An injunction (a court's interim relief) and a vacatur (its final undoing of a listing) are
a court's acts, but their commonest words are not: the verbs and nouns of halting (suspend,
halt, pause, stop, block, freeze; « suspendre », « geler », « bloquer », « arrêter », « la
suspension ») and of undoing (annul, cancel, quash, invalidate; « annuler », « invalider »)
are as often said of an authority that pauses or undoes its own measure ("Washington paused
the restrictions on X", « l'UE a annoncé la suspension des sanctions visant X », « la Bourse a
annulé sa décision de radier X ») or of a market that halts a share ("X's shares were
suspended on the exchange"). Such a word reads as court relief only where a court acts:

- a court, a judge, a case or a court's decision told in the sentence or in the one just
  before it (the court then the subject a pronoun takes up: "The court heard X's plea. It
  suspended the listing");
- the relief's own words in the sentence (an injunction, a restraining order, interim
  measures, « référé », « sursis »), whoever is named;
- the relief obtained or won by the party ("X obtained the suspension of its listing", « X a
  obtenu la suspension de son inscription », "X won a case over its listing"): only a court
  grants a party's request so;
- a court's case number in the sentence ("the order in T-101/23 R suspended ...");
- the relief as what a side of a case opposes or consents to ("will no longer oppose the
  annulment of X's designation", « ne s'opposera plus à l'annulation de la désignation de X
  »): a litigant's stance, told of a case before a court.

Elsewhere the word tells no court relief. What the licence and removal readers make of it
first (sanctions suspended for a time, in part or to allow dealings: a licence; an authority
suspending or annulling its own listing: a removal; ``event_kinds.agency_act``) stands: only
a halt or an undoing still read as court relief is dropped."""

from __future__ import annotations

import re

from .lang.court_verdicts import decided_for, party_won
from .triggers import Trig

# a verb or a noun of halting, in either language
_HALT_WORD = re.compile(
    r"(?i)\b(?:suspen\w*|halt\w*|paus\w*|block\w*|bloqu\w*|stopp?\w*|froze\w*|freez\w*|gel(?:é|ée|és|ées|er|ait|aient)?|"
    r"fig[ée]\w*|mise?\s+en\s+pause|arrêt(?:é|ée|és|ées|er|ait|aient)|interromp\w*|interrompu\w*)\b"
)
# the relief's own words: an injunction whoever is named
_RELIEF_WORD = re.compile(
    r"(?i)\b(?:injunctions?|injonctions?|restraining|enjoin\w*|référé|sursis|court-ordered|mesures?\s+provisoires|"
    r"interim\s+(?:relief|measures?|order))\b"
)
# a court, a judge, a case or a court's decision
_COURT_TOLD = re.compile(
    r"(?i)\b(?:courts?|tribunal|tribunaux|cour|judges?|juges?|justices?|judicial|judiciaires?|magistrat\w*|panel|"
    r"juridictions?|rulings?|judge?ments?|jugements?|verdicts?|arrêts?\s+(?:du|de\s+la|rendu)|ordonnances?|"
    r"lawsuits?|suits?|plaintes?|recours|appeals?|appel|litigation|plaintiffs?|Conseil\s+d['’]État|CJEU|CJUE|ECJ)\b"
)
# the halt obtained or won by the party, just before the word
_OBTAINED = re.compile(
    r"(?i)\b(?:obtain(?:ed|s)?|won|wins?|secured?|secures|got|gets|obtenu\w*|obtient|obtiennent|décroch\w+|arrach\w+|"
    r"gagn\w+|remport\w+)\b[^.;]{0,40}$"
)
# the relief as what a side opposes or consents to, just before the word
_STANCE = re.compile(
    r"(?i)\b(?:oppos\w*|consent\w*|agree[sd]?\s+to|s['’]oppos\w*|consent\w*\s+à|accept\w*)\b[^.;]{0,30}$"
)
# a court's case number (« T-101/23 », "C-600/16 P")
_CASE_NUMBER = re.compile(r"\b[TC]-\d{1,4}/\d{2}\b")


def relief_without_court(t: Trig, sent: str, before: str) -> bool:
    """The injunction or vacatur trigger ``t`` is court relief no court acts in: none in the
    sentence ``sent`` nor in the sentence ``before`` it, none of the relief's own words, no
    party that obtained or won it and no case number. An injunction is told so by a verb or a
    noun of halting only (an injunction's own noun is the relief's word)."""
    if t.event not in ("injunction", "vacatur"):
        return False
    span = sent[t.start : t.end]
    if t.event == "injunction" and _HALT_WORD.search(span) is None:
        return False
    if t.event == "vacatur" and (party_won(span) or decided_for(span)):
        return False
    if _RELIEF_WORD.search(sent) or _COURT_TOLD.search(sent) or _COURT_TOLD.search(before) or _CASE_NUMBER.search(sent):
        return False
    lead = sent[max(0, t.start - 60) : t.start]
    return _OBTAINED.search(lead) is None and _STANCE.search(lead) is None
