"""The case a court's decision against a party presupposes. A court that upholds a party's
listing or dismisses its suit ("the court upheld the listing of X", "the judges threw out
the bank's claim", « le Tribunal a confirmé les sanctions visant X ») answers a case that
party brought: the ruling presupposes the party's `legal_challenge`, told or not, undated
(the ruling's day is the court's answer's, not the filing's). Only of a party the article
names again: one named once beside another's story ("the same court had upheld the listing
of another maker, X") is told for contrast, not as a litigant whose case the article
follows. A party the article tells won a court's relief, told as the news, takes no ruling:
the ruling is its partial win's limit or an answer the relief overturned."""

from __future__ import annotations

from dataclasses import replace

from .dates_story import past_ago
from .legal_event import Event


def relief_over_ruling(events: list[Event]) -> list[Event]:
    """A party the article tells won a court's relief (a vacatur, an injunction), told as
    the news and not as an earlier act ("had annulled", « avait précédemment annulé »): a
    ruling for the same party's listing is the part of the answer the relief limits (a
    partial win: "upheld the measures against seven traders but ruled in part for X"; «
    a annulé les actes de 2022 et maintenu ceux de 2023 ») or an earlier answer it
    overturned ("set aside the judgment which had upheld the listing of X"): the party's
    story is its relief, and the ruling is dropped. A relief told as background leaves
    the ruling told as the news ("The court rejected X's appeal. It had annulled earlier
    measures against X")."""
    won = {id(e.entity) for e in events if e.type in ("vacatur", "injunction") and not past_ago(e.evidence)}
    return [e for e in events if not (e.type == "ruling" and id(e.entity) in won)]


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
