"""Every real list file in ../shared/data is read by a test: each dated snapshot of each list
folder is parsed here by its source, and a new folder fails this test until it is mapped.

Folders read by other tests (the whole OFAC history by tests/store/test_ingest.py, the
DoD folders by tests/history/test_record.py, the news and matching sets by their areas)
are listed in ``ELSEWHERE``."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.sources import get_source
from listwatch.sources.files import snapshot_files
from listwatch.sources.opensanctions import read_delta


def shared_data_dir() -> Path:
    """Same rule as ``tests/conftest.py``: ``LISTWATCH_TEST_DATA`` or ``../shared/data``."""
    import os

    root = Path(__file__).resolve().parents[2]
    return Path(os.environ.get("LISTWATCH_TEST_DATA") or str(root.parent / "shared" / "data"))

#: top folder (or top/sub for ftm) -> source id
LISTS = {
    "ofac_sdn": "us_ofac_sdn",
    "ofac_consolidated": "us_ofac_cons",
    "trade_gov_csl": "us_trade_csl",
    "bis_dpl": "us_bis_dpl",
    "un_sc_consolidated": "un_sc",
    "gb_ofsi_conlist": "gb_hmt",
    "ftm/opensanctions-eu_fsf": "os_eu_fsf",
    "ftm/zavod-run": "os_wd_persons",
}
#: read file by file (two excerpts of one export in one folder)
ONE_BY_ONE = {"eu_fsf": "eu_fsf"}
ELSEWHERE = {"ofac_sdn_history", "us_dod_cmc", "news_real_dev", "name_matching_nomenklatura",
             "ftm/opensanctions-delta"}


def _snapshots() -> list[tuple[str, str, Path]]:
    root = shared_data_dir()
    out = []
    for folder, sid in LISTS.items():
        for day in sorted((root / folder).glob("????-??-??")) if (root / folder).is_dir() else []:
            out.append((folder, sid, day))
    return out


def test_every_folder_is_read_somewhere(shared_data: Path) -> None:
    tops = {p.name for p in shared_data.iterdir() if p.is_dir()}
    tops = (tops - {"ftm"}) | {f"ftm/{p.name}" for p in (shared_data / "ftm").iterdir() if p.is_dir()}
    unmapped = tops - set(LISTS) - set(ONE_BY_ONE) - ELSEWHERE
    assert not unmapped, f"real data folders no test reads: {sorted(unmapped)}"


@pytest.mark.realdata
@pytest.mark.parametrize(("folder", "sid", "day"), _snapshots(),
                         ids=[f"{f}/{d.name}" for f, _, d in _snapshots()])
def test_each_real_snapshot_parses(folder: str, sid: str, day: Path, shared_data: Path) -> None:
    source = get_source(sid)
    result = source.parse(snapshot_files(source, [day]))
    assert len(result.records) > 0
    assert all(r.name for r in result.records)
    if folder != "ftm/zavod-run":  # a crawler run's dates are its own, not the folder's
        assert result.published is None or result.published <= day.name or sid.startswith("os_") \
            or sid == "us_bis_dpl"


@pytest.mark.realdata
def test_eu_excerpts_one_by_one(shared_data: Path) -> None:
    for path in sorted((shared_data / "eu_fsf" / "2020-04-15").glob("*.xml")):
        result = get_source("eu_fsf").parse({"eu_fsf.xml": path.read_bytes()})
        assert result.records and result.published == "2020-04-15"


@pytest.mark.realdata
def test_real_delta_reads(shared_data: Path) -> None:
    path = shared_data / "ftm" / "opensanctions-delta" / "2024-05-30" / "entities.delta.json"
    ops = read_delta(path.read_bytes(), path.name)
    kinds = [op for op, _ in ops]
    assert (kinds.count("ADD"), kinds.count("MOD"), kinds.count("DEL")) == (90, 1039, 571)


@pytest.mark.realdata
def test_complete_csl_of_may_2022(shared_data: Path) -> None:
    """The whole trade.gov CSL as published in May 2022 (14,160 rows), incl. Huawei."""
    source = get_source("us_trade_csl")
    result = source.parse(snapshot_files(source, [shared_data / "trade_gov_csl" / "2022-05-16"]))
    assert len(result.records) > 14_000
    lists = {v for r in result.records for v in r.get("list")}
    assert any("Entity List" in v for v in lists)
    huawei = [r for r in result.records if r.name.upper().startswith("HUAWEI TECHNOLOGIES CO")]
    assert huawei and any(d.startswith("2019-05") for r in huawei for d in r.get("listingDate"))
