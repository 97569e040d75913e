"""trade.gov Consolidated Screening List (CSL): eleven-plus US export, sanctions and
screening lists in one CSV, published by the International Trade Administration.

Format: ``consolidated.csv``, a header and one row per entry and sub-list, 29 columns
(``_id, source, entity_number, type, programs, name, ..., ids``). Every field is quoted;
lists inside a field are ``; ``-separated. ``source`` names the sub-list and its agency,
e.g. ``Entity List (EL) - Bureau of Industry and Security``.

Record id: ``<sub-list code>-<_id>``, e.g. ``EL-b6e959b5…`` or ``SDN-36``. ``_id`` alone
is not unique: for OFAC lists it is the OFAC entity number, and an OFAC entity on two
OFAC sub-lists (e.g. SSI and NS-MBS, or SDN and PLC) has two rows with the same ``_id``
(7 such pairs in the 2023-11-30 file). The code comes from the ``source`` text, so the id
of an entry does not depend on what else the file holds. If a pair still repeats, later
rows get ``~2``, ``~3`` in file order, with a warning.

A last row the file ends inside (an unterminated quoted field) is skipped with a warning
by default, because the shared sample file ends that way; ``TradeCsl(strict=True)``
refuses such a file with a ``ParseError`` instead (see the report on truncation).
"""

from __future__ import annotations

import re
from typing import ClassVar

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources._csvtext import data_rows, first_row, read_table
from listwatch.sources._dates import add_date, iso_date
from listwatch.sources._decode import decode
from listwatch.sources.base import SnapshotFiles, Source

COLUMNS = (
    "_id", "source", "entity_number", "type", "programs", "name", "title", "addresses",
    "federal_register_notice", "start_date", "end_date", "standard_order",
    "license_requirement", "license_policy", "call_sign", "vessel_type", "gross_tonnage",
    "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks", "source_list_url",
    "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth",
    "source_information_url", "ids",
)  # fmt: skip

SCHEMAS = {
    "individual": "Person",
    "entity": "Organization",
    "vessel": "Vessel",
    "aircraft": "Airplane",
}

_OFAC = "U.S. Treasury, Office of Foreign Assets Control"
_BIS = "U.S. Commerce, Bureau of Industry and Security"

#: Sub-list code -> (list name, authority).
SUBLISTS: dict[str, tuple[str, str]] = {
    "SDN": ("Specially Designated Nationals", _OFAC),
    "SSI": ("Sectoral Sanctions Identifications List", _OFAC),
    "FSE": ("Foreign Sanctions Evaders", _OFAC),
    "PLC": ("Palestinian Legislative Council List", _OFAC),
    "CAP": ("CAPTA List", _OFAC),
    "NS-MBS": ("Non-SDN Menu-Based Sanctions List", _OFAC),
    "CMIC": ("Non-SDN Chinese Military-Industrial Complex Companies List", _OFAC),
    "EL": ("Entity List", _BIS),
    "DPL": ("Denied Persons List", _BIS),
    "UVL": ("Unverified List", _BIS),
    "MEU": ("Military End User List", _BIS),
    "ISN": (
        "Nonproliferation Sanctions",
        "U.S. State Department, Bureau of International Security and Nonproliferation",
    ),
    "DTC": ("ITAR Debarred", "U.S. State Department, Directorate of Defense Trade Controls"),
}

_EFFECTS = {
    "SDN": "Blocked: property and interests in property are frozen and U.S. persons may not "
    "deal with the party (OFAC).",
    "SSI": "Sectoral sanctions: U.S. persons may not engage in the dealings the applicable "
    "Directive prohibits (new debt or equity, certain energy projects); not blocked.",
    "FSE": "Foreign sanctions evader (EO 13608): U.S. persons may not deal in goods, services "
    "or technology with or for the party unless authorised; not blocked.",
    "PLC": "Palestinian Legislative Council member elected on the slate of a designated "
    "terrorist group: transactions are rejected unless authorised; not blocked.",
    "CAP": "CAPTA: U.S. financial institutions may not open or maintain correspondent or "
    "payable-through accounts for this foreign financial institution, or only under the "
    "conditions stated.",
    "NS-MBS": "Menu-based sanctions: the measures chosen for this party from the statutory "
    "menu apply (see the entry); not blocked.",
    "CMIC": "NS-CMIC (EO 13959 as amended by EO 14032): U.S. persons may not purchase or sell "
    "publicly traded securities of the company; divestment allowed until the divestment date.",
    "EL": "Entity List (EAR part 744, supp. 4): a licence is required to export, re-export or "
    "transfer items subject to the EAR to the party (scope per entry); applications are "
    "usually reviewed under a presumption of denial.",
    "DPL": "Denied person: export privileges denied by a BIS order; no one may take part in an "
    "export or re-export of items subject to the EAR with the party.",
    "UVL": "Unverified List: BIS could not verify the party's bona fides; licence exceptions "
    "are suspended and exports need an Unverified List statement (a red flag).",
    "MEU": "Military end user (EAR part 744, supp. 2): a licence is required to export items "
    "listed in supplement no. 2 to the party; presumption of denial.",
    "ISN": "Nonproliferation sanctions (State Department, under several statutes): effects "
    "vary by measure, e.g. no U.S. government procurement, assistance or export licences.",
    "DTC": "ITAR debarred (22 CFR 127.7): barred from taking part, directly or indirectly, in "
    "exports of defence articles, technical data and defence services.",
}

