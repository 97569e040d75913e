"""A person named only as the leader whose government, administration or regime the act
presses, or whose statement the sentence tells ("pour peser sur le régime de X", "the
government of Prime Minister X", "la déclaration du président X"), is no party, even when the sentence names no other. Near misses: a leader who is
the act's object, told with a government in his title, and a statement of the authority."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-11", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("Pour peser sur le régime de Paul Varenne, Washington a inscrit jeudi sur sa liste noire la société "
     "Orvex Trading.", "fr", {("designation", "Orvex Trading")}),
    ("La déclaration du président Jean Dorin, lue lundi à la télévision, réclamait que l'Union sanctionne "
     "davantage la Norlande.", "fr", set()),
    ("Britain froze the assets of Orvex Trading on Friday, its latest step against the government of "
     "Prime Minister Paul Varenne.", "en", {("designation", "Orvex Trading")}),
    ("Paul Varenne's government lost another ally on Friday when the Treasury sanctioned Orvex Trading.",
     "en", {("designation", "Orvex Trading")}),
    ("Le Trésor a sanctionné vendredi Orvex Trading, un pilier du gouvernement de Paul Varenne.", "fr",
     {("designation", "Orvex Trading")}),
    ("The sanctions imposed on Friday aim at the regime of Paul Varenne.", "en", set()),
])
def test_a_leader_named_by_a_government_or_a_statement_is_no_party(
        text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    # the leader as the act's object, a government in the title after the name
    ("The Treasury on Friday sanctioned Paul Varenne, the head of the Norland government.", "en",
     {("designation", "Paul Varenne")}),
    ("Le Trésor a sanctionné vendredi le ministre Jean Dorin, membre du gouvernement norlandais.", "fr",
     {("designation", "Jean Dorin")}),
    # the authority's statement
    ("In a statement on Friday, the Treasury said it had sanctioned Jean Dorin.", "en",
     {("designation", "Jean Dorin")}),
])
def test_a_leader_told_as_the_object_stays(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
