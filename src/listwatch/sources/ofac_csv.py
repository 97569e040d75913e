"""OFAC's legacy CSV files: ``sdn.csv`` + ``add.csv`` + ``alt.csv`` + ``sdn_comments.csv``
(the SDN list) and ``cons_prim.csv`` + ``cons_add.csv`` + ``cons_alt.csv`` +
``cons_comments.csv`` (the non-SDN consolidated list).

The files are headerless CSV with CRLF line endings and a trailing 0x1A byte; ``-0-``
means empty. Columns:

- main: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
  Vess_flag, Vess_owner, Remarks
- add: ent_num, add_num, address, city/state/postal code, country, add_remarks
- alt: ent_num, alt_num, alt_type (``aka``/``fka``/``nka``), alt_name, alt_remarks
- comments: ent_num, remarks continuation. OFAC cuts Remarks at 1,000 characters and
  carries the rest here, mid-word: the continuation is appended to the remarks as is.

Remarks are parsed by ``ofac_remarks``. The legacy files carry no publication date.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from listwatch.errors import ParseError
from listwatch.model import ParseResult
from listwatch.sources.files import looks_like_html
from listwatch.sources.ofac_remarks import Entry, RemarkCache, fix_linked_names, parse_remarks

__all__ = ["CONS_SET", "SDN_SET", "CsvSet", "parse_csv_set", "read_rows"]

MAIN_WIDTH, ADD_WIDTH, ALT_WIDTH, COMMENTS_WIDTH = 12, 6, 5, 2
EMPTY = frozenset({"", "-0-", "-0"})
_NO_VESSEL = ["-0- "] * 6  # the six vessel columns as OFAC writes them when empty
SCHEMAS = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
ALT_TYPES = {"aka": "alias", "fka": "previousName", "nka": "alias"}
VESSEL_COLUMNS = (
    (5, "callSign"),
    (6, "vesselType"),
    (7, "tonnage"),
    (8, "grossRegisteredTonnage"),
    (9, "flag"),
    (10, "owner"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x19\x1b-\x1f]")
_PROGRAM_SPLIT = re.compile(r"\]\s*\[")
_INT = re.compile(r"^\d+$")


@dataclass(frozen=True)
class CsvSet:
    """The file names of one legacy CSV set."""

    main: str
    add: str
    alt: str
    comments: str


#: Interpretations of remark parts, shared by every file parsed in this process: most
#: remarks repeat from one snapshot to the next, so a back-fill parses each part once.
_REMARK_CACHE: RemarkCache = {}


SDN_SET = CsvSet("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv")
CONS_SET = CsvSet("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv")


def clean(value: str) -> str | None:
    """A field's value, or None for OFAC's ``-0-`` and blanks."""
    value = value.strip()
    return None if value in EMPTY else value


def decode(data: bytes, name: str, warnings: list[str]) -> str:
    """UTF-8 (BOM allowed), falling back to cp1252 then latin-1, saying so in warnings."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warnings.append(f"{name}: not valid UTF-8 (byte {exc.start}); decoded as Windows-1252")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _check_format(data: bytes, name: str) -> None:
    """Refuse, with a clear message, what is plainly not an OFAC CSV file."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.strip(b"\x1a\x00"):
        raise ParseError(f"{name}: the file is empty", hint="the download probably failed")
    if looks_like_html(data):
        raise ParseError(
            f"{name}: this is an HTML page, not an OFAC CSV file; the server "
            "probably sent an error page",
            hint="check the URL or try again later",
        )
    if head[:1] == b"<":
        raise ParseError(
            f"{name}: this is an XML file, not OFAC's legacy CSV",
            hint="OFAC's XML files are read as sdn_enhanced.xml / cons_enhanced.xml",
        )
    if head[:1] in (b"{", b"["):
        raise ParseError(f"{name}: this is a JSON file, not OFAC's legacy CSV")
    if head[:4] == b"PK\x03\x04":
        raise ParseError(
            f"{name}: this is a ZIP archive, not a CSV file",
            hint="unpack it, or name it sdn_enhanced.zip / cons_enhanced.zip",
        )
    if head[:2] == b"\x1f\x8b":
        raise ParseError(f"{name}: this is gzip-compressed data", hint="name the file *.csv.gz")
    sample = data[:65536]
    if b"\x00" in sample or len(_CONTROL.findall(sample.decode("latin-1"))) > len(sample) // 100:
        raise ParseError(
            f"{name}: binary data, not a CSV file",
            hint="the file is damaged or is not an OFAC download",
        )


def read_rows(
    data: bytes, name: str, width: int, warnings: list[str]
) -> list[tuple[int, list[str]]]:
    """Rows of ``width`` fields whose first field is an integer, with their line numbers.

    Raises ParseError if the bytes are not this format or the file is truncated; skips a
    few bad rows in an otherwise good file, one warning each.
    """
    _check_format(data, name)
    text = decode(data, name, warnings)
    complete = text.rstrip("\r\n").endswith("\x1a")
    text = text.rstrip("\r\n\x1a \t")
    rows: list[tuple[int, list[str]]] = []
    bad: list[tuple[int, str]] = []
    reader = csv.reader(io.StringIO(text, newline=""))
    start, last = 1, 0
    try:
        for fields in reader:
            line = start
            start = reader.line_num + 1
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue
            last = line
            if len(fields) != width:
                bad.append((line, f"{len(fields)} fields instead of {width}"))
            elif not _INT.match(fields[0].strip()):
                bad.append((line, f"the first field {fields[0][:20]!r} is not an entry number"))
            elif line != reader.line_num:
                bad.append((line, "an unclosed quote joins it to the following lines"))
            else:
                rows.append((line, fields))
    except csv.Error as exc:
        raise ParseError(f"{name}: not a readable CSV file ({exc})") from None
    total = len(rows) + len(bad)
    if not rows or len(bad) * 2 > total:
        first = f"; line {bad[0][0]} has {bad[0][1]}" if bad else ""
        raise ParseError(
            f"{name}: not an OFAC CSV file: {len(rows)} of {total} rows have the "
            f"expected {width} columns{first}",
            hint="check that it is the right file",
        )
    cut = bool(bad) and bad[-1][0] == last
    if cut or (not complete and text.rsplit("\n", 1)[-1].count('"') % 2):
        why = f" ({bad[-1][1]})" if cut else " (an unclosed quote)"
        raise ParseError(
            f"{name}: the file is truncated: its last row, line {last}, is incomplete{why}",
            hint="download it again",
        )
    if len(bad) > max(3, total // 100):
        raise ParseError(
            f"{name}: {len(bad)} of {total} rows are malformed (first: line "
            f"{bad[0][0]}, {bad[0][1]})",
            hint="the file is damaged; download it again",
        )
    for line, why in bad:
        warnings.append(f"{name}: line {line} skipped: {why}")
    if not complete:
        warnings.append(
            f"{name}: no end-of-file byte (0x1A) as official downloads have; "
            "the file may have been edited or cut at a line end"
        )
    return rows


def split_programs(value: str | None) -> list[str]:
    """``"SDGT] [IRGC"`` (as the CSV has it) or ``"[SDGT] [IRGC]"`` -> ``["SDGT", "IRGC"]``."""
    if not value:
        return []
    if "]" not in value:
        return [value.strip(" [")]
    return [p.strip(" []") for p in _PROGRAM_SPLIT.split(value) if p.strip(" []")]


# --- Files -------------------------------------------------------------------------------


def _main_records(
    source_id: str,
    rows: list[tuple[int, list[str]]],
    name: str,
    comments: dict[str, str],
    warnings: list[str],
) -> dict[str, Entry]:
    records: dict[str, Entry] = {}
    cache = _REMARK_CACHE
    if len(cache) > 300_000:  # bounded: interpretations of remark parts, kept across files
        cache.clear()
    for line, f in rows:
        ent = f[0].strip()
        if ent in records:
            warnings.append(f"{name}: line {line} skipped: entry {ent} appears twice")
            continue
        entry_name = clean(f[1])
        if entry_name is None:
            warnings.append(f"{name}: line {line} skipped: entry {ent} has no name")
            continue
        kind = f[2].strip().lower()
        record = Entry(ent, SCHEMAS.get(kind, "Organization"), entry_name)
        record.add("program", *split_programs(clean(f[3])))
        title = clean(f[4])
        record.add("title", title)
        if kind in ("vessel", "aircraft") or f[5:11] != _NO_VESSEL:
            for index, prop in VESSEL_COLUMNS:
                record.add(prop, clean(f[index]))
        remarks = f[11] if clean(f[11]) else ""  # unstripped: the continuation may follow
        if ent in comments:
            remarks += comments[ent]
        if remarks:
            parse_remarks(record, remarks, title, cache)
        records[ent] = record
    return records


def _comments(rows: list[tuple[int, list[str]]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for _line, (ent, text) in rows:
        ent = ent.strip()
        if text.strip() not in EMPTY:
            out[ent] = out.get(ent, "") + text
    return out


def _orphans(name: str, orphans: list[str], warnings: list[str]) -> None:
    if orphans:
        shown = ", ".join(dict.fromkeys(orphans[:5]))
        warnings.append(
            f"{name}: {len(orphans)} rows refer to entries not in the main file "
            f"(e.g. {shown}); ignored"
        )


def _add_aliases(
    records: dict[str, Entry], rows: list[tuple[int, list[str]]], name: str, warnings: list[str]
) -> None:
    orphans: list[str] = []
    for line, (ent, _num, kind, alt_name, remarks) in rows:
        record = records.get(ent.strip())
        value = clean(alt_name)
        if record is None:
            orphans.append(ent.strip())
            continue
        if value is None:
            continue
        prop = ALT_TYPES.get((clean(kind) or "").lower().replace(".", ""))
        if prop is None:
            warnings.append(f"{name}: line {line}: unknown alias type {kind!r}; kept as alias")
            prop = "alias"
        note = clean(remarks)
        if note and "weak" in note.lower():
            prop = "weakAlias"
        record.add(prop, value)
        if note:
            record.add("notes", f"{value}: {note}")
    _orphans(name, orphans, warnings)


def _add_addresses(
    records: dict[str, Entry], rows: list[tuple[int, list[str]]], name: str, warnings: list[str]
) -> None:
    orphans: list[str] = []
    for _line, (ent, _num, street, city, country, remarks) in rows:
        record = records.get(ent.strip())
        if record is None:
            orphans.append(ent.strip())
            continue
        parts = [p for p in (clean(street), clean(city), clean(country)) if p]
        if parts:
            record.add("address", ", ".join(parts))
        record.add("city", clean(city))
        record.add("country", clean(country))
        record.add("notes", clean(remarks))
    _orphans(name, orphans, warnings)


def parse_csv_set(files: dict[str, bytes], names: CsvSet, source_id: str) -> ParseResult:
    """Parse one snapshot of a legacy CSV set (the main file is required)."""
    warnings: list[str] = []
    main = files.get(names.main)
    if main is None:
        raise ParseError(
            f"{source_id}: no {names.main} in this snapshot",
            hint=f"{names.main} is the required file",
        )
    main_rows = read_rows(main, names.main, MAIN_WIDTH, warnings)

    def aux(name: str, width: int) -> list[tuple[int, list[str]]]:
        data = files.get(name)
        if data is None:
            return []
        if not data.strip(b" \t\r\n\x1a"):
            warnings.append(f"{name}: the file is empty; nothing read from it")
            return []
        return read_rows(data, name, width, warnings)

    comments = _comments(aux(names.comments, COMMENTS_WIDTH))
    records = _main_records(source_id, main_rows, names.main, comments, warnings)
    missing = [ent for ent in comments if ent not in records]
    _orphans(names.comments, missing, warnings)
    _add_aliases(records, aux(names.alt, ALT_WIDTH), names.alt, warnings)
    _add_addresses(records, aux(names.add, ADD_WIDTH), names.add, warnings)
    fix_linked_names(records.values())
    return ParseResult(
        records=[e.to_record(source_id) for e in records.values()],
        published=None,
        warnings=warnings,
    )
