"""Who a sentence about a court case names besides the party whose case or relief it tells:
the judge (a name after a judge's title), the party's counsel (a law firm that acts for the
party in court: a suit lodged "on behalf of" it, an order won "for" it; « SCP X, avocats »),
the defendants a suit is brought against (a run of titles and names after "against"), the
author of the act the case contests ("against the decision of X", "to X's decision"), a
court told by its initials ("SDNY", « CAA »), what the sentence cites (the law of an article,
"Article 263 TFEU"; a precedent, "X precedent", "precedent from the X litigation"; a case
number's suffix, "T-1/22 RII"), and the outlet a sentence is credited to
("..., according to X, ..."). None of them brought the case or won the relief: no court
event is theirs, however it came to them (its clause, a list, an anaphor)."""

from __future__ import annotations

import re

from .lang import COURT_EVENTS
from .legal_event import Event
from .mentions import Mention
from .nonparty_names import CASE_NUMBER_BEFORE, LAW_ARTICLE_BEFORE
from .sentences import Sentence, sentence_at, within

# the judge's title before the name (the first names may stand between: "Judge Jane Q. Roe"),
# with the court's words of the title between too ("le juge de district américain A", « la
# juge fédérale B », « le juge d'instruction C », "Mr Justice D", "Lord Justice E")
_JUDGE_BEFORE = re.compile(
    r"(?:\b(?:[Jj]udges?|[Jj]uges?|[Mm]agistrat(?:e|s|es)?)|\b(?:Mr|Mrs|Ms|Lord|Lady|Chief|Associate)\.?\s+Justice)\s+"
    r"(?:(?:de|du|des|d['’]|of|the|en|(?-i:fédéra(?:l|le|ux|les))|(?-i:américaine?s?)|(?-i:district)|(?-i:instruction)|"
    r"(?-i:référés)|(?-i:chef)|(?-i:administrati(?:f|ve))|(?-i:principale?)|(?-i:unique)|(?-i:federal)|(?-i:senior)|"
    r"(?-i:presiding)|(?-i:britannique)|(?-i:européenne?))\s+){0,4}"
    r"(?:[A-ZÀ-Ý][\w.'’-]*\s+){0,3}$"
)

# counsel told as such: "X, avocats", "X, attorneys for Y", "the law firm X", "lawyers at X"
_COUNSEL_AFTER = re.compile(r"(?i)(?:\s+(?:(?-i:[A-ZÀ-Ý][\w.'’-]*)|&|et|and)){0,4}\s*,\s*(?:avocats?|attorneys?|lawyers?|counsel|solicitors?|barristers?)\b")
_COUNSEL_BEFORE = re.compile(
    r"(?i)\b(?:law\s+firm|cabinet(?:\s+d['’]avocats)?|lawyers?\s+(?:at|from|with)|attorneys?\s+(?:at|from|with)|"
    r"avocats?\s+(?:du|de\s+la)\s+(?:cabinet|SCP)|counsel\s+(?:at|from))\s+(?:the\s+|le\s+|la\s+)?$"
)
# counsel told by a title or a word of the bar right before the name: « Maître A », « Me B »,
# « l'avocat C », « son avocate, D », "attorney E", "his lawyer, F", "a lawyer for the firm, G"
# (not "lawyers for X", whose X is the client)
_COUNSEL_TITLE = re.compile(r"(?:\bMa[îi]tres?|\bMe|\bM[ᵉe]s)\.?\s+$")
_COUNSEL_WORD_BEFORE = re.compile(
    r"(?i)\b(?:avocate?s?|lawyers?|attorneys?|counsel|solicitors?|barristers?)"
    r"(?:\s+(?:for|of|representing|de|du|des|d['’]|représentant)\s+[^,.;«»\"“”()]{1,60},|\s*,)?\s+$"
)
# a name with the form of a law firm ("X LLP", « SCP X »)
_FIRM_FORM = re.compile(r"\b(?:LLP|L\.L\.P\.|PLLC|SCP|SELARL|SELAS|AARPI|Avocats|Attorneys)\b")
# the name acts in court for others: a case lodged on behalf of another, an order won for
# another (« X a obtenu la suspension pour le compte de Y »)
_ACTS_FOR_AFTER = re.compile(
    r"(?i)(?:['’]s?)?\s+(?:(?:has|have|had|a|ont|avait|successfully|also|now)\s+)*"
    r"(?:obtain\w*|won|wins|secur\w*|fil(?:ed|es)|brought|brings|lodg\w*|obtenu|obtient|déposé|introduit|formé)\b"
    r"(?=[^.;]{0,240}?\b(?:on\s+behalf\s+of|au\s+nom\s+d|pour\s+le\s+compte\s+d|"
    r"(?:injunction|order|relief|ruling|judgment|annulment|suspension|ordonnance|annulation)\s+(?:for|pour)\s+"
    r"(?:the\s+|its\s+|their\s+|le\s+|la\s+|les\s+|l['’]|ses\s+|son\s+|leurs?\s+)?(?:clients?|(?-i:[A-ZÀ-Ý]))))"
)

