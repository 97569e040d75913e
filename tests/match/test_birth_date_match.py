"""A full birth date the same on both sides adds to a person's score (``birth_date_match``,
+0.1): a listed person queried by the given and family names alone (three middle names
left out: 0.64) is found when the query gives his birth date, and not with another date
or none. 1 January, a year alone, a company: nothing added."""

from __future__ import annotations

import pytest

from listwatch.match.features import Entity, birth_date_match
from listwatch.match.scorer import Scorer
from listwatch.screening.screen import lowering_only

ALAA = "Alaa Mohamed Hosni Elsayed MUBARAK"


def _person(name: str, *dates: str, schema: str = "Person") -> Entity:
    return Entity(schema, [name], birth_date=list(dates))


def test_the_same_full_date_adds_a_tenth() -> None:
    scorer = Scorer()
    alone = scorer.compare(_person("Alaa Mubarak"), _person(ALAA, "1960-11-26"))
    same = scorer.compare(_person("Alaa Mubarak", "1960-11-26"), _person(ALAA, "1960-11-26"))
    other = scorer.compare(_person("Alaa Mubarak", "1967-11-26"), _person(ALAA, "1960-11-26"))
    assert not alone.match and same.match and not other.match
    assert same.score == pytest.approx(alone.score + 0.1)
    assert any(e["feature"] == "birth_date_match" for e in same.explanation)
    # (an alternative date of the listing that agrees is enough)
    assert scorer.compare(_person("Alaa Mubarak", "1960-11-26"),
                          _person(ALAA, "1959-01-01", "1960-11-26")).match


@pytest.mark.parametrize(("query", "listed"), [
    ("1960-01-01", "1960-01-01"),  # (what lists and files write for a day not known)
    ("1960", "1960"),
    ("1960-11", "1960-11-26"),
    ("1960-11-26", "1960"),
    ("1960-11-26", "1960-11-27"),
])
def test_a_year_a_month_or_the_first_of_january_adds_nothing(query: str, listed: str) -> None:
    assert birth_date_match(_person("A", query), _person("B", listed))[0] == 0.0


def test_only_persons_share_a_birth_date() -> None:
    company = _person("Mubarak Trading", "1960-11-26", schema="Company")
    assert birth_date_match(_person("Alaa Mubarak", "1960-11-26"), company)[0] == 0.0
    # (a query that does not say what it names may be the person)
    thing = _person("Alaa Mubarak", "1960-11-26", schema="Thing")
    assert birth_date_match(thing, _person(ALAA, "1960-11-26"))[0] == 1.0


def test_screening_still_bounds_and_vetoes() -> None:
    scorer = Scorer()
    assert lowering_only(scorer) and scorer.schema_veto()
    assert scorer.lift(True) == pytest.approx(0.1) and scorer.lift(False) == 0.0


def test_a_name_bounded_under_the_floor_is_scored_when_the_date_may_lift_it() -> None:
    # (``_best_of_names`` skips a name whose bound cannot reach the floor; with a birth
    # date to compare, the bound plus the lift is what must reach it)
    from listwatch.match.normalize import PERSON, normalize
    from listwatch.screening.screen import _best_of_names

    scorer = Scorer()
    q, c = _person("Alaa Mubarak", "1960-11-26"), _person(ALAA, "1960-11-26")
    qn, cn = [normalize("Alaa Mubarak", PERSON)], [normalize(ALAA, PERSON)]
    name = scorer.compare(_person("Alaa Mubarak"), _person(ALAA)).score
    assert _best_of_names(scorer, q, c, qn, cn, PERSON, [name], 0.7) is None
    lifted = _best_of_names(scorer, q, c, qn, cn, PERSON, [name], 0.7, scorer.lift(True))
    assert lifted == scorer.compare(q, c).score >= 0.7


@pytest.mark.realdata
def test_the_ofsi_entry_is_found_with_his_birth_date(shared_data, tmp_path) -> None:
    # (screening bounds candidates by their names before scoring them: a name of 0.64
    # must still be scored when a matching date can lift it to the threshold)
    from listwatch.screening.screen import Screener
    from listwatch.store.db import Store
    from listwatch.store.ingest import ingest_paths

    store = Store(f"sqlite:///{tmp_path / 'hmt.db'}")
    ingest_paths(store, "gb_hmt", [shared_data / "gb_ofsi_conlist" / "2020-04-27"])
    screener = Screener.load(store)
    query = {"name": "Alaa Mubarak", "schema": "Person"}
    dated = screener.screen({**query, "birth_date": "1960-11-26"})
    batch = screener.screen_batch([{**query, "birth_date": "1960-11-26"}], explain=False)[0]
    wrong = screener.screen({**query, "birth_date": "1966-11-26"})
    none = screener.screen(query)
    store.dispose()
    assert dated and dated[0]["match"] and dated[0]["name"] == ALAA
    assert batch and batch[0]["name"] == ALAA and batch[0]["score"] == dated[0]["score"]
    assert all(r["name"] != ALAA for r in wrong + none if r["match"])
