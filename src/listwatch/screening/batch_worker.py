"""What a batch's worker processes run besides screening, in a module that imports no
pyarrow: the workers are forked before the parent imports ``pyarrow.compute`` (a tenth of
a second, spent while the workers start), and they never need it.

* ``WARM_NAMES``: names of many scripts each worker screens as it starts, while the
  parent reads the input's first block, so that what screening loads on first use
  (pypinyin's and OpenCC's dictionaries, babel's country names, anyascii's tables) is
  not loaded in the worker's first job, which the first rows' output waits for;
* ``make_queries``: queries from the values of their key columns, as they travel to a
  worker;
* ``WorkerTables``: ids for the distinct parts of a worker's results, so that each part
  is sent to the parent once.
"""

from __future__ import annotations

import json
import os
from array import array
from typing import Any

from listwatch.screening.cells import AUDIT_KEYS, fragments, joined

#: Invented names, a few of each script and kind screening reads differently (Han in
#: traditional and simplified characters, a person's and a company's; Hangul, kana,
#: Arabic, Persian, Hebrew, Cyrillic, Greek, Georgian, Armenian, Thai, Devanagari; legal
#: forms and a country after one): their answers are dropped.
WARM_NAMES = (
    "Ivan Petrov", "Acme Trading LLC", "Globex Shipping Ltd (Panama)", "Société Générale SA",
    "OOO Neftegaz Trade", "Abdul Ghani Karimi", "Zhang Wei", "王伟", "張偉", "華信貿易有限公司",
    "华信船务有限公司", "김민수", "부산 무역 주식회사", "タナカ ヒロシ", "محمد علي حسن",
    "شرکت کشتیرانی", "משה כהן", "Иван Петров", "ООО Нефтегаз", "Γιώργος Παπαδόπουλος",
    "გიორგი ბერიძე", "Արամ Պետրոսյան", "สมชาย ใจดี", "राजेश कुमार",
)


def make_queries(names: list[str], values: list[list[str]]) -> list[dict[str, Any]]:
    """Queries from the values of their key columns ``names`` (``batch.row_query``
    without ``id``): how they travel to a worker (a list of strings per column is
    smaller and quicker to send than dicts)."""
    if len(names) == 1:
        name = names[0]
        return [{name: v} if v else {} for v in values[0]]
    return [{k: v for k, v in zip(names, vs, strict=True) if v}
            for vs in zip(*values, strict=True)]


class WorkerTables:
    """In a worker: ids for the distinct parts of results, so that each is sent once."""

    def __init__(self) -> None:
        self.entries: dict[Any, int] = {}
        self.scores: dict[Any, int] = {}

    def pack(self, results: list[list[Any]], json_results: bool, limit: int) -> tuple[Any, ...]:
        """``batch.screen_queries`` output as ``(process id, new entry parts, new score
        parts, number of kept results per query (int32 bytes), their (entry, score) ids
        (int32 bytes), JSON output texts or None)``. Kept: the first result (the output's
        best) and every match (the audit record's)."""
        entries, scores = self.entries, self.scores
        new_entries: list[Any] = []
        new_scores: list[Any] = []
        counts = array("i")
        ids = array("i")
        texts: list[str] | None = [] if json_results else None
        for found in results:
            if texts is not None:
                texts.append(json.dumps(found[:limit], ensure_ascii=False, default=str))
                rows = [tuple(r.get(k) for k in AUDIT_KEYS) for r in found]
                found = [(*v, fragments(dict(zip(AUDIT_KEYS, v, strict=True))) if v[4]
                          else None) for v in rows]
            kept = 0
            for i, r in enumerate(found):
                if i and not r[4]:
                    continue
                kept += 1
                pre, head, tail = r[-1] or (None, None, None)
                entry = (r[0], r[1], r[2], bool(r[4]), None if head is None else (pre, head),
                         joined(r[8], r[0]), joined(r[9], r[1]))
                e = entries.get(entry)
                if e is None:
                    e = entries[entry] = len(entries)
                    new_entries.append(entry)
                score = (r[3].__class__, r[3], tail)
                s = scores.get(score)
                if s is None:
                    s = scores[score] = len(scores)
                    new_scores.append((r[3], tail))
                ids.append(e)
                ids.append(s)
            counts.append(kept)
        return (os.getpid(), new_entries, new_scores, counts.tobytes(), ids.tobytes(), texts)
