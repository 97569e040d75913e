"""Backend of ``listwatch compare``: the pairwise scorer on its own."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from listwatch.errors import ConfigError
from listwatch.match.features import Entity
from listwatch.match.scorer import Comparison, Scorer, default_scorer
from listwatch.text import neutralise

REQUIRED = ("name1", "name2")


def compare_names(
    name_a: str, name_b: str, schema: str = "LegalEntity", scorer: Scorer | None = None
) -> Comparison:
    """Score two names of the given schema (``Person``, ``Company``, ``Vessel`` …)."""
    from listwatch.match.checks import canonical_schema

    scorer = scorer or default_scorer()
    schema = canonical_schema(schema, "schema") or "LegalEntity"
    return scorer.compare(Entity(schema, [name_a]), Entity(schema, [name_b]))


def compare_pairs_csv(
    in_path: str | Path, out_path: str | Path, scorer: Scorer | None = None
) -> int:
    """Score every row of a CSV with ``name1,name2[,schema]``; write all columns + score,match.

    Rows are written in input order with every input column (a cell starting with
    = + - @ gets a leading quote, so spreadsheets don't run it). Returns the row count.
    """
    import io

    from listwatch.errors import ParseError
    from listwatch.sources._decode import decode

    scorer = scorer or default_scorer()
    path = Path(in_path)
    if not path.is_file():
        raise ConfigError(f"input file {in_path} not found")
    warnings: list[str] = []
    try:  # (UTF-8, UTF-16 with a BOM, else Windows-1252: as every reader of the project)
        text = decode(path.read_bytes(), str(in_path), warnings)
    except ParseError as exc:
        raise ConfigError(exc.message, hint=exc.hint) from None
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in ",;\t|"}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    try:
        return _score_pairs(io.StringIO(text, newline=""), delimiter, in_path, out_path,
                            scorer)
    except BaseException:
        Path(out_path).unlink(missing_ok=True)  # nothing half-written
        raise


def _score_pairs(src: Any, delimiter: str, in_path: str | Path, out_path: str | Path,
                 scorer: Scorer) -> int:
    reader = csv.DictReader(src, delimiter=delimiter)
    fields = list(reader.fieldnames or [])
    missing = [c for c in REQUIRED if c not in fields]
    if missing:
        raise ConfigError(
            f"{in_path}: missing column(s) {', '.join(missing)}; "
            "expected name1,name2 and optionally schema"
        )
    out_fields = fields + [c for c in ("score", "match") if c not in fields]
    count = 0
    with open(out_path, "w", newline="", encoding="utf-8") as dst:
        writer = csv.DictWriter(dst, fieldnames=out_fields)
        writer.writeheader()
        for row in reader:
            try:
                res = compare_names(
                    row.get("name1") or "",
                    row.get("name2") or "",
                    row.get("schema") or "LegalEntity",
                    scorer,
                )
            except ConfigError as exc:
                raise ConfigError(f"{in_path}: line {reader.line_num}: {exc.message}",
                                  hint=exc.hint) from None
            out = {k: neutralise(v) for k, v in row.items()}  # CSV injection
            out["score"] = f"{res.score:.4f}"
            out["match"] = "true" if res.match else "false"
            writer.writerow(out)
            count += 1
    return count
