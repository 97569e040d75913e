"""Date expressions in a sentence, resolved against the publication date.

Rules:
- A full date ("14 January 2021", "le 14 janvier 2021") is taken as written.
- A month or day without a year ("in January", "en janvier dernier", "on May 20") is
  the latest such date on or before publication (past events), or the next one on or
  after publication when it follows a deadline cue ("by May 20", "au plus tard le
  20 mai", "d'ici le 20 mai") or carries a future modifier ("prochain", "next").
- Relative expressions ("last month", "le mois dernier", "earlier this year",
  "hier", "on Tuesday") need the publication date; without one they give no date.
- Precision is ``day``, ``month`` or ``year``; a partial publication date such as
  ``2021-05`` keeps its own precision and resolves what it can.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..errors import ListwatchError
from .lang import PACKS, LangPack, weekday_names

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_ISO_IN_TEXT = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date that may lack its day, or its month and day."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    def contains(self, other: PartialDate) -> bool:
        """True when ``other`` is this date or more precise within it."""
        if self.year != other.year:
            return False
        if self.month is not None and self.month != other.month:
            return False
        return self.day is None or self.day == other.day

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``2021``, ``2021-05``, ``2021-05-25`` (a time part is ignored)."""
        m = _ISO.match(text.strip())
        if not m:
            raise ListwatchError(
                f"not a date: {text!r}", hint="use ISO 8601: 2021, 2021-05 or 2021-05-25"
            )
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        made = _make(year, month, day)
        if made is None:
            raise ListwatchError(f"not a valid calendar date: {text!r}")
        return made


