"""Acts told through the text that does them or the list that holds the party: a body that
adopts a text "visant à retirer X" or "la résolution excluant X ... des listes" removes X (a
draft only tabled or examined stays a plan); a verb whose object is a long series of titled
names still reaches its list ("retirer le président X et le ministre de l'Intérieur Y de la
liste"); a titled name coordinated after another item of the object is an item, not an
official; after a round's count, "Another company on the updated blacklist is X" and "The
blacklist also includes a firm ... called X" name its parties; a given name before its
particle ("Karim al-Masri") is no company's single word; a challenge is told by its noun
when brought ("bring the first court challenge over") or dismissed with its party as the
possessor ("dismissed X's appeal"). Invented parties, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("fr", "Le Conseil de sécurité a adopté jeudi une résolution visant à retirer le général zemblien Karel Dunst "
     "et le ministre de l'Intérieur Otto Varga de la liste des sanctions.",
     [("removal", "Karel Dunst", "2021-06-10"), ("removal", "Otto Varga", "2021-06-10")]),
    ("fr", "Le Conseil de sécurité a adopté la résolution excluant le président zemblien par intérim, Karim "
     "al-Masri, et le ministre de l'Intérieur, Otto Varga, des listes noires de l'organisation.",
     [("removal", "Karim al-Masri", None), ("removal", "Otto Varga", None)]),
    ("fr", "Le Conseil lève les sanctions contre Karim al-Masri\n\nLe Conseil de sécurité a adopté la résolution "
     "excluant le président par intérim, Karim al-Masri, des listes noires de l'organisation.",
     [("removal", "Karim al-Masri", None)]),
    ("fr", "Le Conseil a retiré jeudi le président zemblien par intérim Karim al-Masri et le ministre de "
     "l'Intérieur Otto Varga de sa liste des sanctions.",
     [("removal", "Karim al-Masri", "2021-06-10"), ("removal", "Otto Varga", "2021-06-10")]),
    # near misses: a draft tabled or examined is a plan; officials who announce are no items
    ("fr", "Le Conseil de sécurité examine un projet de résolution visant à retirer Karel Dunst de la liste des "
     "sanctions.", []),
    ("fr", "Les États-Unis ont déposé un projet de résolution visant à retirer Karel Dunst de la liste des "
     "sanctions.", []),
    ("fr", "Le président Karel Dunst et le ministre de l'Intérieur, Otto Varga, ont annoncé des sanctions contre "
     "Kestrel Trading.",
     [("designation", "Kestrel Trading", None)]),
    # a round's parties told by their place on the list
    ("en", "On Wednesday, the Commerce Department added 20 companies to its Entity List. Another notable company "
     "on the updated blacklist is Norvex, a chip designer. The blacklist also includes a lesser-known firm "
     "based in Malaysia called Kestrel Optics.",
     [("designation", "Norvex", "2021-06-09"), ("designation", "Kestrel Optics", "2021-06-09")]),
    # a challenge told by its noun: brought ("went on to bring the first court challenge
    # over"), or dismissed with its party as the possessor (the case was brought all the same)
    ("en", "Oleg Varga was sanctioned by Britain in March 2021. Varga went on to bring the first-ever court "
     "challenge over the sanctions regime in early 2022.",
     [("designation", "Oleg Varga", "2021-03"), ("legal_challenge", "Oleg Varga", "2022")]),
    ("en", "Oleg Varga was sanctioned by Britain in March 2021. On Tuesday, the Supreme Court dismissed Varga's "
     "appeal against the sanctions.",
     [("designation", "Oleg Varga", "2021-03"), ("legal_challenge", "Oleg Varga", None),
      ("ruling", "Oleg Varga", "2021-06-08")]),
    # near miss: a court named by its country's possessive
    ("en", "Oleg Varga was sanctioned by Britain in March 2021. Britain's appeal court will hear the case in May.",
     [("designation", "Oleg Varga", "2021-03")]),
    # near miss: a list of another kind
    ("en", "Norvex makes chips. Another notable company on the list of the largest chip makers is Kestrel, a "
     "chip designer.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_acts_told_by_texts_and_lists(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
