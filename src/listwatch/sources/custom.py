"""A documented CSV for lists that are never published machine-readably (see ``CustomCsv``)."""

from __future__ import annotations

import csv
import io
from typing import ClassVar

from listwatch.errors import ParseError
from listwatch.model import SCHEMAS, ParseResult, Record
from listwatch.sources._dates import is_partial_date
from listwatch.sources._decode import decode
from listwatch.sources.base import SnapshotFiles, Source

REQUIRED_COLUMNS = ("id", "name")
COLUMNS = (
    "id",
    "name",
    "schema",
    "aliases",
    "country",
    "birth_date",
    "identifiers",
    "program",
    "list",
    "authority",
    "listing_date",
    "source_url",
    "notes",
)
#: Simple column -> property (the others need parsing).
SIMPLE = {
    "country": "country",
    "program": "program",
    "list": "list",
    "authority": "authority",
    "source_url": "sourceUrl",
    "notes": "notes",
}
#: Identifier type (lower case) -> property; other types go to idNumber as "type: value".
ID_TYPES = {
    "isin": "isin",
    "uscc": "uscCode",
    "usc": "uscCode",
    "usccode": "uscCode",
    "imo": "imoNumber",
    "mmsi": "mmsi",
    "lei": "leiCode",
    "swift": "swiftBic",
    "bic": "swiftBic",
    "passport": "passportNumber",
    "tax": "taxNumber",
    "tin": "taxNumber",
    "inn": "taxNumber",
    "registration": "registrationNumber",
    "reg": "registrationNumber",
    "regnumber": "registrationNumber",
    "email": "email",
    "website": "website",
}


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