def _make(year: int, month: int | None, day: int | None) -> PartialDate | None:
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        if month is None:
            return None
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return PartialDate(year, month, day)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence (offsets are within the sentence)."""

    start: int
    end: int
    text: str
    past: PartialDate | None  # reading as the latest such date on/before publication
    future: PartialDate | None  # reading as the next one on/after publication
    deadline: bool  # preceded by a deadline cue ("by", "au plus tard")
    modifier: str | None  # "past" / "future" when the text says so ("dernier", "next")
    kind: str = "abs"  # "same_day" for "the same day" / "le même jour" (see events.py)
    # the day an act takes effect, told after it ("with effect from Thursday", "effective
    # 5 March", « avec effet à compter de lundi »): read as a deadline's day (no act takes it
    # as the day it was done), the nearer of the last and the next such day
    effect: bool = False

    @property
    def date(self) -> PartialDate | None:
        """The reading the sentence itself supports."""
        if self.modifier == "future" or (self.deadline and self.modifier != "past"):
            return self.future
        return self.past


@dataclass(frozen=True)
class _Compiled:
    regex: re.Pattern[str]
    kind: str
    precision: str | None


@cache
def _compiled(
    code: str,
) -> tuple[tuple[_Compiled, ...], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    pack = PACKS[code]
    months = "|".join(sorted((re.escape(m) for m in pack.months), key=len, reverse=True))
    weekdays = "|".join(sorted((re.escape(w) for w in pack.weekdays), key=len, reverse=True))
    out = []
    for p in pack.date_patterns:
        src = p.pattern.replace("{MONTH}", f"(?:{months})").replace("{WEEKDAY}", f"(?:{weekdays})")
        out.append(_Compiled(re.compile(src, re.IGNORECASE), p.kind, p.precision))
    return (
        tuple(out),
        re.compile(pack.deadline_cue),
        re.compile(pack.past_mod),
        re.compile(pack.future_mod),
        re.compile(pack.future_context),
    )


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _infer_year(month: int, day: int | None, pub: PartialDate, future: bool) -> int:
    if pub.month is None:
        return pub.year
    key = (month, day if day is not None and pub.day is not None else 0)
    ref = (pub.month, pub.day if day is not None and pub.day is not None else 0)
    if future:
        return pub.year if key >= ref else pub.year + 1
    return pub.year if key <= ref else pub.year - 1


def _month_number(pack: LangPack, text: str) -> int | None:
    t = text.rstrip(".")
    for name, num in pack.months.items():
        if name.lower() == t.lower():
            if pack.month_case_sensitive and not t[:1].isupper():
                return None
            return num
    return None



def _day_number(d: str) -> int:
    """A day of the month as a pattern captured it: digits, or the French first
    (« 1er », in any case: a page in capitals writes « 1ER »)."""
    return 1 if d.lower() == "1er" else (int(d) if d.isdigit() else 0)

def _resolve(
    kind: str,
    groups: dict[str, str | None],
    pack: LangPack,
    pub: PartialDate | None,
    future: bool,
    forced: str | None,
    anchor: PartialDate | None = None,
) -> PartialDate | None:
    if kind in ("same_day", "that_year", "ref_year"):
        return _resolve_ref(kind, groups, pack, pub, anchor)
    if kind == "same_month":  # "dans la foulée" of a dated event: that month
        return PartialDate(anchor.year, anchor.month) if anchor and anchor.month else None
    if kind == "month_offset":
        return _resolve_offset(groups, anchor, pub)
    if kind == "year_offset":
        return _resolve_year_offset(groups, anchor)
    if kind == "day_offset":
        return _resolve_day_offset(groups, anchor)
    if kind == "ref_weekday":
        return _resolve_ref_weekday(groups, pack, anchor)
    if kind == "slash":
        return _resolve_slash(groups)
    if kind == "ago":
        return _resolve_ago(groups, pub)
    if kind in ("abs", "year"):
        year = int(groups["y"] or 0) if groups.get("y") else None
        month: int | None = None
        if groups.get("mn"):
            month = int(groups["mn"] or 0)
        elif groups.get("m"):
            month = _month_number(pack, groups["m"] or "")
            if month is None:
                return None
        d = groups.get("d")
        day = _day_number(d) if d else None
        if forced == "month":
            day = None
        if year is None:
            if month is None:
                return None
            if pub is None:
                # a page that shows no date: a careful reader takes the year the article
                # gave last ("Le mois de mars 2023 a été chargé ... a désigné le 14 mars X")
                if anchor is None:
                    return None
                year = anchor.year
            else:
                year = _infer_year(month, day, pub, future)
        return _make(year, month, day)
    if pub is None:
        return None
    if kind == "this_year":
        return PartialDate(pub.year)
    if kind == "last_year":
        return PartialDate(pub.year - 1)
    if pub.month is None:
        return None
    if kind == "this_month":
        return PartialDate(pub.year, pub.month)
    if kind == "last_month":
        y, m = _shift_month(pub.year, pub.month, -1)
        return PartialDate(y, m)
    if kind == "this_week" and pub.day is None:
        # a page dated by its month: the week of publication is taken to lie in it, as a
        # reader takes "cette semaine" of a page showing "juin 2023"
        return PartialDate(pub.year, pub.month)
    ref = pub.as_date()
    if ref is None:
        return None
    if kind == "today":
        return pub
    if kind == "yesterday":
        d1 = ref - dt.timedelta(days=1)
        return PartialDate(d1.year, d1.month, d1.day)
    if kind == "day_before_yesterday":
        d2 = ref - dt.timedelta(days=2)
        return PartialDate(d2.year, d2.month, d2.day)
    if kind == "this_week":
        # the month, when the whole week so far lies in it ("cette semaine" on a Thursday
        # the 19th); a week that began in the month before leaves it open
        monday = ref - dt.timedelta(days=ref.weekday())
        return PartialDate(ref.year, ref.month) if monday.month == ref.month else None
    if kind == "last_week":
        # the week before the one of publication, Monday to Sunday: its month when the
        # whole week lies in one, else its year ("last week" written on Thursday 7 March
        # may be Friday 1 March as well as Thursday 29 February)
        monday = ref - dt.timedelta(days=ref.weekday() + 7)
        sunday = monday + dt.timedelta(days=6)
        if monday.month == sunday.month:
            return PartialDate(monday.year, monday.month)
        return PartialDate(monday.year) if monday.year == sunday.year else None
    if kind == "month_day":
        # "on the 12th", "le 12": the last such day on or before publication (the next
        # one for a future action)
        md = groups.get("d") or ""
        day = _day_number(md)
        y, mo = ref.year, ref.month
        if future and day < ref.day:
            y, mo = _shift_month(y, mo, 1)
        elif not future and day > ref.day:
            y, mo = _shift_month(y, mo, -1)
        return _make(y, mo, day)
    if kind == "weekday":
        wd_name = (groups.get("wd") or "").lower()
        if pack.month_case_sensitive and not (groups.get("wd") or "x")[:1].isupper():
            return None
        target = next((v for k, v in pack.weekdays.items() if k.lower() == wd_name), None)
        if target is None:
            return None
        # "last Friday" / "vendredi dernier" written on a Friday is a week before, "next
        # Friday" a week after; a bare "Friday" that day is the day itself
        marked = (groups.get("mod") or "").strip().lower() in ("last", "next", "dernier", "prochain")
        if future:
            delta = (target - ref.weekday()) % 7 or (7 if marked else 0)
            res = ref + dt.timedelta(days=delta)
        else:
            delta = (ref.weekday() - target) % 7 or (7 if marked else 0)
            res = ref - dt.timedelta(days=delta)
        return PartialDate(res.year, res.month, res.day)
    return None


_REF_NEXT = re.compile(r"(?i)following|next|suivante|d['’]après")
_REF_PREV = re.compile(r"(?i)previous|before|précédente|d['’]avant")
_REF_LAST = re.compile(r"(?i)^last$|dernière|passée|\ban\s+(?:dernier|passé)")


def _resolve_ref(
    kind: str, groups: dict[str, str | None], pack: LangPack,
    pub: PartialDate | None, anchor: PartialDate | None,
) -> PartialDate | None:
    """"the same day" (the anchor: the last date the article gave before), "that year",
    "in May of that year", "en mai de l'année précédente" (the anchor's year, shifted
    for "following"/"previous"; "last year" counts from publication)."""
    if kind == "same_day":
        return anchor
    ref = (groups.get("ref") or "").strip()
    if _REF_LAST.search(ref):
        base = pub.year - 1 if pub else None
    elif anchor is None:
        return None
    elif _REF_NEXT.search(ref):
        base = anchor.year + 1
    elif _REF_PREV.search(ref):
        base = anchor.year - 1
    else:
        base = anchor.year
    if base is None:
        return None
    if kind == "that_year":
        return PartialDate(base)
    month = _month_number(pack, groups.get("m") or "")
    return _make(base, month, None) if month else None


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4,
    "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8,
    "nine": 9, "neuf": 9, "ten": 10, "dix": 10, "eleven": 11, "onze": 11, "twelve": 12, "douze": 12, "quinze": 15,
}
_BACKWARD = re.compile(r"(?i)earlier|before|previous|preceding|auparavant|plus\s+tôt|avant|précédent")


def _count(groups: dict[str, str | None]) -> int:
    n_text = (groups.get("n") or "").lower()
    return int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1 if not n_text else 0)


def shift_by(date: PartialDate, count: str, unit: str, forward: bool) -> PartialDate | None:
    """``date`` moved by a counted span ("two months", "trois semaines", "10 days"), kept
    to what the span can tell: months and weeks to the month, days to the day (when
    ``date`` is a day), years to the year. None when the count is no number."""
    n = _count({"n": count})
    unit = unit.lower()
    if not n or n > 60:
        return None
    step = n if forward else -n
    if unit.startswith(("year", "an", "année")):
        return PartialDate(date.year + step)
    if date.month is None:
        return None
    if unit.startswith(("day", "jour")) and date.day is not None:
        day = dt.date(date.year, date.month, date.day) + dt.timedelta(days=step)
        return PartialDate(day.year, day.month, day.day)
    if unit.startswith(("week", "semaine", "day", "jour")):
        days = 7 * step if unit.startswith(("week", "semaine")) else step
        if date.day is not None:
            day = dt.date(date.year, date.month, date.day) + dt.timedelta(days=days)
            return PartialDate(day.year, day.month)
        # a month moved by weeks or days: the month only when every day of it lands in one
        # ("two weeks after it was added in March" may be March or April: its year)
        first = dt.date(date.year, date.month, 1) + dt.timedelta(days=days)
        last = dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1]) + dt.timedelta(days=days)
        if (first.year, first.month) == (last.year, last.month):
            return PartialDate(first.year, first.month)
        return PartialDate(first.year) if first.year == last.year else None
    y, m = _shift_month(date.year, date.month, step)
    return PartialDate(y, m)


def _resolve_offset(
    groups: dict[str, str | None], anchor: PartialDate | None, pub: PartialDate | None = None
) -> PartialDate | None:
    """"the following month", "three months later", "le mois suivant", "trois mois plus
    tard": months counted from the article's previous date (the anchor), to the month.
    With no earlier date, only a backward offset ("le mois précédent") counts from
    publication."""
    direction = groups.get("dir") or groups.get("ref") or ""
    backward = bool(_BACKWARD.search(direction))
    if (anchor is None or anchor.month is None) and backward:
        anchor = pub
    if anchor is None or anchor.month is None:
        return None
    n = _count(groups)
    if not n or n > 24:
        return None
    step = -n if backward else n
    y, m = _shift_month(anchor.year, anchor.month, step)
    return PartialDate(y, m)


def _resolve_year_offset(groups: dict[str, str | None], anchor: PartialDate | None) -> PartialDate | None:
    """"two years later", "deux ans plus tard", "a year earlier": years counted from the
    article's previous date (the anchor), to the year; with no earlier date, none (never
    from publication: "later" is told against the story, not the day it was written)."""
    if anchor is None:
        return None
    n = _count(groups)
    if not n or n > 60:
        return None
    backward = bool(_BACKWARD.search(groups.get("dir") or ""))
    return PartialDate(anchor.year - n if backward else anchor.year + n)


_DAY_NEXT = re.compile(r"(?i)^(?:next|following|after|later|afterwards|lendemain|suivant|plus\s+tard|après|d['’]après)$")


def _resolve_day_offset(groups: dict[str, str | None], anchor: PartialDate | None) -> PartialDate | None:
    """"the next day", "the day before", "two days later", "le lendemain", "la veille",
    "trois jours plus tard": days counted from the article's previous date, to the day
    when that date is a day; weeks to the month. No earlier date, no date."""
    direction = (groups.get("dir") or groups.get("dir2") or groups.get("dir3") or "").strip()
    direction = re.sub(r"\s+", " ", direction.lower())
    unit = (groups.get("unit") or "day").lower()
    n = _count(groups) if groups.get("n") else 1
    if not n or n > 60 or anchor is None:
        return None
    step = n if _DAY_NEXT.match(direction) else -n
    weeks = unit.startswith(("week", "semaine"))
    day = anchor.as_date()
    if day is None:
        return None
    moved = day + dt.timedelta(days=step * (7 if weeks else 1))
    return PartialDate(moved.year, moved.month) if weeks else PartialDate(moved.year, moved.month, moved.day)


def _resolve_ref_weekday(groups: dict[str, str | None], pack: LangPack, anchor: PartialDate | None) -> PartialDate | None:
    """"the following Monday", "le lundi suivant": the weekday after (or before) the
    article's previous date, which must be a day."""
    day = anchor.as_date() if anchor is not None else None
    name = (groups.get("wd") or "").lower()
    target = next((v for k, v in pack.weekdays.items() if k.lower() == name), None)
    if day is None or target is None:
        return None
    if _DAY_NEXT.match((groups.get("dir") or "").strip().lower()):
        moved = day + dt.timedelta(days=(target - day.weekday()) % 7 or 7)
    else:
        moved = day - dt.timedelta(days=(day.weekday() - target) % 7 or 7)
    return PartialDate(moved.year, moved.month, moved.day)


