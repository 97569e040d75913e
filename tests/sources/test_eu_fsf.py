"""EU FSF XML adapter, on a hand-written fixture in the official format."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.model import Record
from listwatch.sources import get_source
from listwatch.sources.eu_fsf import EuFsf
from listwatch.sources.files import snapshot_files

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<export generationDate="2024-01-01">&lol2;</export>"""


@pytest.fixture()
def data(fixtures: Path) -> bytes:
    return (fixtures / "eu_fsf" / "eu_fsf.xml").read_bytes()


def test_registry_and_metadata() -> None:
    source = get_source("eu_fsf")
    assert isinstance(source, EuFsf)
    assert "token=" in source.downloads["eu_fsf.xml"]
    assert source.accepts("xmlFullSanctionsList_1_1.xml")


def test_parses_records_and_date(data: bytes) -> None:
    result = EuFsf().parse({"eu_fsf.xml": data})
    assert result.published == "2024-03-15"
    assert [r.id for r in result.records] == ["139001", "139002", "139003", "207"]
    assert result.warnings == []


def test_person_with_aliases_in_several_scripts(data: bytes) -> None:
    person = {r.id: r for r in EuFsf().parse({"eu_fsf.xml": data}).records}["139001"]
    assert person.schema == "Person"
    assert person.key == "eu_fsf:139001"
    assert person.name == "Ivan Petrovich SIDOROV"
    assert "Иван Петрович СИДОРОВ" in person.get("alias")
    assert "Іван Петрович СИДОРОВ" in person.get("alias")
    assert "Ivan Petrovitch SIDOROV" in person.get("alias")
    assert person.get("birthDate") == ["1961-05-12"]
    assert person.get("citizenship") == ["RUSSIAN FEDERATION"]
    assert person.get("passportNumber") == ["720000001"]
    assert person.get("taxNumber") == ["770000000001"]
    assert person.get("program") == ["RUS"]
    assert person.get("listingDate") == ["2022-02-23"]
    assert person.get("gender") == ["male"]
    assert "EU reference number: EU.9123.45" in person.get("idNumber")
    assert person.get("title") == ["Chairman of the Board of JSC Polar Test Shipping"]


def test_company_with_registration_number_and_contacts(data: bytes) -> None:
    company = {r.id: r for r in EuFsf().parse({"eu_fsf.xml": data}).records}["139002"]
    assert company.schema == "Organization"
    assert company.get("registrationNumber") == ["1027700000017"]
    assert company.get("country") == ["RUSSIAN FEDERATION"]
    assert company.get("email") == ["info@polar-test.example"]
    assert company.get("website") == ["https://polar-test.example"]
    assert company.get("address") == [
        "Portovy proezd 1, 183038, Murmansk, Murmansk Oblast, RUSSIAN FEDERATION"
    ]
    assert "Other identification number: 9187629" in company.get("idNumber")


def test_weak_aliases_partial_birth_date_and_fallback_listing_date(data: bytes) -> None:
    entry = {r.id: r for r in EuFsf().parse({"eu_fsf.xml": data}).records}["139003"]
    assert entry.get("weakAlias") == ["Abu Test", "Qadir the Elder"]
    assert entry.get("alias") == ["عبد القادر تست"]
    assert entry.get("birthDate") == ["1968"]
    assert entry.get("citizenship") == []  # UNKNOWN is dropped
    assert entry.get("listingDate") == ["2011-03-05"]  # no designationDate: first regulation
    assert "UN reference number: QDi.901" in entry.get("idNumber")
    assert entry.get("title") == ["Mullah"]
    terr = {r.id: r for r in EuFsf().parse({"eu_fsf.xml": data}).records}["207"]
    assert terr.get("listingDate") == ["2003-12-22"]
    assert EuFsf().effect_of(terr.get("program")).startswith("Asset freeze")


def test_default_namespace_or_none(data: bytes) -> None:
    plain = data.replace(b' xmlns="http://eu.europa.ec/fpi/fsd/export"', b"")
    assert plain != data
    assert len(EuFsf().parse({"eu_fsf.xml": plain}).records) == 4
    other = data.replace(
        b"http://eu.europa.ec/fpi/fsd/export", b"http://eu.europa.eu/fpi/fsd/export"
    )
    assert len(EuFsf().parse({"eu_fsf.xml": other}).records) == 4


def test_alternate_file_name(data: bytes) -> None:
    result = EuFsf().parse({"xmlfullsanctionslist_1_1.xml": data})
    assert len(result.records) == 4


