"""Customer files as they come, made into what the batch reader reads.

A spreadsheet export may be Windows-1252, ``;``- or tab-separated, and name its columns
``Full Name``, ``DOB``, ``ISIN`` or ``Nationality``. ``prepare_input`` reads the header,
recognises the usual names (``COLUMN_ALIASES``), and when the file is not already a UTF-8,
comma-separated file with the batch's own column names, writes a temporary one that is:
every column of the input kept as it is, the batch's columns (``name``, ``identifier``,
``birth_date`` ...) added, taken from the recognised ones. Columns that are neither are
named in a warning (they are carried to the output, not screened).

The text is decoded as the list readers decode (``sources._decode.decode``: UTF-8, else
Windows-1252, said in a warning) and the delimiter sniffed from the header line as the
watchlist reader does.
"""

from __future__ import annotations

import codecs
import csv
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from listwatch.errors import ConfigError
from listwatch.sources._decode import binary_kind

#: The batch's columns and the names a customer file may give them (compared after
#: ``column_key``: lower case, accents and punctuation as ``_``).
_ALIAS_TEXT = {
    "name": "name names full_name fullname entity_name entity company company_name "
            "customer customer_name client_name legal_name counterparty counterparty_name "
            "party party_name organisation organization organisation_name "
            "organization_name person person_name nom raison_sociale nom_complet nom_prenom "
            "nom_et_prenom prenom_nom prenom_et_nom denomination nombre_completo "
            "nome_completo vollstandiger_name",
    "id": "id ref reference customer_id client_id record_id row_id account_id "
          "customer_ref customer_number client_number",
    "schema": "schema type entity_type kind party_type",
    "country": "country countries nationality nationalities citizenship country_code "
               "country_of_incorporation jurisdiction incorporation_country nation pays "
               "nationalite land staatsangehorigkeit pais nacionalidad",
    "birth_date": "birth_date birthdate date_of_birth dob birthday born birth "
                  "date_naissance date_de_naissance geburtsdatum geboortedatum "
                  "fecha_de_nacimiento fecha_nacimiento data_di_nascita",
    "identifier": "identifier identifiers isin isin_code lei lei_code imo imo_number "
                  "passport passport_number passport_no id_number national_id tax_id "
                  "tax_number tin vat vat_number registration_number reg_number "
                  "company_number uscc usc_code swift swift_bic bic mmsi",
}
COLUMN_ALIASES: dict[str, str] = {
    alias: column for column, text in _ALIAS_TEXT.items() for alias in text.split()
}
#: Parts of a person's name, joined (in this order) into ``name`` when there is none.
NAME_PARTS = ("first_name firstname given_name given_names forename prenom prenoms vorname "
              "voornaam nombre nome",
              "middle_name middlename middle_names",
              "last_name lastname surname family_name nom_de_famille nachname familienname "
              "achternaam apellido apellidos cognome")
_PART_KEYS = {alias: i for i, text in enumerate(NAME_PARTS) for alias in text.split()}
#: a column headed with the bare word for "name" is the family name beside a given-name
#: column (``Nom`` / ``Prénom``, ``Name`` / ``Vorname``): the whole name only alone
_BARE_NAME = frozenset({"name", "nom"})
#: The batch's own columns, in order.
BATCH_COLUMNS = ("name", "id", "schema", "country", "birth_date", "identifier")
DELIMITERS = ",;\t|"


