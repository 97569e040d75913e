"""UN Security Council consolidated list adapter, on the real shared file and small cases."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources import get_source
from listwatch.sources.files import snapshot_files
from listwatch.sources.un_sc import UnSc

SMALL = b"""<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2024-05-06T10:00:00.000Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>1</DATAID><FIRST_NAME>ABU</FIRST_NAME><SECOND_NAME>BAKR</SECOND_NAME>
      <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>
      <LISTED_ON>2015-04-07-04:00</LISTED_ON>
      <INDIVIDUAL_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>OLD NAME</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>
        <FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1962</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE>
        <YEAR>1959</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT>
        <TYPE_OF_DOCUMENT2>Italian Fiscal Code:</TYPE_OF_DOCUMENT2><NUMBER>DAO1</NUMBER>
      </INDIVIDUAL_DOCUMENT>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>
        <NOTE>Tunisian passport number L 191609</NOTE></INDIVIDUAL_DOCUMENT>
    </INDIVIDUAL>
    <INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME/></INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES/>
</CONSOLIDATED_LIST>"""


@pytest.fixture(scope="module")
def real(shared_data: Path) -> ParseResult:
    files = snapshot_files(UnSc(), [shared_data / "un_sc_consolidated" / "2026-02-27"])
    assert list(files) == ["un_consolidated.xml"]
    return UnSc().parse(files)


@pytest.fixture(scope="module")
def by_id(real: ParseResult) -> dict[str, Record]:
    return {r.id: r for r in real.records}


def test_registry_and_metadata() -> None:
    source = get_source("un_sc")
    assert isinstance(source, UnSc)
    assert source.accepts("consolidated.xml") and source.accepts("UN_consolidated.xml")
    assert source.downloads["consolidated.xml"].startswith("https://scsanctions.un.org/")
    assert "travel ban" in source.effect_of(["Taliban"])


@pytest.mark.realdata
def test_real_file_counts(real: ParseResult) -> None:
    assert real.published == "2026-02-27"
    assert real.warnings == []
    schemas = collections.Counter(r.schema for r in real.records)
    assert schemas == {"Person": 730, "Organization": 273}
    assert len({r.id for r in real.records}) == 1003
    assert collections.Counter(r.first("program") for r in real.records)["DPRK"] == 155


@pytest.mark.realdata
def test_individual(by_id: dict[str, Record]) -> None:
    r = by_id["6907995"]
    assert r.name == "GASTON IYAMUREMYE"
    assert r.schema == "Person"
    assert r.get("program") == ["DRC"]
    assert r.get("idNumber") == ["UN reference number: CDi.003"]
    assert r.get("listingDate") == ["2010-12-01"]
    assert r.get("alias") == ["Byiringiro Victor Rumuli", "Michel Byiringiro", "Victor Rumuri"]
    assert r.get("weakAlias") == ["Rumuli"]
    assert r.get("birthDate") == ["1948"]
    assert "Musanze District, Northern Province, Rwanda" in r.get("birthPlace")
    assert r.get("nationality") == ["Rwanda"]
    assert "FDLR Interim President" in r.get("title")
    assert r.get("gender") == ["male"]
    assert r.get("address") == ["North Kivu Province, Democratic Republic of the Congo"]


@pytest.mark.realdata
def test_entity_with_original_script(real: ParseResult) -> None:
    qaida = next(r for r in real.records if "UN reference number: QDe.004" in r.get("idNumber"))
    assert qaida.id == "113458"
    assert qaida.name == "AL-QAIDA"
    assert qaida.schema == "Organization"
    assert qaida.get("nameOriginal") == ["\u0627\u0644\u0642\u0627\u0639\u062f\u0629"]
    assert "Al Qaeda" in qaida.get("alias")
    assert qaida.get("listingDate") == ["2001-10-06"]


@pytest.mark.realdata
def test_passports_and_exact_dates(real: ParseResult) -> None:
    with_passport = [r for r in real.records if r.get("passportNumber")]
    assert len(with_passport) == 235
    exact = [d for r in real.records for d in r.get("birthDate") if len(d) == 10]
    assert len(exact) >= 450


def test_small_file_dates_aliases_documents() -> None:
    result = UnSc().parse({"consolidated.xml": SMALL})
    assert result.published == "2024-05-06"
    assert [r.id for r in result.records] == ["1"]
    assert result.warnings == ["INDIVIDUAL #2: no DATAID or no name, skipped"]
    r = result.records[0]
    assert r.get("listingDate") == ["2015-04-07"]
    assert r.get("previousName") == ["OLD NAME"]
    assert r.get("birthDate") == ["1959", "1960", "1961", "1962"]
    assert "Date of birth: between 1960 and 1962" in r.get("notes")
    assert "Date of birth: approximately 1959" in r.get("notes")
    assert r.get("idNumber") == ["Italian Fiscal Code: DAO1", "UN reference number: QDi.999"]
    assert "Passport: Tunisian passport number L 191609" in r.get("notes")


@pytest.mark.realdata
def test_truncated_real_file(shared_data: Path) -> None:
    data = (shared_data / "un_sc_consolidated" / "2026-02-27" / "UN_consolidated.xml").read_bytes()
    with pytest.raises(ParseError, match="truncated"):
        UnSc().parse({"consolidated.xml": data[: len(data) // 2]})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (SMALL[:300], "not well-formed"),
        (b"<sdnList><sdnEntry/></sdnList>", "root is <sdnList>"),
        (b"<CONSOLIDATED_LIST dateGenerated='2024-01-01'/>", "neither INDIVIDUALS nor ENTITIES"),
        (b"<CONSOLIDATED_LIST><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>", "no entries"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><CONSOLIDATED_LIST/>',
            "unsafe XML",
        ),
        (b"name,type\nx,y\n", "not well-formed"),
    ],
)
def test_damaged_files(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        UnSc().parse({"consolidated.xml": data})


def test_bad_generation_date_is_a_warning() -> None:
    data = SMALL.replace(b"2024-05-06T10:00:00.000Z", b"yesterday")
    result = UnSc().parse({"consolidated.xml": data})
    assert result.published is None
    assert "dateGenerated 'yesterday'" in result.warnings[0]


def test_duplicate_dataid_keeps_the_first() -> None:
    twice = SMALL.replace(
        b"<INDIVIDUAL><DATAID>2</DATAID><FIRST_NAME/></INDIVIDUAL>",
        b"<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>OTHER</FIRST_NAME></INDIVIDUAL>",
    )
    result = UnSc().parse({"consolidated.xml": twice})
    assert [r.name for r in result.records] == ["ABU BAKR"]
    assert result.warnings == ["INDIVIDUAL #2: DATAID 1 repeats, skipped"]


def test_no_file() -> None:
    with pytest.raises(ParseError, match="consolidated.xml"):
        UnSc().parse({"sdn.xml": b"<x/>"})
