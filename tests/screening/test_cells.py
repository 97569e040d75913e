"""The audit fragments of a batch's matches: joined around ``id`` and ``row`` they are the
match's canonical JSON, byte for byte, whatever its values hold."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from listwatch.screening.cells import AUDIT_KEYS, Matches, fragments
from listwatch.store.audit import canonical_json


def _result(**over: Any) -> dict[str, Any]:
    base = {"key": "us_ofac_sdn:1234", "source": "us_ofac_sdn", "name": "ACME Trading LLC",
            "score": 0.9312, "match": True, "listed_from": "2021-01-14", "listed_to": None,
            "programs": ["SDGT", "IRAN-EO13902"]}
    return base | over


CASES = [
    _result(),
    _result(programs=[], listed_to="2023-05-01"),
    _result(programs=None, score=1.0),
    _result(name='Ba"d \\ name\nwith \u0000 control, «Ünïcödé» 中国石油 \U0001f600',
            key='k"ey', programs=["\u2028prog"]),
    _result(referents=["un_sc:QDi.1", "us_ofac_sdn:1234"], datasets=["un_sc", "us_ofac_sdn"]),
    _result(referents=("a", "b"), datasets=("x",)),
    _result(listed_from=None),
    # values the encoder has to turn to text (default=str): the general path
    _result(listed_from=dt.date(2020, 1, 2)),
    _result(programs=["A", 3]),
    _result(score=1),
]


@pytest.mark.parametrize("result", CASES)
@pytest.mark.parametrize("row_id", [None, "c17", 'q"uo\u00e9'])
def test_fragments_join_into_the_canonical_json(result: dict[str, Any], row_id: Any) -> None:
    pre, head, tail = fragments(result)
    joined = f'{{{pre}"id":{canonical_json(row_id)},{head},"row":7,{tail}}}'
    match = {"row": 7, "id": row_id, **{k: result.get(k) for k in AUDIT_KEYS}}
    match["programs"] = list(match["programs"] or [])
    for k in ("referents", "datasets"):
        if match[k]:
            match[k] = list(match[k])
        else:
            del match[k]
    assert joined == canonical_json(match)


def test_matches_keep_the_fragments_json() -> None:
    matches = Matches()
    try:
        for i, result in enumerate(CASES[:7]):
            values = (*(result.get(k) for k in AUDIT_KEYS), fragments(result))
            matches.append_compact(i, f"r{i}", values)
        back = list(matches)
        assert [m["row"] for m in back] == list(range(7))
        assert back[4]["referents"] == ["un_sc:QDi.1", "us_ofac_sdn:1234"]
        assert back[3]["name"] == CASES[3]["name"]
    finally:
        matches.close()


def test_the_json_array_is_the_canonical_list_of_the_matches() -> None:
    """``Matches.json_array`` (the audit record's ``results`` text, stored without parsing
    it again) is the canonical JSON of the list of matches, byte for byte: empty, one
    match, and many with line separators, quotes and other scripts in their values."""
    empty = Matches()
    try:
        assert empty.json_array() == canonical_json([]) == "[]"
    finally:
        empty.close()
    for count in (1, len(CASES) * 3):
        matches = Matches()
        try:
            for i in range(count):
                result = CASES[i % len(CASES)]
                values = (*(result.get(k) for k in AUDIT_KEYS), fragments(result))
                matches.append_compact(i, f"r{i}", values)
            text = matches.json_array()
            assert text == canonical_json(list(matches))
            matches.append({"row": count, "id": None, "name": "after a read"})
            assert matches.json_array() == canonical_json(list(matches))
        finally:
            matches.close()
