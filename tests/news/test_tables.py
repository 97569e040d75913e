"""The tables of words and of event types the news reader shares: each lives in one place,
and every module that needs it reads that one."""

from __future__ import annotations

from listwatch.news import lang
from listwatch.news.lang import AGENCY_ACTS, COURT_EVENTS, EVENT_TYPES, LISTING_ACTS, RELIEF, UNDOING


def test_type_groups_are_event_types() -> None:
    for group in (AGENCY_ACTS, COURT_EVENTS, LISTING_ACTS, RELIEF, UNDOING):
        assert group <= set(EVENT_TYPES)
    assert RELIEF < UNDOING and "ruling" in UNDOING - RELIEF
    assert LISTING_ACTS < AGENCY_ACTS
    assert not COURT_EVENTS & AGENCY_ACTS - RELIEF


def test_type_groups_have_one_home() -> None:
    from listwatch.news import court_nonparties, event_kinds, relief_asked, undone_measures

    assert court_nonparties.COURT_EVENTS is lang.COURT_EVENTS
    assert relief_asked.RELIEF is lang.RELIEF
    assert undone_measures.UNDOING is lang.UNDOING
    assert event_kinds.LISTING_ACTS is lang.LISTING_ACTS
