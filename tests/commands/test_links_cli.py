"""``listwatch links list|confirm|split`` on two hand-made lists naming Huawei."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from listwatch.cli import app

runner = CliRunner()


@pytest.fixture(params=["no-index-cache", "index-cached"])
def db(fixtures, tmp_path, monkeypatch, request) -> str:
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    url = f"sqlite:///{tmp_path / 'links.db'}"
    monkeypatch.setenv("LISTWATCH_DB", url)
    monkeypatch.setenv("LISTWATCH_USER", "dora")
    # (with an index cache, ``links list`` reads the links of the cached index's parties
    # file: the second listing below does)
    monkeypatch.setenv("LISTWATCH_INDEX_CACHE", "off" if request.param == "no-index-cache"
                       else str(tmp_path / "cache"))
    store = Store(url)
    ingest_paths(store, "custom", [fixtures / "custom" / "dod_1260h.csv"], date="2024-01-01")
    ingest_paths(store, "ftm", [fixtures / "ftm" / "entities.ftm.json"], date="2024-01-01")
    store.dispose()
    return url


def test_links_list_split_and_screen(db):
    res = runner.invoke(app, ["links", "list", "--key", "custom:huawei", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert rows and rows[0]["reasons"] and rows[0]["status"] == "auto"
    other = rows[0]["key_b"] if rows[0]["key_a"] == "custom:huawei" else rows[0]["key_a"]
    res = runner.invoke(app, ["screen", "Huawei Technologies Co., Ltd.", "--format", "json"])
    results = json.loads(res.stdout[: res.stdout.rindex("]") + 1])[0]["results"]
    party = [r for r in results if "custom:huawei" in (r.get("referents") or [r["key"]])]
    assert len(party) == 1 and other in party[0]["referents"]
    res = runner.invoke(app, ["links", "split", "custom:huawei", other, "--reason",
                              "two registrations"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["screen", "Huawei Technologies Co., Ltd.", "--format", "json"])
    results = json.loads(res.stdout[: res.stdout.rindex("]") + 1])[0]["results"]
    keys = [r["key"] for r in results]
    assert "custom:huawei" in keys and other in keys
    res = runner.invoke(app, ["links", "list", "--status", "split", "--format", "json"])
    assert res.exit_code == 0, res.output
    split = json.loads(res.stdout)
    assert split[0]["reviewed_by"] == "dora" and split[0]["review_reason"] == "two registrations"
    res = runner.invoke(app, ["links", "confirm", "custom:huawei", "custom:nothing",
                              "--reason", "x"])
    assert res.exit_code != 0 and "no entry" in str(res.exception)
