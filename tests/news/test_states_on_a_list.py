"""A party told as standing on a list, in the present of « figurer » with its subject
before the verb, is in a state, no act: « puisque X figure dans cette liste, ses
partenaires ont suspendu leurs livraisons ». A new act told with the same verb keeps
its event: a word of a new act (« désormais », « la liste publiée »), a round's further
members (« figurent aussi sur la liste ») and the round's parties after the verb (« Parmi
les entités visées figure X »). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designations(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-06-14", language="fr")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "designation")


@pytest.mark.parametrize("text", [
    "Puisque le groupe Orbis Trade figure dans cette liste, ses partenaires ont suspendu leurs livraisons.",
    "Les banques refusent ses virements parce que la société Varnel Shipping figure sur la liste noire du Trésor.",
])
def test_a_party_standing_on_a_list_is_no_designation(text: str) -> None:
    assert _designations(text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("La société Varnel Shipping figure désormais sur la liste noire de Bruxelles.", [("Varnel Shipping", None)]),
    ("Le Trésor américain a sanctionné lundi la société Varnel Shipping. Le groupe Orbis Trade et la société "
     "Tarvos Holdings figurent aussi sur la liste.",
     [("Orbis Trade", "2024-06-10"), ("Tarvos Holdings", "2024-06-10"), ("Varnel Shipping", "2024-06-10")]),
    ("Parmi les entités visées par le Trésor figure la société Orbis Trade.", [("Orbis Trade", None)]),
    ("La société Varnel Shipping figure sur la liste publiée lundi par le Trésor américain.",
     [("Varnel Shipping", None)]),
])
def test_an_act_told_with_the_verb_keeps_its_designation(text: str, who: list[tuple[str, str | None]]) -> None:
    assert _designations(text) == who
