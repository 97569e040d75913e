"""Hostile input: XML entity tricks, DTD and network access, archive bombs, CSV injection,
and SQL built only from parameters."""

from __future__ import annotations

import ast
import csv
import gzip
import http.server
import io
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from listwatch.errors import InputTooLarge, ParseError
from listwatch.sources import get_source
from listwatch.store.db import Store
from listwatch.store.ingest import ingest_files, ingest_paths
from tests.commands.inprocess import run_main

SRC = Path(__file__).resolve().parents[2] / "src" / "listwatch"

OFAC_ROOT = ('<sanctionsData xmlns="https://sanctionslistservice.ofac.treas.gov/api/'
             'PublicationPreview/exports/ENHANCED_XML">')
#: XML sources: (source id, file name, root element start, root element end).
XML_SOURCES = [
    ("un_sc", "consolidated.xml", "<CONSOLIDATED_LIST>", "</CONSOLIDATED_LIST>"),
    ("eu_fsf", "eu_fsf.xml", '<export xmlns="http://eu.europa.ec/fpi/fsd/export">', "</export>"),
    ("gb_fcdo", "uk-sanctions-list.xml", "<Designations>", "</Designations>"),
    ("us_ofac_sdn", "sdn_enhanced.xml", OFAC_ROOT, "</sanctionsData>"),
    ("us_ofac_cons", "cons_enhanced.xml", OFAC_ROOT, "</sanctionsData>"),
]


class _Counter(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        body = b'<!ENTITY x "pwned">' if self.path.endswith(".dtd") else b"pwned"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def local_server() -> Iterator[tuple[str, list[str]]]:
    """An HTTP server on 127.0.0.1 that records every request it gets."""
    _Counter.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Counter.requests
    server.shutdown()
    server.server_close()


def payloads(base: str) -> dict[str, str]:
    """Document prologue + body per attack; ``{root}``/``{end}`` are the source's root tags."""
    laughs = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10))
    big = "x" * 50_000
    return {
        "billion_laughs": f"<!DOCTYPE r [{laughs}]>{{root}}&lol9;{{end}}",
        "quadratic_blowup": f'<!DOCTYPE r [<!ENTITY a "{big}">]>{{root}}{"&a;" * 50_000}{{end}}',
        "external_file": '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>{root}&x;{end}',
        "external_http": f'<!DOCTYPE r [<!ENTITY x SYSTEM "{base}/entity">]>{{root}}&x;{{end}}',
        "dtd_retrieval": f'<!DOCTYPE r SYSTEM "{base}/list.dtd">{{root}}&x;{{end}}',
        "parameter_entity": (f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{base}/param.dtd"> %p;]>'
                             "{root}{end}"),
        "plain_dtd": "<!DOCTYPE r>{root}{end}",
    }


ATTACKS = ["billion_laughs", "quadratic_blowup", "external_file", "external_http",
           "dtd_retrieval", "parameter_entity", "plain_dtd"]


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize(("sid", "name", "root", "end"), XML_SOURCES,
                         ids=[s[0] for s in XML_SOURCES])
def test_xml_attacks_are_refused_without_expansion_or_network(
        sid: str, name: str, root: str, end: str, attack: str,
        local_server: tuple[str, list[str]]) -> None:
    base, requests = local_server
    before = len(requests)
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           + payloads(base)[attack].replace("{root}", root).replace("{end}", end)).encode()
    t0 = time.process_time()  # (CPU time: a loaded machine must not fail it)
    tracemalloc.start()
    try:
        with pytest.raises(ParseError, match="refused unsafe XML") as info:
            get_source(sid).parse({name: doc})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.process_time() - t0 < 2.0
    assert peak < 20 * len(doc) + 5_000_000, f"{peak:,} bytes used: entities were expanded?"
    assert "\n" not in str(info.value) and "pwned" not in str(info.value)
    assert "root:" not in str(info.value)  # nothing of /etc/passwd
    time.sleep(0.05)
    assert len(requests) == before, f"the parser fetched {requests[before:]}"


def test_the_ofac_zip_path_refuses_entities_too(local_server: tuple[str, list[str]]) -> None:
    base, requests = local_server
    before = len(requests)
    root, end = XML_SOURCES[4][2:]
    doc = payloads(base)["external_http"].replace("{root}", root).replace("{end}", end)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("CONS_ENHANCED.XML", doc)
    with pytest.raises(ParseError, match="refused unsafe XML"):
        get_source("us_ofac_cons").parse({"cons_enhanced.zip": buf.getvalue()})
    assert len(requests) == before


# --- archive bombs and size limits ----------------------------------------------------

LIMIT = 2_000_000


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_MAX_FILE_BYTES", str(LIMIT))


