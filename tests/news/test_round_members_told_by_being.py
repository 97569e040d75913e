"""More parties of a round told by a verb of being or belonging after the round's act, not
by a listing verb: a French presentative (« il s'agit de X et de Y »), being on the list told
as a place with the parties after it (« Sont également sur la liste X », "Also on the list
are X and Y"), one or more of the group the act named (« Parmi les sociétés ciblées figure
X », « Parmi les douze figure X », "Among the firms targeted is X"), the round's measures as
the subject of a verb of concern (« Ces mesures touchent en outre X »), names in quotes
after their kind. Near misses name no party: a presentative of the act itself or of its
rank, one after a tally of the whole list, one with no act before it, another kind of list,
a group told by no act. Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-14"

CASES = [
    ("fr", "Washington a sanctionné mardi trois armateurs. Concrètement, il s'agit de Boreas Marine Ltd, "
     "de Kalypso Tankers SA et de Meltemi Navigation Inc, immatriculées au Panama.",
     [("designation", "Boreas Marine Ltd"), ("designation", "Kalypso Tankers SA"),
      ("designation", "Meltemi Navigation Inc")]),
    ("fr", "Bruxelles a gelé lundi les avoirs de cinq généraux. Sont également sur la liste Tun Aung Kyaw, "
     "chef d'une milice, ainsi que Min Htet Oo.",
     [("designation", "Tun Aung Kyaw"), ("designation", "Min Htet Oo")]),
    ("en", "The Treasury sanctioned two Zemblan shipowners on Tuesday. Also on the list are Velmora Shipping "
     "and Kestrel Marine, both run from Port Anselm.",
     [("designation", "Velmora Shipping"), ("designation", "Kestrel Marine")]),
    ("fr", "Le Trésor a sanctionné mardi plusieurs sociétés. Parmi les sociétés ciblées figure Boreas Marine "
     "Ltd, un affréteur installé à Larnaca.",
     [("designation", "Boreas Marine Ltd")]),
    ("en", "The Treasury sanctioned four Zemblan firms on Tuesday. Among the companies targeted is Velmora "
     "Shipping, a tanker operator.",
     [("designation", "Velmora Shipping")]),
    ("fr", "Le Conseil a retiré vendredi douze personnes de sa liste. Parmi les douze figure Karel Vodnik, "
     "qui fut ministre de la défense.",
     [("removal", "Karel Vodnik")]),
    ("fr", "Ottawa a imposé jeudi des sanctions à plusieurs entités. Les plus récentes mesures d'ordre "
     "commercial concerne un fabricant de munitions du nord du pays, Orvex Arms, et deux dirigeants, "
     "Julio Paredes et Marta Quispe.",
     [("designation", "Orvex Arms"), ("designation", "Julio Paredes"), ("designation", "Marta Quispe")]),
    ("fr", "Le Trésor a sanctionné jeudi Karel Vodnik, un proche du président. Ces mesures touchent en outre "
     "le chantier naval « Orvex Yards » et la banque « Kestrel Credit ».",
     [("designation", "Karel Vodnik"), ("designation", "Orvex Yards"), ("designation", "Kestrel Credit")]),
    # near misses
    ("fr", "Le Trésor a sanctionné mardi trois armateurs. Il s'agit du quatrième paquet de mesures "
     "contre la Zemblie cette année.", []),
    ("fr", "Le Conseil a sanctionné mardi deux armateurs. Le nombre total de personnes sanctionnées "
     "s'élève désormais à neuf. Il s'agit notamment de Karel Vodnik et de Velmora Shipping.", []),
    ("fr", "Le festival a dévoilé mardi son programme. Il s'agit notamment de Karel Vodnik et de "
     "Velmora Shipping.", []),
    ("fr", "Le Trésor a sanctionné mardi deux armateurs. Sont aussi sur la liste des invités du gala "
     "Karel Vodnik et Velmora Shipping.", []),
    ("en", "The Treasury sanctioned two Zemblan shipowners on Tuesday. Also on the guest list is Karel Vodnik.", []),
    ("en", "The Treasury sanctioned four Zemblan firms on Tuesday. Among the biggest losers is Velmora "
     "Shipping, a tanker operator.", []),
    ("fr", "Le Trésor a sanctionné mardi quatre sociétés. Parmi les plus grandes perdantes figure Velmora "
     "Shipping, selon les analystes.", []),
]


def _parties(res: dict) -> list[tuple[str, str]]:
    return sorted((e["type"], e["entity"]) for e in res["events"])


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_members_of_the_round_told_by_being(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    assert _parties(res) == sorted(expected)


def test_members_take_the_round_s_day() -> None:
    text = ("Washington a sanctionné mardi trois armateurs. Il s'agit de Boreas Marine Ltd, de Kalypso "
            "Tankers SA et de Meltemi Navigation Inc.")
    res = extract_article(text, published=PUB, language="fr")
    assert {e["date"] for e in res["events"]} == {"2024-03-12"}
