"""Parties told in shapes the reader missed, in both languages (sentences written for this
test, invented names):

- named parties told as the round's targeted group, or as some of it, by a verb of being or
  of membership (« A et B sont les nouvelles personnes visées », « A faisait partie des
  personnes sanctionnées », « A est l'une des personnes visées », "A and B are the latest
  people targeted"), a titled person too (« le sénateur A et l'ancien député B étaient les deux
  premières personnalités sanctionnées »);
- measures restored after a lift (« a rétabli les sanctions contre A », « réimposé des
  sanctions à B », "reinstated sanctions on A");
- given names joined before one surname (« Boris et Igor Varenko »: two people);
- the parties a renewal leaves out (« les a renouvelées, à l'exception des mesures prises
  contre A », "renewed the sanctions, except those on A"): a removal each;
- an entry ban told by the verb of forbidding (« interdit à A d'entrer au Canada », "barred
  A from entering the country");
- the recipients of imposed measures told by their number or an indefinite (« des sanctions
  à une vingtaine de personnes. Parmi elles figurent A et B »), not the patron they favour
  or stay loyal to (« des généraux fidèles à A », "a vote rigged in favour of President A");
- a plural pronoun, or a stressed one, as the subject of a passive act takes up the people
  named together before it (« Ils avaient été sanctionnés », « Eux-mêmes avaient été
  placés sur la liste », "They had been sanctioned"); a stressed pronoun is no name.
"""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2023-03-10"  # a Friday; Tuesday is 2023-03-07, Wednesday 2023-03-08
TUE = "2023-03-07"
WED = "2023-03-08"
D = "designation"
R = "removal"

FR = [
    # the named parties told as the targeted group by a verb of being or of membership
    ("Marc Dorval et Pierre Lantin sont les nouvelles personnes visées par les sanctions canadiennes.",
     [(D, "Marc Dorval", None), (D, "Pierre Lantin", None)]),
    ("Marc Dorval et Pierre Lantin faisaient partie des personnes sanctionnées en mars.",
     [(D, "Marc Dorval", "2023-03"), (D, "Pierre Lantin", "2023-03")]),
    ("Le Canada a infligé mardi des sanctions à six Haïtiens. Marc Dorval et Pierre Lantin sont les nouvelles "
     "personnes touchées par les mesures d'Ottawa.", [(D, "Marc Dorval", TUE), (D, "Pierre Lantin", TUE)]),
    ("Le Canada a infligé mardi des sanctions à six Haïtiens. Marc Dorval est l'une des personnes visées.",
     [(D, "Marc Dorval", TUE)]),
    ("Le sénateur Marc Dorval et l'ancien député Pierre Lantin étaient les deux premières personnalités "
     "sanctionnées par le Canada.", [(D, "Marc Dorval", None), (D, "Pierre Lantin", None)]),
    # (a group that describes, no act: no party)
    ("Le Canada a infligé mardi des sanctions à six Haïtiens. Kormax Mining et Velor Textiles sont les "
     "entreprises qui ont le plus profité des sanctions.", []),
    ("Les banques doivent bloquer les paiements destinés aux entités inscrites sur la liste.", []),
    # measures restored after a lift
    ("Le Trésor américain a rétabli mardi les sanctions contre le négociant Marc Dorval.",
     [(D, "Marc Dorval", TUE)]),
    ("Le Trésor américain a réimposé mardi des sanctions à la société Kormax Mining.", [(D, "Kormax Mining", TUE)]),
    ("Washington a remis en place mardi les sanctions visant la société Kormax Mining.", [(D, "Kormax Mining", TUE)]),
    ("Le Trésor a rétabli mardi ses relations avec la société Kormax Mining.", []),
    # given names joined before one surname
    ("Le Trésor a sanctionné mardi Boris et Igor Varenko, deux frères proches du pouvoir.",
     [(D, "Boris Varenko", TUE), (D, "Igor Varenko", TUE)]),
    ("Le Trésor a sanctionné mardi Igor et Boris Varenko.", [(D, "Igor Varenko", TUE), (D, "Boris Varenko", TUE)]),
    # (a company before a person's name: two parties, no shared surname)
    ("Le Trésor a sanctionné mardi Velor et Pierre Lantin.", [(D, "Velor", TUE), (D, "Pierre Lantin", TUE)]),
    # the parties a renewal leaves out
    ("Les Vingt-Sept ont renouvelé mercredi les mesures, à l'exception des mesures prises contre "
     "Marc Dorval, Pierre Lantin et Jean Morel.", [(R, "Marc Dorval", WED), (R, "Pierre Lantin", WED), (R, "Jean Morel", WED)]),
    ("L'UE a prolongé mardi les mesures visant 1500 personnes, à l'exception de Marc "
     "Dorval et de Pierre Lantin.", [(R, "Marc Dorval", TUE), (R, "Pierre Lantin", TUE)]),
    ("Le Conseil a renouvelé mardi le gel des avoirs, sauf pour Marc Dorval.", [(R, "Marc Dorval", TUE)]),
    ("L'UE a prolongé mardi les sanctions contre Marc Dorval.", []),
    # an entry ban told by the verb of forbidding
    ("Ottawa interdit à l'ancien sénateur Marc Dorval et à l'ancien ministre Pierre Lantin d'entrer au Canada.",
     [(D, "Marc Dorval", None), (D, "Pierre Lantin", None)]),
    ("Le Canada a interdit mardi à Marc Dorval d'entrer sur son territoire.", [(D, "Marc Dorval", TUE)]),
    ("La loi interdit aux entreprises de commercer avec Kormax Mining.", []),
    # the recipients of imposed measures told by their number or an indefinite
    ("Le Canada a infligé mardi des sanctions à une vingtaine de personnes. Parmi elles figurent Marc Dorval "
     "et Pierre Lantin.", [(D, "Marc Dorval", TUE), (D, "Pierre Lantin", TUE)]),
    ("Le Canada a infligé mardi des sanctions à des responsables haïtiens. Parmi eux figurent Marc Dorval "
     "et Pierre Lantin.", [(D, "Marc Dorval", TUE), (D, "Pierre Lantin", TUE)]),
    ("Le Canada a infligé mardi des sanctions à près de 30 personnes. Parmi elles figurent Marc Dorval "
     "et Pierre Lantin.", [(D, "Marc Dorval", TUE), (D, "Pierre Lantin", TUE)]),
    ("Le Canada a imposé à de nombreuses reprises des sanctions à la Norlandie.", []),
    # (the patron the recipients favour or stay loyal to is no party; a member told after
    # « dont » still is)
    ("Le Canada a infligé mardi des sanctions à des généraux après un scrutin truqué en faveur du président "
     "Ivan Sokol.", []),
    ("Le Canada a infligé mardi des sanctions à cinq généraux fidèles à Ivan Sokol.", []),
    ("Le Canada a infligé mardi des sanctions à des juges restés fidèles au dictateur Ivan Sokol.", []),
    ("Le Canada a infligé mardi des sanctions à des généraux fidèles au régime, dont Marc Dorval.",
     [(D, "Marc Dorval", TUE)]),
    # a plural or stressed pronoun as the subject of a passive act
    ("Marc Dorval et Pierre Lantin ont dénoncé mardi une injustice. Ils avaient été sanctionnés en février 2022.",
     [(D, "Marc Dorval", "2022-02"), (D, "Pierre Lantin", "2022-02")]),
    ("Marc Dorval et Pierre Lantin ont dénoncé mardi une injustice. Eux-mêmes avaient été inscrits sur la liste "
     "du Conseil en février 2022.", [(D, "Marc Dorval", "2022-02"), (D, "Pierre Lantin", "2022-02")]),
    ("Marc Dorval a dénoncé mardi une injustice. Lui-même avait été inscrit par le Conseil "
     "sur sa liste en février 2022.", [(D, "Marc Dorval", "2022-02")]),
    # (a pronoun that speaks takes up no person)
    ("Les analystes Marc Dorval et Pierre Lantin ont commenté mardi les sanctions. Ils ont dit que Kormax Mining "
     "avait été sanctionnée en février 2022.", [(D, "Kormax Mining", "2022-02")]),
]

