"""The one text decoder of every source format, and the rule for a file with too many
unreadable entries (``too_many_bad``, applied by ``collect``).

``decode(data, what, warnings, strict=...)``: UTF-8 (a BOM is dropped), else
Windows-1252, said in ``warnings``. Chosen once, by argument:

* ``strict=True`` (the official lists, files users upload as lists): a UTF-16 byte order
  mark (a spreadsheet's "Unicode text" export) is read as UTF-16; a NUL byte means a
  binary file (a zip, a spreadsheet), never a text list; text that is not Windows-1252
  either is a ``ParseError``.
* ``strict=False`` (FtM exports, custom lists): never fails; the five bytes Windows-1252
  leaves undefined are read as Latin-1.

Dates as the publishers write them: ``_dates.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from listwatch.errors import ParseError
from listwatch.model import Record

T = TypeVar("T")


#: Opening bytes of the binary files users give for a CSV, and what to call them.
_BINARY_KINDS = (
    (b"PK\x03\x04", "a zip archive (an Excel workbook .xlsx, an OpenDocument "
                    "spreadsheet .ods, or a .zip)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel workbook (.xls) or another "
                                            "Office document"),
    (b"PAR1", "a Parquet file"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"%PDF", "a PDF document"),
)


def binary_kind(head: bytes) -> str | None:
    """What a binary file is, from its first bytes (``None``: text, as far as these say):
    a spreadsheet, an archive, a PDF, or any file with a NUL byte in ``head``."""
    for magic, kind in _BINARY_KINDS:
        if head.startswith(magic):
            return kind
    if head[:2] not in (b"\xff\xfe", b"\xfe\xff") and b"\x00" in head:
        return "a file with NUL bytes"
    return None


def decode(data: bytes, what: str, warnings: list[str], *, strict: bool = True) -> str:
    """``data`` as text (see the module's docstring for ``strict``)."""
    if strict:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            try:
                text = data.decode("utf-16")
                warnings.append(f"{what}: UTF-16 text (a byte order mark), not the publisher's "
                                "usual encoding; read as UTF-16")
                return text
            except UnicodeDecodeError as exc:
                raise ParseError(f"{what}: damaged UTF-16 text (byte {exc.start:,})",
                                 hint="save the file again, as UTF-8 CSV") from None
        kind = binary_kind(data[:65536])
        if kind is not None:
            raise ParseError(
                f"{what}: this is a binary file, not a text list: {kind}",
                hint="give the list's CSV/TXT file itself, not an archive or a spreadsheet "
                     "(a spreadsheet: save it as CSV UTF-8)",
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
        if not strict:  # (cp1252 leaves five bytes undefined; latin-1 maps every byte)
            return data.decode("latin-1")
        raise ParseError(
            f"{what}: neither UTF-8 nor Windows-1252 text (byte {exc.start:,})",
            hint="check that the file is the publisher's text file",
        ) from None


def too_many_bad(bad: int, total: int) -> bool:
    """More broken rows than a damaged-but-usable file has: probably another format."""
    return bad > max(10, total // 20)


def collect(entries: Iterable[T], read: Callable[[int, T], Record | None],
            warnings: list[str], *, repeated: Callable[[int, Record], str], empty: str,
            damaged: str, hint: str = "download it again") -> list[Record]:
    """The records of a list's entries, one per id. ``read(number, entry)`` gives None for
    an entry it skips (it says why in ``warnings``); an id seen before is kept once, with
    ``repeated(number, record)`` in ``warnings``. No record at all is a ``ParseError``
    (``empty``); so are too many skipped entries (``damaged``, formatted with ``skipped``
    and ``total``)."""
    records: list[Record] = []
    seen: set[str] = set()
    skipped = total = 0
    for number, entry in enumerate(entries, start=1):
        total += 1
        record = read(number, entry)
        if record is None:
            skipped += 1
            continue
        if record.id in seen:
            warnings.append(repeated(number, record))
            continue
        seen.add(record.id)
        records.append(record)
    if not records:
        raise ParseError(empty, hint="download it again")
    if too_many_bad(skipped, total):
        raise ParseError(damaged.format(skipped=skipped, total=total), hint=hint)
    return records
