"""Reading delimited text files (the trade.gov CSL, the BIS DPL, OFSI) strictly (the text
itself comes from ``_decode.decode``).

Both publishers quote every field, so the quoting tells us when a file was cut short:
a file that ends inside a quoted field lost at least the end of its last row. The
reader here is ``csv`` in strict mode; it reports that case separately (``CsvTable.cut``)
so each adapter decides whether a cut last row is fatal, and turns every other ``csv``
error into a ``ParseError`` naming the line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from listwatch.errors import ParseError
from listwatch.sources._decode import too_many_bad


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


def data_rows(table: CsvTable, header: list[str], warnings: list[str], *, what: str,
              usable: str, hint: str) -> Iterator[tuple[int, list[str]]]:
    """The rows after the header, as ``(line, fields)``. A repeated header is skipped; a
    row of another width is skipped with a warning, and once every row is read, more such
    rows than a damaged-but-usable file has (``too_many_bad``) refuse the file: ``what``
    (the file) ``is not a usable`` ``usable`` (the list)."""
    width = len(header)
    bad = 0
    for line, row in table.rows[1:]:
        if [c.strip() for c in row] == header:
            warnings.append(f"line {line}: repeated header skipped")
            continue
        if len(row) != width:
            bad += 1
            warnings.append(f"line {line}: {len(row)} fields instead of {width}, skipped")
            continue
        yield line, row
    if too_many_bad(bad, len(table.rows)):
        raise ParseError(
            f"{what}: {bad} of {len(table.rows) - 1} rows do not have {width} fields; "
            f"this is not a usable {usable}",
            hint=hint,
        )
