"""The time a party is given or has until a day ("X has until 9 March", "gave X until",
« X a jusqu'au 9 mars », « a donné à X ... jusqu'au 9 mars ») is a deadline of that party:
on a page that gives no year, an undated one (``licence_terms.yearless_end``), as a
licence's end is; and the names after the "until" are what the time is for (what the
party must sell or wind up), not parties of the deadline (``licence_terms.holder_time``).
Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    evs = extract_article(text, published=published, language=lang)["events"]
    return sorted((e["type"], e["entity"], e["date"]) for e in evs)


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Washington blacklisted Velora Systems last month. Velora Systems now has until March 9 to sell "
     "its American business.", "en", "Velora Systems"),
    ("Washington blacklisted Velora Systems last month. The administration gave the parent of the app, "
     "Velora Systems, until March 9 to find a buyer.", "en", "Velora Systems"),
    ("Washington a sanctionné la société Velora le mois dernier. La société Velora a jusqu'au 9 mars "
     "pour céder sa filiale américaine.", "fr", "Velora"),
    ("Washington a sanctionné la société Velora le mois dernier. Le gouvernement a donné vendredi à "
     "la maison mère de l'application, la société Velora, jusqu'au 9 mars pour trouver un acquéreur.",
     "fr", "Velora"),
    ("Washington a sanctionné la société Velora le mois dernier. La société Velora aura jusqu'au 1er avril "
     "pour se défaire de ses parts.", "fr", "Velora"),
])
def test_a_holders_yearless_time_on_an_undated_page_is_an_undated_deadline(text: str, lang: str, party: str) -> None:
    assert ("deadline", party, None) in _events(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Washington blacklisted Velora Systems last month. Velora Systems has until March 9, 2025 to sell its "
     "stake in Pelham Robotics.", "en"),
    ("Washington a sanctionné la société Velora le mois dernier. La société Velora a jusqu'au 9 mars 2025 "
     "pour vendre une partie de Pelham Robotics.", "fr"),
])
def test_what_the_time_is_for_is_no_party_of_the_deadline(text: str, lang: str) -> None:
    deadlines = {p for kind, p, _d in _events(text, lang) if kind == "deadline"}
    assert any("Velora" in p for p in deadlines)
    assert not any("Pelham" in p for p in deadlines)


def test_a_dated_page_dates_the_holders_time() -> None:
    evs = _events("Washington a sanctionné la société Velora le mois dernier. La société Velora a jusqu'au "
                  "9 mars pour céder sa filiale américaine.", "fr", published="2025-02-10")
    assert ("deadline", "Velora", "2025-03-09") in evs


def test_a_yearless_day_with_no_holder_and_no_licence_stays_no_deadline() -> None:
    evs = _events("Washington blacklisted Velora Systems last month. Velora Systems will appeal the listing "
                  "before March 9.", "en")
    assert all(kind != "deadline" for kind, _p, _d in evs)
