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
    ("Washington is ending sanctions on three Velmarian judges who were punished in retaliation "
     "for the jailing of aid worker Tom Quill.", "en"),
    ("Commerce added ten firms on Tuesday because of their dealings with Korvex Aviation.", "en"),
    ("Ces juges velmariens ont été placés sur liste noire pour s'être prêtés au procès du Front "
     "civique (FC).", "fr"),
    ("L'armateur avait été visé en mars 2021, surtout parce que ses cargos desservaient les ports "
     "de l'Etat voisin.", "fr"),
    ("The minister insisted that no swap had been agreed to drop the sanctions in exchange for "
     "releasing Tom Quill.", "en"),
])
def test_the_cause_of_the_act_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_the_owner_and_the_one_served_in_the_reason_are_no_parties() -> None:
    text = ("Velnor Bank’s treasurer, Daniel Morvan, was blacklisted as well, for his alleged role in "
            "arranging loans to Korvex Petroleum (\"KPC\") on behalf of Velnor Bank.")
    assert _events(text) == [("designation", "Daniel Morvan")]


@pytest.mark.parametrize("text, lang", [
    ("The Treasury sanctioned Korvex Trading in response to the attacks.", "en"),
    ("Le Trésor a sanctionné Korvex Trading en réponse à l'emprisonnement du pasteur.", "fr"),
])
def test_the_party_before_the_cause_is_still_the_party(text: str, lang: str) -> None:
    assert _events(text, lang) == [("designation", "Korvex Trading")]


# --- a possessive typed with a left quote -------------------------------------------------

def test_a_possessor_typed_with_a_left_quote_is_no_party() -> None:
    text = ("Washington blacklisted a subsidiary of Borvian oil major Velnor that, in the words of "
            "President Jane Roe‘s aides, keeps President Karl Brenner‘s regime afloat.")
    assert _events(text) == []