def column_key(header: str) -> str:
    """``Date of Birth`` -> ``date_of_birth``; ``Nationalité`` -> ``nationalite``."""
    text = unicodedata.normalize("NFKD", header.strip().lstrip("\ufeff"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def sniff_delimiter(header_line: str) -> str:
    """The delimiter of a header line: the most frequent of ``, ; TAB |`` (``,`` if none)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


@dataclass
class Roles:
    """Which input columns feed each batch column (several: the first non-empty cell)."""

    sources: dict[str, list[int]] = field(default_factory=dict)
    name_parts: list[int] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)


def column_roles(header: list[str]) -> Roles:
    roles = Roles()
    parts: dict[int, int] = {}
    for i, raw in enumerate(header):
        key = column_key(raw)
        column = COLUMN_ALIASES.get(key)
        if column is not None:
            roles.sources.setdefault(column, []).append(i)
        elif key in _PART_KEYS:
            parts.setdefault(_PART_KEYS[key], i)
        elif raw.strip():
            roles.unknown.append(raw.strip())
    bare = [i for i in roles.sources.get("name", ()) if column_key(header[i]) in _BARE_NAME]
    if 0 in parts and bare and 2 not in parts:
        # (``Nom`` beside ``Prénom``: the family name, not the whole name)
        parts[2] = bare[0]
        roles.sources["name"].remove(bare[0])
        if not roles.sources["name"]:
            del roles.sources["name"]
    if "name" not in roles.sources:
        roles.name_parts = [parts[k] for k in sorted(parts)]
    elif parts:
        roles.unknown += [header[i].strip() for i in parts.values()]
    # an exact batch column name is read first
    for column, found in roles.sources.items():
        found.sort(key=lambda i: header[i] != column)
    return roles


@dataclass
class PreparedInput:
    """The file the batch reads (the input itself, or a temporary rewrite of it)."""

    path: Path
    columns: list[str]
    warnings: list[str]
    temporary: bool = False

    def close(self) -> None:
        if self.temporary:
            self.path.unlink(missing_ok=True)


def _is_parquet(path: Path) -> bool:
    return path.suffix.lower() in (".parquet", ".pq")


def _refuse_binary(path: Path, head: bytes) -> None:
    """A ``ConfigError`` naming what the file is when it is a workbook, an archive or
    another binary file, not text: its header read as text would name no column."""
    kind = binary_kind(head)
    if kind is not None:
        raise ConfigError(
            f"{path}: this is a binary file, not a CSV: {kind}",
            hint="save a spreadsheet as CSV (File > Save As > CSV UTF-8), decompress an "
                 "archive, or name a Parquet file .parquet",
        )


def _encoding(path: Path) -> tuple[str, str | None]:
    """``utf-8-sig`` when the whole file is UTF-8, else ``cp1252`` (and the warning)."""
    with open(path, "rb") as f:
        head = f.read(65536)
        if head[:2] in (b"\xff\xfe", b"\xfe\xff"):  # a spreadsheet's "Unicode text"
            return "utf-16", None
        _refuse_binary(path, head)
        f.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        done = 0
        try:
            while block := f.read(1 << 20):
                decoder.decode(block)
                done += len(block)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            return "cp1252", (f"{path.name}: not valid UTF-8 (byte {done + exc.start:,}); "
                              "read as Windows-1252")
    return "utf-8-sig", None


def _check_cp1252(path: Path) -> None:
    with open(path, "rb") as f:
        decoder = codecs.getincrementaldecoder("cp1252")()
        try:
            while block := f.read(1 << 20):
                decoder.decode(block)
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"{path}: neither UTF-8 nor Windows-1252 text (byte {exc.start:,} of a block)",
                hint="save the file as UTF-8 CSV",
            ) from None


#: the longest header line read (a million short column names fit): past it the file is
#: refused
MAX_HEADER_BYTES = 64 << 20


def _line_end(block: bytes) -> bool:
    return b"\n" in block or b"\r" in block  # (a Mac spreadsheet's CSV ends lines in CR)


def _head_lines(path: Path) -> tuple[list[str], bool]:
    """The lines of a file's first block, read leniently (UTF-16 by its mark, else UTF-8
    with replacement), and whether that block is the whole file. The block holds the
    whole header line, however long (up to ``MAX_HEADER_BYTES``), and a block after it:
    a header of a million columns cut in the middle showed no row to judge, and its
    file, without one, was screened as "0 rows"."""
    with open(path, "rb") as f:
        head = f.read(1 << 16)
        _refuse_binary(path, head)
        if not _line_end(head) and len(head) == 1 << 16:
            parts = [head]
            size = len(head)
            while (block := f.read(1 << 20)) and not _line_end(block):
                parts.append(block)
                size += len(block)
                if size > MAX_HEADER_BYTES:
                    raise ConfigError(
                        f"{path}: its first line (the header) is longer than "
                        f"{MAX_HEADER_BYTES >> 20} MB: not a header a batch can read",
                        hint="give a CSV whose first line names its columns (name, id, "
                             "country ...), one row per name to screen after it")
            parts.append(block + f.read(1 << 16))
            head = b"".join(parts)
        whole = not f.read(1)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    else:
        text = _head_text(head, whole)
    return text.lstrip("\ufeff").splitlines(), whole


def _head_text(head: bytes, whole: bool) -> str:
    """A first block's text: UTF-8, else Windows-1252, as ``prepare_input`` reads the
    file (a French header's ``Nationalité`` is quoted as written in a message, not with
    a replacement character); a character cut at the end of a block is left out."""
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not whole and exc.start >= len(head) - 3:
            return head[: exc.start].decode("utf-8")
        return head.decode("cp1252", errors="replace")


def check_input(path: Path) -> None:
    """Fail early (before the index is built) on a missing file or one with no column to
    screen: the header only, read leniently."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"input file {path} not found")
    if _is_parquet(path):
        import pyarrow.parquet as pq

        try:
            rows = pq.ParquetFile(path).metadata.num_rows
        except Exception:  # (pyarrow's errors: prepare_input says what is wrong)
            return
        if rows == 0:
            raise ConfigError(f"{path}: no rows to screen (a Parquet file of no row)",
                              hint="give a file with one row per name to screen")
        return
    lines, whole = _head_lines(path)
    lines = lines or [""]
    first = lines[0]
    delimiter = sniff_delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter), [])
    roles = column_roles(header)
    _check_roles(path, header, roles)
    _check_rows(path, header, roles, lines[1:] if whole else lines[1:-1], delimiter, whole)


