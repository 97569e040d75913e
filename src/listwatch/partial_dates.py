"""Dates as people write them (birth dates above all), parsed with their precision.

``parse_date("07/10/1952")`` is 7 October 1952 (day first unless the order says month
first); ``"Oct 1952"`` is the month of October 1952; ``"1952"`` the year; ``"1950-1954"``,
``"between 1950 and 1954"``, ``"circa 1952"`` and ``"1950s"`` are ranges. A text that is
no date raises ``DateFormatError`` saying which forms are understood; nothing here guesses
a two-digit year's century.

Every value is an interval of days (``lo`` .. ``hi``) and a precision: two dates agree when
their intervals overlap, so ``1952-10`` agrees with ``1952-10-07`` and ``1952`` with both.
``PartialDate.iso`` is the canonical text (``1952-10-07``, ``1952-10``, ``1952``, or
``lo/hi`` in ISO 8601 interval form for a range): what queries carry once read.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from listwatch.errors import ConfigError

#: Orders of an all-numeric date like 07/10/1952.
DATE_ORDERS = ("dmy", "mdy")

#: Month names and abbreviations (English, French, German, Spanish), accents dropped.
_MONTH_NAMES = {
    1: "jan january janv janvier januar enero ene",
    2: "feb february fev fevr fevrier februar febrero",
    3: "mar march mars marz maerz marzo",
    4: "apr april avr avril abril abr",
    5: "may mai mayo",
    6: "jun june juin juni junio",
    7: "jul july juil juillet juli julio",
    8: "aug august aout agosto ago",
    9: "sep sept september septembre septiembre setiembre",
    10: "oct october octobre oktober okt octubre",
    11: "nov november novembre noviembre",
    12: "dec december decembre dezember dez diciembre dic",
}
MONTHS = {word: n for n, words in _MONTH_NAMES.items() for word in words.split()}

_ACCENTS = str.maketrans("éèêëûüùôöàâäçíóúñ", "eeeeuuuooaaaciouN".lower())


class DateFormatError(ConfigError):
    """A date is written in a form listwatch does not read (or is no date)."""


@dataclass(frozen=True)
class PartialDate:
    """A day, a month, a year or a range of them: every day from ``lo`` to ``hi``."""

    lo: date
    hi: date
    #: ``day``, ``month``, ``year`` or ``range``
    precision: str

    @property
    def iso(self) -> str:
        if self.precision == "range":
            return f"{_iso(self.lo, self._side_precision())}/{_iso(self.hi, self._side_precision())}"
        return _iso(self.lo, self.precision)

    def _side_precision(self) -> str:
        if self.lo.day != 1 or self.hi != _end(self.hi.year, self.hi.month, None):
            return "day"
        if self.lo.month != 1 or self.hi.month != 12:
            return "month"
        return "year"

    def overlaps(self, other: PartialDate) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def years(self) -> set[int]:
        return set(range(self.lo.year, self.hi.year + 1))

    def __str__(self) -> str:
        return self.iso


def _iso(d: date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _end(year: int, month: int | None, day: int | None) -> date:
    if month is None:
        return date(year, 12, 31)
    if day is None:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _make(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    if not 1000 <= year <= 2999:
        raise ValueError(f"year {year}")
    lo = date(year, month or 1, day or 1)  # ValueError on 31/02 or month 13
    hi = _end(year, month, day)
    return PartialDate(lo, hi, "day" if day else "month" if month else "year")


def _span(a: PartialDate, b: PartialDate) -> PartialDate:
    if b.hi < a.lo:
        raise ValueError("a range ending before it starts")
    return PartialDate(a.lo, b.hi, "range")


_SEP = r"[./\-\s]"
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:t[\d:.]+z?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(rf"^(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{2,4}})$")
_YEAR_MONTH = re.compile(r"^(\d{1,2})[./\-](\d{4})$")
_YMD_SLASH = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
# 7 Oct 1952, 7-Oct-1952, 7. Oktober 1952, 1er octobre 1952, 7 de octubre de 1952
_D_MON_Y = re.compile(r"^(\d{1,2})(?:er|st|nd|rd|th|\.)?[\s\-/]*(?:de\s+)?([a-z]+)\.?[\s\-/,]*(?:de\s+)?(\d{4})$")
# Oct 7, 1952 / October 7th 1952
_MON_D_Y = re.compile(r"^([a-z]+)\.?[\s\-]+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
# Oct 1952, octobre 1952, Oct-1952
_MON_Y = re.compile(r"^([a-z]+)\.?[\s\-/,]*(?:de\s+)?(\d{4})$")
_DECADE = re.compile(r"^(\d{3})0'?s$")
_CIRCA = re.compile(r"^(?:circa|ca\.?|c\.|approx\.?|approximately|about|around|vers|env\.?|environ)\s*(.+)$")
_RANGE = re.compile(
    r"^(?:between|from|entre|de|du|zwischen|von)?\s*(.+?)\s*"
    r"(?:\s-\s|\s–\s|–|\s/\s|\bto\b|\band\b|\bet\b|\bau\b|\ba\b|\bà\b|\bund\b|\bbis\b|\by\b)\s*(.+)$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*[-–/]\s*(\d{4})$")
_ISO_INTERVAL = re.compile(r"^(\d{4}(?:-\d{2}){0,2})/(\d{4}(?:-\d{2}){0,2})$")

#: What the error message lists as understood.
FORMS = ("1952-10-07", "1952-10", "1952", "07/10/1952 (day first; month first with the "
         "date order mdy)", "7.10.1952", "19521007", "7 Oct 1952", "Oct 7, 1952",
         "7 octobre 1952", "Oct 1952", "10/1952", "1950-1954", "between 1950 and 1954",
         "circa 1952", "1950s")


def _month(word: str) -> int:
    word = word.rstrip(".")
    if word in MONTHS:
        return MONTHS[word]
    raise ValueError(f"month {word!r}")


def _numeric(a: int, b: int, year: int, order: str) -> PartialDate:
    day, month = (a, b) if order == "dmy" else (b, a)
    try:
        return _make(year, month, day)
    except ValueError:
        # only one reading is a date (31/10/1952 under mdy, 10/31/1952 under dmy)
        return _make(year, day, month)


def _single(text: str, order: str) -> PartialDate:
    if m := _ISO.match(text):
        y, mo, d = m.groups()
        return _make(int(y), int(mo) if mo else None, int(d) if d else None)
    if m := _COMPACT.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _YMD_SLASH.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC.match(text):
        if len(m[3]) != 4:
            raise ValueError("a two-digit year (write the year in full: 1952, not 52)")
        return _numeric(int(m[1]), int(m[2]), int(m[3]), order)
    if m := _YEAR_MONTH.match(text):
        return _make(int(m[2]), int(m[1]))
    if m := _D_MON_Y.match(text):
        return _make(int(m[3]), _month(m[2]), int(m[1]))
    if m := _MON_D_Y.match(text):
        return _make(int(m[3]), _month(m[1]), int(m[2]))
    if m := _MON_Y.match(text):
        return _make(int(m[2]), _month(m[1]))
    if m := _DECADE.match(text):
        start = int(m[1]) * 10
        return _span(_make(start), _make(start + 9))
    raise ValueError("no date form")


def _clean(text: str) -> str:
    text = " ".join(text.strip().lower().translate(_ACCENTS).split())
    return text.replace("1er ", "1 ")


@lru_cache(maxsize=65536)
def _parse(text: str, order: str) -> PartialDate:
    t = _clean(text)
    if not t:
        raise ValueError("empty")
    try:
        return _single(t, order)
    except ValueError:
        pass
    if m := _ISO_INTERVAL.match(t) or _YEAR_RANGE.match(t):
        return _span(_single(m[1], order), _single(m[2], order))
    if m := _CIRCA.match(t):
        inner = _single(m[1], order)
        return PartialDate(date(inner.lo.year - 1, 1, 1), date(inner.hi.year + 1, 12, 31),
                           "range")
    if m := _RANGE.match(t):
        return _span(_single(m[1].strip(" ,"), order), _single(m[2].strip(" ,"), order))
    return _single(t, order)  # (raises the single form's reason)


def parse_date(text: str, order: str = "dmy", what: str = "date") -> PartialDate:
    """``text`` as a ``PartialDate``; ``DateFormatError`` (naming the forms understood)
    when it is no date. ``order``: ``dmy`` (07/10/1952 is 7 October) or ``mdy`` (July 10)."""
    if order not in DATE_ORDERS:
        raise ConfigError(f"unknown date order {order!r}", hint="use dmy (day first) or mdy")
    try:
        return _parse(str(text), order)
    except ValueError as exc:
        reason = str(exc)
        detail = f" ({reason})" if reason.startswith(("a two-digit", "a range", "month", "year")) \
            else ""
        raise DateFormatError(
            f"{what} {text!r} is not a date listwatch can read{detail}",
            hint="write it like " + ", ".join(FORMS[:8]) + " or a range like 1950-1954",
        ) from None


def try_parse(text: str, order: str = "dmy") -> PartialDate | None:
    """``parse_date`` or None."""
    try:
        return _parse(str(text), order)
    except ValueError:
        return None


def normalise_date(text: str, order: str = "dmy", what: str = "date") -> str:
    """The canonical text of a date (``PartialDate.iso``); raises ``DateFormatError``."""
    return parse_date(text, order, what).iso
