"""EU FSF XML adapter, on a hand-written fixture in the official format."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import ParseError
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