_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")


def check_date_order(path: Path, order: str) -> list[str]:
    """Refuse a file whose birth dates (in the first block read) are written in the other
    order than ``order`` (``dmy``/``mdy``): ``12/25/1980`` in a file read day first says
    the file is month first, and its ``10/05/1976`` would be read as 10 May, a wrong date
    held against a listed person's. A file writing both orders gets a warning."""
    path = Path(path)
    if not path.is_file() or _is_parquet(path):
        return []
    lines, whole = _head_lines(path)
    if len(lines) < 2:
        return []
    delimiter = sniff_delimiter(lines[0])
    header = next(csv.reader([lines[0]], delimiter=delimiter), [])
    at = column_roles(header).sources.get("birth_date", [])
    if not at:
        return []
    values: list[str] = []
    try:
        for row in csv.reader(lines[1:] if whole else lines[1:-1],
                              delimiter=delimiter):
            values.extend(row[i] for i in at if i < len(row))
    except csv.Error:
        return []
    return judge_date_order(values, order, str(path), path.name, header[at[0]].strip())


def judge_date_order(values: Iterable[str], order: str, where: str, short: str,
                     column: str) -> list[str]:
    """Refuse ``values`` (birth dates as written) if they are all written in the other
    order than ``order``; a warning (``short`` names the file) if they mix both orders."""
    day_first: list[str] = []
    month_first: list[str] = []
    for value in values:
        m = _NUMERIC_DATE.match(value)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                day_first.append(value.strip())
            elif b > 12 >= a:
                month_first.append(value.strip())
    if order == "dmy" and month_first and not day_first:
        raise ConfigError(
            f"{where}: the birth dates of column {column!r} are written month first (e.g. "
            f"{month_first[0]}), but they are read day first (dmy, the default): a date "
            "such as 10/05/1976 would be read as 10 May 1976 and held against the lists' "
            "dates", hint="pass --date-order mdy (or set LISTWATCH_DATE_ORDER=mdy)")
    if order == "mdy" and day_first and not month_first:
        raise ConfigError(
            f"{where}: the birth dates of column {column!r} are written day first (e.g. "
            f"{day_first[0]}), but they are read month first (--date-order mdy): a date "
            "such as 10/05/1976 would be read as October 5, 1976",
            hint="pass --date-order dmy (or unset LISTWATCH_DATE_ORDER)")
    if day_first and month_first:
        return [f"{short}: birth dates written both day first (e.g. {day_first[0]}) and "
                f"month first (e.g. {month_first[0]}) in column {column!r}: those that read "
                f"both ways (10/05/1976) are read {'day' if order == 'dmy' else 'month'} "
                "first"]
    return []


def _check_rows(path: Path, header: list[str], roles: Roles, lines: list[str],
                delimiter: str, whole: bool) -> None:
    """Fail when the file's first rows (``lines``: the whole file when ``whole``) have
    nothing to screen: no row, or no name nor identifier in any of them (an empty column,
    the wrong column named ``name``): screening them would read as "no match"."""
    at = [i for c in ("name", "identifier") for i in roles.sources.get(c, ())]
    at += roles.name_parts
    try:
        rows = [r for r in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in r)]
    except csv.Error:
        return  # (the reader says what is wrong, with the line)
    if not rows:
        if whole:
            raise ConfigError(f"{path}: no rows to screen (a header only)",
                              hint="give a file with one row per name to screen")
        return
    if any(i < len(r) and r[i].strip() for r in rows for i in at):
        return
    named = ", ".join(repr(header[i].strip()) for i in at)
    raise ConfigError(
        f"{path}: {'none of its' if whole else 'none of the first'} {len(rows):,} row(s) "
        f"has a name or an identifier (column{'s' if len(at) > 1 else ''} {named} empty): "
        "nothing would be screened",
        hint="fill the name column, or name the column that holds the names 'name' (or "
             "full_name, company ...), or give an identifier column (isin, lei, imo ...)")


