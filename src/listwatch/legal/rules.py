"""Rule tables: what listing on each legal basis forbids, from when and until when.

One TOML table per legal basis in ``legal/rules/`` (documented there with its sources).
The tables are data; this module only reads them and evaluates their date expressions:

    listing            the listing date (the publisher's own, else the first snapshot)
    listing+60         N days after it
    2021-01-11         a fixed date
    prop:effectiveDate a date the entry itself carries (publisher's dates first)
    max(a, b) min(a, b)
    a or b             the first of them that has a value

A table's ``[match]`` names the sources it applies to and, optionally, ``programs`` and
``lists``: an entry of those sources that carries a program or list applies only if one
of them is named. ``[ends]`` closes every effect of the basis on a date (a basis replaced).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from listwatch.errors import ConfigError

_TERM = re.compile(r"^(listing|prop:[A-Za-z]+|\d{4}-\d{2}-\d{2})(?:\s*([+-])\s*(\d+))?$")


@dataclass(frozen=True)
class Effect:
    kind: str
    prohibits: str
    applies_to: str
    start: str
    until: str | None
    rule: str


@dataclass(frozen=True)
class RuleTable:
    basis: str
    title: str
    authority: str
    references: tuple[str, ...]
    sources: tuple[str, ...]
    programs: tuple[str, ...]
    lists: tuple[str, ...]
    effects: tuple[Effect, ...]
    ends: dict[str, str] = field(default_factory=dict)
    file: str = ""

    def applies(self, source: str, props: dict[str, list[str]]) -> bool:
        if source not in self.sources:
            return False
        if not (self.programs or self.lists):
            return True
        have = set(props.get("program", [])) | set(props.get("list", []))
        if not have:
            return True
        return bool(have & (set(self.programs) | set(self.lists)))

    def describe(self) -> dict[str, Any]:
        return {"basis": self.basis, "title": self.title, "authority": self.authority,
                "references": list(self.references), "file": self.file,
                "ends": dict(self.ends) or None}


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def evaluate(expr: str | None, listing: str | None, props: dict[str, list[str]]) -> str | None:
    """The ISO date an expression of a rule table gives (None if it has no value)."""
    if expr is None or not expr.strip():
        return None
    expr = expr.strip()
    if " or " in expr:
        for part in expr.split(" or "):
            value = evaluate(part, listing, props)
            if value is not None:
                return value
        return None
    m = re.match(r"^(max|min)\((.*)\)$", expr)
    if m:
        values = [evaluate(p, listing, props) for p in m.group(2).split(",")]
        known = [v for v in values if v is not None]
        if len(known) != len(values):
            return None
        return max(known) if m.group(1) == "max" else min(known)
    t = _TERM.match(expr)
    if not t:
        raise ConfigError(f"rule expression {expr!r} is not understood",
                          hint="see listwatch/legal/rules.py for the forms")
    head, sign, days = t.groups()
    if head == "listing":
        base = listing
    elif head.startswith("prop:"):
        found = [v for v in props.get(head[5:], []) if re.match(r"^\d{4}-\d{2}-\d{2}", v)]
        base = min(found)[:10] if found else None
    else:
        base = head
    if base is None:
        return None
    if len(base) < 10:  # a year or month only: its first day
        base = (base + "-01-01")[:10]
    if sign:
        delta = dt.timedelta(days=int(days))
        return (_date(base) + (delta if sign == "+" else -delta)).isoformat()
    return base


def _load(name: str, text: str) -> RuleTable:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rule table {name}: {exc}") from None
    match = data.get("match", {})
    effects = tuple(
        Effect(kind=e["kind"], prohibits=e["prohibits"], applies_to=e["applies_to"],
               start=e["from"], until=e.get("until"), rule=e.get("rule", ""))
        for e in data.get("effects", [])
    )
    return RuleTable(
        basis=data["basis"], title=data["title"], authority=data.get("authority", ""),
        references=tuple(data.get("references", [])), sources=tuple(match.get("sources", [])),
        programs=tuple(match.get("programs", [])), lists=tuple(match.get("lists", [])),
        effects=effects, ends=dict(data.get("ends", {})), file=name,
    )


@lru_cache(maxsize=1)
def tables() -> tuple[RuleTable, ...]:
    """Every rule table shipped in ``listwatch/legal/rules/``."""
    folder = resources.files("listwatch.legal").joinpath("rules")
    out = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            out.append(_load(item.name, item.read_text(encoding="utf-8")))
    return tuple(out)


def tables_for(source: str, props: dict[str, list[str]]) -> list[RuleTable]:
    return [t for t in tables() if t.applies(source, props)]
