"""What one article may cost the reader: a size limit, and text tidied of what no writer types.

The reader's rules are regular expressions and scans around each name; on prose their cost
grows with the text. A hostile or broken upload (a page of blanks, a line of tens of
thousands of characters, a "word" of thousands of letters) would make some of them scan a
run once from every position in it. ``tidy`` rewrites only such shapes, which no article
holds, so that any text costs about what prose of its length costs:

- a run of more than ``BLANK_RUN`` blanks on a line becomes one space;
- a text of ``DOUBLED_GAPS`` words or more, most of them parted by two blanks or more (a
  page's extraction that doubled every space: no writer types that), has every such run
  made one space; a text that only aligns some columns, or puts two spaces after its
  sentences, keeps them;
- more than ``BLANK_LINES`` empty lines in a row become that many;
- a run of more than ``WORD_RUN`` letters and digits is cut by a space every ``WORD_RUN``;
- a line longer than ``LINE_RUN`` characters is broken after each sentence's end in it, and
  where a stretch of it still has no end, at a blank every ``LINE_RUN`` characters.

An article longer than ``LISTWATCH_NEWS_MAX_CHARS`` characters (after HTML extraction) is
refused with a message, never read in part.
"""

from __future__ import annotations

import re

from ..errors import InputTooLarge
from ..settings import news_max_chars

BLANK_RUN = 16
BLANK_LINES = 3
WORD_RUN = 64
LINE_RUN = 3000
DOUBLED_GAPS = 12

_BLANKS = re.compile(rf"[^\S\n]{{{BLANK_RUN + 1},}}")
_GAP = re.compile(r"(?<=\S)[^\S\n]+(?=\S)")
_WIDE_GAP = re.compile(r"(?<=\S)[^\S\n]{2,}(?=\S)")
_EMPTY_LINES = re.compile(rf"\n(?:[^\S\n]*+\n){{{BLANK_LINES + 1},}}")
_WORD = re.compile(rf"[^\W_]{{{WORD_RUN + 1},}}")
_SENTENCE_END = re.compile(r"(?<=[.!?;])[ \t]+(?=[\"“«(]?[^\W\d_])")


def check_size(text: str, what: str = "the article") -> None:
    """Refuse a text above the reader's limit, saying what to do."""
    limit = news_max_chars()
    if len(text) > limit:
        raise InputTooLarge(
            f"{what} has {len(text):,} characters of text, above the news reader's limit of {limit:,}",
            hint="news articles are far shorter: give the article itself, split a long document, "
                 "or raise LISTWATCH_NEWS_MAX_CHARS",
        )


def _cut_word(m: re.Match[str]) -> str:
    w = m.group(0)
    return " ".join(w[i : i + WORD_RUN] for i in range(0, len(w), WORD_RUN))


def _break_line(line: str) -> str:
    parts = _SENTENCE_END.sub("\n", line).split("\n")
    out: list[str] = []
    for part in parts:
        while len(part) > LINE_RUN:
            cut = part.rfind(" ", 0, LINE_RUN)
            cut = cut if cut > 0 else LINE_RUN
            out.append(part[:cut])
            part = part[cut:].lstrip(" ")
        out.append(part)
    return "\n".join(out)


def tidy(text: str) -> str:
    """``text`` with the shapes no article holds rewritten (the module's list); prose is
    returned as it is."""
    if _BLANKS.search(text):
        text = _BLANKS.sub(" ", text)
    if "  " in text or "\t" in text or "\xa0" in text:
        wide = sum(1 for _ in _WIDE_GAP.finditer(text))
        gaps = sum(1 for _ in _GAP.finditer(text))
        if gaps >= DOUBLED_GAPS and wide * 2 > gaps:
            text = _WIDE_GAP.sub(" ", text)
    if _EMPTY_LINES.search(text):
        text = _EMPTY_LINES.sub("\n" * (BLANK_LINES + 1), text)
    if _WORD.search(text):
        text = _WORD.sub(_cut_word, text)
    lines = text.split("\n")
    if any(len(line) > LINE_RUN for line in lines):
        text = "\n".join(_break_line(line) if len(line) > LINE_RUN else line for line in lines)
    return text