# --- what a body does, and requests ------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Lawmakers asked to meet the review committee which designates new entries for the Entity "
     "List.", "en"),
    ("Ils veulent saisir le comité des sanctions de l'ONU, qui sanctionne des réseaux comme Al-Nasra "
     "et leurs soutiens.", "fr"),
])
def test_a_bodys_habitual_function_is_no_act(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_a_relative_clause_telling_a_past_act_is_still_an_act() -> None:
    text = "The Treasury, which sanctioned Korvex Trading on Monday, said more would follow."
    assert _events(text) == [("designation", "Korvex Trading")]


@pytest.mark.parametrize("text", [
    "A group of senators pressed the Commerce Department to add Helix Devices Co. Ltd. to the "
    "Entity List.",
    "In a joint letter, four senators are calling on the Bureau of Industry and Security to add "
    "Korvex Robotics to its Entity List.",
])
def test_a_request_to_list_is_no_act(text: str) -> None:
    assert _events(text) == []


def test_a_listing_the_request_followed_is_an_act() -> None:
    text = ("After lawmakers called for action, the Commerce Department added Korvex Robotics to "
            "the Entity List on Monday.")
    assert _events(text) == [("designation", "Korvex Robotics")]


# --- names that are never parties ----------------------------------------------------------

def test_a_datelines_agency_is_no_party() -> None:
    text = ("Ottawa [CA], March 3 (ANI/Sputnik): Canada has sanctioned the businessman Gavril "
            "Brask.")
    assert _events(text) == [("designation", "Gavril Brask")]


def test_a_laws_name_is_no_party() -> None:
    text = ("The administration published the names of twelve foreign officials to be sanctioned "
            "under the Velmar Human Rights Accountability Act of 2019.")
    assert _events(text) == []


def test_a_demonym_is_no_party() -> None:
    text = "The guide explains how listing and delisting work and what they mean for African exporters."
    assert _events(text) == []


def test_a_lists_name_is_no_party_and_the_named_are() -> None:
    text = ("A guide to OFAC’s SDN list. Our firm secured the removal from the SDN List of two "
            "bankers, Elena Varnik and Andrei Solev, last month.")
    found = _events(text)
    assert all("SDN" not in name for _t, name in found)


def test_the_employer_of_counted_members_is_no_party() -> None:
    text = "The removal of three former Velnor Bank supervisory board members came after a lawsuit."
    assert _events(text) == []


def test_a_bank_delisted_by_name_is_still_the_party() -> None:
    text = "The removal of Velnor Bank came after a lawsuit."
    assert _events(text) == [("removal", "Velnor Bank")]


def test_the_author_of_a_cited_report_is_no_party() -> None:
    text = ("Senators quoted a study by Borvia University’s Center for Trade Studies (CTS) showing "
            "that Velnor and Korvex are both on the Entity List.")
    assert _events(text) == []


def test_a_headlines_trigger_word_is_no_party() -> None:
    text = "Velnor Robotics' Overseas Units Sanctioned by US for Missile Parts Sales"
    assert _events(text) == []


def test_the_head_of_a_name_glossed_in_brackets_is_no_party() -> None:
    text = ("En 2015, le juge a annulé l'inscription du Mouvement de résistance populaire (MRP) sur "
            "la liste de l'UE.")
    assert all(name != "Mouvement" for _t, name in _events(text, "fr"))


def test_an_unnamed_subject_takes_no_party_told_before() -> None:
    text = ("Orvex Dynamics was added to the Entity List on Monday. One entity was added for its "
            "involvement in the development of lithography technology.")
    assert _events(text) == [("designation", "Orvex Dynamics")]


@pytest.mark.parametrize("text, lang", [
    ("The United States will lift sanctions on Korvex Shipping on Friday, a U.S. official with "
     "knowledge of the matter said.", "en"),
    ("Les Vingt-Sept ont accepté de radier Arkan Volsky, ont déclaré deux sources au fait du "
     "dossier.", "fr"),
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
    text = ("Le Conseil a radié Arkan Volsky de sa liste de personnes et d'entités sanctionnées au "
            "titre du régime velmarien.")
    assert _events(text, "fr") == [("removal", "Arkan Volsky")]


def test_the_rounds_designees_told_as_a_group_still_name_parties() -> None:
    text = "Les sociétés sanctionnées sont surtout des armateurs, dont la compagnie Korvex Dredging."
    assert _events(text, "fr") == [("designation", "Korvex Dredging")]


def test_a_government_offices_name_is_no_party() -> None:
    text = ("Such cases go to the Interior Ministry's Office of Trade, Customs, and Excise before "
            "anyone is placed on the list.")
    assert _events(text) == []


# --- places, offices' portfolios, states and shares (the rule itself, with its near miss) ---

def _aside(sentence: str, name: str, person: bool = False) -> bool:
    from listwatch.news.attribution import aside
    from listwatch.news.names import Entity

    start = sentence.index(name)
    return aside(sentence, start, start + len(name), Entity(name=name, person=person))


def test_a_place_where_a_party_is_located_is_told_aside() -> None:
    text = ("The list also names Selva Trading and a currency exchange branch located in Albu Kamal, "
            "Syria.")
    assert _aside(text, "Albu Kamal", person=True)
    assert not _aside(text, "Selva Trading")


def test_an_offices_portfolio_is_told_aside_and_its_holder_is_not() -> None:
    text = ("En retour, la Borvie a levé ses sanctions contre la ministre de la Sécurité intérieure, "
            "Karla Nemes.")
    assert _aside(text, "Sécurité")
    assert not _aside(text, "Karla Nemes", person=True)


def _blocked(sentence: str, lang: str) -> list[bool]:
    from listwatch.news.modality import blocked
    from listwatch.news.triggers import find_triggers

    trigs = find_triggers(sentence, lang)
    return [blocked(sentence, lang, t, trigs) for t in trigs if t.event == "designation"]


@pytest.mark.parametrize("text, lang, want", [
    ("Le jugement n'a rien changé pour Velnor Steel, qui restait sanctionnée au titre d'autres "
     "décisions.", "fr", True),
    ("Velnor Steel remained sanctioned under other decisions.", "en", True),
    ("Velnor Steel a été sanctionnée au titre d'autres décisions.", "fr", False),
])
def test_a_listing_that_remained_is_a_state(text: str, lang: str, want: bool) -> None:
    assert _blocked(text, lang) == [want]


@pytest.mark.parametrize("text, want", [
    ("Just 8 percent of the 300 drone suppliers the study tracked are on the Entity List.", True),
    ("The study found that Korvex Robotics and Velnor Systems are on the Entity List.", False),
])
def test_a_share_of_a_population_on_a_list_is_a_statistic(text: str, want: bool) -> None:
    assert _blocked(text, "en") == [want]


def test_a_group_naming_its_operatives_is_no_party() -> None:
    text = "The Treasury sanctioned Korvex Bank and three Velnor Front operatives on Monday."
    assert _events(text) == [("designation", "Korvex Bank")]


def test_a_body_named_for_two_fields_is_one_party() -> None:
    text = ("The Treasury also sanctioned the Velmarian Institute of Fisheries and Forestry, and the "
            "state-owned Velmar Mining Company.")
    assert _events(text) == [("designation", "Velmar Mining Company"),
                             ("designation", "Velmarian Institute of Fisheries and Forestry")]


def test_two_companies_coordinated_stay_two_parties() -> None:
    text = "The Treasury sanctioned Korvex Trading and Velnor Bank on Monday."
    assert _events(text) == [("designation", "Korvex Trading"), ("designation", "Velnor Bank")]


def test_a_name_told_as_the_reason_is_no_party_told_back_to() -> None:
    text = ("Aid worker Tom Quill flew home on Oct. 12. The minister insisted, however, that he had "
            "struck no bargain to ease sanctions in exchange for releasing Quill.")
    assert _events(text) == []


def test_the_company_told_back_to_beside_a_reason_is_the_party() -> None:
    text = ("Korvex Shipping was designated in 2019. The Treasury lifted sanctions on the company on "
            "Friday in exchange for its cooperation.")
    assert _events(text) == [("designation", "Korvex Shipping"), ("removal", "Korvex Shipping")]



# --- a name whose every mention stands beside the act -----------------------------------

@pytest.mark.parametrize("text, lang", [
    # the employer in a role, then the agent of another event in a time phrase
    ("Bruxelles a inscrit vendredi sur sa liste terroriste Omar Tell, dirigeant militaire du Korvex, six "
     "semaines après l'attentat du Korvex.", "fr"),
    ("The Council listed Omar Tell, deputy chief of the Korvex Movement, as a terrorist on Friday, weeks "
     "after the bombing by the Korvex Movement.", "en"),
    # the target a list is named for, named again in the next sentence
    ("Omar Tell, combattant d'Al-Norda, a été inscrit par le Conseil sur la liste des sanctions visant "
     "l'Etat de Norlande et Al-Velmar. Selon le Conseil, Tell recrutait pour Al-Velmar.", "fr"),
    ("Omar Tell, a recruiter for Al-Norda, was placed by the Council on its list of sanctions against "
     "Norland and Al-Velmar. The Council says Tell raised money for Al-Velmar.", "en"),
])
def test_a_name_beside_the_act_in_every_mention_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == [("designation", "Omar Tell")]


@pytest.mark.parametrize("text", [
    "Deux cadres de l'aile armée du Korvex, Omar Tell et Said Bren, ont été inscrits en mars sur la liste "
    "noire de l'UE.",
    # the wing's own name, in apposition to the organisation
    "Le Conseil a ajouté à sa liste, le 3 mai, Omar Tell, chef de l'aile armée du Korvex, la brigade Kestra "
    "al-Norda, ainsi que Said Bren.",
])
def test_the_organisation_of_named_people_and_its_wing_are_no_party(text: str) -> None:
    assert _events(text, "fr") == [("designation", "Omar Tell"), ("designation", "Said Bren")]


@pytest.mark.parametrize("text", [
    "L'UE a inscrit mardi le Front Velmar sur sa liste terroriste.",
    "Le Conseil a adopté des sanctions contre le Front Velmar.",
])
def test_the_organisation_acted_on_is_still_the_party(text: str) -> None:
    assert _events(text, "fr") == [("designation", "Front Velmar")]


def test_a_brigade_coordinated_with_a_person_is_a_party() -> None:
    text = "Le Conseil a inscrit sur sa liste Omar Tell et la Brigade Kestra."
    assert _events(text, "fr") == [("designation", "Brigade Kestra"), ("designation", "Omar Tell")]


# --- who was on the list, told beside the act that takes them off ------------------------

def test_a_dateless_listing_beside_a_removal_is_no_event() -> None:
    text = "Le Conseil a décidé qu'Omar Tell, placé sur sa liste des sanctions contre le Korvex, est radié."
    assert _events(text, "fr") == [("removal", "Omar Tell")]


def test_a_dated_listing_beside_a_removal_is_a_past_event() -> None:
    text = "Le Conseil a décidé que Omar Tell, placé sur sa liste en 2016, est radié."
    assert _events(text, "fr") == [("designation", "Omar Tell"), ("removal", "Omar Tell")]


def test_a_person_after_an_elided_que_is_found() -> None:
    assert _events("Le Comité a jugé qu’Omar Tell est radié de sa liste.", "fr") == [("removal", "Omar Tell")]


def test_people_told_back_to_as_a_group_are_not_a_company() -> None:
    text = ("Le Comité a inscrit Omar Tell sur sa liste. Tell finance la société Velmar Holding. Ces personnes "
            "inscrites ne peuvent plus voyager.")
    assert _events(text, "fr") == [("designation", "Omar Tell")]


# --- who reports the act, who is tried, a plan a newspaper tells --------------------------

@pytest.mark.parametrize("text, lang", [
    ("La porte-parole du département, Lena Voss, a déclaré jeudi que Washington sanctionnera bientôt "
     "plusieurs magistrats.", "fr"),
    ("Pendant ce temps, le procès contre Paul Marden, accusé de corruption, s'ouvre devant la cour de "
     "Velmar.", "fr"),
    ("Deux députés, Paul Marden et Ivo Pell, vont être sanctionnés par Londres et Ottawa, a rapporté le "
     "Velmar Herald.", "fr"),
    ("Ottawa will sanction two MPs, Paul Marden and Ivo Pell, the Velmar Herald reported on Monday.", "en"),
])
def test_a_speaker_a_defendant_and_a_reported_plan_give_no_event(text: str, lang: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The drone maker Orvex said on Monday that it had been added to the Entity List.", "en",
     [("designation", "Orvex")]),
    ("The Treasury said on Monday that it had sanctioned Paul Marden.", "en", [("designation", "Paul Marden")]),
    ("Le groupe Orvex a intenté un procès contre le département de la Défense pour contester son inscription.",
     "fr",
     [("legal_challenge", "Orvex")]),
    ("Le ministère des Affaires étrangères a annoncé mardi que Londres allait sanctionner Paul Marden et "
     "Ivo Pell.", "fr", [("designation", "Ivo Pell"), ("designation", "Paul Marden")]),
])
def test_a_party_that_speaks_sues_or_is_announced_stays(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


# --- whom a later "he" points back to; a page's byline and section ------------------------

@pytest.mark.parametrize("text", [
    "Ivan Dorn was put under sanctions in 2022. Dorn said the sanctions rested only on his friendship with "
    "Pavel Rusk. He then challenged them in court, and lost.",
    "Ivan Dorn was put under sanctions in 2022. Lawyers for Dorn told the judges that his links with Pavel "
    "Rusk were no ground for a listing. He had lost a first challenge in 2023.",
])
def test_the_person_another_is_tied_to_is_not_he(text: str) -> None:
    assert ("legal_challenge", "Pavel Rusk") not in _events(text)


def test_a_person_named_as_the_subject_is_he() -> None:
    text = ("Ivan Dorn was put under sanctions in 2022. Pavel Rusk, a banker, was listed the same week. He then "
            "challenged the sanctions in court.")
    assert ("legal_challenge", "Pavel Rusk") in _events(text)


@pytest.mark.parametrize("text", [
    "Markets\nNorland Adds A Drone Maker To Its Export Blacklist In A Sweeping Move\nBy Kestrel Wire Staff\n\n"
    "The ministry has refreshed its roster of restricted firms.\nThe Commerce Department added Orvex "
    "Robotics to the Entity List on Wednesday.",
    "Drone maker blacklisted\nBy Kestrel Wire Staff\n\nFirms selling sensors to buyers in Iran require an "
    "export license.\nThe Commerce Department added Orvex Robotics to the Entity List on Wednesday.",
])
def test_a_byline_a_section_and_a_licence_required_are_no_party(text: str) -> None:
    assert _events(text) == [("designation", "Orvex Robotics")]


@pytest.mark.parametrize("text, expected", [
    ("OFAC issued a general license on Tuesday authorizing transactions with Orvex Robotics.",
     [("license", "Orvex Robotics")]),
    ("Exporters must obtain a license before shipping chips to Orvex Robotics.", []),
])
def test_a_licence_granted_is_one_a_licence_required_is_none(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


# --- whom the act is told to; a trigger's word inside a list's name ----------------------

@pytest.mark.parametrize("text, lang", [
    ("On Tuesday the Treasury notified Ivo Pell, Norland's envoy, of the delisting of Karl Denn.", "en"),
    ("Mardi, le Trésor a prévenu l'ambassadeur Ivo Pell de la radiation de Karl Denn.", "fr"),
    ("Karl Denn was taken off the Specially Designated Nationals and Blocked Persons List on Tuesday.", "en"),
])
def test_whom_a_removal_is_told_to_is_no_party_nor_a_list_name_an_act(text: str, lang: str) -> None:
    assert _events(text, lang) == [("removal", "Karl Denn")]


def test_a_court_blocking_the_act_keeps_its_party() -> None:
    assert _events("A federal judge blocked the Pentagon from adding Orvex to the list.") == [("injunction", "Orvex")]


def test_an_unnamed_person_designated_under_an_order_is_not_the_article_s_party() -> None:
    text = ("Orvex Aviation sued OFAC in May. The agency had refused its licence because the money belonged to "
            "an individual designated under Executive Order 14024.")
    assert _events(text) == [("legal_challenge", "Orvex Aviation")]


def test_a_company_designated_in_a_year_told_of_the_party_stays() -> None:
    text = "Orvex Aviation challenged an order by OFAC. The company was designated in 2019."
    assert ("designation", "Orvex Aviation") in _events(text)


# --- a people, a country or a region written the way the lexicon missed ------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("The Council sanctioned Croat nationalist Ivo Pell on Monday.", "en", [("designation", "Ivo Pell")]),
    ("On Tuesday the Council sanctioned Serb warlord Ivo Pell.", "en", [("designation", "Ivo Pell")]),
    ("Le Conseil a sanctionné Ivo Pell, un Géorgien proche du pouvoir.", "fr", [("designation", "Ivo Pell")]),
    ("Avec l'accord de la Grande-Bretagne, Washington a retiré Korvex Trading de sa liste mardi.", "fr",
     [("removal", "Korvex Trading")]),
    ("Korvex Trading, armateur installé dans la Corne de l'Afrique, a été radié de la liste mardi.", "fr",
     [("removal", "Korvex Trading")]),
    # the near miss: a country is a party where the list is one of states
    ("Washington a retiré l'Érythrée de la liste des États soutenant le terrorisme.", "fr",
     [("removal", "Érythrée")]),
])
def test_a_people_or_a_country_beside_the_party_is_no_party(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


# --- the employer in a title told with lower-case words ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Treasury sanctioned Velmar harbour board chief Tom Quill and Korvex Trading.",
     [("designation", "Korvex Trading"), ("designation", "Tom Quill")]),
    ("The Treasury sanctioned Velmar party leader Tom Quill on Monday.", [("designation", "Tom Quill")]),
    # the near miss: the company and its officer, each named as a party
    ("The Treasury sanctioned Korvex Trading and its chief executive Tom Quill on Monday.",
     [("designation", "Korvex Trading"), ("designation", "Tom Quill")]),
])
def test_the_employer_before_a_title_with_its_own_words_is_no_party(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


# --- the one counted people are tied to; the agent of another verb in the passive ---------

@pytest.mark.parametrize("text, lang, expected", [
    ("On Tuesday the Council delisted two cronies of Ivo Pell.", "en", []),
    ("On Tuesday the Council delisted two cronies of Ivo Pell, in a step Pell applauded.", "en", []),
    # the near misses: the one tied to them is named as a party too, or they are named
    ("On Tuesday the Council delisted Ivo Pell and two of his cronies.", "en", [("removal", "Ivo Pell")]),
    ("On Tuesday the Council sanctioned two cronies of Ivo Pell, Mara Dunn and Tom Quill.", "en",
     [("designation", "Mara Dunn"), ("designation", "Tom Quill")]),
])
def test_the_one_counted_allies_are_tied_to_is_no_party(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


# --- an act told as the purpose of another ----------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Korvex Trading retained a Velmar law firm to help lift the restrictions on its ships.", "en", []),
    ("Korvex Trading a mandaté un cabinet pour aider à lever les mesures visant ses navires.", "fr", []),
    # the near miss: the act done, with a purpose of its own
    ("The Treasury lifted sanctions on Ivo Pell on Friday to help the peace talks.", "en", [("removal", "Ivo Pell")]),
])
def test_an_act_told_as_a_purpose_is_no_event(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


# --- the authority's side of a case: its officers, a caption's defendants ----------------

@pytest.mark.parametrize("text, lang, expected", [
    ("The claimants brought their case against the Commission and its chairwoman, Mara Dunn, in May.", "en", []),
    ("Les requérants ont déposé un recours contre le Conseil et son président, Ivo Pell.", "fr", []),
    ("KORVEX TRADING, Plaintiff, v. MARA DUNN, et al., Defendants.\n\nORDER\n\nThe company challenged its "
     "listing in May and asks the court for relief.", "en", []),
    # the near misses: a company's officer is a party with it; the plaintiff named
    ("The Treasury sanctioned Korvex Trading and its director, Ivo Pell.", "en",
     [("designation", "Ivo Pell"), ("designation", "Korvex Trading")]),
    ("Korvex Trading sued the Treasury in May; its Motion to expedite was heard in June.", "en",
     [("legal_challenge", "Korvex Trading")]),
])
def test_the_authority_s_officers_and_a_caption_s_defendants_are_no_party(
        text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


# --- a kind of designee, a list's capitalised name ---------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Treasury sanctioned the brokers on Monday, placing them on its Special Velmar Traders List.", "en", []),
    ("Washington avait désigné les milices comme GAX dès 2021.", "fr", []),
    ("Cargo belonging to listed SDNs was blocked at the port on Monday.", "en", []),
    ("Les milices figurent dans la catégorie des « Groupes armés maritimes » (GAM), ce qui permet de les "
     "sanctionner.", "fr", []),
    # the near misses: an acronym that names a party, an example after "such as"
    ("Le Département d'État a désigné Korvex Trading comme GAX mercredi.", "fr", [("designation", "Korvex Trading")]),
    ("The Treasury sanctioned several shipping firms such as KVX on Monday.", "en", [("designation", "KVX")]),
])
def test_a_kind_of_designee_and_a_list_s_name_are_no_party(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


# --- a possessive determiner opening a sentence ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ivo Pell was designated on Monday. Their Serbian lawyers say OFAC designated him unlawfully.",
     [("designation", "Ivo Pell")]),
    ("Ivo Pell was designated on Monday. Our Serbian lawyers say OFAC designated him unlawfully.",
     [("designation", "Ivo Pell")]),
    # the near miss: the name after the determiner is the party
    ("The Treasury designated Korvex Trading and its Velmar unit on Monday.", [("designation", "Korvex Trading")]),
])
def test_a_possessive_determiner_is_no_part_of_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


