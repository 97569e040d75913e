"""The members of a list an act filled, named sentences after the act by the group as the
subject of a verb of being or including. The group may be a bare plural with no determiner
("Entities on the list include A, B and C", "Others on the list are A, B and C"): it is
the group all the same, and reaches as far back as a group with "the" does. In the series
it names, a relative clause set off by commas on one item is closed by the comma before the
next name when it told no name of its own ("A, who runs the air force, B and C"); a name
told inside it stays the relative's ("A, whose clients include B, C"). With no act before,
or a plan, the list only describes a state and names no one. Invented parties, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-06-05"


def _got(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    res = extract_article(text, published=PUB, language=lang)
    return sorted((e["type"], e["entity"], e["date"]) for e in res["events"])


ACT = ("The Commerce Department on Tuesday added 60 firms to a new export list. "
       "The list names them as suppliers of the army. Officials said the step was overdue. "
       "The rule takes effect at once. ")
FIRMS = [("designation", "Astra Oil", "2024-06-04"), ("designation", "Kormax Group", "2024-06-04"),
         ("designation", "Velor Trade", "2024-06-04")]


@pytest.mark.parametrize("members", [
    "Entities on that list include eight units of Kormax Group, Velor Trade and Astra Oil.",
    "Companies on the new list include nine units of Kormax Group, Velor Trade and Astra Oil.",
    "Firms named in the rule include three units of Kormax Group, Velor Trade and Astra Oil.",
])
def test_a_bare_plural_group_names_the_members_of_the_list_the_act_filled(members: str) -> None:
    assert _got(ACT + members) == FIRMS


ROUND = ("The Treasury on Tuesday added 26 people to its sanctions list. The step follows a vote "
         "in Brussels. It takes effect at once. The list is for banks. The people added include Dorin Vasko. ")
PEOPLE = [("designation", "Dorin Vasko", "2024-06-04"), ("designation", "Ilya Brandt", "2024-06-04"),
          ("designation", "Ruslan Zakaev", "2024-06-04"), ("designation", "Timur Oskarov", "2024-06-04")]


@pytest.mark.parametrize("members", [
    "Others on the list are Timur Oskarov, Ilya Brandt and Ruslan Zakaev.",
    "Others on the list are Timur Oskarov, who runs the air force, Ilya Brandt and Ruslan Zakaev.",
    "Others on the list are Timur Oskarov, who is a general in the army, Ilya Brandt, the head of a "
    "militia, and Ruslan Zakaev.",
])
def test_the_others_on_the_list_are_more_members(members: str) -> None:
    assert _got(ROUND + members) == PEOPLE


def test_french_relative_closed_by_the_comma_before_the_next_name() -> None:
    text = ("Le Trésor a ajouté mardi 26 personnes à sa liste de sanctions. Parmi elles figurent "
            "Timur Oskarov, qui dirige l'armée de l'air, Ilya Brandt et Ruslan Zakaev.")
    assert _got(text, "fr") == [("designation", "Ilya Brandt", "2024-06-04"),
                                ("designation", "Ruslan Zakaev", "2024-06-04"),
                                ("designation", "Timur Oskarov", "2024-06-04")]


def test_a_name_told_inside_the_relative_stays_the_relatives() -> None:
    text = ("The Treasury on Tuesday added 12 firms to its sanctions list. They include Kormax "
            "Shipping, whose clients include Velor Trade, Astra Oil and Dorn Gas.")
    assert _got(text) == [("designation", "Kormax Shipping", "2024-06-04")]


@pytest.mark.parametrize("before", [
    # a list told as a state, no act before it
    "The Commerce Department keeps an export list of firms tied to the army. The list is updated "
    "each year. Officials say it works. Exporters must check it. ",
    # a plan
    "The Commerce Department may add 60 firms to a new export list next month. The list would name "
    "them as suppliers of the army. Officials said the step was overdue. No date was set. ",
])
def test_with_no_act_the_list_names_no_one(before: str) -> None:
    assert _got(before + "Entities on that list include eight units of Kormax Group, Velor Trade and Astra Oil.") == []
