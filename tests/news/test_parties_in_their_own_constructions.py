"""Parties told in constructions of their own: a passive tells the measures imposed on a
party even when they are qualified and joined by another ("Targeted sanctions and a visa
ban were imposed on X", « des sanctions économiques et un embargo ont été infligés à X »); a list of restricted parties made public names its members ("the
ministry released a list of 31 firms tied to the army, including X"); "designate the X as
a <kind>" names X; a counted object right after an act keeps the names after it out of
the act unless a cue or an apposition names them. Sentences of our own, both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, published: str | None, kind: str = "designation") -> list[tuple[str, str | None]]:
    evs = extract_article(text, published=published)["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == kind)


# --- the measures imposed, told by a passive ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "De nouvelles sanctions économiques individuelles ainsi qu'une interdiction d'entrée ont été "
    "infligées au ressortissant iranien Kaveh Rostami, selon le ministre.",
    "Un embargo et des restrictions ciblées ont été décidés contre l'armateur Kaveh Rostami.",
    "Targeted financial sanctions and a travel ban were imposed on Iranian national Kaveh Rostami, "
    "the minister said.",
    "An asset freeze as well as a visa ban has been imposed on shipowner Kaveh Rostami.",
])
def test_measures_imposed_on_a_party_by_a_passive(text: str) -> None:
    assert [n for n, _d in _events(text, "2024-02-01")] == ["Kaveh Rostami"]


def test_a_relative_clause_on_the_measures_is_no_passive_act() -> None:
    assert _events("Des sanctions qui ont été imposées à Kaveh Rostami pèsent sur ses affaires.",
                   "2024-02-01") == []


# --- "designate the X as a <kind>" ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Le gouvernement a désigné les Marrakis comme organisation terroriste.", None),
    ("Le gouvernement a désigné le 3 mai les Marrakis, milice du nord, comme groupe terroriste.", "2024-05-03"),
    ("The government on Friday designated the Marrakis as a terrorist organisation.", "2024-05-17"),
    ("The government designated the Marrakis, a northern militia, as a foreign terrorist group.", None),
])
def test_the_object_a_designation_puts_in_a_kind(text: str, expected: str | None) -> None:
    assert _events(text, "2024-05-20") == [("Marrakis", expected)]


# --- a counted object right after the act -------------------------------------------------------

@pytest.mark.parametrize("text", [
    # (a page where states are parties: one of the countries financing terrorism delisted)
    "Le Zembla n'est plus compté parmi les pays finançant le terrorisme depuis lundi. L'inscription "
    "début mai d'environ 200 individus, surtout du secteur minier, visait aussi la Russie.",
    "Zembla is no longer among the terrorism sponsors since Monday. The listing on Friday of some 200 "
    "people, mostly from mining, was a signal aimed at Russia.",
])
def test_a_name_after_a_counted_object_is_no_party(text: str) -> None:
    assert _events(text, "2024-05-20") == []


def test_a_member_named_after_a_counted_object_is_one() -> None:
    assert _events("Le Trésor a désigné vendredi 40 entreprises, dont Borel Telecom.", "2024-05-20") \
        == [("Borel Telecom", "2024-05-17")]


# --- a list of restricted parties made public ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The defence ministry released a list of 31 firms it says are tied to the Zemblan army, "
    "including the drone maker, Kestrel Avionics.",
    "Le ministère de la Défense a dévoilé une liste de 31 sociétés liées à l'armée zemblane, "
    "dont le fabricant de drones, Kestrel Avionics.",
])
def test_a_published_list_of_restricted_parties_names_them(text: str) -> None:
    assert [n for n, _d in _events(text, "2024-02-01")] == ["Kestrel Avionics"]


def test_a_list_of_no_restricted_parties_is_no_listing() -> None:
    assert _events("A magazine published a list of 31 firms, including Kestrel Avionics.", "2024-02-01") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Treasury designated two firms – Zemblan-based Orvex Trading and Kardan-based Halden "
     "Marine – for shipping oil above the cap.", ["Halden Marine", "Orvex Trading"]),
    ("Le Trésor a sanctionné deux sociétés, Orvex Trading et Halden Marine, pour avoir livré du pétrole.",
     ["Halden Marine", "Orvex Trading"]),
])
def test_members_set_off_right_after_the_count_are_parties(text: str, expected: list[str]) -> None:
    assert [n for n, _d in _events(text, "2024-05-20")] == expected
