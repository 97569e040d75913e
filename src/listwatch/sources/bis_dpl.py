"""BIS Denied Persons List (DPL): persons whose U.S. export privileges BIS has denied.

Format: ``dpl.txt``, tab-separated, every field quoted, one header line::

    "Name" "Street_Address" "City" "State" "Country" "Postal_Code" "Effective_Date"
    "Expiration_Date" "Standard_Order" "Last_Update" "Action" "FR_Citation"

Dates are ``MM/DD/YYYY`` except ``Last_Update`` (``YYYY-MM-DD``). The file has one row per
name *and address*: a party with three addresses has three rows, and each alias of a
party is a row of its own (an alias cannot be told from a different party, so aliases
stay separate records).

Record id: the first 12 hex digits of SHA-1 of the normalised name (upper case, runs of
white space collapsed). All rows with the same normalised name are one record, with all
their addresses, dates, actions and citations; an exact duplicate row adds nothing.

Why the name alone: a denial order renewal (frequent for temporary denial orders) changes
``Effective_Date`` and appends to ``FR_Citation``, so an id built from them would make
the party look removed and re-listed at each renewal. Comparing the 2019-06-29 and
2022-09-07 files, 311 names are in both against 296 (name, date, citation) keys. The
price: two different parties with the very same name would share a record (not seen in
the files we have; one person, I. ASH, has two orders and gets one record with both).
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import ClassVar

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources._csvtext import data_rows, first_row, read_table
from listwatch.sources._dates import add_date, iso_date
from listwatch.sources._decode import decode
from listwatch.sources.base import SnapshotFiles, Source

COLUMNS = (
    "Name",
    "Street_Address",
    "City",
    "State",
    "Country",
    "Postal_Code",
    "Effective_Date",
    "Expiration_Date",
    "Standard_Order",
    "Last_Update",
    "Action",
    "FR_Citation",
)
#: Last_Update values before this are typing errors (0222-05-18 for 2022-05-18).
EARLIEST_UPDATE = "1980-01-01"


def normalise_name(name: str) -> str:
    return " ".join(name.upper().split())


def record_id(name: str) -> str:
    """The stable id of a DPL party: a short hash of its normalised name."""
    return hashlib.sha1(normalise_name(name).encode("utf-8")).hexdigest()[:12]


class BisDpl(Source):
    id: ClassVar[str] = "us_bis_dpl"
    title: ClassVar[str] = "Denied Persons List"
    publisher: ClassVar[str] = "U.S. Department of Commerce, Bureau of Industry and Security"
    homepage: ClassVar[str] = "https://www.bis.doc.gov/index.php/the-denied-persons-list"
    legal_effect: ClassVar[str] = (
        "Export privileges denied by a BIS order (EAR part 764): the party may not take part "
        "in any transaction involving items subject to the EAR, and no one may export or "
        "re-export such items to it or on its behalf, until the order expires."
    )
    downloads: ClassVar[dict[str, str]] = {
        "dpl.txt": "https://www.bis.doc.gov/dpl/dpl.txt",
    }
    files: ClassVar[tuple[str, ...]] = ("dpl.txt",)
    required: ClassVar[tuple[str, ...]] = ("dpl.txt",)
    mirror_names: ClassVar[tuple[str, ...]] = ("bis_dpl", "us_bis_dpl", "dpl")

    def parse(self, files: SnapshotFiles) -> ParseResult:
        name = "dpl.txt"
        if name not in files:
            raise ParseError("no dpl.txt in this snapshot", hint="us_bis_dpl reads dpl.txt")
        warnings: list[str] = []
        text = decode(files[name], name, warnings)
        self._check_header(name, first_row(text, "\t", name))
        table = read_table(text, name, "\t")
        if table.cut is not None:
            raise ParseError(
                f"{name}: the file ends inside the row starting on line {table.cut[0]} (an "
                "unterminated quoted field): it was cut short",
                hint="download dpl.txt again",
            )
        if not table.rows:
            raise ParseError(f"{name}: no rows", hint="the download probably failed")
        header = [h.strip() for h in table.rows[0][1]]
        self._check_header(name, header)
        index = {col: header.index(col) for col in COLUMNS}
        records: dict[str, Record] = {}
        seen_rows: dict[tuple[str, ...], int] = {}
        updates: list[str] = []
        for line, row in data_rows(table, header, warnings, what=name,
                                   usable="Denied Persons List", hint="download dpl.txt again"):
            values = {col: " ".join(row[i].split()) for col, i in index.items()}
            if not values["Name"]:
                warnings.append(f"line {line}: no name, skipped")
                continue
            key = tuple(values[c] for c in COLUMNS)
            if key in seen_rows:
                warnings.append(f"line {line}: exact duplicate of line {seen_rows[key]}, merged")
                continue
            seen_rows[key] = line
            rid = record_id(values["Name"])
            record = records.get(rid)
            if record is None:
                record = Record(self.id, rid, "LegalEntity", values["Name"])
                record.add("list", "Denied Persons List")
                record.add("authority", self.publisher)
                records[rid] = record
            elif normalise_name(record.name) != normalise_name(values["Name"]):
                raise ParseError(f"{name}: id collision for {values['Name']!r}")  # 1 in 2**48
            self._fill(record, values, line, warnings)
            update = self._last_update(values["Last_Update"], line, warnings)
            if update:
                updates.append(update)
        if not records:
            raise ParseError(f"{name}: a header but no entries", hint="download it again")
        return ParseResult(
            records=list(records.values()),
            published=max(updates) if updates else None,
            warnings=warnings,
        )

    @staticmethod
    def _check_header(name: str, header: list[str]) -> None:
        missing = [c for c in COLUMNS if c not in header]
        if not missing:
            return
        if len(header) == 1 and "," in header[0]:
            detail = "the first line is not tab-separated (a CSV?)"
        else:
            detail = f"missing column(s) {', '.join(missing)}"
        raise ParseError(
            f"{name}: not the Denied Persons List format: {detail}",
            hint="us_bis_dpl reads BIS's tab-separated dpl.txt with its 12-column header "
            "(Name, Street_Address, ..., FR_Citation)",
        )

    @staticmethod
    def _fill(record: Record, v: dict[str, str], line: int, warnings: list[str]) -> None:
        parts = [
            v["Street_Address"],
            v["City"],
            " ".join(filter(None, (v["State"], v["Postal_Code"]))),
        ]
        address = ", ".join(p for p in parts + [v["Country"]] if p)
        record.add("address", address)
        record.add("city", v["City"])
        record.add("country", v["Country"])
        for prop, col in (
            ("effectiveDate", "Effective_Date"),
            ("expirationDate", "Expiration_Date"),
        ):
            add_date(record, prop, v[col], col, line, warnings)
        record.add("action", v["Action"])
        record.add("federalRegister", v["FR_Citation"])
        if v["Standard_Order"]:
            record.add("notes", f"Standard order: {v['Standard_Order'].upper()}")

    @staticmethod
    def _last_update(value: str, line: int, warnings: list[str]) -> str | None:
        if not value:
            return None
        iso = iso_date(value)
        if iso is None or len(iso) != 10:
            warnings.append(f"line {line}: Last_Update {value!r} is not a date, ignored")
            return None
        if iso < EARLIEST_UPDATE or iso > date.today().isoformat():
            warnings.append(
                f"line {line}: Last_Update {value} is implausible (a typing error?), not used "
                "for the list's publication date"
            )
            return None
        return iso
