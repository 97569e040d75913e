"""French wording of the kinds real French pages use, read from how they were missed:
lists of named designees each told with a title ("A, chef de X, B, juge, et C", "parmi
les personnes visées figurent notamment ..., A ; et ..., B, ou encore ..., C", "contre
sept responsables, dont le chef X", "sont aussi concernés, dont X"), measures as the
subject with a clause between ("Ces mesures, que ..., visent ..."), an investment ban's
order and the parties that "join" the list, a removal told far from its noun, court
wording ("ont vu leurs sanctions levées par le Tribunal",
"a obtenu gain de cause", "une décision contestée par X", "retiré de la liste après une
victoire judiciaire"), a judgment's heading, a year "à partir de 2019", a counted act told
again with its date, French institutions named head first; beside the near misses that
must stay silent (a speaker with a title, a plan to sue, a handle of an embedded post,
a company's counted executives, a relative, a ban told after a listing). Invented
parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-03-25"  # a Thursday

CASES = [
    # lists of named parties, each with its title
    ("Les ministres ont approuvé la liste lundi 22 mars 2021. Les personnalités sanctionnées sont Pavel Sorokine, "
     "directeur des prisons, Ivan Melnikov, responsable du Comité d'enquête, Oleg Tarassov, procureur adjoint, et "
     "Boris Kouznetsov, chef de la police fédérale.",
     [("designation", "Pavel Sorokine", "2021-03-22"), ("designation", "Ivan Melnikov", "2021-03-22"),
      ("designation", "Oleg Tarassov", "2021-03-22"), ("designation", "Boris Kouznetsov", "2021-03-22")]),
    ("Pékin a décrété le mardi 23 mars 2021, des sanctions contre douze Européens. D'après la presse, parmi "
     "les douze personnalités sanctionnées, figurent notamment les sénateurs belges, Marc Vandenberghe; et néerlandais, Pieter "
     "Janssens, vice-président de la commission des pêches, du Sénat, ou encore le sociologue danois, Henrik "
     "Mortensen, auteur de plusieurs enquêtes.",
     [("designation", "Marc Vandenberghe", "2021-03-23"), ("designation", "Pieter Janssens", "2021-03-23"),
      ("designation", "Henrik Mortensen", "2021-03-23")]),
    ("Ottawa a annoncé le 22 mars 2021 de nouvelles sanctions contre sept responsables de l'armée vénézuélienne, "
     "dont le chef d'état-major Rafael Moncada.",
     [("designation", "Rafael Moncada", "2021-03-22")]),
    ("Londres a annoncé lundi de nouvelles sanctions contre la junte. Ces mesures, que l'Australie a reprises, "
     "visent le chef d'état-major Kyaw Min Tun, le ministre de l'Énergie Thein Swe et son adjoint Aung Naing Win.",
     [("designation", "Kyaw Min Tun", "2021-03-22"), ("designation", "Thein Swe", "2021-03-22"),
      ("designation", "Aung Naing Win", "2021-03-22")]),
    ("En septembre 2020, Washington avait annoncé des sanctions financières contre la greffière du tribunal Aminata "
     "Diallo. Le gouvernement avait aussi imposé des sanctions financières et des interdictions de visa à Karim "
     "Benali.",
     [("designation", "Aminata Diallo", "2020-09"), ("designation", "Karim Benali", None)]),
    # an investment ban, the parties that join the list, and the order told again with its day
    ("Un décret signé par le président interdit les investissements dans 40 entreprises chinoises, dont "
     "Zhongxing Tech. Le fabricant de drones Skyway, l'opérateur Unicomtel et bien d'autres groupes de défense "
     "rejoignent Zhongxing Tech sur la liste.",
     [("designation", "Zhongxing Tech", None), ("designation", "Skyway", None), ("designation", "Unicomtel", None)]),
    ("Washington interdit d'investir dans 40 sociétés chinoises, dont Zhongxing Tech et Skyway. Les marchés ont peu "
     "réagi. Le président avait signé, le 3 juin 2020, un décret interdisant tout investissement dans 40 "
     "entités chinoises.",
     [("designation", "Zhongxing Tech", "2020-06-03"), ("designation", "Skyway", "2020-06-03")]),
    # a removal told far from its noun
    ("Washington a levé vendredi les sanctions imposées à Aminata Diallo. La décision retire aussi Joseph Mensah, "
     "responsable des enquêtes financières du tribunal, de la liste des ressortissants spécialement désignés.",
     [("removal", "Aminata Diallo", "2021-03-19"), ("removal", "Joseph Mensah", "2021-03-19")]),
    # a counted group, then its members after "dont", each with a title
    ("L'UE a sanctionné lundi 11 responsables moldaves, dont le ministre des Transports et des "
     "communications, Reza Karimi, et quatre entités.",
     [("designation", "Reza Karimi", "2021-03-22")]),
    ("Le Trésor a sanctionné lundi la société Orvex Trading, dont le directeur, Pavel Ostrov, vit à Dubaï.",
     [("designation", "Orvex Trading", "2021-03-22")]),
    # courts
    ("L'ancien ministre Piotr Volkov et son frère Andreï Volkov ont vu leurs sanctions levées par le Tribunal "
     "général européen le 24 mars 2021, après une contestation réussie.",
     [("vacatur", "Piotr Volkov", "2021-03-24"), ("vacatur", "Andreï Volkov", "2021-03-24"),
      ("legal_challenge", "Piotr Volkov", None), ("legal_challenge", "Andreï Volkov", None)]),
    ("L'ex-ministre Piotr Volkov retiré des listes de sanctions de l'UE après une victoire judiciaire.",
     [("vacatur", "Piotr Volkov", None)]),
    ("Bruxelles a renouvelé le gel jusqu'à juin 2018, une décision contestée par Piotr Volkov.",
     [("legal_challenge", "Piotr Volkov", None)]),
    ("Selon les juges, le Conseil s'est trompé en inscrivant les noms de Piotr Volkov et de son frère Andreï "
     "Volkov sur les listes à partir de 2019.",
     [("designation", "Piotr Volkov", "2019"), ("designation", "Andreï Volkov", "2019")]),
    ("La juridiction a validé mardi une partie des sanctions. L'ancien ministre Piotr Volkov a néanmoins obtenu "
     "gain de cause pour les mesures prises à son encontre la première année.",
     [("vacatur", "Piotr Volkov", None)]),
    ("Le Tribunal de l'UE a annulé mercredi des décisions qui prorogeaient le gel des avoirs de dirigeants "
     "moldaves, dont l'ex-ministre Piotr Volkov. Pour lui, le Tribunal a donc annulé les prorogations votées en "
     "2016 et 2017.",
     [("vacatur", "Piotr Volkov", "2021-03-24")]),
    # one of a counted group named on its own; a relative clause is no list of the group
    ("Les Vingt-Sept ont sanctionné lundi six personnes. Les six personnes sanctionnées sont toutes russes. Ivan "
     "Petrov en fait partie. « Ivan Petrov siège aussi dans une commission dont la mission est de contrer Boris "
     "Volkov », note l'UE.",
     [("designation", "Ivan Petrov", "2021-03-22")]),
    # the object told by the noun the sentence introduced the party with
    ("Après une enquête sur le groupe israélien Falcon Systems et son logiciel Kestrel, Washington a annoncé avoir "
     "placé le groupe sur sa liste des entités.",
     [("designation", "Falcon Systems", None)]),
    # French institutions named head first, lower-case words after "des" / "de l'"
    ("Pékin a annoncé lundi des sanctions contre plusieurs chercheurs européens. Trois fondations sont aussi "
     "concernées, dont l'Alliance des libertés, basée en Suède.",
     [("designation", "Alliance des libertés", "2021-03-22")]),
    ("L'UE a désigné lundi l'Institut Kestrel et les Forces de l'ordre moldaves.",
     [("designation", "Institut Kestrel", "2021-03-22"), ("designation", "Forces de l'ordre moldaves", "2021-03-22")]),
    # a judgment's heading: who brought the case, and the act it seeks to annul, with its day
    ("ARRÊT DU TRIBUNAL (deuxième chambre)\n12 mars 2021\nDans l’affaire T‑512/19,\nPiotr Volkov, demeurant "
     "à Chisinau (Moldavie), représenté par Me A. Durand, avocat,\npartie requérante,\ncontre\nConseil de "
     "l’Union européenne, représenté par M. B. Martin, en qualité d’agent,\npartie défenderesse,\nayant pour "
     "objet une demande d’annulation de la décision 2019/200/PESC du Conseil, du 4 février 2019, pour autant "
     "que le nom du requérant a été maintenu sur la liste figurant en annexe,",
     [("legal_challenge", "Piotr Volkov", None), ("designation", "Piotr Volkov", "2019-02-04")]),
    # dates: a day of the month with its weekday, "en début de mois"; a count is no day
    ("Le Trésor a sanctionné la société Orvex Trading le jeudi 18.", [("designation", "Orvex Trading", "2021-03-18")]),
    ("Le Trésor a sanctionné jeudi 12 entreprises, dont Orvex Trading.", [("designation", "Orvex Trading", "2021-03-25")]),
    ("Orvex Trading a été placée sur la liste des entités en début de mois.", [("designation", "Orvex Trading", "2021-03")]),
    # near misses
    ("Le Trésor a sanctionné mardi la société Orvex Trading, dont le fondateur Pavel Ostrov vit à Dubaï.",
     [("designation", "Orvex Trading", "2021-03-23")]),
    ("À Moscou, le ministre des Affaires étrangères, Sergueï Lavrov, a dénoncé les sanctions.", []),
    ("Le directeur de la police, Ivan Petrov, a déclaré que les sanctions étaient injustes.", []),
    ("Orvex Trading a fait part de son intention de contester cette inscription en justice.", []),
    ("Le département du Commerce a ajouté mercredi Falcon Systems à la liste des entités, après une enquête "
     "relayée par @OpenLeaks et @RightsWatchNet.", [("designation", "Falcon Systems", "2021-03-24")]),
    ("Les exportateurs sont également concernés par la mesure.", []),
    ("La Fondation a salué les sanctions décidées par l'UE.", []),
    ("Washington a par ailleurs sanctionné une douzaine de dirigeants de Korvex Lab et Korvex Group, parmi "
     "lesquels plusieurs vice-présidents.", []),
    ("Alexander Volkov, fils de l'industriel Dmitry Volkov, a remporté mercredi son recours contre les sanctions de "
     "l'UE, selon un communiqué de la Cour de justice de l'Union européenne.",
     [("vacatur", "Alexander Volkov", "2021-03-24"), ("legal_challenge", "Alexander Volkov", None)]),
    ("Le Trésor a sanctionné mardi la société Orvex Trading. Londres a imposé jeudi une nouvelle vague de "
     "sanctions contre la Russie, interdisant la compagnie aérienne Skyjet et visant ses banques.",
     [("designation", "Orvex Trading", "2021-03-23")]),
    ("Les nouveaux venus rejoignent Orvex Trading sur le marché chinois.", []),
    ("Le président a signé un décret interdisant les investissements dans le secteur minier.", []),
    ("Le Royaume-Uni rappelle les centaines de sanctions déjà imposées à l'Iran.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_french_page_wording(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    events = extract_article(text, published=PUB, language="fr")["events"]
    assert sorted((e["type"], e["entity"], e["date"]) for e in events) == sorted(expected), events
