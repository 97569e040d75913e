"""FollowTheMoney JSON adapter, on a hand-written fixture in OpenSanctions' export shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.model import Record
from listwatch.sources import get_source
from listwatch.sources.files import snapshot_files
from listwatch.sources.ftm import FtmJson


@pytest.fixture()
def data(fixtures: Path) -> bytes:
    return (fixtures / "ftm" / "entities.ftm.json").read_bytes()


@pytest.fixture()
def records(data: bytes) -> dict[str, Record]:
    return {r.id: r for r in FtmJson().parse({"entities.ftm.json": data}).records}


def test_registry_and_accepts() -> None:
    source = get_source("ftm")
    assert isinstance(source, FtmJson)
    for name in ("entities.ftm.json", "export.jsonl", "targets.json", "x.ndjson"):
        assert source.accepts(name)
    assert not source.accepts("sdn.csv")


def test_things_kept_relations_skipped(data: bytes) -> None:
    result = FtmJson().parse({"entities.ftm.json": data})
    assert sorted(r.id for r in result.records) == [
        "NK-huaweiTest0001",
        "NK-testAgency0001",
        "NK-testPerson0001",
        "NK-testVessel0001",
    ]
    assert result.published == "2024-03-15"
    assert result.warnings == ["skipped entities of other schemas: 1 Ownership, 1 Passport"]


def test_sanctions_and_addresses_fill_their_entity(records: dict[str, Record]) -> None:
    huawei = records["NK-huaweiTest0001"]
    assert huawei.schema == "Company"
    assert huawei.get("program") == ["Entity List"]
    assert huawei.get("authority") == ["Bureau of Industry and Security"]
    assert huawei.get("listingDate") == ["2019-05-16"]
    assert huawei.get("address") == ["Bantian, Longgang District, Shenzhen, 518129, China"]
    assert huawei.get("city") == ["Shenzhen"]
    assert huawei.get("list") == ["us_bis_entity"]
    assert "华为技术有限公司" in huawei.get("alias")
    assert "topics" not in huawei.properties


def test_person_mapping(records: dict[str, Record]) -> None:
    person = records["NK-testPerson0001"]
    assert person.name == "Ivan Petrovich Sidorov"
    assert "Иван Петрович Сидоров" in person.get("alias")  # the other names
    assert person.get("weakAlias") == ["Vanya"]
    assert person.get("title") == ["Chairman of the Board, JSC Polar Test Shipping"]
    assert person.get("taxNumber") == ["770000000001"]
    assert person.get("program") == ["RUS", "The Russia (Sanctions) (EU Exit) Regulations 2019"]
    assert person.get("listingDate") == ["2022-02-23", "2022-03-15"]
    assert person.get("action") == ["Asset freeze", "Travel Ban"]
    assert "firstName" not in person.properties


def test_public_body_and_vessel(records: dict[str, Record]) -> None:
    assert records["NK-testAgency0001"].schema == "Organization"
    vessel = records["NK-testVessel0001"]
    assert vessel.schema == "Vessel"
    assert vessel.get("vesselType") == ["Crude Oil Tanker"]
    assert vessel.get("imoNumber") == ["IMO9187629"]


def test_json_array_accepted(data: bytes) -> None:
    items = [json.loads(line) for line in data.decode().splitlines()]
    array = json.dumps(items, ensure_ascii=False, indent=1).encode()
    assert len(FtmJson().parse({"entities.json": array}).records) == 4


def test_bad_line_in_the_middle_names_it(data: bytes) -> None:
    lines = data.decode().splitlines(keepends=True)
    lines[4] = lines[4][:40] + "\n"
    with pytest.raises(ParseError, match="line 5 is not valid JSON"):
        FtmJson().parse({"entities.ftm.json": "".join(lines).encode()})


def test_truncated_last_line(data: bytes) -> None:
    with pytest.raises(ParseError, match="line 10, the last one, is cut off"):
        FtmJson().parse({"entities.ftm.json": data[:-50]})


def test_truncated_array(data: bytes) -> None:
    items = [json.loads(line) for line in data.decode().splitlines()]
    array = json.dumps(items).encode()
    with pytest.raises(ParseError, match="truncated"):
        FtmJson().parse({"entities.json": array[:-30]})


def test_not_ftm() -> None:
    with pytest.raises(ParseError, match="not an FtM entity"):
        FtmJson().parse({"entities.json": b'{"foo": 1}\n'})
    with pytest.raises(ParseError, match="not valid JSON"):
        FtmJson().parse({"entities.json": b"id,name\n1,ACME\n"})
    only_relations = b'{"id": "s1", "schema": "Sanction", "properties": {"entity": ["x"]}}\n'
    with pytest.raises(ParseError, match="no Person, Organization"):
        FtmJson().parse({"entities.json": only_relations})


def test_cp1252_fallback_warns() -> None:
    line = '{"id": "e1", "schema": "Company", "properties": {"name": ["Soci\xe9t\xe9 Test"]}}\n'
    result = FtmJson().parse({"entities.json": line.encode("cp1252")})
    assert result.records[0].name == "Société Test"
    assert any("Windows-1252" in w for w in result.warnings)


def test_html_error_page(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json"
    path.write_bytes(b"<!DOCTYPE html>\n<html><body>Bad gateway</body></html>")
    with pytest.raises(ParseError, match="HTML page"):
        snapshot_files(FtmJson(), [path])
    with pytest.raises(ParseError):
        FtmJson().parse({"entities.ftm.json": b"<!DOCTYPE html>\n<html></html>\n"})
