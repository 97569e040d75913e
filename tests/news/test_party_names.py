"""Party names whole: a research body whose name holds an armed service's word or goes on
with "of ..." after its head word, a person whose name opens with a particle that is also
a place word ("Abu"), and never a sanctions programme named after its target ("ISIL and
Al-Qaida Sanctions List", "Global Magnitsky sanctions program"). Names are invented, but
for programmes and agencies."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str, published: str = "2024-05-02") -> set[str]:
    return {e["entity"] for e in extract_article(text, published=published, language="en")["events"]}


@pytest.mark.parametrize(("text", "parties"), [
    ("The Norland Academy of Sciences and the Academy of Military Medical Engineering were added "
     "to the Entity List on Friday.",
     {"Norland Academy of Sciences", "Academy of Military Medical Engineering"}),
    ("The Commerce Department on Friday added the Velsk Army Engineering College to the Entity List.",
     {"Velsk Army Engineering College"}),
    ("On Tuesday the Treasury sanctioned the Kestrel Institute of Naval Acoustics and Orvex Trading.",
     {"Kestrel Institute of Naval Acoustics", "Orvex Trading"}),
    ("The Treasury sanctioned Tarsk Bank of Commerce on Tuesday.", {"Tarsk Bank of Commerce"}),
])
def test_institution_named_whole(text: str, parties: set[str]) -> None:
    assert _parties(text) == parties


@pytest.mark.parametrize("text", [
    # an armed service or an agency acting is still no party beside the designee
    "The Army said on Tuesday that the Treasury had sanctioned Orvex Trading.",
    "The Defense Department added Orvex Trading to its list of Chinese military companies on Tuesday.",
    "The Bureau of Industry and Security added Orvex Trading to the Entity List on Tuesday.",
])
def test_acting_service_is_no_party(text: str) -> None:
    assert _parties(text) == {"Orvex Trading"}


@pytest.mark.parametrize(("text", "person"), [
    ("The Security Council added Abu Rahim al-Tarzi to its sanctions list on Thursday.", "Abu Rahim al-Tarzi"),
    ("On Thursday the Treasury designated Abu Bakr Hamdan Qasir for financing the group.",
     "Abu Bakr Hamdan Qasir"),
])
def test_person_opening_with_a_particle(text: str, person: str) -> None:
    assert _parties(text) == {person}


def test_place_word_before_a_name_is_still_dropped() -> None:
    # "Abu Dhabi" is a place before a person's name, not the person's first name
    text = "The Treasury sanctioned Dubai businessman Karim Haddara on Thursday."
    assert _parties(text) == {"Karim Haddara"}


@pytest.mark.parametrize(("text", "parties"), [
    ("The Security Council added Omar Rahim al-Tarzi to its ISIL (Da'esh) and Al-Qaida Sanctions List "
     "on Thursday.", {"Omar Rahim al-Tarzi"}),
    ("The Treasury designated Orvex Trading on Thursday under the Global Magnitsky sanctions program.",
     {"Orvex Trading"}),
    ("The Treasury designated Orvex Trading under its Iran-related sanctions program on Thursday.",
     {"Orvex Trading"}),
])
def test_programme_named_after_its_target_is_no_party(text: str, parties: set[str]) -> None:
    assert _parties(text) == parties


def test_party_before_the_word_sanctions_stays_a_party() -> None:
    # "the Orvex sanctions were lifted": the sanctions on Orvex, no programme's name
    text = "The Orvex Trading sanctions were lifted by the Treasury on Thursday."
    assert _parties(text) == {"Orvex Trading"}
