"""Fuzzing every source's ``parse()``: random bytes and mutated real files.

Whatever the bytes, a parser returns records or raises a ``ListwatchError``; nothing else
may escape (a ``KeyError`` or ``UnicodeError`` would be a parser bug shown as a crash).
Examples are bounded and derandomised so the run is quick and repeatable in CI.
"""

from __future__ import annotations

import re
import zipfile
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from listwatch.errors import ListwatchError
from listwatch.sources import REGISTRY, get_source
from listwatch.sources.base import SnapshotFiles

from .corpus import FIXTURES, shared_data_dir

# (the seeds are cut from the real files)
pytestmark = pytest.mark.realdata

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _head_lines(data: bytes, size: int) -> bytes:
    """The first whole lines of ``data`` up to about ``size`` bytes."""
    return data[: data.index(b"\n", size) + 1] if len(data) > size else data


def _first_elements(data: bytes, end_tag: bytes, count: int, closing: bytes) -> bytes:
    """An XML document cut after its ``count``-th ``end_tag`` and closed by ``closing``."""
    at = 0
    for _ in range(count):
        at = data.index(end_tag, at) + len(end_tag)
    return data[:at] + closing


@cache
def seeds() -> dict[str, SnapshotFiles]:
    """A small, valid snapshot per source, cut from the real files (or the fixtures)."""
    shared = shared_data_dir()
    sdn = shared / "ofac_sdn" / "2021-07-07"
    cons = shared / "ofac_consolidated" / "2025-12-19"
    un = (shared / "un_sc_consolidated" / "2026-02-27" / "UN_consolidated.xml").read_bytes()
    with zipfile.ZipFile(shared / "ofac_consolidated" / "2025-01-14" / "CONS_ENHANCED.ZIP") as z:
        enhanced = z.read(next(n for n in z.namelist() if n.lower().endswith(".xml")))
    ns = re.search(rb"<(\w+:)?entity\b", enhanced)
    assert ns is not None
    return {
        "us_ofac_sdn": {"sdn.csv": _head_lines((sdn / "sdn.csv").read_bytes(), 6000),
                        "alt.csv": _head_lines((sdn / "alt.csv").read_bytes(), 3000),
                        "add.csv": _head_lines((sdn / "add.csv").read_bytes(), 3000)},
        "us_ofac_cons": {"cons_prim.csv": _head_lines((cons / "cons_prim.csv").read_bytes(), 6000),
                         "cons_alt.csv": _head_lines((cons / "cons_alt.csv").read_bytes(), 2000)},
        "us_trade_csl": {"csl.csv": _head_lines(
            (shared / "trade_gov_csl" / "2023-11-30" / "csl.csv").read_bytes(), 8000)},
        "us_bis_dpl": {"dpl.txt": _head_lines(
            (shared / "bis_dpl" / "2022-09-07" / "dpl.txt").read_bytes(), 6000)},
        "un_sc": {"consolidated.xml": _first_elements(
            un, b"</INDIVIDUAL>", 4, b"\n</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>\n")},
        "eu_fsf": {"eu_fsf.xml": (FIXTURES / "eu_fsf" / "eu_fsf.xml").read_bytes()},
        "gb_fcdo": {"uk-sanctions-list.xml":
                    (FIXTURES / "gb_fcdo" / "UK-Sanctions-List.xml").read_bytes()},
        "gb_hmt": {"conlist.csv": _head_lines(
            (shared / "gb_ofsi_conlist" / "2020-04-27" / "sample_hmt.csv").read_bytes(), 6000)},
        "ftm": {"entities.ftm.json": (FIXTURES / "ftm" / "entities.ftm.json").read_bytes()},
        "os_eu_fsf": {"entities.ftm.json": (shared / "ftm" / "opensanctions-eu_fsf" / "2024-06-01"
                                            / "entities.ftm.json").read_bytes()},
        "os_delta": {"entities.delta.json": _head_lines(
            (shared / "ftm" / "opensanctions-delta" / "2024-05-30" / "entities.delta.json")
            .read_bytes(), 20000)},
        "custom": {"custom.csv": (FIXTURES / "custom" / "dod_1260h.csv").read_bytes()},
        "us_dod_1237": {"list.csv": (shared / "us_dod_cmc" / "sec1237" / "2021-01-14"
                                     / "list.csv").read_bytes()},
        "us_dod_1260h": {"list.csv": _head_lines((shared / "us_dod_cmc" / "sec1260h"
                                                  / "2025-01-07" / "list.csv").read_bytes(), 6000)},
        "ofac_enhanced": {"cons_enhanced.xml": _first_elements(
            enhanced, b"</entity>", 3, b"\n</entities></sanctionsData>\n")},
    }


