"""Normalising many names at once (``screening.bulk_norm``): exactly ``normalize`` of
each name, whether worked out here or by a helper process."""

from __future__ import annotations

import logging

import pytest

from listwatch.match.normalize import ORG, PERSON, VESSEL, normalize
from listwatch.screening.bulk_norm import Normalizer, normalize_many, reading
from listwatch.screening.index import skeleton_keys

NAMES = [
    ("Ivan Petrov", PERSON), ("IVAN PETROV", PERSON), ("ivan petrov", PERSON),
    ("Petrov, Ivan", PERSON), ("Иван Петров", PERSON), ("ИВАН ПЕТРОВ", PERSON),
    ("习近平", PERSON), ("華信船務有限公司", ORG), ("محمد عبد الرحمن", PERSON),
    ("شركة النفط PLC", ORG), ("김정은", PERSON), ("ROSNEFT TRADING S.A.", ORG),
    ("Rosneft Trading SA", ORG), ("LONG XING 611", VESSEL), ("No. 11 Institute", ORG),
    ("Joynt Stock Company Almaz", ORG), ("ООО Ромашка", ORG), ("Ἀθῆναι", ORG),
    ("Ivan Petrov", ORG), ("123", ORG), ("Abdul Rahman Al-Tikriti", PERSON),
]


def fields(norm):  # (every field that makes the name's value)
    return (norm.original, norm.kind, norm.text, norm.tokens, norm.forms, norm.numbers,
            norm.script, norm.native)


@pytest.mark.parametrize("workers", [1, 3])
def test_same_as_normalize_here_or_in_helpers(workers):
    names = NAMES * 2  # (a name met twice is normalised once, and given once)
    norms, extras = normalize_many(names, workers=workers, extra=skeleton_keys)
    assert set(norms) == set(NAMES)
    for text, kind in NAMES:
        assert fields(norms[(text, kind)]) == fields(normalize(text, kind)), text
        assert sorted(extras[(text, kind)]) == sorted(skeleton_keys(normalize(text, kind)))
    # a name's reading and its kind make one NormName each
    assert norms[("Ivan Petrov", PERSON)] is not norms[("Ivan Petrov", ORG)]
    assert norms[("Ivan Petrov", PERSON)].kind == PERSON


def test_capitals_of_ascii_share_a_reading_only():
    assert reading("IVAN Petrov") == "ivan petrov"
    assert reading("ИВАН ПЕТРОВ") == "ИВАН ПЕТРОВ"  # (not ASCII: as written)


def test_a_failed_helper_leaves_its_share_here(caplog):
    # a function the helper cannot be sent: its share is normalised in this process
    with caplog.at_level(logging.WARNING, "listwatch.screening.bulk_norm"):
        norms, extras = normalize_many(NAMES, workers=2, extra=lambda norm: norm.tokens)
    assert "no helper" in caplog.text
    for text, kind in NAMES:
        assert fields(norms[(text, kind)]) == fields(normalize(text, kind))
        assert extras[(text, kind)] == normalize(text, kind).tokens


def test_chunks_share_the_helpers():
    with Normalizer(workers=2, extra=skeleton_keys) as normalizer:
        for chunk in (NAMES[:7], NAMES[7:], NAMES):
            norms, extras = normalizer.run(chunk)
            assert set(norms) == set(chunk)
            for text, kind in chunk:
                assert fields(norms[(text, kind)]) == fields(normalize(text, kind))
        helper = normalizer.helpers[0]
        assert helper.proc is not None  # (one helper, alive through every chunk)
    assert normalizer.helpers == []
    assert helper.proc is None
