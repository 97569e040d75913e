"""French parties of an act named in a list or a nominal construction, each given the act:
the measures a passive tells imposed, with an adverb that picks some out (« notamment »,
« en particulier »), what they hold set off by commas, or an agent and a day after the
participle; the measures or restrictions as the subject of a verb of concern in the present,
the future or the perfect (« concernent », « toucheront, entre autres, »), a title of many
words before each name; an authority that targets unnamed groups, then named people; the
list named first and its new parties after « y » (« en y ajoutant »); « parmi les <gens>
visés »; « dont » after a counted group whose member is told by what they own; a freeze of
a party's « actifs »; names each in quotes; a one-word name in apposition after a body told
by its kind (« l'organisme ..., X, »). A kin word's qualifier (« cousin germain du
président X ») leaves X out; a body named by its kind between an office and its holder
(« le directeur de l'entreprise X Karel Vodnik ») is no party; a speaker of a reported
clause (« a souligné que ») is none. Plans and conditionals give nothing. Invented
parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    ("Des restrictions ciblées ont en particulier été infligées à Igor Varkin, cousin germain du président "
     "Pavel Varkin, ainsi qu'à Anne Véry.",
     [("designation", "Igor Varkin"), ("designation", "Anne Véry")]),
    ("Des sanctions financières ont notamment été décidées contre Marc Dubreuil, neveu du gouverneur.",
     [("designation", "Marc Dubreuil")]),
    ("Des mesures restrictives, comprenant le blocage de leurs comptes bancaires, ont aussi été prises à "
     "l'encontre du banquier Paul Ostrov et de sa fille Lena Ostrova.",
     [("designation", "Paul Ostrov"), ("designation", "Lena Ostrova")]),
    ("Des sanctions ont été infligées par le Royaume-Uni mardi à l'armateur Velmar Shipping.",
     [("designation", "Velmar Shipping")]),
    ("Ces sanctions toucheront, entre autres, le commandant adjoint de la flotte du Nord Pavel Ostrov et "
     "le ministre de l'Énergie Igor Lenko.",
     [("designation", "Pavel Ostrov"), ("designation", "Igor Lenko")]),
    ("Cette série de sanctions touchera le chef de la garde Pavel Ostrov, le responsable du bureau fédéral "
     "des archives Karel Vodnik et le conseiller juridique de la présidence Igor Lenko.",
     [("designation", "Pavel Ostrov"), ("designation", "Karel Vodnik"), ("designation", "Igor Lenko")]),
    ("Les restrictions concernent la banque active en Crimée Varbank et l’armateur Tolmar.",
     [("designation", "Varbank"), ("designation", "Tolmar")]),
    ("Bruxelles a visé plusieurs policiers et des gardiens de prison, le patron de la société Orvex Karel "
     "Vodnik, ainsi que des officiers.",
     [("designation", "Karel Vodnik")]),
    ("Ottawa a complété sa liste noire hier en y inscrivant Lena Ostrova, ex-épouse du ministre Pavel Ostrov.",
     [("designation", "Lena Ostrova")]),
    ("Dans une tribune, Jeanne Roe a souligné que parmi les Norlandais visés se trouvait Pavel Dorin, "
     "chef de la police.",
     [("designation", "Pavel Dorin")]),
    ("Londres prend de nouvelles sanctions visant cinq magnats dont le fondateur de la chaîne Velmar Pavel "
     "Dorin et son associé Oleg Sarkin.",
     [("designation", "Pavel Dorin"), ("designation", "Oleg Sarkin")]),
    ("Le décret ordonne le gel total des biens de la banque publique Varbank.",
     [("designation", "Varbank")]),
    ("Le Trésor a sanctionné les armateurs « Varnex » et « Tolmar ».",
     [("designation", "Varnex"), ("designation", "Tolmar")]),
    ("De nouvelles sanctions ont aussi été adoptées contre le consortium minier norlandais, Tolvex, et "
     "contre l'office chargé du port.",
     [("designation", "Tolvex")]),
    # one party told as a member of the targeted group; the group as the subject of « sont »
    # or told targeted with its members after a cue; a measure told by what it bars; the list
    # or the round as the subject, with its rank; the list told just before, found again by « y »
    ("Ivan Kortel fait partie des personnes visées par ce dernier volet de mesures.",
     [("designation", "Ivan Kortel")]),
    ("La compagnie Brevik Shipping compte parmi les entités ciblées.", [("designation", "Brevik Shipping")]),
    ("Sont concernés : Ivan Kortel, Marta Linde et la société Brevik Metals.",
     [("designation", "Ivan Kortel"), ("designation", "Marta Linde"), ("designation", "Brevik Metals")]),
    ("Les entités désignées par cette décision sont la banque Korbank et le groupe Brevik Holding.",
     [("designation", "Korbank"), ("designation", "Brevik Holding")]),
    ("En tout, onze personnes ont été ciblées, parmi lesquelles le juge Marta Linde et l'ex-gouverneur "
     "Ivan Kortel.",
     [("designation", "Marta Linde"), ("designation", "Ivan Kortel")]),
    ("Les mesures visent aussi plusieurs amiraux, dont le commandant de la flotte Ivan Kortel.",
     [("designation", "Ivan Kortel")]),
    ("Oslo a imposé une interdiction d'entrée à Ivan Kortel et au colonel Marta Linde.",
     [("designation", "Ivan Kortel"), ("designation", "Marta Linde")]),
    ("La dernière liste noire inclut désormais l'ex-ministre Ivan Kortel et la société Brevik Metals.",
     [("designation", "Ivan Kortel"), ("designation", "Brevik Metals")]),
    ("Ce nouveau train vise en particulier des groupes miniers, dont Brevik Metals et Tarnow Mining.",
     [("designation", "Brevik Metals"), ("designation", "Tarnow Mining")]),
    ("Le Trésor a mis à jour mardi sa liste SDN. On y retrouve notamment la banque Korbank.",
     [("designation", "Korbank")]),
    # a measure told by what it does as the subject; verbs of application
    ("Le gel des avoirs concerne aussi l'homme d'affaires Ivan Kortel.", [("designation", "Ivan Kortel")]),
    ("L'interdiction de voyager vise également le gouverneur Ivan Kortel et son adjoint Marta Linde.",
     [("designation", "Ivan Kortel"), ("designation", "Marta Linde")]),
    ("Les sanctions s'étendent désormais au négociant Brevik Trading et à son patron Ivan Kortel.",
     [("designation", "Brevik Trading"), ("designation", "Ivan Kortel")]),
    ("Les nouvelles mesures portent sur la banque Korbank et le groupe Brevik Holding.",
     [("designation", "Korbank"), ("designation", "Brevik Holding")]),
    # near misses: a conditional, a plan, measures already known that are lifted, a group
    # under investigation, the targeted told only by their group, a report's names, what a list
    # already holds, anyone a clause describes
    ("Des sanctions pourraient être imposées à Ivan Dorin et à Pavel Kosta.", []),
    ("Ces sanctions pourraient toucher le ministre de l'Énergie Igor Lenko.", []),
    ("Ottawa envisage de compléter sa liste noire en y inscrivant Lena Ostrova.", []),
    ("Les sanctions qui avaient été imposées à Ivan Dorin ont été levées mardi.", [("removal", "Ivan Dorin")]),
    ("Parmi les Norlandais visés par une enquête figure Pavel Dorin.", []),
    ("Ivan Kortel fait partie des personnes visées par une enquête.", []),
    ("Les personnes ciblées sont désormais privées de leurs comptes.", []),
    ("Le rapport cite plusieurs sociétés. On y retrouve notamment la banque Korbank.", []),
    ("Cette liste comprend déjà de grands groupes norlandais comme Brevik Metals et Korbank.", []),
    ("Les sanctions s'appliquent à toute entreprise qui commerce avec Korbank.", []),
    ("Ces mesures visent les sociétés qui ont aidé Korbank.", []),
    ("Les sanctions pourraient s'appliquer à Korbank.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_named_party_takes_the_act(text: str, expected: list[tuple[str, str]]) -> None:
    res = extract_article(text, published=PUB, language="fr")
    got = sorted((e["type"], e["entity"]) for e in res["events"])
    assert got == sorted(expected)
