"""Names that can be no party by what they are on the page, read once for all mentions.

A designee is a company, a body, a person or a state that an act targets. A capitalised
run the finders read as a name may be none of these, whatever act is told beside it:

- **the rest of a longer name** the finder cut: an authority's or an office's words after
  its head and glue word ("the Ministry of Foreign Affairs" read as "Affairs", "the
  Department of Trade, Labour and Health", « le Bureau du Médiateur »),
  the head word of a state's name left alone when its adjective was taken off ("the
  Slovak Republic" read as "Republic"), and two countries' codes joined as an adjective of
  nationality ("a US-UK dual national"). Such a name is the office's or the state's: every
  mention of it is dropped (« le Médiateur » later is the office again).
- **the outlet a report is credited to**: the subject of a verb of reporting told after
  the report (", the Daily Courier reported", « rapporte le Quotidien »), whom a speaker
  told ("told the Daily Courier", « a déclaré au Quotidien »), the source after
  "according to", « selon », « d'après », "cited by", « cité par », an agency between
  slashes in a dateline ("OSLO, 3 May. /NORPRESS/.") or opening a line before a dash
  ("Agence Norpresse – ...").
- **a reference, no name**: a treaty's or a code's acronym after an article's number
  ("article 12 TUE", "Article 5 ICCPR"), a register's acronym before its number ("ISIN
  code", "IMO No. 7654321"), the letters after a case's number ("T-101/23 RII").

A name told so at every mention of it is dropped; a name told once as the source and
once as the object of an act stays a name. Names of the store (gazetteer hits) are kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from .names import Mention, is_place

# a body's or an office's head, capitalised (a ministry in either case), and its glue
# word: the capitalised words after it, joined by commas and "and", are its name's
_HEADS = (
    r"(?:(?-i:Department|Ministry|Office|Bureau|Agency|Administration|Directorate|Secretariat|"
    r"Commission|Committee|Council|Ministère|Département|Direction|Agence|Commissariat|Comité|"
    r"Secrétariat|Conseil)|ministry|ministère)"
)
_REST_OF_BODY = re.compile(
    rf"(?i)(?<![\w-]){_HEADS}[ \t]*\n?[ \t]*(?:of|for|on|de|du|des|d['’]|pour)[ \t\n]+"
    r"(?:the[ \t]+|la[ \t]+|le[ \t]+|les[ \t]+|l['’])?"
    r"(?:(?-i:[A-ZÀ-Ý])[\w-]*(?:,[ \t]+|[ \t\n]+(?:(?:and|&|et)[ \t]+)?)){0,5}$"
)
# the head of a state's or a union's name, alone ("Federation" of "the Russian Federation")
_STATE_HEADS = frozenset(
    "Federation Republic Kingdom Emirates Confederation Principality Union "
    "Fédération République Royaume Émirats Emirats Confédération Principauté".split()
)
_CODES = re.compile(r"[A-Z]{2,3}(?:[-‑][A-Z]{2,3})+")
# countries' two- and three-letter codes a nationality is written with
_STATE_CODES = frozenset(
    "US USA UK GB CN PRC RU FR DE JP KR KP TW IR SG AE UAE EU UE CH IT ES NL BE PL UA BY IL TR IN BR CA "
    "AU NZ CY LU AT SE NO FI DK IE PT GR".split()
)

# the outlet told after the report (", X reported", "X wrote"), or after a verb of
# reporting put first (« rapporte X »)
_REPORTS_AFTER = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:reported|reports|wrote|writes|revealed|"
    r"a[ \t]+(?:rapporté|révélé|écrit|indiqué)|rapporte|révèle|écrit)\b"
    r"(?![ \t]+(?:on[ \t]+\w+[ \t]+)?(?:that|que|qu['’]))"
)
# (told after the report: after a comma or a closing quote, never opening the sentence)
_REPORT_OPENS = re.compile(r"[,”\"»][ \t]*(?:the[ \t]+|The[ \t]+)?$")
_REPORTED_BY = re.compile(
    r"(?i)(?:\b(?:according[ \t]+to|cited[ \t]+by|quoted[ \t]+by|reported[ \t]+by|citing|told|selon|"
    r"d['’]après|cit[ée]e?s?[ \t]+par|rapporte|rapport[ée]e?s?[ \t]+par|"
    r"(?:a|ont|avait)[ \t]+(?:déclaré|indiqué|confié|dit|expliqué|affirmé|précisé)[ \t]+(?:à|au|aux))"
    r"[ \t]+(?:the[ \t]+|le[ \t]+|la[ \t]+|les[ \t]+|l['’])?)$"
)
_TOLD_TO = re.compile(r"(?i)\b(?:a|ont|avait)[ \t]+(?:déclaré|indiqué|confié|dit|expliqué|affirmé|précisé)[ \t]+au[ \t]+$")
# an agency between slashes in a dateline, or opening a line before a dash
_SLASHED = re.compile(r"/[ \t]*$")
_LINE_AGENCY = re.compile(r"(?m)^[ \t]*(?:Agence|Agency|Agencia)[ \t]+$")
_MEDIA_WORD = re.compile(r"\b(?:Press|Presse|News|Agency|Agence|Wire|Radio|TV|Télévision|Television)\b")
_DASH_AFTER = re.compile(r"[ \t]*[-–—][ \t]+\S")

# references: an article's number before, a number after, a case's number before
#: a law cited by its article ("article 263 TFEU", "Article 5 of the X", « l'article 263 du
#: TFUE », "sections 2 and 3 of"), read before a name (here and by ``court_nonparties``)
LAW_ARTICLE_BEFORE = re.compile(
    r"(?i)\b(?:articles?|art\.|sections?|§|paragraphs?|paragraphe|alinéa)[ \t]+\d+[\w()‑-]*"
    r"(?:[ \t]*(?:,|et|and|§|paragraph|paragraphe|para\.)[ \t]*\d+[\w()‑-]*)*[ \t]+"
    r"(?:of[ \t]+(?:the[ \t]+)?|du[ \t]+|de[ \t]+la[ \t]+|de[ \t]+l['’][ \t]*|des[ \t]+)?$"
)
_NUMBER_AFTER = re.compile(r"(?i)[ \t\n]*(?:number|numbers|no\.|nos\.|n°|numéro|numéros|code)(?![\w])")
#: a case number before a name ("T-743/22 RIII"; here and by ``court_nonparties``)
CASE_NUMBER_BEFORE = re.compile(r"(?<![\w])[A-Z][ \t]*[‑‐-][ \t]*\d{1,4}/\d{2,4}[ \t]+$")
_ACRONYM = re.compile(r"[A-Z]{2,8}")


def _cut_from_longer(text: str, m: Mention) -> bool:
    """The mention is the rest of a body's name, a state's head alone, or joined codes."""
    if _REST_OF_BODY.search(text, max(0, m.start - 160), m.start):
        return True
    if m.text in _STATE_HEADS:
        return True
    return bool(_CODES.fullmatch(m.text)) and all(
        p in _STATE_CODES or is_place(p) for p in re.split(r"[-‑]", m.text))


def _credited(text: str, m: Mention) -> bool:
    """The mention is the outlet the report is credited to."""
    before = text[max(0, m.start - 60) : m.start]
    if _REPORTS_AFTER.match(text, m.end) and _REPORT_OPENS.search(before):
        return True
    if _REPORTED_BY.search(before) or _TOLD_TO.search(before):
        return True
    if _SLASHED.search(before) and re.match(r"[ \t]*/", text[m.end :]):
        return True
    line_head = _LINE_AGENCY.search(before) or (
        re.search(r"(?m)^[ \t]*$", before) and _MEDIA_WORD.search(m.text))
    return bool(line_head) and bool(_DASH_AFTER.match(text, m.end))


def _reference(text: str, m: Mention) -> bool:
    """The mention is an acronym of a reference, no name."""
    if not _ACRONYM.fullmatch(m.text):
        return False
    before = text[max(0, m.start - 40) : m.start]
    return bool(LAW_ARTICLE_BEFORE.search(before) or CASE_NUMBER_BEFORE.search(before)
                or _NUMBER_AFTER.match(text, m.end))


def drop_nonparty_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without the names that are no party by what the page tells them to
    be (the module's doc): a name cut from a longer one at any mention, a credited outlet
    or a reference at every mention."""
    cut: set[str] = set()
    told: dict[str, list[bool]] = defaultdict(list)
    for m in mentions:
        if m.key is not None:
            continue
        if _cut_from_longer(text, m):
            cut.add(m.name)
        told[m.name].append(_credited(text, m) or _reference(text, m))
    gone = cut | {n for n, flags in told.items() if all(flags)}
    return [m for m in mentions if m.key is not None or m.name not in gone]