def _check_roles(path: Path, header: list[str], roles: Roles) -> None:
    if "name" not in roles.sources and "identifier" not in roles.sources \
            and not roles.name_parts:
        raise ConfigError(
            f"{path}: no column to screen: no name or identifier column "
            f"(found: {', '.join(h.strip() for h in header) or 'none'})",
            hint="name a column 'name' (or full_name, company ...), or give an identifier "
                 "column (identifier, isin, lei, imo ...); also read: id, schema, country "
                 "(nationality), birth_date (dob)",
        )


def prepare_input(path: Path) -> PreparedInput:
    """What the batch reads for ``path``; ``ConfigError`` when it has no column to screen."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"input file {path} not found")
    warnings: list[str] = []
    if _is_parquet(path):
        import pyarrow.parquet as pq

        try:
            header = list(pq.ParquetFile(path).schema_arrow.names)
        except Exception as exc:  # (pyarrow's errors: not a Parquet file, damaged)
            raise ConfigError(f"{path}: not a readable Parquet file ({exc})",
                              hint="give a CSV, or a Parquet file written by Arrow/pandas") from None
        encoding, delimiter = "", ","
    else:
        encoding, warning = _encoding(path)
        if warning:
            _check_cp1252(path)
            warnings.append(warning)
        with open(path, newline="", encoding=encoding) as f:
            first = f.readline()
        delimiter = sniff_delimiter(first.rstrip("\r\n"))
        header = next(csv.reader([first.rstrip("\r\n")], delimiter=delimiter), [])
    roles = column_roles(header)
    _check_roles(path, header, roles)
    if roles.unknown:
        warnings.append(f"{path.name}: column(s) not used for screening (kept in the output): "
                        + ", ".join(roles.unknown))
    plain = (
        encoding in ("", "utf-8-sig") and delimiter == ","
        and not roles.name_parts
        and all(header[found[0]] == column and len(found) == 1
                for column, found in roles.sources.items())
    )
    if plain:
        return PreparedInput(path, header, warnings)
    rows = _parquet_rows(path) if _is_parquet(path) else _csv_rows(path, encoding, delimiter)
    return _rewrite(header, roles, rows, warnings)


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[list[str]]:
    with open(path, newline="", encoding=encoding) as f:
        reader = csv.reader(f, delimiter=delimiter)
        next(reader, None)
        try:
            for row in reader:
                if row:
                    yield row
        except csv.Error as exc:
            raise ConfigError(f"{path}: line {reader.line_num}: not readable CSV ({exc})",
                              hint="check the file's quoting") from None


def _parquet_rows(path: Path) -> Iterator[list[str]]:
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=65536):
        cols = [["" if v is None else str(v) for v in c.to_pylist()] for c in batch.columns]
        yield from (list(r) for r in zip(*cols, strict=True))


def _rewrite(header: list[str], roles: Roles, rows: Iterator[list[str]],
             warnings: list[str]) -> PreparedInput:
    """A UTF-8, comma-separated copy with the batch's columns added (or, where the input
    has a column of that exact name, filled from its aliases when empty)."""
    added = [c for c in BATCH_COLUMNS
             if c not in header and (c in roles.sources or c == "name" and roles.name_parts)]
    where = {c: header.index(c) for c in BATCH_COLUMNS if c in header}
    columns = list(header) + added
    width = len(header)
    tmp = tempfile.NamedTemporaryFile("w", suffix=".csv", prefix="listwatch-input-",
                                      newline="", encoding="utf-8", delete=False)
    try:
        with tmp:
            writer = csv.writer(tmp)
            writer.writerow(columns)
            for row in rows:
                if len(row) < width:
                    row = row + [""] * (width - len(row))
                else:
                    row = row[:width]
                values = {c: _first(row, roles.sources.get(c, ())) for c in BATCH_COLUMNS}
                if roles.name_parts and not values["name"]:
                    values["name"] = " ".join(row[i].strip() for i in roles.name_parts
                                              if row[i].strip())
                for c, i in where.items():
                    if not row[i].strip() and values.get(c):
                        row[i] = values[c]
                writer.writerow(row + [values[c] for c in added])
    except BaseException:
        Path(tmp.name).unlink(missing_ok=True)
        raise
    return PreparedInput(Path(tmp.name), columns, warnings, temporary=True)


def _first(row: list[str], positions: Any) -> str:
    for i in positions:
        if row[i].strip():
            return row[i]
    return ""
