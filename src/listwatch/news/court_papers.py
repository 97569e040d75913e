"""The heading of a court's own judgment or order, as the EU courts print it: "In Case
T-155/13, X, residing in Dubai, represented by ..., applicant, v Council of the European
Union, ..., defendant". The party named before "applicant" / "partie requérante" brought
the case (a ``legal_challenge``), dated by "the application lodged at the Registry ... on
17 June 2022" / "requête déposée au greffe du Tribunal le 17 juin 2022" when the heading
gives it."""

from __future__ import annotations

import re

from .case_roles import caption_parties
from .dates import PartialDate, find_dates
from .lang.common import EU_COUNCIL, EU_COURT
from .legal_event import Event
from .mentions import Entity, Mention
from .sentences import Sentence, sentence_at, within

# the case heading: its number, then the parties with their roles
_CASE = re.compile(
    r"(?i)\b(?:in\s+cases?|dans\s+les?\s+affaires?|dans\s+l['’]affaire|affaires?)\s+[TC][-‑‐]\s?\d{1,4}/\d{2}\b"
)
# a court's paper's own heading: the court or the paper's kind
_COURT_HEAD = re.compile(r"(?i)\b(?:court|tribunal|cour|judgment|order|arrêt|ordonnance|jugement)\b")
# several cases joined in one heading ("In Cases T-1/22 and T-2/22"): one application each
_CASES = re.compile(r"(?i)\b(?:cases|affaires)\s+[TC][-‑‐]\s?\d{1,4}/\d{2}\b")
# a party as the heading gives it: its seat or residence, or its counsel
_PARTY_LINE = re.compile(
    r"(?i),\s+(?:residing|resident|established|domiciled|having\s+its\s+(?:registered\s+)?(?:office|seat)|"
    r"demeurant|résidant|établie?|ayant\s+son\s+siège|domiciliée?|represented\s+by|représentée?\s+par)\b"
)
# the role of the one who brought the case, one table for both languages and for the EU's
# and the national courts' papers (an appeal's "appellant", a Swiss « recourant », a French
# « demandeur »): the role that follows the party on a line of its own
_BRINGER = (r"(?:applicants?|appellants?|claimants?|petitioners?|plaintiffs?|parties?\s+requérantes?|requérante?s?|"
            r"recourante?s?|demandeur|demanderesse|demandeurs|appelante?s?)")
_APPLICANT = re.compile(r"(?i)^\W*" + _BRINGER + r"\W*$")
# the role told inside the heading's sentence ("..., avocats,\npartie requérante,\ncontre")
_APPLICANT_INSIDE = re.compile(r"(?i),\s+" + _BRINGER + r"\s*,")
# (an appeal's number ends in "P"; the paper may then say what the case is and when it was
# brought, on a line of its own: "APPEAL ..., brought on <day>,", « POURVOI ..., introduit
# le <day>, », or told as its subject: « ayant pour objet un pourvoi ..., introduit le <day>, »,
# "concerning an appeal ..., brought on <day>,")
# (the number's letters after it: an appeal's "P", interim relief's "R", a review's "REV" ...)
_SUFFIX = r"(?:P|R|OP|REV|RENV|DEP|INTP)\b"
_SUBJECT_WORDS = r"(?:ayant\s+pour\s+objet|concerning)\s+(?:un|une|an?)\s+"
_SUBJECT = r"(?:" + _SUBJECT_WORDS + r")?"
_CASE_LEAD = re.compile(
    r"(?i)^\s*(?:in\s+cases?|dans\s+les?\s+affaires?|dans\s+l['’]affaire|affaires?)\s+[TC][-‑‐]\s?\d{1,4}/\d{2}"
    r"(?:\s+" + _SUFFIX + r")?(?:\s+(?:and|et)\s+[TC][-‑‐]\s?\d{1,4}/\d{2}(?:\s+" + _SUFFIX + r")?)*\b"
    r"(?:\s*,?\s*\n\s*" + _SUBJECT + r"(?:appeal|action|application|pourvoi|recours|requête)\b[^\n]*,)?"
)
# the Council's act whose annulment the case seeks, as far as it lists the applicant
_ANNULMENT_OF_ACT = re.compile(
    r"(?i)\b(?:demande\s+d['’]annulation|application\s+for\s+annulment|seeking\s+annulment)\s+(?:de\s+la\s+|of\s+)?"
    r"(?:(?:Council|Conseil)\s+)?(?:décision|decision|règlement|regulation)\b"
)
_APPLICANT_LISTED = re.compile(
    r"(?i)\b(?:le\s+nom\s+(?:du|de\s+la)\s+requérante?|the\s+applicant['’]s\s+name)\s+(?:a\s+été|avait\s+été|was|has\s+been)\s+"
    r"(?:inscrit|maintenu|included|listed|retained)"
)
# the day the application reached the court's registry
_LODGED = re.compile(
    r"(?i)\b(?:application|requête)\s+(?:(?:in|dans\s+l['’]affaire)\s+(?:Case\s+)?[TC][-‑‐]\s?\d{1,4}/\d{2}\s+)?"
    r"(?:lodged|déposée)\s+(?:at|au)\s+(?:the\s+)?(?:Court\s+)?(?:Registry|greffe)\b"
    # (or the case's own line under its number: "APPEAL under Article 56 ..., brought on")
    r"|^\s*(?:(?:in\s+cases?|dans\s+l['’]affaire|dans\s+les?\s+affaires?)\s+[TC][-‑‐]\s?\d{1,4}/\d{2}[^\n]*\n\s*"
    # (a line of its own when it tells what the case is: « ayant pour objet un pourvoi ... »)
    r"|(?=" + _SUBJECT_WORDS + r"))" + _SUBJECT
    + r"(?:appeal|action|pourvoi|recours)\b[^\n]{0,200}?\b(?:brought|lodged|filed|introduite?|formée?)\s+(?:on|le)\b"
)


