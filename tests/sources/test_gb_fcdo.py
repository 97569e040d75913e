"""UK Sanctions List (FCDO) XML adapter, on a hand-written fixture in the official format."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.model import Record
from listwatch.sources import get_source
from listwatch.sources.files import snapshot_files
from listwatch.sources.gb_fcdo import GbFcdo, uk_date

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<Designations>&b;</Designations>"""


@pytest.fixture()
def data(fixtures: Path) -> bytes:
    return (fixtures / "gb_fcdo" / "UK-Sanctions-List.xml").read_bytes()


@pytest.fixture()
def records(data: bytes) -> dict[str, Record]:
    return {r.id: r for r in GbFcdo().parse({"uk-sanctions-list.xml": data}).records}


def test_registry_and_metadata() -> None:
    source = get_source("gb_fcdo")
    assert isinstance(source, GbFcdo)
    assert source.downloads["uk-sanctions-list.xml"].endswith("UK-Sanctions-List.xml")
    assert source.accepts("uk-sanctions-list.xml")


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("25/01/2001", "2001-01-25"),
        ("dd/03/1958", "1958-03"),
        ("dd/mm/1945", "1945"),
        ("DD/MM/1945", "1945"),
        ("1945", None),
        ("", None),
    ],
)
def test_uk_date(raw: str, iso: str | None) -> None:
    assert uk_date(raw) == iso


def test_parses_all_designations(data: bytes) -> None:
    result = GbFcdo().parse({"uk-sanctions-list.xml": data})
    assert result.published == "2024-03-15"
    assert [r.id for r in result.records] == ["RUS9001", "RUS9002", "AFG9006", "RUS9003"]
    assert result.warnings == []


def test_individual(records: dict[str, Record]) -> None:
    person = records["RUS9001"]
    assert person.schema == "Person"
    assert person.key == "gb_fcdo:RUS9001"
    assert person.name == "Ivan Petrovich SIDOROV"
    assert person.get("alias") == ["Ivan Petrovitch SIDOROV"]
    assert person.get("weakAlias") == ["Vanya SIDOROV"]
    assert person.get("nameOriginal") == ["Иван Петрович СИДОРОВ"]
    assert person.get("program") == ["The Russia (Sanctions) (EU Exit) Regulations 2019"]
    assert person.get("listingDate") == ["2022-03-15"]
    assert person.get("birthDate") == ["1961-05-12", "1962"]
    assert person.get("nationality") == ["Russia"]
    assert person.get("passportNumber") == ["720000001"]
    assert "National identifier: 770000000001" in person.get("idNumber")
    assert person.get("birthPlace") == ["Leningrad, Russia"]
    assert person.get("authority") == ["Foreign, Commonwealth & Development Office"]
    assert person.get("action") == ["Asset freeze", "Travel Ban", "Trust services sanctions"]
    assert person.first("reason").startswith("SIDOROV is an involved person")
    assert "Chairman of JSC Polar Test Shipping." in person.first("notes")


def test_legal_meaning_of_measures(records: dict[str, Record]) -> None:
    source = GbFcdo()
    effect = source.effect_of(records["RUS9001"].get("action"))
    assert "Asset freeze" in effect and "Travel ban" in effect and "Trust services" in effect
    assert source.effect_of(["Something new"]) == source.legal_effect


def test_entity(records: dict[str, Record]) -> None:
    company = records["RUS9002"]
    assert company.schema == "Organization"
    assert company.get("registrationNumber") == ["1027700000017"]
    assert company.get("email") == ["info@polar-test.example", "office@polar-test.example"]
    assert company.get("linkedTo") == ["Polar Test Holding LLC"]
    assert company.get("address") == ["Portovy proezd 1, Murmansk, 183038, Russia"]
    assert company.get("nameOriginal") == ["АО «Полярное тестовое судоходство»"]


def test_un_designation(records: dict[str, Record]) -> None:
    entry = records["AFG9006"]
    assert entry.name == "ABDUL QADIR TEST"
    assert entry.get("birthDate") == ["1968", "1969-03"]
    assert "UN reference number: TAi.902" in entry.get("idNumber")
    assert entry.get("authority") == ["United Nations Security Council (implemented by the UK)"]
    assert entry.get("reason") == []  # empty statement of reasons
    assert entry.get("title") == ["Mullah"]


def test_ship(records: dict[str, Record]) -> None:
    ship = records["RUS9003"]
    assert ship.schema == "Vessel"
    assert ship.get("imoNumber") == ["9187629"]
    assert ship.get("flag") == ["Russia"]
    assert ship.get("previousName") == ["ARCTIC TEST"]
    assert ship.get("owner") == ["JOINT STOCK COMPANY POLAR TEST SHIPPING"]


def test_truncated(data: bytes) -> None:
    with pytest.raises(ParseError, match="truncated"):
        GbFcdo().parse({"uk-sanctions-list.xml": data[:-200]})


def test_ofsi_conlist_refused() -> None:
    conlist = (
        b'<ArrayOfFinancialSanctionsTarget xmlns="http://schemas.hmtreasury.gov.uk/ofsi/'
        b'consolidatedlist"><FinancialSanctionsTarget/></ArrayOfFinancialSanctionsTarget>'
    )
    with pytest.raises(ParseError, match="ConList"):
        GbFcdo().parse({"uk-sanctions-list.xml": conlist})


def test_wrong_format() -> None:
    with pytest.raises(ParseError, match="expected <Designations>"):
        GbFcdo().parse({"uk-sanctions-list.xml": b'<export generationDate="2024"/>'})
    with pytest.raises(ParseError, match="no <Designation>"):
        GbFcdo().parse({"uk-sanctions-list.xml": b"<Designations><DateGenerated/></Designations>"})


def test_missing_unique_id_is_a_warning(data: bytes) -> None:
    broken = data.replace(b"<UniqueID>RUS9003</UniqueID>", b"")
    result = GbFcdo().parse({"uk-sanctions-list.xml": broken})
    assert len(result.records) == 3
    assert any("no UniqueID" in w for w in result.warnings)


def test_xml_bomb_refused() -> None:
    with pytest.raises(ParseError, match="unsafe XML"):
        GbFcdo().parse({"uk-sanctions-list.xml": BOMB})


def test_html_error_page(tmp_path: Path) -> None:
    path = tmp_path / "UK-Sanctions-List.xml"
    path.write_bytes(b"<html><head><title>Service unavailable</title></head></html>")
    with pytest.raises(ParseError, match="HTML page"):
        snapshot_files(GbFcdo(), [path])
