"""What a result reads of its version: the programs of each version, kept with the index
at its build (a version of a large store is kept as its stored bytes), the same as its
properties' however the version came into the index: added whole, worked on in a chunk
from its stored bytes, read back from the index cache."""

from __future__ import annotations

import pytest

from listwatch.model import Record
from listwatch.screening import index_cache
from listwatch.screening.index import NameIndex, Version, chunk_work
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
def test_programs_kept_at_the_build_are_the_properties(name: str,
                                                       props: dict[str, list[str]]) -> None:
    record = Record("us_ofac_sdn", "1", "Company", name, dict(props))
    stored = encode(record.canonical_json())
    ver = Version(record.key, "us_ofac_sdn", "Company", name, stored, "2024-01-01", None)
    expected = list(ver.properties.get("program", []))
    plain = dict(record.to_dict()["properties"])  # (as the record keeps them: sorted)
    assert expected == list(plain.get("program", []))
    whole = NameIndex()
    whole.add(Version(record.key, "us_ofac_sdn", "Company", name, plain, "2024-01-01", None))
    whole.finish()
    chunked = NameIndex()
    chunked._add_parts([(record.key, "us_ofac_sdn", "Company", stored, "2024-01-01", None)],
                       chunk_work([("Company", stored)]), compact=True)
    chunked.finish()
    again = index_cache._index_from(index_cache._index_state(chunked))
    for index in (whole, chunked, again):
        assert index.programs_of(0) == expected
        # (a new list each time: a caller may change it)
        assert index.programs_of(0) is not index.programs_of(0)


def test_versions_share_a_program_list_and_an_index_read_back_grows_on() -> None:
    index = NameIndex()
    for n, (name, props) in enumerate(RECORDS):
        index.add(Version(f"x:{n}", "x", "Company", name, dict(props), "2024-01-01", None))
    index.finish()
    wanted = [list(props.get("program", [])) for _, props in RECORDS]
    assert [index.programs_of(n) for n in range(len(RECORDS))] == wanted
    # (one list for the versions without any, one for each distinct list)
    assert len(index.program_lists) == len({tuple(w) for w in wanted})
    again = index_cache._index_from(index_cache._index_state(index))
    assert list(again.version_programs) == list(index.version_programs)
    again.add(Version("x:new", "x", "Company", "Late Ltd", {"program": ["SDGT", "IRAN-EO13902"]},
                      "2024-02-01", None))
    again.add(Version("x:other", "x", "Company", "Later Ltd", {"program": ["NEW"]},
                      "2024-02-01", None))
    assert again.programs_of(len(RECORDS)) == ["SDGT", "IRAN-EO13902"]
    assert again.programs_of(len(RECORDS) + 1) == ["NEW"]
    assert len(again.program_lists) == len(index.program_lists) + 1
