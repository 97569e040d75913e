"""The UK Sanctions List (FCDO), XML format.

Published by the Foreign, Commonwealth & Development Office at
https://www.gov.uk/government/publications/the-uk-sanctions-list (XML, CSV, ODS, HTML;
the XML is ``https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml``). Shape::

    <Designations>
      <DateGenerated>02/09/2026</DateGenerated>
      <Designation>
        <LastUpdated>..</LastUpdated><DateDesignated>29/06/2012</DateDesignated>
        <UniqueID>AFG0001</UniqueID><OFSIGroupID>12703</OFSIGroupID>
        <UNReferenceNumber>TAe.010</UNReferenceNumber>
        <Names><Name><Name1>..</Name1>..<Name6>..</Name6><NameType>Primary Name</NameType>
          <AliasStrength>..</AliasStrength></Name></Names>
        <NonLatinNames><NonLatinName><NameNonLatinScript>..</NameNonLatinScript>
          <NonLatinScriptLanguage>Russian</NonLatinScriptLanguage></NonLatinName></NonLatinNames>
        <Titles><Title>..</Title></Titles>
        <RegimeName>The Russia (Sanctions) (EU Exit) Regulations 2019</RegimeName>
        <IndividualEntityShip>Individual|Entity|Ship</IndividualEntityShip>
        <DesignationSource>UK|UN</DesignationSource>
        <SanctionsImposed>Asset freeze|Travel Ban|..</SanctionsImposed>
        <OtherInformation>..</OtherInformation><UKStatementofReasons>..</UKStatementofReasons>
        <Addresses><Address><AddressLine1>..</AddressLine1>..<AddressLine6>..</AddressLine6>
          <AddressPostalCode>..</AddressPostalCode><AddressCountry>..</AddressCountry>
        </Address></Addresses>
        <PhoneNumbers/><EmailAddresses/><Websites/>
        <IndividualDetails><Individual><DOBs><DOB>dd/mm/1945</DOB></DOBs>
          <Nationalities/><PassportDetails><Passport><PassportNumber/>..</Passport>
          </PassportDetails><NationalIdentifierDetails/><Positions/><BirthDetails/><Genders/>
        </Individual></IndividualDetails>
        <EntityDetails><Entity><TypeOfEntities/><BusinessRegistrationNumbers/>
          <ParentCompanies/><Subsidiaries/></Entity></EntityDetails>
        <ShipDetails><Ship><IMONumbers/><CurrentBelievedFlagOfShips/>..</Ship></ShipDetails>
      </Designation>
    </Designations>

Dates are ``dd/mm/yyyy`` with ``dd``/``mm`` standing for an unknown day or month. Detail
elements are found by name anywhere under a ``Designation``, so a new wrapper level does
not break the parser. OFSI's older Consolidated List (``ConList.xml``) is a different
format and is refused with a message saying so. The CSV and ODS editions are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar
from xml.etree.ElementTree import Element

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources._decode import collect
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.sources.xmlsafe import local, parse_xml

SCHEMA_BY_TYPE = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
AUTHORITY_BY_SOURCE = {
    "UK": "Foreign, Commonwealth & Development Office",
    "UN": "United Nations Security Council (implemented by the UK)",
}
LIST_NAME = "UK Sanctions List"
DATE_RE = re.compile(r"^(\d{2}|dd)/(\d{2}|mm)/(\d{4})$", re.IGNORECASE)

#: What each sanction measure named in SanctionsImposed means.
MEASURES = {
    "asset freeze": (
        "Asset freeze: funds and economic resources owned, held or controlled by the "
        "designated person must be frozen; none may be made available to them or for "
        "their benefit."
    ),
    "travel ban": "Travel ban: the person is excluded from the UK.",
    "trust services sanctions": (
        "Trust services sanctions: UK persons may not provide trust services to or for "
        "the benefit of the designated person."
    ),
    "director disqualification sanction": (
        "Director disqualification: the person may not act as a director of a UK company "
        "or take part in its promotion, formation or management."
    ),
    "arms embargo": "Arms embargo: military goods and technology may not be supplied.",
    "ship specification": (
        "Ship specification: the ship may be denied entry to UK ports, detained, or "
        "removed from the UK ship register."
    ),
}


def uk_date(value: str | None) -> str | None:
    """``25/01/2001`` -> ``2001-01-25``; ``dd/03/1958`` -> ``1958-03``; ``dd/mm/1945`` -> ``1945``."""
    if not value:
        return None
    m = DATE_RE.match(value.strip())
    if not m:
        return None
    day, month, year = m.groups()
    if not month.isdigit():
        return year
    if not day.isdigit():
        return f"{year}-{month}"
    return f"{year}-{month}-{day}"


def _text(el: Element | None) -> str:
    if el is None or el.text is None:
        return ""
    return " ".join(el.text.split())


def _find_all(el: Element, name: str) -> Iterator[Element]:
    for child in el.iter():
        if local(child.tag) == name:
            yield child


def _texts(el: Element, name: str) -> list[str]:
    return [t for t in (_text(c) for c in _find_all(el, name)) if t]


def _first(el: Element, name: str) -> str:
    values = _texts(el, name)
    return values[0] if values else ""


class GbFcdo(Source):
    """UK Sanctions List (FCDO), XML edition.

    One record per ``Designation``; the id is the UK Sanctions List reference
    (``UniqueID``, e.g. ``RUS0001``). The first "Primary name" (Name1..Name6 joined) is the
    name; other primary names and "Primary name variation" go to ``alias``, "Alias" to
    ``alias`` (or ``weakAlias`` when its AliasStrength says low quality), non-Latin-script
    names to ``nameOriginal``. ``RegimeName`` -> ``program``; ``DateDesignated`` ->
    ``listingDate``; ``DesignationSource`` -> ``authority``; ``SanctionsImposed`` ->
    ``action`` (one value per measure); ``OtherInformation`` -> ``notes``;
    ``UKStatementofReasons`` -> ``reason``. OFSI group id and UN reference go to
    ``idNumber``.
    """

    id: ClassVar[str] = "gb_fcdo"
    title: ClassVar[str] = "UK Sanctions List"
    publisher: ClassVar[str] = "UK Foreign, Commonwealth & Development Office (FCDO)"
    homepage: ClassVar[str] = "https://www.gov.uk/government/publications/the-uk-sanctions-list"
    legal_effect: ClassVar[str] = (
        "Designated under regulations made under the Sanctions and Anti-Money Laundering "
        "Act 2018; the measures imposed on each designation are listed with it (most "
        "often an asset freeze, for persons also a travel ban). " + MEASURES["asset freeze"]
    )
    #: Keyed by measure (``SanctionsImposed`` value, lower case), since the measures, not
    #: the regime, say what a designation forbids: ``effect_of(record.get("action"))``.
    program_effects: ClassVar[dict[str, str]] = dict(MEASURES)
    downloads: ClassVar[dict[str, str]] = {
        "uk-sanctions-list.xml": "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml",
    }
    files: ClassVar[tuple[str, ...]] = (
        "uk-sanctions-list.xml",
        "uk_sanctions_list.xml",
        "gb_fcdo.xml",
    )
    #: Any one of ``files`` makes a snapshot.
    required: ClassVar[tuple[str, ...]] = ()
    mirror_names: ClassVar[tuple[str, ...]] = ("gb_fcdo", "uk_sanctions_list", "gb_fcdo_sanctions")

    def effect_of(self, programs: list[str]) -> str:
        """The effect of the given measures (any case); the general effect otherwise."""
        return super().effect_of([p.strip().lower() for p in programs])

    def parse(self, files: SnapshotFiles) -> ParseResult:
        name = self.first_file(files, "name the UK Sanctions List XML file UK-Sanctions-List.xml")
        root = parse_xml(files[name], name)
        root_name = local(root.tag)
        if root_name == "ArrayOfFinancialSanctionsTarget":
            raise ParseError(
                f"{name}: this is OFSI's Consolidated List (ConList.xml), not the FCDO's UK "
                "Sanctions List",
                hint="download https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml",
            )
        if root_name != "Designations":
            raise ParseError(
                f"{name}: not the UK Sanctions List XML (root element is <{root_name}>, "
                "expected <Designations>)",
                hint="download https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml",
            )
        generated = next((c for c in root if local(c.tag) == "DateGenerated"), None)
        result = ParseResult(records=[], published=uk_date(_text(generated)))
        result.records = collect(
            (c for c in root if local(c.tag) == "Designation"),
            lambda index, des: self._designation(des, index, result.warnings), result.warnings,
            repeated=lambda _, r: f"{name}: UniqueID {r.id} repeated; kept the first",
            empty=f"{name}: no <Designation> with a UniqueID in the file; it is empty or not "
                  "the UK Sanctions List format",
            damaged=f"{name}: {{skipped}} of {{total}} designations were skipped (no id, name "
                    "or type); the file is damaged or its format changed")
        return result

    def _designation(self, des: Element, index: int, warnings: list[str]) -> Record | None:
        unique_id = _first(des, "UniqueID")
        if not unique_id:
            warnings.append(f"Designation #{index}: no UniqueID; skipped")
            return None
        kind = _first(des, "IndividualEntityShip").lower()
        schema = SCHEMA_BY_TYPE.get(kind)
        if schema is None:
            warnings.append(
                f"{unique_id}: unknown IndividualEntityShip {kind!r}; kept as LegalEntity"
            )
            schema = "LegalEntity"
        record = Record(source=self.id, id=unique_id, schema=schema, name="")
        self._names(record, des)
        if not record.name:
            warnings.append(f"{unique_id}: no name; skipped")
            return None
        record.add("list", LIST_NAME)
        record.add("program", *_texts(des, "RegimeName"))
        record.add("listingDate", *[uk_date(v) for v in _texts(des, "DateDesignated")])
        for source in _texts(des, "DesignationSource"):
            record.add("authority", AUTHORITY_BY_SOURCE.get(source.upper(), source))
        for imposed in _texts(des, "SanctionsImposed"):
            record.add("action", *[m.strip() for m in imposed.split("|")])
        record.add("notes", *_texts(des, "OtherInformation"))
        record.add("reason", *_texts(des, "UKStatementofReasons"))
        record.add("title", *_texts(des, "Title"), *_texts(des, "Position"))
        for group in _texts(des, "OFSIGroupID"):
            record.add("idNumber", f"OFSI group ID: {group}")
        for un_ref in _texts(des, "UNReferenceNumber"):
            record.add("idNumber", f"UN reference number: {un_ref}")
        for address in _find_all(des, "Address"):
            self._address(record, address)
        record.add("phone", *_texts(des, "PhoneNumber"))
        for emails in _texts(des, "EmailAddress"):
            record.add("email", *re.split(r"[;,\s]+", emails))
        record.add("website", *_texts(des, "Website"))
        self._individual(record, des, warnings)
        self._entity(record, des)
        self._ship(record, des)
        return record

    def _names(self, record: Record, des: Element) -> None:
        for name_el in _find_all(des, "Name"):
            parts = [_first(name_el, f"Name{i}") for i in range(1, 7)]
            full = " ".join(p for p in parts if p)
            if not full:
                continue
            name_type = _first(name_el, "NameType").lower()
            strength = _first(name_el, "AliasStrength").lower()
            if name_type == "primary name" and not record.name:
                record.name = full
            elif name_type.startswith("primary name") or name_type == "":
                record.add("alias", full)
            elif "low" in strength:
                record.add("weakAlias", full)
            elif "previous" in name_type or "former" in name_type:
                record.add("previousName", full)
            else:
                record.add("alias", full)
        record.add("nameOriginal", *_texts(des, "NameNonLatinScript"))
        if not record.name:
            # No "Primary Name": promote the first alias rather than lose the entry.
            aliases = record.get("alias")
            if aliases:
                record.name = aliases[0]
                record.properties["alias"] = aliases[1:]
        if record.name in record.get("alias"):
            record.properties["alias"] = [a for a in record.get("alias") if a != record.name]

    def _address(self, record: Record, address: Element) -> None:
        lines = [_first(address, f"AddressLine{i}") for i in range(1, 7)]
        postcode = _first(address, "AddressPostalCode")
        country = _first(address, "AddressCountry")
        line = ", ".join(p for p in [*lines, postcode, country] if p)
        record.add("address", line or None)
        record.add("country", country or None)

    def _individual(self, record: Record, des: Element, warnings: list[str]) -> None:
        for dob in _texts(des, "DOB"):
            iso = uk_date(dob)
            if iso:
                record.add("birthDate", iso)
            else:
                warnings.append(f"{record.id}: unreadable DOB {dob!r}; kept in notes")
                record.add("notes", f"DOB: {dob}")
        record.add("nationality", *_texts(des, "Nationality"))
        record.add("gender", *[g.lower() for g in _texts(des, "Gender")])
        for passport in _find_all(des, "Passport"):
            record.add("passportNumber", _first(passport, "PassportNumber") or None)
        for national in _find_all(des, "NationalIdentifier"):
            number = _first(national, "NationalIdentifierNumber")
            if number:
                record.add("idNumber", f"National identifier: {number}")
        for location in _find_all(des, "Location"):
            place = [_first(location, "TownOfBirth"), _first(location, "CountryOfBirth")]
            record.add("birthPlace", ", ".join(p for p in place if p) or None)

    def _entity(self, record: Record, des: Element) -> None:
        record.add("registrationNumber", *_texts(des, "BusinessRegistrationNumber"))
        record.add("linkedTo", *_texts(des, "ParentCompany"))
        for kind in _texts(des, "TypeOfEntity"):
            record.add("notes", f"Type of entity: {kind}")
        for subsidiary in _texts(des, "Subsidiary"):
            record.add("notes", f"Subsidiary: {subsidiary}")

    def _ship(self, record: Record, des: Element) -> None:
        record.add("imoNumber", *_texts(des, "IMONumber"))
        record.add("flag", *_texts(des, "CurrentBelievedFlagOfShip"))
        record.add("vesselType", *_texts(des, "TypeOfShip"))
        record.add("owner", *_texts(des, "CurrentOwnerOperator"))
        record.add("tonnage", *_texts(des, "Tonnage"))
        record.add("callSign", *_texts(des, "CallSign"))
