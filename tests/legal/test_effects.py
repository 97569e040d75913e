"""The deadlines ahead of a listing: effects that start later, a divestment deadline, a
licence that expires; none once the listing no longer stands."""

from __future__ import annotations

from listwatch.legal.effects import deadlines


def _effect(kind: str, start: str, until: str | None, **kw: object) -> dict[str, object]:
    return {"kind": kind, "from": start, "until": until, "basis": "EO 13959",
            "for": "US persons", **kw}


def test_deadlines_ahead_in_date_order() -> None:
    effects = [_effect("purchase_ban", "2021-01-11", None),
               _effect("divestment_window", "2021-01-11", "2021-11-11"),
               _effect("holding_ban", "2021-11-11", None,
                       exempted_by={"event": 9, "until": "2021-06-01"})]
    found = deadlines(effects, "2021-03-01", "listed")
    assert [(d["date"], d["kind"]) for d in found] == [
        ("2021-06-01", "license"), ("2021-11-11", "divestment_window"),
        ("2021-11-11", "holding_ban")]
    assert deadlines(effects, "2021-03-01", "enjoined") == []
