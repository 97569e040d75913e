"""The party a court paper names by its role: "the Claimant", "the Applicant", "the
appellant", « le requérant », « la recourante ». The role noun is no name of its own (it
could be anyone's); it takes up the one party the article gives that role, and the reader
tells that party's events through it ("the minister designated the Claimant in 2021").

The article gives the role to a party in one of three ways, tried in this order: a defined
term in brackets after the party's name ("Kortel Metals Ltd (the “Claimant”)", « X (ci-après
« le requérant ») »); the case's name, whose first party brought it ("In Kortel Metals Ltd v
Minister for Trade [2022] ...", "R (on the application of X) v Y", « X c. Conseil »); the
one party of the case told by its noun ("the appeal of X", « un recours de l'armateur X »),
each told before the role noun is first used (a case cited later is another's). With none
of them, or with a role in the plural (several parties), the role noun gives no party. The other side's role (the respondent, the defendant) is the
authority's: never a party here.
"""

from __future__ import annotations

import re

from .names import CASE_ROLES, PAPER_WORDS, Mention

# the role of the one who brought the case, singular, with its article
_ROLE = re.compile(
    r"(?i)\b(?:the|le|la|l['’]|du|au|de\s+la)\s*(?P<role>(?-i:[Cc])laimant|(?-i:[Aa])pplicant|(?-i:[Aa])ppellant|"
    r"(?-i:[Pp])etitioner|(?-i:[Pp])laintiff|requérante?|recourante?|demandeur|demanderesse)\b(?!['’]?s\b)(?!-)"
)
# a defined term after the party's name: "(the “Claimant”)", « (ci-après « le recourant ») »
_DEFINED = re.compile(
    r"\s*\(\s*(?:hereinafter\s+|hereafter\s+|ci-après\s+)?(?:the\s+|le\s+|la\s+|l['’])?[“\"'‘«]?\s*"
    r"(?:the\s+|le\s+|la\s+|l['’])?(?P<role>[A-Za-zéè]+)\s*[”\"'’»]?\s*\)"
)
# a case's name: the first party, " v " / " v. " / " c. ", the other side
_VERSUS = re.compile(r"\s+(?:v\.?|vs\.?|c\.)\s+(?=[A-Z])")
# "R (on the application of X) v Y": X brought the case
_ON_APPLICATION = re.compile(r"\bR\s*\(\s*(?:on\s+the\s+application\s+of\s+)(?P<a>[^()]{2,80}?)\s*\)\s*$")
# the words a first party's name is made of, read leftwards from " v "
_NAME_WORD = re.compile(r"[A-Z0-9][\w.&'’-]*,?|(?:of|and|&|de|du|des|la|le|the)")
_LEAD_WORDS = frozenset({"In", "in", "See", "the", "The", "Dans", "dans", "and", "&", "of", "de", "du", "des", "la", "le"})
# the case told by its noun with its one party after it ("the appeal of X", « un recours de
# l'oligarque X », "the application brought by X")
_CASE_OF = re.compile(
    r"(?i)\b(?:appeal|application|challenge|claim|petition|lawsuit|complaint|recours|requête|plainte|appel)\s+"
    r"(?:(?:brought|filed|lodged|introduit|déposée?|formée?)\s+)?(?:of|by|from|de|du|des|d['’])\s*"
    r"(?:(?:the|le|la|les|l['’])\s*)?(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){0,3}$"
)



def _case_first_party(text: str, until: int) -> tuple[int, int] | None:
    """Where the first party of the article's first case name stands, told before
    ``until`` (a case cited later is another's: "as held in A v B")."""
    for v in _VERSUS.finditer(text, 0, until):
        line_start = text.rfind("\n", 0, v.start()) + 1
        before = text[line_start : v.start()]
        app = _ON_APPLICATION.search(before)
        if app is not None:
            return line_start + app.start("a"), line_start + app.end("a")
        words = list(re.finditer(r"\S+", before))
        i = len(words)
        while i > 0 and _NAME_WORD.fullmatch(words[i - 1].group(0)):
            i -= 1
        while i < len(words) and (words[i].group(0) in _LEAD_WORDS or words[i].group(0) in PAPER_WORDS):
            i += 1
        if i < len(words) and len(words) - i <= 8 and not words[-1].group(0).endswith(","):
            start, end = line_start + words[i].start(), line_start + words[-1].end()
            if end - start >= 3:
                return start, end
    return None


# a court's caption: the name of the one who brought the case on a line of its own, its role
# alone on a line below ("BETWEEN:\nKORLOV\nApplicant\n- and -\nMINISTER OF X\nRespondent",
# "Varkin Holdings Ltd\n| Claimant |", « M. X\nrequérant\ncontre\nY\nintimé »), told a caption by
# the other side's role a few lines further (both languages, singular or plural, one table)
_CAPTION_BRINGER = re.compile(
    r"(?i)^[\s|:]*(?:the\s+|le\s+|la\s+|les\s+)?(?:claimants?|applicants?|appellants?|petitioners?|plaintiffs?|"
    r"parties?\s+requérantes?|requérante?s?|recourante?s?|demandeurs?|demanderesses?|appelante?s?)[\s|:,]*$"
)
_CAPTION_OTHER = re.compile(
    r"(?i)^[\s|:]*(?:and\s*:?\s*|et\s*:?\s*)?(?:the\s+|le\s+|la\s+|les\s+|l['’])?(?:respondents?|defendants?|"
    r"parties?\s+défenderesses?|défendeurs?|défenderesses?|intimée?s?|autorité\s+inférieure)[\s|:,]*$"
)
# (a line of rules or a table's bars only)
_CAPTION_FILLER = re.compile(r"^[\s|_:=*.–—-]*$")
# the party's line: a name, no sentence, no heading that ends with a colon
_CAPTION_NAME = re.compile(r"^[\s|]*(?P<n>(?:(?:M|Mr|Mrs|Ms|Mme|Dr)\.?\s+)?[A-ZÀ-Ý][^\n|:;.!?]{1,80}?)[\s|,]*$")


