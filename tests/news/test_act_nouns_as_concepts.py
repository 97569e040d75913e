"""An act's noun as a mass noun names the act as a concept, no act (``generic_acts``): the
noun alone, with no determiner nor possessive, right after a preposition ("advice on
delisting", "grounds for designation", "standards for removal", « les critères
d'inscription », « en matière de radiation »), and no party, agent or day after it. Near
misses keep their act: a party after the noun ("the delisting of X", « la radiation de X »),
a determiner or a possessive ("its delisting"), the noun as a verb's object ("X won
delisting"), and a preposition of time, whose main clause tells the party ("after removal
from the list, X resumed"). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news.modality import blocked
from listwatch.news.triggers import find_triggers


def _acts(sent: str, lang: str = "en") -> list[str]:
    """The acts the sentence tells (its triggers no mode blocks)."""
    trigs = find_triggers(sent, lang)
    return [t.event for t in trigs if not blocked(sent, lang, t, trigs)]


@pytest.mark.parametrize(("sent", "lang"), [
    ("The panel gives advice on delisting to the committee.", "en"),
    ("Grounds for designation are set out in the order.", "en"),
    ("Lawyers argue about the standards for removal in the courts.", "en"),
    ("Le bureau publie chaque mois ses avis en matière de radiation.", "fr"),
])
def test_an_acts_noun_as_a_concept_is_no_act(sent: str, lang: str) -> None:
    assert _acts(sent, lang) == []


@pytest.mark.parametrize(("sent", "lang"), [
    ("The delisting of Norvex Ltd came in May.", "en"),
    ("Its delisting came in May after a long review.", "en"),
    ("Norvex Ltd won delisting in May.", "en"),
    ("After removal from the list, Norvex Ltd resumed its exports.", "en"),
    ("Le Conseil a annoncé lundi la radiation de Norvex Ltd.", "fr"),
])
def test_an_acts_noun_with_its_party_or_its_own_determiner_keeps_its_act(sent: str, lang: str) -> None:
    assert _acts(sent, lang) != []
