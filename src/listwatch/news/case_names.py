"""A case a sentence names by its two sides, "A v. B": its first side brought it. Read
where the sentence is framed by the case ("In A v. B, ...") or makes it the filing's subject
("A v. B, No. 1, was filed ... on <day>"); a case cited for its reasoning, one whose first
side is an authority and one about no listing tell no lawsuit."""

from __future__ import annotations

import re

from .dates import PartialDate, find_dates
from .legal_event import Event
from .mentions import Mention
from .sentences import Sentence, within

# a case named by its two sides, the first side brings it: "A v. B", "A, et al. v. B", "A v B"
_SIDES = re.compile(r"\.?(?:\s*,?\s*et\s+al\.?,?)?\s+vs?\.?\s+(?=[A-Z])")
# the case name opens the sentence as its frame: "In A v. B, ..." ("And in", "In the case of")
_IN_CASE = re.compile(r"^\W*(?:(?:And|But|Also)\s+[Ii]n|In)\s+(?:the\s+case\s+of\s+)?$")
# ... or is the subject of the filing: "A v. B, Case No. 1:22-cv-100, was filed in ... on <day>"
_FILED = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:(?:first|originally|initially|also)\s+)?"
    r"(?:filed|brought|lodged|commenced|initiated|instituted)\b"
)
# a case cited for its reasoning, as reporters print it: "A v. B, 507 F.3d 260 (D.C. Cir.
# 2020)", "A v. B, 2020 WL 1911561", "See A v. B", "cf. A v. B"
_REPORTER = re.compile(
    r"\b\d+\s+(?:F\.|U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.|F\.\s?Supp)|\b(?:19|20)\d\d\s+WL\b|"
    r"\((?:[A-Z][\w.]*\s*){1,5}(?:[A-Z][a-z]{2}\.?\s+\d{1,2},\s+)?(?:19|20)\d\d\)"
)
_SIGNAL_BEFORE = re.compile(r"(?i)\b(?:see(?:\s+also)?|cf\.|citing|quoting|accord)\s+(?:e\.g\.,?\s+)?$")
# the first side is the authority (a government's appeal: "Secretary v. A"): not a challenger
_AUTHORITY_SIDE = re.compile(
    r"\b(?:United\s+States|U\.\s?S\.|Secretary|Department|Dep['’]t|Treasury|Council|Commission|Government|"
    r"Minist(?:er|ry)|State|OFAC|Attorney|Republic|Kingdom|Office|Bureau|Agency)\b"
)
# the listing the case is about, told in its sentence or the next
_LISTING = re.compile(
    r"(?i)\b(?:sanction\w*|designat\w*|list(?:ed|ing)|blacklist\w*|SDN|asset\s+freeze|froze|frozen|"
    r"blocked|block(?:ing)?\s+order)\b"
)


def case_name_events(sents: list[Sentence], mentions: list[Mention], lang: str,
                     published: PartialDate | None) -> list[Event]:
    """The case a sentence names by its sides ("In A v. B, the claimant was ...", "A v. B,
    Case No. 3:08cv1, was filed in ... on <day>"): its first side brought it, a
    ``legal_challenge`` dated by the filing's day when the sentence gives one. A case cited
    for its reasoning (a reporter's citation after it, "See" before it), one whose first
    side is an authority, and one about no listing (none named in its sentence or the
    next) tell none."""
    events: list[Event] = []
    if lang != "en":
        return events
    for i, sent in enumerate(sents):
        if " v" not in sent.text:
            continue
        local = [m for m in within(sent, mentions) if m.entity is not None]
        for m in local:
            a, b = m.start - sent.start, m.end - sent.start
            sides = _SIDES.match(sent.text, b)
            if sides is None or _AUTHORITY_SIDE.search(m.name) or _SIGNAL_BEFORE.search(sent.text[:a]):
                continue
            after = sent.text[sides.end() : sides.end() + 160]
            if _REPORTER.search(after.split(";")[0]):
                continue
            filed = _FILED.search(sent.text, sides.end())
            framed = _IN_CASE.match(sent.text[:a]) is not None and "," in after
            if filed is None and not framed:
                continue
            nxt = sents[i + 1].text if i + 1 < len(sents) else ""
            if not _LISTING.search(sent.text) and not _LISTING.search(nxt):
                continue
            date = None
            if filed is not None:
                found = [d for d in find_dates(sent.text, lang, published) if d.start >= filed.end()]
                date = found[0].date if found else None
            assert m.entity is not None
            if not any(e.entity is m.entity for e in events):
                events.append(Event(
                    type="legal_challenge", entity=m.entity, authority=None, list_name=None, date=date,
                    status="effective", evidence=sent.text, confidence=0.6, strength=0.8, position=sent.start,
                ))
            break
    return events