EN = [
    ("Marc Dorval and Pierre Lantin are the latest people targeted by Canadian sanctions.",
     [(D, "Marc Dorval", None), (D, "Pierre Lantin", None)]),
    ("Canada imposed sanctions on six Haitians on Tuesday. Marc Dorval is one of the people targeted.",
     [(D, "Marc Dorval", TUE)]),
    ("Senator Marc Dorval and former senator Pierre Lantin were the first two politicians sanctioned by Canada.",
     [(D, "Marc Dorval", None), (D, "Pierre Lantin", None)]),
    ("Canada imposed sanctions on six Haitians on Tuesday. Kormax and Velor are the firms that gained most "
     "from the sanctions.", []),
    ("The Treasury reimposed sanctions on Marc Dorval on Tuesday.", [(D, "Marc Dorval", TUE)]),
    ("The Treasury reinstated sanctions on Marc Dorval on Tuesday.", [(D, "Marc Dorval", TUE)]),
    ("The Treasury restored ties with Kormax Mining on Tuesday.", []),
    ("The Treasury sanctioned Pavel, Roman and Ilya Vadov on Tuesday.",
     [(D, "Pavel Vadov", TUE), (D, "Roman Vadov", TUE), (D, "Ilya Vadov", TUE)]),
    ("The Treasury sanctioned Kormax and Pavel Vadov on Tuesday.", [(D, "Kormax", TUE), (D, "Pavel Vadov", TUE)]),
    ("The EU on Tuesday renewed its sanctions for six months, except those on Marc Dorval and Pierre Lantin.",
     [(R, "Marc Dorval", TUE), (R, "Pierre Lantin", TUE)]),
    ("The EU on Tuesday extended the sanctions on 1,500 people, except for three who died.", []),
    ("Canada on Tuesday barred former senator Marc Dorval and former minister Pierre Lantin from entering the "
     "country.", [(D, "Marc Dorval", TUE), (D, "Pierre Lantin", TUE)]),
    ("The court barred Kormax Mining from entering the market.", []),
    # (the patron the recipients favour or stay loyal to is no party)
    ("Canada on Tuesday imposed sanctions on officials after a vote rigged in favour of President Ivan Sokol.", []),
    ("Canada on Tuesday imposed sanctions on militia leaders loyal to Ivan Sokol.", []),
    ("Canada on Tuesday imposed sanctions on officials who rigged the count in favor of Ivan Sokol.", []),
    ("Canada on Tuesday imposed sanctions on officers loyal to the regime, including Marc Dorval.",
     [(D, "Marc Dorval", TUE)]),
    ("Marc Dorval and Pierre Lantin denounced an injustice on Tuesday. They had been sanctioned in February 2022.",
     [(D, "Marc Dorval", "2022-02"), (D, "Pierre Lantin", "2022-02")]),
]


@pytest.mark.parametrize(("text", "expected", "lang"), [(t, e, "fr") for t, e in FR] + [(t, e, "en") for t, e in EN])
def test_members_told_and_restored(text: str, expected: list[tuple[str, str, str | None]], lang: str) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
