"""Score extracted events against a gold set (used by the tests and bench/bench_news.py).

An extracted event matches a gold event when the type is the same and the entity names
agree after normalisation (legal forms dropped; one name's words contained in the
other's). Each gold event matches at most one extracted event, preferring one with the
same date. Precision and recall count these matches; date and status accuracy are
measured over the matched pairs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .lang import EVENT_TYPES
from .mentions import core_name, normalize


def same_entity(a: str, b: str) -> bool:
    ta, tb = set(normalize(core_name(a)).split()), set(normalize(core_name(b)).split())
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    date_ok: int = 0
    status_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 3), "recall": round(self.recall, 3),
            "date_accuracy": round(self.date_ok / self.tp, 3) if self.tp else None,
            "status_accuracy": round(self.status_ok / self.tp, 3) if self.tp else None,
        }


def score(
    pairs: Iterable[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]],
) -> dict[str, Tally]:
    """``pairs``: (article name, predicted events, gold events). Returns per-type tallies
    plus ``"all"``."""
    tallies = {t: Tally() for t in (*EVENT_TYPES, "all")}
    for name, pred, gold in pairs:
        used: set[int] = set()
        for g in gold:
            cands = [
                (i, p) for i, p in enumerate(pred)
                if i not in used and p["type"] == g["type"] and same_entity(p["entity"], g["entity"])
            ]
            cands.sort(key=lambda ip: (ip[1].get("date") != g.get("date"),
                                       ip[1].get("status") != g.get("status")))
            for key in (g["type"], "all"):
                t = tallies[key]
                if not cands:
                    t.fn += 1
                    t.errors.append(f"{name}: missed {g['type']} {g['entity']} {g.get('date')}")
                    continue
                i, p = cands[0]
                t.tp += 1
                if p.get("date") == g.get("date"):
                    t.date_ok += 1
                else:
                    t.errors.append(
                        f"{name}: {g['type']} {g['entity']} date {p.get('date')} != {g.get('date')}"
                    )
                if p.get("status", "effective") == g.get("status", "effective"):
                    t.status_ok += 1
            if cands:
                used.add(cands[0][0])
        for i, p in enumerate(pred):
            if i not in used:
                for key in (p["type"], "all"):
                    tallies[key].fp += 1
                    tallies[key].errors.append(
                        f"{name}: spurious {p['type']} {p['entity']} {p.get('date')} :: {p['evidence'][:90]}"
                    )
    return tallies
