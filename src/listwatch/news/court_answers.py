"""What a court did with a party's request, read from the court's answer rather than from a
verb of relief: the request names the relief asked (interim measures, a preliminary
injunction, a suspension, « des mesures provisoires », « un sursis à exécution » ask an
injunction; annulment, « l'annulation » asks a vacatur), the answer grants it ("granted",
"upheld", "allowed", "was granted", « a accueilli », « fait droit à », « a été accueillie »)
and the request tells who asked ("X's motion", "the application brought by X", « la demande
présentée par X », « la requête de X », the bringer's role: "Plaintiffs' motion", « la demande
du requérant »). A granted request is the relief of the one who asked it; a refused or
dismissed one is none (their case only, read elsewhere).

And the court's own suspension of what an authority decided, the party told by the decisions
it suspends: « le juge suspend l'exécution de la décision du ministre en tant qu'elle
vise X », "the court suspended the operation of the decisions concerning X": an injunction.
Both languages from one table each: the request's nouns, the relief's words, the answer's
verbs, the ties to the one who asked."""

from __future__ import annotations

import re

from .dates import PartialDate, find_dates
from .legal_event import Event
from .mentions import Entity, Mention
from .sentences import Sentence, within

# the request's nouns, both languages
_REQUEST = r"(?:applications?|motions?|requests?|petitions?|demandes?|requêtes?)"
# the relief a request asks, by the kind it becomes once granted
_INTERIM = (r"(?:interim\s+(?:measures|relief)|(?:a\s+|an\s+)?(?:preliminary|temporary)\s+injunction|injunctive\s+relief|"
            r"(?:a\s+)?temporary\s+restraining\s+order|(?:the\s+)?suspension(?:\s+of\s+operation)?|(?:a\s+)?stay|"
            r"mesures\s+provisoires|(?:de\s+|en\s+)?référé(?:[-\s]suspension)?|(?:de\s+)?suspension|sursis(?:\s+à\s+exécution)?)")
_ANNUL = r"(?:annulment|(?:to\s+)?annul|vacatur|(?:to\s+)?vacate|(?:d['’]|en\s+)?annulation|(?:d['’])?annuler)"
_ASKED = re.compile(
    r"(?i)\b(?P<req>" + _REQUEST + r")\s+(?:for|of|seeking|to|en|de|d['’]|aux\s+fins\s+d['’]|tendant\s+à)?\s*"
    r"(?:(?P<interim>" + _INTERIM + r")|(?P<annul>" + _ANNUL + r"))\b"
)
# the court's answer: its verb before the request ("granted the motion", « a accueilli la
# demande », « fait droit à la requête »), or after it in the passive ("... was granted", «
# ... a été accueillie »)
_GRANT_BEFORE = re.compile(
    r"(?i)\b(?:grant(?:ed|s)|upheld|upholds|allow(?:ed|s)|accept(?:ed|s)|"
    r"accueill(?:e|ent|i|ie|ait)|a\s+accueilli|ont\s+accueilli|fait\s+droit\s+(?:à|aux?)|a\s+fait\s+droit\s+(?:à|aux?))\s+"
    r"(?:in\s+part\s+|partly\s+|partiellement\s+|en\s+partie\s+)?(?:[\w.&’'-]+\s+){0,6}?$"
)
_GRANT_AFTER = re.compile(
    r"(?i)[^.;]{0,140}?\b(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:partly\s+|partially\s+)?"
    r"(?:granted|upheld|allowed|accepted)|(?:est|a\s+été|ont\s+été|sont|avait\s+été)\s+(?:partiellement\s+)?accueillie?s?)\b"
)
# a hypothetical answer ("should the court grant", "to be granted") is none
_NOT_DONE = re.compile(r"(?i)\b(?:if|whether|would|could|may|might|should|unless|to\s+be|si|pourrait|devrait)\b")
# who asked, after the request: "brought by X", « présentée par X », « de X »
_BY_AFTER = re.compile(
    r"(?i)^[^.;]{0,60}?\b(?:brought|lodged|filed|made|submitted|introduced|presented|déposée?s?|introduite?s?|"
    r"formée?s?|présentée?s?)\s+(?:by|par)\s+(?:(?:the|le|la|les|l['’])\s*)?(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,3}?"
    r"(?:(?:M|Mr|Mrs|Ms|Mme|Dr)\.?\s+)?$"
)
_OF_AFTER = re.compile(
    r"(?i)^\s*(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?(?:(?-i:[a-zà-ÿ])[\w'’-]*\s+){0,3}?"
    r"(?:(?:M|Mr|Mrs|Ms|Mme)\.?\s+)?$"
)
# the bringer told by the role: "Plaintiffs' motion", "the applicant's request", « la demande
# du requérant », « de la partie requérante »
_ROLE = re.compile(
    r"(?i)\b(?:plaintiffs?|applicants?|petitioners?|claimants?|appellants?|requérante?s?|recourante?s?|"
    r"parties?\s+requérantes?|demandeurs?|demanderesses?)\b"
)

