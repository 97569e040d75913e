"""False events of real reporting, by kind: the party taken from the wrong noun (a handle,
the official who announced the act, the words of a person's office, a place, an adjective
opening the sentence), a libel suit told as a listing challenge, a fronted clause's act
given the main clause's parties, a list's name read as its act, a removal won in court,
a fleet's additions, names set in a time phrase; each with its near misses."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2025-06-17"


def _events(text: str, lang: str = "en", published: str = PUB) -> list[tuple[str, str]]:
    res = extract_article(text, published=published, language=lang)
    return sorted((e["type"], e["entity"]) for e in res["events"])


# --- the party from the wrong noun ----------------------------------------------------

def test_a_handle_or_a_hashtag_is_no_party() -> None:
    text = ("Le Trésor a ajouté la société Vortal Mining à la liste SDN, quelques mois après les "
            "révélations du #VortalLeaks coordonné par @GlobWatchX avec 16 médias partenaires et "
            "@AmnestyLab.")
    assert _events(text, "fr") == [("designation", "Vortal Mining")]


@pytest.mark.parametrize("text, lang", [
    ("The move, announced by US Secretary of State Marla Quint, lifts sanctions imposed on "
     "Ms Dana Orlov over her inquiry.", "en"),
    ("La mesure, annoncée par le secrétaire d'État américain Marla Quint, lève les sanctions "
     "imposées à Dana Orlov dans le cadre de son enquête.", "fr"),
])
def test_the_official_who_announced_the_act_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == [("removal", "Dana Orlov")]


def test_a_name_announced_by_an_authority_is_still_a_party() -> None:
    # the near miss: what follows "announced by <authority>" is no title
    text = "The sanctions announced by the Treasury on Monday target Dana Orlov."
    assert _events(text) == [("designation", "Dana Orlov")]


def test_the_words_of_a_persons_office_are_no_parties() -> None:
    text = ("It also removes Mr Ivo Brandt, head of the ICC's Jurisdiction, Complementarity and "
            "Cooperation Division, from the Specially Designated Nationals list.")
    assert _events(text) == [("removal", "Ivo Brandt")]


def test_the_holder_named_after_an_office_is_still_a_party() -> None:
    text = ("Le Japon a sanctionné lundi 25 personnes. Les sanctions ont été étendues aux fils du "
            "porte-parole du Kremlin Arlen Kadov ; au président de la banque russe Velnorbank, Ivan "
            "Belkov ; au chef du groupe sidérurgique Ostral, Pavel Drozdov ; et aux proches du "
            "directeur de Rostam, Sergey Kamov.")
    found = _events(text, "fr")
    assert ("designation", "Ivan Belkov") in found and ("designation", "Pavel Drozdov") in found


def test_a_state_of_the_united_states_is_no_party() -> None:
    text = ("A judge in Nevada has blocked the Commerce Department's ban on new downloads of "
            "the messaging app Zyngo.")
    assert ("injunction", "Nevada") not in _events(text)


@pytest.mark.parametrize("text, lang", [
    ("New sanctions have been imposed on companies linked to Arvania's military regime as the "
     "Foreign Secretary said the junta continued its abuses.", "en"),
    ("Fresh sanctions were imposed on firms tied to Arvania's army on Tuesday.", "en"),
    ("Nouvelles sanctions contre des entreprises liées à l'armée d'Arvanie.", "fr"),
])
def test_an_adjective_opening_the_sentence_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == []


def test_a_name_opening_with_such_a_word_is_still_a_party() -> None:
    assert _events("New Development Bank was sanctioned on Monday.") == [
        ("designation", "New Development Bank")]


# --- a suit over what was written is no listing challenge -----------------------------

@pytest.mark.parametrize("text, lang", [
    ("Although the billionaire Pavel Drozd did not get the sanctions lifted, he did win a "
     "lawsuit against the DAILY COURIER over an article that said he was a figurehead.", "en"),
    ("Pavel Drozd a gagné un procès pour diffamation contre le quotidien Le Vigilant.", "fr"),
])
def test_a_libel_suit_is_no_legal_challenge(text: str, lang: str) -> None:
    assert [e for e in _events(text, lang) if e[0] == "legal_challenge"] == []


def test_a_suit_over_the_listing_citing_a_report_is_a_challenge() -> None:
    text = ("Kestrel Robotics filed a lawsuit against the Treasury over its designation, citing "
            "a report by the inspector general.")
    assert _events(text) == [("legal_challenge", "Kestrel Robotics")]


# --- a fronted clause with an act of its own --------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("The Treasury has lifted sanctions on the state airline Nordavia.\nThe aircraft, owned by "
     "Nordavia, had been used by the president's sons. Aside from delisting the airline and the "
     "plane, the Treasury added eight nationals and two entities — Borel Trading and Kappa "
     "Credit Bank — to its sanctions list.", "en"),
    ("OFAC lifted sanctions on the airline Nordavia on Monday.\nIn addition to delisting the "
     "airline, OFAC designated Borel Trading and Kappa Credit Bank.", "en"),
])
def test_each_side_of_a_fronted_clause_has_its_own_parties(text: str, lang: str) -> None:
    assert _events(text, lang) == [("designation", "Borel Trading"), ("designation", "Kappa Credit Bank"),
                                   ("removal", "Nordavia")]


def test_a_fronted_clause_in_french() -> None:
    text = ("Le Trésor a levé les sanctions contre la compagnie Nordavia.\nOutre le retrait de la "
            "compagnie, le Trésor a sanctionné la société Borel Trading.")
    assert _events(text, "fr") == [("designation", "Borel Trading"), ("removal", "Nordavia")]


def test_a_company_name_ending_in_ing_is_no_participle() -> None:
    # "two entities, Borel Trading and ...": the name is not what the counted ones did
    text = "The Treasury added two entities, Borel Trading and Kappa Credit Bank, to its sanctions list."
    assert _events(text) == [("designation", "Borel Trading"), ("designation", "Kappa Credit Bank")]


def test_what_counted_parties_did_is_still_no_party() -> None:
    text = "The Treasury sanctioned three companies shipping oil for Kestrel Petroleum on Monday."
    assert _events(text) == []


# --- the list's own name is not its act ----------------------------------------------------

def test_a_removal_from_the_specially_designated_list_in_french() -> None:
    text = ("Elle retire également Ivo Brandt, chef de la Division de la recherche, de la "
            "planification et de la liaison du Tribunal, de la liste des ressortissants "
            "spécialement désignés.")
    assert _events(text, "fr") == [("removal", "Ivo Brandt")]


# --- a removal won in court ------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, expected", [
    ("L'ancien ministre Pavel Drozd retiré de la liste des sanctions suite à une victoire judiciaire",
     "fr", "vacatur"),
    ("Former minister Pavel Drozd removed from the EU sanctions list after a court victory", "en", "vacatur"),
    ("Pavel Drozd a été retiré de la liste des sanctions de l'UE après une victoire judiciaire.", "fr", "vacatur"),
    # near misses: an agency's review, another party's win, a petition to the agency
    ("Pavel Drozd was removed from the EU sanctions list by the Council after a review.", "en", "removal"),
    ("Pavel Drozd was removed from the EU sanctions list after a review, following a court victory "
     "by his brother in another case.", "en", "removal"),
    ("The Treasury removed Pavel Drozd from the SDN list after a successful petition.", "en", "removal"),
])
def test_a_removal_won_in_court_is_a_vacatur(text: str, lang: str, expected: str) -> None:
    assert _events(text, lang) == [(expected, "Pavel Drozd")]


# --- a fleet's additions are no listing -------------------------------------------------------

def test_a_fleets_recent_additions_are_no_listing() -> None:
    text = ("The airline's fleet as of September 2025 includes Airbus A330-200s and Embraer 175s. "
            "Recent additions include the Airbus A330-200 in June 2025 and a Boeing 737 MAX 8.")
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Recent additions to the Entity List include Kestrel Robotics and Borel Trading.",
    "OFAC updated its list on Monday. The latest designees include Kestrel Robotics and Borel Trading.",
])
def test_a_lists_recent_additions_are_listings(text: str) -> None:
    assert _events(text) == [("designation", "Borel Trading"), ("designation", "Kestrel Robotics")]


# --- names in a fronted time phrase ------------------------------------------------------------

def test_names_in_a_fronted_time_phrase_leave_the_act_to_its_anaphor() -> None:
    text = ("Quelques mois après les révélations de Forbidden Stories sur le groupe Vortal et son "
            "logiciel d'espionnage Zephyr, les États-Unis ont annoncé ce mercredi avoir placé le "
            "groupe sur leur liste noire.")
    assert _events(text, "fr") == [("designation", "Vortal")]


def test_a_party_named_in_the_main_clause_after_a_time_phrase() -> None:
    text = ("Days after a report by Arclight Research on Kestrel Robotics, the Commerce Department "
            "added Kestrel Robotics to the Entity List.")
    assert _events(text) == [("designation", "Kestrel Robotics")]


# --- words that qualify another thing -----------------------------------------------------

def test_an_era_adjective_is_no_party() -> None:
    text = ("The fact that BIS designated Russian parties to the Entity List may indicate a return "
            "to the Obama-era policy of routinely adding SDNs to the Entity List.")
    assert [e for e in _events(text) if "era" in e[1]] == []


def test_the_name_of_a_general_licence_is_no_party() -> None:
    from listwatch.news.attribution import aside
    from listwatch.news.names import Entity

    text = "Activities are now authorized under Cyber General License 1B for the Kestrel Group."
    start = text.index("Cyber")
    assert aside(text, start, start + len("Cyber"), Entity("Cyber"))
    start = text.index("Kestrel Group")
    assert not aside(text, start, start + len("Kestrel Group"), Entity("Kestrel Group"))


def test_a_name_cut_to_its_last_word_takes_the_defined_full_name() -> None:
    from listwatch.news.acronyms import resolve
    from listwatch.news.legal_event import Event
    from listwatch.news.names import Entity

    text = ("The rule updates the entry for the Federal Guard Service (“FGS”). The Treasury "
            "Department (“TD”) also acted.")
    cut = Entity("Service", aliases={"FGS"})
    office = Entity("Department", aliases={"TD"})
    events = [Event(type="amendment", entity=e, authority=None, list_name=None, date=None,
                    status="effective", evidence=text, confidence=0.9, strength=1.0, position=0)
              for e in (cut, office)]
    assert [e.entity.name for e in resolve(text, events, [cut, office])] == [
        "Federal Guard Service", "Department"]  # (an authority's full name is never taken)


# --- dates -----------------------------------------------------------------------------------

def _dated(text: str, lang: str, published: str | None) -> list[tuple[str, str, str | None]]:
    res = extract_article(text, published=published, language=lang)
    return sorted((e["type"], e["entity"], e["date"]) for e in res["events"])


def test_a_counted_group_takes_the_day_its_act_is_told_again_with() -> None:
    text = ("Les Etats-Unis interdisent d'investir dans 42 sociétés arvaniennes, dont Kestrel Robotics "
            "et Borel Trading\nLe président a émis un ordre exécutif interdisant tout investissement "
            "dans 42 entités arvaniennes. Le président a signé, le 3 juin 2021, un ordre exécutif "
            "interdisant tout investissement américain dans 42 entités arvaniennes.")
    assert _dated(text, "fr", None) == [("designation", "Borel Trading", "2021-06-03"),
                                        ("designation", "Kestrel Robotics", "2021-06-03")]


def test_another_count_gives_no_day() -> None:
    # the near miss: the dated sentence counts another group
    text = ("Les Etats-Unis interdisent d'investir dans 42 sociétés arvaniennes, dont Kestrel Robotics "
            "et Borel Trading\nLe 3 juin 2021, le Trésor avait déjà sanctionné 17 entités arvaniennes.")
    assert [d for _t, _e, d in _dated(text, "fr", None)] == [None, None]


@pytest.mark.parametrize("text, lang", [
    ("Le Conseil a commis une erreur en ajoutant les noms de Pavel Drozd aux listes de sanctions à "
     "partir de 2021, ont statué les juges.", "fr"),
    ("The Council erred in adding Pavel Drozd to the sanctions lists starting in 2021, the judges ruled.", "en"),
])
def test_a_listing_from_a_year_on_is_dated_by_that_year(text: str, lang: str) -> None:
    assert ("designation", "Pavel Drozd", "2021") in _dated(text, lang, None)


# --- names told in passing -------------------------------------------------------------------

def test_the_victims_of_a_tool_are_no_designees() -> None:
    text = "Researchers found that the journalist Omar Rafiq was among those targeted by the spyware."
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "The journalist Omar Rafiq was among those targeted by the sanctions announced on Monday.",
    "Omar Rafiq was among those designated by the Treasury on Monday.",
])
def test_those_targeted_by_sanctions_are_designees(text: str) -> None:
    assert _events(text) == [("designation", "Omar Rafiq")]


def test_a_name_in_a_relative_clause_before_the_verb_is_no_party() -> None:
    text = ("The move, which comes despite the warm tone President Arlen Kade has struck with "
            "President Ivo Brandt of Arvania, blocks property that the individuals hold in the "
            "United States.")
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "Kestrel Robotics, which was founded in 2010, was added to the Entity List on Monday.",
    "The Commerce Department added Kestrel Robotics, which is owned by Orvex Holdings, to the Entity List.",
    "Kestrel Robotics makes drones for the army. The firm, which is owned by Orvex Holdings, was "
    "added to the Entity List on Monday.",
])
def test_the_party_around_a_relative_clause_is_kept(text: str) -> None:
    assert _events(text) == [("designation", "Kestrel Robotics")]


def test_an_act_told_in_a_later_relative_clause_keeps_its_party() -> None:
    text = ("Pavel Drozd owns the miner Orvex, which sponsored the Kestrel team until the team "
            "sacked Ivan Drozd, who was one of its drivers and was also put under EU sanctions.")
    assert ("designation", "Ivan Drozd") in _events(text)


# --- articles that report no event -------------------------------------------------------------

def test_who_a_draft_would_sanction_first_is_no_event() -> None:
    text = ("The Security Council is considering a sanctions regime, according to a draft resolution. "
            "The first person to be sanctioned would be Jorel Maxim, who leads the Arvanian gang.")
    assert _events(text) == []


def test_who_was_sanctioned_first_is_an_event() -> None:
    text = "The first person to be sanctioned under the new regime was Jorel Maxim, on Friday."
    assert _events(text) == [("designation", "Jorel Maxim")]


def test_sanctions_on_those_who_act_point_back_to_no_one() -> None:
    text = ("Jorel Maxim leads a gang. \"So we have been working together at the United Nations to "
            "impose sanctions on those who are actually taking actions that support violence,\" he said.")
    assert _events(text) == []


def test_an_intention_to_contest_is_no_challenge_yet() -> None:
    text = ("Kestrel Robotics a déjà évoqué son intention de contester la décision de "
            "l'administration devant les tribunaux.")
    assert _events(text, "fr") == []
    filed = "Kestrel Robotics a contesté la décision de l'administration devant les tribunaux en mars."
    assert _events(filed, "fr") == [("legal_challenge", "Kestrel Robotics")]


@pytest.mark.parametrize("text, lang", [
    ("Pour une collaboration présumée avec le gouvernement, plusieurs entités de Kestrel figurent "
     "sur la liste noire Entity List.", "fr"),
    ("The Treasury designated three executives of Orvex Holdings on Monday.", "en"),
    ("Le département du Trésor prend aussi des sanctions qui visent une douzaine de dirigeants de "
     "Kestrel Lab et Kestrel Group, dont des membres du conseil d'administration.", "fr"),
])
def test_the_parent_of_counted_unnamed_parties_is_no_party(text: str, lang: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The Commerce Department added Orvex Holdings and three of its units to the Entity List on Monday.",
     "en", [("designation", "Orvex Holdings")]),
    ("The Commerce Department added two units of Orvex Holdings, Orvex Air and Orvex Sea, to the "
     "Entity List on Monday.", "en", [("designation", "Orvex Air"), ("designation", "Orvex Sea")]),
    # (its counted subsidiaries tell the parent's own listing)
    ("Le département du Commerce a ajouté lundi 46 filiales de Kestrel Robotics à sa liste noire.",
     "fr", [("designation", "Kestrel Robotics")]),
    ("Le Trésor a pris des sanctions qui visent Kestrel Lab et Kestrel Group.", "fr",
     [("designation", "Kestrel Group"), ("designation", "Kestrel Lab")]),
])
def test_named_parents_and_parts_are_parties(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


def test_a_relative_dont_names_no_group_member() -> None:
    text = ("L'UE a décidé de sanctionner six personnes et une organisation. Andrei Volkan en fait "
            "partie. « Andrei Volkan a également été nommé à un groupe de travail dont le rôle est de "
            "lutter contre l'influence de Pavel Drozd », note l'UE.")
    assert _events(text, "fr") == [("designation", "Andrei Volkan")]


def test_dont_before_names_still_names_the_group() -> None:
    text = ("L'UE a sanctionné lundi six personnes. Les sanctions visent plusieurs proches du "
            "président, dont Andrei Volkan et Pavel Drozd.")
    found = _events(text, "fr")
    assert ("designation", "Andrei Volkan") in found and ("designation", "Pavel Drozd") in found


def test_a_rubric_glued_to_the_headline_is_no_party() -> None:
    from listwatch.news.names import glued_rubric

    assert glued_rubric("UkraineSanctions") and glued_rubric("RussiaSanctions")
    assert not glued_rubric("WeChat") and not glued_rubric("PetroChina") and not glued_rubric("ChinaMobile")
    text = ("UkraineSanctions confirmées contre Drozd\nLa justice européenne a confirmé le gel des "
            "avoirs de l'ancien président. L'ancien président ukrainien a cependant eu gain de cause "
            "pour les sanctions imposées en 2014.")
    assert [e for e in _events(text, "fr") if "Sanctions" in e[1]] == []


def test_members_named_in_a_relative_clause_on_the_subject_are_parties() -> None:
    text = ("The Commerce Department said the companies, which also include the chip firm Kestrel "
            "Robotics Corp, were added because they support the army.")
    assert ("designation", "Kestrel Robotics Corp") in _events(text)


def test_an_undone_act_with_its_own_date_is_a_past_event_of_its_own() -> None:
    # the labelling rules count a past event told in passing: the undone listing keeps its
    # own date, the removal the main verb's
    text = "The Treasury lifted the sanctions imposed in 2014 on Kestrel Robotics in March 2020."
    assert sorted((t, d) for t, _e, d in _dated(text, "en", None)) == [("designation", "2014"), ("removal", "2020-03")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Tribunal a annulé les prolongations décidées en 2016 et 2017 pour Pavel Drozd.", "fr", None),
    # near miss: the act's own date
    ("The Treasury removed Kestrel Robotics from the SDN list in 2019.", "en", "2019"),
])
def test_the_date_of_an_undone_acts_object_is_not_the_undoings(text: str, lang: str, expected: str | None) -> None:
    assert [d for _t, _e, d in _dated(text, lang, None)] == [expected]


def test_the_day_the_act_is_named_by_dates_its_parties() -> None:
    text = ("Arvania Press\nUK imposes sanctions on Arvania's army\nThe Foreign Secretary also set out "
            "measures for British firms.\nThe UK has imposed asset freezes on three generals of the "
            "Arvanian army.\nFurther safeguards were put in place for aid money.\nNew measures are "
            "also being taken to stop UK businesses working with the army.\nThe Foreign Secretary "
            "said the UK condemns the coup.\nThe sanctions will be imposed on defence minister "
            "General Pavel Drozd and home affairs minister Lt General Ivan Belkov.\nThe UK already "
            "has sanctions in place against 16 individuals.\n{day} action by the UK is being taken "
            "in tandem with Canada.")
    assert [d for _t, _e, d in _dated(text.format(day="Thursday's"), "en", "2021-02-18")] == [
        "2021-02-18", "2021-02-18"]
    # near miss: a day that names no act
    late = text.format(day="Thursday's").replace("Thursday's action", "Thursday's weather")
    assert [d for _t, _e, d in _dated(late, "en", "2021-02-18")] == [None, None]


# --- from the tuning sets S and Q ----------------------------------------------------------------

def test_a_region_is_no_party() -> None:
    text = ("Le président a révoqué le 20 janvier un décret imposant des sanctions à des colons de "
            "Cisjordanie et à des organisations qui sapent la paix en Cisjordanie.")
    assert [e for e in _events(text, "fr") if e[1] == "Cisjordanie"] == []


def test_a_references_imperative_is_no_party() -> None:
    assert [e for e in _events("OFAC issued a licence for Kestrel Robotics. (See also General License 15.)")
            if e[1] == "See"] == []


def test_ties_given_as_the_reason_name_no_party() -> None:
    text = ("Le Trésor a imposé des sanctions à la société Vortal Mining, évoquant ses liens avec le "
            "président arvanien Ivo Brandt.")
    assert _events(text, "fr") == [("designation", "Vortal Mining")]


def test_an_unnamed_party_the_sentence_introduces_points_back_to_no_one() -> None:
    text = ("Ivo Brandt dirige l'Arvanie depuis 2000.\nLe Trésor américain a imposé des sanctions à un "
            "homme d'affaires arvanien, sa famille et à des entités auxquelles il est apparenté.")
    assert _events(text, "fr") == []


def test_an_official_who_speaks_after_a_counted_group_is_no_member() -> None:
    text = ("The Treasury sanctioned three individuals on Thursday. OFAC identified the sanctioned "
            "individuals as Pavel Drozd, Ivan Belkov and Omar Rafiq. The Under Secretary for Terrorism "
            "and Financial Intelligence, Jane Roe, pointed out that such men hide their abuse.")
    assert [e for e in _events(text) if e[1] == "Jane Roe"] == []


def test_a_bylines_date_does_not_end_the_ledes_reach() -> None:
    text = ("U.S. News\nU.S. sanctions Arvania's state-owned oil company\nBy Jane Roe   |   Jan. 28, "
            "2019 at 5:20 PM\nThe Treasury Secretary takes questions from reporters at the White House as\n"
            "Photo by Alex Edelman/UPI\nJan. 28 (UPI) -- The U.S. Treasury announced new sanctions Monday "
            "on Arvania's state-owned oil company, the latest rebuke against the regime.\nTreasury "
            "Secretary Jane Roe announced the fresh sanctions on Vortal Petroleum during a White House "
            "press briefing.")
    assert _dated(text, "en", "2019-01-28") == [("designation", "Vortal Petroleum", "2019-01-28")]
