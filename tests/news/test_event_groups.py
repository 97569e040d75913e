"""Counted groups: parties counted in one sentence and named in another get one event
each, for every action that counted them."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _pairs(text: str, published: str | None = None) -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in extract_article(text, published=published)["events"]}


NAMES = ("Kestrel Maritime Inc", "Halden Tankers Ltd", "Brisa Navigation SA")


def test_colon_list_gives_each_party_its_event() -> None:
    text = ("Commerce adds three firms\n\nThe Commerce Department on Thursday added three companies to the "
            "Entity List: Kestrel Maritime Inc., Halden Tankers Ltd and Brisa Navigation SA.")
    assert {("designation", n) for n in NAMES} <= _pairs(text, "2024-05-10")


def test_names_given_later_go_to_every_action_that_counted_them() -> None:
    # designated 3 companies; a licence for "the following persons", named in bullets
    text = ("On November 16, 2023, OFAC designated 3 Panama-based companies for carrying oil above the "
            "price cap. The 3 companies were designated pursuant to Executive Order 14024.\n"
            "On the same day, OFAC issued General License 80 to authorize limited transactions involving "
            "the following blocked persons:\n"
            "• Kestrel Maritime Inc.;\n• Halden Tankers Ltd; or\n• Brisa Navigation SA.\n")
    got = _pairs(text)
    assert {("designation", n) for n in NAMES} <= got
    assert {("license", n) for n in NAMES} <= got


def test_a_group_of_another_size_is_not_named_by_the_list() -> None:
    text = ("On November 16, 2023, OFAC designated 5 Panama-based companies for carrying oil above the "
            "price cap.\nOn the same day, OFAC issued General License 80 to authorize limited transactions "
            "involving the following blocked persons:\n"
            "• Kestrel Maritime Inc.;\n• Halden Tankers Ltd; or\n• Brisa Navigation SA.\n")
    got = _pairs(text)
    assert {("license", n) for n in NAMES} <= got
    assert not {("designation", n) for n in NAMES} & got


def test_french_counted_group_named_after() -> None:
    text = ("Le Trésor américain a sanctionné jeudi trois sociétés. Il s'agit de Kestrel Maritime Inc, "
            "Halden Tankers Ltd et Brisa Navigation SA.")
    assert {("designation", n) for n in NAMES} <= _pairs(text, "2024-05-10")


# one named party after a sentence that opens on the counted group: the act is told in the
# sentence before ("added 11 companies ... Among them is X")
ONE_NAMED_OF_GROUP = [
    ("en", "The Commerce Department added 11 Chinese companies to the Entity List on Friday. "
           "Among them is Korvex Construction Company."),
    ("en", "The Commerce Department added 11 Chinese companies to the Entity List on Friday. "
           "Among them: Korvex Construction Company."),
    ("fr", "Le département du Commerce a ajouté vendredi 11 entreprises chinoises à la liste noire. "
           "Parmi elles : Korvex Construction Company."),
    ("fr", "Le Pentagone a ajouté vendredi 11 entreprises chinoises à sa liste. "
           "Parmi ces sociétés figure le géant de la construction Korvex Construction Company."),
    # the defence department's determination is the listing of a Chinese military company
    ("en", "The Pentagon determined on Friday that 11 more Chinese companies are owned or controlled "
           "by the People's Liberation Army. Among them is the builder Korvex Construction Company."),
    ("fr", "Le Pentagone a conclu que 11 entreprises chinoises supplémentaires étaient détenues ou "
           "contrôlées par l'armée chinoise, a annoncé vendredi le ministère. Parmi ces sociétés "
           "figurent le géant Korvex Construction Company."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_NAMED_OF_GROUP)
def test_one_party_named_after_its_counted_group_gets_the_act(lang: str, text: str) -> None:
    got = [(e["type"], e["entity"], e["date"])
           for e in extract_article(text, published="2020-08-28", language=lang)["events"]]
    assert got == [("designation", "Korvex Construction Company", "2020-08-28")]


# near misses: no act told before the group, or a finding that is no authority's
ONE_NAMED_NO_ACT = [
    ("en", "Eleven Chinese companies exhibited at the fair on Friday. Among them is Korvex Construction Company."),
    ("en", "Analysts say the companies are owned or controlled by the Chinese military. "
           "Among them is Korvex Construction Company."),
    ("fr", "Une enquête a conclu que 11 entreprises étaient détenues par l'armée. "
           "Parmi ces sociétés figurent Korvex Construction Company."),
    ("fr", "Onze entreprises chinoises ont exposé au salon vendredi. Parmi elles : Korvex Construction Company."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_NAMED_NO_ACT)
def test_one_party_named_after_a_group_with_no_act_gives_nothing(lang: str, text: str) -> None:
    assert extract_article(text, published="2020-08-28", language=lang)["events"] == []


def test_one_named_party_takes_the_nearest_counted_act_and_its_status() -> None:
    text = ("The Commerce Department added 11 Chinese companies to the Entity List on Friday. "
            "Last year it removed 3 firms from the list. Among them is Korvex Construction Company.")
    got = [(e["type"], e["entity"], e["date"]) for e in extract_article(text, published="2020-08-28")["events"]]
    assert got == [("removal", "Korvex Construction Company", "2019")]
    planned = ("The Commerce Department plans to add 11 Chinese companies to the Entity List. "
               "Among them is Korvex Construction Company.")
    got2 = [(e["type"], e["entity"], e["status"]) for e in extract_article(planned, published="2020-08-28")["events"]]
    assert got2 == [("designation", "Korvex Construction Company", "announced")]


@pytest.mark.parametrize(("lang", "text", "want"), [
    # one party of a counted group named after an inclusion word and its title
    ("fr", "Les ministres ont ajouté lundi 15 noms à la liste des sanctions. Onze personnes sont ajoutées, "
     "parmi lesquelles le chef de la police, Mahmoud Darvani.", {"Mahmoud Darvani"}),
    # a name inside a description after "including" is no party of the group
    ("en", "The Commerce Department on Friday removed nine entities from the Entity List. Some lawmakers "
     "have urged the administration to add more groups, including the owner of video app Zintok, to the "
     "blacklist.", set()),
])
def test_one_party_named_after_an_inclusion_word(lang: str, text: str, want: set[str]) -> None:
    events = extract_article(text, published="2022-10-17", language=lang)["events"]
    assert {e["entity"] for e in events} == want


def test_a_group_told_before_its_names_takes_them() -> None:
    text = ("A few Ardanians were removed from a US blacklist on Friday. The individuals were all designated "
            "in September 2020 for alleged links to a missile programme. The delisted individuals included "
            "Behrad Solvani, a citizen based in Dubai; and Kamran Tavelli.")
    events = extract_article(text, published="2021-06-18", language="en")["events"]
    got = {(e["type"], e["entity"], e["date"]) for e in events if e["type"] == "designation"}
    assert got == {("designation", "Behrad Solvani", "2020-09"), ("designation", "Kamran Tavelli", "2020-09")}


def test_a_number_of_oligarchs_is_a_group_a_later_sentence_names() -> None:
    text = ("London, 11 March 2022: The United Kingdom has announced sanctions against 7 oligarchs from "
            "Ardania. These include Roman Varkin and Oleg Darin as well.")
    events = extract_article(text, published="2022-03-11", language="en")["events"]
    assert {e["entity"] for e in events if e["type"] == "designation"} == {"Roman Varkin", "Oleg Darin"}


def test_counted_parties_identified_a_few_sentences_later() -> None:
    text = ("The Security Council voted on Thursday to impose sanctions against eight individuals and groups. "
            "The resolution urges more cooperation. The envoy called it an important step. "
            "She said the threat was far from over. There will be more designations to come, she said. "
            "The resolution does not give their nationalities. "
            "The US mission identified the two Westerners as Karim Dalvani and Omar Sethi.")
    events = extract_article(text, published="2018-09-21", language="en")["events"]
    assert {e["entity"] for e in events if e["type"] == "designation"} == {"Karim Dalvani", "Omar Sethi"}
