"""The written article sets under tests/news/articles, scored against their gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from listwatch.news import extract_article
from listwatch.news.evaluate import score

ARTICLES = Path(__file__).parent / "articles"


def scored(folder: Path) -> dict[str, Any]:
    """Extract every ``*.txt`` of ``folder`` and score it against its ``.json`` gold."""
    pairs = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        res = extract_article(txt.read_text(encoding="utf-8"), published=gold["published"])
        assert res["language"] == gold["language"], txt.name
        pairs.append((txt.stem, res["events"], gold["events"]))
    return score(pairs)
