"""Persons' names written as a chain of descent (``X ben Y ben Z FAMILY``: Maghreb, Gulf,
Mauritania), queried as people write them: the given name and the family name, with or
without the father's name, the chain without its ``ben``'s, another spelling. The words of
the chain are the father's and grandfather's names (``names._roles``); a query naming the
father is another person. Before, ``Imed Trabelsi`` found nothing (0.49) and the father's
name with the family name found the son."""

from __future__ import annotations

import pytest

from listwatch.match.compare import compare_names
from listwatch.match.names import compare_names as raw
from listwatch.match.normalize import PERSON, normalize
from listwatch.screening.bounds import upper_bounds

IMED = "Mohamed Imed Ben Mohamed Naceur Ben Mohamed TRABELSI"
NESRINE = "Nesrine Bent Zine El Abidine Ben Haj Hamda BEN ALI"
FARID = "Farid Ben Haj Hamda Ben Haj Hassen BEN ALI"
MOEZ = "Moez Ben Moncef Ben Mohamed TRABELSI"
MAURITANIAN = "Mohamed Ould Ahmed Ould ALI"

SAME = [
    ("Imed Trabelsi", IMED),  # (the name he is called by and the family name)
    ("Imad Trabelsi", IMED),
    ("Mohamed Imed Trabelsi", IMED),
    ("Imed Ben Mohamed Naceur Trabelsi", IMED),
    ("Mohamed Imed Mohamed Naceur Mohamed Trabelsi", IMED),  # (no ben)
    ("Nesrine Ben Ali", NESRINE),  # (bent: daughter of)
    ("Farid Haj Hamda Haj Hassen Ben Ali", FARID),  # (Haj ... Haj aligned in order)
    ("Moez Trabelsi", MOEZ),
    ("Mohamed Ahmed Ali", MAURITANIAN),  # (ould: son of)
    ("JAMMALI, Imed Ben Bechir", "JAMMALI, Imed Ben Bechir Ben Hamda"),
    ("Imed Ben Beshir Jammali", "JAMMALI, Imed Ben Bechir Ben Hamda"),  # (a father's
    # name spelt another way, a grandfather's left out)
    ("Mekki Zarkaoui Imed Ben", "IMED BEN MEKKI ZARKAOUI"),  # (the words in another order)
    ("El Ould Amar Abderrahmane", "ABDERRAHMANE OULD EL AMAR"),
    ("Hamda Ben Ali", "Hamda Ben Slaheddine Ben Haj Hamda BEN ALI"),
]

OTHER = [
    ("Naceur Trabelsi", IMED),  # (his father)
    ("Moncef Trabelsi", MOEZ),
    ("Ahmed Ali", MAURITANIAN),
    ("Ali bin Hassan", "Hassan bin Ali"),  # (father and son the other way round)
    ("Imed Jammali", IMED),  # (another family)
    ("Hajer Ben Ali", NESRINE),  # (another given name)
    ("Bent Jensen", "Hans Jensen"),  # (Bent first: a Danish given name, no particle)
    ("Haj Hamda Ben Ali", "Hamda Ben Slaheddine Ben Haj Hamda BEN ALI"),  # (grandfather)
    ("Ahmed Mahri", "Mohamed Ould Mahri Ahmed DAYA"),
    ("Tah Amdouni", "AMDOUNI, Mehrez ben Tah"),
]


@pytest.mark.parametrize(("query", "listed"), SAME)
def test_a_chain_is_found_by_the_names_people_write(query: str, listed: str) -> None:
    assert compare_names(query, listed, "Person").match


@pytest.mark.parametrize(("query", "listed"), OTHER)
def test_the_fathers_name_or_another_name_is_another_person(query: str, listed: str) -> None:
    assert not compare_names(query, listed, "Person").match


def test_ould_and_bent_inside_a_name_read_as_bin_and_not_first() -> None:
    assert normalize("Mohamed Ould Ahmed Ould ALI", PERSON).tokens == (
        "mohamed", "bin", "ahmed", "bin", "ali")
    assert normalize("Bent Jensen", PERSON).tokens == ("bent", "jensen")


def test_why_says_the_father_is_another_person() -> None:
    detail = compare_names("Naceur Trabelsi", IMED, "Person").explanation[0]["detail"]
    assert "naceur is a father's name in one name, whose own given names" in detail


@pytest.mark.parametrize(("query", "listed"), SAME + OTHER)
def test_the_screening_bound_stays_above(query: str, listed: str) -> None:
    a, b = normalize(query, PERSON), normalize(listed, PERSON)
    assert upper_bounds(a, [b])[0] >= raw(a, b).score
    assert upper_bounds(b, [a])[0] >= raw(b, a).score


@pytest.mark.realdata
def test_the_ofsi_entry_is_found_by_given_and_family_name(shared_data, tmp_path) -> None:
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    store = Store(f"sqlite:///{tmp_path / 'hmt.db'}")
    ingest_paths(store, "gb_hmt", [shared_data / "gb_ofsi_conlist" / "2020-04-27"])
    screener = Screener.load(store)
    found = screener.screen({"name": "Imed Trabelsi", "schema": "Person",
                             "birth_date": "1974-08-26"})
    father = screener.screen({"name": "Naceur Trabelsi", "schema": "Person"})
    store.dispose()
    assert found and found[0]["match"]
    assert found[0]["name"] == IMED
    assert all(r["name"] != IMED for r in father if r["match"])
