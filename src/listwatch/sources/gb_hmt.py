"""OFSI's Consolidated List of Financial Sanctions Targets (HM Treasury), CSV edition.

The list the UK published from the 2000s until its retirement on 2026-01-28, when the
FCDO's UK Sanctions List (source ``gb_fcdo``) became the only UK list. Two layouts::

    Last Updated,02/04/2014
    Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,
      Nationality,Passport Details,NI Number,Position,Address 1,...,Address 6,
      Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,Listed On,
      Last Updated,Group ID                                          (to February 2022)

and, from February 2022 (``2022format/ConList.csv``), seven more columns: ``Name
Non-Latin Script``, ``Non-Latin Script Type``, ``Non-Latin Script Language``, ``Passport
Number``, ``National Identification Details`` (``NI Number`` became ``National
Identification Number``), ``Alias Quality`` and ``UK Sanctions List Date Designated``,
and the group type ``Ship``. Columns are found by header name, so either layout (and
a reordering) reads.

One row per name variant (and per date of birth, per regime...): the rows sharing a
``Group ID`` are one designation, one record. Windows-1252 text with CRLF line ends.
Dates are ``dd/mm/yyyy`` with ``00`` for an unknown day or month.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import ClassVar

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources._csvtext import read_table
from listwatch.sources._decode import decode, too_many_bad
from listwatch.sources.base import SnapshotFiles, Source

LIST_NAME = "OFSI Consolidated List"
SCHEMA_BY_TYPE = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
#: Column name (lower case, single spaces) -> our field. Both layouts' names.
COLUMNS = {
    **{f"name {i}": f"name{i}" for i in range(1, 7)},
    "title": "title",
    "name non-latin script": "non_latin",
    "non-latin script type": "non_latin_type",
    "non-latin script language": "non_latin_language",
    "dob": "dob",
    "town of birth": "town",
    "country of birth": "birth_country",
    "nationality": "nationality",
    "passport number": "passport_number",
    "passport details": "passport_details",
    "ni number": "ni_number",
    "national identification number": "ni_number",
    "national identification details": "ni_details",
    "position": "position",
    **{f"address {i}": f"address{i}" for i in range(1, 7)},
    "post/zip code": "postcode",
    "country": "country",
    "other information": "other",
    "group type": "group_type",
    "alias type": "alias_type",
    "alias quality": "alias_quality",
    "regime": "regime",
    "listed on": "listed_on",
    "uk sanctions list date designated": "uksl_designated",
    "last updated": "last_updated",
    "group id": "group_id",
}
REQUIRED = ("name6", "group_type", "group_id")
DATE_RE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
UN_REF_RE = re.compile(
    r"UN\s*Ref(?:erence)?(?:\s*(?:No\.?|Number))?\s*[:.]?\s*([A-Za-z]{1,4}\.[A-Za-z0-9.]*[A-Za-z0-9])",
    re.IGNORECASE,
)
IMO_RE = re.compile(r"\bIMO(?:\s*(?:number|no\.?))?\)?\s*[:.]?\s*(\d{7})\b", re.IGNORECASE)
#: The 2022 layout's labelled details in Other Information: "(Gender):Male. (IMO number):...".
LABELLED_RE = re.compile(r"\(([A-Za-z][^()]{1,60})\)\s*:\s*(.*?)(?=\s*\([A-Za-z][^()]{1,60}\)\s*:|$)")
#: Label (lower case) -> property; "UK Sanctions List Ref" links the entry to gb_fcdo.
LABELS = {
    "uk sanctions list ref": "idNumber",
    "gender": "gender",
    "imo number": "imoNumber",
    "current believed flag of ship": "flag",
    "previous flags": "notes",
    "type of ship": "vesselType",
    "tonnage of ship": "tonnage",
    "length of ship": "notes",
    "year built": "notes",
    "hull identification number (hin)": "idNumber",
    "current owner/operator (s)": "owner",
    "previous owner/operator (s)": "notes",
    "type of entity": "notes",
    "subsidiaries": "notes",
    "parent company": "linkedTo",
    "business registration number (s)": "registrationNumber",
}
#: "(1) German (2) Moroccan" / "1) Saudi Arabia 2) Qatar": one value per item.
NUMBERED_RE = re.compile(r"(?:^|\s)\(?\d{1,2}\)\s*")
#: A passport number inside OFSI's free-text details: a token with a digit, 5+ long.
PASSPORT_TOKEN_RE = re.compile(r"\b(?=[A-Z0-9/-]*\d)[A-Z]{0,3}[0-9][A-Z0-9/-]{4,}\b")


def ofsi_date(value: str) -> str | None:
    """``25/01/2001`` -> ``2001-01-25``; ``00/03/1958`` -> ``1958-03``; ``00/00/1945`` -> ``1945``."""
    m = DATE_RE.match(value.strip())
    if not m:
        return None
    day, month, year = (int(g) for g in m.groups())
    if month == 0:
        return f"{year:04d}" if day == 0 else None
    if not 1 <= month <= 12 or day > 31:
        return None
    return f"{year:04d}-{month:02d}" if day == 0 else f"{year:04d}-{month:02d}-{day:02d}"


def numbered_items(value: str) -> list[str]:
    """Split OFSI's numbered lists; a value without numbers is one item."""
    parts = [p.strip(" ;,.") for p in NUMBERED_RE.split(value)]
    return [p for p in parts if p]


