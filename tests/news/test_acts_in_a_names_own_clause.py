"""An act told in a clause hung on a name by a comma (``own_clauses``): a relative clause in
the passive, a relative whose object is the name, or an apposition whose noun a participle
qualifies predicates of that name, whatever the name's place in the main clause (whom the
parties served, the body a person sat on, whom counted firms fronted for), in both
languages. Near misses: an active relative, a participle before another name, an office
in apposition before a main clause's verb, a main verb after an apposition. Sentences of
our own."""

from __future__ import annotations

import pytest

from listwatch.news import extract_article
from listwatch.news.own_clauses import owner_ends


def _designations(text: str) -> list[tuple[str, str | None]]:
    evs = extract_article(text, published="2024-03-14")["events"]
    return sorted((e["entity"], e["date"]) for e in evs if e["type"] == "designation")


@pytest.mark.parametrize(("text", "party", "date"), [
    # whom counted parties bought for, told with its own listing in an apposition
    ("The agency also listed three firms for buying lathes on behalf of Orrick Tooling, a Velmar-based "
     "maker put on the Entity List in 2017 for arming the navy.", "Orrick Tooling", "2017"),
    # whom counted parties fronted for
    ("Four traders were listed for serving as fronts for Dunmore Photonics Ltd, a state-run "
     "laboratory that was added to the register in 2015.", "Dunmore Photonics Ltd", "2015"),
    # the body the parties sat on, its listing in a passive relative
    ("Both women had sat on the board of Calvert Savings Bank, which was sanctioned by OFAC "
     "in April 2022 over the war.", "Calvert Savings Bank", "2022-04"),
    # a relative whose object is the name, an authority its subject
    ("The two pilots flew for Marlow Cargo Lines, which the Treasury designated in May 2021.",
     "Marlow Cargo Lines", "2021-05"),
    # in French: a passive relative, an apposition with its participle
    ("Les deux hommes siégeaient au conseil de la banque Corbel, qui a été sanctionnée en mars 2022.",
     "Corbel", "2022-03"),
    ("Trois négociants ont été visés pour avoir agi au nom de Lystra Métaux, une société inscrite sur "
     "la liste en 2016.", "Lystra Métaux", "2016"),
])
def test_the_act_of_a_names_own_clause_is_that_names(text: str, party: str, date: str) -> None:
    assert (party, date) in _designations(text)


@pytest.mark.parametrize(("text", "name"), [
    # an active relative: the name acted, it was not acted on
    ("The Council, which has sanctioned Orrick Tooling, said more would follow.", "Council"),
    # a participle used as an adjective of another name
    ("It bought steel from Hadley Works, a unit of sanctioned Orrick Tooling.", "Hadley Works"),
    # an office in apposition, then the main clause's verb
    ("After the talks with Hadley Works, the minister sanctioned on Monday three more firms.", "Hadley Works"),
    # a main verb after an apposition on the subject (French tells it with its auxiliary)
    ("Lystra Métaux, filiale du groupe Hadley Works, avait déjà été sanctionnée en 2019.", "Hadley Works"),
    ("Lystra Métaux, proche du groupe Hadley Works, a été sanctionnée en 2019.", "Hadley Works"),
    # an active verb with its object after an aside
    ("The ministry, citing Hadley Works, sanctioned the bank.", "Hadley Works"),
])
def test_no_clause_of_the_name(text: str, name: str) -> None:
    verb = next(w for w in ("sanctioned", "sanctionnée") if w in text)
    at = text.rindex(verb)
    assert not owner_ends(text, at, at + len(verb), text.index(name) + len(name))


def test_a_plural_clause_takes_every_name_coordinated_before_it() -> None:
    text = "The firm bought parts from Orrick Tooling and Hadley Works, which were put on the trade blacklist in 2019."
    assert _designations(text) == [("Hadley Works", "2019"), ("Orrick Tooling", "2019")]


def test_the_main_acts_party_keeps_its_event() -> None:
    # (near miss: the main clause's own object keeps the day of the news beside the clause's act)
    text = "The Treasury on Tuesday sanctioned Hadley Works, a foundry listed by the EU in 2019."
    assert _designations(text) == [("Hadley Works", "2024-03-12")]
