"""Acts told through the text that does them or the list that holds the party: a body that
passes a text "visant à retirer X" or "une décision excluant X ... des listes" removes X (a
draft only tabled or studied stays a plan); a removal verb whose object is a long series of
titled names still reaches its list ("retiré la gouverneure X et le chef d'état-major Y de
sa liste"); a titled name coordinated after another item of the object is an item, not an
official; after a round's count, "A further firm on the revised list is X" and "The list
also names a small trader ... known as X" name its parties; a given name before its
particle ("Karim al-Masri") is no company's single word; a challenge is told by its noun
when launched ("launched the first such lawsuit against"), or when a court throws out X's
challenge (the case was brought all the same). Invented parties, sentences written for this
test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("fr", "Mardi, le Conseil a voté un décret visant à retirer la gouverneure zemblienne Irina Volkova et le "
     "chef d'état-major Pavel Dorin de sa liste noire.",
     [("removal", "Irina Volkova", "2021-06-08"), ("removal", "Pavel Dorin", "2021-06-08")]),
    ("fr", "Le Conseil a approuvé mardi la décision excluant la gouverneure de la province, Irina Volkova, et le "
     "chef d'état-major, Karim al-Masri, des deux listes du comité.",
     [("removal", "Irina Volkova", "2021-06-08"), ("removal", "Karim al-Masri", "2021-06-08")]),
    ("fr", "Le comité lève ses mesures contre Karim al-Masri\n\nLe comité a approuvé la décision excluant "
     "l'ancien gouverneur, Karim al-Masri, des deux listes qu'il tient.",
     [("removal", "Karim al-Masri", None)]),
    ("fr", "Mardi, le Conseil a retiré l'ancienne gouverneure de la province Irina Volkova et le chef "
     "d'état-major de l'armée de l'air Pavel Dorin de sa liste des sanctions.",
     [("removal", "Irina Volkova", "2021-06-08"), ("removal", "Pavel Dorin", "2021-06-08")]),
    # near misses: a draft tabled or studied is a plan; officials who announce are no items
    ("fr", "Le Conseil étudie un projet de décret visant à retirer Pavel Dorin de sa liste.", []),
    ("fr", "La Suède a présenté un projet de décision visant à retirer Pavel Dorin de la liste.", []),
    ("fr", "La gouverneure Irina Volkova et le chef d'état-major, Pavel Dorin, ont annoncé des sanctions contre "
     "Dorin Freight.",
     [("designation", "Dorin Freight", None)]),
    # a round's parties told by their place on the list
    ("en", "On Wednesday the bureau put 14 firms on its Entity List. A further firm on the revised list is "
     "Velmora Labs, which makes sensors. The list also names a small trader from Malta known as Quorra Trade.",
     [("designation", "Velmora Labs", "2021-06-09"), ("designation", "Quorra Trade", "2021-06-09")]),
    # near miss: a list of another kind
    ("en", "Velmora makes sensors. A further firm on the revised list of top exporters is Quorra, a trader.", []),
    # a challenge told by its noun: launched with any determiner, or thrown out with its party
    # as the possessor
    ("en", "Oleg Varga was designated by Britain in March 2021. Varga then launched the first such lawsuit "
     "against the designation in early 2022.",
     [("designation", "Oleg Varga", "2021-03"), ("legal_challenge", "Oleg Varga", "2022")]),
    ("en", "Oleg Varga was designated by Britain in March 2021. On Tuesday, three judges threw out Varga's "
     "challenge to the designation.",
     [("designation", "Oleg Varga", "2021-03"), ("legal_challenge", "Oleg Varga", None),
      ("ruling", "Oleg Varga", "2021-06-08")]),
    # near miss: a court named by its country's possessive
    ("en", "Oleg Varga was designated by Britain in March 2021. Britain's appeal court sits again in May.",
     [("designation", "Oleg Varga", "2021-03")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_acts_told_by_texts_and_lists(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
