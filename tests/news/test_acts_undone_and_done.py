"""Which act a sentence tells when it names two, and court words said by governments: a
removal of sanctions "imposed in August" is a removal dated by its main verb and, when the
sanctions carry their own date, a past listing in passing with that date (the labelling
rules count past events told in passing); a government that "annule" sanctions lifts them
(no court's vacatur), one that "suspend" its own decision grants no injunction; the
listing a court annuls across a day and a reason is the annulment's object, not a second
listing; a listing kept in force is a state; a court "saisi par" a party hears its case; a
minister named after a title as the object of the act is the party, not an official
speaking. Near misses stay silent or keep their type. Invented parties, sentences written
for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    # acts undone and done in one sentence: the main verb's act, dated by the main verb;
    # the undone act a past event only with its own date
    ("The Treasury lifted the sanctions it imposed in 2018 on Kortel Metals.",
     [("removal", "Kortel Metals", None), ("designation", "Kortel Metals", "2018")]),
    ("The Treasury on Monday lifted sanctions imposed in August on Kortel Metals.",
     [("removal", "Kortel Metals", "2021-06-07"), ("designation", "Kortel Metals", "2020-08")]),
    ("Le Trésor a levé lundi les sanctions imposées en août à Kortel Metals.",
     [("removal", "Kortel Metals", "2021-06-07"), ("designation", "Kortel Metals", "2020-08")]),
    ("Les sanctions imposées en 2019 à Kortel Metals ont été levées lundi.",
     [("removal", "Kortel Metals", "2021-06-07"), ("designation", "Kortel Metals", "2019")]),
    ("La Suède et la Norvège ont levé vendredi des sanctions prises réciproquement en mars contre le ministre "
     "Jonas Perl.",
     [("removal", "Jonas Perl", "2021-06-04"), ("designation", "Jonas Perl", "2021-03")]),
    # near misses: no date of its own, no past event; the main verb keeps its day
    ("The Treasury lifted the sanctions it imposed on Kortel Metals.", [("removal", "Kortel Metals", None)]),
    ("Le Trésor a levé les sanctions qui avaient été imposées à Kortel Metals.", [("removal", "Kortel Metals", None)]),
    ("The sanctions imposed by the Treasury in 2019 on Kortel Metals were lifted on Monday.",
     [("removal", "Kortel Metals", "2021-06-07")]),
    ("The Treasury lifted sanctions on Kortel Metals on Monday, two years after they were imposed.",
     [("removal", "Kortel Metals", "2021-06-07")]),
    ("The court vacated on Monday the sanctions imposed in 2019 on Kortel Metals.",
     [("vacatur", "Kortel Metals", "2021-06-07"), ("designation", "Kortel Metals", "2019")]),
    # an entry amended by removing parties: their removal, named then or in the next sentence
    ("BIS modified one existing entry on the Entity List, under the destination of Norland, by removing 3 "
     "entities within the entry. The removal of Kortel Metals, Brisa Atomic Works (BAW), and Danvers Research "
     "Center (DRC) will support cooperation.",
     [("removal", "Kortel Metals", None), ("removal", "Brisa Atomic Works (BAW)", None),
      ("removal", "Danvers Research Center (DRC)", None)]),
    ("BIS modified one existing entry on the Entity List by adding an address for Kortel Metals.",
     [("amendment", "Kortel Metals", None)]),
    # acts told by a noun: a decision taken, one of the targets, the sanctioned entities named
    ("The targeting of Jonas Perl builds on the decision to blacklist the Rovan Guard Corps as a terrorist "
     "organization.", [("designation", "Rovan Guard Corps", None)]),
    ("Any decision to blacklist Kortel Metals is taken by consensus.", []),
    ("One of the targets was Jonas Perl, a senator.", [("designation", "Jonas Perl", None)]),
    ("One of the targets of the investigation was Jonas Perl.", []),
    ("The sanctioned entities, Kortel Metals and Brisa Works, are based in Norland.",
     [("designation", "Kortel Metals", None), ("designation", "Brisa Works", None)]),
    ("The sanctioned entities have offices in Norland, Kortel Metals said.", []),
    ("Le Trésor a annoncé que le ministre Jonas Perl fera partie de la liste des dirigeants soumis à des sanctions.",
     [("designation", "Jonas Perl", None)]),
    ("Kortel Metals fera partie de la liste des sociétés cotées à Paris.", []),
    # acts on an unnamed group, whose parties the next sentence names with the related act;
    # "a similar measure" is the act told just before
    ("La Norvège et la Suède ont levé vendredi des sanctions prises réciproquement en mars contre des ministres "
     "des deux pays, a annoncé le ministère. Selon ce ministère, Oslo a levé les sanctions à l'encontre des "
     "ministres norvégiens de la Justice, Jonas Perl, et de l'Intérieur, Marta Vilenko, et Stockholm a "
     "parallèlement pris une mesure similaire concernant celles qui avaient été imposées aux ministres suédois "
     "de la Défense, Karl Lund, et de la Justice, Nils Berg.",
     [("designation", "Jonas Perl", "2021-03"), ("designation", "Marta Vilenko", "2021-03"),
      ("designation", "Karl Lund", "2021-03"), ("designation", "Nils Berg", "2021-03"),
      ("removal", "Jonas Perl", "2021-06-04"), ("removal", "Marta Vilenko", "2021-06-04"),
      ("removal", "Karl Lund", "2021-06-04"), ("removal", "Nils Berg", "2021-06-04")]),
    ("The Treasury lifted sanctions on two Norlandic officials on Monday. The Treasury had sanctioned Jonas Perl "
     "and Marta Vilenko in 2019.",
     [("removal", "Jonas Perl", "2021-06-07"), ("removal", "Marta Vilenko", "2021-06-07"),
      ("designation", "Jonas Perl", "2019"), ("designation", "Marta Vilenko", "2019")]),
    # near misses: a new act for other parties; a count that is not the parties named
    ("The Treasury lifted sanctions on two Norlandic officials on Monday. It also sanctioned Jonas Perl and "
     "Marta Vilenko.",
     [("designation", "Jonas Perl", "2021-06-07"), ("designation", "Marta Vilenko", "2021-06-07")]),
    ("The Treasury lifted sanctions on two Norlandic officials on Monday. The Treasury had sanctioned Jonas Perl, "
     "Marta Vilenko and Karl Lund in 2019.",
     [("designation", "Jonas Perl", "2019"), ("designation", "Marta Vilenko", "2019"),
      ("designation", "Karl Lund", "2019")]),
    ("La Norvège a pris une mesure similaire contre Jonas Perl.", []),
    # a licence issued, then when it ends; a licence told only by its expiry is a deadline
    ("The Treasury had twice issued waivers to allow companies to wind down dealings with Kortel Shipping, the "
     "latest of which was set to expire on July 4.",
     [("license", "Kortel Shipping", None), ("deadline", "Kortel Shipping", "2021-07-04")]),
    ("The announcement came days before the scheduled expiration on June 14, 2021 of a general license "
     "authorizing wind-down transactions with Kortel Shipping.",
     [("license", "Kortel Shipping", None), ("deadline", "Kortel Shipping", "2021-06-14")]),
    ("The general license for Kortel Shipping expires on July 16.", [("deadline", "Kortel Shipping", "2021-07-16")]),
    # a negation before a colon is another statement's; a title is no party, the name after it is
    ("Ce n'est pas une surprise: en annonçant fin mai imposer des sanctions \"dures\" au Guide suprême "
     "norlandais, l'ayatollah Ali Temrani, le président avait prévenu les autres dirigeants.",
     [("designation", "Ali Temrani", "2021-05")]),
    ("Le ministre a déclaré : nous ne sanctionnerons pas Kortel Metals.", []),
    # the sanctioning authority that "targeted" a party before
    ("Il s'agit des sanctions les plus importantes décidées par l'administration américaine, qui a ciblé par le "
     "passé la compagnie pétrolière publique Petrovar et plusieurs dizaines de responsables.",
     [("designation", "Petrovar", None)]),
    ("Le ministre, qui a ciblé les opposants de Kortel Metals, a été reçu à Paris.", []),
    # a past listing in passing, a month apart from the day's: two listings; a month that
    # holds the day is one
    ("The United Nations on Wednesday added Jonas Perl to its list of global terrorists. Norland, which slapped "
     "unilateral sanctions on Perl in March, also welcomed the decision.",
     [("designation", "Jonas Perl", "2021-06-09"), ("designation", "Jonas Perl", "2021-03")]),
    ("The United Nations on Wednesday added Jonas Perl to its list of global terrorists. The committee had "
     "sanctioned Perl in June after a long review.",
     [("designation", "Jonas Perl", "2021-06-09")]),
    # court words said by a government, in a sentence that names no court
    ("La Suède a, à son tour, annulé des mesures prises contre la ministre de l'Intérieur, Marta Vilenko.",
     [("removal", "Marta Vilenko", None)]),
    ("Norway annulled the sanctions on Jonas Perl.", [("removal", "Jonas Perl", None)]),
    ("Mais la Maison-Blanche avait suspendu la décision concernant le ministre Jonas Perl dans l'espoir d'un accord.",
     []),
    ("L'UE avait déjà « suspendu » fin mars l'inscription du mouvement Fatal sur sa liste d'organisations "
     "terroristes, un geste de soutien aux pourparlers.", [("removal", "Fatal", "2021-03")]),
    # near misses: a court, or a pronoun another sentence names, keeps the court's type
    ("Le tribunal a annulé les sanctions contre Jonas Perl.", [("vacatur", "Jonas Perl", None)]),
    ("Le juge a statué lundi. Il a annulé les sanctions contre Jonas Perl.", [("vacatur", "Jonas Perl", None)]),
    ("The court suspended the designation of Kortel Metals.", [("injunction", "Kortel Metals", None)]),
    # the listing a court annuls across a day and a reason is its object; a freeze kept in
    # force is a state; the court "saisi par" a party
    ("La justice européenne a annulé hier, pour vice de procédure, l'inscription du mouvement de résistance "
     "nordique Fatal sur la liste des organisations terroristes de l'UE.",
     [("vacatur", "Fatal", "2021-06-09")]),
    ("Saisi par le mouvement Fatal, le tribunal constate que son inscription repose sur des articles de presse.",
     [("legal_challenge", "Fatal", None)]),
    ("Les avoirs saisis par les douanes, le tribunal les a restitués à Kortel Metals.", []),
    ("Sanctions on Kortel Metals remain in place, the Treasury said.", []),
    ("Le gel des avoirs de Kortel Metals a été décidé lundi.", [("designation", "Kortel Metals", "2021-06-07")]),
    # a minister named after a title, the act's object: the party
    ("Le Trésor a sanctionné la ministre de l'Intérieur, Marta Vilenko.", [("designation", "Marta Vilenko", None)]),
    ("Le Trésor a levé les sanctions à l'encontre des ministres de la Justice, Jonas Perl, et de l'Intérieur, "
     "Marta Vilenko.",
     [("removal", "Jonas Perl", None), ("removal", "Marta Vilenko", None)]),
    # near miss: the official who announces, named after the title, acts
    ("La ministre de l'Intérieur, Marta Vilenko, a annoncé des sanctions contre Kortel Metals.",
     [("designation", "Kortel Metals", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_acts_undone_and_done(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
