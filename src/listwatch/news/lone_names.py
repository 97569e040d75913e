"""A party named once with no cue word, as the subject of a trigger sentence that a clause
keeps apart from its verb ("Tolvex, which makes drone engines, was put on the Entity List
on Monday", "Tolvex, un négociant établi à Dubaï, a été sanctionné"): a reader takes the
sentence's opening name for the party, unless it is an authority, a list, a place, a
market, a month, a title or the surname of a person named in full."""

from __future__ import annotations

import re

from listwatch.text import core_name
from listwatch.text import name_key as normalize

from .lang import LangPack, calendar_words
from .lang.common import AUTHORITIES
from .names import (
    _NAME,
    _NOT_COMPANY,
    _auth_word,
    _clean_name,
    _defines_law,
    _is_person,
    _is_title_line,
    _stop_tokens,
    find_word,
    is_place,
)
from .sentences import split_sentences
from .triggers import find_triggers

__all__ = ["lone_names"]


_PERSONLIKE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ’'\-]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?:\s+[A-ZÀ-Ý][a-zà-ÿ’'\-]+){1,2}")


# the name opening the sentence, an apposition or a relative clause, then the trigger's
# auxiliaries ("Tolvex, which makes drone engines, was", "Tolvex, un négociant établi à
# Dubaï, a été")
_OPENING_SUBJECT = re.compile(
    rf"^[\s\"“«‘'•*(-]*(?P<n>{_NAME}),\s+(?:which|who|whose|that|a|an|the|its|one|qui|dont|lequel|laquelle|"
    r"un|une|le|la|l['’]|son|sa)\b[^,;:()]{3,140},\s+"
    r"(?:(?:was|were|is|are|has|had|have|been|also|later|then|now|a|ont|avait|avaient|est|sont|été|aussi|"
    r"également|déjà|\w+ly|\w+ment)\s+)*$"
)
_OPENING_NAME = re.compile(
    rf"^[\s\"“«‘'•*(-]*{_NAME},\s+(?:which|who|whose|that|a|an|the|its|one|qui|dont|lequel|laquelle|"
    r"un|une|le|la|l['’]|son|sa)\b"
)
_MARKET_NAME = re.compile(r"(?i)Nasdaq|NYSE|Euronext|HKEX|LSE|Bourse|Dow(?:\s+Jones)?|Nikkei|Hang\s+Seng|CAC(?:\s+40)?|DAX|FTSE")
_DEMONYM = re.compile(r"[A-ZÀ-Ý][\w-]*(?:ans|eans|ese|ish|iens|iennes|ais|aises|ois|oises)")


def _covered(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def lone_names(text: str, lang: str, pack: LangPack, found: dict[str, str]) -> None:
    """Add to ``found`` (core -> name) the name that opens a trigger sentence as its
    subject, an apposition or a relative clause between it and the trigger ("Tolvex,
    which makes drone engines, was put on the Entity List"), when the sentence names no
    party found so far."""
    known = [n for n in found.values() if n]
    blocked: list[tuple[int, int]] | None = None  # (found when first needed: most texts never ask)
    for sent in split_sentences(text, lang):
        if not _OPENING_NAME.match(sent.text) or _is_title_line(text, sent.start) \
                or sent.text.rstrip("\"”» ").endswith("?"):
            continue  # (the cheap test first: most sentences open otherwise)
        trigs = find_triggers(sent.text, lang)
        if not trigs or any(find_word(sent.text, n) for n in known):
            continue
        for trig in trigs:
            m = _OPENING_SUBJECT.match(sent.text[: trig.start])
            if m is None:
                continue
            a = sent.start + m.start("n")
            if blocked is None:
                blocked = [(b.start(), b.end()) for pattern, _canon in (*AUTHORITIES, *pack.authorities, *pack.lists)
                           for b in re.finditer(pattern, text)]
            if _covered(blocked, a, a + len(m.group("n"))):
                continue
            name = _clean_name(m.group("n"), pack)
            if name and _party_like(text, a, name, pack, known):
                found.setdefault(core_name(name), name)
            break


def _party_like(text: str, a: int, name: str, pack: LangPack, known: list[str]) -> bool:
    if name in pack.stop_names or name in _NOT_COMPANY or name.upper() in _NOT_COMPANY:
        return False
    if _MARKET_NAME.fullmatch(name) or _DEMONYM.fullmatch(name) or name.isupper() and len(name) < 3:
        return False  # a stock exchange, "Americans"
    words = normalize(name).split()
    if not words or all(w in calendar_words() or w in _stop_tokens() for w in words):
        return False
    if is_place(name) or any(_auth_word(w) for w in name.split()) or _defines_law(text, name):
        return False
    if re.fullmatch(pack.person_titles, name.split()[0]) or any(
            _is_person(text, p, pack) for p in find_word(text, name)):
        return False  # a title, the surname of a person named in full
    if " " in name and _PERSONLIKE.fullmatch(name):
        return False  # two or three plain capitalised words: the person finder's to read
    # the short form of a name found ("Haolin" of "Haolin Telecom")
    return not any(set(words) <= set(normalize(k).split()) for k in known)
