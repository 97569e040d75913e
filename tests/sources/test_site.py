"""Sources a site defines in TOML: validation, persistence, and `update` fetching them
(from a local file, a local HTTP server, a mirror folder of real files)."""

from __future__ import annotations

import functools
import json
import subprocess
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from listwatch.errors import ConfigError
from listwatch.sources import SITE, get_source
from listwatch.sources.site import SiteSource, parse_definition
from listwatch.store.db import Store
from listwatch.store.site_sources import add_site_source, remove_site_source
from listwatch.update import default_sources, update_sources
from tests.commands.inprocess import run_main

CSV = ("Ref;Entity Name;Other names;Born;Listed\r\n"
       "A-1;ACME TRADING LLC;ACME TR;;01/02/2023\r\n"
       "P-7;Jean DUPONT;Jan Dupon;29/05/1972;15/03/2024\r\n").encode("cp1252")

TOML = """
id = "xx_internal_blacklist"
title = "Internal blacklist"
publisher = "Compliance team"
legal_effect = "No business: the compliance team has barred these parties."
{where}
format = "csv"
schedule = "weekly"

[csv]
delimiter = ";"
date_format = "dmy"

[csv.columns]
id = "Ref"
name = "Entity Name"
aliases = "Other names"
birth_date = "Born"
listing_date = "Listed"
"""


@pytest.fixture(autouse=True)
def _forget_site_sources() -> Iterator[None]:
    yield
    for sid in list(SITE):
        from listwatch.sources import unregister

        unregister(sid)


def test_valid_definition_reads_the_site_csv() -> None:
    d = parse_definition(TOML.format(where='path = "/srv/bl.csv"'))
    assert (d.id, d.format, d.schedule, d.delimiter, d.date_format) == (
        "xx_internal_blacklist", "csv", "weekly", ";", "dmy")
    source = SiteSource(d)
    result = source.parse({"bl.csv": CSV})
    recs = {r.id: r for r in result.records}
    assert recs["P-7"].source == "xx_internal_blacklist"
    assert recs["P-7"].name == "Jean DUPONT" and recs["P-7"].get("alias") == ["Jan Dupon"]
    assert recs["P-7"].get("birthDate") == ["1972-05-29"]  # 29/05/1972, dmy
    assert recs["A-1"].get("listingDate") == ["2023-02-01"]


@pytest.mark.parametrize(("text", "says"), [
    ("id = 'x'", "'title' is missing.*'publisher' is missing.*'legal_effect' is missing"),
    (TOML.format(where='path = "/srv/bl.csv"').replace('"xx_internal_blacklist"', '"un_sc"'),
     "built-in source id"),
    (TOML.format(where='path = "/srv/bl.csv"').replace('format = "csv"', 'format = "xlsx"'),
     "format 'xlsx' is not one of: csv, "),
    (TOML.format(where=""), "give where the list comes from: url, path or mirror"),
    (TOML.format(where='url = "ftp://example.org/x.csv"'), "must be http:// or https://"),
    (TOML.format(where='path = "/x"').replace('id = "Ref"', 'ident = "Ref"'),
     "unknown column\\(s\\) ident.*must map id"),
    (TOML.format(where='path = "/x"').replace('schedule = "weekly"', 'schedule = "sometimes"'),
     "schedule 'sometimes' is not one of"),
    (TOML.format(where='path = "/x"').replace('delimiter = ";"', 'delimiter = ";;"'),
     "delimiter must be one character"),
    ("id = [", "not valid TOML"),
    (TOML.format(where='path = "/x"\ncolour = "red"'), "unknown key\\(s\\) colour"),
])
def test_invalid_definitions_say_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(ConfigError, match=says) as info:
        parse_definition(text, "site.toml")
    assert "\n" not in str(info.value)


def test_added_source_persists_and_update_reads_its_file(tmp_path: Path) -> None:
    (tmp_path / "bl.csv").write_bytes(CSV)
    (tmp_path / "site.toml").write_text(TOML.format(where=f'path = "{tmp_path / "bl.csv"}"'))
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    store = Store(url)
    described = add_site_source(store, tmp_path / "site.toml")
    assert described["schedule"] == "weekly" and described["defined_by_site"] is True
    with pytest.raises(ConfigError, match="already defined"):
        add_site_source(store, tmp_path / "site.toml")
    store.dispose()
    SITE.clear()
    from listwatch.sources import _cache

    _cache.pop("xx_internal_blacklist", None)
    store = Store(url)  # a new process: the definition comes back from the database
    assert isinstance(get_source("xx_internal_blacklist"), SiteSource)
    assert "xx_internal_blacklist" in default_sources(store)  # due: never fetched
    (item,) = update_sources(store, ["xx_internal_blacklist"])["sources"]
    assert item["status"] == "ok" and item["snapshot"]["records"] == 2
    again = update_sources(store, ["xx_internal_blacklist"])
    assert again["sources"][0]["status"] == "unchanged"
    # weekly: not due a minute later, so the default update leaves it alone
    assert "xx_internal_blacklist" not in default_sources(store)
    remove_site_source(store, "xx_internal_blacklist")
    store.dispose()


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True


def test_update_downloads_a_site_source_from_a_local_http_server(tmp_path: Path,
                                                                 shared_data: Path) -> None:
    """A site source in a built-in format (the UN list), downloaded over HTTP."""
    www = tmp_path / "www"
    www.mkdir()
    (www / "un.xml").write_bytes(
        (shared_data / "un_sc_consolidated" / "2026-02-27" / "UN_consolidated.xml").read_bytes())
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(www))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = _Quiet(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        (tmp_path / "un.toml").write_text(f"""
id = "xx_un_copy"
title = "UN list, our copy"
publisher = "UN Security Council"
legal_effect = "Asset freeze, travel ban and arms embargo (UN Security Council)."
url = "http://127.0.0.1:{port}/un.xml"
format = "un_sc"
schedule = "daily"
""")
        store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
        add_site_source(store, tmp_path / "un.toml")
        report = update_sources(store, ["xx_un_copy"])
        (item,) = report["sources"]
        assert item["status"] == "ok", item
        assert item["snapshot"]["records"] > 900
        assert item["snapshot"]["date"] == "2026-02-27"  # the UN file's own date
        store.dispose()
    finally:
        server.shutdown()


def test_cli_sources_add(tmp_path: Path) -> None:
    (tmp_path / "bl.csv").write_bytes(CSV)
    (tmp_path / "site.toml").write_text(TOML.format(where=f'path = "{tmp_path / "bl.csv"}"'))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        # (the console script's entry point, in this process: tests/commands/inprocess.py)
        return run_main(*args, env={"LISTWATCH_DB": f"sqlite:///{tmp_path / 'cli.db'}"})

    r = run("sources", "add", str(tmp_path / "site.toml"))
    assert r.returncode == 0 and "xx_internal_blacklist added" in r.stderr, r.stderr
    (tmp_path / "bad.toml").write_text("id = 'Bad Id'\n")
    r = run("sources", "add", str(tmp_path / "bad.toml"))
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "must be 3-40 lower-case" in r.stderr and "'title' is missing" in r.stderr
    r = run("update", "--source", "xx_internal_blacklist", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["sources"][0]["snapshot"]["records"] == 2
    listed = {s["id"]: s for s in json.loads(run("sources", "--format", "json").stdout)}
    assert listed["xx_internal_blacklist"]["schedule"] == "weekly"
    assert listed["xx_internal_blacklist"]["records"] == 2
