"""An act heading its clause as the subject of what kind of act it is tells no act
("blacklisting a head of state remains a rare tool", « geler les biens d'un chef de
gouvernement reste un outil rare »), and a word of the SDN list's long name written in lower case is no act
("specially designated nationals and blocked persons"); joining that list is a
designation. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _kinds(text: str, published: str = "2022-02-26") -> list[tuple[str, str]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize("text", [
    "Canberra a sanctionné huit oligarques. Mme Roe cherche à sanctionner M. Ivan Petrovic lui-même. "
    "« Geler les biens d'un chef de gouvernement reste un outil rare », a-t-elle dit.",
    "Canberra sanctioned eight oligarchs. Ms Roe wants to sanction Ivan Petrovic himself. "
    "\"Blacklisting a head of state remains a rare tool,\" she said.",
])
def test_an_act_told_by_its_kind_is_no_act(text: str) -> None:
    assert _kinds(text) == []


def test_the_sdn_lists_name_in_lower_case_is_no_act() -> None:
    text = ("Omar Haddad joined the US specially designated nationals and blocked persons list on Friday "
            "under an executive order on arms smuggling.")
    assert _kinds(text, "2022-08-06") == [("designation", "Omar Haddad")]
