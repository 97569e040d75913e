"""An agency told by its acronym as the subject of "added" / « a ajouté », the list
understood from the article (the sentence names none): its object list is the act's
parties, in both languages, items with legal forms included. A company's acronym in an
article that names no list, and "the US", are no such subject. Invented parties and
agencies' acronyms, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-05-10"

CASES = [
    ("en", "Washington put a dozen Zemblan firms on its Entity List on Tuesday.\n\n"
           "The ERC also added Alder Bank Co., Ltd., Birch Holdings, and Elm Rail, all located in Zembla.",
     ["Alder Bank Co., Ltd", "Birch Holdings", "Elm Rail"]),
    ("en", "Ottawa updated its sanctions list on Monday.\n\n"
           "DFATD then added Alder Bank, Birch Holdings and Elm Rail, all based in Zembla.",
     ["Alder Bank", "Birch Holdings", "Elm Rail"]),
    ("fr", "Berne a élargi mardi ses sanctions et la liste des entités visées s'allonge.\n\n"
           "Le SECO a aussi ajouté Alder Bank, Birch Holdings et Elm Rail.",
     ["Alder Bank", "Birch Holdings", "Elm Rail"]),
    ("fr", "Londres a publié lundi une nouvelle liste des sanctions.\n\nL'OFSI a ensuite ajouté Korvin Mining.",
     ["Korvin Mining"]),
    # near misses: no list in the article; a company's acronym
    ("en", "Trade in the region grew last year.\n\nKTX also added Alder Bank, Birch Holdings and Elm Rail.", []),
    ("fr", "Le commerce a progressé l'an dernier.\n\nLa SNCF a aussi ajouté Alder Bank et Birch Holdings.", []),
]


@pytest.mark.parametrize(("lang", "text", "parties"), CASES)
def test_acts_by_agency_acronyms(lang: str, text: str, parties: list[str]) -> None:
    events = extract_article(text, published=PUB, language=lang)["events"]
    assert sorted(e["entity"] for e in events if e["type"] == "designation") == sorted(parties), events