def _resolve_slash(groups: dict[str, str | None]) -> PartialDate | None:
    """"01/14/2021" (month first) or "14/01/2021" (day first) in English: only when the
    order shows, one number above 12 (or both the same); "01/05/2021" gives no date."""
    a, b = int(groups.get("a") or 0), int(groups.get("b") or 0)
    year = int(groups.get("y") or 0)
    if a > 12 >= b:
        return _make(year, b, a)
    if b > 12 >= a or a == b:
        return _make(year, a, b)
    return None


_UNIT_DAYS = re.compile(r"(?i)^(?:days?|jours?)$")
_UNIT_WEEKS = re.compile(r"(?i)^(?:weeks?|semaines?)$")
_UNIT_MONTHS = re.compile(r"(?i)^(?:months?|mois)$")


def _resolve_ago(groups: dict[str, str | None], pub: PartialDate | None) -> PartialDate | None:
    """"il y a trois mois", "two weeks ago": counted back from publication, to the
    precision a reader can vouch for (days to the day, weeks and months to the month,
    years to the year); a publication date too coarse for the unit gives nothing."""
    if pub is None:
        return None
    n = _count(groups)
    unit = (groups.get("unit") or "").strip()
    if not n or n > 60:
        return None
    if _UNIT_DAYS.match(unit) or _UNIT_WEEKS.match(unit):
        ref = pub.as_date()
        if ref is None:
            return None
        back = ref - dt.timedelta(days=n * (7 if _UNIT_WEEKS.match(unit) else 1))
        if _UNIT_WEEKS.match(unit):
            return PartialDate(back.year, back.month)
        return PartialDate(back.year, back.month, back.day)
    if _UNIT_MONTHS.match(unit):
        if pub.month is None:
            return None
        y, m = _shift_month(pub.year, pub.month, -n)
        return PartialDate(y, m)
    return PartialDate(pub.year - n)


