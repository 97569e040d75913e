"""EU Financial Sanctions Files (FSF): the consolidated list of persons, groups and entities
subject to EU financial sanctions, XML format 1.1.

Format (one ``export`` root in the namespace ``http://eu.europa.ec/fpi/fsd/export``; we
match tags by local name, so the namespace may change)::

    <export generationDate="2026-08-05T16:47:04.449+02:00" globalFileId="...">
      <sanctionEntity logicalId="13" euReferenceNumber="EU.27.28" unitedNationId=""
                      designationDate="2003-07-08" designationDetails="">
        <remark>...</remark>
        <regulation programme="IRQ" publicationDate="..." entryIntoForceDate="..."
                    numberTitle="1210/2003 (OJ L169)" regulationType="regulation">
          <publicationUrl>https://eur-lex.europa.eu/...</publicationUrl>
        </regulation>
        <subjectType code="person|enterprise" classificationCode="P|E"/>
        <nameAlias wholeName="..." firstName="..." lastName="..." nameLanguage="RU"
                   strong="true|false" function="..." title="..." gender="M|F"/>
        <citizenship countryDescription="IRAQ" countryIso2Code="IQ"/>
        <birthdate birthdate="1937-04-28" year="1937" city="..." countryDescription="..."/>
        <identification identificationTypeCode="passport|id|regnumber|..." number="..."
                        identificationTypeDescription="..." countryDescription="..."/>
        <address street="..." city="..." zipCode="..." countryDescription="...">
          <contactInfo key="EMAIL|PHONE|FAX|WEB" value="..."/>
        </address>
      </sanctionEntity>
    </export>

Documented by the European Commission (DG FISMA) on the FSF site; the download needs a
token in the URL (``?token=...``), which the Commission hands out with an FSF account.
Tested on a hand-written fixture in this format, not on a full real file.
"""

from __future__ import annotations

import re
from typing import ClassVar
from xml.etree.ElementTree import Element

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources._dates import iso_prefix
from listwatch.sources._decode import collect
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.sources.xmlsafe import local, parse_xml

#: identificationTypeCode -> our property (others go to idNumber as "Type: VALUE").
ID_PROPS = {
    "passport": "passportNumber",
    "regnumber": "registrationNumber",
    "fiscalcode": "taxNumber",
    "swiftbic": "swiftBic",
    "imo": "imoNumber",
}
#: identification flags (attribute -> words) kept with the document in notes.
ID_FLAGS = {
    "diplomatic": "diplomatic",
    "knownExpired": "known expired",
    "knownFalse": "known false",
    "reportedLost": "reported lost",
    "revokedByIssuer": "revoked by issuer",
}
#: contactInfo key -> property.
CONTACT_PROPS = {"EMAIL": "email", "PHONE": "phone", "FAX": "phone", "WEB": "website"}
SCHEMA_BY_SUBJECT = {"person": "Person", "enterprise": "Organization"}
GENDERS = {"M": "male", "F": "female"}
UNKNOWN = {"", "UNKNOWN", "00"}

#: A UN reference number quoted in a remark ("UN ID: QDi.229", "UN Ref QDe.004").
UN_REF_RE = re.compile(r"\bUN\s*(?:ID|Ref(?:erence)?(?:\s*(?:No\.?|Number))?)\s*[:.]?\s*"
                       r"([A-Z]{2,3}[a-z]?\.\d{2,4})\b")
AUTHORITY = "Council of the European Union"
LIST_NAME = "EU Consolidated Financial Sanctions List"


def _children(el: Element, name: str) -> list[Element]:
    return [c for c in el if local(c.tag) == name]


def _attr(el: Element, name: str) -> str:
    return " ".join((el.get(name) or "").split())


def _country(el: Element) -> str | None:
    desc = _attr(el, "countryDescription")
    if desc.upper() not in UNKNOWN:
        return desc
    code = _attr(el, "countryIso2Code")
    return code if code.upper() not in UNKNOWN else None


