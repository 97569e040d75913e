"""What a result reads of its version: the programs of a version kept as its stored bytes
(an index of a large store) read without its whole JSON, the same as from its properties."""

from __future__ import annotations

import pytest

from listwatch.model import Record
from listwatch.screening.index import Version
from listwatch.screening.results import programs_of
from listwatch.store.codec import encode

RECORDS = [
    # (name, properties): programs, none, quotes and backslashes in values, the word
    # "program" as a value, as part of a key, in a name, in several properties
    ("ACME TRADING LLC", {"program": ["SDGT", "IRAN-EO13902"], "country": ["ir"]}),
    ("Ivan Petrov", {"birthDate": ["1961-04-02"], "nationality": ["ru"]}),
    ("Ivan Petrov", {}),
    ('The "program" Company', {"program": ["UKRAINE-EO13662"]}),
    ('The "program" Company', {"notes": ['"program":["X"]']}),
    ("Back\\slash Ltd", {"program": ["SYRIA"], "notes": ["a\\b"]}),
    ("Program Ltd", {"notes": ["program"], "alias": ['say "program"']}),
    ("Program Ltd", {"notes": ["program"], "program": ["CUBA"]}),
    ("Program Ltd", {"programId": ["P-1"], "subprogram": ["x"]}),
    ("Новая программа", {"program": ["RUSSIA-EO14024", "Программа ]["], "alias": ["Ω"]}),
    ("Tab\tName", {"program": ["A\tB"]}),
    ("Empty programs", {"program": []}),
]


@pytest.mark.parametrize(("name", "props"), RECORDS)
def test_programs_of_stored_bytes_as_properties(name: str, props: dict[str, list[str]]) -> None:
    record = Record("us_ofac_sdn", "1", "Company", name, dict(props))
    stored = encode(record.canonical_json())
    ver = Version(record.key, "us_ofac_sdn", "Company", name, stored, "2024-01-01", None)
    plain = Version(record.key, "us_ofac_sdn", "Company", name,
                    {k: v for k, v in record.to_dict()["properties"].items()},
                    "2024-01-01", None)
    expected = list(ver.properties.get("program", []))
    assert expected == list(plain.properties.get("program", []))
    assert programs_of(ver) == expected
    assert programs_of(plain) == expected
    # (a new list each time: a caller may change it)
    assert programs_of(ver) is not programs_of(ver)
