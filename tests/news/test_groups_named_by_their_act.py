"""The parties of an act named after it as the members of a group the act filled, and the
French agentless passive of a new act: in English, a group told by its head noun and the
act's verb after it (a participle, or a reduced relative with the act's agent) as the subject
of a verb of membership whose complement opens on a name; in French, indefinite sanctions
told in the passé composé with their parties as complement; French "tel(le)s que" as English
"such as". Near misses: the group described by what it does (no name after the membership
verb), a verb that is no act of listing, a plan, the measures one already knows, a country as
the complement, examples of a group the act does not reach. Invented parties, sentences
written for this test."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article

PUB = "2024-03-10"


def _events(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    out = extract_article(text, published=PUB, language=lang)
    return {(e["type"], e["entity"], e["date"]) for e in out["events"]}


MEMBERS = [
    # a reduced relative with the agent named by its office, the names after "included"
    ("en", "Britain's finance ministry imposed sanctions on a shipping network on Tuesday. The tankers the "
           "ministry blocked included the Nordic Swan and the Pale Heron, both flagged in Panama.",
     {("designation", "Nordic Swan", "2024-03-05"), ("designation", "Pale Heron", "2024-03-05")}),
    # the participle after the head noun; the members carry descriptions of their own
    ("en", "Britain announced sanctions on Tuesday against a fraud network. The banks listed include Kestrel "
           "Bank, a lender based in Dunmore, and its founder Ivo Marsh.",
     {("designation", "Kestrel Bank", "2024-03-05"), ("designation", "Ivo Marsh", "2024-03-05")}),
    # the agent told by its name
    ("en", "The Treasury imposed sanctions on a smuggling ring on Tuesday. The vessels OFAC designated were the Grey "
           "Gull and the Sea Lark.",
     {("designation", "Grey Gull", "2024-03-05"), ("designation", "Sea Lark", "2024-03-05")}),
    # the French passive of a new act, its parties in the complement
    ("fr", "Le gouvernement britannique a annoncé lundi de nouvelles mesures. Des sanctions ont aussi été prises "
           "contre les navires Nordic Swan et Pale Heron.",
     {("designation", "Nordic Swan", "2024-03-04"), ("designation", "Pale Heron", "2024-03-04")}),
    ("fr", "De nouvelles sanctions ont été imposées mardi à la banque Kestrel Capital.",
     {("designation", "Kestrel Capital", "2024-03-05")}),
]


@pytest.mark.parametrize("lang,text,expected", MEMBERS)
def test_members_of_the_group_are_the_acts_parties(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected


NEAR_MISSES = [
    # the group's members told by what they carry, not by name
    ("en", "Britain sanctioned a shipping network on Tuesday. The ships the navy seized were carrying cargo "
           "for Kestrel Marine."),
    # a verb that is no act of listing
    ("en", "Britain sanctioned a shipping network on Tuesday. The companies Kestrel Marine supplies include "
           "Halden Lines."),
    # a plan
    ("en", "Britain sanctioned a shipping network on Tuesday. The tankers the ministry may block include the "
           "Nordic Swan."),
    # French: a plan, the measures already known, a country
    ("fr", "Des sanctions pourraient être imposées à Ivo Marsh, selon le ministère."),
    ("fr", "Les sanctions qui avaient été imposées à Ivo Marsh en 2019 sont toujours en vigueur."),
    ("fr", "Des sanctions ont été imposées à la Russie en 2014."),
]


@pytest.mark.parametrize("lang,text", NEAR_MISSES)
def test_near_misses_give_no_designation(lang: str, text: str) -> None:
    assert not {e for e in _events(text, lang) if e[0] == "designation" and e[1] != "Britain"}


# French "tel(le)s que" names members of a group as English "such as" does: after the act's
# object ("a sanctionné ... des armateurs tels que X") or inside a counted group ("quinze
# personnes, parmi lesquelles des juges tels que X"); examples of a group the act does not
# reach are no parties, in either language: the subject's ("Des partenaires tels que X ont
# critiqué la décision"), a relative clause's object ("qui fournit des armateurs tels que X")
EXAMPLES = [
    ("fr", "Le Canada a sanctionné mardi quinze personnes, parmi lesquelles des juges tels que le magistrat "
           "Ivo Marsh.", {("designation", "Ivo Marsh", "2024-03-05")}),
    ("fr", "Les sanctions visaient aussi le préfet régional Ana Kell et des armateurs tels que Roy Dune, Sam "
           "Pell et Ada Pell.",
     {("designation", "Ana Kell", None), ("designation", "Roy Dune", None), ("designation", "Sam Pell", None),
      ("designation", "Ada Pell", None)}),
    ("fr", "Des partenaires tels que Kestrel Marine ont critiqué lundi la décision de sanctionner Ivo Marsh.",
     {("designation", "Ivo Marsh", "2024-03-04")}),
    ("en", "Partners such as Kestrel Marine criticised on Monday the decision to sanction Ivo Marsh.",
     {("designation", "Ivo Marsh", "2024-03-04")}),
    ("fr", "Le Canada a sanctionné mardi Ivo Marsh, qui fournit des armateurs tels que Kestrel Marine.",
     {("designation", "Ivo Marsh", "2024-03-05")}),
]


@pytest.mark.parametrize("lang,text,expected", EXAMPLES)
def test_examples_of_a_group_the_act_reaches(lang: str, text: str, expected: set) -> None:
    assert _events(text, lang) == expected