def _citation(reg: Element) -> str | None:
    """``Regulation 2019/555 (OJ L97) of 2019-04-08`` (the act's type, number, date)."""
    number = _attr(reg, "numberTitle")
    if not number:
        return None
    kind = _attr(reg, "regulationType") or "act"
    published = iso_prefix(reg.get("publicationDate"))
    return f"{kind[:1].upper()}{kind[1:]} {number}" + (f" of {published}" if published else "")


def _placeholder(value: str) -> bool:
    return value.strip(" -.?").upper() in ("", "UNKNOWN", "NA", "N/A")


def _truthy(value: str) -> bool:
    return value.strip().lower() in ("true", "1", "yes")


class EuFsf(Source):
    """EU consolidated financial sanctions list (FSF XML 1.1).

    One record per ``sanctionEntity``; the id is its ``logicalId`` (stable across files).
    Names: the first strong ``nameAlias`` without a language (else the first strong one)
    is the name; other strong aliases (in any language or script) go to ``alias``, weak
    ones (``strong="false"`` or a "low quality" remark) to ``weakAlias``. ``programme`` ->
    ``program``; ``designationDate`` (else the earliest regulation publication date) ->
    ``listingDate``; regulation URLs -> ``sourceUrl``; the EU and UN reference numbers ->
    ``idNumber`` ("EU reference number: EU.27.28"). ``published`` is ``generationDate``.
    """

    id: ClassVar[str] = "eu_fsf"
    title: ClassVar[str] = "EU Consolidated Financial Sanctions List (FSF)"
    publisher: ClassVar[str] = (
        "European Commission (DG FISMA), for the Council of the European Union"
    )
    homepage: ClassVar[str] = (
        "https://data.europa.eu/data/datasets/"
        "consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions"
    )
    legal_effect: ClassVar[str] = (
        "Asset freeze: all funds and economic resources belonging to, owned, held or "
        "controlled by the listed party in the EU must be frozen, and no funds or economic "
        "resources may be made available to it, directly or indirectly. Under many regimes "
        "listed persons are also banned from entering or transiting EU territory."
    )
    program_effects: ClassVar[dict[str, str]] = {
        "TERR": (
            "Asset freeze and prohibition on making funds available "
            "(Council Regulation (EC) No 2580/2001, terrorist list)."
        ),
        "TAQA": (
            "Asset freeze and prohibition on making funds available; travel ban for persons "
            "(ISIL (Da'esh) and Al-Qaida regime, Regulation (EU) 2016/1686 and 881/2002)."
        ),
        "RUS": (
            "Asset freeze and prohibition on making funds available; travel ban for persons "
            "(Regulation (EU) No 269/2014, Ukraine territorial integrity)."
        ),
    }
    #: The real URL needs ``?token=<token>``; the token below is the one the Commission's
    #: public download links have carried since 2017 and may be changed by the Commission.
    downloads: ClassVar[dict[str, str]] = {
        "eu_fsf.xml": (
            "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/"
            "content?token=dG9rZW4tMjAxNw"
        ),
    }
    files: ClassVar[tuple[str, ...]] = (
        "eu_fsf.xml",
        "xmlfullsanctionslist_1_1.xml",
        "xmlfullsanctionslist.xml",
        "export.xml",
    )
    #: Any one of ``files`` makes a snapshot.
    required: ClassVar[tuple[str, ...]] = ()
    mirror_names: ClassVar[tuple[str, ...]] = ("eu_fsf", "eu_fsf_xml", "eu_consolidated")

    def parse(self, files: SnapshotFiles) -> ParseResult:
        name = self.first_file(files, "name the EU FSF XML file eu_fsf.xml")
        root = parse_xml(files[name], name)
        if local(root.tag) != "export":
            raise ParseError(
                f"{name}: not an EU FSF XML export (root element is <{local(root.tag)}>, "
                "expected <export>)",
                hint="download xmlFullSanctionsList_1_1 from the FSF site",
            )
        result = ParseResult(records=[], published=iso_prefix(root.get("generationDate")))
        result.records = collect(
            _children(root, "sanctionEntity"),
            lambda index, entry: self._entry(entry, index, result.warnings), result.warnings,
            repeated=lambda _, r: f"{name}: logicalId {r.id} repeated; kept the first",
            empty=f"{name}: no <sanctionEntity> with a logicalId in the file; it is empty or "
                  "not the FSF format",
            damaged=f"{name}: {{skipped}} of {{total}} entries were skipped (no id, name or "
                    "type); the file is damaged or its format changed")
        return result

    def _entry(self, entry: Element, index: int, warnings: list[str]) -> Record | None:
        logical_id = _attr(entry, "logicalId")
        if not logical_id:
            warnings.append(f"sanctionEntity #{index}: no logicalId; skipped")
            return None
        schema = "LegalEntity"
        for subject in _children(entry, "subjectType"):
            schema = SCHEMA_BY_SUBJECT.get(_attr(subject, "code").lower(), schema)
        record = Record(source=self.id, id=logical_id, schema=schema, name="")
        self._names(record, entry)
        if not record.name:
            warnings.append(f"sanctionEntity {logical_id}: no name; skipped")
            return None
        record.add("authority", AUTHORITY)
        record.add("list", LIST_NAME)
        eu_ref = _attr(entry, "euReferenceNumber")
        if eu_ref:
            record.add("idNumber", f"EU reference number: {eu_ref}")
        un_ref = _attr(entry, "unitedNationId")
        if un_ref:
            record.add("idNumber", f"UN reference number: {un_ref}")
        for remark in _children(entry, "remark"):
            for ref in UN_REF_RE.findall(remark.text or ""):
                record.add("idNumber", f"UN reference number: {ref}")
        record.add("reason", _attr(entry, "designationDetails") or None)
        self._regulations(record, entry)
        for remark in _children(entry, "remark"):
            record.add("notes", remark.text)
        for child in entry:
            if local(child.tag) in ("citizenship", "birthdate", "identification", "address",
                                    "subjectType", "regulation"):
                for remark in _children(child, "remark"):
                    record.add("notes", remark.text)
        for citizenship in _children(entry, "citizenship"):
            record.add("citizenship", _country(citizenship))
        for birth in _children(entry, "birthdate"):
            self._birth(record, birth)
        for ident in _children(entry, "identification"):
            self._identification(record, ident)
        for address in _children(entry, "address"):
            self._address(record, address)
        return record

    def _names(self, record: Record, entry: Element) -> None:
        strong: list[tuple[str, str, int]] = []
        weak: list[str] = []
        for alias in _children(entry, "nameAlias"):
            whole = _attr(alias, "wholeName") or " ".join(
                p for p in (_attr(alias, k) for k in ("firstName", "middleName", "lastName")) if p
            )
            remarks = " ".join(r.text or "" for r in _children(alias, "remark")).lower()
            is_weak = not _truthy(_attr(alias, "strong") or "true") or "low quality" in remarks
            if whole:
                if is_weak:
                    weak.append(whole)
                else:
                    # The EU fills first/last name, gender and function on the principal
                    # name(s), rarely on translations and a.k.a.s: rank by that.
                    rank = (2 * bool(_attr(alias, "firstName") or _attr(alias, "lastName"))
                            + bool(_attr(alias, "gender")))
                    strong.append((whole, _attr(alias, "nameLanguage"), rank))
            for remark in alias.iter():
                if local(remark.tag) == "remark":
                    record.add("notes", remark.text)
            titles = [_attr(alias, "title")]
            if record.schema == "Person":
                titles.append(_attr(alias, "function"))
                record.add("gender", GENDERS.get(_attr(alias, "gender").upper()))
            else:
                record.add("notes", _attr(alias, "function").strip(" ,;") or None)
            record.add("title", *[t.strip(" ,;") for t in titles if t.strip(" ,;")])
        plain = [(n, rank) for n, lang, rank in strong if lang.upper() in ("", "EN")]
        best = max((rank for _, rank in plain), default=-1)
        main = next((n for n, rank in plain if rank == best), None)
        if main is None and strong:
            main = strong[0][0]
        if main is None and weak:
            main = weak.pop(0)
        record.name = main or ""
        record.add("alias", *[n for n, _, _ in strong if n != main])
        record.add("weakAlias", *[n for n in weak if n != main])

    def _regulations(self, record: Record, entry: Element) -> None:
        dates: list[str] = []
        for reg in _children(entry, "regulation"):
            record.add("program", _attr(reg, "programme") or None)
            for url in _children(reg, "publicationUrl"):
                record.add("sourceUrl", url.text)
            record.add("sourceUrl", _attr(reg, "publicationUrl") or None)
            record.add("regulation", _citation(reg))
            published = iso_prefix(reg.get("publicationDate"))
            if published:
                dates.append(published)
            in_force = iso_prefix(reg.get("entryIntoForceDate"))
            if in_force:
                record.add("effectiveDate", in_force)
        # The acts behind each name, birth date, address...: every act that touched the
        # entry (its regulation is only the latest).
        for summary in entry.iter():
            if local(summary.tag) == "regulationSummary":
                record.add("regulation", _citation(summary))
                published = iso_prefix(summary.get("publicationDate"))
                if published:
                    dates.append(published)
        designated = iso_prefix(entry.get("designationDate"))
        # Without a designation date, the earliest act that names the entry: listed on or
        # before that date.
        record.add("listingDate", designated or (min(dates) if dates else None))

    def _birth(self, record: Record, birth: Element) -> None:
        full = iso_prefix(birth.get("birthdate"))
        if full:
            record.add("birthDate", full)
        else:
            year = _attr(birth, "year")
            month = _attr(birth, "monthOfYear")
            day = _attr(birth, "dayOfMonth")
            if year.isdigit() and len(year) == 4:
                parts = [year]
                if month.isdigit():
                    parts.append(f"{int(month):02d}")
                    if day.isdigit():
                        parts.append(f"{int(day):02d}")
                record.add("birthDate", "-".join(parts))
        place = [_attr(birth, k) for k in ("place", "city", "zipCode", "region")]
        country = _country(birth)
        line = ", ".join(p for p in [*place, country or ""] if p and not _placeholder(p))
        record.add("birthPlace", line or None)

    def _identification(self, record: Record, ident: Element) -> None:
        numbers = [n for n in (_attr(ident, "number"), _attr(ident, "latinNumber")) if n]
        if not numbers:
            return
        code = _attr(ident, "identificationTypeCode").lower()
        label = _attr(ident, "identificationTypeDescription") or code or "Identification"
        prop = ID_PROPS.get(code)
        for number in numbers:
            if prop:
                record.add(prop, number)
            else:
                record.add("idNumber", f"{label}: {number}")
        # What the list says about the document: who issued it, where, its state.
        details = [label, " / ".join(dict.fromkeys(numbers))]
        country = _country(ident)
        issued_by = _attr(ident, "issuedBy")
        if issued_by:
            details.append(f"issued by {issued_by}")
        if country:
            details.append(country)
        for key, words in ID_FLAGS.items():
            if _truthy(_attr(ident, key)):
                details.append(words)
        on_document = _attr(ident, "nameOnDocument")
        if on_document:
            details.append(f"name on document: {on_document}")
        for key in ("issueDate", "validFrom", "validTo", "expiryDate"):
            value = _attr(ident, key)
            if value:
                details.append(f"{key}: {value}")
        record.add("notes", "Identification: " + ", ".join(details))

    def _address(self, record: Record, address: Element) -> None:
        country = _country(address)
        parts = [
            _attr(address, k) for k in ("street", "poBox", "zipCode", "city", "place", "region")
        ]
        line = ", ".join(p for p in [*parts, country or ""] if p and not _placeholder(p))
        record.add("address", line or None)
        record.add("city", _attr(address, "city") or None)
        record.add("country", country)
        for contact in _children(address, "contactInfo"):
            prop = CONTACT_PROPS.get(_attr(contact, "key").upper())
            value = _attr(contact, "value")
            if prop and value:
                record.add(prop, *[v.strip() for v in value.replace(";", ",").split(",")])