_NEEDS_ANCHOR = re.compile(
    r"(?i)\bmonths?\s+(?:later|after|earlier|before)\b|\b(?:following|next)\s+month\b|"
    r"\bmois\s+(?:suivant|d['’]après|plus\s+tard|après|plus\s+tôt|auparavant|précédent|d['’]avant)\b|"
    r"\bdans\s+la\s+foulée\b|\bprevious\s+month\b|\b(?:that|same)\s+month\b|\bmême\s+mois\b|\bplus\s+tard\s+dans\s+le\s+mois\b|"
    r"\blater\s+in\s+the\s+month\b|"
    r"\bsame\s+day\b|\bmême\s+jour\b|\bjour\s+même\b|\bthat\s+year\b|\bsame\s+year\b|"
    r"\b(?:following|previous)\s+year\b|\byears?\s+(?:later|afterwards|earlier)\b|\b(?:ans?|années?)\s+(?:plus\s+tard|plus\s+tôt|après|auparavant)\b|\bannée-là\b|\bmême\s+année\b|\bannée\s+(?:précédente|suivante)\b|"
    r"\b(?:next|following|previous|preceding)\s+day\b|\bday\s+(?:before|after)\b|"
    r"\b(?:days?|weeks?)\s+(?:later|afterwards|earlier)\b|\blendemain\b|\bveille\b|\bjour\s+(?:suivant|précédent)\b|"
    r"\b(?:jours?|semaines?)\s+(?:plus\s+tard|après|plus\s+tôt|auparavant)\b|"
    rf"\b(?:following|next|previous|preceding)\s+(?:{weekday_names('en')})\b|"
    rf"\b(?:{weekday_names('fr')})\s+(?:suivant|précédent|d['’]après|d['’]avant)\b"
)


