"""Reading delimited text files (the trade.gov CSL and the BIS DPL) strictly.

Both publishers quote every field, so the quoting tells us when a file was cut short:
a file that ends inside a quoted field lost at least the end of its last row. The
reader here is ``csv`` in strict mode; it reports that case separately (``CsvTable.cut``)
so each adapter decides whether a cut last row is fatal, and turns every other ``csv``
error into a ``ParseError`` naming the line.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from listwatch.errors import ParseError

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_DMY = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$")


def decode(data: bytes, what: str, warnings: list[str]) -> str:
    """UTF-8 (a BOM is dropped); else Windows-1252, said in ``warnings``.

    A NUL byte means a binary file (a zip, a spreadsheet), never a text list, unless the
    file starts with a UTF-16 byte order mark (a spreadsheet's "Unicode text" export).
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(f"{what}: damaged UTF-16 text (byte {exc.start:,})",
                             hint="save the file again, as UTF-8 CSV") from None
    if b"\x00" in data[:65536]:
        raise ParseError(
            f"{what}: this is a binary file, not a text list (it contains NUL bytes)",
            hint="give the list's CSV/TXT file itself, not an archive or a spreadsheet",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warnings.append(
            f"{what}: not valid UTF-8 (byte {exc.start:,}); decoded as Windows-1252 instead"
        )
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"{what}: neither UTF-8 nor Windows-1252 text (byte {exc.start:,})",
            hint="check that the file is the publisher's text file",
        ) from None


@dataclass
class CsvTable:
    """Rows as ``(first line number, fields)``; ``cut`` is a last row the file ends inside."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    cut: tuple[int, list[str]] | None = None


class _Lines:
    """Line iterator that remembers the lines of the row being read."""

    def __init__(self, text: str) -> None:
        self._it = iter(io.StringIO(text, newline=""))
        self.pending: list[str] = []
        self.count = 0
        self.exhausted = False

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        try:
            line = next(self._it)
        except StopIteration:
            self.exhausted = True
            raise
        self.pending.append(line)
        self.count += 1
        return line


def first_row(text: str, delimiter: str, what: str = "the file") -> list[str]:
    """The fields of the first line, read leniently, to check a header before the rest."""
    line = text.lstrip("\r\n").split("\n", 1)[0].rstrip("\r")
    try:
        fields = next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error as exc:  # e.g. a lone CR inside the first line
        raise ParseError(
            f"{what}: the first line is not a readable header ({exc})",
            hint="the file is damaged or not a delimited text list",
        ) from None
    return [f.strip().lstrip("\ufeff") for f in fields]


def read_table(text: str, what: str, delimiter: str) -> CsvTable:
    """Parse ``text`` strictly; blank lines are dropped."""
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    table = CsvTable()
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if lines.exhausted:
                partial = "".join(lines.pending)
                fields = next(csv.reader(io.StringIO(partial, newline=""), delimiter=delimiter))
                table.cut = (start, fields)
                break
            raise ParseError(
                f"{what}: line {start}: malformed {'TSV' if delimiter == chr(9) else 'CSV'} "
                f"({exc})",
                hint="the file is damaged; download it again",
            ) from None
        if row and any(cell.strip() for cell in row):
            table.rows.append((start, row))
        lines.pending.clear()
        start = lines.count + 1
    return table


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


def too_many_bad(bad: int, total: int) -> bool:
    """More broken rows than a damaged-but-usable file has: probably another format."""
    return bad > max(10, total // 20)