class GbHmt(Source):
    """OFSI Consolidated List (CSV), 2014-2022 layout and the 2022 layout.

    Record id = ``Group ID``. Name = the ``Prime Alias`` (2022: ``Primary name``) name
    that most rows give, ties broken alphabetically (a designation repeats its prime name
    once per date of birth or regime); Name 1..5 then Name 6 (the surname or the entity's
    name). Other prime names, ``AKA``, ``Alias`` and ``Primary name variation`` ->
    ``alias`` (``weakAlias`` when ``Alias Quality`` says low); ``FKA`` -> ``previousName``;
    non-Latin names -> ``nameOriginal``. ``Regime`` -> ``program``; ``Listed On`` ->
    ``listingDate``; ``Last Updated`` -> ``modifiedAt`` (the publisher's date of the
    designation's last amendment); UN references in ``Other Information`` -> ``idNumber``
    "UN reference number: ..." (the whole text stays in ``notes``). The file's own
    ``Last Updated`` row is the snapshot's publication date.
    """

    id: ClassVar[str] = "gb_hmt"
    title: ClassVar[str] = "OFSI Consolidated List of Financial Sanctions Targets"
    publisher: ClassVar[str] = "HM Treasury, Office of Financial Sanctions Implementation (OFSI)"
    homepage: ClassVar[str] = (
        "https://www.gov.uk/government/publications/financial-sanctions-consolidated-list-of-targets"
    )
    legal_effect: ClassVar[str] = (
        "Asset freeze under UK financial sanctions legislation: funds and economic resources "
        "owned, held or controlled by the designated person must be frozen, and none may be "
        "made available to them or for their benefit, without an OFSI licence."
    )
    downloads: ClassVar[dict[str, str]] = {
        "conlist.csv": "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv",
    }
    files: ClassVar[tuple[str, ...]] = ("conlist.csv", "sanctionsconlist.csv")
    required: ClassVar[tuple[str, ...]] = ()
    mirror_names: ClassVar[tuple[str, ...]] = ("gb_ofsi_conlist", "gb_ofsi", "ofsi_conlist", "uk_hmt")
    ended: ClassVar[str | None] = "2026-01-28"
    successor: ClassVar[str | None] = "gb_fcdo"
    end_note: ClassVar[str] = (
        "Retired by HM Treasury on 28 January 2026 (09:00 GMT): from that date the FCDO's "
        "UK Sanctions List is the only UK list of sanctions designations; the OFSI "
        "Consolidated List is no longer updated."
    )

    def accepts(self, name: str) -> bool:
        return name.lower().endswith(".csv")

    def parse(self, files: SnapshotFiles) -> ParseResult:
        names = sorted(n for n in files if self.accepts(n))
        if not names:
            raise ParseError(
                "gb_hmt: no .csv file in this snapshot",
                hint="give OFSI's ConList.csv (the Consolidated List in CSV)",
            )
        if len(names) > 1:
            raise ParseError(
                f"gb_hmt: {len(names)} CSV files in one snapshot ({', '.join(names)}); the "
                "Consolidated List is one file",
                hint="put each dated ConList.csv in its own YYYY-MM-DD folder",
            )
        name = names[0]
        result = ParseResult(records=[])
        text = decode(files[name], name, result.warnings)
        if files[name][:2] in (b"\xff\xfe", b"\xfe\xff"):
            result.warnings.append(f"{name}: UTF-16 text (a spreadsheet's \"Unicode text\" "
                                   "export), not OFSI's Windows-1252 file; read as UTF-16")
        table = read_table(text, name, ",")
        rows = table.rows
        start = 0
        if rows and rows[0][1] and rows[0][1][0].strip().lower() == "last updated":
            result.published = ofsi_date(rows[0][1][1]) if len(rows[0][1]) > 1 else None
            if result.published is None:
                result.warnings.append(f"{name}: unreadable 'Last Updated' row {rows[0][1]!r}")
            start = 1
        else:
            result.warnings.append(f"{name}: no 'Last Updated' first row; no publication date")
        if start >= len(rows):
            raise ParseError(f"{name}: no header row after 'Last Updated'",
                             hint="the file is cut short or not OFSI's Consolidated List")
        header_line, header = rows[start]
        index = self._columns(name, header_line, header)
        if table.cut is not None:
            raise ParseError(
                f"{name}: the file ends inside a quoted field (line {table.cut[0]}); it was cut "
                "short (truncated)",
                hint="download it again",
            )
        groups: dict[str, list[dict[str, str]]] = {}
        bad = 0
        body = rows[start + 1:]
        for number, (line, cells) in enumerate(body, start=1):
            if cells[0].strip().lower() == "last updated" and len(cells) <= 2:
                result.warnings.append(f"{name}: line {line}: a repeated 'Last Updated' row; skipped")
                continue
            if len(cells) < len(header) and number == len(body):
                raise ParseError(
                    f"{name}: the last row (line {line}) has {len(cells)} of {len(header)} "
                    "fields; the file was cut short (truncated)",
                    hint="download it again",
                )
            if len(cells) != len(header):
                bad += 1
                result.warnings.append(
                    f"{name}: line {line}: {len(cells)} fields instead of {len(header)}; skipped"
                )
                continue
            row = {field: cells[i].strip() for field, i in index.items()}
            if row["group_id"].lower() == "group id":
                result.warnings.append(f"{name}: line {line}: a repeated header row; skipped")
                continue
            if not row["group_id"]:
                bad += 1
                result.warnings.append(f"{name}: line {line}: no Group ID; skipped")
                continue
            groups.setdefault(row["group_id"], []).append(row)
        if too_many_bad(bad, len(body)):
            raise ParseError(
                f"{name}: {bad} of {len(body)} rows are malformed (wrong number of fields or "
                "no Group ID); the file is damaged or not OFSI's Consolidated List",
                hint="download it again",
            )
        for group_id, group in groups.items():
            record = self._record(group_id, group, result.warnings)
            if record is not None:
                result.records.append(record)
        if not result.records:
            raise ParseError(f"{name}: no designation with a name in the file",
                             hint="the file is empty or not OFSI's Consolidated List")
        return result

    @staticmethod
    def _columns(name: str, line: int, header: list[str]) -> dict[str, int]:
        index: dict[str, int] = {}
        for i, cell in enumerate(header):
            label = " ".join(cell.replace("\ufeff", "").split())
            field = COLUMNS.get(label.lower())
            if field and field not in index:
                index[field] = i
            elif label and f"column:{label}" not in index:
                # a column this adapter does not know: kept in notes, so a change in it is
                # still a change of the entry
                index[f"column:{label}"] = i
        missing = [f for f in REQUIRED if f not in index]
        if missing:
            wanted = {"name6": "Name 6", "group_type": "Group Type", "group_id": "Group ID"}
            raise ParseError(
                f"{name}: line {line}: missing column(s) {', '.join(wanted[m] for m in missing)}; "
                "not OFSI's Consolidated List CSV (header Name 6,Name 1,...,Group ID)",
                hint="give OFSI's ConList.csv; the FCDO's UK Sanctions List is source gb_fcdo",
            )
        return index

    def _record(self, group_id: str, rows: list[dict[str, str]], warnings: list[str]) -> Record | None:
        def get(row: dict[str, str], field: str) -> str:
            return row.get(field) or ""

        types = Counter(get(r, "group_type").lower() for r in rows)
        kind = sorted(types, key=lambda t: (-types[t], t))[0]
        schema = SCHEMA_BY_TYPE.get(kind)
        if schema is None:
            warnings.append(f"Group ID {group_id}: unknown Group Type {kind!r}; kept as LegalEntity")
            schema = "LegalEntity"
        if len(types) > 1:
            warnings.append(f"Group ID {group_id}: rows of several group types {sorted(types)}; "
                            f"kept {kind!r}")
        record = Record(source=self.id, id=group_id, schema=schema, name="")
        primes: Counter[str] = Counter()
        for row in rows:
            full = " ".join(
                " ".join(get(row, f"name{i}") for i in (1, 2, 3, 4, 5, 6)).split()
            )
            alias_type = get(row, "alias_type").lower()
            quality = get(row, "alias_quality").lower()
            if full:
                if alias_type in ("prime alias", "primary name"):
                    primes[full] += 1
                elif alias_type == "fka":
                    record.add("previousName", full)
                elif "low" in quality or "weak" in quality:
                    record.add("weakAlias", full)
                else:  # AKA, Alias, Primary name variation, or blank
                    record.add("alias", full)
            record.add("nameOriginal", get(row, "non_latin") or None)
            self._details(record, row, warnings)
        if primes:
            record.name = sorted(primes, key=lambda n: (-primes[n], n))[0]
            record.add("alias", *[n for n in primes if n != record.name])
        else:
            names = record.get("alias") or record.get("previousName") or record.get("weakAlias")
            if not names:
                warnings.append(f"Group ID {group_id}: no name in any row; skipped")
                return None
            record.name = names[0]
            warnings.append(f"Group ID {group_id}: no prime alias; named {record.name!r}")
        for prop in ("alias", "weakAlias", "previousName"):
            if record.name in record.get(prop):
                record.properties[prop] = [v for v in record.get(prop) if v != record.name]
        record.add("list", LIST_NAME)
        record.add("authority", "HM Treasury (OFSI)")
        return record

    @staticmethod
    def _details(record: Record, row: dict[str, str], warnings: list[str]) -> None:
        def get(field: str) -> str:
            return row.get(field) or ""

        record.add("title", get("title") or None, get("position") or None)
        for field, value in row.items():
            if field.startswith("column:") and value:
                record.add("notes", f"{field[7:]}: {value}")
        script = ", ".join(v for v in (get("non_latin_type"), get("non_latin_language")) if v)
        if script and get("non_latin"):
            record.add("notes", f"Non-Latin name {get('non_latin')}: {script}")
        record.add("program", get("regime") or None)
        for field, prop in (("listed_on", "listingDate"), ("last_updated", "modifiedAt")):
            value = get(field)
            if value:
                iso = ofsi_date(value)
                if iso is None:
                    warnings.append(f"Group ID {get('group_id')}: unreadable {field} {value!r}")
                    record.add("notes", f"{field}: {value}")
                record.add(prop, iso)
        if get("uksl_designated"):
            iso = ofsi_date(get("uksl_designated"))
            record.add("notes", f"UK Sanctions List date designated: {iso or get('uksl_designated')}")
        dob = get("dob")
        if dob:
            iso = ofsi_date(dob)
            if iso is None:
                warnings.append(f"Group ID {get('group_id')}: unreadable DOB {dob!r}; kept in notes")
                record.add("notes", f"DOB: {dob}")
            record.add("birthDate", iso)
        place = ", ".join(p for p in (get("town"), get("birth_country")) if p)
        record.add("birthPlace", place or None)
        record.add("nationality", *numbered_items(get("nationality")))
        record.add("passportNumber", *numbered_items(get("passport_number")))
        details = get("passport_details")
        if details:
            record.add("notes", f"Passport details: {details}")
            for item in numbered_items(details):
                record.add("passportNumber", *PASSPORT_TOKEN_RE.findall(item.upper()))
        for item in numbered_items(get("ni_number")):
            record.add("idNumber", f"National identification number: {item}")
        if get("ni_details"):
            record.add("notes", f"National identification details: {get('ni_details')}")
        lines = [get(f"address{i}") for i in range(1, 7)] + [get("postcode"), get("country")]
        record.add("address", ", ".join(p for p in lines if p) or None)
        record.add("country", get("country") or None)
        other = get("other")
        if other:
            record.add("notes", other)
            for ref in UN_REF_RE.findall(other):
                record.add("idNumber", f"UN reference number: {ref}")
            record.add("imoNumber", *IMO_RE.findall(other))
            for label, value in LABELLED_RE.findall(other):
                value = value.strip(" .;")
                target = LABELS.get(" ".join(label.split()).lower())
                if not value or target is None or target == "notes":
                    continue  # the whole text is in notes already
                if target == "idNumber":
                    value = f"{label.strip()}: {value}"
                elif target == "gender":
                    value = value.lower()
                record.add(target, value)
