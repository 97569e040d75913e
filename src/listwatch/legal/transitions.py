"""How a listing's legal state moves: the events that count, the day each takes effect
(an event known to the month counts from its end), and the state on a date
(``listed``, ``enjoined``, ``vacated``, ``removed``, ``not_listed``) with its cause."""

from __future__ import annotations

import calendar
from typing import Any

from listwatch.legal.rules import RuleTable

STATES = ("listed", "enjoined", "vacated", "removed", "not_listed")
#: Event type (and ruling outcome) -> the state it moves a listing to.
TRANSITIONS = {"injunction": "enjoined", "vacatur": "vacated", "removal": "removed",
               "designation": "listed", ("ruling", "upheld"): "listed",
               ("ruling", "affirmed"): "listed", ("ruling", "reversed"): "vacated"}
#: States in which the effects of a listing apply.
EFFECTIVE = ("listed",)


def period_end(date: str, precision: str | None) -> str:
    if precision == "year" or len(date) == 4:
        return f"{date[:4]}-12-31"
    if precision == "month" or len(date) == 7:
        y, m = int(date[:4]), int(date[5:7])
        return f"{date[:7]}-{calendar.monthrange(y, m)[1]:02d}"
    return date


def counts(ev: dict[str, Any]) -> bool:
    """Whether an event may move the state: it rests on a document, a list or a person."""
    if ev.get("status") == "rejected" or ev.get("record_conflict") or ev.get("effect") == "announced":
        return False
    if ev.get("id") is None:  # derived from snapshots: the listing intervals say it
        return False
    return ev.get("origin") in ("record", "official") or ev.get("status") in ("official", "confirmed")


def target(ev: dict[str, Any]) -> str | None:
    if ev["type"] == "ruling":
        return TRANSITIONS.get(("ruling", ev.get("outcome") or ""))  # type: ignore[return-value]
    return TRANSITIONS.get(ev["type"])  # type: ignore[return-value]


def transitions(history: dict[str, Any]) -> list[dict[str, Any]]:
    """State-moving events in order: (``on`` = the day it takes effect, ``to``, the event)."""
    moves = []
    dated = [e for e in history["events"] if e.get("date") and counts(e) and target(e)]
    for ev in dated:
        to = target(ev)
        precise = len(ev["date"]) == 10
        if not precise:
            start, end = ev["date"], period_end(ev["date"], ev.get("date_precision"))
            if any(len(o["date"]) == 10 and start <= o["date"][: len(start)] <= end and target(o) != to
                   for o in dated if o is not ev):
                continue  # a day-dated event of the other direction in the same period wins
            on = end
        else:
            on = ev["date"]
        moves.append({"on": on, "to": to, "event": ev})
    moves.sort(key=lambda m: (m["on"], m["event"].get("id") or 0))
    return moves


def listing_date(history: dict[str, Any], record: dict[str, Any]) -> tuple[str | None, str]:
    props = record.get("properties", {})
    # a listing date known to the month or year counts from its first day
    own = sorted((v[:10] + "-01-01"[len(v[:10]) - 4:])[:10] for v in props.get("listingDate", [])
                 if len(v) >= 4 and v[:4].isdigit())
    if own:
        return own[0], "publisher"
    return history.get("first_seen"), "first_seen"


def listed_intervals(history: dict[str, Any], listing: str | None) -> list[tuple[str, str | None]]:
    """Listed intervals, the first reaching back to the publisher's listing date."""
    ivs = [(iv["from"], iv["to"]) for iv in history["listed_intervals"]]
    if ivs and listing and listing < ivs[0][0]:
        ivs[0] = (listing, ivs[0][1])
    return ivs


def state_at(history: dict[str, Any], ivs: list[tuple[str, str | None]], moves: list[dict[str, Any]],
           rules: list[RuleTable], date: str) -> tuple[str, str | None, dict[str, Any] | None]:
    """(state, since, cause) on ``date``."""
    on_list = next(((a, b) for a, b in ivs if a <= date and (b is None or date < b)), None)
    cause: dict[str, Any] | None
    if not ivs or date < ivs[0][0]:
        return "not_listed", None, None
    if on_list is None:
        last_end = max(b for a, b in ivs if b is not None and b <= date)
        state, since, cause = "removed", last_end, {"kind": "list", "detail": "no longer on the list"}
        # a vacatur or removal event before it is the better explanation
        for m in moves:
            if m["on"] <= date and m["to"] in ("vacated", "removed") and m["on"] <= last_end:
                state, since, cause = m["to"], m["on"], {"kind": "event", "event": m["event"]}
        return state, since, cause
    state, since, cause = "listed", on_list[0], {"kind": "list", "detail": "on the list"}
    for m in moves:
        if m["on"] > date:
            break
        if m["on"] < on_list[0] or (m["to"] == "listed" and state == "listed"):
            continue  # an earlier listing's event, or no change
        state, since, cause = m["to"], m["on"], {"kind": "event", "event": m["event"]}
    for table in rules:
        end = table.ends.get("date")
        if end and end <= date and state in ("listed", "enjoined") and (since or "") <= end:
            state, since = table.ends.get("state", "removed"), end
            cause = {"kind": "rule", "basis": table.basis, "detail": table.ends.get("reason"),
                     "url": table.ends.get("url")}
    return state, since, cause