#: ``ids`` types -> property; the value is the second comma-separated part.
ID_PROPS = {
    "ISIN": "isin",
    "Unified Social Credit Code (USCC)": "uscCode",
    "Passport": "passportNumber",
    "Diplomatic Passport": "passportNumber",
    "British National Overseas Passport": "passportNumber",
    "SWIFT/BIC": "swiftBic",
    "Website": "website",
    "Email Address": "email",
    "Gender": "gender",
    "Nationality Country": "nationality",
    "Nationality of Registration": "country",
    "Vessel Registration Identification": "imoNumber",
    "Listing Date (CMIC)": "listingDate",
    "Effective Date (CMIC)": "effectiveDate",
    "Purchase/Sales For Divestment Date (CMIC)": "divestmentDate",
}
for _t in (
    "Tax ID No.",
    "R.F.C.",
    "RFC",
    "NIT #",
    "RUC #",
    "US FEIN",
    "V.A.T. Number",
    "C.U.I.T.",
    "Italian Fiscal Code",
    "Paraguayan tax identification number",
):
    ID_PROPS[_t] = "taxNumber"
for _t in (
    "Registration ID",
    "Registration Number",
    "Public Registration Number",
    "Company Number",
    "UK Company Number",
    "Business Registration Number",
    "Business Registration Document #",
    "Certificate of Incorporation Number",
    "C.R. No.",
    "Registered Charity No.",
):
    ID_PROPS[_t] = "registrationNumber"
DATE_PROPS = {"listingDate", "effectiveDate", "divestmentDate"}
#: ``ids`` entries that are statements, not identifiers: kept whole in ``notes``.
TEXT_TYPES = re.compile(
    r"^(Issuer Name|Target Type|Equity Ticker|Organization Established Date|Organization Type"
    r"|Executive Order|Secondary sanctions|Additional Sanctions|Transactions Prohibited"
    r"|CAATSA|IFCA|Listing Date|Effective Date)"
)
_LEI = re.compile(r"^[A-Z0-9]{18}\d{2}$")
_SOURCE = re.compile(r"^(?P<head>.*?)\((?P<code>[^()]+)\)(?P<tail>[^-]*?)\s+-\s+(?P<agency>.+)$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2} \d{4})$")
#: a date after an identifier's value, full or partial (``May 2006``, ``1999``)
_ANY_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|(\d{1,2} )?[A-Z][a-z]{2} \d{4})$")
#: Other ``ids`` types (kept as ``idNumber``): known labels that anchor the layout.
OTHER_ID_TYPES = frozenset({
    "National ID No.", "Identification Number", "C.U.R.P.", "Cedula No.", "D.N.I.",
    "Government Gazette Number", "Former Vessel Flag", "Commercial Registry Number",
    "Phone Number", "Folio Mercantil No.", "Matricula Mercantil No", "MMSI", "SSN",
    "Driver's License No.", "Personal ID Card", "License", "Electoral Registry No.",
    "Kenyan ID No.", "Trade License No.", "Residency Number", "Refugee ID Card",
    "D-U-N-S Number", "Chamber of Commerce Number", "Credencial electoral", "C.U.I.P.",
    "Travel Document Number", "Stateless Person Passport", "Stateless Person ID Card", "RTN",
    "National Foreign ID Number", "Enterprise Number", "File Number", "RIF #", "I.F.E.",
    "BIK (RU)", "LE Number", "Immigration No.", "Serial No.", "Legal Entity Number",
    "Aircraft Model", "Aircraft Operator", "Aircraft Tail Number", "Aircraft Manufacture Date",
    "Aircraft Manufacturer's Serial Number (MSN)", "Branch Unit Number", "SRE Permit No.",
    "Aircraft Construction Number (also called L/N or S/N or F/N)", "Birth Certificate Number",
    "Nationality Country", "Tax ID No.", "Central Registration System Number",
})  # fmt: skip
#: Labels of a known family: ``Moroccan Personal ID No.``, ``Other Vessel Flag`` ...
_OTHER_LABEL = re.compile(
    r"^[A-Z][A-Za-z.'/ -]*\b(ID No\.|ID Card|Passport|Personal ID No\.|Vessel (Call Sign|Flag|Type)"
    r"|Registration (No\.|Number|ID))$"
)
#: Shape of a label we do not know: capitalised words, no digits, e.g. ``Kenyan ID No.``.
_LABEL_SHAPE = re.compile(r"^[A-Z][A-Za-z.'#/()&-]*( [A-Za-z.'#/()&-]+)*[:\-]?$")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def sublist(source: str) -> tuple[str, str, str]:
    """``source`` text -> (code, list name, authority), also for sub-lists we do not know."""
    m = _SOURCE.match(source.strip())
    if not m:
        code = re.sub(r"[^A-Za-z0-9]+", "-", source.strip()).strip("-").upper()[:24] or "X"
        return code, source.strip(), ""
    code = m.group("code").replace(" List", "").strip()
    if code in SUBLISTS:
        name, authority = SUBLISTS[code]
        return code, name, authority
    name = " ".join((m.group("head") + m.group("tail")).split())
    return code, name, m.group("agency").strip()


