"""A batch file with nothing to screen fails loudly (never a calm "no match" for every
row); rows with no name nor identifier among others are counted in a warning."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths
from listwatch.store.schema import screenings
from tests.commands.inprocess import run_main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('blank') / 'blank.db'}"
    store = Store(url)
    ingest_paths(store, "eu_fsf", [FIXTURES / "eu_fsf"], date="2024-01-01")
    store.dispose()
    return url


def _recorded(db: str) -> int:
    store = Store(db)
    with store.connect() as conn:
        n = conn.execute(select(func.count()).select_from(screenings)).scalar_one()
    store.dispose()
    return int(n)


@pytest.mark.parametrize("content, encoding, says", [
    ("id,name,country\r\n1,,FR\r\n2,   ,DE\r\n", "utf-8", "column 'name' empty"),
    # a customer export: Windows-1252, ';', the names in a column of its own word
    ("Référence;Nom;Date de naissance\r\n1;;29/05/1972\r\n2;;\r\n", "cp1252",
     "column 'Nom' empty"),
    ("id,first_name,last_name\n1,,\n", "utf-8", "columns 'first_name', 'last_name' empty"),
    ("id,name\n", "utf-8", "no rows to screen"),
], ids=["blank-names", "cp1252-semicolon", "name-parts", "header-only"])
def test_nothing_to_screen_fails_before_screening(db: str, tmp_path: Path, content: str,
                                                   encoding: str, says: str):
    path = tmp_path / "in.csv"
    path.write_bytes(content.encode(encoding))
    before = _recorded(db)
    r = run_main("--db", db, "screen", "--input", str(path), "--workers", "1")
    assert r.returncode == 2 and says in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert _recorded(db) == before  # no screening recorded as "no match"


def test_blank_rows_among_others_are_counted(db: str, tmp_path: Path):
    path = tmp_path / "in.csv"
    path.write_text("id,name\n1,Joint Stock Company Polar Test Shipping\n2,\n3,  \n",
                    encoding="utf-8")
    r = run_main("--db", db, "screen", "--input", str(path), "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert "2 row(s) with no name and no identifier: nothing was screened" in r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["match"] for row in rows] == ["true", "false", "false"]


@pytest.mark.parametrize("dates, order, says", [
    (["10/05/1976", "12/25/1980", "07/30/1975"], None, "written month first (e.g. 12/25/1980)"),
    (["05/10/1976", "25/12/1980"], "mdy", "written day first (e.g. 25/12/1980)"),
], ids=["month-first-read-dmy", "day-first-read-mdy"])
def test_birth_dates_in_the_other_order_are_refused(db: str, tmp_path: Path,
                                                     dates: list[str], order: str | None,
                                                     says: str):
    """A file whose dates can only be month first, read day first, would have its
    ambiguous dates (10/05/1976) read as the wrong day and held against the lists'."""
    path = tmp_path / "in.csv"
    path.write_text("name,dob\n" + "".join(f"Someone {i},{d}\n" for i, d in enumerate(dates)),
                    encoding="utf-8")
    before = _recorded(db)
    args = ["--date-order", order] if order else []
    r = run_main("--db", db, "screen", "--input", str(path), "--workers", "1", *args)
    assert r.returncode == 2 and says in r.stderr, r.stderr
    assert "--date-order" in r.stderr and _recorded(db) == before
    other = "dmy" if order == "mdy" else "mdy"
    r = run_main("--db", db, "screen", "--input", str(path), "--workers", "1",
                 "--date-order", other)
    assert r.returncode == 0, r.stderr


def test_birth_dates_in_both_orders_are_warned(db: str, tmp_path: Path):
    path = tmp_path / "in.csv"
    path.write_text("name,dob\nA B,30/07/1975\nC D,12/25/1980\nE F,10/05/1976\n",
                    encoding="utf-8")
    r = run_main("--db", db, "screen", "--input", str(path), "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert "both day first (e.g. 30/07/1975) and month first (e.g. 12/25/1980)" in r.stderr


def test_a_blank_single_name_is_refused(db: str):
    before = _recorded(db)
    r = run_main("--db", db, "screen", "   ")
    assert r.returncode == 2 and "the name given is blank" in r.stderr, r.stderr
    assert "no match" not in r.stdout and _recorded(db) == before


def _xlsx(path: Path) -> None:
    """An Excel workbook as Excel writes one: a zip of XML parts."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("xl/worksheets/sheet1.xml",
                   '<worksheet><sheetData><row><c t="inlineStr"><is><t>name</t></is></c>'
                   "</row></sheetData></worksheet>")


@pytest.mark.parametrize("name, make, says", [
    ("clients.xlsx", _xlsx, "an Excel workbook .xlsx"),
    ("clients.csv", _xlsx, "an Excel workbook .xlsx"),  # renamed, still a workbook
    ("clients.xls", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)),
     "an old Excel workbook (.xls)"),
    ("clients.csv.gz", lambda p: p.write_bytes(__import__("gzip").compress(b"name\nA B\n")),
     "gzip-compressed"),
], ids=["xlsx", "xlsx-named-csv", "xls", "gzip"])
def test_a_workbook_or_archive_is_named_not_read_as_a_header(db: str, tmp_path: Path, name,
                                                               make, says: str):
    """A workbook given for a CSV says what it is and what to do (not "no name column",
    listing the zip's bytes as the columns found); nothing is recorded."""
    path = tmp_path / name
    make(path)
    before = _recorded(db)
    r = run_main("--db", db, "screen", "--input", str(path), "--workers", "1")
    assert r.returncode == 2 and says in r.stderr and "save a spreadsheet as CSV" in r.stderr
    assert "no column to screen" not in r.stderr and "Traceback" not in r.stderr
    assert _recorded(db) == before


def test_a_windows_1252_header_is_quoted_as_written(db: str, tmp_path: Path):
    """The header of a Windows-1252 file with no column to screen is quoted in the message
    as the rows would be read (Nationalité), not with a replacement character."""
    path = tmp_path / "in.csv"
    path.write_bytes("Libellé;Date de naissance;Nationalité\r\nX;29/05/1972;FR\r\n"
                     .encode("cp1252"))
    r = run_main("--db", db, "screen", "--input", str(path), "--workers", "1")
    assert r.returncode == 2 and "no column to screen" in r.stderr, r.stderr
    assert "Libellé, Date de naissance, Nationalité" in r.stderr
    assert "\ufffd" not in r.stderr


def test_a_french_full_name_column_is_screened(db: str, tmp_path: Path):
    """``Nom complet`` (a French export's full name) is the name column, and the
    Windows-1252 ``Nationalité`` the country."""
    path = tmp_path / "in.csv"
    path.write_bytes("Nom complet;Date de naissance;Nationalité\r\n"
                     "Joint Stock Company Polar Test Shipping;;Russie\r\n".encode("cp1252"))
    r = run_main("--db", db, "screen", "--input", str(path), "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert "not used for screening" not in r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["match"] for row in rows] == ["true"]
