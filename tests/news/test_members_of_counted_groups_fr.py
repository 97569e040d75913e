"""Members of a group an act counted or filled, named in a sentence of their own after it,
in the wordings of French the member reader took too narrowly:

- a group counted past ten, or counted by any French noun of parties (« onze individus »,
  « trois militaires », « quatre organisations »): the count tells a
  group the next sentences may name, as for « trois personnes »; the names after it are its
  members when they are as many as it counted, or after « parmi les douze » a sentence on;
- the list the act filled told with its complement and its article (« la liste des
  sanctions », « la liste des personnes visées ») as the subject of a verb of holding;
- a name that complements a noun of an item's description through « de la », « du », « des »,
  "of the" (« A, du bataillon de la Brigade B », "A, head of the B militia") is the description's,
  no member; a kind told by a bare complement (« la station de radio A ») names the item.

Near misses keep no event: fewer names than the count, a count of things, a name told only
inside a description. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"  # a Sunday
TUESDAY = "2024-03-05"
MONDAY = "2024-03-04"


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


THREE = {("designation", "Pierre Valmont", TUESDAY), ("designation", "Jacques Orsini", TUESDAY),
         ("designation", "Marc Delbrave", TUESDAY)}

CASES = [
    # a group counted by « individus », named next as the subject of what they are accused of
    ("fr", "Ottawa a sanctionné mardi trois individus mêlés aux violences du Zembla. Pierre Valmont, "
           "Jacques Orsini et Marc Delbrave sont accusés de menacer la paix du pays.", THREE),
    # ... by any French noun of parties, named as the subject of what they do
    ("fr", "Le Trésor a gelé mardi les avoirs de trois militaires zembliens. Pierre Valmont, Jacques Orsini "
           "et Marc Delbrave commandent une brigade du nord.", THREE),
    ("fr", "Le Conseil a sanctionné mardi quatre organisations zembliennes. Elles sont jugées proches du "
           "régime. Parmi les quatre figurent Norvalis Trading et Belmora Foods.",
     {("designation", "Norvalis Trading", TUESDAY), ("designation", "Belmora Foods", TUESDAY)}),
    ("fr", "Le Conseil a sanctionné mardi quatre organisations zembliennes. Norvalis Trading, Belmora Foods, "
           "Karst Gold et Velor Holding financent le régime.",
     {("designation", n, TUESDAY) for n in ("Norvalis Trading", "Belmora Foods", "Karst Gold", "Velor Holding")}),
    # a count past ten, its members named after « parmi les douze » with a sentence between
    ("fr", "Douze cadres du groupe Kestrel ont aussi été sanctionnés mardi. Ils ne peuvent plus toucher à "
           "leurs biens. Parmi les douze figurent Pierre Valmont, Jacques Orsini et Marc Delbrave.", THREE),
    ("fr", "Onze fonctionnaires du ministère ont aussi été sanctionnés mardi. Leurs avoirs restent bloqués. "
           "Parmi les onze figurent Pierre Valmont et Jacques Orsini.",
     {("designation", "Pierre Valmont", TUESDAY), ("designation", "Jacques Orsini", TUESDAY)}),
    # the list the act filled, told with its complement and its article
    ("fr", "Londres a sanctionné mardi quatre oligarques zembliens. La liste des sanctions comprend "
           "en outre Pierre Valmont, dont la fortune dépasse un milliard, et Marc Delbrave, actif dans "
           "le fret.", {("designation", "Pierre Valmont", TUESDAY), ("designation", "Marc Delbrave", TUESDAY)}),
    ("fr", "Londres a sanctionné mardi quatre oligarques zembliens. La liste des personnes visées comprend "
           "aussi Norvalis Trading, un armateur, et Belmora Foods, un négociant.",
     {("designation", "Norvalis Trading", TUESDAY), ("designation", "Belmora Foods", TUESDAY)}),
    # a name complementing a noun of an item's description is no member
    ("fr", "Le Trésor a sanctionné lundi quatre personnalités. Il s’agit du général Pierre Valmont, du "
           "bataillon de la Brigade Nationale, de Jacques Orsini, qui vit à Bordeaux, "
           "de Marc Delbrave, patron du réseau Ronde Noire, et de Luc Ferrant.",
     {("designation", "Pierre Valmont", MONDAY), ("designation", "Jacques Orsini", MONDAY),
      ("designation", "Marc Delbrave", MONDAY), ("designation", "Luc Ferrant", MONDAY)}),
    ("en", "The Treasury sanctioned four men on Monday. The new sanctions also include Peter Valmont, head "
           "of the Black Ring militia, and Luke Ferrant.",
     {("designation", "Peter Valmont", MONDAY), ("designation", "Luke Ferrant", MONDAY)}),
]


@pytest.mark.parametrize(("lang", "text", "want"), CASES)
def test_members_take_the_groups_act(lang: str, text: str, want: set[tuple[str, str, str | None]]) -> None:
    assert _events(text, lang) == want


NEAR_MISSES = [
    # two names after a group of three: not its members
    ("fr", "Ottawa a sanctionné mardi trois individus mêlés aux violences. Pierre Valmont et Jacques "
           "Orsini ont salué la décision."),
    ("en", "The Treasury sanctioned three officers on Tuesday. Peter Valmont and James Orsini praised the move."),
    # a count of things, no group of parties
    ("fr", "Le Trésor a prolongé mardi de onze mois les mesures. Pierre Valmont, Jacques Orsini et Marc "
           "Delbrave ont salué la décision."),
]


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_no_members_without_the_group(lang: str, text: str) -> None:
    assert {e for e in _events(text, lang) if e[1] in (
        "Pierre Valmont", "Jacques Orsini", "Marc Delbrave", "Peter Valmont", "James Orsini")} == set()


def test_a_kind_told_by_a_bare_complement_names_the_item() -> None:
    text = ("Le Trésor a sanctionné lundi deux sociétés. Il s'agit de la station de radio Norvalis Trading "
            "et de Belmora Foods.")
    assert _events(text, "fr") == {("designation", "Norvalis Trading", MONDAY), ("designation", "Belmora Foods", MONDAY)}