# the defendants a suit names: a run of titles and names right after "against" / « contre »
# ("against President A, Secretary of State B"); not "against the designation of X" (lower-
# case words between), not "against X's listing" (the listing is the party's)
_SUIT_WORD = re.compile(
    r"(?i)\b(?:su(?:ed|es|ing|it|its)|lawsuits?|complaints?|actions?|cases?|petitions?|filed|brought|"
    r"plaintes?|recours|procès|requêtes?|assign\w+|poursuivi\w*)\b"
)
_AGAINST_RUN = re.compile(
    r"\b(?:against|contre)\s+(?:(?:[A-ZÀ-Ý][\w.'’-]*|of|for|the|and|de|du|des|la|le|et|l['’]|"
    # (a person's title written in lower case: « contre la ministre A et le directeur B »)
    r"minist(?:er|re)|secr[eé]tai?r[ey]|direct(?:or|eur|rice)|présidente?|president|chief|head|governor|"
    r"gouverneur|commissioner|commissaire|procureure?|prosecutor|attorney|general|général)\s*,?\s*){0,24}$"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")

# the author of the act a case contests: the name after "the decision of" / « la décision
# du » (a decision's "of" names who took it; a listing's "of" names whom it lists), or the
# possessor of "'s decision" ("the Minister's decision", « contre la décision du DFAE »)
_ACT_NOUN = r"(?:decision|order|determination|ruling|judgment|décision|arrêté|ordonnance|jugement|arrêt)"
_AUTHOR_BEFORE = re.compile(
    r"(?i)\b(?:against|to|of|contre|de|sur)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?" + _ACT_NOUN
    + r"\s+(?:of\s+(?:the\s+)?|du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|de\s+)$"
)
_AUTHOR_POSSESSIVE = re.compile(r"(?i)['’]s?\s+(?:\w+\s+)?" + _ACT_NOUN + r"\b")
_AUTHOR_BEFORE_POSSESSIVE = re.compile(r"(?i)\b(?:against|to|of)\s+(?:the\s+)?$")

# the outlet a sentence is credited to: "..., according to X, ..." (a few words may describe it)
_SOURCE_BEFORE = re.compile(
    r"(?i)\b(?:according\s+to|selon|d['’]après|as\s+reported\s+by|cited\s+by)\s+"
    r"(?:(?!(?:by|par|filed|déposée?s?|of|de|du|des)\b)[\w'’-]+\s+){0,4}$"
)
_SOURCE_AFTER = re.compile(
    r"(?i)\s*(?:(?:news\s+)?agency|newspaper|daily|outlet|broadcaster|agence(?:\s+de\s+presse)?|journal|"
    r"quotidien|média)?\s*,"
)


def counsel(text: str, mentions: list[Mention]) -> set[int]:
    """Ids of the entities the article tells as a party's counsel anywhere: a name so
    described, or one with a law firm's form that acts in court for others."""
    out: set[int] = set()
    for m in mentions:
        if m.entity is None:
            continue
        if _COUNSEL_AFTER.match(text, m.end) or _COUNSEL_BEFORE.search(text, max(0, m.start - 60), m.start) \
                or titled_counsel(text, m) \
                or _ACTS_FOR_AFTER.match(text, m.end) and _FIRM_FORM.search(" ".join({m.entity.name, *m.entity.aliases})):
            out.add(id(m.entity))
    return out


def titled_counsel(text: str, m: Mention) -> bool:
    """The mention names counsel by a title or a word of the bar: « Maître A » (the title in
    the name or right before it), « l'avocat B », "his lawyer, C", "attorney D"."""
    if m.entity is None:
        return False
    if any(_COUNSEL_TITLE.match(n.split(None, 1)[0] + " ") and len(n.split()) > 1 for n in {m.entity.name, *m.entity.aliases}):
        return True
    return _COUNSEL_TITLE.search(text, max(0, m.start - 12), m.start) is not None \
        or _COUNSEL_WORD_BEFORE.search(text, max(0, m.start - 90), m.start) is not None


def judge_named(text: str, start: int) -> bool:
    """The name at ``text[start:]`` is a judge's: a judge's title stands before it, with
    the judge's first names between ("Judge Jane Q. Roe", « la juge Anne Roe »)."""
    return _JUDGE_BEFORE.search(text, max(0, start - 60), start) is not None


# what a court's sentence cites rather than who acts in it: the law an article or section
# belongs to ("under Article 263 TFEU", « l'article 263 TFUE », "section 4 of the X"), a case
# cited as precedent ("X precedent", "precedent from the X litigation", « la jurisprudence X »),
# a case number's suffix ("T-12/22 RII", an interim application's letters)
_PRECEDENT_BEFORE = re.compile(
    r"(?i)\b(?:precedents?\s+(?:from|in|set\s+(?:in|by))|jurisprudence|as\s+held\s+in|as\s+in|cf\.)\s+(?:the\s+|la\s+|l['’]\s*)?$"
)
_PRECEDENT_AFTER = re.compile(r"(?i)\s+(?:[\w-]+\s+){0,2}?precedents?\b")
_CASE_SUFFIX = re.compile(r"[A-Z]{1,5}(?:\([A-Z]\))?")  # (not the case's name after its number: "T-1/22 Orlov v Council")


def cited_not_acting(text: str, a: int, b: int) -> bool:
    """The name at ``text[a:b]`` is what a court's sentence cites (a law by its article, a
    precedent, a case number's suffix), not one who acts in it."""
    return (LAW_ARTICLE_BEFORE.search(text, max(0, a - 40), a) is not None
            or _PRECEDENT_BEFORE.search(text, max(0, a - 40), a) is not None
            or _PRECEDENT_AFTER.match(text, b) is not None
            or (CASE_NUMBER_BEFORE.search(text, max(0, a - 20), a) is not None
                and _CASE_SUFFIX.fullmatch(text, a, b) is not None))


def _role(e: Event, sent: Sentence, m: Mention) -> bool:
    """The mention ``m`` of ``e``'s party in ``sent`` names a judge, a defendant, a source or
    what the sentence cites (a law, a precedent)."""
    text = sent.text
    a, b = m.start - sent.start, m.end - sent.start
    if judge_named(text, a) or cited_not_acting(text, a, b):
        return True
    if _SOURCE_BEFORE.search(text, max(0, a - 80), a) and _SOURCE_AFTER.match(text, b):
        return True
    if _AUTHOR_BEFORE.search(text, max(0, a - 60), a) or _AUTHOR_POSSESSIVE.match(text, b) \
            and _AUTHOR_BEFORE_POSSESSIVE.search(text, max(0, a - 40), a):
        return True  # « le recours contre la décision du DFAE »: who took the act contested
    if e.type == "legal_challenge" and not _POSSESSIVE_AFTER.match(text, b):
        run = _AGAINST_RUN.search(text, max(0, a - 240), a)
        if run is not None and _SUIT_WORD.search(text, 0, run.start()):
            return True
    return False


# a court's initials, as law reports and case databases print them: a US district court's
# ("SDNY", "EDVA": a side, "D", a state's letters), the French administrative appeal
# court's, the EU and international courts' (never the three-letter SDN list's)
_COURT_INITIALS = re.compile(
    r"^(?:[SNEWCM]\.?D\.?\s?(?:N\.?Y|CAL?|Cal|TEX|Tex|TX|FLA?|Fla|ILL?|Ill|PA|Pa|VA|Va|WA|Wash|MI|Mich|OH|Ohio|GA|Ga|LA|La|"
    r"MA|Mass|N\.?C|MO|Mo|WI|Wis|OK|Okla|KY|Ky|TN|Tenn|AL|Ala|IN|Ind|IA|Iowa|AR|Ark|MS|Miss|W\.?\s?Va)\.?|D\.?D\.?C\.?|CAA|CJUE|CJEU|CJCE|ECJ|ECHR|CEDH|ICJ|CIJ|TUE|TPI|TPICE|"
    r"TAF|CIT|CAFC)$"
)


# the labels a court's paper prints in its heading, before a number ("Civil Action No.: 21-5",
# "Re Document No.: 26", "Case No.", "Docket No.", « Affaire n° », « Requête n° »): no name
_PAPER_LABEL = re.compile(
    r"(?i)^(?:(?:re|civil|criminal|misc|action|document|doc|docket|case|file|entry|appeal|petition|claim|"
    r"affaire|requête|dossier|pourvoi|recours|décision|arrêt)\.?\s+)+(?:no|nos|number|n[°o])\.?$"
)


def paper_label_name(name: str) -> bool:
    """``name`` is a label of a court paper's heading ("Civil Action No", "Re Document No")."""
    return _PAPER_LABEL.match(name.strip()) is not None


def paper_label(e: Event) -> bool:
    """The party's every name is a label of a court paper's heading (its number's label)."""
    return all(paper_label_name(n) for n in {e.entity.name, *e.entity.aliases})


def titled_in_name(e: Event) -> bool:
    """The party's name opens with counsel's title (« Maître A », « Me B »): a lawyer, no party
    of any act the page tells."""
    return any(len(n.split()) > 1 and _COUNSEL_TITLE.match(n.split(None, 1)[0] + " ") for n in {e.entity.name, *e.entity.aliases})


def court_initials(e: Event) -> bool:
    """The party's every name is a court's initials: the court, no party."""
    return all(_COURT_INITIALS.match(n.strip()) for n in {e.entity.name, *e.entity.aliases})


def not_a_party(e: Event, sents: list[Sentence], mentions: list[Mention], lawyers: set[int]) -> bool:
    """The court event ``e`` went to a name that is no party of it: the party's counsel
    (anywhere in the article), or, in the event's sentence, only a judge, a defendant or the
    outlet reporting it."""
    if paper_label(e) or titled_in_name(e):
        return True
    if e.type not in COURT_EVENTS:
        return False
    if id(e.entity) in lawyers or court_initials(e):
        return True
    sent = sentence_at(sents, e.position)
    if sent is None:
        return False
    own = [m for m in within(sent, mentions) if m.entity is e.entity]
    return bool(own) and all(_role(e, sent, m) for m in own)