# the bringer's role at the end of a party's line: "..., applicant,", « ..., partie requérante, »
_ROLE_ENDS = re.compile(r"(?i),\s+(?:applicants?|parties?\s+requérantes?|requérante?s?)\s*,?\s*$")
# what may open a party's line before its name: a courtesy title
_LINE_OPENS = re.compile(r"^[\s,–-]*(?:(?:M|Mme|Mr|Mrs|Ms|MM)\.?\s+)?$")


def _bringers(sents: list[Sentence], i: int, at: int, mentions: list[Mention]) -> list[Entity]:
    """The parties of a heading's lines from the party named at ``at`` (in ``sents[i]``)
    down to the bringer's role: one line each, with its seat or residence ("A, residing in
    ...,\nB, residing in ...,\nrepresented by ...,\napplicants,"); none when no bringer's
    role ends the run (two lines of counsel at most between a party and the next)."""
    found: list[Entity] = []
    gap = 0
    for s in sents[i : i + 12]:
        start = s.start
        for line in s.text.split("\n"):
            end, a = start + len(line), start
            start = end + 1
            if end <= at:
                continue
            opening = min((m for m in mentions if max(a, at) <= m.start < end and m.entity is not None),
                          key=lambda m: m.start, default=None)
            party = None
            if opening is not None and (opening.start == at or _PARTY_LINE.search(line)
                                        and _LINE_OPENS.match(line[: opening.start - a])):
                party = opening.entity
            if party is not None and party not in found:
                found.append(party)
                gap = 0
            if _APPLICANT.match(line) or _APPLICANT_INSIDE.search(line) or _ROLE_ENDS.search(line):
                return found
            if party is None:
                gap += 1
                if gap > 2:
                    return []
    return []


def court_heading_events(sents: list[Sentence], mentions: list[Mention], lang: str,
                         published: PartialDate | None) -> list[Event]:
    """The lawsuit a judgment's heading tells: who brought it and, when given, when."""
    head = next((i for i, s in enumerate(sents[:12]) if _CASE.search(s.text)), None)
    if head is None:
        # a national court's paper gives no EU case number: its heading is the first party
        # line a bringer's role follows ("X,\nreprésenté par Me Y, avocat,\nrecourant,\ncontre")
        # under the court's own heading ("Tribunal fédéral", "JUDGMENT OF THE COURT")
        head = next((i for i, s in enumerate(sents[:25]) if _PARTY_LINE.search(s.text)
                     and (_APPLICANT_INSIDE.search(s.text)
                          or any(_APPLICANT.match(t.text) for t in sents[i + 1 : i + 3]))), None)
        if head is None or not any(_COURT_HEAD.search(s.text) for s in sents[:head]):
            return []
    joined = _CASES.search(sents[head].text) is not None
    head_eu = _CASE.search(sents[head].text) is not None
    events: list[Event] = []
    for i in range(head, min(len(sents), head + 8)):
        sent = sents[i]
        if not _PARTY_LINE.search(sent.text):
            continue
        first = [m for m in within(sent, mentions) if m.entity is not None]
        # the heading's line opens with the party's name (after the case number when the two
        # are one sentence: "Dans l'affaire T-1/19,\nX, demeurant à ...")
        if not first or _CASE_LEAD.sub("", sent.text[: first[0].start - sent.start]).strip(" ,–-\n"):
            continue
        parties = _bringers(sents, i, first[0].start, mentions)
        if not parties:
            continue
        party = parties[0]
        lodged_on: list[tuple[PartialDate | None, Sentence]] = []
        for s in sents[head : head + 30]:
            lodged = _LODGED.search(s.text)
            if lodged:
                found = [d for d in find_dates(s.text, lang, published) if d.start >= lodged.end()]
                lodged_on.append((found[0].date if found else None, s))
                if not joined:
                    break  # one case, one application (its later papers are no new case)
        for one in parties:  # (several bringers of one case: the same application each)
            for date, told in lodged_on or [(None, sent)]:
                if any(e.entity is one and e.date == date for e in events):
                    continue
                events.append(Event(
                    type="legal_challenge", entity=one, authority=EU_COURT if head_eu else None, list_name=None,
                    date=date, status="effective", evidence=sent.text, confidence=0.7, strength=0.9,
                    position=told.start if told is not sent else sent.start,
                ))
        # the act the case seeks to annul, with its day, listed the applicant ("une demande
        # d'annulation de la décision ... du Conseil, du 4 février 2019, ... pour autant que le
        # nom du requérant a été maintenu sur la liste", "seeking annulment of Council Decision
        # ... of 4 February 2019 ... in so far as the applicant's name was included")
        for s in sents[i : i + 4]:
            act = _ANNULMENT_OF_ACT.search(s.text)
            if act is None or not _APPLICANT_LISTED.search(s.text, act.end()):
                continue
            days = [d for d in find_dates(s.text, lang, published)
                    if d.start >= act.end() and d.date is not None and d.date.precision == "day"]
            if days:
                events.append(Event(
                    type="designation", entity=party, authority=EU_COUNCIL, list_name=None, date=days[0].date,
                    status="effective", evidence=s.text, confidence=0.6, strength=0.8, position=s.start,
                ))
            break
        break
    return events


