"""A case a sentence names by its two sides, "A v. B", « A/Conseil », « A c. Conseil »: its
first side brought it. The sides' separators are one table for both languages (an English
page may print a French case's name and the other way round). Read where the sentence is
framed by the case ("In A v. B, ...", « Dans l'affaire A/Conseil, ... », or after the court:
"the General Court, in A v Council (Case T-1/22), annulled ..."), gives its number right
before its sides ("in Case T-1/22 (A v Council)", a list of judgments "T-1/22 A v Council"),
joins it to the case just read ("judgments in the cases of A v Council and B v Council"),
makes it the filing's subject ("A v. B, No. 1, was filed ... on <day>") or names a court's
paper by it ("its judgment in A v Council", « son arrêt A/Conseil », « Arrêt du Tribunal du
<day> – A/Conseil », "The case is T-1/22 A v Council"); a case cited for its reasoning (a
reporter's citation after it, "See" / « voir » before it or before its number, a paper's
day and a comma before it: « arrêt du 3 mars 2012, A/Conseil »), one whose first side is an
authority and one about no listing tell no lawsuit. Nor does a case cited beside a court's
relief of its first side in the same sentence ("sanctions against A (Case T-1/22 A v Council)
were annulled", "annulled the listing of A in Case T-1/22 A v Council"): the relief is the act
told, the case its citation (a ruling against the party tells its case all the same:
`court_cases.py`)."""

from __future__ import annotations

import re

from .dates import PartialDate, find_dates
from .legal_event import Event
from .mentions import Mention
from .sentences import Sentence, within

# the other side when the separator is a slash (« A/Conseil »): an authority only ("News /
# Sputnik" is a credit)
_AUTHORITY_AFTER = (r"(?:Conseil|Council|Commission|Parlement|Parliament|Secretary|Secrétaire|Minist\w+|"
                    r"Department|Département|Treasury|Trésor|Royaume|Kingdom|République|Republic|[EÉ]tat|"
                    r"United\s+States|HM\s+Treasury|OFAC|Office|Bureau)\b")
# a case named by its two sides, the first side brings it, both languages from one table:
# "A v. B", "A, et al. v. B", "A v B", "A vs. B", « A c. Conseil », « A/Conseil »
_SIDES = re.compile(
    r"\.?(?:\s*,?\s*et\s+al\.?,?)?(?:\s+(?:vs?\.?|c\.)\s+(?=[A-Z])|\s?/\s?(?=" + _AUTHORITY_AFTER + r"))"
)
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
_SIGNAL_BEFORE = re.compile(
    r"(?i)\b(?:see(?:\s+also)?|cf\.|citing|quoting|accord|voir(?:\s+aussi|\s+également)?)\s+(?:e\.g\.,?\s+|not(?:amment|\.))?"
    r"(?:(?:the\s+)?judgment|(?:l['’])?arrêt|order|ordonnance)?[^,;]{0,60}?$"
)
# a court's paper named by the case: "its judgment in A v Council", "the order in A v B",
# « son arrêt A/Conseil », « Arrêt A c. Conseil », « Arrêt du Tribunal du 2 juin 2025 – A/Conseil »,
# « l'ordonnance dans l'affaire A/Conseil », "The case is T-1/22 A v Council" (no comma
# between paper and case: « arrêt du 3 mars 2012, A/Conseil » cites another case)
_PAPER = re.compile(
    r"(?i)(?:\b(?:judge?ments?|orders?|rulings?|decisions?|opinion|arrêts?|ordonnances?|jugements?|décisions?)"
    r"(?:\s+(?:of|du|de\s+la|de\s+l['’])\s+[^,;:()\n]{1,50}?\s+[–—-]"
    # (the court named between, its short form in brackets: "decision of the Federal Court
    # ("FC") in A v. B")
    r"|\s+(?:of|by|du|de\s+la|de\s+l['’])\s+(?:the\s+|la\s+|le\s+|l['’])?[^,;:()\n]{1,40}?(?:[Cc]ourt|[Tt]ribunal|[Cc]our)"
    r"(?:\s*\([^()\n]{1,12}\))?(?=\s+(?:in|dans)\b))?"
    r"(?:\s+(?:in|dans)(?:\s+(?:the\s+cases?\s+of|l['’]affaire|les\s+affaires))?)?"
    r"|\b(?:the\s+case|l['’]affaire|cette\s+affaire)\s+(?:is|was|est)"
    r"|^\W*(?:in\s+|dans\s+)?(?:affaire|case)s?)"
    r"(?:\s+[TC][-‑‐]\s?\d{1,4}/\d{2}(?:\s+[A-Z]{1,4}\b)?,?)?\s+(?:(?:M|Mr|Mme)\.?\s+)?$"
)
# the case framed inside a court's sentence, after the court: "the General Court, in A v
# Council (Case T-1/22), annulled ...", « le Tribunal, dans l'affaire A/Conseil, a annulé ... »
_IN_CASE_MID = re.compile(r"(?i)\b(?:court|tribunal|judges?|juges?|cour)\b[^.;]{0,40}?,\s*(?:in|dans)\s+"
                          r"(?:the\s+cases?\s+of\s+|l['’]affaire\s+)?$")
# ... or given by its number right before its sides: "in Case T-1/22 (A v Council)",
# "(Case T-1/22, A v Council)", « (affaire T-1/22, A/Conseil) », a list of a court's
# judgments ("Judgments in Cases:\n• T-1/22 A v Council")
_NUMBER_BEFORE = re.compile(r"(?:\b(?i:case|affaire|aff\.)\s+)?\b[TC][-‑‐]\s?\d{1,4}/\d{2}(?:\s+[A-Z]{1,4}\b)?\s*[,(]?\s*"
                            r"(?:(?:M|Mr|Mme)\.?\s+)?$")
