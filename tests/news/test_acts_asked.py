"""An act asked for, or wanted, is no act (``acts_asked``): a verb of asking governs the
act's infinitive however long the phrase naming whom it asks, and a verb of wanting governs
the act's participle. An act told after a request, an answer told in a clause of its own, a
court's order and the noun of a request keep their reading. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.acts_asked import asked_act
from listwatch.news.triggers import find_triggers


def _kinds(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-06-14")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


def _fires(text: str, lang: str, word: str) -> bool:
    trigs = [t for t in find_triggers(text, lang) if text[t.start : t.end].strip().startswith(word)]
    assert trigs, f"no trigger on {word!r}"
    return any(asked_act(text, t) for t in trigs)


@pytest.mark.parametrize("text", [
    # whom the request is addressed to, told at length with an apposition between commas
    "The two senators asked the Commerce Secretary, a former banker from Ohio and a critic of the "
    "programme, to add Varnel Shipping Ltd and Orbis Trade LLC to the Entity List.",
])
def test_an_english_request_with_a_long_addressee_gives_no_act(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] in ("designation", "removal")] == []


def test_an_english_request_with_an_aside_in_brackets_is_a_request() -> None:
    text = ("Norland Mining Corp. urged the licensing office of the finance ministry (its third letter since "
            "2021) to remove the company from the list.")
    assert _fires(text, "en", "remove")


@pytest.mark.parametrize("text", [
    # « ci-après » names the addressee, it opens no clause
    "Par une lettre envoyée en mars, les avocats de la société Orbis Trade ont prié le ministère de "
    "l'économie, ci-après le ministère, de retirer la société de la liste nationale.",
    "Trois associations exhortent depuis des mois le gouvernement, par des courriers et des pétitions, à "
    "sanctionner la société Orbis Trade et son directeur Paul Varnel.",
])
def test_a_french_request_with_a_long_addressee_gives_no_act(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] in ("designation", "removal")] == []


@pytest.mark.parametrize("text", [
    "Kyiv had long wanted the two Varnel Group tankers delisted, the ministry said in a statement.",
    "Ministers who want Orbis Trade removed from the register have written to the committee.",
])
def test_a_participle_wanted_is_no_removal(text: str) -> None:
    trig = next(t for t in find_triggers(text, "en") if t.event == "removal")
    assert asked_act(text, trig)
    assert [k for k in _kinds(text) if k[0] == "removal"] == []


@pytest.mark.parametrize(("text", "lang", "word"), [
    # the act told after the request: the request is told by its noun, the act by its verb
    ("At the request of the minister, the Council on Monday added Varnel Shipping Ltd to its sanctions list.", "en",
     "added"),
    # the one asked acted: the act's verb has no "to" before it
    ("The Council, asked by the ministers of three states, added Orbis Trade LLC to the list on Monday.",
     "en", "added"),
    # an answer in a clause of its own between the asking and the act
    ("Tarvos Holdings asked the Office, which then agreed to remove the company from the list.", "en", "remove"),
    # a court orders, it asks nothing
    ("Le tribunal a enjoint au ministère de radier la société Orbis Trade de la liste.", "fr", "radier"),
    # a request's noun with its infinitive: the noun's story is told elsewhere
    ("La demande de radier la société Orbis Trade de la liste a été acceptée lundi.", "fr", "radier"),
    # a participle not governed by wanting
    ("The minister said the twelve names were delisted on Monday.", "en", "delisted"),
])
def test_near_misses_keep_their_act(text: str, lang: str, word: str) -> None:
    assert not _fires(text, lang, word)


def test_an_act_told_after_a_request_still_gives_its_event() -> None:
    text = "At the request of the minister, the Council on Monday added Varnel Shipping Ltd to its sanctions list."
    assert ("designation", "Varnel Shipping Ltd") in _kinds(text)


@pytest.mark.parametrize("text", [
    # the present singular of « demander » (the plural was read, the singular not)
    "Un courrier signé par onze députés demande au Trésor d'inscrire la société Orbis Trade sur la liste SDN.",
    "Ce courrier, remis mardi au ministre après un vote du Sénat sur le budget, demande à Paul Varnel "
    "d'ajouter la société Orbis Trade à la liste.",
    # a clause in the subjunctive after a verb of asking or proposing, in both languages
    "Les députés exigent que le Trésor inscrive la société Orbis Trade sur la liste SDN.",
    "Le courrier demande que Orbis Trade, Varnel Shipping et Tarvos Holdings soient ajoutées à la liste.",
    "The senators asked that the Treasury designate Varnel Shipping Ltd without delay.",
    "Three lawmakers urged that Orbis Trade LLC be added to the Entity List.",
    "The committee's letter recommends that the Office add Tarvos Holdings to the SDN list.",
])
def test_a_request_in_the_present_or_a_that_clause_gives_no_act(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] in ("designation", "removal")] == []


@pytest.mark.parametrize("text", [
    # the request told before a comma, the act in the main clause
    "Once the senators asked that it act, the Treasury designated Varnel Shipping Ltd on Monday.",
    # a verb of saying before « que »: the act is reported, not asked
    "Le ministre a indiqué que le Conseil a inscrit la société Orbis Trade sur la liste.",
])
def test_an_act_beside_a_that_clause_of_another_verb_keeps_its_event(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "designation"] != []


@pytest.mark.parametrize(("text", "lang", "word"), [
    # a second infinitive whose "to" the first one stands for
    ("The shipper urged the U.S. ministry to review its file and remove Varnel Shipping Ltd from the list.",
     "en", "remove"),
    ("La société a appelé le ministère à revoir son dossier et retirer le groupe Orbis de la liste.", "fr", "retirer"),
    # the act in a clause that the verb of asking governs through "that"
    ("The company demanded that the ministry remove Varnel Shipping Ltd from the list.", "en", "remove"),
    ("The firm asked that Varnel Shipping Ltd be removed from the list.", "en", "removed"),
    ("La société exige que le ministère retire le groupe Orbis de la liste.", "fr", "retire"),
])
def test_a_coordinated_or_subjunctive_act_asked_for_is_no_act(text: str, lang: str, word: str) -> None:
    assert _fires(text, lang, word)
    assert [k for k in _kinds(text) if k[0] == "removal"] == []


@pytest.mark.parametrize(("text", "lang", "word"), [
    # the one who asked acted itself, in a clause of its own
    ("The ministry reviewed the file and removed Varnel Shipping Ltd from the list.", "en", "removed"),
    ("The board said that the ministry removed Varnel Shipping Ltd from the list on Monday.", "en", "removed"),
])
def test_near_misses_of_the_coordinated_request_keep_their_act(text: str, lang: str, word: str) -> None:
    assert not _fires(text, lang, word)


@pytest.mark.parametrize(("text", "party"), [
    # who asked for the act, told by the request's noun after it: no party
    ("Le Conseil a inscrit la société Corvala Oil sur sa liste sur proposition du ministre Paul Varnel.",
     "Corvala Oil"),
    ("Le Conseil a inscrit la société Corvala Oil sur sa liste à l'initiative de la députée Jeanne Morel.",
     "Corvala Oil"),
    ("Le Conseil a inscrit la société Corvala Oil sur sa liste à la demande de Jeanne Morel.", "Corvala Oil"),
    # a place told before the party: the party stays
    ("Le Conseil a inscrit à la demande de l'Ukraine la société Corvala Oil sur sa liste.", "Corvala Oil"),
])
def test_who_asked_for_the_act_is_no_party(text: str, party: str) -> None:
    assert {e for t, e in _kinds(text) if t == "designation"} == {party}


# An act that is the content of a request, a proposal or a refusal is no act, however the
# request is told: its noun with whom it is of between it and the act, the act's noun
# counted among the things asked or proposed, a verb of refusing whose infinitive comes
# after an aside set off by commas, or the refusal told by its noun.
@pytest.mark.parametrize("text", [
    "The Treasury turned down the plea of the shipping magnate Pavel Orlik for lifting sanctions from him.",
    "The Treasury has received a petition from the shipowner Pavel Orlik for the lifting of sanctions on Norvik Shipping LLC.",
    "The ministry will send the shipowner Pavel Orlik a note explaining its refusal to lift the sanctions.",
    "“We decline, for the moment, to revoke the Blue Harbour Brigade’s designation,” the court ruled.",
    "The Treasury declined, at least for now, to remove Norvik Shipping LLC from its list.",
    "Among the proposals under discussion is the lifting of sanctions on the magnate Pavel Orlik.",
    "One of the most disputed demands was the removal of Norvik Shipping LLC from the list.",
])
def test_an_english_removal_asked_proposed_or_refused_is_none(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "removal"] == []


@pytest.mark.parametrize("text", [
    "Le ministère a reçu une requête de l'armateur Pavel Orlik pour la levée des sanctions le visant.",
    "Le Trésor a refusé, pour l'heure, de lever les sanctions visant la société Norvik Shipping.",
    "Le ministère enverra à l'armateur Pavel Orlik une note expliquant son refus de lever les sanctions.",
    "Parmi les propositions les plus discutées figure la levée des sanctions visant l'armateur Pavel Orlik.",
    "L'une des revendications est la levée des sanctions visant la société Norvik Shipping.",
])
def test_a_french_removal_asked_proposed_or_refused_is_none(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "removal"] == []


@pytest.mark.parametrize(("text", "party"), [
    # the request granted, then the act told in a clause of its own
    ("The request of Norvik Shipping LLC for the lifting of sanctions was granted, and the Treasury "
     "removed it from the list.", "Norvik Shipping LLC"),
    # the act's noun counted among acts done, not among proposals
    ("Among the measures taken on Monday was the lifting of sanctions on Norvik Shipping LLC.", "Norvik Shipping LLC"),
    # a refusal of another thing in a clause of its own after the act
    ("The Treasury lifted sanctions on Norvik Shipping LLC, and it declined to comment.", "Norvik Shipping LLC"),
    ("Parmi les mesures annoncées figure la levée des sanctions visant la société Norvik Shipping.", "Norvik Shipping"),
])
def test_a_removal_done_beside_a_request_keeps_its_event(text: str, party: str) -> None:
    assert ("removal", party) in _kinds(text)
