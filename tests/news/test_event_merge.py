"""Merging one party's events: only what is the same event (same kind, same party,
compatible dates) becomes one."""

from __future__ import annotations

from listwatch.news import extract_article


def _dated(text: str, published: str, typ: str) -> list[str | None]:
    evs = extract_article(text, published=published)["events"]
    return sorted(e["date"] for e in evs if e["type"] == typ)


def test_two_removals_six_weeks_apart_are_two_events() -> None:
    text = ("Treasury delists tanker firm twice\n\nThe Treasury's Office of Foreign Assets Control removed "
            "Norvik Tankers Ltd from the SDN list on March 3, 2023. OFAC designated Norvik Tankers Ltd again "
            "on March 20, 2023 after new evidence emerged. On April 28, 2023, OFAC removed Norvik Tankers Ltd "
            "from the SDN list a second time.")
    assert _dated(text, "2023-06-10", "removal") == ["2023-03-03", "2023-04-28"]


def test_french_two_removals_are_two_events() -> None:
    text = ("Le Trésor retire deux fois Norvik Tankers de sa liste\n\nLe Trésor américain a retiré Norvik "
            "Tankers Ltd de la liste SDN le 3 mars 2023. Le 28 avril 2023, le Trésor a de nouveau retiré "
            "Norvik Tankers Ltd de la liste SDN.")
    assert _dated(text, "2023-06-10", "removal") == ["2023-03-03", "2023-04-28"]


def test_one_removal_told_twice_with_nearby_days_is_one() -> None:
    # a weekday and a date a day apart tell one removal, as do a month and a day in it
    text = ("OFAC lifts sanctions on Norvik Tankers\n\nOFAC removed Norvik Tankers Ltd from the SDN list on "
            "Tuesday. The Treasury said it removed Norvik Tankers Ltd from the list on May 10, 2023, after "
            "the company changed owners. Norvik Tankers Ltd was removed in May.")
    assert len(_dated(text, "2023-05-12", "removal")) == 1
