"""Facts, not hypotheses: sentences written for this test, one kind each, in both
languages. Requests, plans, questions, negations, regime renewals, generic statements,
market delistings and rulings that uphold a listing give no listing event; the
journalistic telling of a real action gives one."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PARTY = "Kestrel Robotics"


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    res = extract_article(text, published="2024-03-07", language=lang)
    return {(e["type"], e["entity"]) for e in res["events"]}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lawmakers urged the Commerce Department to add Kestrel Robotics to the Entity List."),
    ("en", "Kestrel Robotics may be added to the Entity List as soon as next week, officials said."),
    ("en", "Would Washington really blacklist Kestrel Robotics?"),
    ("en", "Kestrel Robotics has not been designated by OFAC."),
    ("en", "The Treasury renewed the Venezuela sanctions program for another year on Monday."),
    ("en", "Companies placed on the Entity List cannot buy U.S. chips without a license."),
    ("en", "Shares of Kestrel Robotics were delisted from the Nasdaq on Friday."),
    ("en", "A bill introduced in the Senate would require the Pentagon to list Kestrel Robotics."),
    ("en", "The EU is preparing to sanction Kestrel Robotics, according to a draft seen by Reuters."),
    ("fr", "Des députés ont demandé au gouvernement de sanctionner la société Kestrel Robotics."),
    ("fr", "Kestrel Robotics pourrait être ajoutée à la liste noire dès la semaine prochaine."),
    ("fr", "Kestrel Robotics n'a jamais été sanctionnée par l'UE."),
    ("fr", "Le Conseil a prolongé de six mois le régime de sanctions contre la Russie."),
    ("fr", "Les entreprises inscrites sur la liste ne peuvent plus acheter de puces américaines."),
    ("fr", "L'action de Kestrel Robotics a été radiée de la cote du Nasdaq vendredi."),
    ("fr", "Le Trésor s'apprête à sanctionner Kestrel Robotics, selon des sources proches du dossier."),
])
def test_no_event(lang: str, text: str) -> None:
    assert _events(text, lang) == set()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The court upheld the designation of Kestrel Robotics on Tuesday."),
    ("en", "The judge dismissed Kestrel Robotics' challenge to its listing on Tuesday."),
    ("fr", "Le tribunal a confirmé mardi les sanctions visant Kestrel Robotics."),
    ("fr", "La justice a débouté Kestrel Robotics de son recours mardi."),
])
def test_upholding_is_a_ruling_not_a_vacatur(lang: str, text: str) -> None:
    got = _events(text, lang)
    assert ("ruling", PARTY) in got
    assert not {t for t, _n in got} & {"vacatur", "removal", "injunction", "designation"}


@pytest.mark.parametrize(("lang", "text", "typ"), [
    ("en", "Kestrel Robotics was blacklisted by Washington on Tuesday.", "designation"),
    ("en", "The U.S. lifted sanctions on Kestrel Robotics on Tuesday.", "removal"),
    ("en", "A judge on Tuesday struck down the Pentagon's designation of Kestrel Robotics.", "vacatur"),
    ("en", "The Pentagon's blacklisting of Kestrel Robotics was blocked by a federal judge on Tuesday.",
     "injunction"),
    ("fr", "Kestrel Robotics a été mise au ban par Washington mardi.", "designation"),
    ("fr", "Les sanctions contre Kestrel Robotics ont été levées mardi.", "removal"),
    ("fr", "Un juge a suspendu mardi l'interdiction visant Kestrel Robotics.", "injunction"),
    ("fr", "Washington a blacklisté mardi le fabricant Kestrel Robotics.", "designation"),
])
def test_journalistic_telling_is_an_event(lang: str, text: str, typ: str) -> None:
    assert _events(text, lang) == {(typ, PARTY)}


@pytest.mark.parametrize(("lang", "text", "typ"), [
    ("en", "Britain imposed an asset freeze and travel ban on Kestrel Robotics on Tuesday.", "designation"),
    ("en", "Kestrel Robotics is appealing its designation.", "legal_challenge"),
    ("en", "Kestrel Robotics was hit with U.S. sanctions on Tuesday.", "designation"),
    ("en", "Washington put Kestrel Robotics on a trade blacklist on Tuesday.", "designation"),
    ("fr", "Kestrel Robotics a fait appel mardi de la décision.", "legal_challenge"),
    ("fr", "Kestrel Robotics a obtenu mardi la suspension de son inscription sur la liste noire.", "injunction"),
    ("fr", "Le Royaume-Uni a gelé mardi les avoirs de la société Kestrel Robotics.", "designation"),
])
def test_more_wordings(lang: str, text: str, typ: str) -> None:
    assert (typ, PARTY) in _events(text, lang)


def test_a_partys_own_officer_is_a_designee_not_an_actor() -> None:
    got = _events("Le Trésor américain a sanctionné mardi Kestrel Robotics et son directeur, Ivan Petrov.", "fr")
    assert {("designation", PARTY), ("designation", "Ivan Petrov")} <= got
    got = _events("Le secrétaire américain au Commerce, Wilbur Ross, a sanctionné Kestrel Robotics mardi.", "fr")
    assert not any("Ross" in n for _t, n in got)


@pytest.mark.parametrize(("lang", "text", "typ"), [
    ("en", "The Commerce Department posted Kestrel Robotics to the Entity List on Tuesday.", "designation"),
    ("en", "Treasury made an exception for Kestrel Robotics on Tuesday.", "license"),
    ("fr", "Washington a fait une exception mardi aux sanctions contre Kestrel Robotics.", "license"),
])
def test_posted_and_exceptions(lang: str, text: str, typ: str) -> None:
    assert (typ, PARTY) in _events(text, lang)


def test_capitalised_headline_words_are_no_companies() -> None:
    from listwatch.news.mentions import find_mentions

    text = ("LA TURQUIE POURRA PAYER LE GAZ RUSSE\n\nAnkara pourra payer le gaz russe, a indiqué "
            "mardi le ministre. Kestrel Robotics a été sanctionnée en novembre.")
    _m, ents = find_mentions(text, "fr")
    names = {e.name for e in ents}
    assert PARTY in names and not {"PAYER", "GAZ"} & names


@pytest.mark.parametrize(("text", "want"), [
    ("Relisting of Kestrel Robotics followed on March 3, 2024, the Pentagon said.", {("designation", PARTY)}),
    ("Sanctioned Russian bank Borvik Bank was cut off from SWIFT on March 3, 2024.", set()),
    ("Blacklisted: Kestrel Robotics was added to the Entity List on March 3, 2024.", {("designation", PARTY)}),
    ("Sanctioned by the U.S. in 2018, Kestrel Robotics sued the Treasury.",
     {("designation", PARTY), ("legal_challenge", PARTY)}),
])
def test_a_participle_opening_a_sentence(text: str, want: set[tuple[str, str]]) -> None:
    """An adjective ("Sanctioned Russian bank") is a state; a participle with its agent or
    date ("Sanctioned by the U.S. in 2018, X") tells a past event; an event noun heading a
    name ("Relisting of X") is no part of it."""
    assert _events(text, "en") == want


@pytest.mark.parametrize(("lang", "text", "typ"), [
    ("en", "The US blacklists Kestrel Robotics over ties to the Chinese military, officials said on Tuesday.",
     "designation"),
    ("en", "The Pentagon on Tuesday targeted Kestrel Robotics with sanctions.", "designation"),
    ("en", "Biden bans U.S. investment in Kestrel Robotics on Tuesday.", "designation"),
    ("en", "The Treasury on Tuesday struck Kestrel Robotics from its sanctions list.", "removal"),
    ("en", "Washington pulled Kestrel Robotics off the Entity List on Tuesday.", "removal"),
    ("en", "The U.S. ended sanctions on Kestrel Robotics on Tuesday.", "removal"),
    ("fr", "Les États-Unis ont exclu mardi Kestrel Robotics de la liste des entités.", "removal"),
    ("fr", "Washington interdit d'investir dans Kestrel Robotics depuis mardi.", "designation"),
    ("fr", "Washington place mardi Kestrel Robotics sous sanctions.", "designation"),
    ("fr", "Les sanctions visant Kestrel Robotics ont pris fin mardi.", "removal"),
])
def test_present_tense_and_journalistic_verbs(lang: str, text: str, typ: str) -> None:
    assert (typ, PARTY) in _events(text, lang)


def test_asking_a_court_to_strike_a_listing_is_a_request() -> None:
    text = "Kestrel Robotics has asked a U.S. federal court to strike it from the Pentagon's list."
    assert not any(t == "removal" for t, _n in _events(text, "en"))


def test_struck_with_a_ban_and_two_deadlines_of_one_licence() -> None:
    text = ("Le concurrent Kestrel Robotics, qui avait été frappé en avril 2018 d'une interdiction d'achat "
            "de composants américains, a obtenu une licence. Les clients ont désormais jusqu'au 18 novembre "
            "pour se passer de ses équipements. La licence précédente arrivait à échéance ce lundi 19 août.")
    res = extract_article(text, published="2019-08-20", language="fr")
    got = {(e["type"], e["date"]) for e in res["events"] if e["entity"] == PARTY}
    assert ("designation", "2018-04") in got
    assert {("deadline", "2019-11-18"), ("deadline", "2019-08-19")} <= got


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an event a clause waits for has not happened yet
    ("en", "Once the sanctions on Kestrel Robotics are lifted, the firm can sell abroad again.", set()),
    ("en", "Once Kestrel Robotics is removed from the Entity List, it will buy U.S. chips.", set()),
    ("fr", "Une fois que les sanctions contre Kestrel Robotics seront levées, elle pourra exporter.",
     set()),
    ("fr", "Dès que Kestrel Robotics sera retirée de la liste, elle reprendra ses ventes.", set()),
    # told in the past, the same clause is a fact
    ("en", "Once Kestrel Robotics was removed from the Entity List in May, its shares rose.",
     {("removal", PARTY)}),
    ("fr", "Une fois que Kestrel Robotics a été retirée de la liste en mai, ses ventes ont repris.",
     {("removal", PARTY)}),
])
def test_an_awaited_event_is_no_event(lang: str, text: str, expected: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # the listing as what would need grounds: argued, not done, whoever is named before it
    ("en", "Orla Senn, listed in 2021, said her dealings with Kestrel Robotics were too slight to justify being "
           "placed under sanctions."),
    ("en", "Orla Senn, listed in 2021, argued that she was never close enough to Kestrel Robotics to warrant "
           "being sanctioned."),
    ("fr", "Orla Senn, inscrite en 2021, estime que ses contrats avec Kestrel Robotics ne suffisent pas à "
           "justifier d'être sanctionnée."),
])
def test_grounds_argued_for_a_listing_are_no_act(lang: str, text: str) -> None:
    assert not any(e[1] == PARTY for e in _events(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    # a challenge against a measure, told with its day or month: no trial of a person
    ("en", "Kestrel Robotics filed a lawsuit against the designation on Monday."),
    ("en", "Kestrel Robotics lodged an appeal against the sanctions in February."),
])
def test_a_challenge_of_a_measure_told_with_its_day_is_no_trial(lang: str, text: str) -> None:
    assert ("legal_challenge", PARTY) in _events(text, lang)


def test_a_trial_of_a_named_person_is_still_none() -> None:
    assert not any(e[0] == "legal_challenge" for e in _events(
        "The trial of former minister Orla Senn opened in Ankor, months after Kestrel Robotics was listed.", "en"))


@pytest.mark.parametrize("text", [
    # a suit against a state's authority told by the state's possessive: no trial of the state
    "Kestrel Robotics has launched legal action against Norway's minister for trade over its listing.",
    "Kestrel Robotics filed a lawsuit against Canada's foreign ministry over the sanctions.",
    "Kestrel Robotics lodged an appeal against Iceland’s home affairs minister over the sanctions.",
    "Kestrel Robotics filed a complaint against Japan's economy ministry in May over its designation.",
    "Kestrel Robotics brought an action against Chile's trade department to be taken off the sanctions list.",
])
def test_a_suit_against_a_states_authority_told_by_its_possessive_is_a_challenge(text: str) -> None:
    assert ("legal_challenge", PARTY) in _events(text, "en")


def test_a_suit_against_a_persons_relative_is_still_none() -> None:
    assert not any(e[0] == "legal_challenge" for e in _events(
        "The lawsuit against Orla Senn's brother opened in Ankor, months after Kestrel Robotics was listed.", "en"))


@pytest.mark.parametrize(("lang", "text"), [
    # a case told by its noun with its bringer's possessive exists, whatever the clause denies
    ("en", "Kestrel Robotics did not dispute the listing itself in its lawsuit, only the date it took effect."),
    ("fr", "Kestrel Robotics ne conteste pas son inscription elle-même dans son recours, mais sa date d'effet."),
])
def test_a_case_with_its_bringers_possessive_survives_a_negation(lang: str, text: str) -> None:
    assert ("legal_challenge", PARTY) in _events(text, lang)


def test_an_annulment_sought_through_faire_is_no_vacatur() -> None:
    text = "Kestrel Robotics a échoué mardi dans sa tentative de faire annuler son inscription sur la liste."
    assert ("vacatur", PARTY) not in _events(text, "fr")
