"""What a listing forbids on a date: the effects of its rule tables (from, until, in
force, suspended while enjoined, exempted by a general licence) and the deadlines ahead."""

from __future__ import annotations

from typing import Any

from listwatch.legal.rules import RuleTable, evaluate
from listwatch.legal.transitions import EFFECTIVE, counts


def _licences(history: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in history["events"] if e.get("type") == "license" and counts(e) and e.get("date")]


def effects_on(history: dict[str, Any], record: dict[str, Any], rules: list[RuleTable], listing: str | None,
             ivs: list[tuple[str, str | None]], moves: list[dict[str, Any]], date: str,
             state: str, since: str | None) -> list[dict[str, Any]]:
    props = record.get("properties", {})
    # the end of the listing for good: a vacatur or removal, the list dropping it, the basis ending
    # only what had happened by ``date``: a later vacatur was not known then
    ends = [m["on"] for m in moves if m["to"] in ("vacated", "removed") and m["on"] <= date]
    ends += [b for a, b in ivs[-1:] if b is not None and b <= date]
    out = []
    licences = _licences(history)
    for table in rules:
        basis_end = table.ends.get("date")
        stop = min([*ends, *([basis_end] if basis_end and basis_end <= date else [])], default=None)
        for eff in table.effects:
            start = evaluate(eff.start, listing, props)
            until = evaluate(eff.until, listing, props)
            if start is None:
                continue
            if stop is not None and (until is None or stop < until):
                until = stop
            if until is not None and until <= start:
                continue  # never took effect
            item: dict[str, Any] = {
                "kind": eff.kind, "basis": table.basis, "prohibits": eff.prohibits,
                "for": eff.applies_to, "from": start, "until": until, "rule": eff.rule,
                "rule_file": table.file,
            }
            current = start <= date and (until is None or date < until)
            item["in_force"] = current and state in EFFECTIVE
            item["suspended"] = current and state == "enjoined"
            for lic in licences:
                terms = lic.get("terms") or {}
                kinds = terms.get("exempts") or []
                lic_until = terms.get("until")
                if eff.kind in kinds and lic["date"] <= date and (not lic_until or date < lic_until):
                    item["in_force"] = False
                    item["exempted_by"] = {"event": lic.get("id"), "until": lic_until}
            out.append(item)
    return out


def deadlines(effects: list[dict[str, Any]], date: str, state: str) -> list[dict[str, Any]]:
    if state != "listed":
        return []
    out = []
    for eff in effects:
        if eff["from"] > date and eff["kind"] != "divestment_window":
            out.append({"date": eff["from"], "what": f"{eff['kind']} starts", "kind": eff["kind"],
                        "basis": eff["basis"], "for": eff["for"]})
        if eff["until"] and eff["until"] > date and eff["kind"] == "divestment_window":
            out.append({"date": eff["until"], "what": "divestment deadline (divest_by)", "kind": eff["kind"],
                        "basis": eff["basis"], "for": eff["for"]})
        ex = eff.get("exempted_by")
        if ex and ex.get("until") and ex["until"] > date:
            out.append({"date": ex["until"], "what": f"licence for {eff['kind']} expires", "kind": "license",
                        "basis": eff["basis"], "for": eff["for"]})
    return sorted(out, key=lambda d: d["date"])
