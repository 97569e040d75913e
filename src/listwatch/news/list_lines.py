"""Parties named one a line after the line that announces them: a line ending with a colon
("The nine entities blocked today are:", « Les sociétés concernées sont les suivantes : »,
"Il s'agit de :"), then lines that each give one name, bulleted, numbered or bare, closed
by ";", "," or "and" ("- Kormax OOO;", "• Vostokfreight", "3. the Navy's Kormax OOO, a
shipyard"). Each line's name is a party of its own, even a single word no other rule reads:
the line holds nothing else. A line of words in lower case inside the run (a heading of a
sub-list, "- shipping companies:") is skipped; a sentence ends the run.

``list_names`` gives the organisations' mentions; ``announces_list`` tells the events
reader that a line with no name of its own hands the act told before to the lines after it
(``events.py``)."""

from __future__ import annotations

import re

from listwatch.text import SUFFIX_WORDS, core_name
from listwatch.text import name_key as normalize

from .lang import LangPack
from .names import _NOT_COMPANY, _auth_word, _clean_name, _stop_tokens, is_place, name_like

__all__ = ["act_of_group", "announces_list", "list_names"]

_BULLET = re.compile(r"^[ \t]*(?:[•*\-–—▪◦·]|\d{1,3}[.)]?)[ \t]+")
# a line that announces what follows by a colon (any words before it)
_COLON_LINE = re.compile(r":[ \t]*$")
# the words that close an announcing line: a verb of being or of including, the presentative,
# "the following", a group noun ("The entities blocked today are:", "Sont visées :", « Il
# s'agit de : », « les sociétés suivantes : », "namely:")
_ANNOUNCES = re.compile(
    r"(?i)\b(?:are|were|is|was|include[sd]?|including|namely|as\s+follows|following|below|sont|étaient|est|"
    r"comprennent|incluent|figurent|suivante?s?|ci-(?:après|dessous)|(?:il\s+)?s['’]agi(?:t|ssait)\s+(?:de|des|du)|"
    r"ce\s+sont|à\s+savoir|notamment|dont|among\s+them|parmi\s+(?:eux|elles|lesquel\w+|celles-ci|ceux-ci)|"
    r"entities|companies|firms|individuals|persons|people|vessels|banks|designees|entités|sociétés|"
    r"entreprises|personnes|individus|navires|banques|noms|names|visée?s|visés|ciblée?s|ciblés|concernée?s|concernés)"
    r"\s*:\s*$"
)
# a plan or a wish announces no parties ("The firms it may add are:", « pourraient être »)
_PLAN = re.compile(
    r"(?i)\b(?:could|would|may|might|should|will|plans?|planned|proposed|expected|considering|under\s+review|"
    r"pourrai\w+|devrai\w+|envisag\w+|prévoi\w+|pressentie?s?|candidat\w*)\b"
)
# the group told by the act's participle ("The companies targeted are:", « Les sociétés
# visées sont : », "The blocked entities are:"): the act told before with no party is theirs
_ACT_GROUP = re.compile(
    r"(?i)\b(?:(?P<off>removed|delisted|unblocked|retirée?s|retirés|radiée?s|radiés)|targeted|sanctioned|designated|"
    r"blocked|listed|added|blacklisted|named|visée?s|visés|ciblée?s|ciblés|sanctionnée?s|sanctionnés|désignée?s|"
    r"désignés|inscrite?s|inscrits|ajoutée?s|ajoutés|gelée?s|gelés)\b"
)
_TAIL = re.compile(r"(?i)[ \t]*(?:[;,.:][ \t]*)?(?:\b(?:and|or|et|ou)\b)?[ \t]*[;,.]?[ \t]*$")
# where the name's description starts ("OOO Fertoing, a shipyard", "X (Hong Kong)", "X – a
# trader", « X, basée à Dubaï »)
_DESCRIPTION = re.compile(r",\s|\s[(–—-]\s?|\s\(")
_ARTICLE = re.compile(r"(?i)^(?:the|le|la|les|l['’])\s*")
_CONNECTORS = frozenset({"of", "de", "du", "des", "&", "and", "et", "for", "d'", "d’"})
# two or three capitalised words, lower case after the first letter: a person's shape, left
# to the person finder
_PERSONLIKE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’'\-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ’'\-]+){1,2}")
_MAX_WORDS = 8


