"""Kinds of party errors seen on real text, each in sentences of our own: names ending in
an institutional head or a place after the brand, place words, sentence-opening adverbs,
a second person in apposition, an acronym inside a committee's name, and an owner or a
relative named beside the party."""

from __future__ import annotations

import pytest

from listwatch.news.extract import extract_article


def _read(text: str, lang: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    out = extract_article(text, published="2025-02-10", language=lang)
    return [m["name"] for m in out["mentions"]], [(e["type"], e["entity"]) for e in out["events"]]


def _parties(text: str, lang: str = "en") -> set[str | None]:
    return {p for _t, p in _read(text, lang)[1]}


@pytest.mark.parametrize(("text", "lang", "names"), [
    # a legal or institutional head ends the name
    ("Les additions comprennent Tarsk Optical Institute, Vema Photonics Institut et Orlan "
     "Materials Academy.", "fr", {"Tarsk Optical Institute", "Orlan Materials Academy"}),
    ("The new entries include Kestrel Applied Physics Institute and Mirano Systems Academy.",
     "en", {"Kestrel Applied Physics Institute", "Mirano Systems Academy"}),
    ("Washington designated Blue Dune Marine General Trading LLC for shipping oil.", "en",
     {"Blue Dune Marine General Trading LLC"}),
    # a place after the brand
    ("Treasury also sanctioned Velora Design Shenzhen and Quanta Trading Dubai on Tuesday.", "en",
     {"Velora Design Shenzhen"}),
])
def test_names_with_an_institutional_head_or_a_place_last(text: str, lang: str, names: set[str]) -> None:
    found, _events = _read(text, lang)
    assert names <= set(found)


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("The Treasury sanctioned a Saudi Arabia-based broker, Dunmore Capital, on Monday.", "en", "Dunmore Capital"),
    ("OFAC designated a South Korea-based shipper, Pallas Tankers, on Monday.", "en", "Pallas Tankers"),
    ("The Treasury designated Corvel Logistics, which ships goods across Central Asia and the "
     "Middle East, on Monday.", "en", "Corvel Logistics"),
    ("L'UE a sanctionné lundi la société Stravik, présente en Asie centrale et au Proche-Orient.", "fr",
     "Stravik"),
])
def test_place_words_are_no_parties(text: str, lang: str, party: str) -> None:
    names, events = _read(text, lang)
    assert {p for _t, p in events} == {party}
    assert not any(n.endswith("-based") or "Asia" in n or "East" in n or "Asie" in n for n in names)


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("Ensuite, la société Parvex a été sanctionnée lundi.", "fr", "Parvex"),
    ("Parallèlement, Bruxelles a sanctionné la société Tolmar lundi.", "fr", "Tolmar"),
    ("Déjà, le Trésor a sanctionné la société Ubrix le 3 février.", "fr", "Ubrix"),
    ("Furthermore, the Treasury designated Hollis Maritime on Monday.", "en", "Hollis Maritime"),
    ("Subsequently, OFAC designated Arvo Freight on Monday.", "en", "Arvo Freight"),
    ("Dorénavant, la société Kelvo figure sur la liste de l'UE depuis lundi.", "fr", "Kelvo"),
    ("Jusque-là, Bruxelles n'avait pas sanctionné Ostrel. L'UE a sanctionné Ostrel lundi.", "fr", "Ostrel"),
])
def test_a_sentence_opening_adverb_is_no_name(text: str, lang: str, party: str) -> None:
    assert _parties(text, lang) == {party}


def test_an_opening_word_that_recurs_as_a_name_stays_one() -> None:
    text = "Quantly, a broker, was designated on Monday, the Treasury said of the company Quantly."
    assert _parties(text) == {"Quantly"}


