"""A person named only as the leader whose government, administration or regime the act
presses, or whose statement the sentence tells ("la pression sur le régime autoritaire de
X", "the government of President X", "une déclaration du président X, qui a affirmé que
..."), is no party, even when the sentence names no other. Near misses: a leader who is
the act's object, told with a government in his title, and a statement of the authority."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-11", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    ("Le Trésor a sanctionné jeudi la société Orvex Trading et son directeur, Jean Dorin, accentuant "
     "la pression sur le régime autoritaire de Paul Varenne.", "fr",
     {("designation", "Orvex Trading"), ("designation", "Jean Dorin")}),
    ("La mesure intervient deux jours après une déclaration du président Jean Dorin, qui a affirmé que "
     "de nouvelles sanctions contre la Norlande étaient proches.", "fr", set()),
    ("Selon un diplomate, Washington prépare une position plus ferme envers le cabinet du président "
     "norlandais Paul Varenne, déjà visé par des sanctions.", "fr", set()),
    ("The Treasury on Friday sanctioned Orvex Trading, raising pressure on the government of President "
     "Paul Varenne.", "en", {("designation", "Orvex Trading")}),
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
