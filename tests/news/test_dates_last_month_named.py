"""A month told as the last or the next one in that very month is a year away ("last March"
written in March is March of the year before), as "last Friday" written on a Friday is the
Friday before; in any other month it is the latest (or the next) such month."""

import pytest

from listwatch.news.extract import extract_article


def _date(text: str, published: str) -> str | None:
    events = extract_article(text, published=published)["events"]
    assert len(events) == 1, events
    return events[0]["date"]


@pytest.mark.parametrize(("text", "published", "date"), [
    ("The Treasury sanctioned Harvel Cargo last March.", "2025-03-20", "2024-03"),
    ("The Treasury sanctioned Harvel Cargo last March.", "2025-03", "2024-03"),
    ("Le Trésor a sanctionné Harvel Cargo en mars dernier.", "2025-03-20", "2024-03"),
    ("The Treasury said it would sanction Harvel Cargo next March.", "2025-03-20", "2026-03"),
    # near misses: another month, a month with no modifier, a day of the month
    ("The Treasury sanctioned Harvel Cargo last March.", "2025-05-20", "2025-03"),
    ("Le Trésor a sanctionné Harvel Cargo en mars dernier.", "2025-04-02", "2025-03"),
    ("The Treasury sanctioned Harvel Cargo in March.", "2025-03-20", "2025-03"),
    ("The Treasury sanctioned Harvel Cargo on March 3.", "2025-03-20", "2025-03-03"),
])
def test_a_month_told_last_in_that_month_is_a_year_before(text: str, published: str, date: str) -> None:
    assert _date(text, published) == date
