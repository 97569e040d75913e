"""The documented custom CSV, on a small transcription of the DoD 1237/1260H list."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.model import Record
from listwatch.sources import get_source
from listwatch.sources.custom import CustomCsv
from listwatch.sources.files import snapshot_files

HEADER = "id,name,schema,aliases,country,birth_date,identifiers,program,list,authority,listing_date,source_url,notes\n"


@pytest.fixture()
def data(fixtures: Path) -> bytes:
    return (fixtures / "custom" / "dod_1260h.csv").read_bytes()


@pytest.fixture()
def records(data: bytes) -> dict[str, Record]:
    return {r.id: r for r in CustomCsv().parse({"dod_1260h.csv": data}).records}


def parse(text: str, name: str = "list.csv") -> list[Record]:
    return CustomCsv().parse({name: text.encode("utf-8")}).records


def test_registry_and_accepts() -> None:
    source = get_source("custom")
    assert isinstance(source, CustomCsv)
    assert source.accepts("dod_1260h.csv") and not source.accepts("sdn.xml")
    assert "identifiers" in (CustomCsv.__doc__ or "")


def test_fixture(records: dict[str, Record]) -> None:
    assert sorted(records) == ["china-mobile", "cosco-shipping", "huawei", "xiaomi"]
    xiaomi = records["xiaomi"]
    assert xiaomi.key == "custom:xiaomi"
    assert xiaomi.schema == "Company"
    assert xiaomi.get("alias") == ["Xiaomi Corp", "小米集团"]
    assert xiaomi.get("isin") == ["KYG9830T1067"]
    assert xiaomi.get("listingDate") == ["2021-01-14"]
    assert xiaomi.get("program") == ["1237"]
    assert xiaomi.get("authority") == ["U.S. Department of Defense"]
    assert "status: removed 2021-05-25" in xiaomi.get("notes")
    assert records["huawei"].get("program") == ["1237", "1260H"]
    assert records["huawei"].get("listingDate") == ["2020-06"]
    assert "1260H" in CustomCsv().effect_of(records["cosco-shipping"].get("program"))


def test_defaults_and_identifiers() -> None:
    (record,) = parse(
        "id,name,identifiers,birth_date,schema\n"
        "p1,Jane Test,uscc:911100000000000001;imo:9187629;duns:123456789;Passport:X1,1970-02,person\n"
    )
    assert record.schema == "Person"
    assert record.get("uscCode") == ["911100000000000001"]
    assert record.get("imoNumber") == ["9187629"]
    assert record.get("passportNumber") == ["X1"]
    assert record.get("idNumber") == ["duns: 123456789"]
    assert record.get("birthDate") == ["1970-02"]
    (org,) = parse("name,id\nACME,1\n")
    assert org.schema == "Organization"


def test_missing_required_column_lists_expected() -> None:
    with pytest.raises(ParseError) as err:
        parse("id,title\n1,ACME\n")
    message = str(err.value)
    assert "missing required column(s) name" in message
    assert "listing_date" in message  # the expected columns are listed


def test_duplicate_ids_named() -> None:
    with pytest.raises(ParseError, match="duplicate id 'a1'.*row 2"):
        parse("id,name\na1,ACME\na2,Other\na1,ACME again\n")


def test_duplicate_ids_across_files() -> None:
    files = {"a.csv": b"id,name\nx,One\n", "b.csv": b"id,name\nx,Two\n"}
    with pytest.raises(ParseError, match="'x' is used twice"):
        CustomCsv().parse(files)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",ACME,,,,,,,,,,,", "the id is empty"),
        ("1,,,,,,,,,,,,", "the name is empty"),
        ("1,ACME,Spaceship,,,,,,,,,,", "unknown schema"),
        ("1,ACME,,,,,,,,,21/05/2021,,", "not an ISO date"),
        ("1,ACME,,,,,isin,,,,,,", "not type:value"),
        ("1,ACME,,,,,,,,,,,,,extra", "cells but the header"),
    ],
)
def test_bad_rows(row: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse(HEADER + row + "\n")


def test_truncated_quote() -> None:
    with pytest.raises(ParseError, match="truncated"):
        parse(HEADER + '1,"ACME, unterminated\n')


def test_empty_and_header_only() -> None:
    with pytest.raises(ParseError, match="no rows"):
        parse(HEADER)


def test_cp1252_fallback() -> None:
    data = "id,name\n1,Soci\xe9t\xe9 G\xe9n\xe9rale Test\n".encode("cp1252")
    result = CustomCsv().parse({"list.csv": data})
    assert result.records[0].name == "Société Générale Test"
    assert any("Windows-1252" in w for w in result.warnings)


def test_bom_is_fine() -> None:
    result = CustomCsv().parse({"list.csv": "\ufeffid,name\n1,ACME\n".encode()})
    assert result.records[0].id == "1" and result.warnings == []


def test_html_error_page(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"<html><body>Not found</body></html>")
    with pytest.raises(ParseError, match="HTML page"):
        snapshot_files(CustomCsv(), [path])
    with pytest.raises(ParseError, match="missing required"):
        CustomCsv().parse({"list.csv": b"<html><body>Not found</body></html>"})
