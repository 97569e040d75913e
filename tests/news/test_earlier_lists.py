"""What an earlier state of a list held is background: a list's old edition as the subject
of the listing verb, or parties formerly put on a list given as examples with a verb of
containing, report no act of the day. Near misses keep their event: an authority that
acted before, a list's new version, an old one named only in a contrast, parties already
listed told in a sentence of their own with a date. Invented parties, sentences written
for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-05-10"  # a Friday


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "lang"), [
    ("Its earlier edition of the terrorism list designated Orvane Holdings and the Dalmar Front.", "en"),
    ("Back then the old list also designated Orvane Holdings for its shipments.", "en"),
    ("Groups formerly designated on the consolidated list include Orvane Holdings, a shipping firm.", "en"),
    ("L'ancienne version de la liste visait déjà la société Orvane pour ses livraisons.", "fr"),
    ("Les sociétés déjà inscrites sur la liste comprennent Orvane, un armateur.", "fr"),
])
def test_an_earlier_state_of_a_list_is_no_event(text: str, lang: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "want"), [
    # an authority that acted earlier: its act is told
    ("The Treasury previously designated Orvane Holdings in 2019.", "en", [("designation", "Orvane Holdings")]),
    ("OFAC previously designated Orvane Holdings, including its shipping arm.", "en",
     [("designation", "Orvane Holdings")]),
    # a list's new version acts
    ("The new version of the list designates Orvane Holdings.", "en", [("designation", "Orvane Holdings")]),
    # the old list only in a contrast before a comma
    ("Unlike the previous version of the list, the update designated Orvane Holdings on Monday.", "en",
     [("designation", "Orvane Holdings")]),
    ("Le Conseil a inscrit la société Orvane sur la nouvelle version de la liste mardi.", "fr",
     [("designation", "Orvane")]),
])
def test_acts_beside_an_earlier_list_keep_their_event(text: str, lang: str, want: list) -> None:
    assert _events(text, lang) == want
