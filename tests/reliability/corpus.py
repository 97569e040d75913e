"""Damaged copies of real list files, one set per source, built reproducibly (seeded).

Each source has one good snapshot (real files from the shared data folder, or the repo's
fixtures where no real file is available) and a *main* file, the one the damage is done to.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from listwatch.sources.base import SnapshotFiles

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


def shared_data_dir() -> Path:
    """Same rule as ``tests/conftest.py``: ``LISTWATCH_TEST_DATA`` or ``../shared/data``."""
    return Path(os.environ.get("LISTWATCH_TEST_DATA") or str(ROOT.parent / "shared" / "data"))

HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>\n"
    b"<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your "
    b"request due to maintenance downtime or capacity problems.</p></body></html>\n"
)


@dataclass(frozen=True)
class Good:
    """A source's good snapshot: where its files come from and which one is damaged."""

    source: str
    folder: Path
    main: str  # lower-case file name as the source knows it
    files: tuple[str, ...]  # file names on disk (as in the folder)
    kind: str  # "csv_headerless" | "csv" | "tsv" | "xml" | "jsonl"

    def read(self) -> SnapshotFiles:
        out: SnapshotFiles = {}
        for name in self.files:
            key = self.main if len(self.files) == 1 else name.lower()
            out[key] = (self.folder / name).read_bytes()
        return out