def _peak_during(fn: object) -> int:
    tracemalloc.start()
    try:
        fn()  # type: ignore[operator]
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def test_gzip_bomb_is_refused(small_limit: None, tmp_path: Path) -> None:
    bomb = tmp_path / "2024-01-01" / "sdn.csv.gz"
    bomb.parent.mkdir()
    bomb.write_bytes(gzip.compress(b"0" * 200_000_000, 9))  # 200 MB in ~200 KB
    assert bomb.stat().st_size < 1_000_000
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")

    def run() -> None:
        with pytest.raises(InputTooLarge, match="more than 2,000,000 bytes once decompressed"):
            ingest_paths(store, "us_ofac_sdn", [bomb.parent])

    assert _peak_during(run) < 10 * LIMIT
    store.dispose()


def test_oversized_plain_file_is_refused_before_reading(small_limit: None, tmp_path: Path) -> None:
    big = tmp_path / "dpl.txt"
    with open(big, "wb") as f:
        f.truncate(LIMIT + 1)  # sparse: never read
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with pytest.raises(InputTooLarge, match="above the limit"):
        ingest_paths(store, "us_bis_dpl", [big], date="2024-01-01")
    store.dispose()


@pytest.mark.parametrize("member", ["one_big", "many_small"])
def test_zip_bomb_is_refused(small_limit: None, member: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        if member == "one_big":
            z.writestr("SDN_ENHANCED.XML", b" " * 200_000_000)
        else:
            for i in range(40):
                z.writestr(f"part{i}.xml", b" " * 5_000_000)
    data = buf.getvalue()
    assert len(data) < 1_000_000

    def run() -> None:
        with pytest.raises((InputTooLarge, ParseError)) as info:
            get_source("us_ofac_sdn").parse({"sdn_enhanced.zip": data})
        assert "\n" not in str(info.value)
        if member == "one_big":
            assert isinstance(info.value, InputTooLarge)

    assert _peak_during(run) < 10 * LIMIT


# --- CSV injection --------------------------------------------------------------------

EVIL = ['=HYPERLINK("http://127.0.0.1:9/x","click")', "+cmd|' /C calc'!A0", "-2+3+cmd|x",
        "@SUM(1+1)*cmd|x", "\t=1+1", "\r=1+1"]


def _dangerous(cell: str) -> bool:
    return cell[:1] in ("=", "+", "-", "@", "\t", "\r")


def test_screen_csv_output_neutralises_formulas(tmp_path: Path) -> None:
    """Names on a list and cells of the input both reach the CSV output: none may start a
    formula there."""
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    store = Store(db)
    rows = "".join(f'evil{i},"{n.replace(chr(34), chr(34) * 2)}",Company\n'
                   for i, n in enumerate(EVIL))
    ingest_files(store, get_source("custom"), {"custom.csv": ("id,name,schema\n" + rows).encode()},
                 date="2024-01-01")
    store.dispose()
    src = tmp_path / "in.csv"
    with open(src, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name", "note"])
        for n in EVIL:
            w.writerow([n, n])
    out = tmp_path / "out.csv"
    # (the console script's entry point, in this process: tests/commands/inprocess.py)
    r = run_main("screen", "--input", str(src), "--format", "csv", "--output", str(out),
                 "--workers", "1", "--threshold", "0.1", env={"LISTWATCH_DB": db})
    assert r.returncode == 0, r.stderr
    with open(out, newline="") as f:
        table = list(csv.reader(f))
    assert len(table) == len(EVIL) + 1
    assert any("HYPERLINK" in c for row in table[1:] for c in row)
    bad = [c for row in table for c in row if _dangerous(c)]
    assert not bad, bad
    # the values are kept, behind a quote
    assert any(c == "'" + EVIL[0] for row in table for c in row)


def test_compare_csv_output_neutralises_formulas(tmp_path: Path) -> None:
    from listwatch.match.compare import compare_pairs_csv

    src, out = tmp_path / "pairs.csv", tmp_path / "out.csv"
    with open(src, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["name1", "name2"])
        for n in EVIL:
            w.writerow([n, "Acme"])
    compare_pairs_csv(src, out)
    with open(out, newline="") as f:
        assert not [c for row in csv.reader(f) for c in row if _dangerous(c)]


# --- SQL only with parameters ---------------------------------------------------------

_SQL_CALLS = {"text", "execute", "exec_driver_sql", "executescript", "executemany"}


def _built_string(node: ast.expr) -> bool:
    """An f-string, ``%`` formatting, ``.format()`` or ``+`` on a string."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
        return any(isinstance(s, (ast.Constant, ast.JoinedStr)) and
                   isinstance(getattr(s, "value", ""), str) for s in (node.left, node.right))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format"
    return False


def sql_built_by_formatting(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if name in _SQL_CALLS and _built_string(node.args[0]):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


def test_no_sql_is_built_by_string_formatting() -> None:
    assert sql_built_by_formatting(SRC) == []


def test_the_sql_check_finds_formatting(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "bad.py").write_text(
        'conn.execute(text(f"SELECT * FROM t WHERE name = \'{name}\'"))\n'
        'conn.execute("SELECT %s" % name)\n'
        'conn.exec_driver_sql("SELECT {}".format(name))\n'
        'conn.execute(text("SELECT 1 WHERE a = :a"), {"a": name})\n')
    assert len(sql_built_by_formatting(pkg)) == 3
