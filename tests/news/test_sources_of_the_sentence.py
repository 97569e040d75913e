"""The source a sentence is credited to is no party of the act it tells, even when the
sentence names no other: the agency of a dateline whose day has no year ("Velmar, le 3
mai (Nord Presse) - ..."), the source an opening "According to X, ..." names, an outlet
named after the act, closing the sentence (", écrit le Velmar Courier."), and the author
of a caption's picture with its agency ("(Jane Roe/PA)"). Near misses:
the party of the act told after a source clause or after the dateline's agency, and an
outlet told as the party."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-11", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("Velmar, le 3 mai (Nord Presse) - Le Trésor a placé jeudi trois armateurs sur sa liste noire.", "fr",
     set()),
    ("According to the VPA agency, the ministry put about forty firms on its blacklist on Friday.", "en",
     set()),
    ("Selon le quotidien Velmar Matin, le ministère a inscrit vendredi une quarantaine d'entreprises sur "
     "sa liste noire.", "fr", set()),
    ("Depuis vendredi, la société Orvex et son patron ne figurent plus sur la liste noire américaine, "
     "écrit le Velmar Courier.", "fr", {("removal", "Orvex")}),
    ("Protesters outside the embassy on Sunday, a day after Britain sanctioned ten more Norland officers "
     "(Jane Roe/PA)", "en", set()),
])
def test_the_source_of_the_sentence_is_no_party(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    # the party told after the source clause, or after the dateline's agency
    ("According to the VPA news agency, the Treasury on Friday sanctioned Orvex Trading.", "en",
     {("designation", "Orvex Trading")}),
    ("Velmar, le 3 mai (Nord Presse) - Le Trésor a sanctionné aujourd'hui la société Orvex Trading.", "fr",
     {("designation", "Orvex Trading")}),
    # the party of a caption with its picture's credit
    ("Britain sanctioned Orvex Trading on Friday (Jane Roe/PA)", "en", {("designation", "Orvex Trading")}),
    # an outlet told as the party, its reporting before
    ("Le site Velmar Courier, qui rapporte les décisions du Trésor, a été inscrit vendredi sur la liste "
     "noire.", "fr", {("designation", "Velmar Courier")}),
])
def test_the_party_beside_a_source_stays(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
