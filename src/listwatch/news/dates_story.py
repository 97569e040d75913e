"""Which day a story's undated acts take: whether a sentence tells its act as an earlier
one (background, not the day's news: "had been added", "avait été ajouté", "previously"),
and whether the day's news is a removal, so that a removal told after that day with no
date of its own is the day's removal told again."""

from __future__ import annotations

import re

from .sentences import Sentence
from .triggers import find_triggers

# background told in the past: not the news of the day
_PAST_AGO = re.compile(
    r"(?i)\b(?:had\s+been|had|already|previously|earlier|originally|initially|first|once|"
    r"avait|avaient|déjà|auparavant|précédemment|initialement|d['’]abord|since|depuis)\b"
)
# a past perfect that tells no earlier act: reported speech shifted back ("the Treasury said
# it had removed X", "a indiqué qu'il avait retiré X": the act the report is about) and the
# causative ("X had his name removed": what was done to him)
_NOT_EARLIER = re.compile(
    r"(?i)\b(?:said|says|announced|stated|confirmed|added|noted|explained|disclosed|revealed)"
    r"(?:\s+(?:on|in|late|early)\s+\w+)?,?\s+(?:that\s+)?(?:it|they|he|she|the\s+[\w-]+)\s+"
    r"(?P<had>had)\b|"
    r"\b(?:a|ont)\s+(?:indiqué|annoncé|déclaré|précisé|affirmé|confirmé|fait\s+savoir)"
    r"(?:\s+\w+)?\s+qu['’]\s*(?:il|elle|ils|elles)\s+(?P<avait>avai(?:t|ent))\b|"
    r"\b(?P<causative>had)\s+(?:\w+\s+of\s+)?(?:his|her|its|their)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:\w+ed|taken|lifted|frozen)\b"
)


def removal_news_told(opening: list[Sentence], lang: str) -> bool:
    """The opening tells a removal and no court's decision or case (a removal after a
    court's order is often its consequence, told undated)."""
    told = {t.event for s in opening for t in find_triggers(s.text, lang)}
    return "removal" in told and not told & {"vacatur", "injunction", "ruling", "legal_challenge"}


def past_ago(text: str) -> bool:
    """The text tells an act as background (``_PAST_AGO``), its reported speech's shifted
    tense and a causative "had" aside."""
    for m in _NOT_EARLIER.finditer(text):
        g = next(k for k in ("had", "avait", "causative") if m.group(k))
        a, b = m.span(g)
        text = text[:a] + " " * (b - a) + text[b:]
    return _PAST_AGO.search(text) is not None
