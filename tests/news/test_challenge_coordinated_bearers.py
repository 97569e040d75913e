"""A case brought by several parties told as a coordination: each member brought it. The
members may open the sentence and say what the case claims ("A and B, residents of X, said
in a lawsuit that ..."), follow the passive's "by" in apposition to a counted group ("the
case was brought by three traders, A, B and C"), or be taken up by a pronoun ("A and her
husband B were defeated in the actions they had brought before the General Court"). What the case claims is
another clause: an act told there is the party's named there. Near misses: a prosecution
("a criminal case was brought by prosecutors"), a lawyer or a judge who speaks in a
filing or a ruling, a statement that tells no case. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str = "en") -> set[tuple[str, str]]:
    res = extract_article(text, published="2025-06-17", language=lang)
    return {(e["type"], e["entity"]) for e in res["events"]}


def _challengers(text: str, lang: str = "en") -> set[str]:
    return {who for kind, who in _events(text, lang) if kind == "legal_challenge"}


@pytest.mark.parametrize("text", [
    "Olga Varne and Pieter Smolt said in a lawsuit filed on Monday that the agency had erred.",
    "Olga Varne and Pieter Smolt, both residents of Cyprus, said in a lawsuit filed on March 3 that "
    "the Treasury had sanctioned them without evidence.",
    "Olga Varne and Pieter Smolt argued in a lawsuit that the agency had erred.",
])
def test_people_who_say_it_in_their_lawsuit_each_brought_it(text: str) -> None:
    assert _challengers(text) == {"Olga Varne", "Pieter Smolt"}


@pytest.mark.parametrize("text", [
    "The case was brought by three businessmen, Olga Varne, Pieter Smolt and Ivan Dorn, who were "
    "sanctioned in 2022.",
    "The lawsuit was filed by Olga Varne, Pieter Smolt and Ivan Dorn, who said they would lose "
    "their homes.",
])
def test_the_parties_after_the_passives_by_each_brought_it(text: str) -> None:
    assert _challengers(text) == {"Olga Varne", "Pieter Smolt", "Ivan Dorn"}


def test_a_pronoun_takes_up_the_parties_of_the_cases() -> None:
    text = "Olga Varne and her husband Pieter Smolt were both defeated in the actions they had brought before the General Court."
    assert _challengers(text) == {"Olga Varne", "Pieter Smolt"}


def test_what_the_case_claims_is_another_partys_act() -> None:
    text = "Kestrel Metals said in a lawsuit that Borvik Lines had been sanctioned without notice."
    assert _events(text) == {("legal_challenge", "Kestrel Metals"), ("designation", "Borvik Lines")}


@pytest.mark.parametrize("text", [
    # a prosecution, its defendant no challenger
    "A criminal case was brought by prosecutors against Tomas Velkov in March.",
    "The case against Tomas Velkov was brought by federal prosecutors in March.",
    # who speaks in a filing or a ruling for others
    "Their lawyer, Mark Delaney, said in a court filing that the sanctions were unlawful.",
    "Judge Amy Porter and Judge Ivan Dorn said in a ruling that the designation was lawful.",
    # a statement, no case
    "Olga Varne and Pieter Smolt, the founders of Kestrel Metals, said in a statement that they "
    "would sue.",
    # the case is the authority's
    "The lawsuit was filed by the Treasury against Olga Varne.",
])
def test_no_challenge_of_a_listed_party(text: str) -> None:
    assert _challengers(text) == set()


def test_a_name_after_by_in_another_sentence_stays_a_byline() -> None:
    text = "The report was written by Olga Varne. The Treasury sanctioned Kovan Ports on Monday."
    assert _events(text) == {("designation", "Kovan Ports")}
