"""A person's pronoun as the subject of the act ("he was placed on the list", « il avait
été mis sur la liste ») makes the sentence's people its parties, not a company the
sentence names beside them (the one the person ran or left); with no person among the
parties the clause read, the last person the sentence named before the pronoun. Near
misses: a feminine pronoun after a company told by a feminine noun keeps the company; a
sentence with no pronoun keeps its reading. Invented parties, sentences written for this
test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-11-29"


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    evs = extract_article(text, published=PUB, language=lang)["events"]
    return sorted((e["type"], e["entity"]) for e in evs)


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("en", "The judges found that Ilse Varga had quit Kestrel Bank in 2021, the very post for which she was "
     "put on the sanctions list.", [("designation", "Ilse Varga")]),
    ("en", "Ilse Varga ran Kestrel Bank until 2021, and she was put on the sanctions list in 2022.",
     [("designation", "Ilse Varga")]),
    ("fr", "Les juges ont noté que M. Oskar Drem avait quitté la direction de Kestrel Bank, motif pour lequel "
     "il fut mis sur la liste noire.", [("designation", "Oskar Drem")]),
    ("fr", "Oskar Drem a dirigé Kestrel Bank jusqu'en 2021, et il fut ajouté à la liste noire en 2022.",
     [("designation", "Oskar Drem")]),
])
def test_a_persons_pronoun_subject_makes_the_person_the_party(lang: str, text: str, want: list) -> None:
    assert _events(text, lang) == want


def test_a_feminine_pronoun_for_a_company_keeps_the_company() -> None:
    text = "Oskar Drem a vendu ses parts de la banque Kestrel, et elle a été inscrite sur la liste en 2022."
    assert _events(text, "fr") == [("designation", "Kestrel")]
