"""The listing a party's request to a court bears on, told inside the request with its day
and a pronoun for the party: the order the party asks the judge to annul or suspend was taken
against it on that day ("asked the court to annul the order of 11 May 2023 by which the
minister froze its funds", "to suspend the freezing order taken against them on 2 June
2023", « l'arrêté du 11 mai 2023 par lequel les ministres leur ont imposé un gel », « la
décision de gel prise à son encontre le 2 juin 2023 »): each
requester's ``designation``, dated by the order's day. One table for both languages."""

from __future__ import annotations

import re

from .dates import PartialDate, find_dates
from .legal_event import Event
from .sentences import Sentence

# the order's noun, then its day and the act it did to the party (a pronoun: the requester)
_ORDER = r"(?:arrêtés?|décisions?|règlements?|orders?|decisions?|regulations?)"
_FREEZE_FR = r"(?:(?:une\s+)?mesures?\s+de\s+gel|(?:le\s+|un\s+)?gel)\b"
_TAKEN_AGAINST = re.compile(
    r"(?i)\b" + _ORDER + r"\s+(?:de\s+gel\s+(?:des\s+(?:avoirs|fonds)\s+)?|(?:of\s+)?(?:freezing|asset[- ]freeze)\s+)?"
    r"(?:pris|prise|adopté|adoptée|taken|issued|made|adopted)s?\s+(?:à\s+(?:son|leur)\s+encontre|against\s+(?:it|him|her|them))"
    r"\s+(?P<day>(?:le\s+|on\s+)?[^,;.]{4,30})"
    r"|\b" + _ORDER + r"\s+(?:du|of)\s+(?P<day2>[^,;.]{4,30}?)\s+(?:par\s+lequel(?:le)?|by\s+which)\s+[^.;]{0,200}?"
    r"(?:(?:lui|leur)\s+(?:a|ont|avait|avaient)\s+imposé\s+" + _FREEZE_FR + r"|froze\s+(?:its|his|her|their)\s+(?:funds|assets))"
)


def requested_order_events(sents: list[Sentence], events: list[Event], lang: str,
                           published: PartialDate | None) -> list[Event]:
    """A designation for each party whose challenge's sentence names the order taken against
    it with its day, inside its request."""
    out: list[Event] = []
    for e in events:
        if e.type != "legal_challenge":
            continue
        sent = next((s for s in sents if s.start <= e.position < s.end), None)
        if sent is None:
            continue
        m = _TAKEN_AGAINST.search(sent.text)
        if m is None:
            continue
        span = m.span("day") if m.group("day") is not None else m.span("day2")
        days = [d for d in find_dates(sent.text, lang, published) if span[0] <= d.start < span[1]]
        if not days or any(o.type == "designation" and o.entity is e.entity for o in events + out):
            continue
        out.append(Event(
            type="designation", entity=e.entity, authority=None, list_name=None, date=days[0].date,
            status="effective", evidence=sent.text, confidence=0.6, strength=0.8, position=sent.start,
        ))
    return out
