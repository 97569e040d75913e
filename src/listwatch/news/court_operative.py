"""A court's own operative part, as the EU's and the national courts' papers print it: after
its opening ("The Court hereby:", "On those grounds, THE GENERAL COURT hereby:", « Par ces
motifs, LE TRIBUNAL déclare et arrête : », « LE PRÉSIDENT DU TRIBUNAL ordonne : ») each line
opens with the court's act in the present: "Annuls ...", « Annule ... » (a vacatur),
"Suspends ...", « Ordonne le sursis à l'exécution ... », « Il est sursis à l'exécution ... »
(an injunction). The act's party is the one its line names after the scope of the act
("in so far as it concerns X", "as regards X", « en tant qu'ils concernent M. X », «
pour autant qu'elle vise X »), else the case's one applicant (who brought it, read from the
paper's heading or its title: ``challengers``). Dated by the paper's own day.

Not acts: the applicant's heads of claim, in the infinitive or the bare imperative («
annuler ... », "annul ...": ``relief_asked``); an appeal's
annulment of a lower court's judgment (the judgment is no listing); the answers that keep a
listing ("Dismisses the action", « Rejette le recours »), which the ruling triggers read."""

from __future__ import annotations

import re

from .dates import PartialDate, find_dates
from .legal_event import Event
from .mentions import Entity, Mention
from .sentences import Sentence, within

# the operative part's opening: the court (or its president) and its verb of ruling, a colon
_OPENING = re.compile(
    r"(?i)(?:\b(?:court|tribunal|cour|président\w*|president|judge|juge)\b[^.;\n]{0,80}?|^\W*)"
    r"\b(?:hereby(?:\s+(?:rules|orders|declares(?:\s+and\s+rules)?))?|déclare\s+et\s+arrête|arrête|ordonne|orders|rules)\s*:\s*$"
)
# a line of the operative part: its number, then the court's act in the present
_ACT = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:"
    r"(?P<vacatur>Annuls|Annule|Declares\s+void|Déclare\s+nuls?)"
    r"|(?P<injunction>Suspends|Suspend|Orders\s+(?:that\s+)?(?:the\s+)?(?:suspension|operation\s+of\s+\w+\s+to\s+be\s+suspended)|"
    r"Ordonne\s+(?:le\s+sursis|la\s+suspension)|Il\s+est\s+sursis))\b"
)
# what an appeal annuls: the lower court's paper, no listing
_PAPER_UNDONE = re.compile(r"(?i)[\s,]*(?:the\s+|l['’]\s*|le\s+|la\s+)?(?:judgment|order|arrêt|ordonnance|jugement)\b")
# the scope of the act, the party after it
_SCOPE = re.compile(
    r"(?i)\b(?:in\s+so\s+far\s+as|insofar\s+as|(?:en\s+tant|pour\s+autant)\s+qu(?:e\s+|['’]\s*)|dans\s+la\s+mesure\s+où)\s*"
    r"(?:it|they|that\s+\w+|those\s+\w+|ils?|elles?|ces\s+actes|celle-ci|celui-ci|ceux-ci|celles-ci)\s+"
    r"(?:concern|relate|refer|appl(?:y|ies)|list|name|target|vis|concern|s['’]appliqu|inscri)\w*\s+(?:to\s+)?"
    r"|\b(?:as\s+regards|with\s+regard\s+to|in\s+respect\s+of|à\s+l['’]égard\s+de|s['’]agissant\s+de)\s+"
)
# the applicant told by the role in the scope ("in so far as it concerns the applicant")
_ROLE = re.compile(r"(?i)^\s*(?:the\s+|le\s+|la\s+)?(?:applicants?|requérante?s?|appellants?|claimants?)\b")
_PAPER_DAY_LINE = re.compile(r"(?i)\b(?:judgment|order|arrêt|ordonnance|jugement)\b")


def _paper_day(sents: list[Sentence], lang: str, published: PartialDate | None) -> PartialDate | None:
    """The paper's own day: the page's day, else the one its title gives ("Judgment of the
    Court of 3 June 2019", « ORDONNANCE ... 21 juin 2022 »)."""
    if published is not None and published.precision == "day":
        return published
    if not any(_PAPER_DAY_LINE.search(s.text) for s in sents[:2]):
        return None
    for s in sents[:4]:
        days = [d.date for d in find_dates(s.text, lang, published) if d.date is not None and d.date.precision == "day"]
        if days:
            return days[0]
    return None


def operative_events(sents: list[Sentence], mentions: list[Mention], lang: str,
                     published: PartialDate | None, challengers: list[Entity]) -> list[Event]:
    """The court's acts its operative part tells, each with its party."""
    opening = next((i for i, s in enumerate(sents) if _OPENING.search(s.text)), None)
    if opening is None:
        return []
    events: list[Event] = []
    day = _paper_day(sents, lang, published)
    for sent in sents[opening + 1 : opening + 15]:
        act = _ACT.match(sent.text)
        if act is None:
            continue
        typ = "vacatur" if act.group("vacatur") else "injunction"
        if _PAPER_UNDONE.match(sent.text, act.end()):
            continue  # "Annuls the lower court's judgment": an appeal, no listing undone
        who: list[Entity] = []
        scope = _SCOPE.search(sent.text, act.end())
        if scope is not None and not _ROLE.match(sent.text, scope.end()):
            named = [m for m in within(sent, mentions) if m.entity is not None and m.start - sent.start >= scope.end()]
            if named:
                assert named[0].entity is not None
                who = [named[0].entity]
        if not who and len(challengers) == 1:
            who = list(challengers)
        for w in who:
            if not any(e.type == typ and e.entity is w for e in events):
                events.append(Event(
                    type=typ, entity=w, authority=None, list_name=None, date=day, status="effective",
                    evidence=sent.text, confidence=0.7, strength=0.9, position=sent.start,
                ))
    return events