def announces_list(text: str) -> bool:
    """A line that announces the names after it by a colon and a word of being, including,
    "the following" or a group ("The entities blocked are:", « Il s'agit de : »), and tells
    no plan."""
    return _ANNOUNCES.search(text) is not None and _PLAN.search(text) is None


# a line that points back to the parties of the act told before, naming no group of its
# own (« Il s'agit de : », "They are:", « Ce sont : », "namely:")
_POINTS_BACK = re.compile(
    r"(?i)^\W*(?:(?:il\s+)?s['’]agi(?:t|ssait)(?:\s+notamment)?\s+(?:de|des|du)|(?:they|these|those|ce|ceux-ci|celles-ci)\s+"
    r"(?:are|were|sont|étaient)|à\s+savoir|namely|notamment|including|among\s+them|parmi\s+(?:eux|elles|lesquel\w+))\s*:\s*$"
)


def act_of_group(text: str) -> str | None:
    """The act an announcing line tells by its group's participle ("The companies targeted
    are:": "designation"; "The entities removed are:": "removal"), "any" when it names no
    group and points back to the act's parties (« Il s'agit de : »), or None (a group of its
    own: "The six firms are:")."""
    if _POINTS_BACK.search(text):
        return "any"
    m = _ACT_GROUP.search(text)
    if m is None:
        return None
    return "removal" if m.group("off") else "designation"


def _item(line: str) -> tuple[int, str] | None:
    """The name a list line gives (its offset in the line and the raw name), or None when
    the line is no item (words in lower case, a sentence)."""
    m = _BULLET.match(line)
    start = m.end() if m else len(line) - len(line.lstrip())
    body = line[start:]
    tail = _TAIL.search(body)
    if tail is not None:
        body = body[: tail.start()]
    cut = _DESCRIPTION.search(body)
    if cut is not None:
        body = body[: cut.start()]
    art = _ARTICLE.match(body)
    if art is not None:
        start += art.end()
        body = body[art.end() :]
    # the owner told before the name ("the Navy's Kormax OOO", « X's unit Y »): the name
    # is what follows its possessive
    owned = list(re.finditer(r"['’]s\s+", body))
    if owned:
        start += owned[-1].end()
        body = body[owned[-1].end() :]
    toks = body.split()
    if not toks or len(toks) > _MAX_WORDS or not name_like(toks[0]) or not name_like(toks[-1]) or toks[0].isdigit():
        return None
    if not all(name_like(t) or t.lower() in _CONNECTORS for t in toks):
        return None
    return start, body.strip()


def _lines(text: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def list_names(text: str, pack: LangPack, found: dict[str, str]) -> None:
    """The names of the lines that follow a line ending with a colon, one a line (two such
    lines at least): organisations of their own (a person's shape, a place, an authority's
    or a list's word and a legal form alone are left out)."""
    lines = _lines(text)
    i = 0
    while i < len(lines):
        if not _COLON_LINE.search(lines[i][1]):
            i += 1
            continue
        items: list[str] = []
        j = i + 1
        while j < len(lines):
            line = lines[j][1]
            if not line.strip():
                j += 1
                continue
            got = _item(line)
            if got is not None:
                items.append(got[1])
            elif not (_BULLET.match(line) and _COLON_LINE.search(line)):
                break  # a sentence ends the run; a sub-list's heading does not
            j += 1
        if len(items) >= 2:
            for raw in items:
                name = _clean_name(raw, pack)
                if not name or _PERSONLIKE.fullmatch(name) or is_place(name) or name in _NOT_COMPANY:
                    continue
                toks = name.split()
                if all(t.rstrip(".") in SUFFIX_WORDS for t in toks) or any(_auth_word(t) for t in toks):
                    continue
                if name in pack.stop_names or normalize(name) in _stop_tokens():
                    continue
                found.setdefault(core_name(name), name)
        i = max(j, i + 1)
