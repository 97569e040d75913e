"""OFAC Sanctions List Service "ENHANCED_XML" files (SDN_ENHANCED / CONS_ENHANCED).

``parse_enhanced`` reads either the ZIP OFAC publishes or the XML inside it. The XML is
``<sanctionsData>`` with ``publicationInfo`` (``dataAsOf``), reference values, feature
type definitions and one ``<entity id=…>`` per entry; the entity id is OFAC's entity
number, the same ``ent_num`` as in the legacy CSV files.

Mapping (property names from ``listwatch.model``):

- names: the primary name's Latin translation is the record's name; a.k.a. → ``alias``
  (``weakAlias`` when OFAC marks it low quality), f.k.a. → ``previousName``, n.k.a. →
  ``alias``; every translation in another script → ``nameOriginal``.
- ``program`` (sanctionsPrograms), ``list`` (sanctionsLists); legal authorities and
  sanctions types go to ``notes`` as ``Legal Authority: …`` / ``Sanctions Type: …``.
- features: see ``_FEATURES``; a feature type with no property of its own goes to
  ``notes`` as ``Type: value``.
- identity documents: see ``_DOCUMENTS``; other types → ``idNumber`` as ``Type: VALUE``.
- addresses → ``address`` (one line), ``city``, ``country``; relationships →
  ``linkedTo`` (the related entity's name); remarks → ``notes``.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from xml.etree.ElementTree import Element

from listwatch.errors import InputTooLarge, ParseError
from listwatch.model import ParseResult, Record
from listwatch.settings import get_settings
from listwatch.sources.files import check_bytes
from listwatch.sources.xmlsafe import local, parse_xml

__all__ = ["parse_enhanced"]

#: A member expanding more than this many times its compressed size is refused.
MAX_RATIO = 200
#: Below this uncompressed size the ratio check is not applied (tiny files compress well).
RATIO_FLOOR = 1024 * 1024
ROOT = "sanctionsData"

SCHEMAS = {"individual": "Person", "entity": "Organization", "vessel": "Vessel",
           "aircraft": "Airplane"}

# Feature type (lower case, trailing ":" / "-" removed) -> (property, is a date).
_FEATURES: dict[str, tuple[str, bool]] = {
    "birthdate": ("birthDate", True),
    "place of birth": ("birthPlace", False),
    "nationality country": ("nationality", False),
    "citizenship country": ("citizenship", False),
    "nationality of registration": ("country", False),
    "gender": ("gender", False),
    "title": ("title", False),
    "email address": ("email", False),
    "website": ("website", False),
    "phone number": ("phone", False),
    "isin": ("isin", False),
    "swift/bic": ("swiftBic", False),
    "mmsi": ("mmsi", False),
    "vessel call sign": ("callSign", False),
    "other vessel call sign": ("callSign", False),
    "vessel type": ("vesselType", False),
    "other vessel type": ("vesselType", False),
    "vessel flag": ("flag", False),
    "other vessel flag": ("flag", False),
    "vessel tonnage": ("tonnage", False),
    "vessel gross registered tonnage": ("grossRegisteredTonnage", False),
    "vessel owner": ("owner", False),
    "location": ("address", False),
    "aircraft tail number": ("registrationNumber", False),
}
# Feature type prefixes -> date property ("Listing Date (CMIC)", "Effective Date (EO …)").
_DATE_PREFIXES = (
    ("listing date", "listingDate"),
    ("effective date", "effectiveDate"),
    ("purchase/sales for divestment date", "divestmentDate"),
)
# Feature types that are identifiers with no property of their own -> idNumber.
_ID_FEATURES = ("bik (ru)", "d-u-n-s number", "digital currency address",
                "aircraft manufacturer's serial number", "aircraft construction number",
                "aircraft mode s transponder code", "registration number")

# Identity document type (lower case) -> property (the bare number is kept).
_DOCUMENTS: dict[str, str] = {
    "passport": "passportNumber",
    "diplomatic passport": "passportNumber",
    "british national overseas passport": "passportNumber",
    "stateless person passport": "passportNumber",
    "tax id no.": "taxNumber",
    "v.a.t. number": "taxNumber",
    "us fein": "taxNumber",
    "r.f.c.": "taxNumber",
    "rfc": "taxNumber",
    "nit #": "taxNumber",
    "ruc #": "taxNumber",
    "c.u.i.t.": "taxNumber",
    "italian fiscal code": "taxNumber",
    "fiscal code": "taxNumber",
    "romanian tax registration": "taxNumber",
    "paraguayan tax identification number": "taxNumber",
    "numero unico de identificacao tributaria (nuit)": "taxNumber",
    "n.i.f.": "taxNumber",
    "rtn": "taxNumber",
    "registration id": "registrationNumber",
    "registration number": "registrationNumber",
    "business registration number": "registrationNumber",
    "public registration number": "registrationNumber",
    "company number": "registrationNumber",
    "uk company number": "registrationNumber",
    "commercial registry number": "registrationNumber",
    "certificate of incorporation number": "registrationNumber",
    "c.r. no.": "registrationNumber",
    "romanian c.r.": "registrationNumber",
    "chamber of commerce number": "registrationNumber",
    "business registration document #": "registrationNumber",
    "matricula mercantil no": "registrationNumber",
    "folio mercantil no.": "registrationNumber",
    "enterprise number": "registrationNumber",
    "business number": "registrationNumber",
    "unified social credit code (uscc)": "uscCode",
    "united social credit code certificate (usccc)": "uscCode",
    "legal entity number": "leiCode",
    "mmsi": "mmsi",
}

_ADDRESS_ORDER = ("ADDRESS1", "ADDRESS2", "ADDRESS3", "CITY", "STATE/PROVINCE",
                  "POSTAL CODE", "REGION")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_DATE_TOKEN = re.compile(r"\b(?:(\d{1,2})\s+)?(?:([A-Za-z]{3,9})\.?\s+)?(\d{4})\b")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_LAST_DAYS = {"01": "31", "02": "28", "03": "31", "04": "30", "05": "31", "06": "30",
              "07": "31", "08": "31", "09": "30", "10": "31", "11": "30", "12": "31"}


def parse_enhanced(data: bytes, name: str, source_id: str) -> ParseResult:
    """Parse an OFAC ENHANCED_XML file (or the ZIP holding it) into records.

    Raises ``ParseError`` for anything that is not this format or is damaged, and
    ``InputTooLarge`` for a ZIP member above the size limit or with an absurd ratio.
    """
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        name, data = _unzip(data, name)
    check_bytes(name, data)
    root = parse_xml(data, name)
    if local(root.tag) != ROOT:
        raise ParseError(
            f"{name}: root element is <{local(root.tag)}>, not <{ROOT}>: this is not an OFAC "
            "enhanced XML file",
            hint="give SDN_ENHANCED.ZIP / CONS_ENHANCED.ZIP or the XML inside it",
        )
    ns = root.tag[: -len(ROOT)]
    return _Parser(ns, name, source_id).run(root)


def _unzip(data: bytes, name: str) -> tuple[str, bytes]:
    """The single XML member of a ZIP, read with size and ratio limits."""
    limit = get_settings().max_file_bytes
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = [i for i in zf.infolist()
                       if not i.is_dir() and i.filename.lower().endswith(".xml")]
            if not members:
                listed = ", ".join(i.filename for i in zf.infolist()[:5]) or "nothing"
                raise ParseError(f"{name}: the zip holds no .xml file (it holds {listed})",
                                 hint="give SDN_ENHANCED.ZIP or CONS_ENHANCED.ZIP")
            info = members[0]
            what = f"{name}!{info.filename}"
            if info.file_size > limit:
                raise InputTooLarge(
                    f"{what}: {info.file_size:,} bytes uncompressed is above the limit of "
                    f"{limit:,}", hint="raise LISTWATCH_MAX_FILE_BYTES if the file is genuine")
            if (info.file_size > RATIO_FLOOR
                    and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                raise InputTooLarge(
                    f"{what}: compression ratio above {MAX_RATIO}:1 "
                    f"({info.compress_size:,} -> {info.file_size:,} bytes); refusing a "
                    "likely zip bomb", hint="check that the file comes from OFAC")
            out = bytearray()
            with zf.open(info) as fh:
                while chunk := fh.read(min(1 << 20, limit + 1 - len(out))):
                    out += chunk
                    if len(out) > limit:
                        raise InputTooLarge(
                            f"{what}: more than {limit:,} bytes once decompressed",
                            hint="raise LISTWATCH_MAX_FILE_BYTES if the file is genuine")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise ParseError(f"{name}: damaged or truncated zip ({exc or type(exc).__name__})",
                         hint="download it again") from None
    return what, bytes(out)


def _iso_date(text: str) -> list[str]:
    """The dates an OFAC date text gives, ISO, keeping precision.

    ``08 Feb 1980`` -> 1980-02-08, ``Feb 1980`` -> 1980-02, ``circa 1962`` -> 1962,
    ``1958 to 1960`` -> 1958 and 1960.
    """
    out: list[str] = []
    for day, month, year in _DATE_TOKEN.findall(text):
        num = _MONTHS.get(month[:3].lower()) if month else None
        if num is None:
            out.append(year)
        elif day:
            out.append(f"{year}-{num:02d}-{int(day):02d}")
        else:
            out.append(f"{year}-{num:02d}")
    return out


def _span_date(begin: str, end: str) -> str:
    """An ISO date from a begin/end span: a day, a whole month or a whole year."""
    mb, me = _ISO_DAY.match(begin), _ISO_DAY.match(end)
    if not mb:
        return ""
    if not me or begin[:10] == end[:10]:
        return begin[:10]
    (y1, m1, d1), (y2, m2, d2) = mb.groups(), me.groups()
    if y1 == y2 and (m1, d1, m2, d2) == ("01", "01", "12", "31"):
        return y1
    if y1 == y2 and m1 == m2 and d1 == "01" and d2 in (_LAST_DAYS[m1], "29"):
        return f"{y1}-{m1}"
    return begin[:10]


class _Parser:
    """One parse: namespaced tag names computed once, lookups cached in dicts."""

    def __init__(self, ns: str, name: str, source_id: str) -> None:
        self.ns = ns
        self.name = name
        self.source_id = source_id
        self.warnings: list[str] = []
        self._feature_cache: dict[str, Callable[[Record, Element, str], None]] = {}

    def t(self, path: str) -> str:
        """A slash path of local names, namespaced."""
        return "/".join(self.ns + part for part in path.split("/"))

    def text(self, el: Element | None, path: str) -> str:
        if el is None:
            return ""
        found = el.find(self.t(path))
        return (found.text or "").strip() if found is not None else ""

    def run(self, root: Element) -> ParseResult:
        published = self.text(root, "publicationInfo/dataAsOf")[:10] or None
        if published and not _ISO_DAY.match(published):
            self.warnings.append(f"{self.name}: dataAsOf {published!r} is not a date; ignored")
            published = None
        entities = root.find(self.t("entities"))
        if entities is None:
            raise ParseError(f"{self.name}: no <entities> element; the file is incomplete",
                             hint="download it again")
        records: list[Record] = []
        seen: set[str] = set()
        tag = self.ns + "entity"
        for entity in entities:
            if entity.tag != tag:
                continue
            record = self.entity(entity)
            if record is None:
                continue
            if record.id in seen:
                self.warnings.append(f"{self.name}: entity {record.id} appears twice; "
                                     "kept the first")
                continue
            seen.add(record.id)
            records.append(record)
        return ParseResult(records=records, published=published, warnings=self.warnings)

    def entity(self, el: Element) -> Record | None:
        eid = (el.get("id") or "").strip()
        if not eid:
            self.warnings.append(f"{self.name}: an entity without an id was skipped")
            return None
        kind = self.text(el, "generalInfo/entityType")
        schema = SCHEMAS.get(kind.lower())
        if schema is None:
            self.warnings.append(f"{self.name}: entity {eid} has unknown type {kind!r}; "
                                 "kept as LegalEntity")
            schema = "LegalEntity"
        record = Record(source=self.source_id, id=eid, schema=schema, name="")
        self.names(record, el)
        if not record.name:
            self.warnings.append(f"{self.name}: entity {eid} has no name; skipped")
            return None
        t = self.t
        record.add("program", *(p.text for p in el.iterfind(t("sanctionsPrograms/sanctionsProgram"))))
        record.add("list", *(p.text for p in el.iterfind(t("sanctionsLists/sanctionsList"))))
        for p in el.iterfind(t("legalAuthorities/legalAuthority")):
            record.add("notes", f"Legal Authority: {(p.text or '').strip()}" if p.text else None)
        for p in el.iterfind(t("sanctionsTypes/sanctionsType")):
            record.add("notes", f"Sanctions Type: {(p.text or '').strip()}" if p.text else None)
        record.add("notes", self.text(el, "generalInfo/remarks") or None)
        for address in el.iterfind(t("addresses/address")):
            self.address(record, address)
        for feature in el.iterfind(t("features/feature")):
            self.feature(record, feature)
        for doc in el.iterfind(t("identityDocuments/identityDocument")):
            self.document(record, doc)
        for rel in el.iterfind(t("relationships/relationship/relatedEntity")):
            record.add("linkedTo", rel.text)
        return record

    # names ---------------------------------------------------------------------------

    def full_name(self, tr: Element) -> str:
        full = self.text(tr, "formattedFullName")
        if full:
            return full
        parts = [p.text or "" for p in tr.iterfind(self.t("nameParts/namePart/value"))]
        return " ".join(p.strip() for p in parts if p.strip())

    def names(self, record: Record, el: Element) -> None:
        fallback = ""
        for name in el.iterfind(self.t("names/name")):
            translations = list(name.iterfind(self.t("translations/translation")))
            if not translations:
                continue
            latin = next((tr for tr in translations if self.text(tr, "script") == "Latin"),
                         None)
            if latin is None:
                latin = next((tr for tr in translations
                              if self.text(tr, "isPrimary") == "true"), translations[0])
            for tr in translations:
                if tr is not latin:
                    record.add("nameOriginal", self.full_name(tr))
            value = self.full_name(latin)
            if not value:
                continue
            alias_type = self.text(name, "aliasType").upper()
            if self.text(name, "isPrimary") == "true" and not record.name:
                record.name = value
            elif alias_type == "F.K.A.":
                record.add("previousName", value)
            elif self.text(name, "isLowQuality") == "true":
                record.add("weakAlias", value)
            else:
                record.add("alias", value)
            fallback = fallback or value
        if not record.name and fallback:
            self.warnings.append(f"{self.name}: entity {record.id} has no primary name; "
                                 f"used {fallback!r}")
            record.name = fallback

    # addresses, features, documents ------------------------------------------------------

    def address(self, record: Record, el: Element) -> None:
        country = self.text(el, "country")
        record.add("country", country or None)
        for tr in el.iterfind(self.t("translations/translation")):
            parts: dict[str, list[str]] = {}
            for part in tr.iterfind(self.t("addressParts/addressPart")):
                value = self.text(part, "value")
                if value:
                    parts.setdefault(self.text(part, "type").upper(), []).append(value)
            if not parts:
                continue
            record.add("city", *parts.get("CITY", []))
            known = [v for key in _ADDRESS_ORDER for v in parts.get(key, [])]
            other = [v for key, vs in parts.items() if key not in _ADDRESS_ORDER for v in vs]
            line = known + other + ([country] if country else [])
            record.add("address", ", ".join(line))

    def feature(self, record: Record, el: Element) -> None:
        kind = self.text(el, "type")
        handler = self._feature_cache.get(kind)
        if handler is None:
            handler = self._feature_cache[kind] = self._handler(kind)
        handler(record, el, kind)

    def _handler(self, kind: str) -> Callable[[Record, Element, str], None]:
        """How a feature type is stored; decided once per type name."""
        key = kind.lower().strip().rstrip(":-").strip()
        label = kind.strip().rstrip(":-").strip()
        prop, is_date = _FEATURES.get(key, ("", False))
        for prefix, date_prop in _DATE_PREFIXES:
            if not prop and key.startswith(prefix):
                prop, is_date = date_prop, True
        if prop and is_date:
            return lambda record, el, _kind: record.add(prop, *self.dates(el))
        if prop:
            return lambda record, el, _kind: record.add(prop, self.text(el, "value") or None)
        if key.startswith(_ID_FEATURES):
            def as_id(record: Record, el: Element, _kind: str) -> None:
                value = self.text(el, "value")
                record.add("idNumber", f"{label}: {value}" if value else None)
            return as_id

        def as_note(record: Record, el: Element, _kind: str) -> None:
            value = self.text(el, "value")
            comment = self.text(el, "comments")
            if value:
                if comment and not comment.startswith("("):
                    comment = f"({comment})"
                record.add("notes", f"{label}: {value} {comment}".strip())
        return as_note

    def dates(self, el: Element) -> list[str]:
        """A date feature's dates: from its text, else from its structured valueDate."""
        found = _iso_date(self.text(el, "value"))
        if found:
            return found
        vd = el.find(self.t("valueDate"))
        if vd is None:
            return []
        begin, end = self.text(vd, "fromDateBegin"), self.text(vd, "toDateEnd")
        if self.text(vd, "isDateRange") == "true":
            return [d for d in (_span_date(begin, self.text(vd, "fromDateEnd")),
                                _span_date(self.text(vd, "toDateBegin"), end)) if d]
        single = _span_date(begin, end)
        return [single] if single else []

    def document(self, record: Record, el: Element) -> None:
        kind = self.text(el, "type")
        number = self.text(el, "documentNumber")
        if not number:
            return
        prop = _DOCUMENTS.get(kind.lower())
        if kind.lower() == "vessel registration identification":
            imo = re.match(r"^IMO\s*(\d{7})$", number, re.IGNORECASE)
            if imo:
                record.add("imoNumber", imo.group(1))
                return
        if prop:
            record.add(prop, number)
        else:
            record.add("idNumber", f"{kind or 'ID'}: {number}")
