"""An explicit source reads its list under any file name; the content decides the format."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from listwatch.errors import ParseError
from listwatch.store.ingest import ingest_paths
from listwatch.store.schema import snapshots

EU = Path(__file__).parents[1] / "fixtures" / "eu_fsf" / "eu_fsf.xml"


def _origins(store) -> list[str]:
    with store.connect() as conn:
        rows = conn.execute(select(snapshots.c.files)).all()
    return [f["origin"] for r in rows for f in json.loads(r.files)]


def test_a_file_under_another_name(store, tmp_path):
    path = tmp_path / "20240315-FULL-1_1(xsd).xml"
    shutil.copy(EU, path)
    [res] = ingest_paths(store, "eu_fsf", [path])
    assert res.status == "ingested" and res.records == 4


def test_a_folder_holding_the_list_under_another_name(store, tmp_path):
    folder = tmp_path / "eu"
    folder.mkdir()
    shutil.copy(EU, folder / "sanctions-list.xml")
    (folder / "README.md").write_text("downloaded by hand\n")
    [res] = ingest_paths(store, "eu_fsf", [folder])
    assert res.status == "ingested" and res.records == 4
    assert _origins(store) == [str(folder / "sanctions-list.xml")]


def test_dated_subfolders_under_another_name(store, tmp_path):
    for day in ("2024-03-15", "2024-03-16"):
        (tmp_path / day).mkdir()
        shutil.copy(EU, tmp_path / day / "full.xml")
    results = ingest_paths(store, "eu_fsf", [tmp_path])
    assert [r.status for r in results] == ["ingested", "unchanged"]


def test_several_candidates_refused_naming_them(store, tmp_path):
    shutil.copy(EU, tmp_path / "a.xml")
    shutil.copy(EU, tmp_path / "b.xml")
    with pytest.raises(ParseError, match=r"a\.xml, b\.xml") as exc:
        ingest_paths(store, "eu_fsf", [tmp_path])
    assert "--source eu_fsf" in (exc.value.hint or "")


def test_wrong_format_is_a_clear_error(store, tmp_path):
    path = tmp_path / "ConList.xml"
    path.write_text("<?xml version='1.0'?><ArrayOfFinancialSanctionsTarget/>")
    with pytest.raises(ParseError, match=r"ConList\.xml \(read as eu_fsf's eu_fsf\.xml\).*"
                                         r"not an EU FSF XML export"):
        ingest_paths(store, "eu_fsf", [path])
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "list.csv").write_text("name\nA\n")
    with pytest.raises(ParseError, match="no eu_fsf files found"):
        ingest_paths(store, "eu_fsf", [folder])
