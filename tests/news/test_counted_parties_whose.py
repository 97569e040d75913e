"""« dont » after counted parties is either the relative of what they own or do ("whose":
« six magnats dont la fortune dépend de X ») or the cue that names some of them
(« cinq sociétés, dont X et Y »). As a relative, a determiner, its noun and the clause's
verb follow it, and the name in that clause tells whom the counted parties serve or depend
on, no party of the act; as a cue, a name or a title with its name follows, and those are
parties (near misses). A clause on their measures (« dont les avoirs ont été gelés ») tells
the act itself, not what they do."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _designated(text: str, lang: str) -> set[str]:
    r = extract_article(text, published="2024-03-15", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == "designation"}


@pytest.mark.parametrize("text", [
    "Londres a gelé vendredi les avoirs de six magnats dont la fortune dépend de Boris Kuznov.",
    "Le Trésor a sanctionné vendredi cinq sociétés dont les navires transportaient du pétrole pour Norgaz SA.",
    "L'Union européenne a gelé lundi les avoirs de trois hommes d'affaires dont les usines fournissent des "
    "moteurs à la Brigade Korvane.",
])
def test_whose_clause_names_no_party(text: str) -> None:
    assert _designated(text, "fr") == set()


def test_whose_clause_in_english_names_no_party() -> None:
    assert _designated("Britain on Friday imposed restrictions on four oligarchs whose fortunes depend on "
                       "Boris Kuznov.", "en") == set()


@pytest.mark.parametrize(("text", "parties"), [
    ("Le Trésor a sanctionné vendredi cinq sociétés, dont Norgaz SA et Velbank SA.", {"Norgaz SA", "Velbank SA"}),
    # (a kind and its qualifier before the name: no verb, the cue names the party)
    ("Le Trésor a sanctionné vendredi huit sociétés, dont le constructeur naval Norgaz SA.", {"Norgaz SA"}),
    ("Le Trésor a sanctionné vendredi huit sociétés dont la société publique Norgaz SA.", {"Norgaz SA"}),
    # (a title and its name)
    ("Le Trésor a sanctionné vendredi sept responsables, dont le chef de la police, Ivan Petrov.", {"Ivan Petrov"}),
])
def test_dont_naming_parties_keeps_them(text: str, parties: set[str]) -> None:
    assert _designated(text, "fr") == parties