#: Fuzz targets: (name, source id, file the bytes go to).
TARGETS = [(sid, sid) for sid in REGISTRY] + [("ofac_enhanced", "us_ofac_cons"),
                                              ("os_eu_fsf", "os_eu_fsf")]


def _expect_only_listwatch_errors(sid: str, files: SnapshotFiles) -> None:
    try:
        get_source(sid).parse(files)
    except ListwatchError as exc:
        assert str(exc).strip(), "an error without a message"


def test_the_seeds_parse() -> None:
    for name, sid in TARGETS:
        result = get_source(sid).parse(seeds()[name])
        assert result.records, name


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few byte flips, cuts, insertions, deletions and duplications."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete", "dup", "special"]))
        at = draw(st.integers(0, max(0, len(out) - 1)))
        if op == "flip" and out:
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del out[at:]
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del out[at:at + draw(st.integers(1, 64))]
        elif op == "dup":
            out[at:at] = out[at:at + draw(st.integers(1, 200))]
        else:
            out[at:at] = draw(st.sampled_from(
                [b'"', b",", b"\t", b"\r\n", b"\x00", b"\xff\xfe", b"<", b"</", b"&amp;", b"&x;",
                 b"{", b"}", b"[", b"\\u0000", b"-0-", b"9" * 30, b"\xe2\x80", b"]]>",
                 b"<!--", b"\x1a", b"null", b"1e309"]))
    return bytes(out)


@pytest.mark.parametrize(("name", "sid"), TARGETS, ids=[t[0] for t in TARGETS])
def test_random_bytes(name: str, sid: str) -> None:
    files = seeds()[name]
    main = next(iter(files))

    @FUZZ
    @given(st.binary(max_size=4096))
    def run(data: bytes) -> None:
        _expect_only_listwatch_errors(sid, {**files, main: data})

    run()


@pytest.mark.parametrize(("name", "sid"), TARGETS, ids=[t[0] for t in TARGETS])
def test_mutated_real_files(name: str, sid: str) -> None:
    files = seeds()[name]

    @settings(FUZZ, max_examples=300)
    @given(st.data())
    def run(data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(sorted(files)))
        damaged = data.draw(mutated(files[target]))
        _expect_only_listwatch_errors(sid, {**files, target: damaged})

    run()


def test_ofac_zip_members_fuzzed() -> None:
    """The enhanced XML inside a zip: mutated zip bytes and mutated members."""
    import io

    xml = seeds()["ofac_enhanced"]["cons_enhanced.xml"]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("CONS_ENHANCED.XML", xml)
    zipped = buf.getvalue()

    @settings(FUZZ, max_examples=300)
    @given(mutated(zipped))
    def run(data: bytes) -> None:
        _expect_only_listwatch_errors("us_ofac_cons", {"cons_enhanced.zip": data})

    run()


def test_delta_reader_fuzzed() -> None:
    """An OpenSanctions delta file, mutated: read as ops or refused with our error."""
    from listwatch.sources.opensanctions import read_delta

    data = seeds()["os_delta"]["entities.delta.json"]

    @settings(FUZZ, max_examples=300)
    @given(mutated(data))
    def run(damaged: bytes) -> None:
        try:
            read_delta(damaged, "entities.delta.json")
        except ListwatchError as exc:
            assert str(exc).strip()

    run()
