"""The legal state of an entry on a date, read from its timeline (``history.timeline``):
listed or not, and the status its legal events give it (listed, enjoined, vacated,
removed), with what is only reported kept apart."""

from __future__ import annotations

from typing import Any

_CHANGES = {"designation": "listed", "injunction": "enjoined", "vacatur": "vacated", "removal": "removed"}


def status_detail(evs: list[dict[str, Any]], listed: bool, *, reported_only: bool = False) -> dict[str, Any]:
    """The effective status following the events (in timeline order), the event that set
    it, and apart from it what is only reported.

    designation → ``listed`` (``designated`` for a reported-only entity); an effective
    injunction → ``enjoined``; an effective vacatur → ``vacated``; an effective removal →
    ``removed``. Announced events (an agreement that a removal "would be appropriate"),
    rejected ones and undated ones (when they happened is unknown: an article recapping
    "it won an injunction" after the vacatur must not undo it) change nothing; they are
    shown, and so are reports the legal record contradicts. A listing still current on its official list after
    a reported removal or vacatur stays ``listed``.

    Only official and confirmed events set the headline ``status`` of an entry on a list:
    a *reported* event (news, an annotation nobody confirmed) is given beside it as
    ``reported_status`` (``status``, ``since``: its own date, ``event``, ``origin``), never
    in its place. A reported-only entity has nothing but reports: its status follows them
    and ``status_reported`` says so; when none of them is dated, the last undated one gives
    it (``status_since`` None: since a date nobody knows), never "not designated".
    """
    status = "listed" if listed else ("not designated" if reported_only else "removed")
    cause: dict[str, Any] | None = None
    report: tuple[str, dict[str, Any]] | None = None
    undated: list[dict[str, Any]] = []  # (a reported-only entity's reports of no date)
    for ev in evs:
        if ev.get("effect") == "announced" or ev.get("status") == "rejected":
            continue
        if not ev.get("date"):
            if reported_only and not ev.get("record_conflict") and ev["type"] in _CHANGES:
                undated.append(ev)
            continue
        if ev.get("record_conflict"):  # the legal record contradicts this report
            continue
        new = _CHANGES.get(ev["type"])
        if new is None:
            continue
        new = "designated" if reported_only and new == "listed" else new
        if ev.get("reported") and not reported_only:
            report = (new, ev)
            continue
        status, cause = new, ev
        report = None  # an official change after a report supersedes it
    if reported_only and cause is None and undated:
        # (reports of no date and none dated: the state they give, since an unknown
        # date; "not designated" would deny what the news reports)
        cause = undated[-1]
        status = _CHANGES[cause["type"]]
        status = "designated" if status == "listed" else status
    # the list still showing the entry after a removal or vacatur says it is listed; not
    # when a court document (the legal record) vacated it, nor the list's own retirement
    last = [e for e in evs if e["type"] != "list_ended"]
    if (listed and status in ("removed", "vacated") and last and last[-1]["origin"] == "official"
            and not (cause and cause.get("origin") == "record")):
        status, cause = "listed", last[-1]
    reported = None
    if report is not None and report[0] != status:
        reported = {"status": report[0], "since": report[1].get("date"),
                    "event": report[1].get("id"), "origin": report[1].get("origin")}
    return {
        "status": status,
        "status_since": cause.get("date") if cause else None,
        "status_reported": bool(cause and cause.get("reported")),
        "status_event": cause.get("id") if cause else None,
        "reported_status": reported,
    }


def effective_status(evs: list[dict[str, Any]], listed: bool, *, reported_only: bool = False) -> str:
    """The listing's status following its events: listed (designated), enjoined, vacated,
    removed. See ``status_detail``."""
    return str(status_detail(evs, listed, reported_only=reported_only)["status"])


def known_by(ev: dict[str, Any], date: str) -> bool:
    """Whether an event was known on ``date``: it happened by then and, when an article
    reported it, the article was out by then (an undated event: its article was)."""
    published = (ev.get("reported_on") or (ev.get("article") or {}).get("published") or "")[:10]
    if published and published > date:
        return False
    when = ev.get("date") or published
    return bool(when) and when <= date


def known_on(history: dict[str, Any], date: str) -> dict[str, Any]:
    """The history as it stood on ``date``: only the events known by then (``known_by``),
    the listed intervals begun by then (one still running on ``date`` open), and
    ``listed``, ``removed_on`` and the status as they were that day; ``state`` is
    ``state_on(history, date)``. ``history --as-of``, the API's ``as_of`` and the entity
    page all answer from this."""
    state = state_on(history, date)
    out = dict(history)
    out["events"] = [e for e in history["events"] if known_by(e, date)]
    intervals = []
    for iv in history["listed_intervals"]:
        if iv["from"] > date:
            continue
        iv = dict(iv)
        if iv["to"] is not None and iv["to"] > date:
            iv["to"], iv["last_seen"] = None, None
        intervals.append(iv)
    out["listed_intervals"] = intervals
    listed = state["listed"] and not (history.get("list_ended") and
                                      history["list_ended"]["date"] <= date)
    detail = status_detail([e for e in out["events"] if e.get("date")], state["listed"],
                           reported_only=bool(history.get("reported_only")))
    if not history.get("reported_only"):
        out["listed"] = listed
        out["removed_on"] = None if state["listed"] or not intervals else intervals[-1]["to"]
        if not intervals:
            out["first_seen"] = None
        if history.get("list_ended") and history["list_ended"]["date"] > date:
            out["list_ended"] = None
    out.update(detail)
    out["status"] = state["status"] if not history.get("reported_only") else detail["status"]
    if out.get("list_ended") and out["status"] == "listed":
        out["status"], out["status_since"] = "list ended", out["list_ended"]["date"]
    out["as_of"] = date
    out["state"] = state
    return out


def state_on(history: dict[str, Any], date: str) -> dict[str, Any]:
    """The entry's state on ``date``: listed or not, since when, status after legal events."""
    listed = False
    since = None
    for iv in history["listed_intervals"]:
        if iv["from"] <= date and (iv["to"] is None or date < iv["to"]):
            listed, since = True, iv["from"]
    evs = [e for e in history["events"] if e.get("date") and e["date"] <= date
           and known_by(e, date)]
    detail = status_detail(evs, listed, reported_only=bool(history.get("reported_only")))
    status = detail["status"] if evs or listed else "not listed"
    first = history["first_seen"]
    unknown = first is not None and date < first and any(
        e.get("observed_since_first_snapshot") for e in history["events"]
    )
    if not listed and status == "removed" and not any(e["type"] == "removal" for e in evs):
        status = "not listed"
    return {
        "date": date,
        "listed": listed,
        "since": since,
        "status": status,
        "events_known": len(evs),
        "before_first_snapshot": unknown,
        "reported_status": detail["reported_status"],
    }


def status_segments(history: dict[str, Any], end: str) -> list[tuple[str, str, str]]:
    """(from, to, status) segments of the effective status, following every event."""
    segments: list[tuple[str, str, str]] = []
    dates = sorted({e["date"] for e in history["events"] if e.get("date")})
    current: str | None = None
    start: str | None = None
    for d in dates:
        st = state_on(history, d)["status"]
        if st != current:
            if current is not None and start is not None and current != "not listed":
                segments.append((start, d, current))
            current, start = st, d
    if current is not None and start is not None and current not in ("not listed", "removed"):
        segments.append((start, end, current))
    return [s for s in segments if s[2] != "removed"]