# another case joined to the one just read, the same paper's: "judgments in the cases of A v
# Council (case T-1/22) and B v Council (case T-2/22)"
_JOINED = re.compile(r"^[^.;()]{0,40}?(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)"
                     r"(?:(?:M|Mr|Mme)\.?\s+)?$")
# a court's notice of a case brought, the day then the sides, as the EU's Official Journal
# prints it: « Recours introduit le 3 mai 2019 – A/Conseil », "Action brought on 3 May
# 2019 – A v Council", « Pourvoi formé le ... – A/Conseil », "Appeal brought on ... – A v B"
_NOTICE = re.compile(
    r"(?i)^\W*(?:recours|pourvoi|action|appeal|application|requête)\s+(?:introduite?|formée?|déposée?|brought|lodged|filed)\s+"
    r"(?:le|on)\s+(?P<day>[^–—\n]{4,40}?)\s*[–—-]\s*(?:(?:M|Mr|Mme|Mrs|Ms)\.?\s+)?$"
)
# the first side is the authority (a government's appeal: "Secretary v. A"): not a challenger
_AUTHORITY_SIDE = re.compile(
    r"\b(?:United\s+States|U\.\s?S\.|Secretary|Department|Dep['’]t|Treasury|Council|Commission|Government|"
    r"Minist(?:er|ry)|State|OFAC|Attorney|Republic|Kingdom|Office|Bureau|Agency)\b"
)
# the listing the case is about, told in its sentence or the next
_LISTING = re.compile(
    r"(?i)\b(?:sanction\w*|designat\w*|list(?:ed|ing)|blacklist\w*|SDN|asset\s+freeze|froze|frozen|"
    r"blocked|block(?:ing)?\s+order|restrictive\s+measures|mesures\s+restrictives|gel(?:ée?s?|er)?|listes?|"
    r"inscri\w*|désign\w*|liste\s+noire|remov(?:al|ed|ing|e)\s+(?:\w+\s+)?from)\b"
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
    for i, sent in enumerate(sents):
        if " v" not in sent.text and " c." not in sent.text and "/" not in sent.text:
            continue
        local = [m for m in within(sent, mentions) if m.entity is not None]
        read_to = -1  # where the sides of the case just read end (another may be joined to it)
        for m in local:
            a, b = m.start - sent.start, m.end - sent.start
            sides = _SIDES.match(sent.text, b)
            number = _NUMBER_BEFORE.search(sent.text[:a])
            # (a signal of citation before the case's number too: "see Case T-1/20, A v Council")
            if sides is None or _AUTHORITY_SIDE.search(m.name) \
                    or _SIGNAL_BEFORE.search(sent.text[: number.start() if number else a]):
                continue
            after = sent.text[sides.end() : sides.end() + 160]
            if _REPORTER.search(after.split(";")[0]):
                continue
            filed = _FILED.search(sent.text, sides.end())
            framed = (_IN_CASE.match(sent.text[:a]) is not None or _IN_CASE_MID.search(sent.text[:a]) is not None) \
                and "," in after
            paper = _PAPER.search(sent.text[:a]) is not None or number is not None \
                or (0 <= read_to <= a and _JOINED.match(sent.text[read_to:a]) is not None)
            notice = _NOTICE.match(sent.text[:a])
            if filed is None and not framed and not paper and notice is None:
                continue
            # the listing, in its sentence or the next (a paper: the one before and the next
            # three; a notice, or a paper's own title opening the page: the heading and the
            # pleas that follow it)
            heading = notice is not None or (paper and i < 3)
            near = " ".join(s.text for s in sents[max(0, i - 1) if paper else i + 1 :
                                                  i + (16 if heading else 4 if paper else 2)])
            if not _LISTING.search(sent.text) and not _LISTING.search(near):
                continue
            date = None
            if filed is not None:
                found = [d for d in find_dates(sent.text, lang, published) if d.start >= filed.end()]
                date = found[0].date if found else None
            elif notice is not None:
                found = [d for d in find_dates(sent.text, lang, published)
                         if notice.start("day") <= d.start < notice.end("day")]
                date = found[0].date if found else None
            assert m.entity is not None
            if not any(e.entity is m.entity for e in events):
                events.append(Event(
                    type="legal_challenge", entity=m.entity, authority=None, list_name=None, date=date,
                    status="effective", evidence=sent.text, confidence=0.6, strength=0.8, position=sent.start,
                ))
            # (the other side: up to the next comma or bracket)
            other = re.match(r"[^,;()]*", sent.text[sides.end():])
            read_to = sides.end() + (other.end() if other else 0)
            if filed is not None or notice is not None:
                break
    return events


# the court's relief in the party's favour, whose citation a case name can be
_RELIEF_KINDS = frozenset({"vacatur", "injunction"})


def cites_relief(e: Event, events: list[Event], mentions: list[Mention]) -> bool:
    """The case ``e`` names is cited beside a court's relief of its first side told in the
    same sentence, the party named there before its case ("sanctions against A (Case T-1/22 A
    v Council) were annulled"): the relief's citation, no second act. A case that frames the
    sentence, named before its party's relief ("the Court, in A v Council, annulled"), stands."""
    if not any(o.type in _RELIEF_KINDS and o.entity is e.entity and o.evidence == e.evidence for o in events):
        return False
    end = e.position + len(e.evidence)
    own = sorted(m.start for m in mentions if m.entity is e.entity and e.position <= m.start < end)
    first = next((m for m in mentions if m.entity is e.entity and own and m.start == own[0]), None)
    return first is not None and _SIDES.match(e.evidence, first.end - e.position) is None
