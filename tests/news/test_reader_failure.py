"""When the news reader itself fails on one article (a defect of listwatch, not of the
input), `news ingest` says so for that article, stores nothing of it, goes on with the
others and exits non-zero; one article alone exits 3 with the same message, never a bare
traceback. The reader's failure is injected (no known article makes it fail: each one
found, such as a dateline's place ending in a dash or a first of the month in capitals,
is fixed and has its own test); everything else is real: the console script's entry
point, a SQLite file, the real reader on the other articles."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import listwatch.news.store as news_store
from tests.commands.inprocess import run_main

GOOD = ("The Treasury on {day} sanctioned {name}, a shipping firm based in Norvik, for moving "
        "oil for a blocked refinery.")


@pytest.fixture
def failing_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    real = news_store.extract_article

    def reader(art: Any, **kw: Any) -> dict[str, Any]:
        if "Stellan" in art.text:
            raise IndexError("string index out of range")
        return real(art, **kw)

    monkeypatch.setattr(news_store, "extract_article", reader)


def test_a_batch_goes_on_past_an_article_the_reader_fails_on(tmp_path: Path, failing_reader: None) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, (day, name) in enumerate([("Monday", "Velmar Shipping"), ("Tuesday", "Stellan Tankers"),
                                     ("Wednesday", "Korvex Marine")]):
        (folder / f"{i}.txt").write_text(GOOD.format(day=day, name=name), encoding="utf-8")
    db = tmp_path / "news.db"
    r = run_main("news", "ingest", str(folder), "--date", "2023-03-10", env={"LISTWATCH_DB": f"sqlite:///{db}"})
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "the news reader failed on this article (IndexError" in r.stderr
    assert "1.txt" in r.stderr
    assert "1 failure(s)" in r.stderr
    with sqlite3.connect(db) as conn:
        texts = [t for (t,) in conn.execute("select text from articles")]
    assert len(texts) == 2 and not any("Stellan" in t for t in texts)


def test_one_article_the_reader_fails_on_exits_3(tmp_path: Path, failing_reader: None) -> None:
    path = tmp_path / "one.txt"
    path.write_text(GOOD.format(day="Monday", name="Stellan Tankers"), encoding="utf-8")
    db = tmp_path / "news.db"
    r = run_main("news", "ingest", str(path), env={"LISTWATCH_DB": f"sqlite:///{db}"})
    assert r.returncode == 3
    assert "Traceback" not in r.stderr and "internal error" not in r.stderr
    assert "the news reader failed on this article" in r.stderr
    assert "report it" in r.stderr
