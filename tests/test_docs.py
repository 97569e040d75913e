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
