"""The state of an entry on a date, read from its timeline: listed or not, and the status
its legal events give it, with what is only reported kept apart."""

from __future__ import annotations

from typing import Any

from listwatch.history.state import known_by, state_on, status_detail, status_segments


def _ev(date: str | None, type_: str, **kw: Any) -> dict[str, Any]:
    return {"date": date, "type": type_, "origin": kw.pop("origin", "official"), **kw}


HISTORY = {
    "first_seen": "2021-01-14",
    "listed_intervals": [{"from": "2021-01-14", "to": None, "last_seen": None}],
    "events": [_ev("2021-01-14", "designation"),
               _ev("2021-03-12", "injunction", origin="record"),
               _ev("2021-05-25", "vacatur", origin="record")],
}


def test_the_status_follows_the_effective_events() -> None:
    assert state_on(HISTORY, "2021-01-01")["status"] == "not listed"
    assert state_on(HISTORY, "2021-02-01")["status"] == "listed"
    assert state_on(HISTORY, "2021-04-01")["status"] == "enjoined"
    assert status_segments(HISTORY, "2021-12-31") == [
        ("2021-01-14", "2021-03-12", "listed"), ("2021-03-12", "2021-05-25", "enjoined"),
        ("2021-05-25", "2021-12-31", "vacated")]


def test_a_report_stands_beside_the_status_never_in_its_place() -> None:
    evs = [_ev("2021-01-14", "designation"),
           _ev("2021-05-26", "removal", origin="news", reported=True, id=7)]
    detail = status_detail(evs, listed=True)
    assert detail["status"] == "listed" and detail["status_since"] == "2021-01-14"
    assert detail["reported_status"] == {"status": "removed", "since": "2021-05-26",
                                         "event": 7, "origin": "news"}
    announced = [_ev("2021-01-14", "designation"), _ev("2021-05-11", "removal",
                                                       effect="announced")]
    assert status_detail(announced, listed=True)["status"] == "listed"


def test_an_event_is_known_once_it_happened_and_was_reported() -> None:
    ev = _ev("2021-03-12", "injunction", reported_on="2021-03-13")
    assert not known_by(ev, "2021-03-12") and known_by(ev, "2021-03-13")
    assert not known_by(_ev(None, "injunction"), "2030-01-01")
