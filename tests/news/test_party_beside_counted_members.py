"""Names that qualify a counted group of people without being its party: the body whose
counted members are the parties ("three senior figures in the feared Velmar smuggling
cartel", "trois membres du redouté cartel Velmar", "three past Velmar Cabinet ministers,
A, B and C"), a count and a country's people opening a sentence ("Four Norwegian traders").
Each with its near miss, where the same name is a party."""

from __future__ import annotations

from listwatch.news import extract_article


def _parties(text: str, lang: str = "en") -> set[tuple[str, str]]:
    r = extract_article(text, published="2024-05-10", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


def test_a_body_whose_counted_members_are_listed_is_no_party() -> None:
    text = ("The Treasury on Tuesday added three senior figures in the feared Velmar smuggling cartel to its "
            "list. Police say the Velmar cartel runs the eastern ports.")
    assert _parties(text) == set()


def test_a_body_whose_counted_members_are_listed_is_no_party_in_french() -> None:
    text = ("Le Trésor a sanctionné mardi trois membres du redouté cartel Velmar. Selon la police, le cartel "
            "Velmar contrôle les ports de l'est.")
    assert _parties(text, "fr") == set()


def test_the_body_named_beside_its_members_is_a_party() -> None:
    text = ("The Treasury on Tuesday sanctioned the Velmar smuggling cartel and three of its senior figures. "
            "Police say the Velmar cartel runs the eastern ports.")
    assert _parties(text) == {("designation", "Velmar")}


def test_a_count_and_a_people_opening_a_sentence_is_no_name() -> None:
    text = "Four Norwegian traders were put under sanctions by the Treasury on Tuesday."
    assert _parties(text) == set()


def test_a_name_opening_with_a_count_word_is_still_a_name() -> None:
    text = "Seven Seas Shipping was put under sanctions by the Treasury on Tuesday."
    assert _parties(text) == {("designation", "Seven Seas Shipping")}


def test_the_body_before_a_counted_office_is_no_party_and_the_holders_are() -> None:
    text = "Britain on Friday froze the assets of three past Velmar Cabinet ministers, Ivo Darkov, Lena Orsk and Pavel Rusk."
    assert _parties(text) == {("designation", "Ivo Darkov"), ("designation", "Lena Orsk"), ("designation", "Pavel Rusk")}


def test_a_body_named_beside_its_commanders_is_a_party() -> None:
    text = "The Treasury on Tuesday sanctioned the Velmar Front and two of its regional commanders."
    assert _parties(text) == {("designation", "Velmar Front")}


def test_a_french_law_firm_is_still_no_party() -> None:
    text = "Orvex Trading, représentée par le cabinet Kell & Veld, a déposé mardi un recours contre sa désignation."
    assert _parties(text, "fr") == {("legal_challenge", "Orvex Trading")}