def _program_effects() -> dict[str, str]:
    effects: dict[str, str] = {}
    for code, text in _EFFECTS.items():
        effects[code] = text
        effects[SUBLISTS[code][0]] = text
    return effects


class TradeCsl(Source):
    id: ClassVar[str] = "us_trade_csl"
    title: ClassVar[str] = "Consolidated Screening List (trade.gov)"
    publisher: ClassVar[str] = "U.S. Department of Commerce, International Trade Administration"
    homepage: ClassVar[str] = "https://www.trade.gov/consolidated-screening-list"
    legal_effect: ClassVar[str] = (
        "Listed on one of the U.S. export, sanctions or screening lists (Commerce, State, "
        "Treasury) that trade.gov consolidates; what it forbids depends on the sub-list "
        "(property 'list')."
    )
    program_effects: ClassVar[dict[str, str]] = _program_effects()
    downloads: ClassVar[dict[str, str]] = {
        "consolidated.csv": (
            "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"
        ),
    }
    files: ClassVar[tuple[str, ...]] = ("consolidated.csv", "csl.csv")
    required: ClassVar[tuple[str, ...]] = ()
    mirror_names: ClassVar[tuple[str, ...]] = ("trade_gov_csl", "us_trade_csl", "csl")

    def __init__(self, *, strict: bool = False) -> None:
        #: Refuse a file that ends inside its last row instead of skipping that row.
        self.strict = strict

    def parse(self, files: SnapshotFiles) -> ParseResult:
        name = next((n for n in self.files if n in files), None)
        if name is None:
            raise ParseError(
                "no Consolidated Screening List file in this snapshot",
                hint="us_trade_csl reads consolidated.csv (or csl.csv)",
            )
        warnings: list[str] = []
        text = decode(files[name], name, warnings)
        self._check_header(name, first_row(text, ",", name))
        table = read_table(text, name, ",")
        if not table.rows:
            raise ParseError(f"{name}: no rows", hint="the download probably failed")
        header = [h.strip().lstrip("\ufeff") for h in table.rows[0][1]]
        self._check_header(name, header)
        index = {col: header.index(col) for col in COLUMNS}
        width = len(header)
        records: list[Record] = []
        seen: dict[str, int] = {}
        for line, row in data_rows(table, header, warnings, what=name,
                                   usable="Consolidated Screening List",
                                   hint="download consolidated.csv again"):
            values = {col: row[i].strip() for col, i in index.items()}
            record = self._record(values, line, warnings)
            if record is None:
                continue
            n = seen.get(record.id, 0) + 1
            seen[record.id] = n
            if n > 1:
                warnings.append(
                    f"line {line}: id {record.id} repeats an earlier row; kept as {record.id}~{n}"
                )
                record.id = f"{record.id}~{n}"
            records.append(record)
        if table.cut is not None:
            line, fields = table.cut
            if self.strict:
                raise ParseError(
                    f"{name}: the file ends inside the row starting on line {line} (an "
                    "unterminated quoted field): it was cut short",
                    hint="download consolidated.csv again",
                )
            warnings.append(
                f"line {line}: {len(fields)} fields instead of {width}, skipped (the file ends "
                "inside this row: it was cut short, so rows after it may be missing)"
            )
        if not records:
            raise ParseError(f"{name}: a header but no entries", hint="download it again")
        return ParseResult(records=records, published=None, warnings=warnings)

    @staticmethod
    def _check_header(name: str, header: list[str]) -> None:
        if header and header[0] not in COLUMNS and len(header) in (12, 10):
            raise ParseError(
                f"{name}: this looks like an OFAC CSV (no header, {len(header)} columns), "
                "not the Consolidated Screening List",
                hint="ingest it with --source us_ofac_sdn, or give trade.gov's consolidated.csv",
            )
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            found = ", ".join(header[:6]) + (", ..." if len(header) > 6 else "")
            raise ParseError(
                f"{name}: not the Consolidated Screening List format: missing column(s) "
                f"{', '.join(missing)} (first line has: {found})",
                hint="us_trade_csl reads trade.gov's consolidated.csv with its 29-column header",
            )

    def _record(self, v: dict[str, str], line: int, warnings: list[str]) -> Record | None:
        if not v["_id"] or not v["name"]:
            warnings.append(f"line {line}: no _id or no name, skipped")
            return None
        code, list_name, authority = sublist(v["source"])
        schema = SCHEMAS.get(v["type"].lower(), "LegalEntity")
        record = Record(self.id, f"{code}-{v['_id']}", schema, " ".join(v["name"].split()))
        record.add("list", list_name)
        record.add("authority", authority)
        record.add("program", *_split(v["programs"]))
        record.add("alias", *_split(v["alt_names"]))
        record.add("title", v["title"])
        for address in _split(v["addresses"]):
            record.add("address", address)
            last = address.rsplit(",", 1)[-1].strip()
            if _COUNTRY.match(last):
                record.add("country", last)
        record.add("federalRegister", v["federal_register_notice"])
        for prop, col in (("listingDate", "start_date"), ("expirationDate", "end_date")):
            add_date(record, prop, v[col], col, line, warnings)
        if v["standard_order"]:
            record.add("notes", f"Standard order: {v['standard_order']}")
        if v["license_requirement"]:
            record.add("notes", f"License requirement: {v['license_requirement']}")
        if v["license_policy"]:
            record.add("notes", f"License policy: {v['license_policy']}")
        record.add("notes", v["remarks"])
        record.add("callSign", v["call_sign"])
        record.add("vesselType", v["vessel_type"])
        record.add("tonnage", v["gross_tonnage"])
        record.add("grossRegisteredTonnage", v["gross_registered_tonnage"])
        record.add("flag", v["vessel_flag"])
        record.add("owner", v["vessel_owner"])
        record.add("sourceUrl", v["source_list_url"], v["source_information_url"])
        record.add("citizenship", *_split(v["citizenships"]))
        record.add("nationality", *_split(v["nationalities"]))
        record.add("birthPlace", *_split(v["places_of_birth"]))
        for dob in _split(v["dates_of_birth"]):
            self._birth_date(record, dob, line, warnings)
        for item in _split(v["ids"]):
            self._identifier(record, item, line, warnings)
        return record

    @staticmethod
    def _birth_date(record: Record, value: str, line: int, warnings: list[str]) -> None:
        """``1965-03-01``, ``1965``, ``Sep 1938``, ``circa 1951``, ``1960 to 1962``."""
        text = re.sub(r"^(circa|approximately|about)\s+", "", value, flags=re.IGNORECASE)
        parts = re.split(r"\s+to\s+", text)
        dates = [iso_date(p) for p in parts]
        if all(dates) and len(dates) <= 2:
            record.add("birthDate", *dates)
            if text != value or len(dates) > 1:
                record.add("notes", f"Date of birth: {value}")
            return
        warnings.append(f"line {line}: date of birth {value!r} not understood, kept in notes")
        record.add("notes", f"Date of birth: {value}")

    @staticmethod
    def _identifier(record: Record, item: str, line: int, warnings: list[str]) -> None:
        """One ``ids`` entry, in either layout (see :func:`type_first`)."""
        normal = type_first(item)
        if normal is None:
            warnings.append(
                f"line {line}: identifier {item!r} has no recognisable type label, kept in notes"
            )
            record.add("notes", f"Identifier: {item}")
            return
        kind, _, rest = normal.partition(",")
        kind, rest = kind.strip(), rest.strip()
        if not rest:
            return
        label = kind.rstrip(" -:")
        if kind not in ID_PROPS and TEXT_TYPES.match(kind):
            record.add("notes", f"{label}: {rest}")
            return
        value, *details = [p.strip() for p in rest.split(", ")]
        prop = ID_PROPS.get(kind)
        if kind == "Legal Entity Number" and _LEI.match(value):
            prop = "leiCode"
        if prop in DATE_PROPS:
            add_date(record, prop, value, label, line, warnings)
        elif prop == "gender":
            record.add("gender", value.lower())
        elif prop is not None:
            record.add(prop, value)
        else:
            record.add("idNumber", f"{label}: {value}")
        if details and prop not in DATE_PROPS and prop != "gender":
            record.add("notes", issue_note(label, value, details))


