"""The screening index cache: read when it was written for the store's snapshots and this
code, rebuilt and replaced when not, never run as code (SQLite and PostgreSQL)."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

from listwatch.screening.index_cache import cache_file, code_digest, load_index, store_key
from listwatch.screening.screen import Screener
from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files

HEADER = "id,name,schema,aliases,country,identifiers,program,listing_date\n"
FIRST = [
    'huawei,"Huawei Technologies Co., Ltd.",Company,Huawei,China,isin:KYG9830T1067,1260H,2020-06',
    'cm,"China Mobile Communications Group Co., Ltd.",Company,China Mobile,China,,1260H,2020-06',
    'zt,Zhang Tiesan,Person,,China,,1260H,2021-01',
]
#: the next snapshot: one name changed, one entry added
SECOND = [FIRST[0], FIRST[1].replace("China Mobile Communications", "China Mobile Telecom"),
          FIRST[2], 'zs,Zhongshan Shipbuilding Holdings,Company,,China,,1260H,2022-03']


def _ingest(store: Store, rows: list[str], date: str) -> None:
    data = (HEADER + "\n".join(rows) + "\n").encode()
    ingest_files(store, get_source("custom"), {"custom.csv": data}, date=date)


def _answers(screener: Screener, names: list[str]) -> list[list[tuple[str, float]]]:
    return [[(r["key"], r["score"]) for r in screener.screen({"name": n}, explain=False)]
            for n in names]


NAMES = ["Huawei Technologies", "China Mobile Communications", "China Mobile Telecom",
         "Zhongshan Shipbuilding", "Tiesan Zhang", "Nobody Inparticular"]


def test_second_load_reads_the_cache_and_answers_the_same(db_url, tmp_path, monkeypatch):
    store = Store(db_url)
    _ingest(store, FIRST, "2024-01-10")
    folder = tmp_path / "cache"
    built = Screener.load(store, cache=folder)
    assert built.origin == "built"
    files = list(folder.glob("index-*.pickle"))
    assert len(files) == 1
    cached = Screener.load(store, cache=folder)
    assert cached.origin == "cache"
    assert _answers(cached, NAMES) == _answers(built, NAMES)
    assert cached.links.cluster == built.links.cluster
    assert cached.screen({"identifier": "KYG9830T1067"})[0]["key"] == "custom:huawei"
    assert cached.index.listed_interval("custom:huawei") == ("2024-01-10", None)
    # every listed spelling, kept with the index
    spelled = "Huawei Technologies Co., Ltd."
    assert cached._exact is not None and spelled in cached.exact_names()
    assert "HUAWEI TECHNOLOGIES CO., LTD." not in cached.exact_names()
    assert cached.exact_names().hashes.tolist() == built.exact_names().hashes.tolist()
    # the scorer's common word keys, worked out with the index and kept with it
    assert cached.index.common_keys is not None
    assert cached.index.common_keys == built.index.common_keys
    # the default folder is the setting's: ``index-cache`` in the data directory
    monkeypatch.delenv("LISTWATCH_INDEX_CACHE")
    assert Screener.load(store).origin == "built"
    assert Screener.load(store).origin == "cache"
    assert any((tmp_path / "data" / "index-cache").glob("index-*.pickle"))
    assert Screener.load(store, cache=None).origin == "built, not cached"
    store.dispose()


def test_a_new_snapshot_rebuilds_and_replaces_the_file(db_url, tmp_path):
    store = Store(db_url)
    _ingest(store, FIRST, "2024-01-10")
    folder = tmp_path / "cache"
    Screener.load(store, cache=folder)
    before = store_key(store)
    (old,) = folder.glob("index-*.pickle")
    _ingest(store, SECOND, "2024-02-10")
    assert store_key(store) != before
    fresh = Screener.load(store, cache=folder)
    assert fresh.origin == "built"  # never the stale file
    (new,) = folder.glob("index-*.pickle")  # the stale one replaced, not kept beside
    assert new != old and not old.exists()
    keys = [r["key"] for r in fresh.screen({"name": "Zhongshan Shipbuilding"})]
    assert keys[:1] == ["custom:zs"]
    # as of the first snapshot, the added entry is not there; the old name is
    assert "custom:zs" not in [r["key"] for r in fresh.screen(
        {"name": "Zhongshan Shipbuilding"}, as_of="2024-01-20")]
    again = Screener.load(store, cache=folder)
    assert again.origin == "cache"
    assert _answers(again, NAMES) == _answers(fresh, NAMES)
    store.dispose()


def test_an_unreadable_file_is_rebuilt(tmp_path, caplog):
    store = Store(f"sqlite:///{tmp_path / 'lists.db'}")
    _ingest(store, FIRST, "2024-01-10")
    folder = tmp_path / "cache"
    Screener.load(store, cache=folder)
    (path,) = folder.glob("index-*.pickle")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # truncated
    caplog.set_level("WARNING", logger="listwatch.screening.index_cache")
    screener = Screener.load(store, cache=folder)
    assert screener.origin == "built"
    assert "not used" in caplog.text and "building the index" in caplog.text
    assert screener.screen({"name": "Huawei Technologies"})[0]["key"] == "custom:huawei"
    assert Screener.load(store, cache=folder).origin == "cache"  # rewritten whole
    store.dispose()


class _Planted:
    """What a hostile file would hold: an object whose unpickling runs a function."""

    def __reduce__(self):
        return (shutil.rmtree, ("/nonexistent-listwatch-test",))


def test_a_planted_file_is_never_run(tmp_path, caplog):
    store = Store(f"sqlite:///{tmp_path / 'lists.db'}")
    _ingest(store, FIRST, "2024-01-10")
    folder = tmp_path / "cache"
    folder.mkdir()
    key = store_key(store)
    path = cache_file(folder, store, key)
    path.write_bytes(pickle.dumps({"format": 1, "key": key, "index": _Planted()}))
    caplog.set_level("WARNING", logger="listwatch.screening.index_cache")
    screener = Screener.load(store, cache=folder)
    assert screener.origin == "built"
    assert "refers to shutil.rmtree" in caplog.text
    store.dispose()


def test_a_file_of_another_key_under_the_right_name_is_not_used(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'lists.db'}")
    _ingest(store, FIRST, "2024-01-10")
    folder = tmp_path / "cache"
    Screener.load(store, cache=folder)
    (path,) = folder.glob("index-*.pickle")
    _ingest(store, SECOND, "2024-02-10")
    # the old index, renamed to the new key's name: its embedded key gives it away
    path.rename(cache_file(folder, store, store_key(store)))
    fresh = Screener.load(store, cache=folder)
    assert fresh.origin == "built"
    assert [r["key"] for r in fresh.screen({"name": "Zhongshan Shipbuilding"})][:1] \
        == ["custom:zs"]
    store.dispose()


def test_the_code_is_part_of_the_key(tmp_path):
    package = Path(__import__("listwatch").__file__).parent
    same, edited = tmp_path / "same" / "listwatch", tmp_path / "edited" / "listwatch"
    for copy in (same, edited):
        shutil.copytree(package, copy, ignore=shutil.ignore_patterns("_compiled", "__pycache__"))
    normalize = edited / "match" / "normalize.py"
    normalize.write_text(normalize.read_text(encoding="utf-8") + "\n# changed\n",
                         encoding="utf-8")
    assert code_digest(same) == code_digest(package)
    assert code_digest(edited) != code_digest(package)


def test_sources_are_part_of_the_key_and_off_writes_nothing(tmp_path, monkeypatch):
    store = Store(f"sqlite:///{tmp_path / 'lists.db'}")
    _ingest(store, FIRST, "2024-01-10")
    assert store_key(store, ["custom"]) != store_key(store)
    monkeypatch.setenv("LISTWATCH_INDEX_CACHE", "off")
    built = load_index(store)
    assert built.origin == "built, not cached" and built.path is None
    assert not (tmp_path / "data" / "index-cache").exists()
    folder = tmp_path / "elsewhere"
    monkeypatch.setenv("LISTWATCH_INDEX_CACHE", str(folder))
    assert load_index(store).path is not None and any(folder.glob("index-*.pickle"))
    store.dispose()