# --- an act with no name and no anaphor: the article's party only when told as known ------

_KORVANE = "Treasury designates Korvane Mining\n\nKorvane Mining was designated by the Treasury on March 3. "


@pytest.mark.parametrize("text, lang, expected", [
    # the act told as already known ("the ban", "cette décision"): the article's one party
    (_KORVANE + "The board met in April. The ban was suspended by a court on May 9.", "en",
     [("designation", "Korvane Mining"), ("injunction", "Korvane Mining")]),
    ("Le Trésor sanctionne Korvane Mining\n\nKorvane Mining a été sanctionnée par le Trésor le 3 mars. "
     "Son directeur a démissionné en avril. Cette décision a été annulée par le tribunal le 9 mai.", "fr",
     [("designation", "Korvane Mining"), ("vacatur", "Korvane Mining")]),
    # an order's capitalised name is no act told as known: the people it counts are others
    (_KORVANE + "The board met in April. Also taken off were 14 Peruvians who had been designated "
     "pursuant to the Kingpin Act, and one Bolivian designated pursuant to Executive Order 13224.", "en",
     [("designation", "Korvane Mining")]),
])
def test_an_act_with_no_name_is_the_article_s_party_s_only_when_told_as_known(
        text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


# --- a dateline's agency, with or without the day ----------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("Orbec (KNA) – Le Conseil a sanctionné jeudi neuf personnes et deux sociétés de Norland.",
     "fr", []),
    ("Orbec, 2 May 2024 (KNA): The United Kingdom sanctioned 4 oligarchs from Norland.",
     "en", []),
    ("VELMAR (Norpress) - The State Department on Tuesday designated Korvex Trading.", "en",
     [("designation", "Korvex Trading")]),
    # (a bracket spelling the initials of the name that opens the line is that name's)
    ("Korvex Trading (KT) – The Treasury on Tuesday designated the shipping firm.", "en",
     [("designation", "Korvex Trading (KT)")]),
])
def test_a_dateline_s_agency_is_no_party(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


# --- an organisation told in a person's title, in an apposition or a predicate ------------

@pytest.mark.parametrize("text, expected", [
    ("On Monday the State Department designated Tom Harlow, a Korvex Front and Velmar River Alliance "
     "senior member, together with a firm he owns.", [("designation", "Tom Harlow")]),
    ("Harlow, once a Norland Revolutionary Guard (NRG) commander, may have been delisted because he "
     "died.", []),
    # near misses: the organisation is the party, told with its own apposition
    ("The Treasury also sanctioned the Korvex Front, a Velmar armed group, and Tom Harlow, a senior member.",
     [("designation", "Korvex Front"), ("designation", "Tom Harlow")]),
    ("The Treasury sanctioned Korvex Holdings, a Velmar Trading affiliate, on Tuesday.",
     [("designation", "Korvex Holdings")]),
])
def test_the_organisation_in_a_person_s_title_is_no_party(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    # the act's object a kind the reader does not know: the agency was the article's party
    "Orbec, 11 March 2025 (KNA): The United Kingdom sanctioned five tycoons from Norland.",
    "Tarvik, 3 June 2024 (NWA/Nord): Canada froze the assets of six shipowners from Zembla.",
])
def test_a_tagged_dateline_s_agency_is_no_name_at_all(text: str) -> None:
    assert _events(text, "en") == []
