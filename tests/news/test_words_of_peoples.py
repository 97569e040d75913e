"""A word of a region, a faith or a people, used as an adjective or a plural noun ("the
Balkan country", "Muslim fishermen", "contre des Palestiniens"), is no name and no party,
even when the article uses it twice. Near miss: a company whose name opens with such a
word keeps it."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _read(text: str, lang: str) -> tuple[set[tuple[str, str]], set[str]]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}, {m["name"] for m in r["mentions"]}


@pytest.mark.parametrize(("lang", "text", "events", "names"), [
    ("en", "The Treasury on Monday sanctioned Velmar Shipping for abuses against Muslim fishermen. Velmar "
           "Shipping denied the charges, and Muslim groups welcomed the move.",
     {("designation", "Velmar Shipping")}, {"Velmar Shipping"}),
    ("en", "Korvex Steel runs the only steel mill in the Balkan country. The Treasury on Monday gave Korvex "
           "Steel a licence to keep operating until May 3, the Balkan government said.",
     # (the licence's end is its deadline, as « jusqu'au 3 mai » is)
     {("license", "Korvex Steel"), ("deadline", "Korvex Steel")}, {"Korvex Steel"}),
    ("fr", "L'UE a sanctionné vendredi la milice Korvo pour des violences contre des Palestiniens. Des "
           "Palestiniens de la région ont salué la décision.",
     {("designation", "Korvo")}, {"Korvo"}),
    # a company named with such a word first keeps it
    ("en", "The Treasury on Monday sanctioned Western Orbit Trading and Balkan Steel Works. Western Orbit "
           "Trading denied the charges; Balkan Steel Works did not comment.",
     {("designation", "Western Orbit Trading"), ("designation", "Balkan Steel Works")},
     {"Western Orbit Trading", "Balkan Steel Works"}),
])
def test_words_of_peoples_are_no_parties(lang: str, text: str, events: set[tuple[str, str]],
                                         names: set[str]) -> None:
    assert _read(text, lang) == (events, names)
