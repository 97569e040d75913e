"""An acting authority that publishes a list of parties an army controls or sanctions
target ("Japan on Tuesday unveiled a list of 12 firms serving the army, among them A and
B", « Le département de la Défense a dévoilé une liste de 12 sociétés sous le contrôle de
l'armée, dont le géant des télécoms, A ») tells a designation of the parties the list's
"including" / « dont » / « parmi lesquelles » names, a name told after its cue noun and a
comma (« le géant des télécoms, A ») included. A list published by no authority, or a list
of another kind (a ranking), names no party. Invented parties, sentences written for this
test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-06-05"  # a Wednesday

CASES = [
    ("fr", "Une liste de la Défense\n\nLe département de la Défense a dévoilé mardi une liste de 12 sociétés sous "
     "le contrôle de l'armée zemblane, dont le géant des télécoms, Orvex.\n\nLes élus en ont reçu une copie.",
     [("designation", "Orvex", "2024-06-04")]),
    ("fr", "Une liste de la Défense\n\nLe Japon a diffusé mardi une liste de 12 sociétés au service de l'armée "
     "zemblane, parmi lesquelles Orvex et Kestrel Systems.",
     [("designation", "Orvex", "2024-06-04"), ("designation", "Kestrel Systems", "2024-06-04")]),
    ("en", "Defense list\n\nThe Pentagon on Tuesday issued a list of 12 firms that work for the Zemblan "
     "military, including telecoms giant Orvex.\n\nLawmakers received a copy.",
     [("designation", "Orvex", "2024-06-04")]),
    ("en", "Defense list\n\nJapan on Tuesday unveiled a list of 12 firms serving the Zemblan "
     "military, among them Orvex and Kestrel Systems.",
     [("designation", "Orvex", "2024-06-04"), ("designation", "Kestrel Systems", "2024-06-04")]),
    # near misses: no authority, a ranking
    ("en", "Forbes lists firms\n\nForbes on Tuesday released a list of the 50 most innovative companies, "
     "including Orvex.", []),
    ("fr", "Un palmarès\n\nLe ministère de l'Économie a publié mardi une liste de 50 entreprises innovantes, "
     "dont Orvex.", []),
    ("en", "A ranking\n\nThe Commerce Department on Tuesday published a list of 50 fast-growing companies, "
     "including Orvex.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_parties_of_a_published_list(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)


def test_a_name_after_its_cue_noun_and_a_comma() -> None:
    text = "Pékin a ajouté mardi six sociétés à sa liste noire, dont le fabricant de radars, Norvane."
    res = extract_article(text, published=PUB, language="fr")
    assert ("designation", "Norvane") in {(e["type"], e["entity"]) for e in res["events"]}
