"""An act aimed at or asked for is no act (``acts_asked``): the act's noun under a noun of a
way or an aim, with determiners, an attempt, a verb of becoming and a word or two in lower
case between ("the surest road to a sanctions removal", « ouvrir la voie à une levée »), the
act's noun made an aim ("made the delisting its priority", « a fait de la levée des
sanctions sa priorité »), a French verb of asking in the first or second person (« nous
exhortons ... à radier »), and a request whose addressees are cut by an ellipsis. An act told
done keeps its event. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.acts_asked import asked_act
from listwatch.news.triggers import find_triggers


def _kinds(text: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-06-14")["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


def _asked(text: str, lang: str, event: str) -> bool:
    trigs = [t for t in find_triggers(text, lang) if t.event == event]
    assert trigs, f"no {event} trigger"
    return any(asked_act(text, t) for t in trigs)


@pytest.mark.parametrize(("text", "lang"), [
    ("Lawyers for Tarvik Metals argue that the surest road to a sanctions removal for the smelter runs "
     "through a sale of the parent's stake.", "en"),
    ("For Orbis Trade, the only pathway towards an eventual delisting is a change of ownership.", "en"),
    ("Analysts see the new board as the first door to a full removal of Varnel Shipping from the list.", "en"),
    ("Pour la société Orbis Trade, la cession de ses parts ouvrirait la voie à une radiation de la liste.", "fr"),
    ("Le nouveau conseil d'administration est, pour Tarvik Metals, le chemin vers une levée des sanctions.", "fr"),
])
def test_the_act_under_a_noun_of_a_way_is_no_act(text: str, lang: str) -> None:
    event = "removal"
    assert _asked(text, lang, event)
    assert [k for k in _kinds(text) if k[0] == event] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("The new cabinet in Velmar made the lifting of the sanctions on Tarvik Bank its first priority.", "en"),
    ("Le gouvernement de Velmar a fait de la levée des sanctions contre la banque Tarvik une de ses "
     "priorités pour l'année.", "fr"),
])
def test_the_act_made_an_aim_is_no_act(text: str, lang: str) -> None:
    assert _asked(text, lang, "removal")
    assert [k for k in _kinds(text) if k[0] == "removal"] == []


@pytest.mark.parametrize("text", [
    "« Nous exhortons le Trésor à revoir sa position et à retirer Orbis Trade de sa liste », a écrit la société.",
    "« Nous appelons les autorités à radier sans délai la société Tarvik Metals », indique son avocat.",
    "« Je vous prie de retirer le nom de Paul Varnel de la liste », écrit-il au ministre.",
])
def test_a_french_request_in_the_first_person_is_no_act(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "removal"] == []


def test_a_request_cut_by_an_ellipsis_is_a_request() -> None:
    text = ("The committee has been asked by two of its members – Velmar and . . . Ostland – to add "
            "the Tarvik Brigade to the terror list.")
    assert _asked(text, "en", "designation")


@pytest.mark.parametrize("text", [
    # the act told done, the aim's noun elsewhere
    "On Monday the Treasury removed Tarvik Metals from its list, the road to which had been long.",
    # a request granted is an act
    "The request for delisting Orbis Trade was granted by the committee on 3 May.",
])
def test_an_act_told_done_keeps_its_event(text: str) -> None:
    assert [k for k in _kinds(text) if k[0] == "removal"] != []
