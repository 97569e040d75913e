"""A designee whose own name holds an institution word ("University", "Agency",
"Bureau") is a party; the authority that acts, a government's own agency or bureau, is
not. An acronym defined at the designee's first mention stays in its name; one told bare
before its definition does not. Every name is invented, unless it is an agency's."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.names import designee_institution


def _events(text: str, published: str = "2024-05-02") -> set[tuple[str, str, str | None]]:
    return {(e["type"], e["entity"], e["authority"])
            for e in extract_article(text, published=published)["events"]}


def _parties(text: str) -> set[str]:
    return {p for _t, p, _a in _events(text)}


DOC = "US Department of Commerce"


@pytest.mark.parametrize(("text", "party"), [
    ("The Commerce Department on Tuesday added the Norvask University of Aerospace Engineering "
     "to the Entity List.", "Norvask University of Aerospace Engineering"),
    ("The Treasury sanctioned the Tarvik Travel Agency, a firm based in Minsk, on Friday.",
     "Tarvik Travel Agency"),
    ("The Treasury on Friday designated the Kelmar Bureau of Mining Affairs, a state body "
     "in Norland.", "Kelmar Bureau of Mining Affairs"),
    ("The U.S. Commerce Department blacklisted Velsk Polytechnic University on Monday.",
     "Velsk Polytechnic University"),
])
def test_designee_named_with_an_institution_word(text: str, party: str) -> None:
    assert party in _parties(text)


def test_each_institution_in_a_list_of_designees() -> None:
    text = ("The Commerce Department added 12 entities to the Entity List, including Harbin "
            "Polar Travel Agency, Orsk Aviation University and Kelvar Optics Research Institute.")
    got = _events(text)
    for party in ("Harbin Polar Travel Agency", "Orsk Aviation University",
                  "Kelvar Optics Research Institute"):
        assert ("designation", party, DOC) in got
    assert "Harbin Polar Travel" not in _parties(text)  # never cut before its head word


@pytest.mark.parametrize("text", [
    "The Bureau of Industry and Security added Zarvex Optics to the Entity List on Tuesday.",
    "The National Security Agency said the Treasury sanctioned Zarvex Optics on Tuesday.",
    "Russia's Federal Security Agency was not named; the Treasury sanctioned Zarvex Optics.",
    "The Commerce Department's Bureau of Trade Controls (BTC) has added Zarvex Optics to its "
    "entity list.",
])
def test_acting_or_government_agency_is_no_party(text: str) -> None:
    assert _parties(text) == {"Zarvex Optics"}


@pytest.mark.parametrize(("words", "designee"), [
    ("Tarvik Travel Agency", True),
    ("National University of Defense Technology", True),
    ("Kelmar Bureau of Mining Affairs", True),
    ("Harvard University", True),
    ("National Security Agency", False),     # a government's function
    ("Bureau of Mining Affairs", False),     # the bureau first: told like an authority
    ("National University", False),          # no word of its own
    ("Belarus Agency", False),               # a place and the head only
    ("Bureau of Industry and Security", False),
    ("Agency", False),
    ("Commerce Department University", False),  # another authority word beside the head
])
def test_designee_institution_words(words: str, designee: bool) -> None:
    assert designee_institution(words.split()) is designee


def test_acronym_defined_at_first_mention_stays_in_the_name() -> None:
    text = ("The Commerce Department added the Norvask University of Aerospace Engineering "
            "(NUAE) to the Entity List on Tuesday. NUAE trains missile engineers.")
    assert _parties(text) == {"Norvask University of Aerospace Engineering (NUAE)"}


def test_acronym_told_bare_before_its_definition_leaves_the_full_name() -> None:
    text = ("NUAE was added to the Entity List on Tuesday, the Commerce Department said. The "
            "school, Norvask University of Aerospace Engineering (NUAE), trains engineers.")
    assert _parties(text) == {"Norvask University of Aerospace Engineering"}


# the designees told after the designation: in the next sentence, in any tense, or as
# the items of a numbered list whose numbers the splitter leaves on their own
@pytest.mark.parametrize("text", [
    "Le Trésor américain a sanctionné jeudi deux entreprises. Il s'agissait de Kestrel Marine "
    "et de Talvery Shipping.",
    "Le Trésor américain a sanctionné jeudi deux entreprises. Il s’agissait de la société "
    "Kestrel Marine et de Talvery Shipping.",
    "The Treasury sanctioned two companies on Thursday.\n\n1. Kestrel Marine, a tanker owner.\n"
    "2. Talvery Shipping, its manager.\n",
    "Le Trésor a sanctionné jeudi deux sociétés.\n\n1. Kestrel Marine, armateur.\n"
    "2. Talvery Shipping, gestionnaire.\n",
])
def test_designees_named_after_the_designation(text: str) -> None:
    got = _events(text)
    assert {p for t, p, _a in got if t == "designation"} == {"Kestrel Marine", "Talvery Shipping"}


def test_coordinated_institutions_are_one_event_each() -> None:
    text = ("The Commerce Department added Orsk Aviation University, Tarvik Travel Agency and "
            "Kelvar Optics Research Institute to the Entity List on Tuesday.")
    assert {p for t, p, _a in _events(text) if t == "designation"} == {
        "Orsk Aviation University", "Tarvik Travel Agency", "Kelvar Optics Research Institute"}


@pytest.mark.parametrize("text", [
    # no designation before the numbered lines
    "Revenue fell 3% in 2023.\n\n1. Kestrel Marine said the sanctions would hurt.\n2. Talvery "
    "Shipping agreed.\n",
    # a negated one: the names after it are no designees
    "Le Trésor n'a pas sanctionné jeudi deux entreprises. Il s'agissait de Kestrel Marine et de "
    "Talvery Shipping.",
])
def test_names_after_no_designation_are_no_designees(text: str) -> None:
    assert not [p for t, p, _a in _events(text) if t == "designation"]


def test_bulleted_designees_with_their_country_in_parentheses() -> None:
    text = ("OFAC sanctioned the following on Tuesday:\n\n• Kestrel Marine (Russia)\n"
            "• Talvery Shipping (Belarus)\n")
    assert {p for t, p, _a in _events(text) if t == "designation"} == {"Kestrel Marine", "Talvery Shipping"}
    # a parenthesis that is no place goes on with the name
    assert _parties("OFAC sanctioned Kestrel Marine (Holdings) Ltd on Tuesday.") == {
        "Kestrel Marine (Holdings) Ltd"}


@pytest.mark.parametrize(("text", "party"), [
    ("OFAC on Tuesday designated the Norland Federal Security Service (NFSS) for its cyber attacks.",
     "Norland Federal Security Service (NFSS)"),
    ("The Final Rule also updates the entry in the Entity List for the Kelmar State Protection Service "
     "(“KSPS”) to reflect a licence.", "Kelmar State Protection Service (KSPS)"),
    ("The EU on Tuesday sanctioned the Main Intelligence Directorate (MID) of the Norland armed forces.",
     "Main Intelligence Directorate (MID)"),
])
def test_a_states_security_body_defined_by_its_acronym_is_a_designee(text: str, party: str) -> None:
    assert party in _parties(text)


@pytest.mark.parametrize("text", [
    "The U.S. Secret Service (USSS) said on Tuesday that OFAC had sanctioned Korvane Shipping.",
    "The Bureau of Industry and Security (BIS) on Tuesday added Korvane Shipping to the Entity List.",
    "Korvane Shipping was sanctioned on Tuesday, the Norland Federal Security Service (NFSS) said.",
    "Korvane Shipping was sanctioned on Tuesday, the Norland Shipping Company said on Wednesday.",
])
def test_a_security_body_that_speaks_or_acts_is_no_party(text: str) -> None:
    assert _parties(text) == {"Korvane Shipping"}