def needs_anchor(sentence: str) -> bool:
    """Whether the sentence dates something relative to an earlier date of the article."""
    return bool(_NEEDS_ANCHOR.search(sentence))


def find_dates(
    sentence: str, lang: str, published: PartialDate | None, anchor: PartialDate | None = None
) -> list[DateMention]:
    """Every date expression in ``sentence``, in order, non-overlapping. ``anchor`` is the
    last date the article gave before this sentence (for "the same day", "that year")."""
    return list(_find_dates(sentence, lang, published, anchor))


@lru_cache(maxsize=2048)
def _find_dates(
    sentence: str, lang: str, published: PartialDate | None, anchor: PartialDate | None
) -> tuple[DateMention, ...]:
    # cached: an article's earlier sentences are read again for the anchor of a later one
    pack = PACKS[lang]
    patterns, deadline_re, past_re, future_re, future_ctx = _compiled(lang)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    candidates: list[tuple[re.Match[str], str, str | None]] = [
        (m, "abs", None) for m in _ISO_IN_TEXT.finditer(sentence)
    ]
    for comp in patterns:
        candidates.extend((m, comp.kind, comp.precision) for m in comp.regex.finditer(sentence))
    refs = ("same_day", "that_year", "ref_year", "month_offset", "year_offset", "same_month", "day_offset", "ref_weekday")
    # dates written before in the same sentence, for "..., in December 2020, and the
    # following year", "ajouté en janvier dernier ... trois mois plus tard" (a month with no
    # year is resolved against publication first)
    # (two readings may end at one place, "3 janvier 2021" and "janvier 2021": a year-only
    # or month-only reading sorts before a finer one, never compared with None)
    written = sorted(
        ((m.end(), d) for m, kind, forced in candidates if kind not in refs
         and (m.groupdict().get("y") or m.groupdict().get("m"))
         for d in [_resolve(kind, m.groupdict(), pack, published, False, forced)] if d is not None),
        key=lambda w: (w[0], w[1].year, w[1].month or 0, w[1].day or 0),
    ) if any(kind in refs for _m, kind, _f in candidates) else []
    own_year = published is None and any(m.groupdict().get("y") for m, _k, _f in candidates)
    for m, kind, forced in candidates:
        if not free(m.start(), m.end()):
            continue
        groups = m.groupdict()
        local = anchor
        if kind in refs:
            local = next((d for end, d in reversed(written) if end <= m.start()), anchor)
        elif published is None and kind == "abs" and not groups.get("y") and own_year:
            # (on a page that shows no date, a sentence that writes a year of its own
            # tells another act's: its yearless days borrow none from the article, but one
            # told before a full date takes its year from it: "Le 14 novembre, X a prolongé
            # le délai jusqu'au 13 décembre 2025", "On 20 December it extended the licence
            # to 15 January 2026")
            local = _sentence_year(m, groups, pack, candidates)
        mod_text = (groups.get("mod") or "").strip()
        modifier: str | None = None
        if mod_text and past_re.fullmatch(mod_text):
            modifier = "past"
        elif mod_text and future_re.fullmatch(mod_text):
            modifier = "future"
        elif kind == "abs" and forced == "month":
            first = m.group(0).split()[0]
            if past_re.fullmatch(first):
                modifier = "past"
            elif future_re.fullmatch(first):
                modifier = "future"
        if modifier is None and (kind in ("weekday", "month_day") or (kind == "abs" and not groups.get("y"))):
            # "will on Friday put ...", "entreront en vigueur le 20 décembre": a day named
            # after a future tense is the next one, not the last
            lead_in = re.split(r"[.;]", sentence[max(0, m.start() - 45) : m.start()])[-1]
            if future_ctx.search(lead_in):
                modifier = "future"
        lead = sentence[max(0, m.start() - 60) : m.start()]
        clock = _CLOCK_BEFORE.search(lead)
        if clock is not None:
            lead = lead[: clock.start()] + " "  # "until 9:30 p.m. CET on 4 June": the cue is the day's
        deadline = bool(deadline_re.search(lead[-40:])) or _PUT_OFF_TO.search(
            sentence[max(0, m.start() - 220) : m.start()]) is not None
        # the cue may be inside the match itself ("by May 20" when "by" is matched)
        head = m.group(0).split()[0] if m.group(0).split() else ""
        if head.lower() in ("by", "until", "through", "before", "d'ici", "d’ici", "avant"):
            deadline = True
        if deadline and (_PAST_START.search(lead) or (
                _START_OPENS.search(lead) and _STATE_AFTER.match(sentence, m.end()))):
            # "a pris effet dès le 3 mai", "was blocked as of May 3", "as of May 3, the
            # property of X is blocked": a day something began, not one ahead
            deadline = False
        past = _resolve(kind, groups, pack, published, False, forced, local)
        fut = _resolve(kind, groups, pack, published, True, forced, local)
        if past is None and fut is None:
            continue
        if kind == "abs" and modifier is not None and published is not None and published.month is not None:
            # a month told as the last or the next one ("last March", « en mars dernier »,
            # "next March") in that very month is a year away, as "last Friday" on a Friday
            if modifier == "past" and past is not None and past.day is None and \
                    (past.year, past.month) == (published.year, published.month):
                past = _make(past.year - 1, past.month, None)
            if modifier == "future" and fut is not None and fut.day is None and \
                    (fut.year, fut.month) == (published.year, published.month):
                fut = _make(fut.year + 1, fut.month, None)
        effect = modifier is None and _EFFECT_FROM.search(lead) is not None
        if effect:
            # "with effect from Thursday" on a Wednesday is the next day; "effective Monday"
            # told on a Wednesday the Monday before: the day nearer publication
            past = fut = _nearer(past, fut, published)
            deadline = True
        taken.append((m.start(), m.end()))
        found.append(
            DateMention(m.start(), m.end(), m.group(0), past, fut, deadline, modifier, kind, effect)
        )
    found.sort(key=lambda x: x.start)
    return tuple(_periods(_drop_named_weekdays(found, sentence), sentence))


