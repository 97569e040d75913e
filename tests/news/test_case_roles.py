"""A party's role in a case ("the Claimant", "the Applicant", « le recourant ») is no name:
it takes up the one party the article gives that role (a defined term in brackets, the
case's name, the case told by its noun with its party), and with none of them, or in the
plural, it gives no party. Invented parties and cases, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.mentions import find_mentions

PUB = "2021-06-10"  # a Thursday

CASES = [
    # the case's name gives the role to its first party
    ("en", "In Kortel Metals Ltd v Minister for Trade [2022] EWHC 99 (Admin), the Claimant was a shipping "
           "company from Velmar. The minister had designated the Claimant in March 2021.",
     # (the case named by its sides is its first party's challenge: case_names.py)
     [("designation", "Kortel Metals Ltd", "2021-03"), ("legal_challenge", "Kortel Metals Ltd", None)]),
    ("en", "In R (on the application of Orvex Freight) v Minister for Trade, the court heard the claim on "
           "Monday. The minister had designated the Claimant in March 2021.",
     [("designation", "Orvex Freight", "2021-03")]),
    # a defined term in brackets
    ("en", "Vestra Mining Ltd (the \"Applicant\") asked the court to annul its listing. In May 2020 the "
           "Council had designated the Applicant.",
     [("legal_challenge", "Vestra Mining Ltd", None), ("designation", "Vestra Mining Ltd", "2020-05")]),
    # the case told by its noun with its one party
    ("fr", "Le tribunal a examiné jeudi un recours de l'armateur Jan Kovel. Le nom du recourant figure "
           "sur la liste noire depuis avril 2022, rappelle le jugement.",
     [("legal_challenge", "Jan Kovel", "2021-06-10"), ("designation", "Jan Kovel", "2022-04")]),
    # near misses: a role no party was given, a role in the plural
    ("en", "The Claimant was designated in March 2021, the court heard on Monday.", []),
    ("en", "In Kortel Metals Ltd v Minister for Trade, the court heard the claim. The applicants were "
           "listed in March 2021.", [("legal_challenge", "Kortel Metals Ltd", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_role_takes_up_its_party(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)


def test_role_mention_is_the_party_and_other_side_is_none() -> None:
    text = "In Kortel Metals Ltd v Minister for Trade, the Claimant asked the court to annul its listing."
    mentions, _ = find_mentions(text, "en")
    assert {(m.text, m.name) for m in mentions} == {("Kortel Metals Ltd", "Kortel Metals Ltd"),
                                                   ("Claimant", "Kortel Metals Ltd")}
    # the respondent's role is the authority's: no mention
    mentions, _ = find_mentions("The Respondent said the listing was lawful.", "en")
    assert mentions == []


def test_case_cited_after_the_role_is_not_its_party() -> None:
    text = ("The minister had designated the Claimant in March 2021. The court followed Orvex Freight v "
            "Norland, a case of 2015, and refused the claim.")
    res = extract_article(text, published=PUB, language="en")
    assert [e for e in res["events"] if e["type"] == "designation"] == []
