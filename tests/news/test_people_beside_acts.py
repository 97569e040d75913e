"""People beside an act are no party of it: the one who asked an authority to act on others
("X's plea to the committee to lift the measures on Y", « la demande de X au Conseil
de lever les sanctions contre Y », "followed a request by X"), the one a party broke with in a clause of what the party did ("was removed after he broke with X"),
and whom a removal from power is about. A request about the asker's own listing keeps its
party. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _kinds(text: str, published: str = "2024-03-02") -> list[tuple[str, str]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


_REMOVED = "On Friday the UN committee struck four ex-militia chiefs from its sanctions blacklist. "
_RETIRES = "L'ONU a annoncé vendredi avoir retiré cinq anciens commandants de sa liste de sanctions. "


@pytest.mark.parametrize("text", [
    _REMOVED + "Those deletions followed Norland leader Omar Haddad’s plea to the sanctions committee "
    "to lift the measures on several former rebels.",
    _REMOVED + "The step followed a request by President Omar Haddad, made in March, to ease the "
    "restrictions on several former rebels.",
    _RETIRES + "La radiation fait suite à la demande d'Omar Haddad au Conseil de lever les sanctions contre "
    "d'anciens combattants.",
])
def test_who_asks_for_an_act_on_others_is_no_party(text: str) -> None:
    assert all("Haddad" not in name for _kind, name in _kinds(text, "2010-07-30"))


def test_a_request_about_the_askers_own_listing_keeps_its_party() -> None:
    text = _REMOVED + "The removal answered Omar Haddad's request to be delisted."
    assert ("removal", "Omar Haddad") in _kinds(text, "2010-07-30")


@pytest.mark.parametrize("text", [
    "The Treasury lifted sanctions on former spy chief Ivan Petrovic on Tuesday. He came off the "
    "list after he cut his ties to Omar Haddad last month.",
    "Le Trésor a levé mardi les sanctions visant l'ancien chef espion Ivan Petrovic. Il a été retiré de la "
    "liste noire après avoir rompu avec Omar Haddad.",
    "The Treasury lifted sanctions on former spy chief Ivan Petrovic on Tuesday. Protesters have vowed "
    "to remove Omar Haddad from power before the vote.",
])
def test_whom_the_party_broke_with_or_a_removal_from_power_is_no_party(text: str) -> None:
    assert _kinds(text, "2019-05-08") == [("removal", "Ivan Petrovic")]