def issue_note(label: str, value: str, details: list[str]) -> str:
    """What the CSL says of an identifier beyond its value, as a note: the country of
    issue, the dates of issue and expiry, other words (``Diplomatic``). The file gives the
    dates without saying which is which (and in another order in each layout): of two, the
    earlier is the date of issue; one alone is a date the identifier carries."""
    bits: list[str] = []
    dates: list[str] = []
    for part in details:
        if _COUNTRY.match(part):
            bits.append(f"country of issue {part}")
        elif _ANY_DATE.match(part):
            dates.append(iso_date(part) or part)
        else:
            bits.append(part)
    if len(dates) == 2:
        first, last = sorted(dates)
        bits += [f"issued {first}", f"expires {last}"]
    else:
        bits += [f"dated {d}" for d in dates]
    return f"{label} {value}: {'; '.join(bits)}"


def _is_label(text: str) -> bool:
    """A type label we know: an ``ID_PROPS`` key, a statement type, or another id type."""
    return (
        text in ID_PROPS
        or text in OTHER_ID_TYPES
        or bool(TEXT_TYPES.match(text))
        or text.startswith("Digital Currency Address")
        or bool(_OTHER_LABEL.match(text))
    )


def _looks_like_label(text: str) -> bool:
    """An unknown part shaped like a type label: words without digits, e.g. ``Kenyan ID No.``
    (an all-capital word such as a tail number ``G-VAIR`` is a value)."""
    return bool(_LABEL_SHAPE.match(text)) and bool(re.search(r"[a-z.#]", text))


