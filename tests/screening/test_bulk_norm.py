"""Building a large index in chunks on every core (``screening.bulk_norm``): each chunk's
result is exactly what this process would work out, whether a helper process did it or
this one, in the order of the chunks, even when a helper cannot start or dies."""

from __future__ import annotations

import logging

import numpy as np
import orjson
import pytest

from listwatch.match.normalize import normalize
from listwatch.screening.bulk_norm import Pool, reading
from listwatch.screening.index import (
    NameIndex,
    Version,
    chunk_work,
    skeleton_keys,
    vocabulary_keys,
)
from listwatch.store.codec import encode

from .index_equal import assert_same_index

RECORDS = [
    ("Person", "Ivan Petrov", {"alias": ["IVAN PETROV", "Petrov, Ivan", "Иван Петров"],
                               "passportNumber": ["7501 123456"]}),
    ("Person", "习近平", {"alias": ["ИВАН ПЕТРОВ"]}),
    ("Company", "華信船務有限公司", {"alias": ["ROSNEFT TRADING S.A.", "Rosneft Trading SA"],
                               "registrationNumber": ["CHE-123.456.789"],
                               "isin": ["RU000A0J2Q06"]}),
    ("Person", "محمد عبد الرحمن", {"alias": ["Abdul Rahman Al-Tikriti", " "]}),
    ("Company", "شركة النفط PLC", {"previousName": ["No. 11 Institute"]}),
    ("Vessel", "LONG XING 611", {"imoNumber": ["IMO 9387421"]}),
    ("Person", "김정은", {"weakAlias": ["Kim Jong Un", "Kim Jong Un"]}),
    ("Organization", "123", {}),
    ("Company", "ООО Ромашка", {"alias": ["Joynt Stock Company Almaz", "Ἀθῆναι"]}),
    ("Person", "", {"alias": ["Ivan Petrov"]}),
]


def stored(name: str, props: dict[str, list[str]]) -> bytes:
    return encode(orjson.dumps({"name": name, "properties": props}).decode())


def chunks(size: int) -> list[tuple[int, list[tuple[str, bytes]]]]:
    rows = [(schema, stored(name, props)) for schema, name, props in RECORDS * 3]
    return [(start, rows[start:start + size]) for start in range(0, len(rows), size)]


def same(a, b) -> bool:
    """Two chunks' results equal: the skeletons as a set of (hash, name) (a name's
    skeletons come in an order of the process's string hashing; the index sorts them),
    the names packed byte for byte."""
    *rest_a, hashes_a, owners_a, (raw_a, ends_a, odd_a) = a
    *rest_b, hashes_b, owners_b, (raw_b, ends_b, odd_b) = b
    pairs_a = sorted(zip(hashes_a.tolist(), owners_a.tolist(), strict=True))
    pairs_b = sorted(zip(hashes_b.tolist(), owners_b.tolist(), strict=True))
    return (rest_a == rest_b and pairs_a == pairs_b and raw_a == raw_b
            and ends_a.tolist() == ends_b.tolist() and odd_a == odd_b)