class CustomCsv(Source):
    """A CSV you write yourself, for a list with no machine-readable edition (e.g. the US
    Department of Defense list of Chinese military companies under section 1260H of the
    FY2021 NDAA, earlier section 1237 of the FY1999 NDAA), or an in-house list.

    UTF-8 (a BOM is fine; Windows-1252 is accepted with a warning), comma-separated, one
    header row, one row per entry. Columns (any order; ``id`` and ``name`` required):

    ============  ==============================================================
    id            stable identifier of the entry, unique in the file (required)
    name          main name (required)
    schema        Person, Organization, Company, LegalEntity, Vessel, Airplane or
                  Security; default Organization
    aliases       other names, ``;``-separated
    country       country name or code
    birth_date    ISO date, partial allowed (``1961``, ``1961-05``, ``1961-05-12``)
    identifiers   ``;``-separated ``type:value`` pairs, e.g.
                  ``isin:KYG9830T1067;uscc:911100000000000001;imo:9187629``. Known
                  types: isin, uscc, imo, mmsi, lei, swift/bic, passport, tax/tin/inn,
                  registration/reg, email, website; any other goes to ``idNumber`` as
                  "type: value"
    program       program or legal basis (e.g. ``1260H``), ``;``-separated if several
    list          the list's name (e.g. "DoD Chinese Military Companies (1260H)")
    authority     who listed it (e.g. "U.S. Department of Defense")
    listing_date  ISO date (partial allowed) the entry was listed
    source_url    where the listing is published, ``;``-separated if several
    notes         free text
    ============  ==============================================================

    Any other column is kept in ``notes`` as "column: value". The entry key is
    ``custom:<id>``. Several CSV files in one snapshot are read as one list (ids must be
    unique across them). A missing required column or header, a repeated id, an unknown
    schema or a malformed date is an error naming the row; nothing is skipped silently.
    """

    id: ClassVar[str] = "custom"
    title: ClassVar[str] = "Custom list (CSV)"
    publisher: ClassVar[str] = "The user (transcribed from the authority's own publication)"
    homepage: ClassVar[str] = ""
    legal_effect: ClassVar[str] = (
        "As stated by the authority that published the list; see each entry's program, "
        "authority and source."
    )
    program_effects: ClassVar[dict[str, str]] = {
        "1260H": (
            "Named by the US Department of Defense as a Chinese military company (FY2021 "
            "NDAA section 1260H). From June 2026 the DoD may not contract with it (FY2024 "
            "NDAA section 805); listing alone imposes no sanctions on others."
        ),
        "1237": (
            "Named by the US Department of Defense as a Communist Chinese military company "
            "(FY1999 NDAA section 1237). Under Executive Order 13959 (November 2020, "
            "superseded by EO 14032 in June 2021) US persons were barred from buying its "
            "publicly traded securities."
        ),
    }
    downloads: ClassVar[dict[str, str]] = {}
    files: ClassVar[tuple[str, ...]] = ("custom.csv",)
    #: Any one ``*.csv`` file makes a snapshot.
    required: ClassVar[tuple[str, ...]] = ()
    mirror_names: ClassVar[tuple[str, ...]] = ("custom",)

    def accepts(self, name: str) -> bool:
        return name.lower().endswith(".csv")

    def parse(self, files: SnapshotFiles) -> ParseResult:
        names = sorted(n for n in files if self.accepts(n))
        if not names:
            raise ParseError("custom: no .csv file in this snapshot", hint=self._expected())
        result = ParseResult(records=[])
        origin: dict[str, str] = {}
        for name in names:
            for record, where in self._parse_file(name, files[name], result.warnings):
                if record.id in origin:
                    raise ParseError(
                        f"{where}: id {record.id!r} is used twice (first at {origin[record.id]})",
                        hint="ids must be unique: they are the entries' keys",
                    )
                origin[record.id] = where
                result.records.append(record)
        if not result.records:
            raise ParseError(f"{', '.join(names)}: no rows under the header", hint=self._expected())
        return result

    @staticmethod
    def _expected() -> str:
        return "expected a header row with columns " + ", ".join(COLUMNS) + " (id, name required)"

    def _parse_file(self, name: str, data: bytes, warnings: list[str]) -> list[tuple[Record, str]]:
        text = decode(data, name, warnings, strict=False)
        if "\x00" in text:
            raise ParseError(f"{name}: binary data, not a CSV file", hint=self._expected())
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        try:
            rows = list(reader)
        except csv.Error as exc:
            raise ParseError(
                f"{name}: not a valid CSV at line {reader.line_num} ({exc}); an unclosed quote "
                "often means the file is truncated",
                hint="check the quoting, or save the file again",
            ) from None
        if not rows:
            raise ParseError(f"{name}: no header row", hint=self._expected())
        header = [h.strip().lower() for h in rows[0]]
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise ParseError(
                f"{name}: missing required column(s) {', '.join(missing)}; found "
                f"{', '.join(h for h in header if h) or 'none'}",
                hint=self._expected(),
            )
        repeated = sorted({h for h in header if h and header.count(h) > 1})
        if repeated:
            raise ParseError(f"{name}: column(s) {', '.join(repeated)} appear twice in the header")
        if len(rows) > 1 and not text.endswith(("\n", "\r")):
            # No line break after the last row: the file may have been cut short there.
            if len(rows[-1]) < len(header):
                raise ParseError(
                    f"{name}: the last row (line {len(rows)}) has {len(rows[-1])} of "
                    f"{len(header)} columns and no line break: the file is truncated",
                    hint="save or download the file again",
                )
            warnings.append(
                f"{name}: no line break after the last row; if its last value looks cut, "
                "the file was truncated"
            )
        out: list[tuple[Record, str]] = []
        seen: dict[str, int] = {}
        for number, row in enumerate(rows[1:], start=2):
            if not any(cell.strip() for cell in row):
                continue
            where = f"{name} row {number}"
            if [cell.strip().lower() for cell in row] == header:
                warnings.append(f"{where}: repeated header skipped")
                continue
            if len(row) > len(header):
                raise ParseError(
                    f"{where}: {len(row)} cells but the header has {len(header)} columns",
                    hint="quote values that contain commas",
                )
            values = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
            record = self._record(values, where)
            if record.id in seen:
                raise ParseError(
                    f"{where}: duplicate id {record.id!r} (also on row {seen[record.id]})",
                    hint="ids must be unique: they are the entries' keys",
                )
            seen[record.id] = number
            out.append((record, where))
        return out

    def _record(self, values: dict[str, str], where: str) -> Record:
        record_id = values.get("id", "")
        name = values.get("name", "")
        if not record_id:
            raise ParseError(f"{where}: the id is empty", hint="every row needs a stable id")
        if not name:
            raise ParseError(f"{where}: the name is empty (id {record_id!r})")
        schema = values.get("schema") or "Organization"
        canonical = {s.lower(): s for s in SCHEMAS}.get(schema.lower())
        if canonical is None:
            raise ParseError(
                f"{where}: unknown schema {schema!r}", hint="use one of " + ", ".join(SCHEMAS)
            )
        record = Record(source=self.id, id=record_id, schema=canonical, name=name)
        record.add("alias", *[a for a in _split(values.get("aliases", "")) if a != name])
        for column, prop in SIMPLE.items():
            value = values.get(column, "")
            if prop in ("program", "sourceUrl"):
                record.add(prop, *_split(value))
            else:
                record.add(prop, value or None)
        for column, prop in (("birth_date", "birthDate"), ("listing_date", "listingDate")):
            value = values.get(column, "")
            if value and not is_partial_date(value):
                raise ParseError(
                    f"{where}: {column} {value!r} is not an ISO date",
                    hint="write YYYY-MM-DD, YYYY-MM or YYYY",
                )
            record.add(prop, value or None)
        for pair in _split(values.get("identifiers", "")):
            kind, sep, number = pair.partition(":")
            if not sep or not kind.strip() or not number.strip():
                raise ParseError(
                    f"{where}: identifier {pair!r} is not type:value",
                    hint="e.g. isin:KYG9830T1067;uscc:911100000000000001",
                )
            kind, number = kind.strip(), number.strip()
            id_prop = ID_TYPES.get(kind.lower())
            if id_prop:
                record.add(id_prop, number)
            else:
                record.add("idNumber", f"{kind}: {number}")
        for column, value in values.items():
            if column and column not in COLUMNS and value:
                record.add("notes", f"{column}: {value}")
        return record
