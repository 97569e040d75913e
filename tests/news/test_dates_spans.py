"""Dates a reader can vouch for: a span that may fall in two months gives its year, not a
guessed month. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.dates import PartialDate, find_dates, shift_by


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The Treasury sanctioned Talvex Robotics Ltd last week."),
    ("fr", "Le Trésor a sanctionné Talvex Robotics la semaine dernière."),
])
@pytest.mark.parametrize(("published", "want"), [
    # written on Thursday 7 March 2024: the week before runs from 26 February to 3 March
    ("2024-03-07", "2024"),
    # written on Monday 4 March 2024: the same week before, the same two months
    ("2024-03-04", "2024"),
    # near misses: a week before that lies in one month keeps its month
    ("2024-08-19", "2024-08"),
    ("2024-03-14", "2024-03"),
    # written on Sunday 3 March 2024: the week before is 19 to 25 February
    ("2024-03-03", "2024-02"),
])
def test_last_week_gives_its_month_only_when_it_lies_in_one(lang: str, sentence: str, published: str,
                                                              want: str) -> None:
    evs = extract_article(sentence, published=published, language=lang)["events"]
    assert [e["date"] for e in evs if e["type"] == "designation"] == [want]


def test_last_week_across_two_years_gives_nothing() -> None:
    # near miss: written on Tuesday 2 January 2024, the week before runs from 25 to 31
    # December 2023, one month
    found = find_dates("It acted last week.", "en", PartialDate(2024, 1, 2))
    assert [d.date for d in found] == [PartialDate(2023, 12)]
    # written on Wednesday 6 January 2021: the week before runs from 28 December 2020
    # to 3 January 2021
    found = find_dates("It acted last week.", "en", PartialDate(2021, 1, 6))
    assert found == []


@pytest.mark.parametrize(("count", "unit", "forward", "want"), [
    # a month moved by weeks or days may land in either of two months: its year
    ("two", "weeks", True, PartialDate(2023)),
    ("ten", "days", True, PartialDate(2023)),
    ("trois", "semaines", False, PartialDate(2023)),
    # across a year's end: nothing
    ("two", "weeks", False, None),
])
def test_a_month_moved_by_weeks_or_days_is_not_guessed(count: str, unit: str, forward: bool,
                                                        want: PartialDate | None) -> None:
    base = PartialDate(2023, 1) if want is None else PartialDate(2023, 3)
    assert shift_by(base, count, unit, forward) == want


def test_a_day_moved_by_weeks_keeps_its_month() -> None:
    # near miss: a full day moved by two weeks lands on one day, of one month
    assert shift_by(PartialDate(2023, 3, 5), "two", "weeks", True) == PartialDate(2023, 3)
    assert shift_by(PartialDate(2023, 3, 5), "ten", "days", True) == PartialDate(2023, 3, 15)
    # and months still move a month
    assert shift_by(PartialDate(2023, 3), "two", "months", True) == PartialDate(2023, 5)
