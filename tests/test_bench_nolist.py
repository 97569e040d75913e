"""The names-on-no-list bench's confidence bound (bench/bench_nolist.py): a cell's rate is a
sample's, and the target is read against the bound."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from scipy.stats import beta

_PATH = Path(__file__).resolve().parent.parent / "bench" / "bench_nolist.py"
_SPEC = importlib.util.spec_from_file_location("bench_nolist", _PATH)
assert _SPEC and _SPEC.loader
nolist = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(nolist)


@pytest.mark.parametrize(("hits", "n"), [(0, 150), (2, 150), (1, 1000), (4, 1000),
                                         (5, 1000), (30, 2000), (149, 150)])
def test_bound_is_clopper_pearson(hits: int, n: int) -> None:
    """The exact one-sided bound, as scipy's beta quantile gives it independently."""
    assert nolist.upper_bound(hits, n) == pytest.approx(beta.ppf(0.95, hits + 1, n - hits),
                                                         rel=1e-9)


def test_no_hits_is_about_three_over_n() -> None:
    """With no false match the bound is 1 - 0.05 ** (1 / n), about 3 / n."""
    assert nolist.upper_bound(0, 1000) == pytest.approx(1 - 0.05 ** (1 / 1000), rel=1e-9)
    assert 0.0029 < nolist.upper_bound(0, 1000) < 0.0031


def test_what_a_cell_can_show() -> None:
    """Two false matches of 150 (1.3 %) and none of 150 both leave 1 % possible: a cell
    of 150 cannot show it is met; of 1,000, four false matches meet it and five do not."""
    assert nolist.upper_bound(0, 150) > 0.01
    assert nolist.upper_bound(0, 300) < 0.01 < nolist.upper_bound(0, 298)
    assert nolist.upper_bound(4, 1000) < 0.01 < nolist.upper_bound(5, 1000)


def test_bound_is_at_least_the_rate_and_grows_with_hits() -> None:
    bounds = [nolist.upper_bound(k, 500) for k in range(501)]
    assert all(b >= k / 500 for k, b in enumerate(bounds))
    assert all(a < b for a, b in zip(bounds, bounds[1:], strict=False))
    assert bounds[-1] == 1.0


def test_edges() -> None:
    assert nolist.upper_bound(0, 0) == 1.0
    with pytest.raises(ValueError):
        nolist.upper_bound(3, 2)
    assert nolist.upper_bound(2, 150, confidence=0.99) > nolist.upper_bound(2, 150)


def test_fewest_names_that_can_meet_the_target() -> None:
    """A cell of fewer names than ``_NEEDED`` cannot show 1 % even with no false match."""
    assert nolist.upper_bound(0, nolist._NEEDED) <= 0.01 < nolist.upper_bound(0, nolist._NEEDED - 1)


def test_words_of_a_cell_leave_the_forms_aside() -> None:
    assert nolist.words_of(["línea Inc", "línea SA", "línea Co., Ltd.", "año GmbH"]) == 2
    assert nolist.words_of(["Anna Smith", "Anna Smith-Jones"]) == 2


@pytest.mark.parametrize(("query", "listed", "schema"), [
    ("línea Inc", "LA LINEA", "Company"),  # an article is no name word
    ("Emma Lee", "LEE, Emma", "Person"),
    ("Андрей Кузнецов", "KUZNETSOV, Andrey Anatolyevich", "Person"),  # a patronymic more
    ("Олег Смирнов", "SMIRNOV, Oleh", "Person"),  # another transliteration
    ("مهدی بهرامی", "MEHDI BAHRAMI", "Person"),  # Arabic script writing every vowel it can
    ("حسين زمانی", "ZAMANI, Hosein", "Person"),
])
def test_namesakes(query: str, listed: str, schema: str) -> None:
    assert nolist.namesake(query, {"name": listed, "schema": schema})


@pytest.mark.parametrize(("query", "listed", "schema"), [
    ("Jose Lopez", "LOPEZ, Jose Francisco", "Person"),  # another word
    ("Alex Mendoza", "MENDOZA, Alexander", "Person"),  # a short form
    ("Саша Иванов", "IVANOV, Aleksandr", "Person"),  # a short form in another script
    ("نديم فصيل", "NADEEM, Faisal", "Person"),  # Faisal writes ي: فيصل
    ("سمير بلقرن", "BULGARIAN SUMMER", "Company"),  # Bulgarian writes ي between r and n
    ("מיכל פרידמן", "FRIDMAN, Mikhail", "Person"),  # Hebrew: vav and yod, read loosely
    ("Línea Roja SA", "LA LINEA", "Company"),  # a word more
])
def test_near_namesakes_are_no_namesakes(query: str, listed: str, schema: str) -> None:
    assert not nolist.namesake(query, {"name": listed, "schema": schema})


@pytest.mark.parametrize(("query", "listed"), [
    ("David Gomez", "GOMEZ ORTIZ, David"),  # a second family name left out
    ("Jose Lopez", "LOPEZ, Jose Francisco"),  # a middle name left out
    ("John Lee", "LEE, John Ka-chiu"),
    ("Wendy Morales", "MORALES URBINA, Wendy Carolina"),
])
def test_short_forms(query: str, listed: str) -> None:
    assert nolist.short_form(query, {"name": listed, "schema": "Person"})
    assert not nolist.namesake(query, {"name": listed, "schema": "Person"})


@pytest.mark.parametrize(("query", "listed", "schema"), [
    ("David Ortiz", "GOMEZ ORTIZ, David", "Person"),  # the second family name alone
    ("Emma Lee", "LEE, Emma", "Person"),  # no word fewer: a namesake
    ("David Gomes", "GOMEZ ORTIZ, David", "Person"),  # a word changed
    ("Gomez", "GOMEZ ORTIZ, David", "Person"),  # one word
    ("Lopez-Diaz", "DIAZ LOPEZ, Mateo", "Person"),  # family names alone
    ("Hernandez-Garcia", "HERNANDEZ GARCIA, Javier", "Person"),
    ("Gomez Ortiz", "GOMEZ ORTIZ TRADING", "Company"),  # no person
    ("Саша Иванов", "IVANOV, Aleksandr Sasha", "Person"),  # another script
])
def test_no_short_forms(query: str, listed: str, schema: str) -> None:
    assert not nolist.short_form(query, {"name": listed, "schema": schema})
