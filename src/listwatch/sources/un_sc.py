"""UN Security Council Consolidated List: every individual and entity under UN sanctions
measures (asset freeze, travel ban, arms embargo), across all sanctions committees.

Format (``consolidated.xml``, no namespace)::

    <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
      <INDIVIDUALS><INDIVIDUAL>
        <DATAID>6907993</DATAID><VERSIONNUM>1</VERSIONNUM>
        <FIRST_NAME/><SECOND_NAME/><THIRD_NAME/><FOURTH_NAME/>
        <UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>
        <LISTED_ON>2012-12-31</LISTED_ON><NAME_ORIGINAL_SCRIPT/><GENDER/><COMMENTS1/>
        <TITLE><VALUE/></TITLE><DESIGNATION><VALUE/></DESIGNATION>
        <NATIONALITY><VALUE/></NATIONALITY><LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE>
        <INDIVIDUAL_ALIAS><QUALITY>Good|Low|a.k.a.|f.k.a.</QUALITY><ALIAS_NAME/></...>
        <INDIVIDUAL_ADDRESS><STREET/><CITY/><STATE_PROVINCE/><ZIP_CODE/><COUNTRY/><NOTE/></...>
        <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT|APPROXIMATELY|BETWEEN</TYPE_OF_DATE>
          <DATE/> or <YEAR/> or <FROM_YEAR/><TO_YEAR/>, <NOTE/></...>
        <INDIVIDUAL_PLACE_OF_BIRTH><CITY/><STATE_PROVINCE/><COUNTRY/></...>
        <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT/><TYPE_OF_DOCUMENT2/><NUMBER/>
          <ISSUING_COUNTRY/><DATE_OF_ISSUE/><CITY_OF_ISSUE/><COUNTRY_OF_ISSUE/><NOTE/></...>
      </INDIVIDUAL></INDIVIDUALS>
      <ENTITIES><ENTITY> ... ENTITY_ALIAS, ENTITY_ADDRESS ... </ENTITY></ENTITIES>
    </CONSOLIDATED_LIST>

Record id: ``DATAID``, the UN database's own key for the entry. The reference number
(``QDi.001``) is what people quote, but it encodes the sanctions committee and has been
reassigned when regimes were split or renumbered (1267 into Taliban ``TAi`` and
Al-Qaida ``QDi`` in 2011); it is kept as ``idNumber`` ("UN reference number: QDi.001").
"""

from __future__ import annotations

import re
from typing import ClassVar
from xml.etree.ElementTree import Element

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources._decode import collect
from listwatch.sources.base import SnapshotFiles, Source
from listwatch.sources.xmlsafe import local, parse_xml

#: Alias QUALITY -> property. Empty quality (common for entities) counts as a.k.a.
ALIAS_PROPS = {
    "good": "alias",
    "a.k.a.": "alias",
    "": "alias",
    "low": "weakAlias",
    "f.k.a.": "previousName",
}
PASSPORT_TYPES = re.compile(r"pass(e)?port|pasaporte", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"^\d{4}$")
#: A year range longer than this gives its two ends only, not every year.
MAX_YEAR_SPAN = 10

_FREEZE_TRAVEL = "asset freeze and travel ban"
_ALL_THREE = "asset freeze, travel ban and arms embargo"
PROGRAM_EFFECTS = {
    "Al-Qaida": f"ISIL (Da'esh) and Al-Qaida sanctions (res. 1267/1989/2253): {_ALL_THREE}.",
    "Taliban": f"Taliban sanctions (res. 1988): {_ALL_THREE}.",
    "DPRK": f"DPRK sanctions (res. 1718): {_FREEZE_TRAVEL}.",
    "Iran": "Iran sanctions (res. 1737 and related resolutions): asset freeze, travel ban.",
    "Iraq": "Iraq sanctions (res. 1483/1518): asset freeze and transfer of funds to the "
    "Development Fund for Iraq.",
    "DRC": f"Democratic Republic of the Congo sanctions (res. 1533): {_FREEZE_TRAVEL}.",
    "Libya": "Libya sanctions (res. 1970): asset freeze and/or travel ban.",
    "Somalia": f"Al-Shabaab / Somalia sanctions (res. 751, 2713): {_ALL_THREE}.",
    "CAR": f"Central African Republic sanctions (res. 2127): {_FREEZE_TRAVEL}.",
    "Haiti": f"Haiti sanctions (res. 2653): {_ALL_THREE}.",
    "Yemen": f"Yemen sanctions (res. 2140): {_FREEZE_TRAVEL} (arms embargo for some).",
    "GB": "Guinea-Bissau sanctions (res. 2048): travel ban.",
    "Sudan": f"Sudan sanctions (res. 1591): {_FREEZE_TRAVEL}.",
    "SouthSudan": f"South Sudan sanctions (res. 2206): {_FREEZE_TRAVEL}.",
}


