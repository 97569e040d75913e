"""People the person finder dropped or never read: a party who speaks of her own case
(named elsewhere as no speaker), and a person named by a courtesy title and the surname
alone ("M. Korlov", "Mme Dubrova", "Mr Korlov", "MM. Korlov et Vassine"). Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions
from listwatch.news.persons import find_persons


def _names(text: str, lang: str) -> set[str]:
    return {m.name for m in find_mentions(text, lang, None)[0]}


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in extract_article(text, published="2024-05-10", language=lang)["events"]}


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("The delistings followed a suit in which Marina Petrova and Oleg Sudakov challenged their "
     "designations. Marina Petrova, a former bank director, said she had left her post in March.", "en",
     "Marina Petrova"),
    ("Les ressortissants Irina Galkina et Pavel Orlov ont saisi le tribunal de Washington. Irina "
     "Galkina a déclaré qu'elle avait quitté la banque en avril.", "fr", "Irina Galkina"),
])
def test_a_party_who_speaks_of_her_case_is_still_a_person(text: str, lang: str, name: str) -> None:
    assert name in _names(text, lang)


def test_a_speaker_named_only_as_one_is_no_party() -> None:
    text = ("The Treasury sanctioned Orvex Trading on Monday. Karel Vodnik, an analyst, said the move "
            "had been expected. Karel Vodnik added that more would follow.")
    assert "Karel Vodnik" not in {m.name for m in find_persons(text, "en", ())}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Le 3 mai, les juges de Luxembourg ont annulé les sanctions visant M. Korlov.", "fr",
     {("vacatur", "Korlov")}),
    ("Le Tribunal a annulé le 3 mai l'inscription de MM. Korlov et Vassine.", "fr",
     {("vacatur", "Korlov"), ("vacatur", "Vassine")}),
    ("The Treasury removed Ms. Dubrova and Mr. Korlov from its list on Friday.", "en",
     {("removal", "Dubrova"), ("removal", "Korlov")}),
    ("Le Conseil a retiré Mme Dubrova de la liste le 2 mai.", "fr", {("removal", "Dubrova")}),
])
def test_a_person_named_by_a_courtesy_title_and_the_surname(text: str, lang: str,
                                                            expected: set[tuple[str, str]]) -> None:
    assert expected <= _events(text, lang)


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("M. Marchal a déclaré que la France soutenait ces sanctions.", "fr", "Marchal"),  # a speaker
    ("Selon M. Arnoult, la décision du Conseil reste fragile.", "fr", "Arnoult"),  # a source
    ("Mr Justice Harlow dismissed the claim on Tuesday.", "en", "Justice"),  # a title, no surname
])
def test_a_courtesy_title_before_an_official_or_a_title_names_no_party(text: str, lang: str, name: str) -> None:
    assert not any(name in n for n in _names(text, lang))


def test_a_courtesy_surname_of_a_person_named_in_full_is_that_person() -> None:
    text = "The Treasury sanctioned Pavel Korlov in May. Mr Korlov has denied any wrongdoing."
    assert "Korlov" not in _names(text, "en")
