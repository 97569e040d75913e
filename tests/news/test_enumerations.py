"""Enumerations read as one structure (``enumerations.py``): the items of a coordinated list
of names, each with its title or relation before it, its brackets and origin after it, the
descriptions between items skipped, semicolons as separators when the items carry
descriptions of their own; and the act they share: every item of an enumeration one of whose
items an act names in its object or subject place, and the items of a list the previous act
filled ("The list also includes ..."). Near misses: a name inside a description (an
employer, a relative, a holder told after "of"), a name after a participle, bystanders after
a complement, things that are no names, a list with no act before it. Invented parties,
sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.enumerations import enumeration, enumeration_with

PUB = "2022-11-18"


def _read(text: str, names: list[str], after: str | None = None, strict: bool = False) -> list[str]:
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    start = text.index(after) + len(after) if after else 0
    found = enumeration(text, spans, start, strict=strict)
    return [text[spans[k][0] : spans[k][1]] for k in found.items]


STRUCTURES = [
    # semicolons separate items whose descriptions hold commas and names of their own
    ("Peter Blank, a sales manager at Orvo Trading; Mara Quist, who sits on the board of Helm Shipping "
     "Ltd; and Tomas Ferrow were taken off the list on Friday.",
     ["Peter Blank", "Orvo Trading", "Mara Quist", "Helm Shipping Ltd", "Tomas Ferrow"], None,
     ["Peter Blank", "Mara Quist", "Tomas Ferrow"]),
    # two names in one semicolon item
    ("The notice covers three fronts: Alpha Ltd, a grain trader based in Norland; Beta Co and Gamma SA, "
     "both shippers; and Delta AG.", ["Alpha Ltd", "Norland", "Beta Co", "Gamma SA", "Delta AG"], ": ",
     ["Alpha Ltd", "Beta Co", "Gamma SA", "Delta AG"]),
    # an origin and an acronym after an item; a verb ends the list
    ("Ivo Marsh of Peru and the Delta Group (DG) of Chile were entered in May.",
     ["Ivo Marsh", "Delta Group", "DG"], None, ["Ivo Marsh", "Delta Group"]),
    # an acronym and an alias in brackets stay in their item
    ("The ministry listed Delta Bank (DB), Orvo Holdings (Orvo) and the Ridge Fund, all based in Norland.",
     ["Delta Bank", "DB", "Orvo Holdings", "Orvo", "Ridge Fund"], "listed ",
     ["Delta Bank", "Orvo Holdings", "Ridge Fund"]),
    # a title's employer before the person is no item; a relation of kin before a name is
    ("It now counts Port Authority chief Roy Dune, trader Sam Pell and his wife Ada Pell, and Vice-Premier "
     "Ana Kell.", ["Port Authority", "Roy Dune", "Sam Pell", "Ada Pell", "Ana Kell"], "counts ",
     ["Roy Dune", "Sam Pell", "Ada Pell", "Ana Kell"]),
    # a name told after "of" or a possessive is the description's
    ("The ministry sanctioned Ivo Marsh, the chief of Norland's Coast Guard, and Ana Kell, President Roy "
     "Dune's adviser.", ["Ivo Marsh", "Coast Guard", "Ana Kell", "Roy Dune"], "sanctioned ",
     ["Ivo Marsh", "Ana Kell"]),
    ("Le ministère a sanctionné Ivo Marsh, conseiller spécial du ministre Roy Dune, et Ana Kell.",
     ["Ivo Marsh", "Roy Dune", "Ana Kell"], "sanctionné ", ["Ivo Marsh", "Ana Kell"]),
    # a name after a participle describes
    ("La firme Delta Shipping, appartenant à Ivo Marsh, et Ana Kell ont été sanctionnées.",
     ["Delta Shipping", "Ivo Marsh", "Ana Kell"], None, ["Delta Shipping", "Ana Kell"]),
    # a complement ends the list: the names after it are no items
    ("The office added Kylin to the list, joining Huawei and ZTE.", ["Kylin", "Huawei", "ZTE"], "added ", []),
]


@pytest.mark.parametrize(("text", "names", "after", "items"), STRUCTURES)
def test_the_items_of_an_enumeration(text: str, names: list[str], after: str | None, items: list[str]) -> None:
    assert _read(text, names, after) == items


def test_a_common_noun_phrase_opens_no_strict_enumeration() -> None:
    text = "It counts tankers flagged in Norland, Velmora Shipping and Orvo Lines."
    assert _read(text, ["Velmora Shipping", "Orvo Lines"], "counts ", strict=True) == []
    assert _read(text, ["Velmora Shipping", "Orvo Lines"], "counts ") == ["Velmora Shipping", "Orvo Lines"]


def test_the_enumeration_a_name_is_an_item_of() -> None:
    text = "The ministry on Monday named Ivo Marsh, a banker, and Ana Kell, a judge, as agents."
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in ["Ivo Marsh", "Ana Kell"])
    found = enumeration_with(text, spans, 1, [text.index("named") + len("named")])
    assert found is not None and found.items == (0, 1)
    assert enumeration_with(text, spans, 1, [text.index("as agents")]) is None


CASES = [
    # the act names the first items; the ones after a bracketed description are its too
    ("en", "The ministry on Monday unfroze the assets of Karel Vodnik, the Ostland Trust (run by Ivo Brandt), "
     "Lena Sorrell and Piet Aaltonen.",
     [("removal", "Karel Vodnik"), ("removal", "Ostland Trust"), ("removal", "Lena Sorrell"),
      ("removal", "Piet Aaltonen")]),
    # what the list the act filled includes: the people, not the body in a title
    ("en", "The Treasury on Monday designated eleven officials of Ruritania. The list includes Harbour "
     "Authority deputy director Lena Sorrell, the customs chief Anton Verhoeven and Mira Talesh, who "
     "chairs the port board.",
     [("designation", "Lena Sorrell"), ("designation", "Anton Verhoeven"), ("designation", "Mira Talesh")]),
    # near misses: things that are no names; a list with no act told before it; an owner
    # told after a participle; bystanders after the act's complement
    ("en", "The Treasury on Monday added nine firms to its sanctions list. The list includes tankers flagged "
     "in Ruritania, Velmora and Ostland.", []),
    ("en", "The conference opens on Monday. The list also includes Karel Vodnik, Mira Talesh and Lena "
     "Sorrell.", []),
    ("en", "Velmora Shipping Ltd, a firm owned by Karel Vodnik, and Kestrel Lines Group were sanctioned on "
     "Tuesday.", [("designation", "Kestrel Lines Group"), ("designation", "Velmora Shipping Ltd")]),
    ("en", "The ministry sanctioned Velmora Shipping Ltd on Tuesday and thanked Kestrel Lines Group and Ardan "
     "Metals Corp for their help.", [("designation", "Velmora Shipping Ltd")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_every_item_takes_the_act(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"]) for e in res["events"])
    assert got == sorted(expected)