def _lead(part: str) -> bool:
    """A country code or a date: what the value-first layout puts before the value."""
    return bool(_COUNTRY.match(part) or _ISO_DATE.match(part))


def type_first(item: str) -> str | None:
    """One ``ids`` entry in the type-first layout ``Type, VALUE[, COUNTRY][, dates]``.

    The CSL has written the entry two ways: type first (``Passport, K475336, JO``) and,
    in older files, type last with the country of issue and the dates before the value
    (``JO, 2014-08-30, 2009-08-31, K475336, Passport``; ``Male, Gender``). The known type
    labels decide which end holds the type; for a label we do not know, the end shaped like
    a label (words, no digits) or the position of the country code and dates decides. An
    entry that fits neither gives ``None``: it must not become a wrong identifier.
    """
    parts = [p.strip() for p in item.split(", ")]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return None
    first, last = parts[0], parts[-1]
    head, tail = _is_label(first), _is_label(last)
    if head and tail:
        return None
    if head != tail:
        value_first = tail
    else:
        head, tail = _looks_like_label(first), _looks_like_label(last)
        if head != tail:
            value_first = tail
        elif len(parts) >= 3 and _lead(first) != _lead(last):
            value_first = _lead(first)
        else:
            return None
    if not value_first:
        return ", ".join(parts)
    body = parts[:-1]
    lead: list[str] = []
    if len(body) > 1 and _COUNTRY.match(body[0]):
        lead.append(body.pop(0))
    while len(body) > 1 and len(lead) < 3 and _ISO_DATE.match(body[0]):
        lead.append(body.pop(0))
    return ", ".join([last, *body, *lead])
