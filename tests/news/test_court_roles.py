"""The parties a court's paper names by their role in the case, the role before the name
("the plaintiffs, A, B and C, bring this action", "Applicant: A", "of plaintiff A", "le
requérant, M. A"): each brought the case, a legal challenge, undated (the paper's dates
are its own). Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _challenges(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-03-09")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "legal_challenge")


def test_the_plaintiffs_named_in_a_row_each_brought_it() -> None:
    text = ("MEMORANDUM OPINION. The plaintiffs, Orvane Minerals Ltd, Tessaro Holdings Inc and Kelvar Trading "
            "Inc, ask this court to set aside the agency's order of 3 May 2023.")
    got = _challenges(text)
    assert [n for n, _d in got] == ["Kelvar Trading Inc", "Orvane Minerals Ltd", "Tessaro Holdings Inc"]
    assert all(d is None for _n, d in got)


@pytest.mark.parametrize(("text", "who"), [
    ("Judgment of the General Court. Applicant: Dorin Vasko, a reporter living in Chisinau.", "Dorin Vasko"),
    ("The court heard that the listing of plaintiff Orvane Minerals Ltd gave no reasons.", "Orvane Minerals Ltd"),
    ("Arrêt du Tribunal. Le requérant, M. Dorin Vasko, est journaliste à Chisinau.", "Dorin Vasko"),
])
def test_a_party_named_by_its_role_brought_the_case(text: str, who: str) -> None:
    assert _challenges(text) == [(who, None)]


@pytest.mark.parametrize("text", [
    # near misses: a caption puts the role after the names; no name after the role; no court
    "ORVANE MINERALS LTD and others, Plaintiffs, Docket Number 24-100, against the Treasury.",
    "The court said the applicant's name had been kept on the list of Orvane Minerals Ltd partners.",
    "OFAC granted the applicant, Orvane Minerals Ltd, a specific license for the sale.",
])
def test_no_party_by_role(text: str) -> None:
    assert [n for n, _d in _challenges(text) if "Orvane" in n or "Docket" in n] == []
