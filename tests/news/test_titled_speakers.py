"""The one who tells the act, named after the verb of saying with a title set off by a
comma, before the name or after it (", a annoncé l'ambassadeur de Norlande auprès de
l'ONU, Jean Dorin", ", a indiqué samedi Paul Varenne, l'envoyé spécial pour la
Norlande"), is no party, even
when the sentence names no other. Near misses: the party named in the quoted words before
the verb of saying, and a name the authority's own clause lists after the speech."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-11", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang"), [
    ("Le comité des sanctions a décidé vendredi de radier six anciens ministres de sa liste, a annoncé "
     "l'ambassadeur de Norlande auprès de l'ONU, Jean Dorin, qui préside le comité ce mois-ci.", "fr"),
    ("Washington a décidé de lever les mesures qui frappaient la filière norlandaise du nickel, a indiqué "
     "samedi Paul Varenne, l'envoyé spécial des États-Unis pour la Norlande.", "fr"),
    ("Les États-Unis ont levé samedi les sanctions visant le secteur du nickel, a annoncé Paul Varenne, "
     "l'émissaire des États-Unis pour la Norvège.", "fr"),
    ("« Des individus, parmi lesquels Ivan Petrov, continuent d'acheter des armes », a expliqué la "
     "secrétaire adjointe chargée des sanctions financières et du contrôle des exportations, Marie Olivier, "
     "dans un communiqué.", "fr"),
])
def test_a_titled_speaker_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == set()


@pytest.mark.parametrize(("text", "lang", "events"), [
    # the party named in the quoted words, the speaker after them
    ("« Le Trésor a retiré Ivan Petrov de la liste », a déclaré le porte-parole du département, Paul "
     "Varenne.", "fr",
     {("removal", "Ivan Petrov")}),
    ("The Treasury on Friday removed Ivan Petrov from its sanctions list, said Jane Roe, the special envoy "
     "for Norway.", "en",
     {("removal", "Ivan Petrov")}),
    # a name listed in the authority's own clause after the verb of saying
    ("The Treasury removed Ivan Petrov from its sanctions list on Friday, said the department, which also "
     "delisted Maria Dorin.", "en",
     {("removal", "Ivan Petrov"), ("removal", "Maria Dorin")}),
])
def test_the_party_beside_a_titled_speaker_stays(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