# a party given its role in the case, the role before its name: "the plaintiffs, A, B and
# C, bring this action", "Applicant: A (Minsk)", "the agency listed plaintiffs A and its
# director, B", "of Plaintiff A", "le requérant, M. A,"
# (after a comma only with its article: a caption's "A and others, Plaintiffs, Docket 24"
# puts the role after the names)
_ROLE_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|le|la|les)\s+(?:plaintiffs?|applicants?|petitioners?|requérant(?:e|s|es)?)\s*[:,]?"
    r"|\b(?:plaintiffs?|applicants?|petitioners?)(?:\s*:)?)"
    r"\s+(?:(?:M|Mr|Mrs|Ms|Mme|Dr)\.?\s+)?$"
)
_COURT_WORD = re.compile(r"(?i)\b(?:court|tribunal|judges?|judgment|juges?|jugement|arrêt|civil\s+action|lawsuit|"
                         r"complaint|plainte|recours)\b")
# what may sit between two parties the role names: a short form in brackets, a comma or
# "and", a description of the next one ("and its chief executive,")
_ROLE_CHAIN = re.compile(
    r"(?i)^\.?(?:\s*\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et|&)\s+)"
    r"(?:(?:the|its|his|her|their|son|sa|ses|le|la|l['’])\s*(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+)?"
    r"(?:(?:M|Mr|Mrs|Ms|Mme|Dr)\.?\s+)?$"
)


def role_events(sents: list[Sentence], mentions: list[Mention]) -> list[Event]:
    """The parties a court's paper names by their role in the case ("the plaintiffs, A and
    B", "Applicant: A", "le requérant, M. A"): they brought it, a ``legal_challenge`` each,
    undated (the paper's dates are its own, not the filing's)."""
    events: list[Event] = []
    if not any(_COURT_WORD.search(s.text) for s in sents):
        return events  # "granted the applicant, A, a licence": no case without a court
    for sent in sents:
        local = [m for m in within(sent, mentions) if m.entity is not None]
        for k, m in enumerate(local):
            if not _ROLE_BEFORE.search(sent.text[max(0, m.start - sent.start - 40) : m.start - sent.start]):
                continue
            chain = [m]
            for nxt in local[k + 1 :]:
                if not _ROLE_CHAIN.match(sent.text[chain[-1].end - sent.start : nxt.start - sent.start]):
                    break
                chain.append(nxt)
            for p in chain:
                assert p.entity is not None
                if any(e.entity is p.entity for e in events):
                    continue
                events.append(Event(
                    type="legal_challenge", entity=p.entity, authority=None, list_name=None, date=None,
                    status="effective", evidence=sent.text, confidence=0.6, strength=0.8, position=sent.start,
                ))
    return events


def caption_events(text: str, sents: list[Sentence], mentions: list[Mention]) -> list[Event]:
    """The party a court's caption names above its role ("KORLOV\nApplicant\n- and -\nMINISTER
    OF X\nRespondent") brought the case: a ``legal_challenge``, undated (the caption gives
    the paper's day, not the filing's)."""
    events: list[Event] = []
    for a, b in caption_parties(text):
        party = next((m.entity for m in mentions if a <= m.start < b and m.entity is not None), None)
        sent = sentence_at(sents, a)
        if party is None or sent is None or any(e.entity is party for e in events):
            continue
        events.append(Event(
            type="legal_challenge", entity=party, authority=None, list_name=None, date=None,
            status="effective", evidence=sent.text, confidence=0.6, strength=0.8, position=sent.start,
        ))
    return events
