"""`listwatch news extract|ingest` and `listwatch events list|confirm|reject` as a person
runs them: the console script's entry point run in-process (tests/commands/inprocess.py;
one test runs a real process), articles served by a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.commands.inprocess import run_main

BIN = Path(sys.executable).parent / "listwatch"
ARTICLES = Path(__file__).resolve().parent.parent / "news" / "articles"
DJI = "us_ofac_cons:33111"

DESIGNATION = """Pentagon blacklists Xiaomi in last-minute move

The U.S. Department of Defense on Thursday designated Chinese smartphone maker Xiaomi Corp as a
Communist Chinese military company, one of nine firms added to the list in the final days of the
Trump administration. American investors will be barred from buying the company's shares. Xiaomi
said it was not controlled by the military and was reviewing its options."""


def run(*args: str, db: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return run_main(*args, env={"LISTWATCH_DB": db}, stdin=stdin)


def run_process(*args: str, db: str, stdin: bytes | None = None
                ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LISTWATCH_DB": db, "COLUMNS": "200"}
    proc = subprocess.run([str(BIN), *args], input=stdin, capture_output=True, env=env,
                          timeout=300, check=False)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def ok(r: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    return r


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def _html(title: str, text: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
    return f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paras}</article></body></html>"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A local web site: the Xiaomi story as HTML pages, an RSS feed of them, a URL list."""
    root = tmp_path / "site"
    root.mkdir()
    story = [("designation", DESIGNATION, "Fri, 15 Jan 2021 09:00:00 GMT")]
    for name, date in [("01-en-xiaomi-injunction", "Sat, 13 Mar 2021 08:00:00 GMT"),
                       ("03-en-xiaomi-vacatur", "Wed, 26 May 2021 08:00:00 GMT")]:
        story.append((name, (ARTICLES / f"{name}.txt").read_text(), date))
    for name, text, _ in story:
        (root / f"{name}.html").write_text(_html(text.splitlines()[0], text), encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SimpleHTTPRequestHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_port}"
    items = "".join(
        f"<item><title>{name}</title><link>{base}/{name}.html</link><pubDate>{date}</pubDate></item>"
        for name, _, date in story
    )
    (root / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>{base}</link>'
        f"<description>d</description>{items}</channel></rss>", encoding="utf-8")
    (root / "urls.txt").write_text(f"# two articles\n{base}/designation.html\n\n{base}/01-en-xiaomi-injunction.html\n")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


def test_extract_prints_design_json_and_stores_nothing(db):
    r = ok(run("news", "extract", str(ARTICLES / "02-fr-xiaomi-retrait.txt"), "--date", "2021-05-12",
               "--format", "json", db=db))
    data = json.loads(r.stdout)
    assert data["language"] == "fr" and data["published"] == "2021-05-12"
    assert {"language", "published", "mentions", "events"} <= set(data)
    for ev in data["events"]:
        assert {"type", "entity", "authority", "list", "date", "date_precision", "evidence", "confidence"} <= set(ev)
    assert ("removal", "2021-05-11", "announced") in {(e["type"], e["date"], e["status"]) for e in data["events"]}
    r = ok(run("news", "extract", "-", "--date", "2021-01", db=db, stdin=DESIGNATION.encode()))
    assert "designation" in r.stdout and "Xiaomi Corp" in r.stdout
    assert json.loads(ok(run("events", "list", "--format", "json", db=db)).stdout) == []


def test_feed_tells_the_xiaomi_story(db, site):
    r = ok(run("news", "ingest", f"{site}/feed.xml", "--format", "json", db=db))
    data = json.loads(r.stdout)
    assert [a["published"] for a in data["articles"]] == ["2021-01-15", "2021-03-13", "2021-05-26"]
    assert data["failures"] == [] and data["new_events"] > 0
    assert all(a["url"].startswith(site) for a in data["articles"])
    hist = json.loads(ok(run("history", "Xiaomi", "--format", "json", db=db)).stdout)
    assert hist["key"] is None and hist["reported_only"] is True and hist["status"] == "vacated"
    assert all({"date", "type", "source", "origin"} <= set(e) for e in hist["events"])
    assert {e["origin"] for e in hist["events"]} == {"news"}
    vacatur = next(e for e in hist["events"] if e["type"] == "vacatur")
    assert vacatur["evidence"]["url"] == f"{site}/03-en-xiaomi-vacatur.html"
    ok(run("events", "reject", str(vacatur["id"]), db=db))
    hist = json.loads(ok(run("history", "Xiaomi", "--format", "json", db=db)).stdout)
    assert hist["status"] == "enjoined"
    # the same feed again: nothing new
    r = ok(run("news", "ingest", f"{site}/feed.xml", db=db))
    assert "3 already stored, 0 new event(s)" in r.stderr


