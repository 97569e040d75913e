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
    ("The listing of the militia as a Foreign Terrorist Organization was revoked by the State Department "
     "on Monday.", "en", "Terrorist Organization"),
    ("In 2019 the department labelled two Norland militias as Foreign Terrorist Organizations, a step it "
     "repeated for a third group on Friday.", "en", "Terrorist Organizations"),
    ("Depuis mardi, la liste noire américaine des Ressortissants Spécialement Désignés ne compte plus ces "
     "deux hommes d'affaires, radiés par le Trésor.", "fr", "Ressortissants Spécialement Désignés"),
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
    ("Jean Dorin a été rayé mardi de la liste noire des Ressortissants Spécialement Désignés du Trésor.",
     "fr", {("removal", "Jean Dorin")}),
])
def test_the_party_beside_a_list_name_stays(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
