"""The name of a list, or of the category an act puts its parties in, written in capitals
like a name ("as a Foreign Terrorist Organization", « liste noire des Ressortissants
Spécialement Désignés »), is no party of the act. Near misses: a body whose own name ends
on such a word, told as the party, and the parties named beside a list's long name."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-11", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "category"), [
    ("The Velmar Front took up arms in 1990. On Monday the State Department ended the group's listing "
     "as a Foreign Terrorist Organization.", "en", "Terrorist Organization"),
    ("The three men are tied to two militias in Norland, both of which the department named as Foreign "
     "Terrorist Organizations on Friday under a 1996 law.", "en", "Terrorist Organizations"),
    ("Mardi, ces noms ont quitté la liste noire américaine des Ressortissants Spécialement Désignés, "
     "d'après un avis en ligne.", "fr", "Ressortissants Spécialement Désignés"),
])
def test_a_list_or_category_name_is_no_party(text: str, lang: str, category: str) -> None:
    assert not any(category in name or name in category for _t, name in _events(text, lang))


@pytest.mark.parametrize(("text", "lang", "events"), [
    # a body whose own name ends on a category's word, told as the party
    ("The department designated the Velmar Organization as a terrorist group on Monday.", "en",
     {("designation", "Velmar Organization")}),
    # the parties named beside the list's long name
    ("The Treasury on Friday added Jean Dorin to its roster of Blocked Persons and Specially "
     "Designated Nationals.", "en",
     {("designation", "Jean Dorin")}),
    ("Le Trésor a retiré mardi Jean Dorin de sa liste noire des Ressortissants Spécialement Désignés.", "fr",
     {("removal", "Jean Dorin")}),
])
def test_the_party_beside_a_list_name_stays(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
