"""Finding entries by key or a part of their name, current ones first."""

from __future__ import annotations

from pathlib import Path

import pytest

from listwatch.errors import NotFound
from listwatch.history.lookup import find_entries
from listwatch.store.db import Store
from tests.api.conftest import ingest_custom


def test_find_by_key_and_by_part_of_a_name(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        ingest_custom(store)
        assert find_entries(store, "custom:xiaomi") == [{"key": "custom:xiaomi"}]
        found = find_entries(store, "huawei")
        assert found[0]["key"] == "custom:huawei" and "Huawei" in found[0]["name"]
        assert find_entries(store, "nothing of the sort") == []
        with pytest.raises(NotFound, match="empty query"):
            find_entries(store, "  ")
    finally:
        store.dispose()
