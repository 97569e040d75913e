"""A listing participle that is an adjective of a kind's noun names a kind of party, no act
(``modality._KIND_OPENS``): not only after "the" ("the designated firms") but after any
word that makes it one, an indefinite or a possessive determiner, a quantifier, a
preposition, or a verb of its own in lower case ("a designated party's agent", "rules
placed on designated persons", "we sorted sanctioned sub-entities"). Near misses keep
their act: an auxiliary before the participle, a subject that acts (a name, a place in
capitals), members named after the kind. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news.modality import blocked
from listwatch.news.triggers import find_triggers


def _acts(sent: str, lang: str = "en") -> list[str]:
    """The acts the sentence tells (its triggers no mode blocks)."""
    trigs = find_triggers(sent, lang)
    return [t.event for t in trigs if not blocked(sent, lang, t, trigs)]


@pytest.mark.parametrize("sent", [
    "Banks must report every account a designated party's agent opens.",
    "The rules placed on designated persons cover their pension income too.",
    "We sorted sanctioned sub-entities under their parent groups for the chart.",
    "Any dealing with blacklisted companies needs a licence from the ministry.",
])
def test_a_listing_participle_as_an_adjective_names_a_kind(sent: str) -> None:
    assert _acts(sent) == []


@pytest.mark.parametrize("sent", [
    "The Treasury designated entities in Norland on Tuesday.",
    "The ministry has designated entities tied to Kestrel Maritime Ltd.",
    "Officials said the Treasury also designated firms run by Pavel Dremin.",
    "Washington designated entities in Norland.",
    "Beijing blacklisted companies from Norland on Friday.",
])
def test_a_listing_verb_with_a_subject_that_acts_keeps_its_act(sent: str) -> None:
    assert _acts(sent) == ["designation"]


def test_a_list_named_by_its_kind_keeps_the_act_told_by_the_participle() -> None:
    # ("of" after a list's noun: the list the act puts the party on)
    assert _acts("In May the Zemblan ministry put Orvex Trading Ltd in its annex of designated entities.") == [
        "designation"]
    assert _acts("Pension income of designated persons stays frozen.") == []
