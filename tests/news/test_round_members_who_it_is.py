"""A party told first without its name, then named by a sentence of being of its own: "It
is X", "He is X", "This is X", "The pilot in question is X", "They are A and B", « C'est X
», « Ce sont A et B », « Ce pilote est X », « Il s'agit de X » after a court's act. The act
told just before on the unnamed party is the named one's, whatever its type: a court's
annulment, a suspension, a listing, a lifting. Near misses name no party: an act that named
its own party ("He is X" then tells who that party is), a name that does not follow the
verb at once ("It is the son of X"), an owner ("It is X's third case"), "the judge was X"
(no noun the act told its party by), an act three sentences back. Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.members import who_it_is

PUB = "2024-10-11"  # a Friday


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


CASES = [
    ("en", "Judges in Luxembourg on Wednesday struck down the asset freeze imposed on a Zemblan pilot. It is "
     "Tomas Ravik, who flew cargo for the state airline.", [("vacatur", "Tomas Ravik")]),
    ("en", "The EU General Court annulled the listing of a Zemblan pilot this week. He is Tomas Ravik, a "
     "cargo captain.", [("vacatur", "Tomas Ravik")]),
    ("en", "The EU General Court annulled the listing of a Zemblan pilot this week. The pilot in question "
     "is Tomas Ravik.", [("vacatur", "Tomas Ravik")]),
    ("en", "The EU court on Wednesday canceled sanctions against a Zemblan pilot, a first since the war. "
     "This is Tomas Ravik, who flew cargo.", [("vacatur", "Tomas Ravik")]),
    ("en", "The EU General Court annulled the listing of two Zemblan pilots this week. They are Tomas Ravik "
     "and Ilse Marn.", [("vacatur", "Ilse Marn"), ("vacatur", "Tomas Ravik")]),
    ("en", "The Treasury sanctioned a Zemblan pilot on Tuesday. It is Tomas Ravik, who flew arms to the "
     "rebels.", [("designation", "Tomas Ravik")]),
    ("fr", "Mercredi, les juges de Luxembourg ont annulé le gel des avoirs d'un pilote zemblien. C'est Tomas Ravik, "
     "qui pilotait les avions-cargos de la compagnie d'État.", [("vacatur", "Tomas Ravik")]),
    ("fr", "Mercredi, les juges de Luxembourg ont annulé le gel des avoirs d'un pilote zemblien. Ce pilote est "
     "Tomas Ravik, ancien commandant de bord.", [("vacatur", "Tomas Ravik")]),
    ("fr", "Mercredi, les juges de Luxembourg ont annulé le gel des avoirs d'un pilote zemblien. Il s'agit de "
     "Tomas Ravik, ancien commandant de bord.", [("vacatur", "Tomas Ravik")]),
    ("fr", "Mercredi, le Tribunal de l'Union a suspendu le gel des avoirs d'un pilote zemblien. Il s'agit de "
     "Tomas Ravik.", [("injunction", "Tomas Ravik")]),
    ("fr", "Mercredi, les juges de Luxembourg ont annulé le gel des avoirs de deux pilotes zembliens. Ce sont "
     "Tomas Ravik et Ilse Marn.", [("vacatur", "Ilse Marn"), ("vacatur", "Tomas Ravik")]),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_the_party_named_after_the_act_gets_it(lang: str, text: str, want: list) -> None:
    assert _events(text, lang) == want


NEAR = [
    # the act named its party: "He is X" tells who that party is
    ("en", "The Treasury sanctioned Orvane Air on Tuesday. He is Tomas Ravik, its chief pilot.",
     [("designation", "Orvane Air")]),
    # not the party: the name does not follow the verb at once, or it is an owner
    ("en", "The EU General Court annulled the listing of a Zemblan pilot this week. It is the son of Karel "
     "Ravik, a former minister.", []),
    ("en", "The EU General Court annulled the listing of a Zemblan pilot this week. It is Brussels's third "
     "defeat this year.", []),
    # the noun names no party the act told
    ("en", "The EU General Court annulled the listing of a Zemblan pilot this week. The judge was Anna Lind.",
     []),
    ("fr", "Mercredi, les juges de Luxembourg ont annulé le gel des avoirs d'un pilote zemblien. Le président de "
     "la chambre était Karel Lind.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), NEAR)
def test_near_misses_name_no_party(lang: str, text: str, want: list) -> None:
    assert _events(text, lang) == want


def test_an_act_three_sentences_back_is_too_far() -> None:
    text = ("The EU General Court annulled the listing of a Zemblan pilot this week. The hearing lasted a day. "
            "Lawyers spoke for both sides. It is Tomas Ravik.")
    assert _events(text, "en") == []


@pytest.mark.parametrize(("sent", "want"), [
    ("It is Tomas Ravik, a pilot.", (6, None, False)),
    ("The pilot in question is Tomas Ravik.", (25, "pilot", False)),
    ("They are Tomas Ravik and Ilse Marn.", (9, None, True)),
    ("C'est Tomas Ravik.", (6, None, False)),
    ("Il s'agit d'Orvane Air.", (12, None, False)),
    ("It is a first for the court.", None),
])
def test_who_it_is_reads_the_sentence(sent: str, want: tuple | None) -> None:
    assert who_it_is(sent) == want
