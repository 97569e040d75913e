"""`update` takes every new dated DoD folder from a mirror (a folder or a URL served on
127.0.0.1), in date order, and reads an FtM export of the 1260H list when a setting
points at it."""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from listwatch.history.diff import diff
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_paths
from listwatch.store.snapshots import list_snapshots
from listwatch.update import update_sources

pytestmark = pytest.mark.realdata


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def http_mirror(shared_data: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(shared_data))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _started(tmp_path: Path, shared_data: Path) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'u.db'}")
    base = shared_data / "us_dod_cmc/sec1260h"
    for day in ("2021-06-03", "2022-10-05", "2024-01-31"):
        ingest_paths(store, "us_dod_1260h", [base / day])
    return store


def _dates(store: Store, sid: str = "us_dod_1260h") -> dict[str, int]:
    with store.connect() as conn:
        return {s.date: s.record_count for s in list_snapshots(conn, sid)}


@pytest.mark.parametrize("kind", ["folder", "url"])
def test_update_takes_every_new_dated_folder_in_order(tmp_path, shared_data, http_mirror, kind):
    store = _started(tmp_path, shared_data)
    mirror = str(shared_data) if kind == "folder" else http_mirror
    report = update_sources(store, ["us_dod_cmc"], mirror=mirror)
    ok = [r for r in report["sources"] if r["source"] == "us_dod_1260h" and r["status"] == "ok"]
    assert [r["snapshot"]["date"] for r in ok] == ["2024-10-23", "2024-12-17", "2025-01-07", "2026-06-08"]
    assert _dates(store)["2024-12-17"] == 71 and _dates(store)["2026-06-08"] == 188
    assert len(_dates(store, "us_dod_1237")) == 5
    again = update_sources(store, ["us_dod_1260h"], mirror=mirror)
    assert [r["status"] for r in again["sources"]] == ["unchanged"]


def test_update_without_mirror_or_setting_says_what_to_do(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'n.db'}")
    report = update_sources(store, ["us_dod_1260h"], mirror=None)
    (item,) = report["sources"]
    assert item["status"] == "missing" and "LISTWATCH_DOD_1260H_FTM" in item["message"]


def _ftm(path: Path) -> Path:
    """A small FtM export in OpenSanctions' shape (entities and their Sanction)."""
    items = [
        {"id": "NK-a", "schema": "Company", "properties": {
            "name": ["Hesai Group"], "alias": ["Hesai Technology Co., Ltd."]}},
        {"id": "NK-b", "schema": "Company", "properties": {"name": ["Example Robotics Co., Ltd."]}},
        {"id": "NK-c", "schema": "Company", "properties": {"name": ["Shenzhen Consys Science & Technology Co., Ltd."]}},
        {"id": "s-c", "schema": "Sanction", "properties": {
            "entity": ["NK-c"], "startDate": ["2024-01-31"], "endDate": ["2025-01-07"]}},
    ]
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    return path


def test_update_reads_an_ftm_export_as_a_whole_edition(tmp_path, shared_data, monkeypatch):
    store = _started(tmp_path, shared_data)
    monkeypatch.setenv("LISTWATCH_DOD_1260H_FTM", str(_ftm(tmp_path / "entities.ftm.json")))
    refused = update_sources(store, ["us_dod_1260h"], mirror=None)["sources"][0]
    assert refused["status"] == "failed" and "refused" in refused["message"]  # 2 of 73: a cut file?
    report = update_sources(store, ["us_dod_1260h"], mirror=None, force=True)
    (item,) = report["sources"]
    assert item["status"] == "ok", item
    day = item["snapshot"]["date"]
    d = diff(store, "us_dod_1260h", "2024-01-31", day)
    # Hesai keeps its key through "also known as"; the ended entry is not in force
    assert "us_dod_1260h:hesai-technology" in d["changed"]
    assert d["added"] == ["us_dod_1260h:example-robotics"]
    assert len(d["removed"]) == 72