def caption_parties(text: str) -> list[tuple[int, int]]:
    """Where a court's caption names the party who brought the case: the name's line right
    above its role's line (rules and table bars between), a caption when the other side's
    role follows within fifteen lines."""
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text[:8000].split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    out: list[tuple[int, int]] = []
    for j, (_a, line) in enumerate(lines):
        if not _CAPTION_BRINGER.match(line) or not any(_CAPTION_OTHER.match(x) for _b, x in lines[j + 1 : j + 16]):
            continue
        k = j - 1
        while k >= 0 and j - k <= 5 and _CAPTION_FILLER.match(lines[k][1]):
            k -= 1
        if k < 0 or j - k > 5:
            continue
        name = _CAPTION_NAME.match(lines[k][1])
        if name is None or _CAPTION_BRINGER.match(lines[k][1]) or _CAPTION_OTHER.match(lines[k][1]) \
                or re.match(r"(?i)(?:between|entre|and|et|v|vs|contre)\b", name.group("n")):
            continue
        out.append((lines[k][0] + name.start("n"), lines[k][0] + name.end("n")))
    return out


def caption_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of the party a court's caption names where no rule found a name there
    ("MAZEPIN\nApplicant"): the line's words."""
    out: list[Mention] = []
    for a, b in caption_parties(text):
        if not any(m.start < b and a < m.end for m in mentions):
            out.append(Mention(name=text[a:b], start=a, end=b, text=text[a:b]))
    return out


def role_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the party at each of its role nouns (and of the case's first party when
    the reader found no name there): the party's name, the role noun's own text."""
    roles = list(_ROLE.finditer(text))
    if not roles:
        return []
    # the role is given before it is used
    first = roles[0].start()
    party: tuple[str, list[Mention]] | None = None
    for m in (m for m in mentions if m.start < first):  # a defined term
        d = _DEFINED.match(text, m.end)
        if d is not None and d.group("role").lower() in CASE_ROLES:
            party = m.name, []
            break
    if party is None:
        span = _case_first_party(text, first)
        if span is not None:
            a, b = span
            inside = [m for m in mentions if a <= m.start < b or a < m.end <= b]
            if inside:
                if len({m.name for m in inside}) > 1:
                    return []
                party = inside[0].name, []
            else:
                name = text[a:b].rstrip(",")
                party = name, [Mention(name=name, start=a, end=a + len(name), text=name)]
    if party is None:
        told = [m for m in mentions if m.start < first and _CASE_OF.search(text, max(0, m.start - 80), m.start)]
        if len({m.name for m in told}) == 1:
            party = told[0].name, []
    if party is None:
        return []
    name, out = party
    taken = [(m.start, m.end) for m in mentions] + [(m.start, m.end) for m in out]
    for r in roles:
        a, b = r.start("role"), r.end("role")
        if not any(x < b and a < y for x, y in taken):
            out.append(Mention(name=name, start=a, end=b, text=text[a:b]))
    return out


# a case's name opening a line (after its number, in a list, or after the paper's title and a
# dash: "Order of the General Court – Kessler / Council"), its first side a name no rule
# found ("Orlin v. Canada", « Varkin/Conseil », "T-1/25 Stelnik v Council"): a one-word
# surname, the line the paper's title or the case's own
_LINE_CASE = re.compile(
    r"(?m)^[ \t•·*–-]*(?:(?:Judge?ments?|Orders?|Decisions?|Arrêts?|Ordonnances?|Jugements?|Décisions?)\b[^\n–—]{0,80}?\s[–—-]\s*)?"
    r"(?:[TC][-‑‐]\s?\d{1,4}/\d{2}(?:\s+[A-Z]{1,4})?,?\s+)?(?P<a>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,3})"
    r"(?:\s+(?:v\.?|vs\.?|c\.)\s+[A-ZÀ-Ý]|\s?/\s?(?:Conseil|Council|Commission)\b)"
)
_AUTHORITY_FIRST = re.compile(
    r"\b(?:Council|Conseil|Commission|Secretary|Minist\w+|Department|Treasury|State|Government|Republic|Kingdom|"
    r"United|Attorney|Office|Bureau|Agency|R)\b"
)


def case_side_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the first side of a case named at a line's opening ("Makarov v.
    Canada", « Ternavsky/Conseil ») where no rule found a name there; the side is the
    case's bringer by its name (``case_names``), wherever else the page names the case."""
    out: list[Mention] = []
    for c in _LINE_CASE.finditer(text):
        a, b = c.start("a"), c.end("a")
        name = c.group("a")
        if any(m.start < b and a < m.end for m in mentions) or _AUTHORITY_FIRST.search(name) \
                or name.split()[0] in _LEAD_WORDS or name.split()[0] in PAPER_WORDS:
            continue
        out.append(Mention(name=name, start=a, end=b, text=name))
        # (the same name elsewhere in the page's cases: "in Makarov v. Canada")
        for m in re.finditer(r"\b" + re.escape(name) + r"(?=\s+(?:v\.?|vs\.?|c\.)\s+[A-ZÀ-Ý]|\s?/\s?(?:Conseil|Council))", text):
            if m.start() != a and not any(x.start < m.end() and m.start() < x.end for x in mentions):
                out.append(Mention(name=name, start=m.start(), end=m.end(), text=name))
    return out

