"""OFAC SLS ENHANCED_XML parser, on the real CONS_ENHANCED.ZIP of 2025-01-14.

Expected values were read from the XML itself (CONS_ENHANCED.XML, dataAsOf 2025-01-10).
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest

from listwatch.errors import InputTooLarge, ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources.ofac_enhanced import parse_enhanced

ZIP_NAME = "CONS_ENHANCED.ZIP"


@pytest.fixture(scope="module")
def zip_bytes(shared_data: Path) -> bytes:
    return (shared_data / "ofac_consolidated" / "2025-01-14" / ZIP_NAME).read_bytes()


@pytest.fixture(scope="module")
def xml_bytes(zip_bytes: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as zf:
        return zf.read("CONS_ENHANCED.XML")


@pytest.fixture(scope="module")
def result(zip_bytes: bytes) -> ParseResult:
    return parse_enhanced(zip_bytes, ZIP_NAME, "us_ofac_cons")


@pytest.fixture(scope="module")
def by_id(result: ParseResult) -> dict[str, Record]:
    return {r.id: r for r in result.records}


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


# the real file -------------------------------------------------------------------------


def test_counts_and_publication_date(result: ParseResult) -> None:
    assert len(result.records) == 443
    assert result.published == "2025-01-10"
    assert result.warnings == []
    assert len({r.id for r in result.records}) == 443
    assert all(r.source == "us_ofac_cons" for r in result.records)
    schemas = {r.schema for r in result.records}
    assert schemas == {"Organization", "Person"}
    assert sum(r.schema == "Person" for r in result.records) == 80


def test_zip_and_xml_give_the_same_records(result: ParseResult, xml_bytes: bytes) -> None:
    from_xml = parse_enhanced(xml_bytes, "CONS_ENHANCED.XML", "us_ofac_cons")
    assert [r.canonical_json() for r in from_xml.records] == [
        r.canonical_json() for r in result.records
    ]
    assert from_xml.published == result.published


def test_huawei_cmic(by_id: dict[str, Record]) -> None:
    huawei = by_id["30947"]  # the same number as ent_num in cons_prim.csv
    assert huawei.key == "us_ofac_cons:30947"
    assert huawei.schema == "Organization"
    assert huawei.name == "HUAWEI TECHNOLOGIES CO., LTD."
    assert huawei.get("program") == ["CMIC-EO13959"]
    assert huawei.get("list") == ["Consolidated List", "Non-SDN CMIC List"]
    assert huawei.get("alias") == ["HUAWEI INVESTMENT & HOLDING CO LTD"]
    assert huawei.get("listingDate") == ["2021-06-03"]
    assert huawei.get("effectiveDate") == ["2021-08-02"]
    assert huawei.get("divestmentDate") == ["2022-06-03"]
    assert huawei.get("uscCode") == ["914403001922038216"]
    assert huawei.get("country") == ["China"]
    assert huawei.get("address") == [
        (
            "Huawei Headquarter Office Building, Bantian, Longgang District, Guangdong, "
            "Shenzhen, 518129, China"
        )
    ]
    assert "Legal Authority: Executive Order 14032 (CMIC)" in huawei.get("notes")


def test_china_mobile_isins_and_link(by_id: dict[str, Record]) -> None:
    cm = by_id["30923"]
    assert cm.name == "CHINA MOBILE LIMITED"
    assert cm.get("program") == ["CMIC-EO13959"]
    assert cm.get("isin") == ["ARDEUT111812", "BRC1HLBDR003", "HK0941009539", "US16941M1099"]
    assert cm.get("linkedTo") == ["CHINA MOBILE COMMUNICATIONS GROUP CO., LTD."]
    assert "Equity Ticker: 941 HK (HKEX)" in cm.get("notes")


def test_all_68_cmic_entities_have_their_dates(result: ParseResult) -> None:
    cmic = [r for r in result.records if "CMIC-EO13959" in r.get("program")]
    assert len(cmic) == 68
    assert all(r.get("listingDate") and r.get("divestmentDate") for r in cmic)
    assert not any("HUAWEI" not in r.name and "XIAOMI" in r.name for r in cmic)


def test_russian_bank_identifiers_scripts_and_previous_names(by_id: dict[str, Record]) -> None:
    vtb = by_id["17013"]
    assert vtb.name == "VTB BANK PUBLIC JOINT STOCK COMPANY"
    assert "БАНК ВТБ ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО" in vtb.get("nameOriginal")
    assert "VTB BANK PJSC" in vtb.get("alias")
    assert "OAO VNESHTORGBANK" in vtb.get("previousName")
    assert vtb.get("leiCode") == ["253400V1H6ART1UQ0N98"]
    assert vtb.get("registrationNumber") == ["1027739609391"]
    assert vtb.get("taxNumber") == ["7702070139"]
    assert "BIK (RU): 044525187" in vtb.get("idNumber")
    assert "VTBRRUMM" in vtb.get("swiftBic")
    assert "Moscow" in vtb.get("city")
    assert by_id["17017"].get("linkedTo") == ["VTB BANK PUBLIC JOINT STOCK COMPANY"]


def test_person_with_weak_aliases(by_id: dict[str, Record]) -> None:
    person = by_id["9647"]
    assert person.schema == "Person"
    assert person.name == "ZAHHAR, Mahmoud Khaled"
    assert person.get("alias") == ["AL ZAHAR, Mahmoud Khaled"]
    assert person.get("weakAlias") == ["AL-ZAHAR, Mahmoud", "ZAHAR, Mahmoud"]
    assert person.get("birthDate") == ["1945"]  # year precision kept
    assert person.get("birthPlace") == ["Gaza Strip"]
    assert person.get("nationality") == ["Palestinian"]
    assert person.get("gender") == ["Male"]
    assert person.get("program") == ["NS-PLC", "SDGT"]
    assert person.get("linkedTo") == ["HAMAS"]


def test_person_full_date_and_passport(by_id: dict[str, Record]) -> None:
    person = by_id["26182"]
    assert person.name == "KAYAKIRAN, Evren"
    assert person.get("birthDate") == ["1980-02-08"]
    assert person.get("passportNumber") == ["U00242309"]
    assert person.get("citizenship") == ["Turkey"]
    assert person.get("program") == ["FSE-IR"]


def test_parse_is_fast(xml_bytes: bytes) -> None:
    # (CPU time, not the wall clock: a loaded machine must not fail it)
    start = time.process_time()
    parse_enhanced(xml_bytes, "CONS_ENHANCED.XML", "us_ofac_cons")
    assert time.process_time() - start < 2.0


def test_sdn_source_id_is_used(xml_bytes: bytes) -> None:
    res = parse_enhanced(xml_bytes, "SDN_ENHANCED.XML", "us_ofac_sdn")
    assert res.records[0].key.startswith("us_ofac_sdn:")


# small synthetic files -----------------------------------------------------------------

NS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML"


def _doc(entity: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><sanctionsData xmlns="{NS}">'
        "<publicationInfo><dataAsOf>2024-03-01T00:00:00</dataAsOf></publicationInfo>"
        f"<entities>{entity}</entities></sanctionsData>"
    ).encode()


def _name(full: str, primary: bool = True, alias: str = "", script: str = "Latin") -> str:
    alias_el = f"<aliasType>{alias}</aliasType>" if alias else ""
    return (
        f"<name><isPrimary>{str(primary).lower()}</isPrimary>{alias_el}"
        "<isLowQuality>false</isLowQuality><translations><translation>"
        f"<isPrimary>true</isPrimary><script>{script}</script>"
        f"<formattedFullName>{full}</formattedFullName></translation></translations></name>"
    )


def _feature(kind: str, value: str, date: str = "") -> str:
    return f"<feature><type>{kind}</type><value>{value}</value>{date}</feature>"


def test_vessel_features_dates_and_documents() -> None:
    entity = (
        '<entity id="1"><generalInfo><entityType>Vessel</entityType></generalInfo>'
        f"<names>{_name('SEA STAR')}{_name('OLD STAR', False, 'F.K.A.')}</names>"
        "<features>"
        + _feature("Vessel Call Sign", "9HA1234")
        + _feature("VESSEL TYPE", "Crude Oil Tanker")
        + _feature("Vessel Flag", "Panama")
        + _feature("Vessel Gross Registered Tonnage", "12345")
        + _feature("Vessel Owner", "SEA CO")
        + _feature("MMSI", "123456789")
        + _feature("Vessel Year of Build", "1999")
        + _feature("Birthdate", "1958 to 1960")
        + _feature("Birthdate", "Mar 1961")
        + _feature("Birthdate", "circa 1962")
        + _feature(
            "Birthdate", "",
            "<valueDate><fromDateBegin>1970-05-01</fromDateBegin>"
            "<toDateEnd>1970-05-31</toDateEnd><isDateRange>false</isDateRange></valueDate>",
        )
        + "</features><identityDocuments><identityDocument>"
        "<type>Vessel Registration Identification</type><documentNumber>IMO 9187629"
        "</documentNumber></identityDocument><identityDocument><type>Cedula No.</type>"
        "<documentNumber>X-1</documentNumber></identityDocument></identityDocuments></entity>"
    )
    res = parse_enhanced(_doc(entity), "t.xml", "us_ofac_sdn")
    (rec,) = res.records
    assert res.published == "2024-03-01"
    assert rec.schema == "Vessel" and rec.name == "SEA STAR"
    assert rec.get("previousName") == ["OLD STAR"]
    assert rec.get("callSign") == ["9HA1234"]
    assert rec.get("vesselType") == ["Crude Oil Tanker"]
    assert rec.get("flag") == ["Panama"]
    assert rec.get("grossRegisteredTonnage") == ["12345"]
    assert rec.get("owner") == ["SEA CO"]
    assert rec.get("mmsi") == ["123456789"]
    assert rec.get("imoNumber") == ["9187629"]
    assert rec.get("idNumber") == ["Cedula No.: X-1"]
    assert rec.get("notes") == ["Vessel Year of Build: 1999"]
    assert rec.get("birthDate") == ["1958", "1960", "1961-03", "1962", "1970-05"]


def test_aircraft_and_original_script() -> None:
    entity = (
        '<entity id="7"><generalInfo><entityType>Aircraft</entityType></generalInfo>'
        "<names><name><isPrimary>true</isPrimary><isLowQuality>false</isLowQuality>"
        "<translations><translation><isPrimary>true</isPrimary><script>Latin</script>"
        "<formattedFullName>EP-ABC</formattedFullName></translation><translation>"
        "<isPrimary>false</isPrimary><script>Arabic</script><formattedFullName>ايران"
        "</formattedFullName></translation></translations></name></names></entity>"
    )
    (rec,) = parse_enhanced(_doc(entity), "t.xml", "us_ofac_sdn").records
    assert rec.schema == "Airplane"
    assert rec.name == "EP-ABC"
    assert rec.get("nameOriginal") == ["ايران"]


def test_entity_without_id_or_name_is_warned_not_dropped_silently() -> None:
    body = (
        '<entity><generalInfo><entityType>Entity</entityType></generalInfo></entity>'
        '<entity id="2"><generalInfo><entityType>Entity</entityType></generalInfo></entity>'
    )
    res = parse_enhanced(_doc(body), "t.xml", "us_ofac_sdn")
    assert res.records == []
    assert len(res.warnings) == 2


# errors ----------------------------------------------------------------------------------


def test_empty_bytes() -> None:
    with pytest.raises(ParseError, match="empty"):
        parse_enhanced(b"", ZIP_NAME, "us_ofac_cons")


def test_truncated_zip(zip_bytes: bytes) -> None:
    with pytest.raises(ParseError, match="zip"):
        parse_enhanced(zip_bytes[: len(zip_bytes) // 2], ZIP_NAME, "us_ofac_cons")


def test_corrupted_zip_member(zip_bytes: bytes) -> None:
    damaged = bytearray(zip_bytes)
    damaged[5000:5100] = b"\x00" * 100  # inside the deflated data; the directory is intact
    with pytest.raises(ParseError):
        parse_enhanced(bytes(damaged), ZIP_NAME, "us_ofac_cons")


def test_truncated_xml(xml_bytes: bytes) -> None:
    with pytest.raises(ParseError, match="truncated"):
        parse_enhanced(xml_bytes[: len(xml_bytes) // 2], "CONS_ENHANCED.XML", "us_ofac_cons")


def test_html_page() -> None:
    page = b"<!DOCTYPE html><html><head><title>503</title></head><body>Busy</body></html>"
    with pytest.raises(ParseError, match="HTML"):
        parse_enhanced(page, ZIP_NAME, "us_ofac_cons")


def test_html_page_inside_zip() -> None:
    with pytest.raises(ParseError, match="HTML"):
        parse_enhanced(_zip({"CONS_ENHANCED.XML": b"<html><body>x</body></html>"}), ZIP_NAME,
                       "us_ofac_cons")


def test_un_list_given_instead(shared_data: Path) -> None:
    un = (shared_data / "un_sc_consolidated" / "2026-02-27" / "UN_consolidated.xml").read_bytes()
    with pytest.raises(ParseError, match="CONSOLIDATED_LIST"):
        parse_enhanced(un, "CONS_ENHANCED.XML", "us_ofac_cons")


def test_not_xml() -> None:
    with pytest.raises(ParseError, match="not well-formed"):
        parse_enhanced(b"ent_num,name\n1,FOO\n", "CONS_ENHANCED.XML", "us_ofac_cons")


def test_zip_without_xml() -> None:
    with pytest.raises(ParseError, match="no .xml"):
        parse_enhanced(_zip({"readme.txt": b"hello"}), ZIP_NAME, "us_ofac_cons")


def test_billion_laughs_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b"<sanctionsData>&lol3;</sanctionsData>"
    )
    with pytest.raises(ParseError, match="unsafe"):
        parse_enhanced(bomb, "CONS_ENHANCED.XML", "us_ofac_cons")


def test_external_entity_refused() -> None:
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<sanctionsData>&x;</sanctionsData>"
    )
    with pytest.raises(ParseError, match="unsafe"):
        parse_enhanced(_zip({"CONS_ENHANCED.XML": xxe}), ZIP_NAME, "us_ofac_cons")


def test_zip_bomb_ratio_refused() -> None:
    bomb = _zip({"CONS_ENHANCED.XML": b"<a>" + b" " * (8 * 1024 * 1024) + b"</a>"})
    with pytest.raises(InputTooLarge, match="ratio"):
        parse_enhanced(bomb, ZIP_NAME, "us_ofac_cons")


def test_member_above_size_limit(zip_bytes: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_MAX_FILE_BYTES", "1000000")
    with pytest.raises(InputTooLarge, match="limit"):
        parse_enhanced(zip_bytes, ZIP_NAME, "us_ofac_cons")
