"""Parties told with their office, and groups of office holders named in another sentence:
a name set off after its title is the party when it undergoes the act in the passive, an
office run into the name ("Transport Minister X") is no part of it, a judge or prosecutor
named as the act's object is the party, a sentence that identifies a counted group of
office holders ("Ce sont ...", "namely ...") or tells what the measures do to them (a travel
ban, blocked property) names the act's parties, a removal of one person told by a tie to
another ("a close associate of Governor X") goes to the person the next sentence names with
the listing it undoes, and an act told in the progressive ("the State Department is
designating X") is the verb's own. Near misses: the official who announces or who is named
as the measures' author, someone who only comments, a plan to designate stay no party.
Invented parties, sentences written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2021-06-10"  # a Thursday

CASES = [
    # a titled name undergoing the act
    ("fr", "Lundi, la gouverneure de la banque centrale zemblienne, Irina Volkova, a aussi été radiée de la liste.",
     [("removal", "Irina Volkova", "2021-06-07")]),
    ("en", "The army's chief of staff, Pavel Dorin, has been sanctioned by the Treasury since May.",
     [("designation", "Pavel Dorin", "2021-05")]),
    # near misses: the titled name who announces or comments is no party
    ("fr", "La porte-parole du gouvernement, Irina Volkova, a indiqué lundi que Pavel Dorin a été radié de la liste.",
     [("removal", "Pavel Dorin", "2021-06-07")]),
    ("en", "The port's director, Irina Volkova, said Pavel Dorin was designated by the Treasury in May.",
     [("designation", "Pavel Dorin", "2021-05")]),
    # a counted group of office holders, identified in the next sentence
    ("fr", "Mardi, la Suède a inscrit trois juges zembliens sur sa liste de sanctions. Ce sont la présidente de "
     "la cour, Irina Volkova, le procureur, Pavel Dorin, et le greffier, Ilya Sarin, selon les mesures décidées "
     "par la ministre, Anna Berg.",
     [("designation", "Irina Volkova", "2021-06-08"), ("designation", "Pavel Dorin", "2021-06-08"),
      ("designation", "Ilya Sarin", "2021-06-08")]),
    ("fr", "Mardi, la Suède a sanctionné trois généraux zembliens. Il s'agissait de Pavel Dorin, d'Ilya Sarin "
     "et de Lev Kamov.",
     [("designation", "Pavel Dorin", "2021-06-08"), ("designation", "Ilya Sarin", "2021-06-08"),
      ("designation", "Lev Kamov", "2021-06-08")]),
    ("en", "Sweden blacklisted three Zemblan generals on Tuesday. They are Defence Minister Pavel Dorin, "
     "Transport Minister Ilya Sarin and Interior Minister Lev Kamov.",
     [("designation", "Pavel Dorin", "2021-06-08"), ("designation", "Ilya Sarin", "2021-06-08"),
      ("designation", "Lev Kamov", "2021-06-08")]),
    # ... named with what the measures do to them
    ("en", "Sweden and Finland on Monday ordered sanctions against three Zemblan generals. Defence Minister "
     "Pavel Dorin, Transport Minister Ilya Sarin and Interior Minister Lev Kamov are now barred from travelling "
     "to either country, whose officials said their assets there would also be frozen.",
     [("designation", "Pavel Dorin", "2021-06-07"), ("designation", "Ilya Sarin", "2021-06-07"),
      ("designation", "Lev Kamov", "2021-06-07")]),
    ("fr", "Mardi, la Suède a sanctionné trois généraux zembliens. Pavel Dorin, Ilya Sarin et Lev Kamov sont "
     "désormais interdits d'entrée en Suède et leurs avoirs y sont gelés.",
     [("designation", "Pavel Dorin", "2021-06-08"), ("designation", "Ilya Sarin", "2021-06-08"),
      ("designation", "Lev Kamov", "2021-06-08")]),
    # near misses: officials who comment after the group's act name no party
    ("en", "Sweden blacklisted three Zemblan generals on Tuesday. Defence Minister Pavel Dorin called the step "
     "hostile.",
     []),
    ("en", "Sweden and Finland on Monday ordered sanctions against three Zemblan generals. Defence Minister "
     "Pavel Dorin, Transport Minister Ilya Sarin and Interior Minister Lev Kamov denounced the step.",
     []),
    # one person told by a tie to another, named next with the listing the removal undoes
    ("en", "Washington delisted a close associate of Governor Pavel Dorin on Tuesday, officials said. Ilya Sarin, "
     "who runs the governor's office, had been designated in January over bribery.",
     [("removal", "Ilya Sarin", "2021-06-08"), ("designation", "Ilya Sarin", "2021-01")]),
    ("fr", "Mardi, Washington a radié une collaboratrice du gouverneur Pavel Dorin de sa liste. Irina Volkova, "
     "directrice de son cabinet, avait été sanctionnée en janvier pour corruption.",
     [("removal", "Irina Volkova", "2021-06-08"), ("designation", "Irina Volkova", "2021-01")]),
    # near miss: the next sentence names someone who only comments
    ("en", "Washington delisted a close associate of Governor Pavel Dorin on Tuesday, officials said. Ilya Sarin, "
     "who runs the governor's office, welcomed the step.",
     []),
    # the act in the progressive; a judge or a prosecutor as its object
    ("en", "The State Department said on Monday that it was designating regional appeals judge Lev Kamov for "
     "corruption.",
     [("designation", "Lev Kamov", "2021-06-07")]),
    ("en", "Today the Treasury is blacklisting Dorin Freight Ltd and three of its tankers.",
     [("designation", "Dorin Freight Ltd", "2021-06-10")]),
    ("fr", "Lundi, Washington a sanctionné la procureure Irina Volkova.",
     [("designation", "Irina Volkova", "2021-06-07")]),
    # near miss: a plan to designate is no act
    ("en", "The Treasury is weighing designating Dorin Freight Ltd.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_titled_and_counted_parties(lang: str, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    res = extract_article(text, published=PUB, language=lang)
    got = sorted((e["type"], e["entity"], e["date"]) for e in res["events"])
    assert got == sorted(expected)
