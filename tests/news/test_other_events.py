"""The agent or the subject of another event told in a time or condition phrase is no party
of the act: "after the death of X", « depuis la chute d'X », "since X ordered", « tant que
le président X resterait au pouvoir ». Even when it is the only name of the sentence. The
same name told as the act's party stays a party (near misses), and so does the party of an
act told inside that phrase ("until X is removed from the list")."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str, kind: str = "designation") -> set[str]:
    r = extract_article(text, published="2024-03-08", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == kind}


@pytest.mark.parametrize(("text", "lang"), [
    # an event noun and its agent, words or a title between
    ("The bloc agreed on Monday to sanction twenty officials following the death in custody of the dissident "
     "writer Pavel Orlinsky.", "en"),
    ("Bruxelles a frappé mardi une vingtaine de cadres du régime après la réélection très disputée du chef de "
     "l'État Anton Vesk.", "fr"),
    ("Les Vingt-Sept ont gelé les avoirs de hauts gradés depuis la chute d'Ivo Marek.", "fr"),
    # the subject of a time or condition clause with its own verb
    ("Ottawa has imposed several rounds of sanctions on senior officers since Anton Vesk ordered the border "
     "closed.", "en"),
    ("Bruxelles a sanctionné des dizaines de militaires depuis que Anton Vesk a fait fermer la frontière.", "fr"),
])
def test_the_agent_of_another_event_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == set()


def test_a_condition_clause_names_no_party_of_a_removal() -> None:
    text = ("The Treasury said the shipping firms it delisted had pledged to stay out of the oil trade as long as "
            "President Anton Vesk remained in office.")
    assert _events(text, "en", "removal") == set()


@pytest.mark.parametrize(("text", "lang", "kind", "parties"), [
    ("The Treasury sanctioned Pavel Orlinsky after the death of his business partner.", "en", "designation",
     {"Pavel Orlinsky"}),
    ("Le Trésor a retiré Ivo Marek de sa liste après la chute du gouvernement.", "fr", "removal", {"Ivo Marek"}),
    ("The Treasury removed Dorvel Trading from the SDN list after the collapse of the regime.", "en", "removal",
     {"Dorvel Trading"}),
    # the act told inside the clause is its subject's
    ("The Treasury kept its sanctions in place until Dorvel Trading was removed from the SDN list in May.", "en",
     "removal", {"Dorvel Trading"}),
    ("Le Trésor a maintenu ses sanctions jusqu'à ce que Dorvel Trading soit radié de la liste SDN.", "fr",
     "removal", {"Dorvel Trading"}),
])
def test_parties_beside_other_events_stay_parties(text: str, lang: str, kind: str, parties: set[str]) -> None:
    assert _events(text, lang, kind) == parties
