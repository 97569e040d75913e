"""BIS Denied Persons List adapter, on the two real shared files and small cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import ParseError
from listwatch.model import ParseResult
from listwatch.sources import get_source
from listwatch.sources.bis_dpl import COLUMNS, BisDpl, record_id
from listwatch.sources.files import snapshot_files

HEADER = "\t".join(f'"{c}"' for c in COLUMNS)


def row(*values: str) -> str:
    return "\t".join(f'"{v}"' for v in values)


ROW = row(
    "JOHN DOE", "1 MAIN ST", "AUSTIN", "TX", "US", "78701", "03/16/2020", "12/13/2028", "Y",
    "2020-03-20", "FR NOTICE ADDED", "85 F.R. 16054 3/20/2020",
)  # fmt: skip


def parse(text: str) -> ParseResult:
    return BisDpl().parse({"dpl.txt": text.encode("utf-8")})


def load(shared_data: Path, day: str) -> ParseResult:
    files = snapshot_files(BisDpl(), [shared_data / "bis_dpl" / day])
    return BisDpl().parse(files)


def test_registry_and_metadata() -> None:
    source = get_source("us_bis_dpl")
    assert isinstance(source, BisDpl)
    assert source.downloads == {"dpl.txt": "https://www.bis.doc.gov/dpl/dpl.txt"}
    assert "export privileges denied" in source.effect_of([]).lower()


@pytest.mark.realdata
def test_2019_file(shared_data: Path) -> None:
    result = load(shared_data, "2019-06-29")
    # 546 data rows (SOURCES.md's 545 is `wc -l` minus the header: the last line has no
    # newline); 3 are exact duplicates and the rest are 415 distinct names.
    assert len(result.records) == 415
    assert result.published == "2019-06-12"
    assert result.warnings == [
        "line 130: exact duplicate of line 129, merged",
        "line 141: exact duplicate of line 140, merged",
        (
            "line 326: Last_Update 3017-08-22 is implausible (a typing error?), not used for "
            "the list's publication date"
        ),
        "line 381: exact duplicate of line 380, merged",
    ]
    rows = sum(len(r.get("address")) for r in result.records)
    assert rows == 543  # one address per remaining row, a few rows share an address line


@pytest.mark.realdata
def test_2022_file(shared_data: Path) -> None:
    result = load(shared_data, "2022-09-07")
    assert len(result.records) == 459  # 581 rows
    assert result.published == "2022-09-02"
    assert sum("exact duplicate" in w for w in result.warnings) == 2
    assert sum("implausible" in w for w in result.warnings) == 3  # 0222, 2922, 3017
    by_name = {r.name: r for r in result.records}
    zimo = by_name["ZIMO SHENG"]
    assert zimo.id == record_id("Zimo  Sheng") == "cae217974844"
    assert zimo.schema == "LegalEntity"
    assert zimo.get("address") == [
        "3975 N. CRAMER STREET, UNIT 204, MILWAUKEE, WI 53211",
        "JINXIUYUAN 17-403, CHANGSHU, JIANGSU, 215500, CN",
    ]
    assert zimo.get("country") == ["CN"]
    assert zimo.get("effectiveDate") == ["2020-03-16"]
    assert zimo.get("expirationDate") == ["2028-12-13"]
    assert zimo.get("federalRegister") == ["85 F.R. 16054 3/20/2020"]
    assert zimo.get("action") == ["FR NOTICE ADDED"]
    assert zimo.get("list") == ["Denied Persons List"]
    ash = by_name["I. ASH"]  # two denial orders, three addresses: one record
    assert ash.get("effectiveDate") == ["2002-03-04", "2003-06-19"]
    assert len(ash.get("address")) == 3


@pytest.mark.realdata
def test_ids_are_stable_across_renewals(shared_data: Path) -> None:
    old = {r.id: r for r in load(shared_data, "2019-06-29").records}
    new = {r.id: r for r in load(shared_data, "2022-09-07").records}
    assert len(old.keys() & new.keys()) == 311
    # AIR FREIGHT LTD's temporary denial order was renewed between the two files.
    rid = record_id("AIR FREIGHT LTD")
    assert old[rid].get("effectiveDate") == ["2019-06-05"]
    assert new[rid].get("effectiveDate") == ["2022-05-13"]


def test_small_file() -> None:
    other = ROW.replace("1 MAIN ST", "2 SIDE ST")
    result = parse(f"{HEADER}\n{ROW}\n{other}\n{ROW}\n")
    assert len(result.records) == 1
    r = result.records[0]
    assert r.get("address") == [
        "1 MAIN ST, AUSTIN, TX 78701, US",
        "2 SIDE ST, AUSTIN, TX 78701, US",
    ]
    assert r.get("notes") == ["Standard order: Y"]
    assert result.published == "2020-03-20"
    assert result.warnings == ["line 4: exact duplicate of line 2, merged"]


def test_bad_dates_are_kept_in_notes() -> None:
    bad = ROW.replace("12/13/2028", "13/45/2028")
    result = parse(HEADER + "\n" + bad)
    assert result.records[0].get("expirationDate") == []
    assert "Expiration_Date: 13/45/2028" in result.records[0].get("notes")
    assert "not a date" in result.warnings[0]


def test_cp1252_fallback_is_reported() -> None:
    result = BisDpl().parse(
        {"dpl.txt": (HEADER + "\n" + ROW.replace("JOHN", "J\xd6HN")).encode("cp1252")}
    )
    assert result.records[0].name == "J\xd6HN DOE"
    assert "Windows-1252" in result.warnings[0]


def test_truncated_file_is_refused() -> None:
    with pytest.raises(ParseError, match="line 3.*cut short"):
        parse(HEADER + "\n" + ROW + "\n" + ROW[:40])


@pytest.mark.realdata
def test_real_file_cut_is_refused(shared_data: Path) -> None:
    data = (shared_data / "bis_dpl" / "2022-09-07" / "dpl.txt").read_bytes()
    with pytest.raises(ParseError, match="cut short"):
        BisDpl().parse({"dpl.txt": data[: len(data) // 2]})


def test_csv_instead_of_tsv_is_refused() -> None:
    text = ",".join(COLUMNS) + "\n" + ROW.replace("\t", ",")
    with pytest.raises(ParseError, match="not tab-separated"):
        parse(text)


def test_renamed_column_is_refused() -> None:
    with pytest.raises(ParseError, match="missing column.*FR_Citation"):
        parse(HEADER.replace("FR_Citation", "Citation") + "\n" + ROW)


def test_short_rows_are_skipped_then_refused() -> None:
    result = parse("\n".join([HEADER, ROW, row("A", "B")]))
    assert result.warnings == ["line 3: 2 fields instead of 12, skipped"]
    with pytest.raises(ParseError, match="not a usable"):
        parse("\n".join([HEADER] + [row("A", "B")] * 20))


@pytest.mark.parametrize(
    ("data", "message"),
    [(HEADER.encode(), "no entries"), (b"\x00\x01\x02", "binary"), (b"{}", "format")],
)
def test_damaged_files(data: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        BisDpl().parse({"dpl.txt": data})
