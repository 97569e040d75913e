"""The case a court's decision against a party presupposes. A court that upholds a party's
listing or dismisses its suit ("the court upheld the listing of X", "the judges threw out
the bank's claim", « le Tribunal a confirmé les sanctions visant X ») answers a case that
party brought: the ruling presupposes the party's `legal_challenge`, told or not, undated
(the ruling's day is the court's answer's, not the filing's). Only of a party the article
names again: one named once beside another's story ("the same court had upheld the listing
of another maker, X") is told for contrast, not as a litigant whose case the article
follows."""

from __future__ import annotations

from dataclasses import replace

from .legal_event import Event


def presupposed_cases(events: list[Event]) -> list[Event]:
    """A legal challenge for each party a told ruling decided against that no event of the
    article already gives one."""
    out: list[Event] = []
    for e in events:
        if e.type != "ruling" or e.status != "effective" or e.entity.count < 2:
            continue
        if any(o.type == "legal_challenge" and o.entity is e.entity for o in [*events, *out]):
            continue
        out.append(replace(e, type="legal_challenge", date=None, date_via="sentence", other_dates=[]))
    return out
