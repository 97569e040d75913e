"""Sentence and clause splitting, with offsets, tuned for news prose."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol, TypeVar

from .lang import PACKS

# a single line break ends a sentence when the next line opens with a capital and the
# line before does not stop mid-phrase (a headline, a standfirst, a paragraph per line)
_ZONE_AFTER = re.compile(r"\(?(?:EST|EDT|CST|CDT|PST|PDT|ET|PT|GMT|UTC|CET|CEST|BST|MSK)\b")
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"”»’)]*\s+(?=[\"“«(‘]?\s?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=\s*[-•*]\s)"
    r"|(?<![,;(\-–—&])[ \t]*\n(?=\s*[\"“«‘]?[A-ZÀ-ÖØ-Þ0-9])"
    # a full stop with no space after it, as pages stripped of their markup often have
    # ("... du journal officiel.Le département ..."): a lowercase word, then a capitalised one
    r"|(?<=[a-zà-öø-ÿ]{2}[.!?])(?=[\"“«]?\s?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
    r"|(?<=[.!?][»”\"])(?=[\"“«]?\s?[A-ZÀ-ÖØ-Þ])"
    # a note's number in brackets after the full stop, as law firms' pages print them
    # ("... and the Delta Bank).[3] On 4 May, ..."): the note's mark ends the sentence too
    r"|(?<=[.!?])[\"”»’)]*(?:\[\d{1,3}\])+\s*(?=[\"“«(‘]?\s?[A-ZÀ-ÖØ-Þ])"
)
_GLUE = frozenset("of the and to in de la le et du des les à a an for on by with".split())


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


_P = TypeVar("_P", bound=_Placed)


def sentence_at(sents: Sequence[Sentence], pos: int) -> Sentence | None:
    """The sentence of ``sents`` that holds the offset ``pos`` (``None`` between them)."""
    return next((s for s in sents if s.start <= pos < s.end), None)


def within(sent: Sentence, items: Iterable[_P]) -> list[_P]:
    """The ``items`` (mentions, spans) that open inside ``sent``, in the text's order."""
    return sorted((m for m in items if sent.start <= m.start < sent.end), key=lambda m: m.start)


# a word of four letters or more, and the small ones a title-case headline keeps in lower
# case (its prepositions and determiners, English and French)
_LONG_WORD = re.compile(r"\b[^\W\d_][\w’'-]{3,}")
_HEADLINE_SMALL = frozenset({
    "with", "from", "over", "into", "after", "amid", "against", "than", "that", "this", "their",
    "about", "under", "upon", "near", "relating", "concerning",
    "dans", "pour", "avec", "sans", "sous", "vers", "chez", "contre",
})


def running_text(text: str) -> bool:
    """A word of four letters or more written in lower case, but a headline's small
    ones: a sentence, not a headline (whose long words all take a capital)."""
    return any(m.group(0)[0].islower() and m.group(0) not in _HEADLINE_SMALL for m in _LONG_WORD.finditer(text))


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """The sentences of ``text`` with their offsets (a new list each call; the mention
    finder, the lone-name rule and the event reader each ask for the same article's)."""
    return list(_split(text, lang))


@lru_cache(maxsize=4)
def _split(text: str, lang: str) -> tuple[Sentence, ...]:
    abbrevs = PACKS[lang].abbreviations
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        before = text[start : m.start()].rstrip("\"”»’)")
        last = before.split()[-1] if before.split() else ""
        word = last.rstrip(".")
        if "\n" in m.group(0) and "\n\n" not in m.group(0) and before[-1:] not in ".!?:" and (
            last.lower() in _GLUE
        ):
            continue  # a line wrapped after "of", "the", "de" goes on
        if "\n" not in m.group(0) and (
            word in abbrevs or (len(word) == 1 and word.isupper()) or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", word + ".")
            or word.lstrip("(\"“«‘'[") in abbrevs  # (a bracket or a quote glued to it: '("Mr. Roe")', "(No. 5)")
        ):
            continue  # "Xiaomi Corp. said", "U.S. District", "M. Dupont"
        if "\n" not in m.group(0) and word.lower() in ("a.m", "p.m") and _ZONE_AFTER.match(text, m.end()):
            continue  # "until 9:30 p.m. CET on 4 June": a clock time, its zone next
        _add(out, text, start, m.start())
        start = m.end()
    _add(out, text, start, len(text))
    return tuple(out)


def _add(out: list[Sentence], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Sentence(a, b, text[a:b]))


@cache
def _clause_re(lang: str) -> re.Pattern[str]:
    return re.compile(PACKS[lang].clause_split)


def clause_bounds(sentence: str, lang: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between commas, semicolons and coordinators) around ``start:end``."""
    a, b = 0, len(sentence)
    for m_start, m_end in _clause_marks(sentence, lang):
        if m_end <= start:
            a = m_end
        elif m_start >= end:
            b = m_start
            break
    return a, b


@lru_cache(maxsize=256)
def _clause_marks(sentence: str, lang: str) -> tuple[tuple[int, int], ...]:
    # (cached: a sentence's clauses are asked for each of its triggers and dates)
    return tuple(m.span() for m in _clause_re(lang).finditer(sentence))
