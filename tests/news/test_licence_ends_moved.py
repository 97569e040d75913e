"""An end one sentence tells moved ("valid until 13 May and now until 17 June", « qui
expirait le 13 mai, expire désormais le 17 juin ») gives two deadlines of the licence's
parties, one per day (``event_merge._same_time``): a deadline is its day, and the two
days are no relative date read a little off. So do ends told in two sentences when
either tells the end moved or replaced ("a new licence extends that deadline until",
« a été remplacée par », « a prolongé ce délai jusqu'au ») and neither names the party
by a pronoun or a group word (``event_merge._two_ends``); other ends two sentences tell
keep the merge of days within two months. An end told moved "from Feb. 3 to Mar. 30" is
read after the abbreviated month. Sentences of our own."""

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


def _ends_feb(text: str, lang: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2025-02-01", language=lang)["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "deadline")


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("General License 25 authorized transactions with Borvex Energy until March 3, and has been replaced by "
     "General License 25A. The new licence extends that deadline until April 30.", "en", "Borvex Energy"),
    ("Treasury's General License 40 let US persons wind down contracts with Borvex Energy until March 3, and was "
     "replaced last week by General License 40A. The new license extends the wind-down period until April 30.",
     "en", "Borvex Energy"),
    ("La licence générale 8 autorisait les transactions avec la société Borvex jusqu'au 3 mars. Le Trésor a "
     "prolongé ce délai jusqu'au 30 avril.", "fr", "Borvex"),
    ("Washington a accordé une licence pour les opérations avec la société Borvex, valable jusqu'au 3 mars. Cette "
     "licence a été remplacée mardi par une autre, qui court jusqu'au 30 avril.", "fr", "Borvex"),
    ("Le Trésor a délivré une licence générale autorisant les opérations avec la société Borvex jusqu'au 3 mars. "
     "Une nouvelle licence prolonge jusqu'au 30 avril ce délai de liquidation.", "fr", "Borvex"),
])
def test_an_end_moved_in_another_sentence_gives_both_days(text: str, lang: str, party: str) -> None:
    assert _ends_feb(text, lang) == [(party, "2025-03-03"), (party, "2025-04-30")]


def test_two_ends_with_no_move_told_stay_merged() -> None:
    text = ("GL 25 allowed dealings with Borvex Energy until March 3. Divestment of Borvex Energy shares is "
            "permitted until March 10.")
    assert len(_ends_feb(text, "en")) == 1


def test_an_end_moved_from_an_abbreviated_month_is_read() -> None:
    text = "The general licenses for Borvex Energy were amended to move the expiration date from Feb. 3 to Mar. 30."
    assert _ends_feb(text, "en") == [("Borvex Energy", "2025-03-30")]