@pytest.mark.parametrize("packed", [False, True])
def test_a_chunk_is_what_add_would_index(packed: bool, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    """Names kept as they are, or packed as they come (``PACKED_FROM``)."""
    from listwatch.screening import index as index_mod

    if packed:
        monkeypatch.setattr(index_mod, "PACKED_FROM", 0)
    by_add = NameIndex()
    for n, (schema, name, props) in enumerate(RECORDS):
        by_add.add(Version(f"x:{n}", "x", schema, name, props, "2024-01-01", None))
    by_parts = NameIndex()
    meta = [(f"x:{n}", "x", schema, stored(name, props), "2024-01-01", None)
            for n, (schema, name, props) in enumerate(RECORDS)]
    by_parts._add_parts(meta, chunk_work([(m[2], m[3]) for m in meta]), compact=False)
    by_add.finish()
    by_parts.finish()
    assert_same_index(by_parts, by_add)
    # a blank alias is no name, a name met twice in a version counts once
    assert isinstance(by_parts.name_norm, index_mod.PackedNames) is packed
    assert isinstance(by_parts.name_text, index_mod.PackedTexts) is packed
    assert "Kim Jong Un" in by_parts.name_text
    assert list(by_parts.name_text).count("Kim Jong Un") == 1
    for norm in by_parts.name_norm:  # (each exactly ``normalize`` of its text)
        assert norm == normalize(norm.original, norm.kind)
    assert set(skeleton_keys(by_parts.name_norm[0]))


@pytest.mark.parametrize(("workers", "size"), [(1, 4), (2, 1), (3, 4)])
def test_results_in_order_whoever_works(workers: int, size: int) -> None:
    expected = [(n, chunk_work(chunk)) for n, chunk in chunks(size)]
    with Pool(chunk_work, workers=workers) as pool:
        got = list(pool.map(iter(chunks(size))))
        assert [n for n, _ in got] == [n for n, _ in expected]
        assert all(same(a, b) for (_, a), (_, b) in zip(got, expected, strict=True))
        assert pool.done_here + pool.done_by_helpers == len(expected)
        if workers > 1:  # (the first chunk always finds an idle helper)
            assert pool.done_by_helpers >= 1
            assert all(helper.alive for helper in pool.helpers or ())
        words = sorted({w for _, parts in got for f in parts[4] for w in f[2]})
        keys = pool.submit(vocabulary_keys, words)()
        assert np.array_equal(keys.hashes, vocabulary_keys(words).hashes)
    assert pool.helpers == []


def test_a_function_a_helper_cannot_be_sent_is_worked_here(caplog) -> None:
    with caplog.at_level(logging.WARNING, "listwatch.screening.bulk_norm"):
        with Pool(lambda chunk: [reading(t) for t in chunk], workers=2) as pool:
            got = list(pool.map(iter([(0, ["IVAN Petrov"]), (1, ["ИВАН"])])))
    assert "no helper" in caplog.text
    assert got == [(0, ["ivan petrov"]), (1, ["ИВАН"])]
    assert pool.done_by_helpers == 0


def test_a_helper_that_dies_leaves_its_chunks_here(caplog) -> None:
    expected = [(n, chunk_work(chunk)) for n, chunk in chunks(2)]
    pool = Pool(chunk_work, workers=2)

    def feed():
        for n, (start, chunk) in enumerate(chunks(2)):
            if n == 2:  # (killed with chunks of its own waiting)
                helper = pool.helpers[0]
                assert helper.waiting
                helper.proc.kill()
            yield start, chunk

    with caplog.at_level(logging.WARNING, "listwatch.screening.bulk_norm"), pool:
        got = list(pool.map(feed()))
    assert "a helper failed" in caplog.text
    assert [n for n, _ in got] == [n for n, _ in expected]
    assert all(same(a, b) for (_, a), (_, b) in zip(got, expected, strict=True))


def test_capitals_of_ascii_share_a_reading_only() -> None:
    assert reading("IVAN Petrov") == "ivan petrov"
    assert reading("ИВАН ПЕТРОВ") == "ИВАН ПЕТРОВ"  # (not ASCII: as written)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_store_built_in_chunks_is_the_index_add_builds(db_url, tmp_path, monkeypatch,
                                                         workers: int) -> None:
    """From a store, in chunks (on two processes), the words' fuzzy keys worked out a few
    words at a time between the chunks: the index ``add`` builds, field by field."""
    from listwatch.screening import index as index_mod
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    lines = []
    for n, (schema, name, props) in enumerate(RECORDS * 4):
        # (the same records again under other ids, with a word of their own each)
        extra = {"alias": [*props.get("alias", []), f"Entity Number{n} Holding"]}
        lines.append(orjson.dumps({"id": f"e{n}", "schema": schema, "properties": {
            **props, **extra, "name": [name or f"Unnamed {n}"]}}).decode())
    (tmp_path / "entities.ftm.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = Store(db_url)
    ingest_paths(store, "ftm", [tmp_path / "entities.ftm.json"], date="2024-06-01")
    plain = NameIndex.from_store(store)
    monkeypatch.setattr(index_mod, "PARALLEL_FROM", 1)
    monkeypatch.setattr(index_mod, "CHUNK", 3)
    monkeypatch.setattr(index_mod, "WORDS_JOB", 5)
    monkeypatch.setattr(index_mod, "cores", lambda: workers)
    jobs: list[int] = []
    items = NameIndex._jobs

    def counted(self, chunks):
        for item in items(self, chunks):
            if item[0] is None:
                jobs.append(len(item[1][1]))
            yield item

    monkeypatch.setattr(NameIndex, "_jobs", counted)
    chunked = NameIndex.from_store(store)
    # (the words' keys in parts, not all at the end; with a helper, how many depends on
    # how soon its results come back)
    assert len(jobs) >= 3 or workers > 1
    assert_same_index(chunked, plain)
    assert chunked.words == plain.words
    assert np.array_equal(chunked.fuzzy.hashes, plain.fuzzy.hashes)
    assert np.array_equal(chunked.fuzzy.words, plain.fuzzy.words)
