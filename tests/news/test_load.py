"""Loading articles: text, HTML, stdin, URL (a server on 127.0.0.1), and bad input."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from listwatch.errors import ListwatchError
from listwatch.news import extract_article, load
from listwatch.news.errors import BinaryInput, EmptyInput, NoArticleText, UnsupportedLanguage

ARTICLE = (Path(__file__).parent / "articles" / "01-en-xiaomi-injunction.txt").read_text("utf-8")
TITLE, BODY = ARTICLE.split("\n\n", 1)
PARAS = "".join(f"<p>{p}</p>\n" for p in BODY.split("\n\n"))
HTML = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="article:published_time" content="2021-03-13T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{TITLE}</h1>{PARAS}</article><footer>© News Corp. All rights reserved.</footer>
</body></html>"""


def test_plain_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    art = load(p)
    assert art.text.startswith("U.S. judge blocks") and not art.html


def test_html_uses_trafilatura_title_date_body(tmp_path: Path) -> None:
    p = tmp_path / "a.html"
    p.write_text(HTML, encoding="utf-8")
    art = load(p)
    assert art.html and art.title == TITLE
    assert art.published and art.published.startswith("2021-03-13")
    assert "Rudolph Contreras" in art.text and "All rights reserved" not in art.text
    res = extract_article(art)
    assert res["published"] == "2021-03-13"
    assert ("injunction", "2021-03-12") in {(e["type"], e["date"]) for e in res["events"]}


def test_stdin_bytes_and_date_override() -> None:
    art = load("-", stdin=ARTICLE.encode("utf-8"))
    res = extract_article(art, published="2021-03")
    assert res["published"] == "2021-03" and res["published_precision"] == "month"


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInput, "empty"),
        (b"   \n\t ", EmptyInput, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "binary"),
        (b"caf\xe9 \xff\xfe not utf-8", BinaryInput, "UTF-8"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", NoArticleText, "no article text"),
    ],
)
def test_bad_input_has_a_clear_message(data: bytes, error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words) as info:
        load("-", stdin=data)
    assert isinstance(info.value, ListwatchError)


def test_missing_file_and_unsupported_language(tmp_path: Path) -> None:
    with pytest.raises(ListwatchError, match="no such file"):
        load(tmp_path / "nope.txt")
    with pytest.raises(UnsupportedLanguage, match="German"):
        extract_article(
            "Das Pentagon hat den Smartphone-Hersteller Xiaomi im Januar auf seine schwarze "
            "Liste gesetzt. Ein Gericht hat die Entscheidung im März vorläufig ausgesetzt.",
            published="2021-05-12",
        )


@pytest.fixture
def server() -> Iterator[str]:
    pages = {"/article": HTML.encode("utf-8"), "/empty": b"<html><body></body></html>"}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url(server: str) -> None:
    art = load(f"{server}/article")
    assert art.title == TITLE and art.url == f"{server}/article"
    with pytest.raises(ListwatchError, match="HTTP 404"):
        load(f"{server}/missing")
    with pytest.raises(NoArticleText):
        load(f"{server}/empty")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_its_mark_is_read_as_utf8_is(tmp_path: Path, encoding: str) -> None:
    """A text editor's "Unicode text" (UTF-16 with a byte order mark, either order) is
    read, the same events as its UTF-8; without the mark it is refused saying what it
    looks like and what to do, never "binary" alone."""
    p = tmp_path / "a.txt"
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    p.write_bytes(data)
    art = load(p)
    assert art.text == ARTICLE.strip()
    events = extract_article(art, published="2021-03-13")["events"]
    assert events == extract_article(ARTICLE, published="2021-03-13")["events"]
    assert any(e["type"] == "injunction" for e in events)
    p.write_bytes(ARTICLE.encode("utf-16-le"))
    with pytest.raises(BinaryInput, match="UTF-16 text without a byte order mark") as info:
        load(p)
    assert "UTF-8" in info.value.hint
    with pytest.raises(BinaryInput, match="not UTF-16"):
        load("-", stdin=b"\xff\xfe" + b"\x00\xd8" * 20)
