"""Which day a story's undated acts take: whether a sentence tells its act as an earlier
one (background, not the day's news: "had been added", "avait été ajouté", "previously"),
and whether the day's news is a removal, so that a removal told after that day with no
date of its own is the day's removal told again."""

from __future__ import annotations

import datetime as dt
import re

from .dates import DateMention, PartialDate
from .lang import PACKS
from .sentences import Sentence
from .triggers import find_triggers

# background told in the past: not the news of the day
_PAST_AGO = re.compile(
    r"(?i)\b(?:had\s+been|had|already|previously|previous|prior(?!\s+to\b)|earlier|originally|initially|first|once|"
    r"avait|avaient|déjà|auparavant|précédemment|précédente?s?|antérieure?s?|initialement|d['’]abord|since|depuis)\b"
)
# a past perfect that tells no earlier act: reported speech shifted back ("the Treasury said
# it had removed X", "confirmed on Friday that the firm had been taken off", "said two of
# the firms, A and B, had been dropped", « a indiqué qu'il avait retiré X », « a précisé que
# le ministre, X, avait été retiré »: the act the report is about, whatever its subject, a
# pronoun, a noun phrase or a name with its apposition; not a relative clause inside that
# subject, ", which had been added in 2019", nor "had" told with "previously") and the
# causative ("X had his name removed": what was done to him)
_SUBJECT = r"(?:(?!(?:which|who|whom|whose|that|had|qui|que|dont|avait|avaient)\b)[\w'’.-]+,?\s+){1,8}?"
_NOT_EARLIER = re.compile(
    r"(?i)\b(?:said|says|announced|stated|confirmed|added|noted|explained|disclosed|revealed|told\s+[\w-]+)"
    r"(?:\s+(?:(?:on|in|late|early)\s+)?[\w-]+)?(?:\s+in\s+an?\s+(?:statement|notice|release))?,?\s+"
    r"(?:that\s+)?" + _SUBJECT + r"(?P<had>had)\b|"
    r"\b(?:a|ont)\s+(?:indiqué|annoncé|déclaré|précisé|affirmé|confirmé|expliqué|ajouté|fait\s+savoir)"
    r"(?:\s+[\w'’-]+){0,2}?\s+qu(?:e\s+|['’]\s*)" + _SUBJECT + r"(?P<avait>avai(?:t|ent))\b|"
    r"\b(?P<causative>had)\s+(?:\w+\s+of\s+)?(?:his|her|its|their)\s+(?:[\w'’-]+\s+){1,3}?"
    r"(?:\w+ed|taken|lifted|frozen)\b"
)


_CASE_KINDS = frozenset({"vacatur", "injunction", "ruling", "legal_challenge"})


def day_news_kinds(opening: list[Sentence], lang: str) -> tuple[bool, bool]:
    """What the day's news is, from the opening up to the sentence that gives the day:
    (a removal and no court's decision or case; a court's decision or a case). A removal
    told after a court's order is often its consequence, told undated; a listing told after
    a court's or a suit's day is the case's object, made before it ("The court on Tuesday
    annulled the listing ... The Council had frozen her assets", « Le Tribunal a annulé
    mercredi ... Ses avoirs ont été gelés »): neither takes that day."""
    told = {t.event for s in opening for t in find_triggers(s.text, lang)}
    case = bool(told & _CASE_KINDS)
    return "removal" in told and not case, case


def past_ago(text: str) -> bool:
    """The text tells an act as background (``_PAST_AGO``), its reported speech's shifted
    tense and a causative "had" aside."""
    for m in _NOT_EARLIER.finditer(text):
        g = next(k for k in ("had", "avait", "causative") if m.group(k))
        a, b = m.span(g)
        text = text[:a] + " " * (b - a) + text[b:]
    return _PAST_AGO.search(text) is not None


# the past perfect of the act itself ("had listed", "had been hit", « avait inscrit »)
_PLUPERFECT_ACT = re.compile(r"(?i)\b(?:had|avait|avaient)\b(?:\s+[\w'’-]+){0,4}\s*$")


def weekday_before(text: str, start: int, dm: DateMention, date: PartialDate, story_day: PartialDate,
                   lang: str) -> PartialDate:
    """The day of an act told in the past perfect by a weekday alone ("had listed X on
    Wednesday", « avait inscrit X mercredi »), after the story's own act was dated to the
    day (``story_day``): the weekday before that day, which the past perfect tells as
    earlier (a weekday read from publication may fall on or after it). Any other date, an
    act not told in the past perfect, or a story day not to the day: ``date`` unchanged. Nor
    a weekday told before the past perfect, with the verb of saying that reports it
    ("told reporters on Monday the office had struck X off", « a confirmé lundi qu'il
    avait radié X »): the day of the report, which the reported act does not follow."""
    names = {w.lower() for w in PACKS[lang].weekdays}
    had = _PLUPERFECT_ACT.search(text[:start])
    if story_day.precision != "day" or date.precision != "day" or any(c.isdigit() for c in dm.text) \
            or not names & set(dm.text.lower().split()) or had is None or dm.start < had.start():
        return date
    day, story = date.as_date(), story_day.as_date()
    if day is None or story is None or not story <= day < story + dt.timedelta(days=7):
        return date
    moved = day - dt.timedelta(days=7)
    return PartialDate(moved.year, moved.month, moved.day)
