"""One table of the verbs of saying (``saying``) read by every reader of a speaker, a
source or an outlet; one reader of the outlet a report is credited to
(``nonparty_names.credited_outlet``). Sentences of our own, in both languages."""

from __future__ import annotations

import re

import pytest

from listwatch.news import extract_article
from listwatch.news.nonparty_names import credited_outlet
from listwatch.news.roles import no_party_role, speaker
from listwatch.news.saying import forms, said


def _names(text: str) -> set[str]:
    return {e["entity"] for e in extract_article(text, published="2024-05-10")["events"]}


def test_the_table_has_its_kinds_in_both_languages() -> None:
    for kind in ("say", "add", "tell", "react", "report"):
        assert forms((kind,), ("en",)) and forms((kind,), ("fr",))
    # the verb of listing is no verb of saying before a name
    assert "added" not in forms(("say",)) and "ajouté" in forms(("add",))
    assert re.fullmatch(said(), "avaient martelé") and re.fullmatch(said(("react",)), "s'est réjouie")


@pytest.mark.parametrize(("text", "teller"), [
    # verbs of saying the readers share now, before what is said
    ("Deputy Premier Ilse Marten insisted Norland would block the funds of Kelvar Shipping.", "Ilse Marten"),
    ("La ministre Paule Dervaux a martelé que la Norlande gèlerait les fonds de Kelvar Shipping.",
     "Paule Dervaux"),
    ("Trade Secretary Ilse Marten warned the ministry would freeze the accounts of Kelvar Shipping.", "Ilse Marten"),
])
def test_a_speaker_is_told_by_any_verb_of_the_table(text: str, teller: str) -> None:
    start = text.index(teller)
    assert speaker(text, start, start + len(teller))
    assert not any(teller in n for n in _names(text))


@pytest.mark.parametrize(("text", "outlet"), [
    # the outlet's noun after its name, before a verb of saying or reporting
    ("Norland froze the funds of Kelvar Shipping on Monday, the official Velmar radio reported.", "Velmar"),
    # a clause of its own crediting the report, in both languages
    ("As first revealed by Norvox, the ministry froze the funds of Kelvar Shipping.", "Norvox"),
    ("Comme l'avait rapporté Norvox, le ministère a gelé les fonds de Kelvar Shipping.", "Norvox"),
    # the name opening its sentence, reporting what follows
    ("Norvox reported on Monday that the ministry had frozen the funds of Kelvar Shipping.", "Norvox"),
])
def test_the_outlet_has_one_reader(text: str, outlet: str) -> None:
    start = text.index(outlet)
    assert credited_outlet(text, start, start + len(outlet))
    assert outlet not in _names(text)


def test_what_the_reporter_tells_of_itself_keeps_it() -> None:
    text = "Norvox Media reported on Monday that its accounts had been frozen by the ministry."
    start = text.index("Norvox Media")
    assert not credited_outlet(text, start, start + len("Norvox Media"))


@pytest.mark.parametrize(("text", "source"), [
    ("The Treasury sanctioned Kelvar Shipping on Monday, Orvex Trading confirmed.", "Orvex Trading"),
    ("Le ministère a gelé les fonds de Kelvar Shipping, Orvex Trading a confirmé.", "Orvex Trading"),
])
def test_the_source_closing_the_sentence_is_no_party(text: str, source: str) -> None:
    start = text.index(source)
    assert no_party_role(text, start, start + len(source), person=False) == "source"
    assert "Kelvar Shipping" in _names(text) and source not in _names(text)


# ---- the place beside the act (roles.beside_the_act): a name told there is no party


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a list named after a group, the name before the list's noun, coordinated or not
    ("Orvex Trading and Delta Nine were dropped from the Ansar Dawla blacklist on Monday.", "Ansar Dawla",
     "Orvex Trading"),
    ("Velmar lifts sanctions on Orvex Trading, removes it from Ansar Dawla, Hamza Front blacklist",
     "Hamza Front", "Orvex Trading"),
    # the authority's helper, the longer name cut by the finder
    ("Assisted by the Compliance Review Team, the panel delisted Orvex Trading on Monday.",
     "Review Team", "Orvex Trading"),
])
def test_a_name_beside_the_act_is_no_party(text: str, gone: str, kept: str) -> None:
    names = _names(text)
    assert kept in names and not any(gone in n for n in names)


