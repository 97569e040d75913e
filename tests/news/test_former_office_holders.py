"""A title before a name marks an official who acts or speaks, no designee ("Treasury
Secretary X announced"). A title told as held before ("former President X", "ex-minister
X", « l'ex-ministre des Mines X », « l'ancienne sénatrice X ») is a past office:
the person acts in no capacity there and is found as any person, so an act on them is
theirs. Near misses: a former official who speaks is still a speaker, a present title
still marks an official, and "former" before another name with a comma between is not the
next name's."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

_EN = "The step was set out by the government in a note sent to the press late in the evening. "
_FR = "La mesure a été exposée par le gouvernement dans une note envoyée à la presse en soirée. "


def _events(text: str, lang: str) -> set[tuple[str, str]]:
    lead = _EN if lang == "en" else _FR
    r = extract_article(lead + text, published="2024-03-05", language=lang)
    return {(e["type"], e["entity"]) for e in r["events"]}


@pytest.mark.parametrize(("text", "lang", "events"), [
    # coordinated with the act's object, the subject of a passive, of a verb of state
    ("Washington hit Orvex Trading and former ambassador Ilona Varga with sanctions on Friday.", "en",
     {("designation", "Orvex Trading"), ("designation", "Ilona Varga")}),
    ("Orvex Trading and former Senator Piet Bakker were added to the list on Friday.", "en",
     {("designation", "Orvex Trading"), ("designation", "Piet Bakker")}),
    ("L'ancien ministre des Mines Bernard Dorval figure désormais sur la liste des sanctions.", "fr",
     {("designation", "Bernard Dorval")}),
    ("Joseph Lamarre et l'ancien sénateur Yves Latour ont tous deux été sanctionnés par le Canada "
     "en novembre.", "fr",
     {("designation", "Joseph Lamarre"), ("designation", "Yves Latour")}),
])
def test_a_former_office_holder_is_a_person(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events


@pytest.mark.parametrize(("text", "lang", "events"), [
    # a former official who speaks, a present title, and "former" before another name
    ("Former Treasury Secretary Jane Holt said the Treasury sanctioned Orvex Trading on Monday.", "en",
     {("designation", "Orvex Trading")}),
    ("Treasury Secretary Jane Holt sanctioned Orvex Trading on Monday.", "en",
     {("designation", "Orvex Trading")}),
    ("L'ancien ministre Paul Roux, puis le ministre des Finances Marc Vidal ont sanctionné Orvex "
     "Trading lundi.", "fr",
     {("designation", "Orvex Trading")}),
])
def test_a_title_held_now_or_a_speaker_is_no_party(text: str, lang: str, events: set[tuple[str, str]]) -> None:
    assert _events(text, lang) == events
