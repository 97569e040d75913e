"""User docs and code comments say what listwatch does, not how the work went: no issue
numbers, and no file outside the repository named as if it were part of it (the test data
folder, ``../shared/data``, is a setting and may be named). Figures and the story of each
optimisation live in docs/benchmarks.md and bench/NOTES.md, which this test leaves alone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USER_DOCS = sorted({*ROOT.glob("docs/*.md"), ROOT / "README.md", ROOT / "CONTRIBUTING.md"}
                   - {ROOT / "docs" / "benchmarks.md"})
ISSUE = re.compile(r"\bissue #?\d+", re.IGNORECASE)
OUTSIDE = re.compile(r"\.\./shared/(?!data\b)[\w./-]+|\bDESIGN\.md\b|\bMACHINE-NOTES\b")


def _hits(paths: list[Path], pattern: re.Pattern[str]) -> list[str]:
    return [f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
            for p in paths for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
            if pattern.search(line)]


def test_user_docs_tell_no_work_story() -> None:
    assert len(USER_DOCS) >= 10
    hits = _hits(USER_DOCS, ISSUE)
    assert not hits, "an issue number in user docs (the story goes to bench/NOTES.md):\n" + \
        "\n".join(hits)


def test_code_names_no_issue() -> None:
    sources = sorted((ROOT / "src").rglob("*.py"))
    hits = _hits(sources, ISSUE)
    assert not hits, "an issue number in the code (the story goes to bench/NOTES.md):\n" + \
        "\n".join(hits)


def test_nothing_outside_the_repository_is_named_as_part_of_it() -> None:
    paths = [*USER_DOCS, *sorted((ROOT / "src").rglob("*.py")),
             *sorted(ROOT.glob("scripts/*")), ROOT / "Makefile", ROOT / "pyproject.toml"]
    hits = _hits([p for p in paths if p.is_file()], OUTSIDE)
    assert not hits, "a file outside the repository named as if it were in it " \
        "(the contract is docs/contract.md):\n" + "\n".join(hits)


#: A figure with the unit of a measurement: time, memory, throughput, share.
FIGURE = re.compile(r"(?<![\w.])~?\d[\d,]*(?:\.\d+)?\s?(?:ms|µs|us|ns|s|MB|GB|KB|kB|MiB|GiB|"
                    r"KiB|bytes|rows/s|req/s|/s|%|×|x)(?![\w/])")
#: Words that say the figure was measured, not set: a limit the code sets ("16 MB at a
#: time"), a fact about another program ("up to 32 MB") or a date ("the 1950s") is not.
MEASURED = re.compile(r"measured|benchmark|\babout\b|~|\bagainst\b|\btook\b|\bwithout\b|"
                      r"faster|slower|\bbefore\b|\bafter\b|\bwhen full\b|samples", re.I)


def measured_figures(source: str) -> list[tuple[int, str]]:
    """``(line, figure)`` of each measured figure in the comments and docstrings of a
    module's source: a figure with a unit within a sentence that says it was measured."""
    import ast
    import io
    import tokenize

    if not FIGURE.search(source):  # (most modules: nothing to read closer)
        return []
    texts = [(tok.start[0], tok.string) for tok in
             tokenize.generate_tokens(io.StringIO(source).readline)
             if tok.type == tokenize.COMMENT]
    for node in ast.walk(ast.parse(source)):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            texts += [(stmt.lineno, stmt.value.value) for stmt in body
                      if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
                      and isinstance(stmt.value.value, str)]
    found = []
    for line, text in texts:
        for m in FIGURE.finditer(text):
            # (the sentence around the figure, comment markers and line breaks folded)
            start = max(text.rfind(". ", 0, m.start()), text.rfind(":", 0, m.start()) - 60, 0)
            end = text.find(". ", m.end())
            sentence = " ".join(text[start:end if end >= 0 else None].split())
            if MEASURED.search(sentence):
                found.append((line + text.count("\n", 0, m.start()), m.group(0)))
    return sorted(found, key=lambda hit: hit[0])


def test_code_comments_hold_no_measured_figures() -> None:
    hits = [f"{p.relative_to(ROOT)}:{line}: {figure}"
            for p in sorted((ROOT / "src").rglob("*.py"))
            for line, figure in measured_figures(p.read_text("utf-8"))]
    assert not hits, ("a measured figure in a code comment or docstring: a comment may say "
                      "why, the figure goes to bench/NOTES.md (and the current one to "
                      "docs/benchmarks.md):\n" + "\n".join(hits))


def test_the_figure_check_sees_measurements_and_not_settings() -> None:
    seen = measured_figures(
        '"""Screens a name (about 0.6 ms a request)."""\n'
        "X = 1  # 250,000 pairs measured about 20 MB\n"
        "def f():\n    '''Took 0.44 s before the workers started.'''\n"
        "# (the collector off: 2.4-2.9 s against 0.8 s without)\n"
        "Y = 2  # 7 % of the samples on the benchmark's file\n")
    assert [figure for _, figure in seen] == ["0.6 ms", "20 MB", "0.44 s", "2.9 s", "0.8 s",
                                              "7 %"]
    assert [line for line, _ in seen] == [1, 2, 4, 5, 5, 6]
    assert measured_figures(
        '"""Checked 16 MB at a time; the 1950s are a range; 400s and 422s."""\n'
        "LIMIT = 32  # MB: glibc refuses a larger one\n"
        "N = 2  # up to 32 MB also the mmap threshold (glibc's default)\n"
        "T = 5  # seconds between retries, 3 at most\n") == []
