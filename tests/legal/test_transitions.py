"""How a listing's legal state moves: which events count, from which day, and the state
on a date with its cause."""

from __future__ import annotations

from typing import Any

from listwatch.legal.transitions import counts, state_at, transitions


def _ev(id_: int, date: str, type_: str, **kw: Any) -> dict[str, Any]:
    return {"id": id_, "date": date, "type": type_, "origin": kw.pop("origin", "record"), **kw}


def test_only_documented_events_count() -> None:
    assert counts(_ev(1, "2021-03-12", "injunction"))
    assert not counts(_ev(1, "2021-03-12", "injunction", origin="news", status="reported"))
    assert counts(_ev(1, "2021-03-12", "injunction", origin="news", status="confirmed"))
    assert not counts(_ev(1, "2021-05-11", "removal", effect="announced"))
    assert not counts({"date": "2021-01-14", "type": "designation", "origin": "official"})


def test_a_month_counts_from_its_end_unless_a_day_in_it_says_otherwise() -> None:
    moves = transitions({"events": [_ev(1, "2024-10", "removal"),
                                    _ev(2, "2021-03-12", "injunction")]})
    assert [(m["on"], m["to"]) for m in moves] == [("2021-03-12", "enjoined"),
                                                   ("2024-10-31", "removed")]
    hesai = transitions({"events": [_ev(1, "2024-10", "removal"),
                                    _ev(2, "2024-10-23", "designation")]})
    assert [(m["on"], m["to"]) for m in hesai] == [("2024-10-23", "listed")]


def test_the_state_on_a_date_and_its_cause() -> None:
    history = {"events": [_ev(1, "2021-03-12", "injunction"), _ev(2, "2021-05-25", "vacatur")]}
    moves = transitions(history)
    ivs = [("2021-01-14", "2021-06-03")]
    assert state_at(history, ivs, moves, [], "2021-01-01")[0] == "not_listed"
    assert state_at(history, ivs, moves, [], "2021-02-01")[:2] == ("listed", "2021-01-14")
    state, since, cause = state_at(history, ivs, moves, [], "2021-04-01")
    assert (state, since) == ("enjoined", "2021-03-12") and cause["event"]["id"] == 1
    assert state_at(history, ivs, moves, [], "2021-07-01")[:2] == ("vacated", "2021-05-25")
