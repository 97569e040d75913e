"""A batch file with nothing to screen fails loudly (never a calm "no match" for every
row); rows with no name nor identifier among others are counted in a warning."""

from __future__ import annotations

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
    assert r.stdout.splitlines()[1].endswith("true")