# the possessive that ties the one who asked to the request: "X's motion", "Plaintiffs' motion"
_POSSESSIVE = re.compile(r"(?:['’]s?|s['’])\s+(?:(?:preliminary|interim|own)\s+)?")
_ROLE_BEFORE = re.compile(r"(?i)\b(?:plaintiffs|applicants?|petitioners?|claimants?|appellants?)(?:['’]s?|s['’])\s+$")
_ROLE_AFTER = re.compile(
    r"(?i)[^.;]{0,60}?\b(?:of|by|du|de|par)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?"
    r"(?:plaintiffs?|applicants?|petitioners?|claimants?|appellants?|requérante?s?|recourante?s?|parties?\s+requérantes?)\b"
)
# the court suspends what an authority decided, the party told by the decisions
_SUSPENDS = re.compile(
    r"(?i)\b(?:suspend(?:s|ed|u|ue|us|ues|ait|re)?|(?:ordered|ordonne|a\s+ordonné)\s+(?:the\s+|la\s+)?suspension\s+(?:of|de))\s+"
    r"(?:l['’]\s*|the\s+)?(?:exécution|execution|operation|enforcement|effects?|effets)\s+(?:of|de|du|des|d['’])\s*"
    r"(?:the\s+|la\s+|l['’]\s*|les\s+)?(?:decisions?|décisions?|orders?|arrêtés?|measures?|mesures?|regulations?|règlements?)\b"
)
# the party the suspended decisions target, told after them in the sentence
_TARGETED = re.compile(
    r"(?i)\b(?:en\s+tant\s+qu['’](?:elles?|ils?)\s+(?:vis|concern)\w*|dans\s+la\s+mesure\s+où|visant|concernant|"
    r"à\s+l['’](?:égard|encontre)\s+de|contre|concerning|targeting|against|in\s+so\s+far\s+as\s+they\s+(?:concern|target)|"
    r"insofar\s+as\s+they\s+(?:concern|target)|in\s+respect\s+of)\b"
)
# the relief only a court gives
_COURT_ONLY = re.compile(r"(?i).*(?:interim|injunct|restraining|provisoires|référé|sursis|annul|vacat).*")
_COURT = re.compile(r"(?i)\b(?:court|judge|tribunal|cour|juges?|Conseil\s+d['’](?:É|E)tat|justice)\b")
_PRESENT = re.compile(r"(?i)\b(?:is|are)\s+(?:granted|upheld|allowed)\b|\b(?:suspend|accueille)\b|(?<!\ba\s)\bfait\s+droit\b")


def _day(sent: Sentence, lang: str, published: PartialDate | None, present: bool,
         spans: list[tuple[int, int]]) -> PartialDate | None:
    """The answer's day: a date told before the answer or with it ("by its judgment of 3
    October, the court suspends", "was granted on Monday"; not the day of the decisions it
    suspends), else the paper's own day when the court answers in the present ("is granted",
    « suspend »)."""
    found = [d for d in find_dates(sent.text, lang, published)
             if d.date is not None and any(a <= d.start < b for a, b in spans)]
    if found:
        return found[0].date
    return published if present and published is not None and published.precision == "day" else None


def court_answer_events(sents: list[Sentence], mentions: list[Mention], lang: str,
                        published: PartialDate | None, challengers: list[Entity]) -> list[Event]:
    """The relief a court granted on a party's request, and the injunction a court's
    suspension of an authority's decisions gives the party they target. ``challengers``:
    the parties the article already tells bringing a case (the role's referents)."""
    events: list[Event] = []

    def add(typ: str, who: Entity, sent: Sentence, day: PartialDate | None) -> None:
        if not any(e.type == typ and e.entity is who for e in events):
            events.append(Event(
                type=typ, entity=who, authority=None, list_name=None, date=day, status="effective",
                evidence=sent.text, confidence=0.6, strength=0.8, position=sent.start,
            ))

    for sent in sents:
        court = _COURT.search(sent.text) is not None or _ROLE.search(sent.text) is not None
        local = [m for m in within(sent, mentions) if m.entity is not None]
        for asked in _ASKED.finditer(sent.text):
            a, b = asked.start(), asked.end()
            if not court and _COURT_ONLY.fullmatch(asked.group("interim") or asked.group("annul") or "") is None:
                continue  # "granted a request for a suspension": an agency may grant it too
            before = sent.text[max(0, a - 120) : a]
            granted = _GRANT_BEFORE.search(before)
            after = _GRANT_AFTER.match(sent.text, b)
            if granted is None and after is None:
                continue
            if _NOT_DONE.search(sent.text[max(0, a - 40) : a]) or (after is not None and _NOT_DONE.search(after.group(0))):
                continue
            typ = "injunction" if asked.group("interim") else "vacatur"
            who: list[Entity] = []
            # the one who asked: the possessive before the request, "by X" / « par X » or
            # "of X" / « de X » after it, or the bringer's role
            for m in local:
                assert m.entity is not None
                s0, e0 = m.start - sent.start, m.end - sent.start
                if e0 <= a and _POSSESSIVE.fullmatch(sent.text, e0, a):
                    who.append(m.entity)
                elif s0 >= b and (_BY_AFTER.match(sent.text[b:s0]) or _OF_AFTER.match(sent.text[b:s0])):
                    who.append(m.entity)
                    break
            if not who and len(challengers) == 1 and (
                    _ROLE_BEFORE.search(sent.text, max(0, a - 40), a) or _ROLE_AFTER.match(sent.text, b)):
                who = list(challengers)
            present = _PRESENT.search(sent.text) is not None
            spans = [(0, a)] + ([(b, after.end() + b)] if after is not None else [])
            for w in who:
                add(typ, w, sent, _day(sent, lang, published, present, spans))
        susp = _SUSPENDS.search(sent.text)
        if susp is not None and _COURT.search(sent.text[: susp.start()]) and not _NOT_DONE.search(sent.text[: susp.start()]):
            target = _TARGETED.search(sent.text, susp.end())
            if target is not None:
                nxt = next((m for m in local if m.start - sent.start >= target.end()), None)
                if nxt is not None and nxt.entity is not None:
                    add("injunction", nxt.entity, sent, _day(sent, lang, published, True, [(0, susp.start())]))
    return events