def test_url_list_and_folder(db, site, tmp_path):
    r = ok(run("news", "ingest", f"{site}/urls.txt", "--date", "2021-03-13", "--format", "json", db=db))
    assert len(json.loads(r.stdout)["articles"]) == 2
    local = tmp_path / "urls.txt"  # the same list as a local file: both already stored
    local.write_text(f"{site}/designation.html\n{site}/01-en-xiaomi-injunction.html\n")
    r = ok(run("news", "ingest", str(local), "--format", "json", db=db))
    assert [a["duplicate"] for a in json.loads(r.stdout)["articles"]] == [True, True]
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("04-en-luokung-injunction", "05-fr-luokung"):
        (folder / f"{name}.txt").write_bytes((ARTICLES / f"{name}.txt").read_bytes())
    (folder / "notes.md").write_text("not an article")
    r = ok(run("news", "ingest", str(folder), "--date", "2021-05", "--format", "json", db=db))
    assert [Path(a["input"]).name for a in json.loads(r.stdout)["articles"]] == [
        "04-en-luokung-injunction.txt", "05-fr-luokung.txt"]
    events = json.loads(ok(run("events", "list", "--origin", "news", "--format", "json", db=db)).stdout)
    assert any(e["entity"].startswith("Luokung") for e in events)


def test_news_add_is_news_ingest(db, tmp_path):
    # the verb of `watch add` and `decisions add`: a user types it here too
    path = tmp_path / "designation.txt"
    path.write_text(DESIGNATION, encoding="utf-8")
    r = ok(run("news", "add", str(path), "--date", "2021-01-15", "--format", "json", db=db))
    (article,) = json.loads(r.stdout)["articles"]
    assert not article["duplicate"] and article["new_events"] >= 1
    r = ok(run("news", "ingest", str(path), "--date", "2021-01-15", db=db))
    assert "article already stored" in r.stderr and "nothing new" in r.stderr


@pytest.mark.realdata
def test_article_on_a_listed_company_and_confirm_reject(db, shared_data):
    ok(run("ingest", str(shared_data / "ofac_consolidated" / "2025-12-19"), "--source", "us_ofac_cons", db=db))
    r = ok(run("news", "ingest", str(ARTICLES / "13-en-dji-lawsuit.txt"), "--date", "2024-10-19", db=db))
    assert "3 new" in r.stderr and DJI in r.stderr
    r = ok(run("news", "ingest", str(ARTICLES / "13-en-dji-lawsuit.txt"), "--date", "2024-10-19", db=db))
    assert "already stored" in r.stderr
    # the article's Entity List addition names a list this NS-CMIC entry is not on: it is
    # stored for the party by name (reported only), and the entry's timeline leaves it out:
    # its sentence names a list the entry cannot be on
    events = json.loads(ok(run("events", "list", "--entry", DJI, "--format", "json", db=db)).stdout)
    assert len(events) == 2 and {e["status"] for e in events} == {"reported"}
    hist = json.loads(ok(run("history", "DJI", "--format", "json", db=db)).stdout)
    shown = {e["id"] for e in hist["events"] if e["origin"] == "news"}
    assert hist["key"] == DJI and shown == {e["id"] for e in events}
    ok(run("events", "confirm", str(events[0]["id"]), db=db))
    r = ok(run("events", "reject", str(events[1]["id"]), "--format", "json", db=db))
    assert json.loads(r.stdout)["status"] == "rejected"
    hist = json.loads(ok(run("history", "--entry", DJI, "--format", "json", db=db)).stdout)
    news = {e["id"]: e for e in hist["events"] if e["origin"] == "news"}
    assert set(news) == shown - {events[1]["id"]}
    assert news[events[0]["id"]]["status"] == "confirmed" and news[events[0]["id"]]["reported"] is False
    r = ok(run("events", "list", "--status", "rejected", db=db))
    assert "rejected" in r.stdout


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        (["news", "ingest", "EMPTY"], None, "is empty"),
        (["news", "ingest", "BINARY"], None, "binary file"),
        (["news", "ingest", "-"], b"Das Ministerium hat die Firma heute auf die Liste gesetzt und sie klagt dagegen.", "not supported"),
        (["news", "ingest", "/nonexistent/a.txt"], None, "no such file"),
        (["news", "extract", "EMPTY"], None, "is empty"),
        (["news", "ingest", "GOOD", "--date", "2021-13"], None, "not a real calendar date"),
        (["news", "ingest", "http://127.0.0.1:9/none.html"], None, "could not download"),
        (["events", "confirm", "999"], None, "no event 999"),
        (["events", "list", "--status", "bogus"], None, "unknown event status"),
        (["events", "list", "--format", "xml"], None, "unknown format"),
    ],
)
def test_errors_are_one_line_and_store_nothing(db, tmp_path, args, stdin, message):
    files = {"EMPTY": b"", "BINARY": b"\x00\x01\x02PNG", "GOOD": DESIGNATION.encode()}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    args = [str(tmp_path / a) if a in files else a for a in args]
    r = run(*args, db=db, stdin=stdin)
    assert r.returncode != 0 and message in r.stderr, r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    assert json.loads(ok(run("events", "list", "--format", "json", db=db)).stdout) == []


def test_many_inputs_one_bad(db, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(DESIGNATION)
    # (a real process: the exit code and the message as the shell sees them)
    r = run_process("news", "ingest", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"),
                    "--date", "2021-01-15", db=db)
    assert r.returncode == 1 and "is empty" in r.stderr and "1 article(s) stored" in r.stderr
    assert "Traceback" not in r.stderr
