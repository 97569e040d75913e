"""The roles that make a name no party of the act its sentence tells (``roles``): who
tells the act, the era a leader names, the alias of a party named just before; and the
names that are part of an office's or an outlet's name (``nonparty_names``). Sentences of
our own, in both languages."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.roles import speaker


def _events(text: str, published: str = "2024-05-10") -> set[tuple[str, str]]:
    return {(e["type"], e["entity"]) for e in extract_article(text, published=published)["events"]}


def _names(text: str) -> set[str]:
    return {n for _t, n in _events(text)}


@pytest.mark.parametrize(("text", "teller"), [
    # the teller as the subject of a verb of saying, the act in what is said
    ("Trade Minister Karel Vodnik has announced Norland will freeze the assets of a shipping firm "
     "and of two banks.", "Karel Vodnik"),
    # told after the act, with its title
    ("The designees include Orvex Trading and Piotr Valenko, Foreign Secretary Anna Kell said on Friday.",
     "Anna Kell"),
    # « que » after the verb, and a cleft sentence
    ("« La ministre Kell a annoncé que la Norlande avait gelé les avoirs de Piotr Valenko. »", "Kell"),
    ("C'est le secrétaire d'État Jan Rook qui a annoncé la mesure : la Norlande a sanctionné Orvex Trading.",
     "Jan Rook"),
    ("It was Deputy Minister Jan Rook who announced the freeze on the assets of Orvex Trading.", "Jan Rook"),
])
def test_who_tells_the_act_is_no_party(text: str, teller: str) -> None:
    assert not any(teller in n for n in _names(text))
    start = text.index(teller)
    assert speaker(text, start, start + len(teller))


@pytest.mark.parametrize("text", [
    # what the speaker tells of itself keeps it a party
    "Piotr Valenko said he would challenge his listing before the court.",
    "Piotr Valenko a indiqué qu'il contesterait son inscription devant le tribunal.",
    "Piotr Valenko said on Monday that the ministry had frozen his assets.",
    # what is said in a lawsuit is the case of the one who says it
    "Olga Varne and Piotr Valenko said in a complaint filed on Monday that the ministry had erred.",
])
def test_a_speaker_telling_its_own_case_stays_a_party(text: str) -> None:
    start = text.index("Piotr Valenko")
    assert not speaker(text, start, start + len("Piotr Valenko"))


@pytest.mark.parametrize(("text", "first", "alias"), [
    ("The Treasury designated Piotr Valenko, alias El Zorro, on 3 May 2024.", "Piotr Valenko", "Zorro"),
    ("The Treasury designated Piotr Valenko (also known as Gato Negro) on 3 May 2024.", "Piotr Valenko", "Gato"),
    ("Le Trésor a sanctionné Piotr Valenko, dit Le Renard, le 3 mai 2024.", "Piotr Valenko", "Renard"),
    # the act told of the alias (its relative clause) is the first name's
    ("La police a arrêté Ramon Quiroga, alias El Tigre, qui avait été désigné par le Trésor en 2019.",
     "Ramon Quiroga", "Tigre"),
])
def test_an_alias_is_the_party_named_before_it(text: str, first: str, alias: str) -> None:
    names = _names(text)
    assert first in names
    assert not any(alias in n for n in names)


@pytest.mark.parametrize(("text", "leader"), [
    ("The Treasury designated Orvex Trading on 3 May 2024, ending a waiver granted under President Hal Morrow.",
     "Hal Morrow"),
    ("Après la sortie de l'accord conclu sous Hal Morrow, le Trésor a sanctionné Orvex Trading le 3 mai 2024.",
     "Hal Morrow"),
])
def test_a_leader_dating_an_era_is_no_party(text: str, leader: str) -> None:
    names = _names(text)
    assert "Orvex Trading" in names
    assert leader not in names


@pytest.mark.parametrize(("text", "fragment"), [
    # an office's portfolio before the title
    ("The Council lifted the freeze on the former Energy and Mines Minister Karel Vodnik on 3 May 2024.",
     "Energy"),
    # an outlet's name cut before its last word, and a site's name as a dateline
    ("Orvex Trading sued the ministry over its listing, the Norland Morning Herald reported on 3 May 2024.",
     "Norland"),
    ("Levée des sanctions\nVeldnews - Washington a annulé mardi les mesures prises contre le groupe Orvex "
     "Trading, selon un communiqué.", "Veldnews"),
])
def test_a_part_of_an_office_or_an_outlet_is_no_party(text: str, fragment: str) -> None:
    assert not any(fragment in n for n in _names(text))