@pytest.mark.parametrize(("text", "lang", "parties"), [
    ("Omar Haddad and his business partner Samir Nassar, a Lebanese banker, were designated on Monday.",
     "en", {"Omar Haddad", "Samir Nassar"}),
    ("Omar Haddad and his wife Rana Haddad-Aoun, an accountant, were sanctioned on Monday.",
     "en", {"Omar Haddad", "Rana Haddad-Aoun"}),
    ("Omar Haddad et son associé Samir Nassar, un banquier, ont été sanctionnés lundi.",
     "fr", {"Omar Haddad", "Samir Nassar"}),
    # relatives sharing a surname
    ("OFAC designated Omar Haddad and his brother Karim Haddad, a shipping executive, on Monday.",
     "en", {"Omar Haddad", "Karim Haddad"}),
    ("Omar Haddad and his son Karim Haddad were designated on Monday.", "en", {"Omar Haddad", "Karim Haddad"}),
    ("Omar Haddad et son fils Karim Haddad ont été sanctionnés lundi.", "fr", {"Omar Haddad", "Karim Haddad"}),
])
def test_a_second_person_in_apposition_keeps_the_event(text: str, lang: str, parties: set[str]) -> None:
    assert _parties(text, lang) == parties


def test_an_acronym_inside_a_committees_name_is_no_party() -> None:
    text = ("TALIBAN (Emirate) and Haqqani Sanctions Committee removes two entries from its list\n\n"
            "The Committee removed Nasrat Relief Fund from its list on Monday.")
    names, events = _read(text, "en")
    assert "TALIBAN" not in names
    assert {p for _t, p in events} == {"Nasrat Relief Fund"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Trésor a sanctionné lundi la société de l'homme d'affaires Pavel Orlik.", "fr"),
    ("L'UE a inscrit lundi l'entreprise de l'oligarque Pavel Orlik sur sa liste.", "fr"),
    ("The Treasury designated the firm of tycoon Pavel Orlik on Monday.", "en"),
])
def test_the_owner_of_the_designated_company_is_no_party(text: str, lang: str) -> None:
    assert "Pavel Orlik" not in _parties(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Irina Vale, the former wife of Pavel Orlik, was designated on Monday.", "en"),
    ("The EU sanctioned Irina Vale, the ex-wife of businessman Pavel Orlik, on Monday.", "en"),
    ("Irina Vale, l'ex-épouse de Pavel Orlik, a été sanctionnée lundi par l'UE.", "fr"),
])
def test_the_head_of_a_relative_apposition_takes_the_event(text: str, lang: str) -> None:
    assert _parties(text, lang) == {"Irina Vale"}


def test_a_dotted_legal_form_ends_the_name_and_keeps_the_next_party() -> None:
    text = "The Treasury sanctioned Coral Bay General Trading L.L.C. and Dune Star Trading FZE on Monday."
    assert _parties(text) == {"Coral Bay General Trading L.L.C", "Dune Star Trading FZE"}


@pytest.mark.parametrize(("text", "lang", "party"), [
    ("OFAC designated Marlow Freight, which works in Southeast Asia, Latin America and North "
     "Africa, on Monday.", "en", "Marlow Freight"),
    ("L'UE a sanctionné lundi Marlow Fret, active en Asie du Sud-Est et en Amérique latine.", "fr",
     "Marlow Fret"),
    ("The Treasury designated Marlow Freight, a carrier in the Black Sea and the Red Sea, on Monday.",
     "en", "Marlow Freight"),
])
def test_compound_regions_are_places(text: str, lang: str, party: str) -> None:
    names, events = _read(text, lang)
    assert {p for _t, p in events} == {party}
    assert names == [party]


def test_an_owner_with_a_nationality_is_no_party() -> None:
    text = "OFAC designated the company of Serbian businessman Pavel Orlik, Drava Trade, on Monday."
    assert _parties(text) == {"Drava Trade"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The EU sanctioned the daughter of Pavel Orlik, Irina Vale, on Monday.", "en"),
    ("L'UE a sanctionné lundi l'épouse de Pavel Orlik, Irina Vale.", "fr"),
])
def test_a_person_named_after_the_relation_takes_the_event(text: str, lang: str) -> None:
    assert _parties(text, lang) == {"Irina Vale"}
