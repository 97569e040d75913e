"""The day of the news a sentence of the story tells ("on Tuesday", « hier jeudi ») holds
for an act told after it in a looser wording the reader trusts less ("now faces a freeze",
« est désormais interdit de territoire »): the wording decides whether it is an act, not
which day it took place. A page's printed date line alone gives such a wording no day.
Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _dates(text: str, published: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "designation")


@pytest.mark.parametrize(("text", "name"), [
    ("Ruritania's foreign ministry on Tuesday widened its sanctions over the Zemblan crackdown. "
     "The shipping magnate Tomas Kvarn now faces sanctions in Ruritania.", "Tomas Kvarn"),
    ("Le ministère ruritanien des affaires étrangères a élargi mardi ses sanctions liées à la "
     "répression zemblane. L'armateur Tomas Kvarn est désormais interdit de territoire.",
     "Tomas Kvarn"),
    ("La Ruritanie a annoncé hier mardi 12 mars de nouvelles sanctions contre des proches du régime "
     "zemblan. De plus, la banquière Elin Sorby est désormais interdite de territoire.",
     "Elin Sorby"),
])
def test_a_loose_wording_after_the_news_day_takes_its_day(text: str, name: str) -> None:
    assert _dates(text, "2024-03-13") == [(name, "2024-03-12")]


def test_a_printed_date_line_alone_dates_no_loose_wording() -> None:
    text = ("12 March 2024\n\nZemblan update\n\nThe shipping magnate Tomas Kvarn has joined "
            "Ruritania's sanctions list for his role in the Zemblan crackdown.")
    assert _dates(text, "2024-03-12") == [("Tomas Kvarn", None)]
