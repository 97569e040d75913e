"""trade.gov Consolidated Screening List adapter, on the real shared file and small cases."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.model import ParseResult, Record
from listwatch.sources import get_source
from listwatch.sources.files import snapshot_files
from listwatch.sources.trade_csl import COLUMNS, TradeCsl, sublist

HEADER = ",".join(COLUMNS)


def row(**values: str) -> str:
    return ",".join('"' + values.get(c, "").replace('"', '""') + '"' for c in COLUMNS)


EL = "Entity List (EL) - Bureau of Industry and Security"


def parse(text: str, **kw: bool) -> ParseResult:
    return TradeCsl(**kw).parse({"consolidated.csv": text.encode("utf-8")})


@pytest.fixture(scope="module")
def real(shared_data: Path) -> ParseResult:
    files = snapshot_files(TradeCsl(), [shared_data / "trade_gov_csl" / "2023-11-30"])
    assert list(files) == ["csl.csv"]
    return TradeCsl().parse(files)


@pytest.fixture(scope="module")
def by_id(real: ParseResult) -> dict[str, Record]:
    return {r.id: r for r in real.records}


def test_registry_and_metadata() -> None:
    source = get_source("us_trade_csl")
    assert isinstance(source, TradeCsl)
    assert source.accepts("consolidated.csv") and source.accepts("CSL.csv")
    assert source.downloads["consolidated.csv"].endswith("/v1/consolidated.csv")
    assert "presumption of denial" in source.effect_of(["Entity List"])
    assert "ITAR" in source.effect_of(["DTC"])
    assert source.effect_of(["no such list"]) == source.legal_effect


@pytest.mark.realdata
def test_real_file_counts_and_warnings(real: ParseResult) -> None:
    assert len(real.records) == 4226
    assert real.published is None
    assert real.warnings[0] == "line 2: repeated header skipped"
    assert real.warnings[1].startswith("line 4233: 8 fields instead of 29, skipped")
    assert "cut short" in real.warnings[1]
    assert len(real.warnings) == 2
    lists = collections.Counter(r.first("list") for r in real.records)
    # SOURCES.md counts 1738 SDN rows: one of them is the cut last row.
    assert lists["Specially Designated Nationals"] == 1737
    assert lists["Entity List"] == 919
    assert lists["Denied Persons List"] == 577
    assert lists["Non-SDN Chinese Military-Industrial Complex Companies List"] == 68
    assert len({r.id for r in real.records}) == 4226


@pytest.mark.realdata
def test_huawei_on_the_cmic_list(real: ParseResult, by_id: dict[str, Record]) -> None:
    huawei = [r for r in real.records if "HUAWEI" in r.name]
    assert [r.id for r in huawei] == ["CMIC-30947"]
    r = by_id["CMIC-30947"]
    assert r.name == "HUAWEI TECHNOLOGIES CO., LTD."
    assert r.schema == "Organization"
    assert r.get("list") == ["Non-SDN Chinese Military-Industrial Complex Companies List"]
    assert r.get("authority") == ["U.S. Treasury, Office of Foreign Assets Control"]
    assert r.get("program") == ["CMIC-EO13959"]
    assert r.get("uscCode") == ["914403001922038216"]
    assert r.get("listingDate") == ["2021-06-03"]
    assert r.get("effectiveDate") == ["2021-08-02"]
    assert r.get("divestmentDate") == ["2022-06-03"]
    assert r.get("country") == ["CN"]
    assert r.get("alias") == ["Huawei Investment & Holding Co Ltd"]
    assert "Target Type: Private Company" in r.get("notes")
    assert "securities" in TradeCsl().effect_of(r.get("list"))


@pytest.mark.realdata
def test_entity_list_entry(by_id: dict[str, Record]) -> None:
    r = by_id["EL-b6e959b59898e975daaae8fae3a8da1ec522f9f888cafc0e6401a16d"]
    assert r.name == "Abdul Satar Ghoura"
    assert r.schema == "LegalEntity"  # the BIS lists give no type
    assert r.get("list") == ["Entity List"]
    assert r.get("listingDate") == ["2011-11-21"]
    assert r.get("federalRegister") == ["76 FR 71867"]
    assert r.get("country") == ["AF", "PK"]
    assert len(r.get("address")) == 4
    assert "License policy: Presumption of denial." in r.get("notes")


@pytest.mark.realdata
def test_ofac_entity_on_two_sub_lists_gets_two_ids(by_id: dict[str, Record]) -> None:
    ssi, mbs = by_id["SSI-17014"], by_id["NS-MBS-17014"]
    assert ssi.get("list") == ["Sectoral Sanctions Identifications List"]
    assert mbs.get("list") == ["Non-SDN Menu-Based Sanctions List"]
    assert ssi.get("program") == ["RUSSIA-EO14024", "UKRAINE-EO13662"]


@pytest.mark.realdata
def test_identifiers_vessels_and_birth_dates(by_id: dict[str, Record]) -> None:
    vtb = by_id["SSI-17013"]
    assert vtb.get("swiftBic") == ["VTBRRUMM"]
    assert vtb.get("leiCode") == ["253400V1H6ART1UQ0N98"]
    assert vtb.get("taxNumber") == ["7702070139"]
    assert vtb.get("registrationNumber") == ["1027739609391"]
    assert "BIK (RU): 044030707" in vtb.get("idNumber")
    vessel = by_id["SDN-4243"]
    assert vessel.schema == "Vessel"
    assert vessel.get("imoNumber") == ["IMO 7406784"]
    assert vessel.get("flag") == ["Panama"]
    assert vessel.get("tonnage") == ["2595"]
    circa = by_id["SDN-7854"]
    assert circa.schema == "Person"
    assert circa.get("birthDate") == ["1946", "1949"]
    assert "Date of birth: circa 1946" in circa.get("notes")


@pytest.mark.realdata
def test_strict_mode_refuses_the_cut_real_file(shared_data: Path) -> None:
    data = (shared_data / "trade_gov_csl" / "2023-11-30" / "csl.csv").read_bytes()
    with pytest.raises(ParseError, match="line 4233.*cut short"):
        TradeCsl(strict=True).parse({"csl.csv": data})


@pytest.mark.realdata
def test_real_file_cut_in_half(shared_data: Path) -> None:
    data = (shared_data / "trade_gov_csl" / "2023-11-30" / "csl.csv").read_bytes()
    half = data[: len(data) // 2]
    with pytest.raises(ParseError, match="cut short"):
        TradeCsl(strict=True).parse({"csl.csv": half})
    lenient = TradeCsl().parse({"csl.csv": half})
    assert 1000 < len(lenient.records) < 4226
    assert "cut short" in lenient.warnings[-1]


def test_small_file_and_dates() -> None:
    text = "\n".join(
        [
            HEADER,
            row(_id="a1", source=EL, name="ACME", start_date="2020-05-22", ids="ISIN, X1"),
            row(
                _id="7",
                source="Specially Designated Nationals (SDN) - Treasury Department",
                type="Individual",
                name="DOE, John",
                dates_of_birth="Sep 1938; 1960 to 1962",
                ids="Passport, AB123, EG, 18 Jan 1984; Cedula No., 99, CO",
            ),
            row(_id="a2", source="Brand New List (BNL) - Some Agency", type="Aircraft", name="X"),
        ]
    )
    result = parse(text + "\n")
    assert result.warnings == []
    acme, doe, plane = result.records
    assert acme.id == "EL-a1" and acme.get("isin") == ["X1"]
    assert acme.get("listingDate") == ["2020-05-22"]
    assert doe.get("birthDate") == ["1938-09", "1960", "1962"]
    assert doe.get("passportNumber") == ["AB123"]
    assert doe.get("idNumber") == ["Cedula No.: 99"]
    assert plane.schema == "Airplane" and plane.id == "BNL-a2"
    assert plane.get("list") == ["Brand New List"] and plane.get("authority") == ["Some Agency"]


def test_sublist_names() -> None:
    assert sublist("Military End User (MEU) List - Bureau of Industry and Security")[:2] == (
        "MEU",
        "Military End User List",
    )
    assert sublist("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department")[0] == (
        "NS-MBS"
    )
    assert sublist("odd text")[0] == "ODD-TEXT"


def test_repeated_id_in_same_sub_list_is_kept_with_suffix() -> None:
    text = "\n".join([HEADER, row(_id="1", source=EL, name="A"), row(_id="1", source=EL, name="B")])
    result = parse(text)
    assert [r.id for r in result.records] == ["EL-1", "EL-1~2"]
    assert "repeats an earlier row" in result.warnings[0]


def test_cp1252_fallback_is_reported() -> None:
    text = "\n".join([HEADER, row(_id="1", source=EL, name="Soci\xe9t\xe9 G\xe9n\xe9rale")])
    result = TradeCsl().parse({"csl.csv": text.encode("cp1252")})
    assert result.records[0].name == "Soci\xe9t\xe9 G\xe9n\xe9rale"
    assert "Windows-1252" in result.warnings[0]


def test_utf8_bom_is_accepted() -> None:
    text = "\n".join([HEADER, row(_id="1", source=EL, name="A")])
    result = TradeCsl().parse({"csl.csv": b"\xef\xbb\xbf" + text.encode()})
    assert len(result.records) == 1 and result.warnings == []


def test_truncated_small_file() -> None:
    text = "\n".join([HEADER, row(_id="1", source=EL, name="A"), row(_id="2", source=EL)])
    cut = text + '\n"3","Entity List (EL) - Bureau of Indus'
    with pytest.raises(ParseError, match="line 4.*cut short"):
        parse(cut, strict=True)
    assert len(parse(cut).records) == 1  # row 2 has no name; row 3 is cut


def test_sdn_csv_given_as_csl_is_refused() -> None:
    sdn = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
    with pytest.raises(ParseError, match="OFAC CSV"):
        TradeCsl().parse({"csl.csv": sdn.encode()})


def test_renamed_column_is_refused() -> None:
    text = HEADER.replace("alt_names", "aliases") + "\n" + row(_id="1", source=EL, name="A")
    with pytest.raises(ParseError, match="missing column.*alt_names"):
        parse(text)


def test_missing_column_is_refused() -> None:
    text = HEADER.replace(",ids", "") + "\n"
    with pytest.raises(ParseError, match="missing column.*ids"):
        parse(text)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04\x00\x00binary", "binary"),
        (HEADER.encode(), "no entries"),
        (HEADER.encode() + b'\n"a","b\n"c"d"\n', "line 2: malformed CSV"),
        (b'"a","b"\n', "missing column"),
    ],
)
def test_damaged_files(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        TradeCsl().parse({"consolidated.csv": data})


def test_many_broken_rows_mean_wrong_format() -> None:
    lines = [HEADER] + ['"x","y"'] * 30 + [row(_id="1", source=EL, name="A")]
    with pytest.raises(ParseError, match="not a usable"):
        parse("\n".join(lines))


def test_no_file() -> None:
    with pytest.raises(ParseError, match="consolidated.csv"):
        TradeCsl().parse({"other.csv": b"x"})
