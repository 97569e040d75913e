"""More parties of a round told as included in it, after the round's act: the round as the
subject of "include" with a participle phrase of its own ("The latest penalties imposed over
the crackdown also include X"), a fronted participle of the act before "is / are" ("Also
placed under sanction is X", "Also included in the notice are sanctions on X and Y"), and
"Among the individuals exempted from the asset-freeze list is X" after a lifting. One name
is enough; the round's act and day are theirs. A plan, a round of another year (its own
year), measures that are no parties, an owner told before his relatives, a removal's wording
after a listing only, and a programme of another kind name no party. Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

LEDE = "The Treasury imposed sanctions on Tuesday on officials of the Ruritanian junta. "

CASES = [
    ("en", LEDE + "The new penalties also include Karel Vodnik, a banker who keeps their savings.",
     [("designation", "Karel Vodnik", "2021-06-08")]),
    ("en", LEDE + "The latest penalties imposed over the crackdown on the press also include Karel Vodnik, "
     "a banker who keeps their savings.",
     [("designation", "Karel Vodnik", "2021-06-08")]),
    ("en", "The Treasury on Tuesday designated Velmora Labs, a maker of drone engines. Also placed under sanction "
     "is Karel Vodnik, a banker who paid its suppliers.",
     [("designation", "Velmora Labs", "2021-06-08"), ("designation", "Karel Vodnik", "2021-06-08")]),
    ("en", "The Treasury announced sanctions Tuesday on officials of the Ruritanian junta. Also included in the "
     "notice of the two departments are sanctions on Karel Vodnik, a banker, and Mira Talesh, a "
     "shipowner.",
     [("designation", "Karel Vodnik", "2021-06-08"), ("designation", "Mira Talesh", "2021-06-08")]),
    ("en", "The ministers lifted the sanctions on Tuesday on a group of businessmen. Among the individuals "
     "exempted from the asset-freeze list is Karel Vodnik, a banker who left the country.",
     [("removal", "Karel Vodnik", "2021-06-08")]),
    # near misses
    ("en", LEDE + "The new penalties could also include Karel Vodnik, officials said.", []),
    # (the earlier round's own act and year, not the day's)
    ("en", LEDE + "The sanctions imposed in 2019 also included Karel Vodnik.", [("designation", "Karel Vodnik", "2019")]),
    ("en", LEDE + "The new sanctions include travel bans and frozen accounts.", []),
    ("en", LEDE + "The new penalties also include Karel Vodnik's two sons.", []),
    ("en", "The Treasury on Tuesday designated Velmora Labs, a maker of drone engines. Among the individuals "
     "exempted from the asset-freeze list is Karel Vodnik.",
     [("designation", "Velmora Labs", "2021-06-08")]),
    ("en", "Also included in the festival's programme are Karel Vodnik and Mira Talesh.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_more_parties_of_the_round(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