def good_snapshots(shared: Path) -> dict[str, Good]:
    return {
        "us_ofac_sdn": Good("us_ofac_sdn", shared / "ofac_sdn" / "2021-07-07", "sdn.csv",
                            ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"), "csv_headerless"),
        "us_ofac_cons": Good("us_ofac_cons", shared / "ofac_consolidated" / "2025-12-19",
                             "cons_prim.csv",
                             ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"),
                             "csv_headerless"),
        "us_trade_csl": Good("us_trade_csl", shared / "trade_gov_csl" / "2023-11-30", "csl.csv",
                             ("csl.csv",), "csv"),
        "us_bis_dpl": Good("us_bis_dpl", shared / "bis_dpl" / "2022-09-07", "dpl.txt",
                           ("dpl.txt",), "tsv"),
        "un_sc": Good("un_sc", shared / "un_sc_consolidated" / "2026-02-27",
                      "un_consolidated.xml", ("UN_consolidated.xml",), "xml"),
        "eu_fsf": Good("eu_fsf", FIXTURES / "eu_fsf", "eu_fsf.xml", ("eu_fsf.xml",), "xml"),
        "gb_fcdo": Good("gb_fcdo", FIXTURES / "gb_fcdo", "uk-sanctions-list.xml",
                        ("UK-Sanctions-List.xml",), "xml"),
        "gb_hmt": Good("gb_hmt", shared / "gb_ofsi_conlist" / "2020-04-27", "conlist.csv",
                       ("sample_hmt.csv",), "csv"),
        "ftm": Good("ftm", FIXTURES / "ftm", "entities.ftm.json", ("entities.ftm.json",), "jsonl"),
        # an OpenSanctions dataset as its own source (os_<dataset>), on the real export
        "os_eu_fsf": Good("os_eu_fsf", shared / "ftm" / "opensanctions-eu_fsf" / "2024-06-01",
                          "entities.ftm.json", ("entities.ftm.json",), "jsonl"),
        "custom": Good("custom", FIXTURES / "custom", "custom.csv", ("dod_1260h.csv",), "csv"),
        # the DoD lists: a whole 1237 tranche list and a whole 1260H edition (transcribed)
        "us_dod_1237": Good("us_dod_1237", shared / "us_dod_cmc" / "sec1237" / "2021-01-14",
                            "list.csv", ("list.csv",), "csv"),
        "us_dod_1260h": Good("us_dod_1260h", shared / "us_dod_cmc" / "sec1260h" / "2025-01-07",
                             "list.csv", ("list.csv",), "csv"),
    }


def enhanced_xml(shared: Path) -> bytes:
    """OFAC's CONS_ENHANCED.XML (unzipped), the one real OFAC enhanced XML we have."""
    with zipfile.ZipFile(shared / "ofac_consolidated" / "2025-01-14" / "CONS_ENHANCED.ZIP") as z:
        name = next(n for n in z.namelist() if n.lower().endswith(".xml"))
        return z.read(name)


# --- damage -------------------------------------------------------------------------

def truncations(data: bytes, seed: str, count: int = 3) -> list[int]:
    """``count`` cut points spread over the file (seeded by ``seed``), never at 0 or the end."""
    rng = random.Random(seed)
    n = len(data)
    return sorted(rng.randrange(max(1, n * i // count), max(2, n * (i + 1) // count) - 1)
                  for i in range(count))


def latin1_in_utf8(data: bytes) -> bytes:
    """A UTF-8 file with a Latin-1 byte (``é`` as 0xE9) inside its first record's text."""
    line = data.find(b"\n", len(data) // 3) + 1
    at = data.find(b" ", line) + 1  # inside the line's text, not its id
    return data[:at] + b"Caf\xe9 " + data[at:]


def first_line_end(data: bytes) -> int:
    return data.index(b"\n") + 1


def repeat_header(data: bytes, kind: str) -> bytes:
    """The header (first line; for XML the declaration + root start) repeated mid-file."""
    if kind == "xml":
        # a second root start tag halfway: the document is no longer one tree
        head_end = data.index(b">", data.index(b"<", data.index(b"?>") + 2)) + 1
        mid = data.find(b"\n", len(data) // 2) + 1
        return data[:mid] + data[:head_end] + b"\n" + data[mid:]
    header = data[: first_line_end(data)]
    mid = data.find(b"\n", len(data) // 2) + 1
    return data[:mid] + header + data[mid:]


def rename_column(data: bytes, kind: str, source: str) -> bytes:
    """The main column/field/element renamed."""
    if source == "gb_hmt":  # the header is OFSI's second line
        return data.replace(b",Group Type,", b",Group Kind,", 1)
    if source in ("us_dod_1237", "us_dod_1260h"):  # the name is the header's first column
        return data.replace(b"name,", b"entity_name,", 1)
    if kind in ("csv", "tsv"):
        end = first_line_end(data)
        header = data[:end]
        target = {"us_trade_csl": b"name", "us_bis_dpl": b'"Name"', "custom": b"name",
                  "us_dod_1237": b"name", "us_dod_1260h": b"name"}[source]
        renamed = {"us_trade_csl": b"entity_name", "us_bis_dpl": b'"Party_Name"',
                   "custom": b"entity_name", "us_dod_1237": b"entity_name",
                   "us_dod_1260h": b"entity_name"}[source]
        return header.replace(b"," + target + b",", b"," + renamed + b",", 1).replace(
            target + b"\t", renamed + b"\t", 1) + data[end:]
    if kind == "xml":
        tag = {"un_sc": b"FIRST_NAME", "eu_fsf": b"nameAlias", "gb_fcdo": b"Name6"}[source]
        return data.replace(b"<" + tag, b"<X" + tag).replace(b"</" + tag, b"</X" + tag)
    if kind == "jsonl":
        return data.replace(b'"schema"', b'"type"')
    # headerless OFAC CSV: "renaming" a column means a column shifted: drop the 2nd field
    out = io.BytesIO()
    for line in data.splitlines(keepends=True):
        parts = line.split(b",", 2)
        out.write(parts[0] + b"," + parts[2] if len(parts) == 3 else line)
    return out.getvalue()


def damaged(good: Good, data: bytes, other: bytes, seed: int = 6) -> Iterator[tuple[str, bytes]]:
    """(case name, bytes of the damaged main file)."""
    yield "empty", b""
    yield "whitespace", b"\r\n  \r\n"
    for cut in truncations(data, f"{seed}:{good.source}"):
        yield f"truncated@{cut}", data[:cut]
    yield "html_error_page", HTML_PAGE
    yield "html_no_doctype", b"<html>\n<head><title>404 Not Found</title></head><body>gone</body></html>"
    text = data.decode("utf-8-sig", errors="replace")
    yield "utf16", text.encode("utf-16")
    yield "latin1_in_utf8", latin1_in_utf8(data)
    yield "repeated_header", repeat_header(data, good.kind)
    yield "column_renamed", rename_column(data, good.kind, good.source)
    yield "wrong_file", other
    yield "binary_zip", _zip_of(data)


def _zip_of(data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("list.dat", data[:20000])
    return buf.getvalue()


#: Sources outside the registry that the corpus covers too (os_<dataset> is any dataset).
EXTRA_SOURCES = frozenset(["os_eu_fsf"])

#: Which other source's file each source gets as "a wrong file under the right name".
WRONG_FILE_FROM = {
    "us_ofac_sdn": "us_trade_csl",
    "us_ofac_cons": "us_trade_csl",
    "us_trade_csl": "us_bis_dpl",
    "us_bis_dpl": "us_trade_csl",
    "un_sc": "eu_fsf",
    "eu_fsf": "gb_fcdo",
    "gb_fcdo": "un_sc",
    "gb_hmt": "us_trade_csl",
    "ftm": "custom",
    "os_eu_fsf": "custom",
    "custom": "ftm",
    "us_dod_1237": "us_trade_csl",
    "us_dod_1260h": "custom",
}
