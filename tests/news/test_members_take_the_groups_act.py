"""The members of a group take the act told of that group (``events._group_act``): an act
told of a counted group ("removed three shipowners", « a radié quatre anciens ministres »),
then a sentence on what the measures do or are for (read as an act told of no group: "These
sanctions target those who help the regime", « Le gel des fonds de ces hommes
ne s'applique donc plus »), then the members ("They are A and B", « Il s'agit de A et de B »,
« Parmi les quatre personnes concernées figurent A et B »): the members are the counted
group's, of its type and day, not parties of the sentence between. A singular "He is X"
still names the party of the nearest act. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-05-10"  # a Wednesday

EN_ACT = "OFAC on Thursday removed three shipowners from its list. "
FR_ACT = "Le Trésor a retiré jeudi trois armateurs de sa liste. "
EN_AIM = "\"These sanctions target those who help the regime,\" the statement said. "
FR_AIM = "«Ces sanctions visent ceux qui aident le régime», a ajouté le communiqué. "
THREE = [("removal", "Orlan Maritime", "2023-05-04"), ("removal", "Dessa Tankers", "2023-05-04"),
         ("removal", "Kivor Shipping", "2023-05-04")]

CASES = [
    # a presentative after a sentence on the measures' aim
    ("en", EN_ACT + EN_AIM + "They are Orlan Maritime, Dessa Tankers and Kivor Shipping.", THREE),
    ("fr", FR_ACT + FR_AIM + "Ce sont Orlan Maritime, Dessa Tankers et Kivor Shipping.", THREE),
    ("fr", "Le Trésor a retiré jeudi trois armateurs de sa liste noire. «Les sanctions visent à obtenir un "
     "changement de conduite», précise la note du Trésor. Il s'agit de Orlan Maritime, de Dessa Tankers et de "
     "Kivor Shipping.", THREE),
    # an inclusion cue and the group's noun
    ("fr", FR_ACT + FR_AIM + "Parmi les trois armateurs se trouvent Orlan Maritime et Dessa Tankers.", THREE[:2]),
    # after a sentence on what the removal undoes
    ("fr", "Le comité a radié lundi quatre anciens ministres de sa liste. Le gel des fonds de ces hommes, tout "
     "comme l'embargo, ne s'applique donc plus. Parmi les quatre personnes concernées figurent l'ancien "
     "ministre des mines, Hamid Qorbani, et l'ancien ministre des routes, Sayed Jalali.",
     [("removal", "Hamid Qorbani", "2023-05-08"), ("removal", "Sayed Jalali", "2023-05-08")]),
    # one party named after a nearer act told of one party: that act's
    ("en", EN_ACT + "It also sanctioned a banker on Friday. He is Ivan Olegov.",
     [("designation", "Ivan Olegov", "2023-05-05")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_members_take_the_groups_act(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