def _text(el: Element | None) -> str:
    if el is None or el.text is None:
        return ""
    return " ".join(el.text.split())


def _child(el: Element, tag: str) -> str:
    return _text(el.find(tag))


def _values(el: Element, tag: str) -> list[str]:
    return [_text(v) for group in el.findall(tag) for v in group.findall("VALUE") if _text(v)]


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


class UnSc(Source):
    id: ClassVar[str] = "un_sc"
    title: ClassVar[str] = "United Nations Security Council Consolidated List"
    publisher: ClassVar[str] = "United Nations Security Council"
    homepage: ClassVar[str] = (
        "https://main.un.org/securitycouncil/en/content/un-sc-consolidated-list"
    )
    legal_effect: ClassVar[str] = (
        "Subject to UN Security Council sanctions under Chapter VII of the UN Charter: all "
        "member states must apply the measures decided for the regime (asset freeze, travel "
        "ban and/or arms embargo); they take effect through national or EU law."
    )
    program_effects: ClassVar[dict[str, str]] = PROGRAM_EFFECTS
    downloads: ClassVar[dict[str, str]] = {
        "consolidated.xml": "https://scsanctions.un.org/resources/xml/en/consolidated.xml",
    }
    files: ClassVar[tuple[str, ...]] = ("consolidated.xml", "un_consolidated.xml")
    required: ClassVar[tuple[str, ...]] = ()
    mirror_names: ClassVar[tuple[str, ...]] = ("un_sc_consolidated", "un_sc", "un")

    def parse(self, files: SnapshotFiles) -> ParseResult:
        name = next((n for n in self.files if n in files), None)
        if name is None:
            raise ParseError(
                "no UN consolidated list file in this snapshot",
                hint="un_sc reads consolidated.xml (or un_consolidated.xml)",
            )
        root = parse_xml(files[name], name)
        if local(root.tag) != "CONSOLIDATED_LIST":
            raise ParseError(
                f"{name}: not the UN Security Council consolidated list: the XML root is "
                f"<{local(root.tag)}>, expected <CONSOLIDATED_LIST>",
                hint="un_sc reads https://scsanctions.un.org/resources/xml/en/consolidated.xml",
            )
        individuals = root.find("INDIVIDUALS")
        entities = root.find("ENTITIES")
        if individuals is None and entities is None:
            raise ParseError(
                f"{name}: <CONSOLIDATED_LIST> has neither INDIVIDUALS nor ENTITIES",
                hint="download consolidated.xml again",
            )
        warnings: list[str] = []
        published = root.get("dateGenerated", "")
        if not _ISO_DAY.match(published):
            if published:
                warnings.append(f"dateGenerated {published!r} is not an ISO date, ignored")
            published = ""
        groups = (
            (individuals, "INDIVIDUAL", "Person"),
            (entities, "ENTITY", "Organization"),
        )
        # (each entry with its tag and its number within its group, as the warnings name it)
        entries = [(tag, schema, n, el) for group, tag, schema in groups if group is not None
                   for n, el in enumerate(group.findall(tag), 1)]
        records = collect(
            entries, lambda _, e: self._record(e[3], e[0], e[1], e[2], warnings), warnings,
            repeated=lambda i, r: f"{entries[i - 1][0]} #{entries[i - 1][2]}: DATAID {r.id} "
                                  "repeats, skipped",
            empty=f"{name}: the list holds no entries",
            damaged=f"{name}: {{skipped}} of {{total}} entries have no DATAID or no name; the "
                    "file is damaged or its format changed",
            hint="download consolidated.xml again")
        return ParseResult(records=records, published=published[:10] or None, warnings=warnings)

    def _record(
        self, el: Element, tag: str, schema: str, n: int, warnings: list[str]
    ) -> Record | None:
        dataid = _child(el, "DATAID")
        ref = _child(el, "REFERENCE_NUMBER")
        name = " ".join(
            _child(el, t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
        ).strip()
        name = " ".join(name.split())
        where = f"{tag} #{n}" + (f" ({ref})" if ref else "")
        if not dataid or not name:
            warnings.append(f"{where}: no DATAID or no name, skipped")
            return None
        record = Record(self.id, dataid, schema, name)
        record.add("list", "UN Security Council Consolidated List")
        record.add("authority", self.publisher)
        record.add("program", _child(el, "UN_LIST_TYPE"))
        if ref:
            record.add("idNumber", f"UN reference number: {ref}")
        listed = _child(el, "LISTED_ON")
        if _ISO_DAY.match(listed):
            record.add("listingDate", listed[:10])
        elif listed:
            warnings.append(f"{where}: LISTED_ON {listed!r} is not a date, kept in notes")
            record.add("notes", f"Listed on: {listed}")
        record.add("nameOriginal", _child(el, "NAME_ORIGINAL_SCRIPT"))
        record.add("gender", _child(el, "GENDER").lower())
        record.add("notes", _child(el, "COMMENTS1"))
        record.add("title", *_values(el, "TITLE"), *_values(el, "DESIGNATION"))
        record.add("nationality", *_values(el, "NATIONALITY"))
        for alias in el.findall(f"{tag}_ALIAS"):
            alias_name = _child(alias, "ALIAS_NAME")
            if not alias_name:
                continue
            quality = _child(alias, "QUALITY").lower()
            record.add(ALIAS_PROPS.get(quality, "alias"), alias_name)
        for address in el.findall(f"{tag}_ADDRESS"):
            self._address(record, address)
        for dob in el.findall("INDIVIDUAL_DATE_OF_BIRTH"):
            self._birth_date(record, dob, where, warnings)
        for pob in el.findall("INDIVIDUAL_PLACE_OF_BIRTH"):
            place = _join(*(_child(pob, t) for t in ("STREET", "CITY", "STATE_PROVINCE")))
            record.add("birthPlace", _join(place, _child(pob, "COUNTRY")))
            if _child(pob, "NOTE"):
                record.add("notes", f"Place of birth: {_child(pob, 'NOTE')}")
        for doc in el.findall("INDIVIDUAL_DOCUMENT"):
            self._document(record, doc)
        return record

    @staticmethod
    def _address(record: Record, el: Element) -> None:
        street, city = _child(el, "STREET"), _child(el, "CITY")
        state, zip_code, country = (
            _child(el, t) for t in ("STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
        )
        line = _join(street, city, state, zip_code)
        note = _child(el, "NOTE")
        if line:
            record.add("address", _join(line, country))
        elif note and not country:
            record.add("address", note)
        record.add("city", city)
        record.add("country", country)

    @staticmethod
    def _birth_date(record: Record, el: Element, where: str, warnings: list[str]) -> None:
        kind = _child(el, "TYPE_OF_DATE").upper()
        note = _child(el, "NOTE")
        exact, year = _child(el, "DATE"), _child(el, "YEAR")
        low, high = _child(el, "FROM_YEAR"), _child(el, "TO_YEAR")
        described = ""
        if exact:
            if _ISO_DAY.match(exact):
                record.add("birthDate", exact[:10])
            else:
                warnings.append(f"{where}: date of birth {exact!r} not understood, in notes")
                described = exact
        elif year:
            if _YEAR.match(year):
                record.add("birthDate", year)
            else:
                described = year
        elif low or high:
            if _YEAR.match(low) and _YEAR.match(high) and low <= high:
                a, b = int(low), int(high)
                years = range(a, b + 1) if b - a <= MAX_YEAR_SPAN else (a, b)
                record.add("birthDate", *(str(y) for y in years))
                described = f"between {low} and {high}"
            else:
                warnings.append(f"{where}: birth year range {low!r}-{high!r} not understood")
                described = f"between {low} and {high}"
        if kind == "APPROXIMATELY" and (exact or year):
            described = f"approximately {exact or year}"
        text = " ".join(p for p in (described, f"({note})" if note else "") if p)
        if text:
            record.add("notes", f"Date of birth: {text}")

    @staticmethod
    def _document(record: Record, el: Element) -> None:
        kind = _child(el, "TYPE_OF_DOCUMENT")
        kind2 = _child(el, "TYPE_OF_DOCUMENT2")
        number = _child(el, "NUMBER")
        label = (kind2 or kind or "Document").rstrip(" :")
        details = [
            _child(el, "ISSUING_COUNTRY") or _child(el, "COUNTRY_OF_ISSUE"),
            _child(el, "CITY_OF_ISSUE"),
            f"issued {_child(el, 'DATE_OF_ISSUE')}" if _child(el, "DATE_OF_ISSUE") else "",
            _child(el, "NOTE"),
        ]
        extra = "; ".join(d for d in details if d)
        if number:
            if PASSPORT_TYPES.search(kind) or PASSPORT_TYPES.search(kind2):
                record.add("passportNumber", number)
            else:
                record.add("idNumber", f"{label}: {number}")
        if extra:
            record.add("notes", f"{label}{' ' + number if number else ''}: {extra}")
