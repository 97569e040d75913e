"""Legal instruments written like names: a statute, a regulation, a convention, a treaty,
an amendment, a plan of action, an agreement, a directive or a decree, and the acronym an
article defines for one. What a party is listed, licensed or sued under is never the
party, so none of their words is one (``mentions.find_mentions`` drops such mentions).

An instrument is told by its head noun. In English the head closes the capitalised words
that qualify it, and a complement may follow ("the Norland Trade Controls Act 2019", "the
Fourth and Fifth Amendments", "the Convention on the Rights of Sailors", "the Joint Plan
of Action"); in French the head opens the name, written in lower case as often as not
(« le règlement relatif aux mesures contre la Norlande », « le plan d'action commun »).
An acronym is defined for one when it follows, in brackets, the words whose initials spell
it and which hold such a head ("... Controls Regulations (or “NTCR”)"), in any order for a
name translated from the acronym's language. A headline writes every word with a capital,
so there a capitalised run before such a noun tells nothing and is left alone.
"""

from __future__ import annotations

import re
from collections import Counter

from listwatch.text import phrase_words

from .sentences import running_text

_CAP = r"[A-Z][\w'’\-]*"
# the English heads (a convention with its subject, a plan only "of Action": "the Convention
# for Democracy" and "the Hope Plan" are movements' names)
_HEAD_EN = (
    r"(?:Acts?|Amendments?|Regulations?|Treat(?:y|ies)|Directives?|Statutes?|Ordinances?|Decrees?|"
    r"Covenants?|Protocols?|Agreements?|Accords?|Resolutions?|"
    r"Conventions?(?=\s+(?:on|against|relating|concerning)\b)|Plans?(?=\s+of\s+Action\b))"
)
# an English instrument's name: capitalised words (joined by small words or a comma) ending
# on the head, then a year or a number, then a capitalised complement
_NAME_EN = re.compile(
    rf"(?:{_CAP}(?:,?\s+(?:and|&|or|of|on|the|for|to)\s+|\s+|,\s+)){{0,8}}(?:\({_CAP}(?:\s+{_CAP}){{0,3}}\)\s+)?{_HEAD_EN}\b"
    rf"(?:\s+(?:of\s+)?\d{{2,5}})?"
    rf"(?:\s+(?:of|on|against|relating\s+to|concerning|for)\s+(?:the\s+)?{_CAP}"
    rf"(?:\s+(?:and\s+|&\s+|of\s+|the\s+|in\s+|for\s+|on\s+)*{_CAP}){{0,8}})?"
)
# the French heads, which open the name (a plan only « d'action »)
_HEADS_FR = frozenset("loi lois reglement reglements traite traites decret decrets directive directives "
                      "protocole protocoles amendement amendements resolution resolutions".split())
_HEADS_EN = frozenset("act acts amendment amendments regulation regulations treaty treaties directive directives "
                      "statute statutes ordinance ordinances decree decrees covenant covenants protocol protocols "
                      "agreement agreements accord accords resolution resolutions convention conventions".split())
# an acronym in brackets: "(ACR)", "(or “ACR”)", "(the ACR)", « (ci-après « ACR ») »; the
# bracket may go on after it with a citation ("(ACR, 12 C.F.R. Part 5)") or with another
# name of the same instrument ("(ACR or the Harbour Accord)", « (ACR ou accord de X) »),
# which names it as well
_ACRONYM = re.compile(
    r"\(\s*(?:or\s+|ou\s+|the\s+|le\s+|la\s+|l['’]\s*|ci-après\s+|hereinafter\s+|hereafter\s+)?"
    r"[“\"'‘«]?\s*(?P<a>[A-Z][A-Za-z0-9&\-]{1,9})\s*[”\"'’»]?\s*"
    r"(?:\)|,[^()\n]{1,60}\)|\s+(?:or|ou)\s+(?:the\s+|l['’]\s*|le\s+|la\s+)?(?P<alias>[A-ZÀ-Ý][^()\n,;]{1,60}?)\s*\))"
)
def _line(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an instrument in English with capitals, in running text."""
    out = []
    for m in _NAME_EN.finditer(text):
        if m.group(0)[0].isupper() and running_text(_line(text, m.start())):
            out.append((m.start(), m.end()))
    return out


def _spells(words: list[str], letters: str) -> bool:
    """Every letter of the acronym opens a word of ``words`` (as often as it occurs)."""
    have = Counter(w[0].upper() for w in words)
    return all(have[c] >= n for c, n in Counter(letters).items())


def _instrument_run(words: list[str], letters: str) -> bool:
    """Words before a bracket that spell ``letters`` and name an instrument: an English
    head closing capitalised words, with its complement, or a French head opening them."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w in _HEADS_FR or w == "plan" and low[i + 1 : i + 2] == ["action"]:
            if len(words) - i <= len(letters) + 5 and _spells(words[i:], letters):
                return True
        if w in _HEADS_EN or w == "plan" and low[i + 1 : i + 3] == ["of", "action"]:
            tail = low[i + 1 :]
            if tail and tail[0] not in ("of", "on", "against", "relating", "concerning", "for"):
                continue
            j = i
            while j > 0 and (words[j - 1][0].isupper() or low[j - 1] in ("and", "&")):
                j -= 1
            if _spells(words[j:], letters):
                return True
    return False


def defined_acronyms(text: str) -> set[str]:
    """The acronyms ``text`` defines for an instrument, each also with its letters in any
    order: the same instrument's acronym in the other language ("NTR" and « RNT »)."""
    out: set[str] = set()
    aliases: set[str] = set()
    for m in _ACRONYM.finditer(text):
        letters = re.sub(r"[^A-Z0-9]", "", m.group("a").upper())
        if not 2 <= len(letters) <= 8:
            continue
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 160)
        run = re.split(r"[,;:.!?()]", text[start : m.start()])[-1]
        if _instrument_run(phrase_words(run)[-14:], letters):
            out.add(m.group("a"))
            if m.group("alias"):
                aliases.add(m.group("alias"))
    if out:
        spelt = {"".join(sorted(a)) for a in out}
        out |= {w for w in set(re.findall(r"\b[A-Z]{2,8}\b", text)) if "".join(sorted(w)) in spelt}
    return out | aliases