def _sentence_year(
    m: re.Match[str], groups: dict[str, str | None], pack: LangPack,
    candidates: list[tuple[re.Match[str], str, str | None]],
) -> PartialDate | None:
    """The year a yearless day takes from the nearest full date told after it in its own
    sentence (a page with no date): that date's year, or the year before when the day
    would fall after it (a December day told before "13 January 2026" is of 2025). A full
    date told before it bounds nothing ("listed on 3 March 2024 and removed on 5
    February" may be of any later year): no year."""
    full = [(c.start(), d) for c, kind, forced in candidates
            if kind == "abs" and c.groupdict().get("y") and c.start() > m.start()
            for d in [_resolve(kind, c.groupdict(), pack, None, False, forced)] if d is not None and d.month is not None]
    month = _month_number(pack, groups["m"] or "") if groups.get("m") else None
    if not full or month is None:
        return None
    at, near = min(full, key=lambda f: abs(f[0] - m.start()))
    d = groups.get("d")
    day = _day_number(d) if d else 0
    assert near.month is not None
    year = near.year
    if (month, day) > (near.month, near.day or 0):
        year -= 1
    return PartialDate(year)


# two dates joined as the ends of a span of time: "for the period August 2019 to May 2020",
# « sur la période août 2019-mai 2020 », "between 1 May and 30 June" after "period", or
# any two dates with a year joined by a dash ("August 2019–May 2020")
_SPAN_JOIN = re.compile(r"(?i)\s*(?:(?P<dash>[-–—])|to|until|till|through|and|à|au|et|jusqu['’](?:au|à|en))\s*(?:le\s+|the\s+)?")
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:période|periods?|plage|span|window|fenêtre)\s+(?:allant\s+)?(?:de|du|d['’]|from|of|between|entre)?\s*(?:le\s+|the\s+)?$")
# "between May 2019 and June 2020", « entre mai 2019 et juin 2020 »: a span's two ends
_BETWEEN_BEFORE = re.compile(r"(?i)\b(?:between|entre)\s+(?:le\s+|the\s+)?$")
# the old end and the new of an end put off: "extended the deadline from 17 January to 28
# February", « a prolongé le délai du 3 mars au 30 avril »
_PUT_OFF_FROM = re.compile(
    r"(?i)(?:\b(?:extend|prolong|postpon|defer|delay|prorog|repouss|report|décal|recul|allong|différ|étend)\w*|\b(?:push|mov)(?:ed|es|ing)?\s+back)\b"
    r"[^.;]{0,200}?\s(?:from|du)\s+(?:the\s+)?$"
)


def _periods(found: list[DateMention], sentence: str) -> list[DateMention]:
    """The ends of a span of time the sentence names (the period measures covered, a
    licence's validity): the start is no act's day, the end only a deadline's."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        join = _SPAN_JOIN.fullmatch(sentence, a.end, b.start) if b is not None else None
        if b is not None and join is not None and a.kind == b.kind == "abs" \
                and join.group(0).strip().lower() in ("and", "et") \
                and _BETWEEN_BEFORE.search(sentence, max(0, a.start - 12), a.start) \
                and not _PERIOD_BEFORE.search(sentence, max(0, a.start - 40), a.start):
            # "imposed between May 2019 and June 2020": the span's start is the act's first
            # day, its end no act's (kept as an end, which only a deadline takes)
            out += [a, replace(b, deadline=True)]
            i += 2
            continue
        if b is not None and join is not None and a.kind == b.kind == "abs" and (
                _PERIOD_BEFORE.search(sentence, max(0, a.start - 40), a.start)
                or (join.group(0).strip().lower() in ("to", "au", "until", "jusqu'au", "jusqu’au")
                    and _PUT_OFF_FROM.search(sentence, max(0, a.start - 220), a.start))
                or (join.group("dash") and a.past is not None and b.past is not None
                    and _with_year(a.text) and _with_year(b.text) and not _OPENS_CLAUSE.match(b.text))):
            out.append(replace(b, deadline=True))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# (a date told with its preposition opens a clause of its own: "March 2, 2020 - On
# February 28, 2020, the Treasury ..." is a date line glued to the sentence, no span)
_OPENS_CLAUSE = re.compile(r"(?i)(?:on|le|in|en|since|depuis)\b")


def _with_year(text: str) -> bool:
    return re.search(r"\b(?:19|20)\d\d\b", text) is not None


# the words that tell, right before a day, the day an act takes effect: "with effect from",
# "effective (from|as of|on)", "taking effect (on)", « avec effet (à partir|à compter) de »,
# « avec effet au », « prenant effet le »
_EFFECT_FROM = re.compile(
    r"(?i)(?:\bwith\s+effect\s+(?:from|as\s+of|on)|\beffective(?:\s+(?:from|as\s+of|on))?|\btaking\s+effect(?:\s+(?:on|from))?|"
    r"\bavec\s+effet\s+(?:(?:à\s+(?:partir|compter)\s+d(?:e|u)|dès(?:\s+le)?|au|le)\b)?|\bprenant\s+effet\s+(?:le|à\s+(?:partir|compter)\s+d(?:e|u)|dès(?:\s+le)?)?)"
    r"\s*(?:le\s+|the\s+)?$"
)


def _nearer(past: PartialDate | None, fut: PartialDate | None, published: PartialDate | None) -> PartialDate | None:
    """Of the last and the next readings of a day, the one nearer publication (the last
    on a tie, or when publication is not a day)."""
    if past is None or fut is None or past == fut:
        return past or fut
    pub = published.as_date() if published is not None else None
    a, b = past.as_date(), fut.as_date()
    if pub is None or a is None or b is None:
        return past
    return fut if (b - pub) < (pub - a) else past


# a day an end is put off to, however long the words between the verb and "to" ("extended
# the deadline for buyers of X's assets to", "pushed back the cut-off for dealings with X
# until", « a repoussé la date limite de la vente des actifs de X au », « a prolongé le délai
# ... jusqu'au »): a day ahead; "from <day>" before it is the old end (``_periods``)
_PUT_OFF_TO = re.compile(
    r"(?i)(?:\b(?:extend|prolong|postpon|defer|delay|prorog|repouss|report|décal|recul|allong|différ|étend)\w*|\b(?:push|mov)(?:ed|es|ing)?\s+back)\b"
    r"[^.;]{0,200}?\s(?:to|until|till|au|jusqu['’](?:au|à))\s+(?:le\s+|the\s+)?$"
)


# a start cue right after a verb told in a past tense: the day something began, not one ahead
# ("le gel a pris effet dès le", "avait été gelé dès le", "were blocked as of")
_PAST_START = re.compile(
    r"(?i)(?:\b(?:a|ont|avait|avaient|eut|eurent)\s+(?:été\s+)?(?:\w+ment\s+|déjà\s+)?\w+(?:é|ée|és|ées|is|ise|it|u|ue|us)"
    r"(?:\s+(?:corps|effet|fin|place))?|\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+|already\s+)?\w+ed)"
    r"\s+(?:dès(?:\s+le)?|as\s+of)\s*(?:le\s+|the\s+)?$"
)


# a start cue opening its clause ("In general, as of", "Dès le") whose clause tells a state in
# the present ("the property of X is blocked", "les avoirs de X sont gelés") or the act done
# in a perfect or a past ("As of 3 May, X has been added to the list", "À compter du 3 mai,
# X a été ajoutée à sa liste"): begun that day
_START_OPENS = re.compile(r"(?i)(?:^|[,;:–—]\s*|\s-\s*|^\W*(?:in\s+general|en\s+général|ainsi|désormais),\s*)"
                          r"(?:as\s+of|dès(?:\s+le)?|à\s+compter\s+du|à\s+partir\s+du)\s*(?:le\s+|the\s+)?$")
_STATE_AFTER = re.compile(
    r"(?i)\s*,\s*(?:[^.;,]{1,120}?\s)?(?:is|are|sont|est)\s+(?:\w+ly\s+|désormais\s+|now\s+)?"
    r"(?:blocked|frozen|prohibited|bloqué|bloquée?s?|bloqués|gelée?s?|gelés|interdite?s?|interdits)\b|"
    r"\s*,\s*(?:[^.;,]{1,120}?\s)?(?:has\s+been|have\s+been|was|were|a\s+été|ont\s+été)\s+(?:\w+ly\s+|also\s+|aussi\s+|également\s+)?"
    r"(?:designated|added|listed|sanctioned|removed|delisted|désignée?s?|ajoutée?s?|inscrite?s?|sanctionnée?s?|"
    r"retirée?s?|radiée?s?)\b"
)


# a time of day between a deadline cue and its day: "until 9:30 p.m. CET on", "jusqu'à
# midi le", "through 6 a.m. (GMT) on", "until 5 p.m. pacific time,"
_CLOCK_BEFORE = re.compile(
    r"(?i)(?<=\s)(?:(?:at|à)\s+)?(?:\d{1,2}(?:[:h.]\d{2}\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)?|\s*(?:a\.\s?m\.|p\.\s?m\.|am|pm))"
    r"|midnight|noon|minuit|midi)(?:\s*\(?(?:EST|EDT|ET|GMT|UTC|CET|CEST|BST|(?:eastern|central|mountain|pacific)"
    r"\s+(?:standard\s+|daylight\s+)?time)\)?)?\s*,?\s*(?:on|le)?\s*$"
)


_WEEKDAY_GLUE = re.compile(r"(?i)^\s*,?\s*(?:le\s+|the\s+)?$")


def _drop_named_weekdays(found: list[DateMention], sentence: str) -> list[DateMention]:
    """"jeudi 14 janvier", "Thursday, January 14": the weekday names the day the date
    gives; it is not a second date (read alone it would be the last Thursday before
    publication)."""
    out: list[DateMention] = []
    skip = False
    for i, d in enumerate(found):
        if skip:
            skip = False
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if d.kind == "weekday" and nxt is not None and nxt.kind == "abs" and nxt.past is not None \
                and nxt.past.precision == "day" and _WEEKDAY_GLUE.match(sentence[d.end : nxt.start]):
            # (the cue before the weekday is the day's: "expires on Monday, March 10")
            out.append(replace(nxt, start=d.start, text=sentence[d.start : nxt.end],
                               deadline=nxt.deadline or d.deadline))
            skip = True
            continue
        out.append(d)
    return out