@pytest.mark.parametrize(("text", "name", "role"), [
    # a list named after a group, the name after the list's noun (« contre », « visant »)
    ("Deux sociétés ont été radiées lundi de la liste noire visant Ansar Dawla et le Front Hamza.", "Front Hamza",
     "list"),
    ("Velmar a retiré Orvex Trading du régime de sanctions contre Ansar Dawla.", "Ansar Dawla", "list"),
    # the authority's helper or office
    ("Les sanctions ont été prises avec l'aide du Groupe de suivi Velmar Watch contre Orvex Trading.",
     "Velmar Watch", "helper"),
    ("No freeze has been notified so far to the Velmar Sanctions Office.", "Velmar Sanctions Office", "helper"),
    # the author of the act's text, named in its title
    ("The VSDC Decision imposes sanctions on Orvex Trading and Delta Nine.", "VSDC", "author"),
    ("Le décret du CNSD impose des sanctions à Orvex Trading.", "CNSD", "author"),
    # an event's victim or name, with the words that qualify it
    ("Velmar listed Piotr Valenko, a coder linked to the cyberattacks on Kestrel Bank in 2021.", "Kestrel Bank",
     "context"),
    ("Velmar a sanctionné des agents impliqués dans l'empoisonnement de l'opposant velmarien Jan Rook.", "Jan Rook",
     "context"),
    ("The Treasury sanctioned Orvex Trading over the Nightjar ransomware attack on hospitals.", "Nightjar",
     "context"),
    # the rest of an office's title, no name after it
    ("The applicant contests a listing made by the Minister for Home Affairs on 3 May 2024.", "Home Affairs",
     "office"),
])
def test_the_place_beside_the_act_is_read_in_both_languages(text: str, name: str, role: str) -> None:
    start = text.index(name)
    assert no_party_role(text, start, start + len(name), person=name == "Jan Rook") == role


@pytest.mark.parametrize(("text", "name"), [
    # a body that is itself listed, a party told as the act's object
    ("The Treasury sanctioned the Kestrel Monitoring Team on Monday.", "Kestrel Monitoring Team"),
    ("The Treasury, with the help of the Velmar police, designated Orvex Trading on Monday.", "Orvex Trading"),
    # a title followed by its holder's name: the holder is told, not the office
    ("The Minister for Home Affairs Jane Roe listed Orvex Trading.", "Orvex Trading"),
    # a party who also speaks
    ("Orvex Trading said it would challenge its listing by the Treasury.", "Orvex Trading"),
])
def test_a_party_told_as_such_keeps_its_place(text: str, name: str) -> None:
    start = text.index(name)
    assert no_party_role(text, start, start + len(name), person=False) is None


# ---- the rest of a division's name (nonparty_names): sector words joined to a name ending with one


@pytest.mark.parametrize(("text", "gone"), [
    ("Norland blacklisted Velmar Defense, Space & Security along with two shipyards on Monday.", "Space & Security"),
    ("Norland put Kestrel Land and Naval Systems on its export blacklist on Monday.", "Naval Systems"),
    ("La Norlande a sanctionné lundi Orvana Missiles and Fire Control ainsi que deux chantiers navals.",
     "Fire Control"),
])
def test_the_rest_of_a_division_is_no_party(text: str, gone: str) -> None:
    names = _names(text)
    assert names and gone not in names


@pytest.mark.parametrize("text", [
    "The EU sanctioned Alfa Bank and Credit Bank of Moscow on Monday.",
    "L'UE a sanctionné lundi Rosneft et Gazprom Neft.",
])
def test_two_companies_joined_stay_two(text: str) -> None:
    assert len(_names(text)) == 2
