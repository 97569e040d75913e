"""A name beside the designee is no party of the act: the cause the act answers, the
owner told by a possessive (whatever quote stands for the apostrophe), a body's habitual
function, a request to list, a dateline's agency, a law's name, a demonym, a list's name,
the employer of counted people, the author of a cited report, a headline's own trigger
word, the head of a name glossed in brackets, an unnamed subject; each with a near miss
where such a name is the party."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2025-06-17"


def _events(text: str, lang: str = "en", published: str = PUB) -> list[tuple[str, str]]:
    res = extract_article(text, published=published, language=lang)
    return sorted((e["type"], e["entity"]) for e in res["events"])


# --- the cause the act answers ----------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The United States said Friday it is lifting sanctions on two Borvian officials targeted in "
     "response to the imprisonment of American pastor Tom Quill, who was freed last month.", "en"),
    ("Ten entities were added because of their support for Korvex Aviation, the Commerce Department "
     "said.", "en"),
    ("Ces dirigeants borviens ont été mis sur liste noire pour s'être associés à l'élection de "
     "l'Assemblée populaire (AP), a déclaré le Trésor.", "fr"),
    ("Il avait été sanctionné en juin 2022, notamment parce que son moteur avait promu les médias "
     "d'Etat dans ses résultats.", "fr"),
    ("The president denied that he made a deal to lift sanctions in exchange for freeing Tom Quill.",
     "en"),
])
def test_the_cause_of_the_act_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_the_owner_and_the_one_served_in_the_reason_are_no_parties() -> None:
    text = ("Dorval Trading’s chairman, Daniel Morvan, was also sanctioned for his alleged involvement "
            "in exploring new business with Korvex Petroleum (\"KPC\") on behalf of Dorval Trading.")
    assert _events(text) == [("designation", "Daniel Morvan")]


@pytest.mark.parametrize("text, lang", [
    ("The Treasury sanctioned Korvex Trading in response to the attacks.", "en"),
    ("Le Trésor a sanctionné Korvex Trading en réponse à l'emprisonnement du pasteur.", "fr"),
])
def test_the_party_before_the_cause_is_still_the_party(text: str, lang: str) -> None:
    assert _events(text, lang) == [("designation", "Korvex Trading")]


# --- a possessive typed with a left quote -------------------------------------------------

def test_a_possessor_typed_with_a_left_quote_is_no_party() -> None:
    text = ("The United States has blacklisted a subsidiary of Borvian oil major Velnor that "
            "President Jane Roe‘s administration said provides a lifeline to President Karl "
            "Brenner‘s government.")
    assert _events(text) == []


# --- what a body does, and requests ------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("They also requested a briefing from the End-User Committee which designates additions to "
     "the Entity List.", "en"),
    ("Les trois pays veulent l'interdire dans le cadre du comité 1267 de l'ONU, qui sanctionne des "
     "groupes terroristes comme Al-Nasra et leurs affiliés.", "fr"),
])
def test_a_bodys_habitual_function_is_no_act(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_a_relative_clause_telling_a_past_act_is_still_an_act() -> None:
    text = "The Treasury, which sanctioned Korvex Trading on Monday, said more would follow."
    assert _events(text) == [("designation", "Korvex Trading")]


@pytest.mark.parametrize("text", [
    "More than a dozen lawmakers pushed the Commerce Department to add former Borvex unit Helix "
    "Devices Co. Ltd. to its list of restricted businesses.",
    "Five senators sent a letter to the Commerce Secretary, calling on the Bureau of Industry and "
    "Security to add Korvex Robotics to its Entity List.",
])
def test_a_request_to_list_is_no_act(text: str) -> None:
    assert _events(text) == []


def test_a_listing_the_request_followed_is_an_act() -> None:
    text = ("After lawmakers called for action, the Commerce Department added Korvex Robotics to "
            "the Entity List on Monday.")
    assert _events(text) == [("designation", "Korvex Robotics")]


# --- names that are never parties ----------------------------------------------------------

def test_a_datelines_agency_is_no_party() -> None:
    text = ("Washington [US], November 7 (ANI/Sputnik): The United States has sanctioned "
            "politician Gavril Brask over alleged corruption.")
    assert _events(text) == [("designation", "Gavril Brask")]


def test_a_laws_name_is_no_party() -> None:
    text = ("On December 21, 2017, the administration released a list of foreign nationals it has "
            "identified to be sanctioned in accordance with the Global Magnitsky Human Rights "
            "Accountability Act of 2016.")
    assert _events(text) == []


def test_a_demonym_is_no_party() -> None:
    text = ("This article unpacks the OFAC listing and delisting process and discusses some of its "
            "likely impacts for African businesses.")
    assert _events(text) == []


def test_a_lists_name_is_no_party_and_the_named_are() -> None:
    text = ("Sanctioned: what being added to OFAC’s SDN list means. Our firm secured the removal "
            "from the SDN List of two bankers, Elena Varnik and Andrei Solev, last month.")
    found = _events(text)
    assert all("SDN" not in name for _t, name in found)


def test_the_employer_of_counted_members_is_no_party() -> None:
    text = ("The delisting of the two former Velnor Bank supervisory board members followed "
            "petitioning before federal authorities.")
    assert _events(text) == []


def test_a_bank_delisted_by_name_is_still_the_party() -> None:
    text = "The delisting of Velnor Bank followed petitioning before federal authorities."
    assert _events(text) == [("removal", "Velnor Bank")]


def test_the_author_of_a_cited_report_is_no_party() -> None:
    text = ("The letter cites a recent report from Borvia University’s Center for Trade Studies "
            "(CTS) which revealed that only eight percent of the 273 suppliers are on the "
            "Department of Commerce’s Entity List.")
    assert _events(text) == []


def test_a_headlines_trigger_word_is_no_party() -> None:
    text = "Borvex Electronics' Chinese Units Sanctioned by US Over Iran Drone Ties"
    assert _events(text) == []


def test_the_head_of_a_name_glossed_in_brackets_is_no_party() -> None:
    text = ("Le 17 décembre 2014, le tribunal avait annulé pour vice de procédure l'inscription du "
            "Mouvement de résistance populaire (MRP) sur la liste terroriste de l'Union européenne.")
    assert all(name != "Mouvement" for _t, name in _events(text, "fr"))


def test_an_unnamed_subject_takes_no_party_told_before() -> None:
    text = ("Orvex Dynamics was added to the Entity List on Monday. One entity was added for its "
            "involvement in the development of lithography technology.")
    assert _events(text) == [("designation", "Orvex Dynamics")]


@pytest.mark.parametrize("text, lang", [
    ("The United States will lift sanctions on Korvex Shipping on Friday, a U.S. official with "
     "knowledge of the matter said.", "en"),
    ("Les pays de l'UE ont accepté de retirer Arkan Volsky de leur liste, ont déclaré trois sources "
     "au fait du dossier.", "fr"),
])
def test_a_removal_told_only_by_unnamed_sources_is_no_event(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_a_removal_announced_by_the_authority_is_an_event() -> None:
    text = "The Treasury lifted sanctions on Korvex Shipping on Friday, the department said."
    assert _events(text) == [("removal", "Korvex Shipping")]


# --- roles, owners and offices -------------------------------------------------------------

def test_the_employer_in_an_unnamed_holders_title_is_no_party() -> None:
    text = "The Council also removed the former vice president of Velnor Holding from the list."
    assert _events(text) == []


def test_a_company_removed_by_name_is_still_the_party() -> None:
    text = "The Council also removed Velnor Holding from the list."
    assert _events(text) == [("removal", "Velnor Holding")]


def test_an_anaphor_owning_an_unnamed_person_is_no_party() -> None:
    text = ("Korvex Shipping said on Monday it would appeal. Sanctions on the company's chief "
            "executive were also lifted.")
    assert _events(text) == []


def test_the_company_itself_told_by_an_anaphor_is_the_party() -> None:
    text = "Korvex Shipping said on Monday it would appeal. Sanctions on the company were also lifted."
    assert _events(text) == [("removal", "Korvex Shipping")]


def test_a_lists_description_is_no_listing() -> None:
    text = ("Les pays de l'UE ont retiré Arkan Volsky de leur liste d'entités et de personnes "
            "sanctionnées dans le cadre de la guerre.")
    assert _events(text, "fr") == [("removal", "Arkan Volsky")]


def test_the_rounds_designees_told_as_a_group_still_name_parties() -> None:
    text = ("Les entités sanctionnées sont en grande partie des entreprises de dragage, dont la "
            "société Korvex Dredging.")
    assert _events(text, "fr") == [("designation", "Korvex Dredging")]


def test_a_government_offices_name_is_no_party() -> None:
    text = ("Under the Act, the State Department's Bureau of Democracy, Human Rights, and Labor "
            "determines who is placed on the sanctions list.")
    assert _events(text) == []


# --- places, offices' portfolios, states and shares (the rule itself, with its near miss) ---

def _aside(sentence: str, name: str, person: bool = False) -> bool:
    from listwatch.news.attribution import aside
    from listwatch.news.names import Entity

    start = sentence.index(name)
    return aside(sentence, start, start + len(name), Entity(name=name, person=person))


def test_a_place_where_a_party_is_located_is_told_aside() -> None:
    text = ("The others on the list are Selva Trading and the Hanifa Money Exchange Office branch "
            "located in Albu Kamal, Syria.")
    assert _aside(text, "Albu Kamal", person=True)
    assert not _aside(text, "Selva Trading")


def test_an_offices_portfolio_is_told_aside_and_its_holder_is_not() -> None:
    text = ("La Borvie a annulé des mesures prises contre la secrétaire à la Sécurité intérieure, "
            "Karla Nemes.")
    assert _aside(text, "Sécurité")
    assert not _aside(text, "Karla Nemes", person=True)


def _blocked(sentence: str, lang: str) -> list[bool]:
    from listwatch.news.modality import blocked
    from listwatch.news.triggers import find_triggers

    trigs = find_triggers(sentence, lang)
    return [blocked(sentence, lang, t, trigs) for t in trigs if t.event == "designation"]


@pytest.mark.parametrize("text, lang, want", [
    ("À l'époque, la décision n'avait pas eu d'effet, car elle restait sanctionnée en vertu de "
     "décisions distinctes.", "fr", True),
    ("Velnor Steel remained sanctioned under separate decisions.", "en", True),
    ("Velnor Steel a été sanctionnée en vertu de décisions distinctes.", "fr", False),
])
def test_a_listing_that_remained_is_a_state(text: str, lang: str, want: bool) -> None:
    assert _blocked(text, lang) == [want]


@pytest.mark.parametrize("text, want", [
    ("The report revealed that only eight percent of the 273 companies that supply drone parts "
     "are on the Department of Commerce’s Entity List.", True),
    ("The report revealed that Korvex Robotics and Velnor Systems are on the Department of "
     "Commerce’s Entity List.", False),
])
def test_a_share_of_a_population_on_a_list_is_a_statistic(text: str, want: bool) -> None:
    assert _blocked(text, "en") == [want]


def test_a_group_naming_its_operatives_is_no_party() -> None:
    text = "The Treasury sanctioned Korvex Bank and three Velnor Front operatives on Monday."
    assert _events(text) == [("designation", "Korvex Bank")]


def test_a_body_named_for_two_fields_is_one_party() -> None:
    text = ("The Treasury sanctioned officials in the military as well as the Borvian Institute of "
            "Telecommunications and Mail, and the state-owned Borvian Mining Company, the "
            "department said.")
    assert _events(text) == [("designation", "Borvian Institute of Telecommunications and Mail"),
                             ("designation", "Borvian Mining Company")]


def test_two_companies_coordinated_stay_two_parties() -> None:
    text = "The Treasury sanctioned Korvex Trading and Velnor Bank on Monday."
    assert _events(text) == [("designation", "Korvex Trading"), ("designation", "Velnor Bank")]


def test_a_name_told_as_the_reason_is_no_party_told_back_to() -> None:
    text = ("Pastor Tom Quill was released by the Borvian government on Oct. 12. The president "
            "denied, however, that he made a deal with Borvia to lift sanctions in exchange for "
            "freeing Quill.")
    assert _events(text) == []


def test_the_company_told_back_to_beside_a_reason_is_the_party() -> None:
    text = ("Korvex Shipping was designated in 2019. The Treasury lifted sanctions on the company on "
            "Friday in exchange for its cooperation.")
    assert _events(text) == [("designation", "Korvex Shipping"), ("removal", "Korvex Shipping")]
