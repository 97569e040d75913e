"""A snapshot's files before the transaction: hashed by content, parsed, one record a key."""

from __future__ import annotations

import json

import pytest

from listwatch.errors import ParseError
from listwatch.sources import get_source
from listwatch.store.prepare import content_hash, parse_files, prepare


def test_the_content_hash_is_of_names_and_bytes_not_of_order() -> None:
    a = {"a.csv": b"one", "b.csv": b"two"}
    assert content_hash(a) == content_hash(dict(reversed(a.items())))
    assert content_hash(a) != content_hash({"a.csv": b"one", "b.csv": b"two!"})
    assert content_hash(a) != content_hash({"a.csv": b"two", "b.csv": b"one"})


def test_one_record_a_key_and_the_warnings_kept() -> None:
    entities = [{"id": "x1", "schema": "Company", "properties": {"name": ["Alpha Trading"]}},
                {"id": "x2", "schema": "Company", "properties": {"name": ["Beta Shipping"]}},
                {"id": "x1", "schema": "Company", "properties": {"name": ["Alpha Again"]}}]
    files = {"entities.ftm.json": "\n".join(json.dumps(e) for e in entities).encode()}
    records, _, warnings = parse_files(get_source("ftm"), files)
    assert [r.name for r in records] == ["Alpha Trading", "Beta Shipping"]
    assert any("x1" in w for w in warnings)
    prepared = prepare(get_source("ftm"), files, folder="2024-01-02")
    assert prepared.digest == content_hash(files) and prepared.folder == "2024-01-02"
    assert [row[0] for row in prepared.rows] == ["ftm:x1", "ftm:x2"]
    assert prepared.warnings == warnings


def test_a_file_without_records_is_refused() -> None:
    with pytest.raises(ParseError, match="no rows under the header"):
        parse_files(get_source("custom"), {"list.csv": b"id,name,schema,country\n"})
