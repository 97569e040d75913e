"""Dates as the publishers write them, read into ISO form keeping their precision
(``2021``, ``2021-06``, ``2021-06-03``). Formats only one publisher uses stay with its
adapter (``gb_fcdo.uk_date``, ``gb_hmt.ofsi_date``, ``ofac_remarks.parse_date``)."""

from __future__ import annotations

import re
from datetime import date

from listwatch.model import Record

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DMY = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$")


def is_partial_date(value: str) -> bool:
    """``2021``, ``2021-01`` or ``2021-01-05``."""
    return bool(_PARTIAL_DATE.match(value))


def iso_prefix(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` part of an ISO timestamp such as ``2026-08-05T16:47:04+02:00``."""
    if not value:
        return None
    head = value.strip()[:10]
    return head if re.match(r"^\d{4}-\d{2}-\d{2}$", head) else None


def iso_date(value: str) -> str | None:
    """An ISO date (keeping precision) from ``2021-06-03``, ``06/03/2021``, ``03 Jun 2021``,
    ``Jun 2021`` or ``2021``; ``None`` if the value is not a valid date."""
    value = value.strip()
    year: int
    month: int | None = None
    day: int | None = None
    if m := _ISO.match(value):
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
    elif m := _US.match(value):
        month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DMY.match(value):
        month = _MONTHS.get(m.group(2).lower())
        if month is None:
            return None
        day = int(m.group(1)) if m.group(1) else None
        year = int(m.group(3))
    else:
        return None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def add_date(record: Record, prop: str, value: str, col: str, line: int,
             warnings: list[str]) -> None:
    """``record[prop]`` from the column ``col``'s ``value`` read by ``iso_date``; a value
    that is not a date is kept in ``notes``, with a warning."""
    if not value:
        return
    iso = iso_date(value)
    if iso is None:
        warnings.append(f"line {line}: {col} {value!r} is not a date, kept in notes")
        record.add("notes", f"{col}: {value}")
    else:
        record.add(prop, iso)
