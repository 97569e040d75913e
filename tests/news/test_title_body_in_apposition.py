"""The body a party's title is of, named bare after the title's description when that
description ends on a body's kind noun ("A, once the finance chief of Velmar's
biggest lender, B": B is the lender), is the title's domain, no party of the act:
the title may carry words of its own around its office word ("former", "deputy",
"financial"), and the party's own apposition closes before the body's name. A person
named after a title's description is that title's holder and stays a party. Sentences of
our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _parties(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published="2024-03-10", language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("text", "lang", "party", "body"), [
    ("The Treasury lifted sanctions against Marta Orlova, the former chief executive of Velmar's biggest "
     "lender, Norbank, on Tuesday.", "en", ("removal", "Marta Orlova"), "Norbank"),
    ("London sanctioned Pavel Dorin, the deputy finance director of the country's second largest "
     "shipbuilder, Ostrava Yards.", "en", ("designation", "Pavel Dorin"), "Ostrava Yards"),
    ("Londres a levé jeudi ses sanctions visant Ivan Oren, ancien directeur adjoint du premier assureur, "
     "Norvik Assurances SA.", "fr", ("removal", "Ivan Oren"), "Norvik Assurances SA"),
])
def test_the_body_of_a_described_title_is_no_party(text: str, lang: str, party: tuple[str, str], body: str) -> None:
    got = _parties(text, lang)
    assert party in got
    assert all(p != body for _k, p in got)


def test_people_after_their_titles_stay_parties() -> None:
    text = ("L'ONU a retiré de sa liste l'ancien vice-ministre des mines, Pavel Dorin, et l'ancien "
            "vice-ministre de la santé, Ivan Oren.")
    got = _parties(text, "fr")
    assert ("removal", "Pavel Dorin") in got and ("removal", "Ivan Oren") in got
