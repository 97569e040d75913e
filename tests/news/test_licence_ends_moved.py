"""An end one sentence tells moved ("valid until 13 May and now until 17 June", « qui
expirait le 13 mai, expire désormais le 17 juin ») gives two deadlines of the licence's
parties, one per day (``event_merge._same_time``): a deadline is its day, and the two
days are no relative date read a little off. Ends told in two sentences keep the
merge of days within two months. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _ends(text: str, lang: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2025-04-01", language=lang)["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "deadline")


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("The license for Orion Maritime Ltd was valid until May 13 and is now valid until June 17.",
     "en", "Orion Maritime Ltd"),
    ("The waiver for Orion Maritime Ltd, which was to expire on May 13, now expires on June 17.",
     "en", "Orion Maritime Ltd"),
    ("La licence de la société Orion Maritime, valable jusqu'au 13 mai, court désormais jusqu'au 17 juin.",
     "fr", "Orion Maritime"),
    ("L'exemption accordée à la société Orion Maritime, qui expirait le 13 mai, expire désormais le 17 juin.",
     "fr", "Orion Maritime"),
    ("La dérogation de la société Orion Maritime devait expirer le 13 mai; elle expirera désormais le 17 juin.",
     "fr", "Orion Maritime"),
])
def test_an_end_moved_in_one_sentence_gives_both_days(text: str, lang: str, party: str) -> None:
    assert _ends(text, lang) == [(party, "2025-05-13"), (party, "2025-06-17")]


def test_ends_told_in_two_sentences_stay_merged() -> None:
    text = "The license for Orion Maritime Ltd was due to expire on May 13. OFAC extended it until June 17."
    assert len(_ends(text, "en")) == 1
