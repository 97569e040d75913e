"""An earlier act told in passing of a pair named before by a word that stands for them
("both men", "the pair", "the two tycoons", « tous deux », « les deux milliardaires »): each
of the two people named in the nearest sentence that names them, or that names one of them
after a sentence naming both. Near misses: a state, a plan, a pair word after three people
named."""

from __future__ import annotations

from listwatch.news import extract_article

EN_LEAD = ("A Luxembourg court on Tuesday annulled the listing of Ivo Marek and Dana Soltys, two shipping "
           "magnates. Marek told a radio station that he felt vindicated. ")
FR_LEAD = ("La justice européenne a annulé mardi l'inscription de Ivo Marek et de Dana Soltys, deux armateurs. "
           "Marek a déclaré à une radio qu'il se sentait soulagé. ")


def _events(text: str, lang: str, typ: str = "designation") -> set[str]:
    r = extract_article(text, published="2024-06-12", language=lang)
    return {e["entity"] for e in r["events"] if e["type"] == typ}


def test_both_men_as_the_owners_of_frozen_funds() -> None:
    got = _events(EN_LEAD + "The funds of both men were frozen in March 2021 by the Council.", "en")
    assert {"Ivo Marek", "Dana Soltys"} <= got


def test_the_pair_as_the_object_of_a_reimposed_measure() -> None:
    got = _events(EN_LEAD + "A later decision re-imposed restrictive measures on the pair in 2023.", "en")
    assert {"Ivo Marek", "Dana Soltys"} <= got


def test_the_two_tycoons_as_the_object_of_a_past_act() -> None:
    got = _events(EN_LEAD + "Brussels had imposed sanctions on the two tycoons in 2021.", "en")
    assert {"Ivo Marek", "Dana Soltys"} <= got


def test_tous_deux_as_the_subject_of_a_past_listing() -> None:
    got = _events(FR_LEAD + "Tous deux avaient été inscrits sur la liste européenne en 2021.", "fr")
    assert {"Ivo Marek", "Dana Soltys"} <= got


def test_le_duo_as_the_object_of_a_past_act() -> None:
    got = _events(FR_LEAD + "Le Conseil avait sanctionné le duo en 2021.", "fr")
    assert {"Ivo Marek", "Dana Soltys"} <= got


def test_the_duo_as_the_owners_of_frozen_assets() -> None:
    got = _events(EN_LEAD + "The Council had frozen the assets of the duo in 2021.", "en")
    assert {"Ivo Marek", "Dana Soltys"} <= got


def test_both_businessmen_as_the_subject() -> None:
    got = _events(EN_LEAD + "Both businessmen were designated by the Council in 2021.", "en")
    assert {"Ivo Marek", "Dana Soltys"} <= got


def test_les_deux_milliardaires_as_the_object() -> None:
    got = _events(FR_LEAD + "Le Conseil avait sanctionné les deux milliardaires en mars 2021.", "fr")
    assert {"Ivo Marek", "Dana Soltys"} <= got


def test_a_state_of_the_pair_is_no_act() -> None:
    got = _events(EN_LEAD + "Both men remain on the British list.", "en")
    assert got == set()


def test_a_plan_for_the_pair_is_no_act() -> None:
    got = _events(EN_LEAD + "The Council could impose new sanctions on the pair next year.", "en")
    assert got == set()


def test_a_pair_word_after_three_people_takes_none() -> None:
    # near miss: three people named, "both men" cannot tell which two
    text = ("A court on Tuesday annulled the listing of Ivo Marek, Dana Soltys and Piet Varga. "
            "The funds of both men were frozen in March 2021.")
    got = _events(text, "en")
    assert got == set()
