"""What one article may cost: the size limit, and the shapes ``tidy`` rewrites so that a
hostile upload costs about what prose of its length costs (invented texts only)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from listwatch.errors import InputTooLarge
from listwatch.news import extract_article
from listwatch.news.text_bounds import (
    BLANK_LINES,
    BLANK_RUN,
    DOUBLED_GAPS,
    LINE_RUN,
    WORD_RUN,
    tidy,
)
from tests.commands.inprocess import run_main

PROSE = ("The Treasury sanctioned Karl Weiss and Brightwater Shipping Co. on 3 May 2021.  "
         "A spokesman for Kelmor Bank declined to comment.\n\n"
         "Analysts said  the market\treacted calmly.\n\n\n"
         "Hexmoor Cloud Ltd said it would challenge the decision in court.\n")


def test_prose_is_returned_as_it_is() -> None:
    assert tidy(PROSE) == PROSE
    assert tidy(PROSE * 200) == PROSE * 200  # many lines of prose: no line is long


def test_a_run_of_blanks_becomes_one_space() -> None:
    assert tidy("sanctioned" + " " * (BLANK_RUN + 1) + "X") == "sanctioned X"
    assert tidy("a" + " \t\u00a0" * 40 + "b") == "a b"
    kept = "a" + " " * BLANK_RUN + "b"
    assert tidy(kept) == kept


DOUBLED = {
    "The  Treasury  on  Monday  sanctioned  Kelvar  Trading  Company  and  its  director  "
    "Omar  Haddad,  the  department  said  in  a  statement.\n": ("designation", "Omar Haddad"),
    "Le  Trésor  a  sanctionné  lundi  la  société  Marvolt  Export  et  son  dirigeant  "
    "Karim  Bensaïd,  a  indiqué  le  département.\n": ("designation", "Karim Bensaïd"),
}


@pytest.mark.parametrize("doubled", list(DOUBLED))
def test_a_text_with_every_space_doubled_reads_as_written_once(doubled: str) -> None:
    single = " ".join(doubled.split("  "))
    assert tidy(doubled) == single
    parties = {(e["type"], e["entity"]) for e in extract_article(doubled, published="2025-03-03")["events"]}
    assert DOUBLED[doubled] in parties
    assert parties == {(e["type"], e["entity"])
                       for e in extract_article(single, published="2025-03-03")["events"]}


def test_aligned_columns_and_short_texts_keep_their_blanks() -> None:
    table = "Name          Country\nKelvar Trading Company  Norland\n" + PROSE
    assert tidy(table) == table
    few = "  ".join(["word"] * (DOUBLED_GAPS - 1))  # too few words to judge
    assert tidy(few) == few


def test_empty_lines_are_capped() -> None:
    assert tidy("A.\n" + " \n" * 500 + "B.") == "A." + "\n" * (BLANK_LINES + 1) + "B."
    kept = "A." + "\n" * (BLANK_LINES + 1) + "B."
    assert tidy(kept) == kept


def test_a_word_longer_than_any_is_cut() -> None:
    out = tidy("sanctioned " + "A" * (3 * WORD_RUN + 5))
    assert out.split()[1:] == ["A" * WORD_RUN] * 3 + ["A" * 5]


def test_a_long_line_breaks_after_its_sentences_then_at_blanks() -> None:
    sentence = "The Treasury sanctioned Karl Weiss on 3 May 2021. "
    line = sentence * (2 * LINE_RUN // len(sentence))
    out = tidy(line)
    assert out.split("\n")[0] == sentence.strip()
    assert out.replace("\n", " ").split() == line.split()  # the same words in the same order
    run_on = "sanctioned " + "Karl Weiss, " * (3 * LINE_RUN // 12)
    lines = tidy(run_on).split("\n")
    assert len(lines) >= 3 and all(len(x) <= LINE_RUN for x in lines)
    assert " ".join(lines).split() == run_on.split()


def test_an_article_above_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LISTWATCH_NEWS_MAX_CHARS", "1000")
    with pytest.raises(InputTooLarge) as exc:
        extract_article(PROSE * 10, published="2021-05-03", language="en")
    assert "above the news reader's limit of 1,000" in str(exc.value)
    assert "LISTWATCH_NEWS_MAX_CHARS" in str(exc.value)
    res = extract_article(PROSE, published="2021-05-03", language="en")
    assert any(e["type"] == "designation" for e in res["events"])


def test_the_cli_refuses_it_and_stores_nothing(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'n.db'}"
    big = tmp_path / "big.txt"
    big.write_text(PROSE * 10, encoding="utf-8")
    env = {"LISTWATCH_DB": db, "LISTWATCH_NEWS_MAX_CHARS": "1000"}
    r = run_main("news", "ingest", str(big), "--date", "2021-05-03", env=env)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "limit of 1,000" in r.stderr
    listed = run_main("events", "list", "--format", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "Karl Weiss" not in listed.stdout


def _seconds(text: str) -> float:
    t0 = time.perf_counter()
    extract_article(text, published="2025-01-01", language="en")
    return time.perf_counter() - t0


# shapes that once made some rule scan a run once from every position in it
HOSTILE = {
    "blanks": "sanctioned " + " " * 30_000 + "X",
    "tabs": "sanctioned " + "\t" * 30_000 + "X",
    "empty lines": "The Treasury sanctioned Karl Weiss." + " \n" * 15_000 + "X",
    "one long word": "sanctioned " + "A" * 30_000,
    "names and commas on one line": "sanctioned " + "Karl Weiss, " * 2_000,
    "names and semicolons on one line": "OFAC designated " + "Karl Weiss; " * 2_000,
    "capitals on one line": "sanctioned " + "Alpha Beta " * 2_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_text_costs_about_what_prose_costs(name: str) -> None:
    text = HOSTILE[name]
    extract_article(PROSE, published="2025-01-01", language="en")  # the rules compiled once
    prose = _seconds(PROSE * (len(text) // len(PROSE)))
    took = _seconds(text)
    # a rule scanning a run from every position in it takes many times prose's time
    assert took <= max(10 * prose, 3.0), f"{name}: {took:.1f} s against {prose:.1f} s for prose"