def test_truncated(data: bytes) -> None:
    with pytest.raises(ParseError, match="truncated"):
        EuFsf().parse({"eu_fsf.xml": data[: len(data) // 2]})


def test_wrong_format() -> None:
    with pytest.raises(ParseError, match="not an EU FSF XML export"):
        EuFsf().parse({"eu_fsf.xml": b"<sdnList><sdnEntry/></sdnList>"})
    with pytest.raises(ParseError, match="not well-formed"):
        EuFsf().parse({"eu_fsf.xml": b"id,name\n1,ACME\n"})


def test_empty_export() -> None:
    with pytest.raises(ParseError, match="no <sanctionEntity>"):
        EuFsf().parse({"eu_fsf.xml": b'<export generationDate="2024-01-01"/>'})


def test_xml_bomb_refused() -> None:
    with pytest.raises(ParseError, match="unsafe XML"):
        EuFsf().parse({"eu_fsf.xml": BOMB})


def test_html_error_page(tmp_path: Path) -> None:
    page = b"<!DOCTYPE html><html><body><h1>403 Forbidden</h1></body></html>"
    path = tmp_path / "eu_fsf.xml"
    path.write_bytes(page)
    with pytest.raises(ParseError, match="HTML page"):
        snapshot_files(EuFsf(), [path])
    with pytest.raises(ParseError):
        EuFsf().parse({"eu_fsf.xml": b"<html><body>Error</body></html>"})


def test_from_disk_under_another_name(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "download.xml"
    path.write_bytes(data)
    files = snapshot_files(EuFsf(), [path])
    assert len(EuFsf().parse(files).records) == 4


def test_no_file() -> None:
    with pytest.raises(ParseError, match="none of"):
        EuFsf().parse({"other.csv": b"x"})


# --- the real excerpts of the export of 2020-04-15 --------------------------------------


@pytest.fixture(scope="module")
def real(shared_data: Path) -> dict[str, Record]:
    folder = shared_data / "eu_fsf" / "2020-04-15"
    out: dict[str, Record] = {}
    for name in ("sample_eu_sanctions.xml", "sample_eu.xml"):
        result = EuFsf().parse({"eu_fsf.xml": (folder / name).read_bytes()})
        assert result.published == "2020-04-15" and result.warnings == []
        out.update({r.id: r for r in result.records})
    return out


@pytest.mark.realdata
def test_real_excerpts_every_record(real: dict[str, Record]) -> None:
    assert sorted(real, key=int) == ["13", "20", "23", "25", "29", "33", "39", "191", "5295",
                                     "5463", "5468", "5807"]
    for r in real.values():
        assert r.schema == "Person"
        assert r.get("regulation"), r.id  # every entry names its legal acts
        assert r.get("listingDate") and r.get("effectiveDate"), r.id


@pytest.mark.realdata
def test_real_saddam_hussein(real: dict[str, Record]) -> None:
    r = real["13"]
    # the principal name is the one with first/last name and gender, not the first a.k.a.
    assert r.name == "Saddam Hussein Al-Tikriti"
    assert r.get("alias") == ["Abou Ali", "Abu Ali"]
    assert r.get("birthDate") == ["1937-04-28"]
    assert r.get("birthPlace") == ["al-Awja, near Tikrit, IRAQ"]
    assert r.get("citizenship") == ["IRAQ"]
    assert r.get("gender") == ["male"]
    assert r.get("program") == ["IRQ"]
    assert r.get("regulation") == ["Regulation 1210/2003 (OJ L169) of 2003-07-08"]
    assert r.get("listingDate") == ["2003-07-08"] and r.get("effectiveDate") == ["2003-07-07"]
    assert r.get("idNumber") == ["EU reference number: EU.27.28"]
    assert r.get("notes") == ["UNSC RESOLUTION 1483"]


@pytest.mark.realdata
def test_real_birth_dates_year_only_and_unknown_country(real: dict[str, Record]) -> None:
    r = real["20"]
    assert r.get("birthDate") == ["1965", "1966"]
    assert r.get("birthPlace") == ["Baghdad"]  # countryDescription="UNKNOWN" dropped
    assert r.get("title") == [
        "Oversaw Special Republican Guard, Special Security Organisation, and Republican Guard"]
    # a function repeated with a trailing comma is one title
    assert "Deputy Commander-in-Chief of Iraqi Military" in real["33"].get("title")
    assert "Deputy Commander-in-Chief of Iraqi Military," not in real["33"].get("title")


@pytest.mark.realdata
def test_real_amendments_and_alias_remarks(real: dict[str, Record]) -> None:
    r = real["5295"]
    assert r.name == "Abid Hammadou"
    assert r.get("listingDate") == ["2008-07-03"]  # designationDate
    assert r.get("effectiveDate") == ["2019-04-09"]  # the amending act's entry into force
    assert r.get("regulation") == [
        "Amendment 1142/2012 (OJ L332) of 2012-12-04", "Amendment 2019/555 (OJ L97) of 2019-04-08",
        "Amendment 598/2012 (OJ L176) of 2012-07-06", "Amendment 678/2008 (OJ L189) of 2008-07-17"]
    assert r.get("birthDate") == ["1958", "1965-12-12"]  # circa 1958 and an exact date
    assert "Touggourt, Wilaya (province) of Ouargla, ALGERIA" in r.get("birthPlace")
    # the remark on one of the names (parents, reported death) is kept
    assert any("Reportedly deceased as of 24 February 2013" in n for n in r.get("notes"))


@pytest.mark.realdata
def test_real_identification_and_listing_without_designation_date(real: dict[str, Record]) -> None:
    r = real["191"]
    assert r.get("passportNumber") == ["488555"]
    assert r.get("notes") == ["Identification: National passport, 488555"]
    assert r.get("birthDate") == ["1964-03-01", "1965-04-14"]
    assert r.get("birthPlace") == ["PAKISTAN"]  # city "-" is no place
    assert "Khalid Shaikh MOHAMMED" in r.get("alias")
    # no designationDate: the earliest act naming the entry (listed on or before), not the
    # latest amendment's date
    assert r.get("listingDate") == ["2005-11-30"]
    assert r.get("program") == ["TERR"]


@pytest.mark.realdata
def test_real_address_with_remark(real: dict[str, Record]) -> None:
    r = real["5807"]
    assert r.get("address") == [
        "Kikoma forest, Bogoyi, Walikale, North Kivu, CONGO, Democratic Republic of (was Zaire)"]
    assert r.get("country") == ["CONGO, Democratic Republic of (was Zaire)"]
    assert r.get("citizenship") == ["RWANDA"]
    assert r.get("notes") == [
        "FDLR HQ at Kikoma forest, Bogoyi, Walikale, North Kivu, Democratic Republic of the "
        "Congo (as of June 2011)."]
    assert real["5463"].get("program") == ["PRK"]
    assert real["5463"].get("regulation")[0].startswith("Amendment 689/2009 (OJ L199)")
