"""The record's canonical JSON: what content hashes are computed on, so never changed."""

from __future__ import annotations

import json

from listwatch.model import Record, _dumps


def _reference(data: dict) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def test_canonical_json_is_json_dumps_for_every_character() -> None:
    chars = [*range(0, 0x3000), *range(0xE000, 0x10000, 7), 0x1F600, 0x20000, 0x10FFFF]
    for cp in chars:
        value = chr(cp) + 'x"\\/'
        data = {"b": [value], "a": {"z": value, "y": []}, "é": "1"}
        assert _dumps(data) == _reference(data), hex(cp)


def test_lone_surrogate_still_serialised() -> None:
    data = {"name": "a\ud800b"}
    assert _dumps(data) == _reference(data)


def test_add_keeps_values_clean_and_sorted() -> None:
    record = Record("custom", "1", "Person", "A")
    record.add("alias", " Zed  Z ", "Alpha", "Alpha", None, "")
    assert record.properties["alias"] == ["Alpha", "Zed Z"]
    record.add("alias", "Beta", "Alpha")
    assert record.properties["alias"] == ["Alpha", "Beta", "Zed Z"]
    full, hashed = record.json_pair()
    assert full == _reference(record.to_dict()) == hashed
    record.add("lastSeen", "2024-06-01T10:57:03")
    full, hashed = record.json_pair()
    assert '"lastSeen"' in full and '"lastSeen"' not in hashed
