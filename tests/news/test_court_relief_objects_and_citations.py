"""A court's relief read past the names that qualify its object, and the case it cites.
The object's head is its last word: a regime's or a body's name among its qualifiers ("the
first UK Syria asset freeze of X", « le premier gel UE des avoirs de X ») leaves the
measure the object. And a case cited by its number and sides beside a court's relief of its
first side, in the same sentence ("sanctions against X (Case T-1/22 X v Council) were
annulled"), is that relief's citation, not a second act of suing; a case name told with no
relief of its party keeps its challenge. Sentences of our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article


def _events(text: str, lang: str) -> list[dict]:
    return extract_article(text, published="2024-06-12", language=lang)["events"]


def _kinds(text: str, lang: str, who: str) -> set[str]:
    return {e["type"] for e in _events(text, lang) if who in e["entity"]}


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("In May 2015, the Luxembourg judges annulled the first UK Syria asset freeze of Ostrava Shipping Lines.",
     "en", "Ostrava Shipping Lines"),
    ("The judges set aside the first UN Libya designation of Ostrava Shipping Lines on Tuesday.",
     "en", "Ostrava Shipping Lines"),
    ("Le Tribunal a annulé mardi le premier gel UE des avoirs de la société Ostrava Shipping Lines.",
     "fr", "Ostrava Shipping Lines"),
])
def test_a_name_among_the_objects_qualifiers_keeps_the_relief(text: str, lang: str, who: str) -> None:
    assert "vacatur" in _kinds(text, lang, who)


def test_an_object_that_is_no_measure_gives_no_relief() -> None:
    text = "The judges annulled the old EU travel document of Ostrava Shipping Lines chief Ivan Petrov."
    assert not [e for e in _events(text, "en") if e["type"] == "vacatur"]


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("On 3 May 2014, sanctions against Dorvan Bank (Case T-12/13 Dorvan Bank v. Council) were annulled.",
     "en", "Dorvan Bank"),
    ("On 9 March the judges in Luxembourg annulled the inclusion of the lender Dorvan Bank in Case T-12/13 "
     "Dorvan Bank v Council.", "en", "Dorvan Bank"),
    ("Le 3 mai, le Tribunal a annulé l'inscription de la banque Dorvan Bank (affaire T-12/13, Dorvan Bank/Conseil).",
     "fr", "Dorvan Bank"),
])
def test_a_case_cited_beside_its_relief_is_no_second_act(text: str, lang: str, who: str) -> None:
    kinds = _kinds(text, lang, who)
    assert "vacatur" in kinds and "legal_challenge" not in kinds


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("In Case T-12/13 Dorvan Bank v Council, the lender contested its listing under the Iran regime.",
     "en", "Dorvan Bank"),
    ("Dans l'affaire Dorvan Bank/Conseil, la banque conteste son inscription sur la liste.", "fr", "Dorvan Bank"),
])
def test_a_case_named_without_its_relief_keeps_its_challenge(text: str, lang: str, who: str) -> None:
    assert "legal_challenge" in _kinds(text, lang, who)
