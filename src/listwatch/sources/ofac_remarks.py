"""OFAC's Remarks field, parsed into properties.

Remarks (in the legacy CSV files, and the continuation in ``*_comments.csv``) are a
``;``-separated list of facts: ``DOB 12 Jan 1960; POB Baghdad, Iraq; Passport A123 (Iraq);
Linked To: X; Listing Date (CMIC) 03 Jun 2021; a.k.a. 'Y'.``. ``parse_remarks`` puts each
into a property (see ``LABELS``) and keeps what it cannot place in ``notes``. Quoted
a.k.a.s in remarks are OFAC's weak (low-quality) aliases: they go to ``weakAlias``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from listwatch.model import Record, clean_values

__all__ = ["LABELS", "Entry", "RemarkCache", "fix_linked_names", "parse_date", "parse_remarks"]


class Entry:
    """A record being built: values are appended raw and cleaned once, in ``to_record``.

    (``Record.add`` cleans and sorts on every call, which is too slow for 60,000 remarks.)
    """

    __slots__ = ("id", "name", "properties", "schema")

    def __init__(self, id: str, schema: str, name: str) -> None:
        self.id, self.schema, self.name = id, schema, name
        self.properties: dict[str, list[str]] = {}

    def add(self, prop: str, *values: str | None) -> None:
        for value in values:
            if value:
                self.properties.setdefault(prop, []).append(value)

    def to_record(self, source_id: str) -> Record:
        # Most properties hold one value: normalise its whitespace without clean_values().
        props = {
            k: [" ".join(v[0].split())] if len(v) == 1 else clean_values(v)
            for k, v in self.properties.items()
        }
        props = {k: v for k, v in props.items() if v and v[0]}
        return Record(
            source=source_id, id=self.id, schema=self.schema, name=self.name, properties=props
        )


#: Property -> the remark labels that introduce its values ("|"-separated). ``idNumber``
#: values are kept as "Label: VALUE"; identifiers lose their "(Country)" and "issued ...".
_LABEL_GROUPS: dict[str, str] = {
    "birthDate": "DOB",
    "birthPlace": "POB",
    "nationality": "nationality",
    "country": "Nationality of Registration",
    "citizenship": "citizen",
    "gender": "Gender",
    "linkedTo": "Linked To",
    "email": "Email Address|Email",
    "website": "Website",
    "phone": "Phone Number|Telephone|Telephone No.|Phone",
    "alias": "Issuer Name",
    "isin": "ISIN",
    "leiCode": "Legal Entity Number",
    "swiftBic": "SWIFT/BIC",
    "mmsi": "MMSI",
    "imoNumber": (
        "IMO|Vessel Registration Identification IMO|Identification Number IMO|"
        "Company Number IMO|International Maritime Organization No."
    ),
    "uscCode": "Unified Social Credit Code (USCC)|United Social Credit Code Certificate (USCCC)",
    "passportNumber": (
        "Passport|Diplomatic Passport|Passport Booklet|British National Overseas Passport|"
        "Stateless Person Passport"
    ),
    "taxNumber": (
        "Tax ID No.|V.A.T. Number|US FEIN|R.F.C.|RFC|NIT #|RUC #|C.U.I.T.|Italian Fiscal Code|"
        "Fiscal Code|Romanian Tax Registration|Paraguayan tax identification number|N.I.F.|"
        "RTN|RIF #|Numero Unico de Identificacao Tributaria (NUIT)"
    ),
    "registrationNumber": (
        "Registration ID|Registration Number|Business Registration Number|"
        "Public Registration Number|Company Number|UK Company Number|Commercial Registry Number|"
        "Certificate of Incorporation Number|C.R. No.|Romanian C.R.|Chamber of Commerce Number|"
        "Business Registration Document #|Matricula Mercantil No|Matricula Mercantil No.|"
        "Folio Mercantil No.|Enterprise Number|Business Number|Government Gazette Number|"
        "Trade License No.|Central Registration System Number|Economic Register Number (CBLS)|"
        "Istanbul Chamber of Comm. No.|Aircraft Tail Number"
    ),
    "idNumber": (
        "Equity Ticker|BIK (RU)|D-U-N-S Number|D.N.I.|C.U.I.|C.U.R.P.|C.U.R.P. #|SSN|I.F.E.|"
        "NIE|Cedula No.|National ID No."
    ),
}
LABELS: dict[str, str] = {
    label: prop for prop, labels in _LABEL_GROUPS.items() for label in labels.split("|")
}
_LOOKUP = {label.lower(): prop for label, prop in LABELS.items()}
#: First word of a label -> the word counts of the labels starting with it, longest first.
_LENGTHS: dict[str, list[int]] = {}
for _key in _LOOKUP:
    _LENGTHS.setdefault(_key.split()[0], []).append(len(_key.split()))
for _key, _counts in _LENGTHS.items():
    _LENGTHS[_key] = sorted(set(_counts), reverse=True)
#: Any other "<something> Number/No./ID/# ... VALUE" with a digit in the value.
_TYPED_ID = re.compile(
    r"^(?P<label>(?:[A-Z][\w.'/&,\- ]*)?(?:No\.?|Number|ID|#|Card|Code|Identification|License"
    r"|Permit)(?:\s*\([^()]*\))?)\s*:?\s+(?P<value>[^\s:][^:]*\d.*)$"
)
_CURRENCY = re.compile(r"^(?P<label>Digital Currency Address - \w+)\s+(?P<value>\S+)$")
_LISTING = re.compile(
    r"^(?P<label>Listing Date|Effective Date|Purchase/Sales For Divestment "
    r"Date)\s*(?:\((?P<what>[^()]*)\))?\s*:?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_LISTING_PROPS = {
    "listing date": "listingDate",
    "effective date": "effectiveDate",
    "purchase/sales for divestment date": "divestmentDate",
}
_AKA = re.compile(r"^(?P<kind>[afn])\.k\.a\.,?\s*(?P<value>.+)$", re.IGNORECASE)
_AKA_PROPS = {"a": "weakAlias", "f": "previousName", "n": "weakAlias"}
_DIGIT = re.compile(r"\d")
_ALT = re.compile(r"^alt\.\s+", re.IGNORECASE)
#: "VALUE (Country) issued 01 Jan 2000 expires ..." -> VALUE
_ID_VALUE = re.compile(r"^(?P<value>.+?)(?:\s*\([^()]*\))?(?:[,;]?\s+(?:issued|expires)\b.*)?$")
_URL_WEBSITE = re.compile(r"^(?P<value>(?:https?://|www\.)\S+)\s*\(website\)$", re.IGNORECASE)
_ABBREVIATION_END = re.compile(r"\b[A-Z]{1,4}$")
_MONTHS = {
    m: f"{i:02d}"
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_DATE = re.compile(r"^(?:(\d{1,2})\s+)?(?:([A-Za-z]{3})[a-z]*\.?\s+)?(\d{4})$")
_DATE_RANGE = re.compile(r"\s+to\s+|(?<=\d{4})\s*-\s*(?=\d{4}$)")
_SEE_COMMENTS = re.compile(r"\s*\(see comments\)\s*", re.IGNORECASE)


def parse_date(text: str) -> list[str] | None:
    """OFAC dates keeping precision: ``12 Jan 1960``, ``Jan 1960``, ``circa 1960``, ranges
    ``1960 to 1962`` (both ends). None if the text is not such a date."""
    text = text.strip().rstrip(".")
    if text.lower().startswith("circa "):
        text = text[6:]
    out: list[str] = []
    for part in _DATE_RANGE.split(text):
        m = _DATE.match(part.strip())
        if m is None:
            return None
        day, month, year = m.groups()
        if month is None:
            if day is not None:
                return None
            out.append(year)
            continue
        mm = _MONTHS.get(month.lower())
        if mm is None or (day is not None and not 1 <= int(day) <= 31):
            return None
        out.append(f"{year}-{mm}-{int(day):02d}" if day else f"{year}-{mm}")
    return out or None


_NOT_REGISTRY = ("electoral", "military", "vessel", "individual")


def _typed_property(label: str) -> str:
    """The property for an identifier whose label is not in ``LABELS``."""
    low = label.lower()
    if "tax" in low:
        return "taxNumber"
    registry = ("registration", "registry", "chamber of comm", "charity")
    if any(k in low for k in registry) and not any(k in low for k in _NOT_REGISTRY):
        return "registrationNumber"
    return "idNumber"


def _id_value(value: str) -> str:
    m = _ID_VALUE.match(value)
    return (m.group("value") if m else value).strip().rstrip(".,")


def _label(body: str) -> tuple[str, str, str] | None:
    """(label, property, value) when ``body`` starts with a label of ``LABELS``."""
    space = body.find(" ")
    if space <= 0:
        return None
    counts = _LENGTHS.get(body[:space].lower().rstrip(":"))
    if counts is None:
        return None
    words = body.split(None, counts[0])
    for n in counts:
        if n >= len(words):
            continue
        label = " ".join(words[:n]).rstrip(":") if n > 1 else words[0].rstrip(":")
        prop = _LOOKUP.get(label.lower())
        if prop is not None:
            return label, prop, " ".join(words[n:]).lstrip(": ")
    return None


Facts = tuple[tuple[str, str], ...]
#: A parse's memo of remark -> facts (half of the SDN list's remarks repeat).
RemarkCache = dict[tuple[str, bool], Facts]


def _interpret(part: str, last: bool) -> Facts:
    """What one remark (a ``;``-separated item) says: (property, value) pairs."""
    body = _ALT.sub("", part) if part[:4].lower() == "alt." else part
    found = _label(body)
    if found:
        label, prop, value = found
        if prop == "birthDate":
            dates = parse_date(value)
            if dates:
                return tuple((prop, d) for d in dates)
        elif prop == "linkedTo":
            if last and _ABBREVIATION_END.search(value):
                value += "."  # the final "." of the remarks belonged to "LTD." etc.
            return ((prop, value),)
        elif prop == "gender":
            return ((prop, value.rstrip(".").lower()),)
        elif prop in ("birthPlace", "nationality", "citizenship", "country", "alias"):
            return ((prop, value),)
        elif prop in ("email", "website", "phone"):
            return ((prop, value.rstrip(".")),)
        elif prop == "idNumber":
            return ((prop, f"{label}: {_id_value(value)}"),)
        else:
            return ((prop, _id_value(value)),)
    m = _AKA.match(body) if body[1:6] == ".k.a." else None
    if m:
        value = m.group("value").strip()
        if value[:1] in "'\"" and value[-2:-1] == value[:1] and value[-1:] == ".":
            value = value[:-1]  # 'NAME'. at the end of the remarks
        return ((_AKA_PROPS[m.group("kind").lower()], value.strip("'\" ")),)
    m = _URL_WEBSITE.match(body) if body[:4] in ("http", "www.", "HTTP", "WWW.") else None
    if m:
        return (("website", m.group("value")),)
    if _DIGIT.search(body) is None:
        return (("notes", part),)
    m = _LISTING.match(body) if body[:1] in "LEPlep" else None
    if m:
        dates = parse_date(m.group("value"))
        if dates:
            prop = _LISTING_PROPS[" ".join(m.group("label").lower().split())]
            facts = tuple((prop, d) for d in dates)
            if (m.group("what") or "").upper() != "CMIC":
                facts += (("notes", part),)  # the directive it refers to is worth keeping
            return facts
    m = _TYPED_ID.match(body) or _CURRENCY.match(body)
    if m and body[:3].lower() != "fax":
        label = " ".join(m.group("label").split())
        value = _id_value(m.group("value"))
        prop = _typed_property(label)
        return ((prop, value if prop != "idNumber" else f"{label}: {value}"),)
    return (("notes", part),)


def parse_remarks(
    record: Entry, remarks: str, title: str | None = None, cache: RemarkCache | None = None
) -> None:
    """Parse OFAC's Remarks (with any continuation from the comments file) into ``record``.

    ``cache`` (one dict per parsed file) saves re-reading remarks that repeat.
    """
    if "(see" in remarks or "(See" in remarks:
        remarks = _SEE_COMMENTS.sub(" ", remarks)
    parts = [p for p in (p.strip() for p in remarks.strip().removesuffix(".").split(";")) if p]
    end = len(parts) - 1
    # OFAC repeats the Title column in the remarks; those parts are not notes.
    skip = frozenset(t.strip() for t in title.split(";")) if title else frozenset()
    memo: RemarkCache = {} if cache is None else cache
    props = record.properties
    for index, part in enumerate(parts):
        key = (part, index == end)
        facts = memo.get(key)
        if facts is None:
            facts = memo[key] = _interpret(part, index == end)
        for prop, value in facts:
            if prop != "notes" or part not in skip:
                props.setdefault(prop, []).append(value)


def fix_linked_names(records: Iterable[Entry]) -> None:
    """Match ``linkedTo`` values to entry names where only a final "." differs."""
    items = list(records)
    names = {" ".join(r.name.split()) for r in items}
    for record in items:
        values = record.properties.get("linkedTo")
        if not values:
            continue
        fixed = []
        for value in values:
            value = " ".join(value.split())
            other = value[:-1] if value.endswith(".") else value + "."
            fixed.append(other if value not in names and other in names else value)
        record.properties["linkedTo"] = fixed
