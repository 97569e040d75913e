"""A listing told as a present state is no act: a party "which is designated under" an
order, in a relative clause, and names still or currently on a list ("y figurent
toujours", "y figurent actuellement"). Near misses: the same shapes with the
day or the year the listing was made ("depuis 1979", "which was designated in 2019"),
and a name that is on the list too since a day of this round ("y figure également
depuis lundi")."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("The lender said it had cut ties with the Korvo Brigade, which is designated under the terrorism order.",
     "en", set()),
    ("The Korvo Brigade, which is designated as a terrorist group, said on Monday it would keep fighting.",
     "en", set()),
    ("Washington a retiré lundi Velmarie de sa liste des États soutenant le terrorisme. La Corée du Nord, "
     "Cuba et l'Iran y figurent toujours.", "fr", {("removal", "Velmarie", "2024-05-06")}),
    ("Washington envisage d'inscrire Velmarie sur sa liste des États soutenant le terrorisme. Trois États "
     "y figurent actuellement : Cuba, l'Iran et Norlande.", "fr", set()),
])
def test_a_state_is_no_act(text: str, lang: str, events: set[tuple[str, str, str | None]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("The lender said it had cut ties with the Korvo Brigade, which was designated in 2019.", "en",
     {("designation", "Korvo Brigade", "2019")}),
    ("The lender said it had cut ties with the Korvo Brigade, which is designated as a terrorist group since "
     "2019.", "en", {("designation", "Korvo Brigade", "2019")}),
    ("Washington a retiré lundi Velmarie de sa liste des États soutenant le terrorisme. La Syrie y figure "
     "depuis 1979.", "fr", {("removal", "Velmarie", "2024-05-06"), ("designation", "Syrie", "1979")}),
    ("Le Trésor a sanctionné lundi la banque Korvex. Sa filiale Velnet Trading y figure également depuis lundi.",
     "fr", {("designation", "Korvex", "2024-05-06"), ("designation", "Velnet Trading", "2024-05-06")}),
])
def test_a_listing_with_its_time_stays_an_act(text: str, lang: str, events: set[tuple[str, str, str | None]]) -> None:
    assert _events(text, lang) == events
